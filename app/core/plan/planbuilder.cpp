#include "core/plan/planbuilder.h"

#include "core/plan/diagnosis.h"
#include "core/plan/pareadiness.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace SpineDesk::Plans {

namespace {
struct BuilderText {
    Q_DECLARE_TR_FUNCTIONS(BuilderText)
};

// Sources in pathways.md, with their tags.
const QString kNiceStratify = u"NICE NG59 1.1.2 (risk stratification, e.g. STarT Back) [V]"_s;
const QString kAcpRec1 = u"ACP 2017 rec. 1 (strong recommendation, moderate-quality evidence) [V]"_s;
const QString kAcpRec2 = u"ACP 2017 rec. 2 (strong recommendation, low-quality evidence) [V]"_s;
const QString kAcpRec3 = u"ACP 2017 rec. 3 (weak recommendation, moderate-quality evidence) [V]"_s;
const QString kNiceSelfManagement = u"NICE NG59: self-management advice at every step; group exercise programme [V]"_s;
const QString kNiceDrugs = u"NICE NG59 (drugs for low back pain) [V]"_s;
const QString kNiceSciatica = u"NICE NG59 (2020 update, drugs for sciatica) [V]"_s;
const QString kNiceImaging = u"NICE NG59 1.1.5–1.1.6 [V]"_s;
const QString kChoosingWisely = u"Choosing Wisely: AAFP, AMSSM, NASS [V]"_s;
const QString kNiceEpidural = u"NICE NG59: consider epidural local anaesthetic and steroid for acute and severe sciatica [V]"_s;
const QString kIcsiEpidural = u"ICSI 2018: consider referral for epidural for subacute radicular pain [V]"_s;
const QString kEsiPolicies = u"Medicare LCD L33906 family and commercial policies (esi-and-authorization.md) [S/V]"_s;
const QString kHealthPartners = u"HealthPartners medical spine centre model (pathways.md §6.1) [V]"_s;
const QString kPaPacket = u"Typical payer documentation elements (esi-and-authorization.md §5.2) [S]"_s;
const QString kNicePsych = u"NICE NG59: combined physical and psychological programme for significant psychosocial obstacles [V]"_s;
const QString kStratifiedPrompt = u"pathways.md §1.3 (behavioural-health follow-up when PHQ-9/GAD-7 are elevated) [rule]"_s;
const QString kRedFlagRule11 = u"red-flags.md rule 11 (safety alerts are acted on and recorded) [rule]"_s;
const QString kRedFlags = u"SpineDesk red-flag checklist (red-flags.md) [V]"_s;
const QString kIcsiCarePlan = u"ICSI 2018: jointly agreed care plan including return to work [V]"_s;
const QString kIcsiFollowUp = u"ICSI 2018: follow-up in 2–3 weeks [V]"_s;
const QString kInstrumentsMcid = u"instruments.md (MCID of each instrument) [V]"_s;

const InstrumentLine *line(const AssessmentSummary *s, const QString &id)
{
    return s ? s->completed(id) : nullptr;
}

bool isOpioidName(const QString &name)
{
    static const QStringList opioids{u"oxycodone"_s, u"hydrocodone"_s, u"tramadol"_s, u"morphine"_s, u"codeine"_s,
                                     u"tapentadol"_s, u"hydromorphone"_s, u"fentanyl"_s, u"methadone"_s,
                                     u"buprenorphine"_s, u"oxymorphone"_s, u"opioid"_s};
    for (const QString &o : opioids)
        if (name.contains(o, Qt::CaseInsensitive))
            return true;
    return false;
}

DurationClass durationOf(const PlanContext &c)
{
    if (c.summary && c.summary->duration != DurationClass::Unknown)
        return c.summary->duration;
    return durationClass(c.intake.onsetDate, c.visitDate);
}

bool hasDiagnosis(const QList<ProblemEntry> &problems, bool DiagnosisDefinition::*flag)
{
    for (const ProblemEntry &p : problems)
        if (const DiagnosisDefinition *d = DiagnosisCatalogue::bundled().find(p.diagnosisId); d && d->*flag)
            return true;
    return false;
}

const DiagnosisDefinition *primaryDiagnosis(const QList<ProblemEntry> &problems)
{
    const DiagnosisDefinition *first = nullptr;
    for (const ProblemEntry &p : problems) {
        const DiagnosisDefinition *d = DiagnosisCatalogue::bundled().find(p.diagnosisId);
        if (d && p.primary)
            return d;
        if (d && !first)
            first = d;
    }
    return first;
}

// The option the patient chose in any aid, if it is an operation.
struct SurgicalChoice {
    QString aidId;
    QString option;
    bool fusion = false;
};
std::optional<SurgicalChoice> surgicalChoice(const QList<Aids::DecisionRecord> &decisions)
{
    static const QStringList surgical{u"early-surgery"_s, u"decompression"_s, u"decompression-fusion"_s, u"fusion"_s};
    for (const Aids::DecisionRecord &r : decisions)
        if (surgical.contains(r.preferredOption))
            return SurgicalChoice{r.aidId, r.preferredOption, r.preferredOption.contains(u"fusion"_s)};
    return std::nullopt;
}

bool injectionDeclined(const QList<Aids::DecisionRecord> &decisions)
{
    for (const Aids::DecisionRecord &r : decisions)
        if (r.aidId == u"epidural-steroid-injection" && r.preferredOption == u"no-injection")
            return true;
    return false;
}

PlanItem proposed(const QString &id, ItemKind kind, const QString &text, const QString &rationale, QStringList citations)
{
    PlanItem i;
    i.id = id;
    i.kind = kind;
    i.text = text;
    i.rationale = rationale;
    i.citations = std::move(citations);
    i.origin = ItemOrigin::Proposed;
    return i;
}

bool behaviouralConcern(const AssessmentSummary *s, QStringList *reasons)
{
    if (!s)
        return false;
    for (const QString &id : {u"phq9"_s, u"gad7"_s})
        if (const InstrumentLine *l = line(s, id); l && l->bandSeverity >= 2)
            *reasons << scoreLineText(*l);
    for (const QString &a : s->openAlerts + s->acknowledgedAlerts)
        if (a.endsWith(u":self-harm"_s))
            *reasons << BuilderText::tr("PHQ-9 item 9 (thoughts of self-harm) answered above 0");
    if (!s->yellowFlagDomains.isEmpty())
        *reasons << BuilderText::tr("yellow flags: %1").arg(s->yellowFlagDomains.join(u", "_s));
    if (s->pathway && s->pathway->stratum == u"high")
        *reasons << BuilderText::tr("STarT Back high risk");
    reasons->removeDuplicates();
    return !reasons->isEmpty();
}
} // namespace

