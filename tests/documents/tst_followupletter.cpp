// The follow-up letter (issue 7), rendered to PDF and read back with poppler: its sections in
// order, chosen for a follow-up visit with an earlier signed plan, the measures against the
// baseline with the MCID threshold named (PEG's marked unverified), the trend charts' titles as
// text (vector graphics, not a picture), the plan changes against the earlier plan, and DRAFT
// on every page until signed.
#include "dossierfixture.h"
#include "pdftools.h"

#include "documents/followupletter.h"
#include "documents/letter.h"
#include "documents/visitdocuments.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
namespace PT = SpineDesk::PdfTools;

namespace {

// The fixture's follow-up visit with the episode's earlier signed plan: the injection was
// stopped since, one request added.
VisitDossier followUpDossier(bool planSigned)
{
    VisitDossier d = Fixture::dossier(planSigned);
    Plans::TreatmentPlan previous = *d.plan;
    previous.visitId = 40;
    previous.items.removeIf([](const Plans::PlanItem &i) { return i.id == u"item-3"; });
    Plans::PlanItem nsaid;
    nsaid.id = u"rule:medication"_s;
    nsaid.kind = Plans::ItemKind::Nsaid;
    nsaid.text = u"Naproxen 500 mg twice daily for 2 weeks"_s;
    previous.items << nsaid;
    d.previousPlan = previous;
    d.previousPlanDate = d.history.first().date;
    return d;
}

QByteArray render(const VisitDossier &d, DocumentReport *report = nullptr)
{
    DocumentRequest request;
    request.kind = DocumentKind::Letter;
    QString error;
    const QByteArray pdf = renderVisitDocumentPdf(d, nullptr, request, &error, report);
    if (pdf.isEmpty())
        qWarning("render failed: %s", qPrintable(error));
    return pdf;
}

} // namespace

class TestFollowUpLetter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const auto &t : {u"pdftotext"_s, u"pdfinfo"_s})
            QVERIFY2(!PT::tool(t).isEmpty(), qPrintable(t + u" (poppler-utils) is required by this test"_s));
    }

    void chosenForAFollowUpWithAnEarlierPlan()
    {
        VisitDossier d = followUpDossier(true);
        QVERIFY(usesFollowUpLetter(d));
        DocumentReport report;
        QVERIFY(!render(d, &report).isEmpty());
        QCOMPARE(report.sectionTitles, followUpLetterSectionTitles());
        // Without an earlier signed plan, or at a first visit, it is the full letter.
        d.previousPlan.reset();
        QVERIFY(!usesFollowUpLetter(d));
        render(d, &report);
        QCOMPARE(report.sectionTitles, letterSectionTitles());
        d = followUpDossier(true);
        d.visit.kind = VisitKind::Initial;
        QVERIFY(!usesFollowUpLetter(d));
    }

    void sectionsInOrderOnOneOrTwoPages()
    {
        DocumentReport report;
        const QByteArray pdf = render(followUpDossier(true), &report);
        PT::keepForLooking(pdf, u"followup-letter.pdf"_s);
        QVERIFY(report.pages >= 1 && report.pages <= 2);
        QCOMPARE(PT::pageCount(pdf), report.pages);
        QVERIFY(std::is_sorted(report.sectionPages.begin(), report.sectionPages.end()));
        const QString text = PT::allText(pdf).simplified();
        qsizetype at = text.indexOf(u"Spine follow-up: progress against baseline"_s);
        QVERIFY(at >= 0);
        for (const QString &title : followUpLetterSectionTitles()) {
            const qsizetype next = text.indexOf(title, at);
            QVERIFY2(next > at, qPrintable(title));
            at = next;
        }
        QVERIFY(text.contains(u"First visit: 2026-08-03"_s));
        QVERIFY(text.contains(u"signed plan of 2026-08-03"_s));
        QVERIFY(!text.contains(u"DRAFT"_s));
        QVERIFY(text.contains(u"Electronically signed by"_s));
    }

    void changeAgainstBaseline()
    {
        const QString text = PT::allText(render(followUpDossier(true))).simplified();
        // ODI 48 → 36: 12 points (≥ 10), 25 % (< 30): reached by the absolute threshold.
        QVERIFY2(text.contains(u"48.0 (2026-08-03)"_s), qPrintable(text));
        QVERIFY(text.contains(u"12.0 better (25 %)"_s));
        QVERIFY(text.contains(u"MCID reached (absolute threshold, 10.0 points)"_s));
        // PEG 7.3 → 6.3: 14 %, short of the 30 % threshold, which is unverified [R].
        QVERIFY(text.contains(u"1 better (14 %)"_s));
        QVERIFY(text.contains(u"MCID not reached (needs 30 %); unverified threshold"_s));
        QVERIFY(text.contains(u"opioid-monitoring guidance"_s)); // the PEG source, tagged
        // PHQ-9 has no baseline in the fixture: not compared.
        QVERIFY(!text.contains(u"PHQ-9 11"_s));
    }

    void chartsAreVectorText()
    {
        const QString text = PT::allText(render(followUpDossier(true))).simplified();
        // A chart drawn as an image would have no text; these come from the Qt Charts titles.
        QVERIFY(text.contains(u"ODI over this episode (0 to 100, lower is better)"_s));
        QVERIFY(text.contains(u"PEG over this episode (0 to 10, lower is better)"_s));
        QVERIFY(text.contains(u"MCID threshold 38.0"_s)); // ODI's verified line: 48 − 10
        QVERIFY(!text.contains(u"MCID threshold 6"_s));   // PEG's is [R]: not drawn
    }

    void planChangesAgainstTheEarlierPlan()
    {
        const QString text = PT::allText(render(followUpDossier(true))).simplified();
        QVERIFY(text.contains(u"Added: Request to the primary clinician: Please stop ibuprofen"_s) || text.contains(u"Added:"_s));
        QVERIFY(text.contains(u"Please stop ibuprofen if stomach upset returns"_s));
        QVERIFY(text.contains(u"Stopped:"_s));
        QVERIFY(text.contains(u"Naproxen 500 mg twice daily for 2 weeks"_s));
        VisitDossier same = followUpDossier(true);
        same.previousPlan = same.plan;
        const QString unchanged = PT::allText(render(same)).simplified();
        QVERIFY(unchanged.contains(u"No change: the plan of 2026-08-03 continues."_s));
        QVERIFY(!unchanged.contains(u"Stopped:"_s));
        // No plan at this visit yet: nothing is "stopped", the earlier plan stands.
        VisitDossier none = followUpDossier(false);
        none.plan.reset();
        const QString standing = PT::allText(render(none)).simplified();
        QVERIFY(standing.contains(u"No plan recorded at this visit: the plan of 2026-08-03 stands."_s));
        QVERIFY(!standing.contains(u"Stopped:"_s));
    }

    void draftUntilSigned()
    {
        const QByteArray pdf = render(followUpDossier(false));
        const int pages = PT::pageCount(pdf);
        QVERIFY(pages >= 1);
        for (int page = 1; page <= pages; ++page) {
            const QString text = PT::pageText(pdf, page);
            QVERIFY2(text.contains(u"DRAFT"_s), qPrintable(QString::number(page)));
            QVERIFY(text.contains(QLatin1String(Fixture::kMrn)));
            QVERIFY(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
        }
        QVERIFY(PT::allText(pdf).contains(u"this letter is a draft"_s));
    }
};

QTEST_MAIN(TestFollowUpLetter)
#include "tst_followupletter.moc"
