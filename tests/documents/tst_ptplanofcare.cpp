// The physical-therapy plan of care, rendered to PDF and read back with poppler: every element
// a plan of care needs for certification (pathways.md §6.4: diagnoses, long-term goals, type,
// amount, frequency and duration of therapy), the evaluation summary, the first session, the
// home programme, the certification block with the 30-day date, kept on one page, the recorded
// return instead of blank lines, identifiers on every page, DRAFT, the Incomplete box, and the
// refusals for visits that are not physical-therapy visits.
#include "pdftools.h"
#include "ptdossierfixture.h"

#include "core/therapy/exerciselibrary.h"
#include "documents/ptplanofcare.h"
#include "documents/visitdocuments.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
namespace PT = SpineDesk::PdfTools;

namespace {

QByteArray render(const VisitDossier &d, DocumentReport *report = nullptr, QString *error = nullptr, bool faxCover = false)
{
    DocumentRequest request;
    request.kind = DocumentKind::PtPlan;
    request.faxCover = faxCover;
    QString why;
    const QByteArray pdf = renderVisitDocumentPdf(d, nullptr, request, &why, report);
    if (error)
        *error = why;
    else if (pdf.isEmpty())
        qWarning("render failed: %s", qPrintable(why));
    return pdf;
}


// `text` contains each of `parts` in this order.
bool inOrder(const QString &text, const QStringList &parts, QString *missing)
{
    qsizetype at = 0;
    for (const QString &part : parts) {
        const qsizetype found = text.indexOf(part, at);
        if (found < 0) {
            *missing = part;
            return false;
        }
        at = found + part.size();
    }
    return true;
}

int pageContaining(const QByteArray &pdf, int pages, const QString &needle)
{
    for (int page = 1; page <= pages; ++page)
        if (PT::pageText(pdf, page).contains(needle))
            return page;
    return -1;
}

} // namespace

class TestPtPlanOfCare : public QObject
{
    Q_OBJECT

    static void verifyPages(const QByteArray &pdf, int pages, bool draft, int firstFlowPage = 1)
    {
        QCOMPARE(PT::pageCount(pdf), pages);
        for (int page = 1; page <= pages; ++page) {
            const QString text = PT::pageText(pdf, page);
            const QByteArray where = "page " + QByteArray::number(page);
            if (page >= firstFlowPage) {
                QVERIFY2(text.contains(QLatin1String(Fixture::kPatientName)), where.constData());
                QVERIFY2(text.contains(QLatin1String(Fixture::kBirthDate)), where.constData());
                QVERIFY2(text.contains(QLatin1String(Fixture::kMrn)), where.constData());
            }
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), where.constData());
            QVERIFY2(text.contains(u"SD-42-pt-plan"_s), where.constData());
            QVERIFY2(text.contains(u"DRAFT"_s) == draft, where.constData());
        }
    }

