// The plan builder (pathways.md): the STarT Back matched package, non-drug care and medication
// advice by duration, red-flag actions, imaging deferred, the ESI result, surgical referral
// with PA readiness, behavioural-health follow-up, follow-up and questionnaires; the problem
// list with verified codes; merging a new proposal keeps the clinician's edits.
#include "core/plan/diagnosis.h"
#include "core/plan/planbuilder.h"
#include "core/stratifiedcare.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Plans;

namespace {
const QDate kVisit(2026, 9, 30);

InstrumentLine line(const QString &id, double value, int severity = 0, const QString &band = {})
{
    InstrumentLine l;
    l.instrumentId = id;
    l.title = id.toUpper();
    l.date = kVisit;
    l.complete = true;
    l.bandSeverity = severity;
    l.bandLabel = band;
    ScaleLine s;
    s.value = value;
    s.mcidCitation = u"instruments.md"_s;
    l.scales << s;
    return l;
}

struct Fixture {
    AssessmentSummary summary;
    PlanContext context;
    Fixture(const QString &stratum = u"medium"_s, int onsetDaysAgo = 120)
    {
        summary.pathway = startBackPathway(stratum);
        summary.duration = durationClass(kVisit.addDays(-onsetDaysAgo), kVisit);
        summary.instruments = {line(u"odi"_s, 40), line(u"peg"_s, 6)};
        summary.redFlagsScreened = true;
        context.visitDate = kVisit;
        context.intake.onsetDate = kVisit.addDays(-onsetDaysAgo);
        context.intake.dominance = PainDominance::Back;
        context.summary = &summary;
    }
    const PlanItem *find(const TreatmentPlan &p, const QString &id) const { return p.item(id); }
};
} // namespace

class TestPlanBuilder : public QObject
{
    Q_OBJECT
private slots:
    void pathwayFollowsTheStratum_data()
    {
        QTest::addColumn<QString>("stratum");
        QTest::addColumn<int>("kind");
        QTest::newRow("low") << u"low"_s << int(ItemKind::SelfManagement);
        QTest::newRow("medium") << u"medium"_s << int(ItemKind::PhysicalTherapy);
        QTest::newRow("high") << u"high"_s << int(ItemKind::PsychologicallyInformedPT);
    }
    void pathwayFollowsTheStratum()
    {
        QFETCH(QString, stratum);
        QFETCH(int, kind);
        Fixture f(stratum);
        const TreatmentPlan plan = proposePlan(f.context);
        const PlanItem *pathway = plan.item(u"rule:pathway"_s);
        QVERIFY(pathway);
        QCOMPARE(int(pathway->kind), kind);
        QCOMPARE(pathway->origin, ItemOrigin::Proposed);
        QVERIFY(pathway->citations.join(u' ').contains(u"Hill"_s));
        QVERIFY(!pathway->rationale.isEmpty());
        // High risk adds the behavioural-health prompt (pathways.md §1.3).
        QCOMPARE(bool(plan.item(u"rule:behavioural-health"_s)), stratum == u"high");
    }

    void withoutStratumAsksForTheTool()
    {
        Fixture f;
        f.summary.pathway.reset();
        const PlanItem *pathway = proposePlan(f.context).item(u"rule:pathway"_s);
        QVERIFY(pathway);
        QCOMPARE(pathway->kind, ItemKind::Pathway);
        QVERIFY(pathway->citations.join(u' ').contains(u"1.1.2"_s));
    }

    void chronicPainGetsExerciseAndNoOpioidAdvice()
    {
        Fixture f(u"medium"_s, 120);
        const TreatmentPlan plan = proposePlan(f.context);
        QCOMPARE(plan.item(u"rule:non-drug"_s)->kind, ItemKind::ExerciseProgramme);
        QVERIFY(plan.item(u"rule:non-drug"_s)->citations.join(u' ').contains(u"rec. 2"_s));
        const QString med = plan.item(u"rule:medication"_s)->text;
        QVERIFY(med.contains(u"NICE advises against"_s));
        QVERIFY(!med.contains(u"Opioid Risk Tool"_s)); // opioids not discussed
        QCOMPARE(plan.item(u"rule:follow-up"_s)->citations.size(), 0); // no invented interval
        QVERIFY(plan.followUp.isEmpty());
    }

    void acutePainFollowsUpInTwoToThreeWeeks()
    {
        Fixture f(u"low"_s, 10);
        const TreatmentPlan plan = proposePlan(f.context);
        QCOMPARE(plan.item(u"rule:non-drug"_s)->kind, ItemKind::SelfManagement);
        QVERIFY(plan.item(u"rule:medication"_s)->text.contains(u"Not paracetamol alone"_s));
        QVERIFY(plan.followUp.contains(u"2–3 weeks"_s));
        QVERIFY(plan.item(u"rule:follow-up"_s)->citations.join(u' ').contains(u"ICSI"_s));
    }

