#pragma once

#include "core/assessmentsummary.h"
#include "core/decisionaids/considerations.h"
#include "core/decisionaids/record.h"
#include "core/esicriteria.h"
#include "core/examination.h"
#include "core/intake.h"
#include "core/plan/lowvaluecare.h"
#include "core/plan/plan.h"
#include "core/visit.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace SpineDesk::Plans {

// Everything the plan is proposed from: the assessment and the decision (DESIGN.md: data
// flows one way; the plan reads what earlier steps stored).
struct PlanContext {
    QDate visitDate;
    Intake intake;
    std::optional<Examination> examination;
    const AssessmentSummary *summary = nullptr;
    QList<Aids::DecisionRecord> decisions;
    TreatmentConsiderations considerations;
    std::optional<EsiCheck> esi;           // when an injection is considered
    QList<ProblemEntry> problems;          // the problem list as it stands
    // A physical therapist's plan proposes no medicine (that is for the physiatrist or the
    // primary clinician); injection and surgery items become hand-over questions (issue 6).
    VisitKind visitKind = VisitKind::Initial;
};

// The problem list proposed from imaging, pain pattern, claudication and the screens
// (psychosocial contributors are listed too, without codes).
QList<ProblemEntry> proposeProblems(const PlanContext &context);

// The proposed plan: every rule below adds its item with its rationale and citation.
//  rule:pathway           STarT Back matched package (pathways.md §1; NICE NG59 1.1.3)
//  rule:non-drug          first-line non-drug care by duration (ACP 2017 rec. 1/2; NICE NG59)
//  rule:medication        medication advice (ACP 2017; NICE NG59; opioids: ORT result shown)
//  rule:red-flag:<item>   an action for each present red flag (red-flags.md)
//  rule:imaging           imaging deferred without red flags (NICE 1.1.5/1.1.6; Choosing Wisely)
//  rule:esi               the ESI criteria result when an injection is considered
//  rule:surgical-referral surgical referral with the PA readiness checklist, when chosen
//  rule:behavioural-health PHQ-9/GAD-7 moderate or worse, self-harm alert, or yellow flags
//  rule:activity, rule:work, rule:follow-up, rule:repeat-questionnaires
TreatmentPlan proposePlan(const PlanContext &context);

// Adds newly proposed items the clinician has not seen (by id) to an existing plan, keeping
// every edit and removal; returns how many were added.
int mergeProposal(TreatmentPlan &plan, const TreatmentPlan &proposal);

// Brings items still as proposed (not edited, not removed) up to date with a new proposal,
// e.g. after a score or an acknowledgement was recorded; kept warnings stay. Returns their ids.
QStringList refreshProposed(TreatmentPlan &plan, const TreatmentPlan &proposal);

// The checks' view of this context.
LowValueContext lowValueContext(const PlanContext &context);

} // namespace SpineDesk::Plans
