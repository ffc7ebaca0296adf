// The episode clock: acute < 4 weeks, subacute 4 to < 12 weeks, chronic >= 12 weeks
// (ICSI 2018), with the exact day boundaries and the unknown cases.
#include "core/durationclass.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestDurationClass : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void weeks_data();
    void weeks();
    void codesAndLabels();
    void citation();
};

void TestDurationClass::classify_data()
{
    QTest::addColumn<QDate>("onset");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("expected");

    const QDate asOf(2026, 6, 15);
    QTest::newRow("same day") << asOf << asOf << int(DurationClass::Acute);
    QTest::newRow("27 days") << asOf.addDays(-27) << asOf << int(DurationClass::Acute);
    QTest::newRow("28 days (4 weeks)") << asOf.addDays(-28) << asOf << int(DurationClass::Subacute);
    QTest::newRow("83 days") << asOf.addDays(-83) << asOf << int(DurationClass::Subacute);
    QTest::newRow("84 days (12 weeks)") << asOf.addDays(-84) << asOf << int(DurationClass::Chronic);
    QTest::newRow("3 years") << asOf.addYears(-3) << asOf << int(DurationClass::Chronic);
    QTest::newRow("across a leap day") << QDate(2024, 2, 1) << QDate(2024, 2, 29) << int(DurationClass::Subacute);
    QTest::newRow("no onset") << QDate() << asOf << int(DurationClass::Unknown);
    QTest::newRow("no as-of date") << asOf << QDate() << int(DurationClass::Unknown);
    QTest::newRow("onset after as-of") << asOf.addDays(1) << asOf << int(DurationClass::Unknown);
}

void TestDurationClass::classify()
{
    QFETCH(QDate, onset);
    QFETCH(QDate, asOf);
    QFETCH(int, expected);
    QCOMPARE(int(durationClass(onset, asOf)), expected);
}

void TestDurationClass::weeks_data()
{
    QTest::addColumn<QDate>("onset");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("expected"); // -1: nullopt

    const QDate asOf(2026, 6, 15);
    QTest::newRow("same day") << asOf << asOf << 0;
    QTest::newRow("6 days") << asOf.addDays(-6) << asOf << 0;
    QTest::newRow("7 days") << asOf.addDays(-7) << asOf << 1;
    QTest::newRow("27 days") << asOf.addDays(-27) << asOf << 3;
    QTest::newRow("28 days") << asOf.addDays(-28) << asOf << 4;
    QTest::newRow("83 days") << asOf.addDays(-83) << asOf << 11;
    QTest::newRow("84 days") << asOf.addDays(-84) << asOf << 12;
    QTest::newRow("no onset") << QDate() << asOf << -1;
    QTest::newRow("no as-of date") << asOf << QDate() << -1;
    QTest::newRow("onset in the future") << asOf.addDays(1) << asOf << -1;
}

void TestDurationClass::weeks()
{
    QFETCH(QDate, onset);
    QFETCH(QDate, asOf);
    QFETCH(int, expected);
    const auto w = weeksSinceOnset(onset, asOf);
    QCOMPARE(w.has_value(), expected >= 0);
    if (w)
        QCOMPARE(*w, expected);
}

void TestDurationClass::codesAndLabels()
{
    QCOMPARE(durationClassCode(DurationClass::Acute), u"acute"_s);
    QCOMPARE(durationClassCode(DurationClass::Subacute), u"subacute"_s);
    QCOMPARE(durationClassCode(DurationClass::Chronic), u"chronic"_s);
    QCOMPARE(durationClassCode(DurationClass::Unknown), u"unknown"_s);

    QCOMPARE(durationClassLabel(DurationClass::Acute), u"Acute (less than 4 weeks)"_s);
    QCOMPARE(durationClassLabel(DurationClass::Subacute), u"Subacute (4 to 12 weeks)"_s);
    QCOMPARE(durationClassLabel(DurationClass::Chronic), u"Chronic (12 weeks or more)"_s);
    QCOMPARE(durationClassLabel(DurationClass::Unknown), u"Unknown (no onset date)"_s);
}

void TestDurationClass::citation()
{
    const QString c = durationClassCitation();
    QVERIFY2(c.contains(u"ICSI"_s), qPrintable(c));
    QVERIFY2(c.contains(u"2018"_s), qPrintable(c));
}

QTEST_GUILESS_MAIN(TestDurationClass)
#include "tst_durationclass.moc"
