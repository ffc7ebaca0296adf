// The patient's decision summary PDF: it carries what was discussed (statement, population,
// horizon, the numbers in words and digits, the values, the choice, SURE, the citations), read
// back with poppler's pdftotext; large print is larger; page breaks never cut a figure; and it
// refuses to print what would differ from the discussion. The aid is built in code so the test
// does not depend on the content files; one slot also renders every bundled aid.
#include "core/decisionaids/aidlibrary.h"
#include "documents/decisionsummary.h"
#include "documents/iconarray.h"

#include "pdftools.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {
ContentText en(const QString &s)
{
    return {{u"en"_s, s}};
}

const char kRegistry[] = R"({
  "source": "test fixture",
  "reviewed": "2026-01-10",
  "entries": [
    { "id": "DE-TST-01", "citation": "Testwriter A, Fixture B. Surgery or waiting. J Test Med 2020;1:1-10",
      "design": "RCT, ITT", "population": "adults", "horizon": "2 years", "tag": "V", "per100": [39, 61, 20, 4] },
    { "id": "DE-TST-02", "citation": "Sample C et al. Injections for leg pain. Test Rev 2019;2:20-30",
      "design": "Systematic review", "population": "adults", "horizon": "weeks", "tag": "V",
      "values": [-7.55, -11.4, -3.74] },
    { "id": "DE-TST-09", "citation": "Secondhand D. A review of reviews. 2018", "design": "review",
      "population": "adults", "horizon": "1 year", "tag": "S", "per100": [5] }
  ]
})";

Aids::Outcome operationOutcome(const QString &id)
{
    Aids::Outcome o;
    o.id = id;
    o.kind = Aids::OutcomeKind::Course;
    o.title = en(u"How many people went on to have an operation?"_s);
    o.affected = en(u"had an operation"_s);
    o.unaffected = en(u"did not"_s);
    o.per100 = {{u"conservative"_s, 39}, {u"injection"_s, 20}, {u"surgery"_s, 61}};
    o.population = en(u"Adults with sciatica for at least 6 weeks in a test trial"_s);
    o.horizon = en(u"Within 2 years"_s);
    o.design = en(u"Randomised trial"_s);
    o.uncertainty = en(u"Best estimate from one trial"_s);
    o.statement = en(u"About 39 of 100 people who started with exercise had an operation within 2 years."_s);
    o.evidence = u"DE-TST-01"_s;
    return o;
}

