// The outcome figures as CSV on hand-made rows with known answers (../documents/outcomefixture.h):
// the header, specific rows with exact numbers, RFC 4180 quoting read back with a strict
// parser, an empty denominator as an empty percent, PEG's MCID marked, and no identifiers.
#include "../documents/outcomefixture.h"

#include "interop/outcomescsv.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
namespace Fx = SpineDesk::OutcomeFixture;

namespace {

// RFC 4180: records end in CRLF; a quoted field may hold commas, CRLF and doubled quotes.
QList<QStringList> parse(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted) {
                *error = u"a quote inside an unquoted field at %1"_s.arg(i);
                return {};
            }
            quoted = wasQuoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                *error = u"a bare CR at %1"_s.arg(i);
                return {};
            }
            record << field;
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\n') {
            *error = u"a bare LF at %1"_s.arg(i);
            return {};
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *error = u"the last record does not end with CRLF"_s;
    return records;
}

} // namespace

class TestOutcomesCsv : public QObject
{
    Q_OBJECT

private:
    QString m_csv;
    QList<QStringList> m_records;

    // The record with these first three fields; empty when there is none or more than one.
    QStringList find(const QString &section, const QString &measure, const QString &group = {}) const
    {
        QList<QStringList> found;
        for (const QStringList &r : m_records)
            if (r.value(0) == section && r.value(1) == measure && r.value(2) == group)
                found << r;
        return found.size() == 1 ? found.first() : QStringList();
    }
    // numerator, denominator, percent
    QStringList numbers(const QString &section, const QString &measure, const QString &group = {}) const
    {
        return find(section, measure, group).mid(3, 3);
    }

private slots:
    void initTestCase()
    {
        m_csv = outcomesCsv(Fx::figures());
        QString error;
        m_records = parse(m_csv, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_records.size() > 30);
    }

    void headerAndShape()
    {
        QVERIFY(m_csv.startsWith(u"section,measure,group,numerator,denominator,percent,definition\r\n"_s));
        QCOMPARE(m_records.first(), outcomesCsvColumns());
        for (const QStringList &r : m_records) {
            QCOMPARE(r.size(), 7);
            QVERIFY2(!r.at(6).isEmpty(), qPrintable(r.join(u'|')));
        }
    }

    void exactRows()
    {
        QCOMPARE(numbers(u"summary"_s, u"episodes"_s), (QStringList{u"4"_s, {}, {}}));
        QCOMPARE(numbers(u"summary"_s, u"evaluated"_s), (QStringList{u"3"_s, u"4"_s, u"75.0"_s}));
        QCOMPARE(numbers(u"summary"_s, u"follow-up-seen"_s), (QStringList{u"1"_s, u"3"_s, u"33.3"_s}));
        QCOMPARE(numbers(u"access"_s, u"median-days"_s), (QStringList{u"20"_s, {}, {}}));
        QCOMPARE(numbers(u"access"_s, u"p90-days"_s), (QStringList{u"40"_s, {}, {}}));
        QCOMPARE(numbers(u"access"_s, u"count"_s), (QStringList{u"3"_s, {}, {}}));
        QCOMPARE(numbers(u"access"_s, u"excluded"_s, u"no-referral-or-later"_s), (QStringList{u"1"_s, {}, {}}));
        for (const QString &key : {u"low"_s, u"medium"_s, u"high"_s, u"not-recorded"_s})
            QCOMPARE(numbers(u"case-mix"_s, u"stratum"_s, key), (QStringList{u"1"_s, u"4"_s, u"25.0"_s}));
        QCOMPARE(numbers(u"case-mix"_s, u"duration"_s, u"chronic"_s), (QStringList{u"1"_s, u"4"_s, u"25.0"_s}));
        QCOMPARE(numbers(u"case-mix"_s, u"condition"_s, u"non-specific-lbp"_s), (QStringList{u"1"_s, u"4"_s, u"25.0"_s}));
        QCOMPARE(numbers(u"outcomes"_s, u"mcid-reached"_s, u"odi-6w"_s), (QStringList{u"1"_s, u"2"_s, u"50.0"_s}));
        QCOMPARE(numbers(u"outcomes"_s, u"mcid-missing"_s, u"odi-6w"_s), (QStringList{u"1"_s, u"3"_s, u"33.3"_s}));
        QCOMPARE(numbers(u"outcomes"_s, u"mcid-eligible"_s, u"odi-6w"_s), (QStringList{u"3"_s, u"4"_s, u"75.0"_s}));
        QCOMPARE(numbers(u"outcomes"_s, u"mcid-reached"_s, u"odi-12w"_s), (QStringList{u"2"_s, u"2"_s, u"100.0"_s}));
        QCOMPARE(numbers(u"outcomes"_s, u"mcid-by-absolute"_s, u"odi-12w"_s), (QStringList{u"1"_s, u"2"_s, u"50.0"_s}));
        QCOMPARE(numbers(u"outcomes"_s, u"mcid-by-percent-only"_s, u"odi-12w"_s), (QStringList{u"1"_s, u"2"_s, u"50.0"_s}));
        QCOMPARE(numbers(u"outcomes"_s, u"mcid-reached"_s, u"peg-6w"_s), (QStringList{u"1"_s, u"1"_s, u"100.0"_s}));
        QCOMPARE(numbers(u"surgery"_s, u"referred"_s), (QStringList{u"1"_s, u"3"_s, u"33.3"_s}));
        QCOMPARE(numbers(u"surgery"_s, u"not-referred"_s), (QStringList{u"2"_s, u"3"_s, u"66.7"_s}));
        QCOMPARE(numbers(u"injections"_s, u"esi-recommended"_s), (QStringList{u"2"_s, u"3"_s, u"66.7"_s}));
        QCOMPARE(numbers(u"injections"_s, u"esi-criteria-met"_s), (QStringList{u"1"_s, u"2"_s, u"50.0"_s}));
        QCOMPARE(numbers(u"low-value"_s, u"early-imaging"_s), (QStringList{u"1"_s, u"1"_s, u"100.0"_s}));
        QCOMPARE(numbers(u"low-value"_s, u"opioid-chronic"_s), (QStringList{u"1"_s, u"1"_s, u"100.0"_s}));
        QCOMPARE(numbers(u"safety"_s, u"alert-episodes"_s), (QStringList{u"2"_s, u"4"_s, u"50.0"_s}));
        QCOMPARE(numbers(u"safety"_s, u"alerts-followed-up"_s), (QStringList{u"1"_s, u"2"_s, u"50.0"_s}));
    }