LowValueContext lowValueContext(const PlanContext &c)
{
    LowValueContext l;
    l.duration = durationOf(c);
    l.episodeDays = c.intake.onsetDate.isValid() && c.visitDate.isValid() && c.intake.onsetDate <= c.visitDate
        ? int(c.intake.onsetDate.daysTo(c.visitDate))
        : -1;
    if (c.summary) {
        l.redFlagScreenComplete = c.summary->redFlagsScreened;
        l.redFlagsAllAbsent = c.summary->redFlagsPresent.isEmpty();
        if (const InstrumentLine *ort = line(c.summary, u"ort"_s))
            l.ortResult = scoreLineText(*ort);
    }
    const bool radicularDiagnosis = hasDiagnosis(c.problems, &DiagnosisDefinition::radicular);
    l.sciatica = c.intake.dominance == PainDominance::Leg || radicularDiagnosis;
    l.radicularIndication = l.sciatica;
    const DiagnosisDefinition *primary = primaryDiagnosis(c.problems);
    l.nonSpecificLbp = primary && primary->nonSpecific;
    l.centralStenosisWithClaudication = hasDiagnosis(c.problems, &DiagnosisDefinition::stenosis)
        && (c.considerations.neurogenicClaudication == YesNoUnknown::Yes
            || std::any_of(c.problems.begin(), c.problems.end(),
                           [](const ProblemEntry &p) { return p.diagnosisId == u"lumbar-stenosis-claudication"; }));
    return l;
}

