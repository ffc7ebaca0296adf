// Patient: the display name, age on a date (birthdays, leap days, impossible dates) and
// the sex codes stored in the database.
#include "core/patient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestPatient : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void displayName();
    void ageOn_data();
    void ageOn();
    void sexCodes();
};

void TestPatient::defaults()
{
    const Patient p;
    QCOMPARE(p.id, 0);
    QCOMPARE(p.rowVersion, 0);
    QCOMPARE(p.sex, Sex::Unknown);
    QCOMPARE(p.preferredLanguage, u"en"_s);
}

void TestPatient::displayName()
{
    Patient p;
    p.familyName = u"Núñez"_s;
    p.givenName = u"María José"_s;
    QCOMPARE(p.displayName(), u"Núñez, María José"_s);
    p.givenName.clear();
    QCOMPARE(p.displayName(), u"Núñez"_s);
}

void TestPatient::ageOn_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");
    QTest::newRow("day before birthday") << QDate(1961, 4, 2) << QDate(2026, 4, 1) << 64;
    QTest::newRow("birthday") << QDate(1961, 4, 2) << QDate(2026, 4, 2) << 65;
    QTest::newRow("month before birthday") << QDate(1961, 4, 2) << QDate(2026, 3, 30) << 64;
    QTest::newRow("day of birth") << QDate(2000, 1, 1) << QDate(2000, 1, 1) << 0;
    QTest::newRow("leap day, Feb 28") << QDate(2000, 2, 29) << QDate(2023, 2, 28) << 22;
    QTest::newRow("leap day, Mar 1") << QDate(2000, 2, 29) << QDate(2023, 3, 1) << 23;
    QTest::newRow("leap day, leap year") << QDate(2000, 2, 29) << QDate(2024, 2, 29) << 24;
    QTest::newRow("before birth") << QDate(2000, 1, 2) << QDate(2000, 1, 1) << -1;
    QTest::newRow("no birth date") << QDate() << QDate(2026, 1, 1) << -1;
    QTest::newRow("no date") << QDate(2000, 1, 1) << QDate() << -1;
}

void TestPatient::ageOn()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, age);
    Patient p;
    p.birthDate = birth;
    QCOMPARE(p.ageOn(on), age);
}

void TestPatient::sexCodes()
{
    const QList<std::pair<Sex, QString>> codes = {
        {Sex::Unknown, u"unknown"_s}, {Sex::Female, u"female"_s}, {Sex::Male, u"male"_s}, {Sex::Other, u"other"_s}};
    for (const auto &[sex, code] : codes) {
        QCOMPARE(sexCode(sex), code);
        QCOMPARE(sexFromCode(code), std::optional<Sex>(sex));
        QVERIFY(!sexLabel(sex).isEmpty());
    }
    QCOMPARE(sexLabel(Sex::Female), u"Female"_s);
    QVERIFY(!sexFromCode(u"Female").has_value()); // codes are exact
    QVERIFY(!sexFromCode(u"").has_value());
}

QTEST_GUILESS_MAIN(TestPatient)
#include "tst_patient.moc"