private slots:
    void initTestCase()
    {
        for (const auto &t : {u"pdftotext"_s, u"pdfinfo"_s})
            QVERIFY2(!PT::tool(t).isEmpty(), qPrintable(t + u" (poppler-utils) is required by this test"_s));
        QVERIFY2(Therapy::ExerciseLibrary::bundled().errors().isEmpty(),
                 qPrintable(Therapy::ExerciseLibrary::bundled().errors().join(u'\n')));
    }

    void sectionsAndIdentifiers()
    {
        DocumentReport report;
        const QByteArray pdf = render(Fixture::ptDossier(true), &report);
        QVERIFY(!pdf.isEmpty());
        PdfTools::keepForLooking(pdf, u"pt-plan.pdf"_s);
        QCOMPARE(report.title, u"Physical therapy plan of care"_s);
        QCOMPARE(report.sectionTitles, ptPlanSectionTitles(false));
        QVERIFY(std::is_sorted(report.sectionPages.begin(), report.sectionPages.end()));
        QCOMPARE(report.sectionPages.last(), report.pages);
        QVERIFY2(report.pages <= 4, qPrintable(QString::number(report.pages)));
        verifyPages(pdf, report.pages, false);
        QCOMPARE(report.bodyPointSize, 10.0); // a clinician document, like the letter

        const QString page1 = PT::pageText(pdf, 1);
        QVERIFY(page1.contains(u"Riverside Spine Center"_s));
        QVERIFY(page1.contains(u"To: Dr Pat Primary, Hillside Family Medicine, fax 555-0100"_s));
        QVERIFY(page1.contains(u"Physical therapist: Jordan Mover, DPT"_s));
        QVERIFY(page1.contains(u"Date of evaluation: 2026-10-05"_s));
        QVERIFY(!PT::allText(pdf).contains(u"Incomplete"_s)); // the fixture's plan is complete
    }

    // pathways.md §6.4: diagnoses; long-term goals; type, amount, frequency and duration.
    void requiredElements()
    {
        const VisitDossier d = Fixture::ptDossier(true);
        const QString text = PT::allText(render(d));
        QString missing;
        // Diagnoses: the coded one with its verified code, the free-text one in words only.
        QVERIFY(text.contains(u"(left L5): ICD-10-CM M51.16 (primary)"_s));
        QVERIFY(text.contains(u"Reduced walking tolerance"_s));
        QVERIFY(!text.contains(u"Reduced walking tolerance: ICD"_s));
        // Each goal with its date, in the goals table.
        for (const Plans::Goal &g : d.plan->goals)
            QVERIFY2(inOrder(text, {u"Long-term functional goals"_s, g.text, g.targetDate.toString(Qt::ISODate)}, &missing),
                     qPrintable(missing));
        QVERIFY(text.contains(u"Rehabilitation potential: Good"_s));
        // Each therapy line: type, detail, amount, frequency, duration, in its row.
        QVERIFY2(inOrder(text, {u"Type, amount, frequency and duration of therapy"_s, Therapy::therapyTypeLabel(Therapy::TherapyType::TherapeuticExercise),
                                u"Directional-preference exercises, progressing to loading"_s, u"30 minutes, once a day"_s,
                                u"2 times a week"_s, u"6 weeks"_s, Therapy::therapyTypeLabel(Therapy::TherapyType::ManualTherapy),
                                u"Lumbar mobilisation"_s, u"15 minutes, once a day"_s, u"once a week"_s, u"4 weeks"_s,
                                u"Plan of care starts: 2026-10-05"_s, u"Total duration: 6 weeks"_s},
                         &missing),
                 qPrintable(missing));
    }

    void evaluationSummary()
    {
        using namespace Therapy;
        const QString text = PT::allText(render(Fixture::ptDossier(true)));
        QString missing;
        QVERIFY2(inOrder(text, {u"Reason for referral"_s, u"Low back and left leg pain for 5 weeks"_s, u"Please evaluate and treat."_s,
                                u"Evaluation summary"_s, u"Questionnaires"_s, u"ODI"_s, u"STarT Back stratum: medium; matched package: "
                                u"Physical therapy for function and pain"_s,
                                u"Red-flag screen complete: all items absent"_s,
                                u"Directional preference: "_s + directionalPreferenceLabel(DirectionalPreference::Extension),
                                movementDirectionLabel(MovementDirection::Flexion), movementResponseLabel(MovementResponse::Peripheralises),
                                movementDirectionLabel(MovementDirection::Extension), movementResponseLabel(MovementResponse::Centralises),
                                u"Leg pain moved up to the buttock"_s,
                                u"Treatment-based classification (therapist's judgement): "_s + tbcClassLabel(TbcClass::SymptomModulation),
                                romMovementLabel(RomMovement::Flexion), romGradeLabel(RomGrade::MarkedlyLimited), u"painful"_s},
                         &missing),
                 qPrintable(missing));
        // Functional tests with their units, no norms.
        QVERIFY2(inOrder(text, {functionalTestLabel(FunctionalTest::FiveTimesSitToStand),
                                u"16.4 "_s + functionalTestUnit(FunctionalTest::FiveTimesSitToStand), u"used arms"_s,
                                functionalTestLabel(FunctionalTest::WalkingTolerance),
                                u"12 "_s + functionalTestUnit(FunctionalTest::WalkingTolerance), u"stopped by leg pain"_s,
                                u"no reference values are applied"_s},
                         &missing),
                 qPrintable(missing));
        QVERIFY(!text.contains(u"normal range"_s, Qt::CaseInsensitive));
    }

    void sessionProgrammeAndSignature()
    {
        const VisitDossier d = Fixture::ptDossier(true);
        const QString text = PT::allText(render(d));
        const auto &library = Therapy::ExerciseLibrary::bundled();
        const auto name = [&](const QString &id) { return contentText(library.exercise(id)->name, u"en"_s); };
        QString missing;
        QVERIFY2(inOrder(text, {u"First treatment session (day of the evaluation)"_s, u"Date: 2026-10-05, 45 minutes"_s,
                                u"Education: Pain neuroscience education"_s,
                                u"Exercises taught: "_s + name(u"prone-press-up"_s) + u"; "_s + name(u"prone-lying-on-elbows"_s),
                                u"Manual therapy: Central posterior-anterior mobilisation"_s,
                                u"Patient's response: "_s + Therapy::sessionResponseLabel(Therapy::SessionResponse::Better)
                                    + u": leg pain centralised to the left buttock"_s},
                         &missing),
                 qPrintable(missing));
        QStringList programme{u"Home exercise programme"_s};
        for (const Therapy::ExercisePrescription &p : d.therapy->homeProgram)
            programme << name(p.exerciseId) + u": "_s + Therapy::dosageText(p);
        programme << u"Advice: Avoid long periods of sitting"_s;
        QVERIFY2(inOrder(text, programme, &missing), qPrintable(missing));
        QVERIFY(text.contains(u"Electronically signed by Jordan Mover, DPT on 2026-10-05 16:20"_s));
        QVERIFY(!text.contains(u"Hand-over to the physiatrist"_s)); // none recorded
    }

    // A clinic working in Spanish: the plan of care is in Spanish, exercises by their Spanish
    // names from the library, whatever language the patient reads.
    void spanishClinicNamesExercisesInSpanish()
    {
        VisitDossier d = Fixture::ptDossier(true);
        d.clinic.workingLanguage = u"es"_s;
        d.patient.preferredLanguage = u"en"_s;
        DocumentReport report;
        const QString text = PT::allText(render(d, &report));
        QVERIFY(!text.isEmpty());
        QVERIFY2(report.title.contains(u"fisioterapia"_s, Qt::CaseInsensitive) || report.title.contains(u"terapia física"_s, Qt::CaseInsensitive), qPrintable(report.title));
        const auto &library = Therapy::ExerciseLibrary::bundled();
        QVERIFY(!d.therapy->homeProgram.isEmpty());
        for (const Therapy::ExercisePrescription &p : d.therapy->homeProgram) {
            const QString spanish = contentText(library.exercise(p.exerciseId)->name, u"es"_s);
            const QString english = contentText(library.exercise(p.exerciseId)->name, u"en"_s);
            QVERIFY(spanish != english);
            QVERIFY2(text.contains(spanish + u":"_s), qPrintable(spanish));
            QVERIFY2(!text.contains(english + u":"_s), qPrintable(english));
        }
        QVERIFY(text.contains(u"Programa de ejercicios en casa"_s));
    }

    // The block the referring clinician signs: its words, the return fax, the 30-day date, the
    // source, all on one page.
    void certificationBlock()
    {
        DocumentReport report;
        const QByteArray pdf = render(Fixture::ptDossier(true), &report);
        const int page = report.sectionPages.last();
        const QString text = PT::pageText(pdf, page);
        QString missing;
        QVERIFY2(inOrder(text, {u"Certification by the referring clinician"_s, u"To be completed by Dr Pat Primary."_s,
                                u"I have reviewed this plan of care and certify that the services are needed."_s,
                                u"Certified as written"_s, u"Certified with changes:"_s,
                                u"Signature of the referring clinician"_s, u"Date"_s, u"Printed name"_s, u"NPI"_s,
                                u"Please sign and return by fax to 555-0143 (Riverside Spine Center)."_s,
                                u"First treatment: 2026-10-05. Plan of care to be sent within 30 days of the first treatment: "
                                u"by 2026-11-04."_s,
                                u"Noridian"_s, u"September 2025"_s},
                         &missing),
                 qPrintable(missing + u" on page "_s + QString::number(page)));
    }

    // However much comes before it, the block is never split across pages.
    void certificationKeptTogether()
    {
        for (int extra = 0; extra < 40; extra += 3) {
            VisitDossier d = Fixture::ptDossier(true);
            for (int i = 0; i < extra; ++i)
                d.plan->goals << Plans::Goal{u"Additional functional goal %1, written out at some length so that it takes "
                                             u"a realistic amount of room"_s.arg(i + 1),
                                             QDate(2026, 12, 1)};
            DocumentReport report;
            const QByteArray pdf = render(d, &report);
            QVERIFY(!pdf.isEmpty());
            const int title = pageContaining(pdf, report.pages, u"Certification by the referring clinician"_s);
            QCOMPARE(title, report.sectionPages.last());
            const QByteArray why = "with " + QByteArray::number(extra) + " extra goals";
            QVERIFY2(pageContaining(pdf, report.pages, u"I have reviewed this plan of care"_s) == title, why.constData());
            QVERIFY2(pageContaining(pdf, report.pages, u"Please sign and return by fax"_s) == title, why.constData());
            QVERIFY2(pageContaining(pdf, report.pages, u"by 2026-11-04"_s) == title, why.constData());
            QVERIFY2(pageContaining(pdf, report.pages, u"Noridian"_s) == title, why.constData());
        }
    }

    void recordedCertificationReplacesTheBlankLines()
    {
        VisitDossier d = Fixture::ptDossier(true);
        Therapy::CertificationReturn c;
        c.visitId = 42;
        c.signedOn = QDate(2026, 10, 12);
        c.signedBy = u"Dr Pat Primary"_s;
        c.withChanges = true;
        c.changes = u"Add gait training once a week"_s;
        c.recordedAt = QDateTime(QDate(2026, 10, 13), QTime(9, 5));
        d.certification = c;
        const QString text = PT::allText(render(d));
        QString missing;
        QVERIFY2(inOrder(text, {u"Certification received"_s, u"certify that the services are needed"_s,
                                u"Decision: certified with changes: Add gait training once a week"_s, u"Signed by: Dr Pat Primary"_s,
                                u"Date signed: 2026-10-12"_s, u"Return recorded: 2026-10-13 09:05"_s, u"by 2026-11-04"_s},
                         &missing),
                 qPrintable(missing));
        QVERIFY(!text.contains(u"Printed name"_s));
        QVERIFY(!text.contains(u"Please sign and return"_s));
    }

    void draftSaysDraft()
    {
        DocumentReport report;
        const QByteArray pdf = render(Fixture::ptDossier(false), &report);
        PdfTools::keepForLooking(pdf, u"pt-plan-draft.pdf"_s);
        verifyPages(pdf, report.pages, true);
        QVERIFY(PT::allText(pdf).contains(u"DRAFT, not signed: this plan of care must not be sent for certification."_s));
    }

    // A draft without goals or therapy lines says what is missing, in a box on page 1.
    void incompletePlanPrintsTheIncompleteBox()
    {
        VisitDossier d = Fixture::ptDossier(false);
        d.plan->goals.clear();
        d.therapy->planOfCare.clear();
        const QStringList problems = Therapy::planOfCareProblems(*d.therapy, *d.plan, d.visit.visitDate);
        QCOMPARE(problems.size(), 2);
        const QByteArray pdf = render(d);
        PdfTools::keepForLooking(pdf, u"pt-plan-incomplete.pdf"_s);
        const QString page1 = PT::pageText(pdf, 1);
        QString missing;
        QVERIFY2(inOrder(page1, QStringList{u"Incomplete: this plan of care is not ready to be certified."_s, u"Still missing:"_s} + problems
                                    + QStringList{u"Reason for referral"_s},
                         &missing),
                 qPrintable(missing));
        const QString text = PT::allText(pdf);
        QVERIFY(text.contains(u"No therapy lines recorded."_s));
        QVERIFY(text.contains(u"Total duration: not recorded"_s));
    }

    void handoversArePrinted()
    {
        VisitDossier d = Fixture::ptDossier(true);
        Therapy::HandoverTask h;
        h.reason = Therapy::HandoverReason::InjectionQuestion;
        h.detail = u"Persistent left L5 radicular pain; patient asks about an epidural injection"_s;
        d.handovers << h;
        DocumentReport report;
        const QString text = PT::allText(render(d, &report));
        QCOMPARE(report.sectionTitles, ptPlanSectionTitles(true));
        QVERIFY(text.contains(Therapy::handoverReasonLabel(Therapy::HandoverReason::InjectionQuestion)
                              + u": Persistent left L5 radicular pain; patient asks about an epidural injection (open)"_s));
    }

    void noFirstTreatmentYet()
    {
        VisitDossier d = Fixture::ptDossier(false);
        d.therapy->session = {};
        const QString text = PT::allText(render(d));
        QVERIFY(text.contains(u"No treatment was given on the day of the evaluation."_s));
        QVERIFY(text.contains(u"First treatment: not yet given."_s));
    }

    void faxCover()
    {
        DocumentReport report;
        const QByteArray pdf = render(Fixture::ptDossier(true), &report, nullptr, true);
        verifyPages(pdf, report.pages, false, 2);
        const QString cover = PT::pageText(pdf, 1);
        QVERIFY(cover.contains(u"Regarding Physical therapy plan of care"_s));
        QVERIFY(!cover.contains(QLatin1String(Fixture::kMrn)));
    }

    void refusals()
    {
        QString error;
        VisitDossier notPt = Fixture::dossier(true);
        QVERIFY(render(notPt, nullptr, &error).isEmpty());
        QVERIFY2(error.contains(u"physical-therapy first visits"_s), qPrintable(error));
        VisitDossier noRecord = Fixture::ptDossier(true);
        noRecord.therapy.reset();
        QVERIFY(render(noRecord, nullptr, &error).isEmpty());
        QVERIFY2(error.contains(u"no therapy record"_s), qPrintable(error));
    }
};

QTEST_MAIN(TestPtPlanOfCare)
#include "tst_ptplanofcare.moc"