QList<ProblemEntry> proposeProblems(const PlanContext &c)
{
    QList<ProblemEntry> out;
    QSet<ImagingFinding> findings;
    QString discLevel;
    for (const ImagingStudy &s : c.intake.imaging)
        if (s.concordance != ImagingConcordance::Discordant) {
            findings.insert(s.finding);
            if (s.finding == ImagingFinding::DiscHerniation)
                discLevel = s.level;
        }
    const bool leg = c.intake.dominance == PainDominance::Leg;
    auto add = [&out](const QString &id, const QString &text = QString()) {
        out << ProblemEntry{id, text, out.isEmpty()};
    };
    if (findings.contains(ImagingFinding::Spondylolisthesis))
        add(u"degenerative-spondylolisthesis"_s);
    if (findings.contains(ImagingFinding::Stenosis))
        add(c.considerations.neurogenicClaudication == YesNoUnknown::Yes ? u"lumbar-stenosis-claudication"_s
                                                                         : u"lumbar-stenosis"_s);
    if (findings.contains(ImagingFinding::DiscHerniation) && leg)
        add(discLevel.contains(u"S1"_s) ? u"lumbosacral-disc-radiculopathy"_s : u"lumbar-disc-radiculopathy"_s, discLevel);
    if (out.isEmpty() && leg)
        add(u"lumbar-radiculopathy"_s);
    if (out.isEmpty() && c.intake.dominance == PainDominance::Back)
        add(u"non-specific-lbp"_s);

    // Psychosocial contributors (letter-and-handouts.md §3 row 3): listed in words, no codes.
    if (c.summary) {
        for (const QString &id : {u"phq9"_s, u"gad7"_s})
            if (const InstrumentLine *l = line(c.summary, id); l && l->bandSeverity >= 1)
                out << ProblemEntry{QString(),
                                    (id == u"phq9" ? BuilderText::tr("Depressive symptoms: %1")
                                                   : BuilderText::tr("Anxiety symptoms: %1"))
                                        .arg(scoreLineText(*l)),
                                    false};
        if (!c.summary->yellowFlagDomains.isEmpty())
            out << ProblemEntry{QString(),
                                BuilderText::tr("Psychosocial contributors (yellow flags): %1")
                                    .arg(c.summary->yellowFlagDomains.join(u", "_s)),
                                false};
        if (c.summary->pathway && c.summary->pathway->stratum == u"high")
            out << ProblemEntry{QString(), BuilderText::tr("High risk of a poor outcome (STarT Back)"), false};
    }
    return out;
}

