#pragma once

#include "core/assessmentsummary.h"
#include "core/decisionaids/considerations.h"
#include "core/decisionaids/record.h"
#include "core/esicriteria.h"
#include "core/examination.h"
#include "core/intake.h"
#include "core/plan/planbuilder.h"
#include "core/visit.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace SpineDesk {

// What the Decision and Plan steps read from the steps before them, as stored (DESIGN.md: each
// step reads what the earlier steps stored). The assessment summary is the Assessment step's.
struct VisitInputs {
    Intake intake;
    std::optional<Examination> examination; // never saved: an empty one; unreadable: nullopt
    QList<Aids::DecisionRecord> decisions;
    TreatmentConsiderations considerations;
    QStringList errors; // parts that could not be read: said on the page, never skipped
};

VisitInputs loadVisitInputs(const QSqlDatabase &db, qint64 visitId);
// Only the examination and the decision records (the Decision page has the rest on screen).
void loadExaminationAndDecisions(const QSqlDatabase &db, qint64 visitId, VisitInputs &inputs);

// The ESI criteria check's input; `summary` must outlive it.
EsiInput esiInput(const Visit &visit, const VisitInputs &inputs, const AssessmentSummary *summary);

// The plan's context; `summary` must outlive it. The ESI check is included when an injection
// is considered; `problems` is the problem list as it stands (empty: none yet).
Plans::PlanContext planContext(const Visit &visit, const VisitInputs &inputs, const AssessmentSummary *summary,
                               const QList<Plans::ProblemEntry> &problems);

} // namespace SpineDesk
