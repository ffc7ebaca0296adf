#include "core/outcomes/episodefacts.h"

#include "core/esicriteria.h"
#include "core/plan/lowvaluecare.h"

using namespace Qt::StringLiterals;

namespace SpineDesk::Outcomes {

namespace {
bool hasActive(const Plans::TreatmentPlan &plan, Plans::ItemKind kind)
{
    const QList<Plans::PlanItem> items = plan.activeItems();
    return std::any_of(items.begin(), items.end(), [kind](const Plans::PlanItem &i) { return i.kind == kind; });
}
} // namespace

PlanFacts planFacts(const VisitDossier &d)
{
    PlanFacts p;
    p.date = d.visit.visitDate;
    if (!d.plan)
        return p;
    const Plans::TreatmentPlan &plan = *d.plan;
    p.surgicalReferral = hasActive(plan, Plans::ItemKind::SurgicalReferral);
    p.fusionReferral = hasActive(plan, Plans::ItemKind::FusionReferral);
    p.epidural = hasActive(plan, Plans::ItemKind::EpiduralInjection);
    if (p.epidural) {
        const EsiCheck check = d.esi ? *d.esi : checkEsiCriteria(d.esiInput());
        // Missing data is never "met" (esi-and-authorization.md §4).
        p.esiCriteriaMet = check.counted() > 0 && check.met() == check.counted();
    }
    for (const Plans::LowValueWarning &w : Plans::checkPlan(plan, Plans::lowValueContext(d.planContext())))
        if (!p.lowValueCodes.contains(w.code))
            p.lowValueCodes << w.code;
    return p;
}

void addSignedVisit(EpisodeFacts &f, const VisitDossier &d)
{
    const bool first = !f.firstVisit.isValid();
    if (first) {
        f.episodeId = d.visit.episodeId;
        f.patientId = d.visit.patientId;
        f.firstVisit = d.visit.visitDate;
        f.firstVisitKind = d.visit.kind;
        f.clinicianId = d.visit.clinicianId;
        if (d.referral)
            f.referralReceived = d.referral->receivedDate;
        if (d.summary.pathway)
            f.stratum = d.summary.pathway->stratum;
        f.duration = d.summary.duration;
        if (d.intake.onsetDate.isValid() && d.intake.onsetDate <= d.visit.visitDate)
            f.episodeDaysAtFirstVisit = int(d.intake.onsetDate.daysTo(d.visit.visitDate));
        if (d.plan)
            for (const Plans::ProblemEntry &p : d.plan->problems)
                if (!p.diagnosisId.isEmpty() && !f.conditions.contains(p.diagnosisId))
                    f.conditions << p.diagnosisId;
        f.nonSpecificLbp = Plans::lowValueContext(d.planContext()).nonSpecificLbp;
        f.firstPlanSigned = d.plan.has_value() && d.planSigned;
    }
    if (d.visit.kind == VisitKind::FollowUp && !first)
        ++f.followUpVisits;
    for (const InstrumentLine &line : d.summary.instruments) {
        if (!line.complete)
            continue;
        for (const ScaleLine &s : line.scales)
            if (s.scaleId == u"total" && s.value) {
                f.scores[line.instrumentId] << ScorePoint{d.visit.visitDate, *s.value}; // the visit is the time point
                break;
            }
    }
    // PHQ-9's only item alert is item 9 (self-harm); an acknowledgement records the action.
    for (const QString &key : d.summary.openAlerts)
        if (key.startsWith(u"phq9:"))
            f.safetyAlerts << SafetyAlert{d.visit.visitDate, false};
    for (const QString &key : d.summary.acknowledgedAlerts)
        if (key.startsWith(u"phq9:"))
            f.safetyAlerts << SafetyAlert{d.visit.visitDate, true};
    if (d.plan && d.planSigned)
        f.plans << planFacts(d);
}

} // namespace SpineDesk::Outcomes