    void therapistPlansProposeNoMedicine()
    {
        Fixture f(u"high"_s, 120);
        f.context.visitKind = VisitKind::PhysicalTherapy;
        const TreatmentPlan plan = proposePlan(f.context);
        QVERIFY(!plan.item(u"rule:medication"_s));
        QCOMPARE(plan.item(u"rule:pathway"_s)->kind, ItemKind::PsychologicallyInformedPT);
    }

    void opioidsInTheHistoryShowTheOrt()
    {
        Fixture f;
        f.context.intake.medications << MedicationTrial{0, u"Oxycodone 5 mg"_s, TreatmentResponse::NoChange, {}};
        QVERIFY(proposePlan(f.context).item(u"rule:medication"_s)->text.contains(u"Opioid Risk Tool was not done"_s));
        f.summary.instruments << line(u"ort"_s, 5, 1, u"Moderate risk (4–7)"_s);
        const QString text = proposePlan(f.context).item(u"rule:medication"_s)->text;
        QVERIFY2(text.contains(u"Opioid Risk Tool: ORT 5 — Moderate risk (4–7)"_s), qPrintable(text));
    }

    void redFlagsGetAnActionEach()
    {
        Fixture f;
        f.summary.redFlagsPresent = {u"Cauda equina syndrome: Faecal incontinence"_s, u"Infection: Fever"_s};
        f.summary.redFlagsUnacknowledged = {u"Infection: Fever"_s};
        const TreatmentPlan plan = proposePlan(f.context);
        int actions = 0;
        for (const PlanItem &i : plan.items)
            actions += i.kind == ItemKind::RedFlagAction;
        QCOMPARE(actions, 2);
        QVERIFY(plan.item(u"rule:red-flag:Infection: Fever"_s)->rationale.contains(u"cannot be signed"_s));
        QVERIFY(!plan.item(u"rule:imaging"_s)); // imaging is not deferred over a red flag
    }

    void imagingDeferredOnlyAfterACleanCompleteScreen()
    {
        Fixture f;
        QVERIFY(proposePlan(f.context).item(u"rule:imaging"_s));
        f.summary.redFlagsScreened = false;
        QVERIFY(!proposePlan(f.context).item(u"rule:imaging"_s));
    }

    void injectionShowsTheEsiResult()
    {
        Fixture f;
        f.context.considerations.injectionConsidered = true;
        EsiCheck esi;
        esi.criteria << EsiCriterion{};
        f.context.esi = esi;
        const PlanItem *item = proposePlan(f.context).item(u"rule:esi"_s);
        QVERIFY(item);
        QCOMPARE(item->kind, ItemKind::EpiduralInjection);
        QVERIFY(item->text.contains(esi.summaryLine()));
        // The patient declined the injection in the ESI aid: no item.
        Aids::DecisionRecord declined;
        declined.aidId = u"epidural-steroid-injection"_s;
        declined.preferredOption = u"no-injection"_s;
        f.context.decisions << declined;
        QVERIFY(!proposePlan(f.context).item(u"rule:esi"_s));
    }

    void chosenOperationIsReferredWithReadiness()
    {
        Fixture f;
        Aids::DecisionRecord r;
        r.aidId = u"degenerative-spondylolisthesis"_s;
        r.preferredOption = u"decompression-fusion"_s;
        f.context.decisions << r;
        const PlanItem *item = proposePlan(f.context).item(u"rule:surgical-referral"_s);
        QVERIFY(item);
        QCOMPARE(item->kind, ItemKind::FusionReferral);
        QVERIFY(item->text.contains(u"documentation elements met"_s));
        f.context.decisions.first().preferredOption = u"conservative"_s;
        QVERIFY(!proposePlan(f.context).item(u"rule:surgical-referral"_s));
    }

    void moodScreensAndSelfHarmPromptFollowUpAndARequest()
    {
        Fixture f(u"low"_s);
        QVERIFY(!proposePlan(f.context).item(u"rule:behavioural-health"_s));
        f.summary.instruments << line(u"phq9"_s, 12, 2, u"Moderate (10–14)"_s);
        TreatmentPlan plan = proposePlan(f.context);
        QVERIFY(plan.item(u"rule:behavioural-health"_s));
        QCOMPARE(plan.item(u"rule:request:behavioural-health"_s)->kind, ItemKind::RequestToPrimary);
        f.summary.instruments.removeLast();
        f.summary.acknowledgedAlerts << u"phq9:self-harm"_s;
        plan = proposePlan(f.context);
        QVERIFY(plan.item(u"rule:behavioural-health"_s)->rationale.contains(u"item 9"_s));
        QVERIFY(plan.bottomLine.contains(u"requests to you"_s));
    }

