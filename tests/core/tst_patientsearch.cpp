// What the patient list's search box means: accent- and case-insensitive keys, and how the
// typed text is split into AND-ed terms (names/MRN prefixes, ISO and US birth dates).
#include "core/patientsearch.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestPatientSearch : public QObject
{
    Q_OBJECT

private slots:
    void nameWords()
    {
        QCOMPARE(SpineDesk::nameWords(u"García López"_s, u"Ana María"_s),
                 (QStringList{u"garcia"_s, u"lopez"_s, u"ana"_s, u"maria"_s}));
        QCOMPARE(SpineDesk::nameWords(u"O'Brien-Smith"_s, u"St. John"_s),
                 (QStringList{u"o"_s, u"brien"_s, u"smith"_s, u"st"_s, u"john"_s}));
        QCOMPARE(SpineDesk::nameWords(u"Lee"_s, u"Lee"_s), QStringList{u"lee"_s}); // once each
        QVERIFY(SpineDesk::nameWords(QString(), u"  "_s).isEmpty());
    }
    void searchKey_data();
    void searchKey();
    void parse_data();
    void parse();
};

void TestPatientSearch::searchKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("accents") << u"Núñez"_s << u"nunez"_s;
    QTest::newRow("upper case accents") << u"NÚÑEZ"_s << u"nunez"_s;
    QTest::newRow("decomposed input") << u"Nu\u0301n\u0303ez"_s << u"nunez"_s;
    QTest::newRow("ring and umlaut") << u"Ångström"_s << u"angstrom"_s;
    QTest::newRow("Ekström") << u"Ekström"_s << u"ekstrom"_s;
    QTest::newRow("cedilla") << u"François"_s << u"francois"_s;
    QTest::newRow("compatibility ligature") << u"\uFB01ona"_s << u"fiona"_s;
    QTest::newRow("spaces simplified") << u"  María   José  "_s << u"maria jose"_s;
    QTest::newRow("mrn") << u"DEMO42-000001"_s << u"demo42-000001"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestPatientSearch::searchKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(SpineDesk::searchKey(text), key);
}

void TestPatientSearch::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("keys");      // one per term
    QTest::addColumn<QStringList>("datePrefixes"); // one per term

    QTest::newRow("empty") << QString() << QStringList() << QStringList();
    QTest::newRow("only separators") << u"  ,; ;,  "_s << QStringList() << QStringList();
    QTest::newRow("one name") << u"Núñez"_s << QStringList{u"nunez"_s} << QStringList{QString()};
    QTest::newRow("name comma name") << u"Núñez, María"_s << QStringList{u"nunez"_s, u"maria"_s} << QStringList{QString(), QString()};
    QTest::newRow("semicolon") << u"smith;jones"_s << QStringList{u"smith"_s, u"jones"_s} << QStringList{QString(), QString()};
    QTest::newRow("mrn") << u"MRN-1001"_s << QStringList{u"mrn-1001"_s} << QStringList{QString()};
    QTest::newRow("US date") << u"04/02/1961"_s << QStringList{QString()} << QStringList{u"1961-04-02"_s};
    QTest::newRow("US date without zeros") << u"4/2/1961"_s << QStringList{QString()} << QStringList{u"1961-04-02"_s};
    QTest::newRow("impossible US date") << u"02/30/1961"_s << QStringList{QString()} << QStringList{u"invalid"_s};
    QTest::newRow("month 13") << u"13/01/1961"_s << QStringList{QString()} << QStringList{u"invalid"_s};
    // An ISO date or its prefix also still matches an MRN that starts with the digits.
    QTest::newRow("ISO date") << u"1961-04-02"_s << QStringList{u"1961-04-02"_s} << QStringList{u"1961-04-02"_s};
    QTest::newRow("ISO month") << u"1961-04"_s << QStringList{u"1961-04"_s} << QStringList{u"1961-04"_s};
    QTest::newRow("ISO year") << u"1961"_s << QStringList{u"1961"_s} << QStringList{u"1961"_s};
    QTest::newRow("not ISO (one-digit month)") << u"1961-4"_s << QStringList{u"1961-4"_s} << QStringList{QString()};
    QTest::newRow("three digits") << u"196"_s << QStringList{u"196"_s} << QStringList{QString()};
    QTest::newRow("name and date") << u"nunez 04/02/1961"_s << QStringList{u"nunez"_s, QString()}
                                   << QStringList{QString(), u"1961-04-02"_s};
}

void TestPatientSearch::parse()
{
    QFETCH(QString, input);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, datePrefixes);
    const QList<SearchTerm> terms = parsePatientSearch(input);
    QStringList gotKeys, gotDates;
    for (const auto &t : terms) {
        gotKeys << t.key;
        gotDates << t.birthDatePrefix;
    }
    QCOMPARE(gotKeys, keys);
    QCOMPARE(gotDates, datePrefixes);
}

QTEST_GUILESS_MAIN(TestPatientSearch)
#include "tst_patientsearch.moc"