Aids::DecisionAid fixtureAid(int extraOutcomes = 0)
{
    Aids::DecisionAid aid;
    aid.id = u"test-sciatica"_s;
    aid.version = u"1.2"_s;
    aid.produced = QDate(2025, 6, 1);
    aid.reviewed = QDate(2026, 1, 10);
    aid.nextReview = QDate(2027, 1, 10);
    aid.updatePolicy = en(u"Checked every year and whenever a new trial is published."_s);
    aid.funding = en(u"Made by the clinic with no outside funding."_s);
    aid.title = en(u"Sciatica: choosing what to do next"_s);
    aid.condition = en(u"A disc in your lower back is pressing on a nerve and causing leg pain."_s);
    aid.decision = en(u"Should I keep going with exercise, have an injection, or have an operation?"_s);
    aid.options = {{u"conservative"_s, en(u"Keep going with exercise"_s), en(u"Stay active and keep doing the exercises."_s), true},
                   {u"injection"_s, en(u"Steroid injection"_s), en(u"An injection of steroid near the nerve."_s), false},
                   {u"surgery"_s, en(u"Operation (discectomy)"_s), en(u"Remove the part of the disc pressing on the nerve."_s), false}};
    Aids::GridRow row;
    row.id = u"involves"_s;
    row.topic = Aids::GridTopic::Involves;
    row.question = en(u"What does it involve?"_s);
    row.answers = {{u"conservative"_s, en(u"Exercises at home"_s)},
                   {u"injection"_s, en(u"One visit for the injection"_s)},
                   {u"surgery"_s, en(u"An operation and a night in hospital"_s)}};
    aid.grid = {row};
    aid.outcomes << operationOutcome(u"operation-2y"_s);
    Aids::Outcome harm;
    harm.id = u"complication"_s;
    harm.kind = Aids::OutcomeKind::Harm;
    harm.title = en(u"How many people had a complication from the operation?"_s);
    harm.affected = en(u"had a complication"_s);
    harm.unaffected = en(u"did not"_s);
    harm.per100 = {{u"surgery"_s, 4}};
    harm.population = en(u"Adults having a discectomy"_s);
    harm.horizon = en(u"Within 3 months of the operation"_s);
    harm.design = en(u"Randomised trial"_s);
    harm.uncertainty = en(u"Best estimate; complications were rare"_s);
    harm.statement = en(u"About 4 of 100 people had a complication."_s);
    harm.evidence = u"DE-TST-01"_s;
    aid.outcomes << harm;
    for (int i = 0; i < extraOutcomes; ++i)
        aid.outcomes << operationOutcome(u"extra-%1"_s.arg(i));
    Aids::ScaleShift shift;
    shift.id = u"leg-pain"_s;
    shift.title = en(u"How much did leg pain change after an injection?"_s);
    shift.scale = en(u"Leg pain score"_s);
    shift.min = 0;
    shift.max = 100;
    shift.higherIsBetter = false;
    shift.difference = -7.55;
    shift.low = -11.4;
    shift.high = -3.74;
    shift.favours = u"injection"_s;
    shift.comparedWith = u"conservative"_s;
    shift.mcid = 15;
    shift.mcidCitation = u"Ostelo RW et al. Interpreting change scores for pain. Spine 2008;33:90-94"_s;
    shift.population = en(u"Adults with sciatica in placebo-controlled trials"_s);
    shift.horizon = en(u"Right after the injection"_s);
    shift.design = en(u"Systematic review"_s);
    shift.uncertainty = en(u"Range 3.74 to 11.4 points"_s);
    shift.statement = en(u"Leg pain was about 7.55 points lower on a 0 to 100 scale."_s);
    shift.evidence = u"DE-TST-02"_s;
    aid.scaleShifts << shift;
    aid.recovery = {{u"conservative"_s, en(u"Most people keep working."_s)},
                    {u"injection"_s, en(u"Back to normal the next day."_s)},
                    {u"surgery"_s, en(u"A few weeks off work."_s)}};
    aid.values = {{u"avoid-operation"_s, en(u"Avoiding an operation"_s), {u"conservative"_s, u"injection"_s}},
                  {u"fast-relief"_s, en(u"Getting relief as fast as possible"_s), {u"surgery"_s}},
                  {u"time-off"_s, en(u"Avoiding time off work"_s), {u"conservative"_s}}};
    return aid;
}

Aids::DecisionRecord fixtureRecord()
{
    Aids::DecisionRecord r;
    r.aidId = u"test-sciatica"_s;
    r.aidVersion = u"1.2"_s;
    r.optionsDiscussed = {u"conservative"_s, u"injection"_s, u"surgery"_s};
    r.values = {{u"avoid-operation"_s, 9}, {u"fast-relief"_s, 2}};
    r.preferredOption = u"injection"_s;
    r.sure = {true, false, true, true};
    r.participants = {u"Patient"_s, u"Daughter"_s};
    return r;
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

// pdftotext in content-stream order (-raw), so side-by-side columns do not interleave;
// whitespace collapsed so wrapped lines compare as sentences.
QString pdfText(const QByteArray &pdf, const QStringList &extra = {})
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"summary.pdf"_s);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    QProcess p;
    p.start(tool(u"pdftotext"_s), QStringList{u"-raw"_s, u"-enc"_s, u"UTF-8"_s} + extra + QStringList{file, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString flat(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified(); // "ﬀ" ligatures as "ff"
}

// Median word height from pdftotext -bbox, in points.
double medianWordHeight(const QByteArray &pdf)
{
    const QString html = pdfText(pdf, {u"-bbox"_s});
    static const QRegularExpression word(uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)")re"_s);
    QList<double> heights;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        heights << m.captured(4).toDouble() - m.captured(2).toDouble();
    }
    if (heights.isEmpty())
        return 0;
    std::sort(heights.begin(), heights.end());
    return heights.at(heights.size() / 2);
}

} // namespace

class TestDecisionSummary : public QObject
{
    Q_OBJECT
    Aids::EvidenceRegistry m_registry;