    void workAdviceWhenOffWork()
    {
        Fixture f;
        QVERIFY(!proposePlan(f.context).item(u"rule:work"_s));
        f.context.intake.workStatus = WorkStatus::OffWork;
        QVERIFY(proposePlan(f.context).item(u"rule:work"_s));
    }

    void repeatsInstrumentsWithAnMcid()
    {
        Fixture f;
        const PlanItem *item = proposePlan(f.context).item(u"rule:repeat-questionnaires"_s);
        QVERIFY(item);
        QVERIFY(item->text.contains(u"ODI"_s) && item->text.contains(u"PEG"_s));
    }

    void problemsFromImagingAndPainPattern()
    {
        Fixture f;
        f.context.intake.dominance = PainDominance::Leg;
        ImagingStudy mri;
        mri.finding = ImagingFinding::DiscHerniation;
        mri.level = u"L4-5"_s;
        mri.concordance = ImagingConcordance::Concordant;
        f.context.intake.imaging << mri;
        QList<ProblemEntry> problems = proposeProblems(f.context);
        QCOMPARE(problems.first().diagnosisId, u"lumbar-disc-radiculopathy"_s);
        QVERIFY(problems.first().primary);
        f.context.intake.imaging.first().level = u"L5-S1"_s;
        QCOMPARE(proposeProblems(f.context).first().diagnosisId, u"lumbosacral-disc-radiculopathy"_s);

        f.context.intake.imaging.first().finding = ImagingFinding::Stenosis;
        f.context.considerations.neurogenicClaudication = YesNoUnknown::Yes;
        problems = proposeProblems(f.context);
        QCOMPARE(problems.first().diagnosisId, u"lumbar-stenosis-claudication"_s);
        // M48.062 is not verified: the diagnosis carries no ICD-10-CM code.
        QVERIFY(DiagnosisCatalogue::bundled().find(problems.first().diagnosisId)->icd10cm.isEmpty());

        Fixture back;
        back.summary.instruments << line(u"gad7"_s, 11, 2, u"Moderate"_s);
        back.summary.yellowFlagDomains << u"Beliefs"_s;
        problems = proposeProblems(back.context);
        QCOMPARE(problems.first().diagnosisId, u"non-specific-lbp"_s);
        QCOMPARE(problems.size(), 3); // + anxiety symptoms, + yellow flags, in words without codes
        QVERIFY(problems.at(1).diagnosisId.isEmpty() && problems.at(1).text.contains(u"Anxiety"_s));
    }

    void mergeKeepsEditsAndRemovals()
    {
        Fixture f;
        TreatmentPlan plan = proposePlan(f.context);
        const int before = int(plan.items.size());
        plan.items[0].text = u"Edited by the clinician"_s;
        plan.items[0].origin = ItemOrigin::Edited;
        plan.items[1].removed = true;
        plan.rowVersion = 3;
        QCOMPARE(mergeProposal(plan, proposePlan(f.context)), 0);
        QCOMPARE(plan.items.size(), before);
        QCOMPARE(plan.items[0].text, u"Edited by the clinician"_s);
        QVERIFY(plan.items[1].removed);
        f.context.intake.workStatus = WorkStatus::OffWork; // a new rule now applies
        QCOMPARE(mergeProposal(plan, proposePlan(f.context)), 1);
        QVERIFY(plan.item(u"rule:work"_s));
    }

    void refreshKeepsEditsButUpdatesUntouchedProposals()
    {
        Fixture f(u"low"_s);
        TreatmentPlan plan = proposePlan(f.context);
        plan.items[1].text = u"Edited by the clinician"_s; // rule:non-drug
        plan.items[1].origin = ItemOrigin::Edited;
        f.summary.pathway = startBackPathway(u"high"_s); // STarT Back entered after the first save
        const QStringList updated = refreshProposed(plan, proposePlan(f.context));
        QVERIFY(updated.contains(u"rule:pathway"_s));
        QCOMPARE(plan.item(u"rule:pathway"_s)->kind, ItemKind::PsychologicallyInformedPT);
        QCOMPARE(plan.items[1].text, u"Edited by the clinician"_s);
        QVERIFY(!updated.contains(u"rule:non-drug"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlanBuilder)
#include "tst_planbuilder.moc"