    // No one to count: the denominator is 0 and the percent is empty, never 0.
    void emptyDenominatorHasNoPercent()
    {
        QCOMPARE(numbers(u"low-value"_s, u"fusion-non-specific"_s), (QStringList{u"0"_s, u"0"_s, {}}));
        QCOMPARE(numbers(u"outcomes"_s, u"mcid-reached"_s, u"nrs-leg-12w"_s), (QStringList{u"0"_s, u"0"_s, {}}));
        QCOMPARE(numbers(u"outcomes"_s, u"mcid-eligible"_s, u"nrs-leg-12w"_s), (QStringList{u"0"_s, u"4"_s, u"0.0"_s}));
    }

    void everyMcidCellHasItsRows()
    {
        for (const Outcomes::OutcomeScale &s : Outcomes::outcomeScales())
            for (const Outcomes::TimePoint &t : Outcomes::outcomeTimePoints())
                for (const QString &m : {u"mcid-reached"_s, u"mcid-missing"_s, u"mcid-eligible"_s, u"mcid-by-absolute"_s,
                                         u"mcid-by-percent-only"_s}) {
                    const QStringList r = find(u"outcomes"_s, m, u"%1-%2w"_s.arg(s.instrumentId).arg(t.weeks));
                    QVERIFY2(!r.isEmpty(), qPrintable(m + u' ' + s.instrumentId));
                    QCOMPARE(r.at(6).contains(u"MCID unverified [R]"_s), s.instrumentId == u"peg");
                }
    }

    void quoting()
    {
        // The condition key holds a comma and quotes: quoted, quotes doubled, read back intact.
        QVERIFY(m_csv.contains(u"case-mix,condition,\"odd \"\"id\"\", here\",1,4,25.0,"_s));
        QCOMPARE(numbers(u"case-mix"_s, u"condition"_s, u"odd \"id\", here"_s), (QStringList{u"1"_s, u"4"_s, u"25.0"_s}));
        // Definitions with commas are quoted too.
        QVERIFY(m_csv.contains(u",\"Condition on the first visit's problem list, of all episodes (an episode may have several)\"\r\n"_s));
    }

    void noIdentifiers()
    {
        for (const QString &id : Fx::identifiers())
            QVERIFY2(!m_csv.contains(id), qPrintable(id));
        QVERIFY(!m_csv.contains(u"2026-"_s)); // no dates at all, so no birth or visit dates
    }

    void emptyFigures()
    {
        QString error;
        const QList<QStringList> records = parse(outcomesCsv(Outcomes::computeFigures({}, {})), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QStringList &r : records.mid(1))
            if (!r.at(4).isEmpty() && r.at(4) == u"0")
                QVERIFY2(r.at(5).isEmpty(), qPrintable(r.join(u'|')));
        QCOMPARE(records.size(), 1 + 3 + 4 + 8 * 5 + 2 + 2 + 3 + 2);
    }
};

QTEST_GUILESS_MAIN(TestOutcomesCsv)
#include "tst_outcomescsv.moc"
