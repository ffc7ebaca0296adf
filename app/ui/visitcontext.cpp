#include "ui/visitcontext.h"

#include "storage/decisionrepository.h"
#include "storage/examinationrepository.h"
#include "storage/intakerepository.h"

#include <QCoreApplication>

namespace SpineDesk {

namespace {
struct VisitContextText {
    Q_DECLARE_TR_FUNCTIONS(VisitContext)
};
} // namespace

void loadExaminationAndDecisions(const QSqlDatabase &db, qint64 visitId, VisitInputs &inputs)
{
    QString error;
    inputs.examination = ExaminationRepository(db).load(visitId, &error);
    if (!inputs.examination)
        inputs.errors << VisitContextText::tr("The examination cannot be read: %1").arg(error);
    error.clear();
    const auto decisions = DecisionRepository(db).forVisit(visitId, &error);
    inputs.decisions = decisions.value_or(QList<Aids::DecisionRecord>{});
    if (!decisions)
        inputs.errors << VisitContextText::tr("The decision records cannot be read: %1").arg(error);
}

VisitInputs loadVisitInputs(const QSqlDatabase &db, qint64 visitId)
{
    VisitInputs in;
    in.intake = IntakeRepository(db).load(visitId);
    loadExaminationAndDecisions(db, visitId, in);
    QString error;
    const auto considerations = DecisionRepository(db).considerations(visitId, &error);
    in.considerations = considerations.value_or(TreatmentConsiderations{});
    if (!considerations)
        in.errors << VisitContextText::tr("What is being considered cannot be read: %1").arg(error);
    return in;
}

EsiInput esiInput(const Visit &visit, const VisitInputs &inputs, const AssessmentSummary *summary)
{
    EsiInput in;
    in.asOf = visit.visitDate;
    in.intake = inputs.intake;
    in.examination = inputs.examination;
    in.summary = summary;
    in.decisions = inputs.decisions;
    in.considerations = inputs.considerations;
    return in;
}

Plans::PlanContext planContext(const Visit &visit, const VisitInputs &inputs, const AssessmentSummary *summary,
                               const QList<Plans::ProblemEntry> &problems)
{
    Plans::PlanContext c;
    c.visitDate = visit.visitDate;
    c.intake = inputs.intake;
    c.examination = inputs.examination;
    c.summary = summary;
    c.decisions = inputs.decisions;
    c.considerations = inputs.considerations;
    if (inputs.considerations.injectionConsidered)
        c.esi = checkEsiCriteria(esiInput(visit, inputs, summary));
    c.problems = problems;
    c.visitKind = visit.kind;
    return c;
}

} // namespace SpineDesk