    QByteArray render(const Aids::DecisionAid &aid, const Aids::DecisionRecord &record, bool largePrint,
                      QString *error, DecisionSummaryLayout *layout = nullptr, const QString &lang = u"en"_s)
    {
        DecisionSummaryInput in{aid, record, m_registry};
        in.patientName = u"Maria Testperson"_s;
        in.visitDate = QDate(2026, 3, 4);
        in.clinicianName = u"Dr Alex Spine"_s;
        in.clinicName = u"Riverside Spine Center"_s;
        in.language = lang;
        in.largePrint = largePrint;
        return renderDecisionSummaryPdf(in, error, layout);
    }

    static void verifyFiguresWhole(const DecisionSummaryLayout &layout)
    {
        QVERIFY(!layout.figures.isEmpty());
        for (const auto &f : layout.figures) {
            QVERIFY2(f.firstPage == f.lastPage, qPrintable(u"%1 cut across pages %2–%3"_s.arg(f.id).arg(f.firstPage).arg(f.lastPage)));
            QVERIFY(f.firstPage >= 1 && f.lastPage <= layout.pages);
            if (!f.id.contains(u'#'))
                QVERIFY2(f.headingPage == f.firstPage, qPrintable(u"%1: title on page %2, array on page %3"_s.arg(f.id)
                                                                     .arg(f.headingPage).arg(f.firstPage)));
        }
    }

private slots:
    void initTestCase()
    {
        // The test must fail, not skip, without poppler: it is how the PDF's content is checked.
        QVERIFY2(!tool(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is required by this test");
        QStringList errors;
        m_registry = Aids::EvidenceRegistry::parse(QByteArray(kRegistry), u"test-registry.json"_s, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(m_registry.find(u"DE-TST-01"_s));
    }

    void carriesWhatWasDiscussed()
    {
        QString error;
        DecisionSummaryLayout layout;
        const QByteArray pdf = render(fixtureAid(), fixtureRecord(), false, &error, &layout);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY2(pdf.contains("FontFile"), "the font must be embedded, or the printout has no text");
        PdfTools::keepForLooking(pdf, u"decision-summary.pdf"_s);

        const QString text = flat(pdfText(pdf));
        QVERIFY2(!text.isEmpty(), "pdftotext returned nothing");
        const QStringList expected = {
            u"Your decision summary"_s,
            u"Maria Testperson"_s,
            u"March 4, 2026"_s,
            u"Should I keep going with exercise, have an injection, or have an operation?"_s,
            u"Keep going with exercise"_s, u"Steroid injection"_s, u"Operation (discectomy)"_s,
            u"What does it involve?"_s, u"One visit for the injection"_s,
            // the outcome: statement, population, horizon, design, uncertainty
            u"About 39 of 100 people who started with exercise had an operation within 2 years."_s,
            u"Adults with sciatica for at least 6 weeks in a test trial"_s,
            u"Within 2 years"_s,
            u"Type of study: Randomised trial"_s,
            u"How sure we are: Best estimate from one trial"_s,
            // the legends: number in words and digits
            u"Thirty-nine (39) of 100 people had an operation"_s,
            u"Sixty-one (61) of 100 people did not"_s,
            u"Sixty-one (61) of 100 people had an operation"_s,
            u"Four (4) of 100 people had a complication"_s,
            u"The studies give no number for this option."_s,
            // the scale shift, drawn by its painter
            u"Leg pain was about 7.55 points lower on a 0 to 100 scale."_s,
            u"On average, Steroid injection came out 7.55 points better than Keep going with exercise."_s,
            u"The smallest change most people notice: 15 points."_s,
            // values, choice, SURE, people
            u"Avoiding an operation: matters a lot (9 out of 10)"_s,
            u"Getting relief as fast as possible: matters a little (2 out of 10)"_s,
            u"Avoiding time off work: not marked"_s,
            u"Your SURE score: 3 of 4"_s,
            u"You may want more support with this decision."_s,
            Aids::sureSuggestion(u"sure-u"_s),
            u"Patient, Daughter, Dr Alex Spine"_s,
            // footer: every citation used, version, dates, update policy, funding, OHRI attribution
            u"Testwriter A, Fixture B. Surgery or waiting. J Test Med 2020;1:1-10"_s,
            u"Sample C et al. Injections for leg pain. Test Rev 2019;2:20-30"_s,
            u"Ostelo RW et al. Interpreting change scores for pain. Spine 2008;33:90-94"_s,
            u"version 1.2"_s,
            u"Last reviewed: January 10, 2026"_s,
            u"Checked every year and whenever a new trial is published."_s,
            u"Made by the clinic with no outside funding."_s,
            u"Are you SURE?"_s,
            u"Page 1 of"_s,
        };
        for (const QString &s : expected)
            QVERIFY2(text.contains(s), qPrintable(u"missing: "_s + s));
        // Choice: the preferred option's label under its heading.
        QVERIFY(text.contains(u"Your choice for now Steroid injection"_s));
        QVERIFY(!text.contains(u"Not decided yet"_s));
        QVERIFY(!text.contains(u"DE-TST-09"_s)); // not used, not cited
        verifyFiguresWhole(layout);
    }

    void undecidedAndIncompleteSure()
    {
        Aids::DecisionRecord r = fixtureRecord();
        r.preferredOption = QString::fromLatin1(Aids::kUndecided);
        r.sure = {true, true, std::nullopt, true};
        QString error;
        const QByteArray pdf = render(fixtureAid(), r, false, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString text = flat(pdfText(pdf));
        QVERIFY(text.contains(u"Not decided yet"_s));
        QVERIFY(text.contains(u"SURE score: incomplete"_s));
        QVERIFY(!text.contains(u"You may want more support"_s));

        r.sure = {true, true, true, true};
        const QString four = flat(pdfText(render(fixtureAid(), r, false, &error)));
        QVERIFY(four.contains(u"Your SURE score: 4 of 4"_s));
        QVERIFY(!four.contains(u"You may want more support"_s));
    }

    void optionsDiscussedOnly()
    {
        Aids::DecisionRecord r = fixtureRecord();
        r.optionsDiscussed = {u"surgery"_s, u"conservative"_s};
        r.preferredOption = u"surgery"_s;
        QString error;
        DecisionSummaryLayout layout;
        const QString text = flat(pdfText(render(fixtureAid(), r, false, &error, &layout)));
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        QVERIFY(!text.contains(u"One visit for the injection"_s));
        QVERIFY(!text.contains(u"Twenty (20)"_s));
        // The scale shift compares the injection, which was not discussed.
        QVERIFY(!text.contains(u"7.55 points better"_s));
        QVERIFY(!text.contains(u"Sample C et al."_s));
        QVERIFY(text.contains(u"Thirty-nine (39) of 100 people had an operation"_s));
    }

    void largePrintIsLarger()
    {
        QString error;
        DecisionSummaryLayout normal, large;
        const QByteArray small = render(fixtureAid(), fixtureRecord(), false, &error, &normal);
        QVERIFY2(!small.isEmpty(), qPrintable(error));
        const QByteArray big = render(fixtureAid(), fixtureRecord(), true, &error, &large);
        QVERIFY2(!big.isEmpty(), qPrintable(error));
        PdfTools::keepForLooking(big, u"decision-summary-large.pdf"_s);
        QVERIFY(large.bodyPointSize >= 14); // letter-and-handouts.md §4.2
        QVERIFY2(large.pages > normal.pages, qPrintable(u"%1 vs %2 pages"_s.arg(large.pages).arg(normal.pages)));
        const double hSmall = medianWordHeight(small);
        const double hBig = medianWordHeight(big);
        QVERIFY2(hSmall > 0 && hBig > hSmall * 1.2, qPrintable(u"median word height %1 vs %2"_s.arg(hBig).arg(hSmall)));
        QVERIFY(flat(pdfText(big)).contains(u"Page %1 of %1"_s.arg(large.pages)));
        verifyFiguresWhole(large);
    }

    void longSummaryBreaksBetweenFigures()
    {
        for (bool largePrint : {false, true}) {
            QString error;
            DecisionSummaryLayout layout;
            const QByteArray pdf = render(fixtureAid(6), fixtureRecord(), largePrint, &error, &layout);
            QVERIFY2(!pdf.isEmpty(), qPrintable(error));
            QVERIFY(layout.pages >= 3);
            verifyFiguresWhole(layout);
            QVERIFY(std::any_of(layout.figures.begin(), layout.figures.end(), [](const auto &f) { return f.firstPage > 2; }));
            QCOMPARE(flat(pdfText(pdf)).count(u"Decision summary for Maria Testperson"_s), layout.pages);
            if (largePrint)
                PdfTools::keepForLooking(pdf, u"decision-summary-long-large.pdf"_s);
        }
    }

    void refusesWhatWouldDifferFromTheDiscussion()
    {
        QString error;
        Aids::DecisionRecord r = fixtureRecord();
        r.aidVersion = u"1.1"_s;
        QVERIFY(render(fixtureAid(), r, false, &error).isEmpty());
        QVERIFY2(error.contains(u"version 1.1"_s), qPrintable(error));

        r = fixtureRecord();
        r.values.insert(u"no-such-value"_s, 5);
        QVERIFY(render(fixtureAid(), r, false, &error).isEmpty());
        QVERIFY2(error.contains(u"no-such-value"_s), qPrintable(error));

        r = fixtureRecord();
        r.preferredOption = u"acupuncture"_s;
        QVERIFY(render(fixtureAid(), r, false, &error).isEmpty());

        Aids::DecisionAid aid = fixtureAid();
        aid.outcomes[1].evidence = u"DE-TST-09"_s; // tagged S: not for patients
        QVERIFY(render(aid, fixtureRecord(), false, &error).isEmpty());
        QVERIFY2(error.contains(u"DE-TST-09"_s), qPrintable(error));

        aid = fixtureAid();
        aid.outcomes[0].evidence = u"DE-NOPE-01"_s;
        QVERIFY(render(aid, fixtureRecord(), false, &error).isEmpty());
        QVERIFY2(error.contains(u"DE-NOPE-01"_s), qPrintable(error));

        // One language per document: no Spanish text (and no Spanish program texts) here.
        error.clear();
        QVERIFY(render(fixtureAid(), fixtureRecord(), false, &error, nullptr, u"es"_s).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(render(fixtureAid(), fixtureRecord(), false, &error, nullptr, u"fr"_s).isEmpty());
    }

    void everyBundledAidRenders()
    {
        const Aids::AidLibrary library = Aids::AidLibrary::load();
        QVERIFY(!library.entries().isEmpty());
        for (const auto &entry : library.entries()) {
            QVERIFY2(entry.available(), qPrintable(entry.id + u": "_s + entry.errors.join(u"; "_s)));
            const Aids::DecisionAid &aid = *entry.aid;
            Aids::DecisionRecord r;
            r.aidId = aid.id;
            r.aidVersion = aid.version;
            r.preferredOption = aid.options.first().id;
            r.sure = {true, true, false, true};
            DecisionSummaryInput in{aid, r, library.registry()};
            in.patientName = u"Test Patient"_s;
            in.visitDate = QDate(2026, 3, 4);
            for (bool largePrint : {false, true}) {
                in.largePrint = largePrint;
                QString error;
                DecisionSummaryLayout layout;
                const QByteArray pdf = renderDecisionSummaryPdf(in, &error, &layout);
                QVERIFY2(!pdf.isEmpty(), qPrintable(aid.id + u": "_s + error));
                verifyFiguresWhole(layout);
                const QString text = flat(pdfText(pdf));
                for (const Aids::Outcome &o : aid.outcomes)
                    QVERIFY2(text.contains(flat(contentText(o.statement, u"en"_s))), qPrintable(aid.id + u' ' + o.id));
                // Every source of what the summary shows (the knowledge check is not on it).
                QStringList shown;
                for (const Aids::GridRow &row : aid.grid)
                    shown << row.evidence;
                for (const Aids::Outcome &o : aid.outcomes)
                    shown << o.evidence;
                for (const Aids::ScaleShift &s : aid.scaleShifts)
                    shown << s.evidence;
                for (const QString &id : shown)
                    QVERIFY2(text.contains(flat(library.registry().find(id)->citation)), qPrintable(aid.id + u' ' + id));
                if (largePrint)
                    PdfTools::keepForLooking(pdf, aid.id + u"-large.pdf"_s);
                else
                    PdfTools::keepForLooking(pdf, aid.id + u".pdf"_s);
            }
        }
    }
};

QTEST_MAIN(TestDecisionSummary)
#include "tst_decisionsummary.moc"