TreatmentPlan proposePlan(const PlanContext &context)
{
    PlanContext c = context;
    if (c.problems.isEmpty())
        c.problems = proposeProblems(context);
    const AssessmentSummary *s = c.summary;
    const DurationClass duration = durationOf(c);
    const bool chronic = duration == DurationClass::Chronic;
    const LowValueContext lv = lowValueContext(c);

    TreatmentPlan plan;
    plan.problems = c.problems;

    // STarT Back matched package (pathways.md §1).
    if (s && s->pathway) {
        const ItemKind kind = s->pathway->stratum == u"low"    ? ItemKind::SelfManagement
            : s->pathway->stratum == u"medium"                 ? ItemKind::PhysicalTherapy
                                                               : ItemKind::PsychologicallyInformedPT;
        plan.items << proposed(u"rule:pathway"_s, kind, s->pathway->treatment,
                               BuilderText::tr("Matched to the STarT Back %1-risk stratum.").arg(s->pathway->stratum),
                               {s->pathway->citation});
    } else {
        plan.items << proposed(u"rule:pathway"_s, ItemKind::Pathway,
                               BuilderText::tr("Complete the STarT Back tool to match the care package to the "
                                               "patient's risk."),
                               BuilderText::tr("No STarT Back stratum at this visit."), {kNiceStratify});
    }

    // First-line non-drug care by duration (ACP 2017 rec. 1 and 2; NICE NG59).
    if (chronic)
        plan.items << proposed(u"rule:non-drug"_s, ItemKind::ExerciseProgramme,
                               BuilderText::tr("Non-drug care first: exercise or a multidisciplinary rehabilitation "
                                               "programme; mindfulness-based stress reduction, yoga, tai chi, motor "
                                               "control exercise or cognitive behavioural therapy are options."),
                               BuilderText::tr("Chronic low back pain: start with non-drug treatment."),
                               {kAcpRec2, kNiceSelfManagement});
    else
        plan.items << proposed(u"rule:non-drug"_s, ItemKind::SelfManagement,
                               BuilderText::tr("Non-drug care first: superficial heat; massage or spinal manipulation "
                                               "are options. Most people improve over time whatever the treatment."),
                               duration == DurationClass::Unknown
                                   ? BuilderText::tr("Onset not recorded: advice for acute or subacute pain is shown.")
                                   : BuilderText::tr("Acute or subacute low back pain: start with non-drug treatment."),
                               {kAcpRec1, kNiceSelfManagement});

    // Medication advice aligned with ACP 2017 and NICE NG59 (not on a therapist's plan).
    if (c.visitKind != VisitKind::PhysicalTherapy) {
        QString text;
        QStringList cites;
        if (chronic) {
            text = BuilderText::tr("If non-drug care has not helped: an NSAID first (lowest effective dose, shortest "
                                   "time, after checking gastrointestinal, renal and cardiac risk); tramadol or "
                                   "duloxetine second line. Opioids: NICE advises against them for chronic low back "
                                   "pain; ACP allows them only when other drugs have failed, after an explicit "
                                   "discussion of risks and realistic benefits.");
            cites << kAcpRec3 << kNiceDrugs;
        } else {
            text = BuilderText::tr("If a medicine is wanted: an NSAID (lowest effective dose, shortest time, after "
                                   "checking gastrointestinal, renal and cardiac risk) or a skeletal muscle relaxant. "
                                   "Not paracetamol alone; no systemic corticosteroids.");
            cites << kAcpRec1 << kNiceDrugs;
        }
        if (lv.sciatica) {
            text += u' ' + BuilderText::tr("For sciatica: no gabapentinoids, other antiepileptics, oral corticosteroids or "
                                           "benzodiazepines.");
            cites << kNiceSciatica;
        }
        const bool opioidNow = std::any_of(c.intake.medications.begin(), c.intake.medications.end(),
                                           [](const MedicationTrial &m) { return isOpioidName(m.name); });
        if (opioidNow || !lv.ortResult.isEmpty())
            text += u' ' + (lv.ortResult.isEmpty() ? BuilderText::tr("Opioids are being discussed: the Opioid Risk Tool was not done at this visit.")
                                                   : BuilderText::tr("Opioid Risk Tool: %1.").arg(lv.ortResult));
        plan.items << proposed(u"rule:medication"_s, ItemKind::MedicationAdvice, text,
                               BuilderText::tr("Medication advice aligned with ACP 2017 and NICE NG59."), cites);
    }

    // An action for each present red flag.
    if (s) {
        for (const QString &flag : s->redFlagsPresent)
            plan.items << proposed(u"rule:red-flag:"_s + flag, ItemKind::RedFlagAction,
                                   BuilderText::tr("Red flag present: %1. Act as recorded in the red-flag screen.").arg(flag),
                                   s->redFlagsUnacknowledged.contains(flag)
                                       ? BuilderText::tr("Not yet acknowledged: the plan cannot be signed until it is.")
                                       : BuilderText::tr("Acknowledged with the action taken."),
                                   {kRedFlags});
    }

    // Imaging: not now, when the screen is complete and nothing was found.
    if (c.intake.imaging.isEmpty() && lv.redFlagScreenComplete && lv.redFlagsAllAbsent)
        plan.items << proposed(u"rule:imaging"_s, ItemKind::ImagingDeferred,
                               BuilderText::tr("No imaging now: it is unlikely to change management. Reconsider if "
                                               "red flags appear or symptoms persist or progress."),
                               BuilderText::tr("Complete red-flag screen with no red flag present."),
                               {kNiceImaging, kChoosingWisely});

    // Epidural steroid injection: the ESI criteria result.
    if (c.considerations.injectionConsidered && !injectionDeclined(c.decisions)) {
        const QString esiLine = c.esi ? c.esi->summaryLine() : BuilderText::tr("ESI criteria not checked");
        plan.items << proposed(u"rule:esi"_s, ItemKind::EpiduralInjection,
                               BuilderText::tr("Epidural steroid injection considered. %1.").arg(esiLine),
                               BuilderText::tr("An injection was considered in the Decision step."),
                               {kNiceEpidural, kIcsiEpidural, kEsiPolicies});
    }

    // Surgical referral, when the patient chose an operation.
    if (const auto choice = surgicalChoice(c.decisions)) {
        ReadinessInput in;
        in.asOf = c.visitDate;
        in.intake = c.intake;
        in.examination = c.examination;
        in.summary = s;
        in.fusionConsidered = choice->fusion;
        const ReadinessChecklist readiness = checkReadiness(in);
        plan.items << proposed(u"rule:surgical-referral"_s, choice->fusion ? ItemKind::FusionReferral : ItemKind::SurgicalReferral,
                               BuilderText::tr("Referral to a spine surgeon to discuss the chosen operation (%1). The "
                                               "prior-authorization summary goes with the referral: %2 of %3 "
                                               "documentation elements met.")
                                   .arg(choice->option)
                                   .arg(readiness.met())
                                   .arg(readiness.counted()),
                               BuilderText::tr("The patient's choice in the %1 decision aid.").arg(choice->aidId),
                               {kHealthPartners, kPaPacket});
    }

    // Behavioural-health follow-up.
    QStringList reasons;
    if (behaviouralConcern(s, &reasons)) {
        plan.items << proposed(u"rule:behavioural-health"_s, ItemKind::BehaviouralHealth,
                               BuilderText::tr("Behavioural-health follow-up, and psychologically informed care as part "
                                               "of the programme."),
                               BuilderText::tr("Because of: %1.").arg(reasons.join(u"; "_s)),
                               {kStratifiedPrompt, kNicePsych, kRedFlagRule11});
        plan.items << proposed(u"rule:request:behavioural-health"_s, ItemKind::RequestToPrimary,
                               BuilderText::tr("Please follow up the mood and anxiety screens (%1) and confirm who "
                                               "provides behavioural-health care.")
                                   .arg(reasons.join(u"; "_s)),
                               BuilderText::tr("The primary clinician usually coordinates this care."), {kStratifiedPrompt});
    }

    // Activity and work.
    plan.items << proposed(u"rule:activity"_s, ItemKind::Activity,
                           BuilderText::tr("Stay active and keep up usual activities as far as the pain allows."),
                           BuilderText::tr("Self-management advice at every step."), {kNiceSelfManagement});
    if (c.intake.workStatus == WorkStatus::OffWork || c.intake.workStatus == WorkStatus::ModifiedDuties)
        plan.items << proposed(u"rule:work"_s, ItemKind::Work,
                               BuilderText::tr("Agree a graded return to usual work duties with the patient and, with "
                                               "consent, the employer."),
                               BuilderText::tr("Work status: %1.").arg(workStatusLabel(c.intake.workStatus)),
                               {kIcsiCarePlan});

    // Follow-up and the questionnaires to repeat.
    if (duration == DurationClass::Acute || duration == DurationClass::Subacute) {
        plan.followUp = BuilderText::tr("in 2–3 weeks");
        plan.items << proposed(u"rule:follow-up"_s, ItemKind::FollowUp,
                               BuilderText::tr("Follow-up in 2–3 weeks; sooner if symptoms persist or progress."),
                               BuilderText::tr("Acute or subacute pain."), {kIcsiFollowUp});
    } else {
        plan.items << proposed(u"rule:follow-up"_s, ItemKind::FollowUp,
                               BuilderText::tr("Follow-up: agree the interval with the patient."),
                               BuilderText::tr("SpineDesk's guideline sources give no follow-up interval for chronic "
                                               "pain; the clinician sets it."),
                               {});
    }
    QStringList repeat;
    QStringList repeatIds;
    if (s)
        for (const InstrumentLine &l : s->instruments) {
            bool hasMcid = false;
            for (const ScaleLine &sl : l.scales)
                hasMcid = hasMcid || !sl.mcidCitation.isEmpty();
            if (l.complete && hasMcid) {
                repeat << l.title;
                repeatIds << l.instrumentId;
            }
        }
    if (!repeat.isEmpty())
        plan.items << proposed(u"rule:repeat-questionnaires"_s, ItemKind::RepeatQuestionnaires,
                               BuilderText::tr("Repeat at follow-up: %1. Each is compared with this visit's baseline "
                                               "and its minimal clinically important difference.")
                                   .arg(repeat.join(u", "_s)),
                               BuilderText::tr("Instruments with an MCID administered at this visit."), {kInstrumentsMcid});
    if (!repeat.isEmpty())
        plan.items.last().instrumentIds = repeatIds; // the follow-up visit's due list

    // The bottom line: diagnosis, plan, and what is asked of the referrer.
    QStringList diagnoses;
    for (const ProblemEntry &p : plan.problems)
        if (const DiagnosisDefinition *d = DiagnosisCatalogue::bundled().find(p.diagnosisId))
            diagnoses << d->label;
    QString bottom = diagnoses.isEmpty() ? BuilderText::tr("Back pain; working diagnosis to be confirmed.")
                                         : diagnoses.join(u"; "_s) + u'.';
    bottom += u' ' + BuilderText::tr("Duration: %1.").arg(durationClassLabel(duration));
    if (s && s->pathway)
        bottom += u' ' + BuilderText::tr("STarT Back %1 risk: %2").arg(s->pathway->stratum, s->pathway->treatment);
    const bool requests = std::any_of(plan.items.begin(), plan.items.end(),
                                      [](const PlanItem &i) { return i.kind == ItemKind::RequestToPrimary; });
    bottom += u' ' + (requests ? BuilderText::tr("Specific requests to you are listed below.")
                               : BuilderText::tr("No action is needed from you beyond usual care."));
    plan.bottomLine = bottom;
    return plan;
}

QStringList refreshProposed(TreatmentPlan &plan, const TreatmentPlan &proposal)
{
    QStringList updated;
    for (PlanItem &item : plan.items) {
        if (item.origin != ItemOrigin::Proposed || item.removed)
            continue;
        const PlanItem *now = proposal.item(item.id);
        if (!now || (now->kind == item.kind && now->text == item.text && now->rationale == item.rationale
                     && now->citations == item.citations && now->instrumentIds == item.instrumentIds))
            continue;
        const QList<KeptWarning> kept = item.keptWarnings;
        item = *now;
        item.keptWarnings = kept;
        updated << item.id;
    }
    return updated;
}

int mergeProposal(TreatmentPlan &plan, const TreatmentPlan &proposal)
{
    int added = 0;
    for (const PlanItem &i : proposal.items)
        if (!plan.item(i.id)) {
            plan.items << i;
            ++added;
        }
    if (plan.problems.isEmpty())
        plan.problems = proposal.problems;
    if (plan.bottomLine.trimmed().isEmpty())
        plan.bottomLine = proposal.bottomLine;
    if (plan.followUp.trimmed().isEmpty())
        plan.followUp = proposal.followUp;
    return added;
}

} // namespace SpineDesk::Plans
