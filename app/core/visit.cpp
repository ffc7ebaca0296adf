#include "core/visit.h"

#include "core/codes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

QString visitKindCode(VisitKind kind)
{
    switch (kind) {
    case VisitKind::Initial: return u"initial"_s;
    case VisitKind::FollowUp: return u"follow-up"_s;
    case VisitKind::PhysicalTherapy: break;
    }
    return u"pt"_s;
}

std::optional<VisitKind> visitKindFromCode(QStringView code)
{
    return fromCode<VisitKind>({VisitKind::Initial, VisitKind::FollowUp, VisitKind::PhysicalTherapy}, visitKindCode, code);
}

QString visitKindLabel(VisitKind kind)
{
    switch (kind) {
    case VisitKind::Initial: return QCoreApplication::translate("SpineDesk::Visit", "Initial spine-specialist visit");
    case VisitKind::FollowUp: return QCoreApplication::translate("SpineDesk::Visit", "Follow-up visit");
    case VisitKind::PhysicalTherapy: break;
    }
    return QCoreApplication::translate("SpineDesk::Visit", "Physical-therapy first visit");
}

QString visitStatusCode(VisitStatus status)
{
    return status == VisitStatus::Signed ? u"signed"_s : u"draft"_s;
}

std::optional<VisitStatus> visitStatusFromCode(QStringView code)
{
    if (code == u"draft")
        return VisitStatus::Draft;
    if (code == u"signed")
        return VisitStatus::Signed;
    return std::nullopt;
}

QString visitStatusLabel(VisitStatus status)
{
    return status == VisitStatus::Signed ? QCoreApplication::translate("SpineDesk::Visit", "Signed")
                                         : QCoreApplication::translate("SpineDesk::Visit", "Draft");
}

QList<WorkflowStep> workflowSteps()
{
    return {WorkflowStep::Intake, WorkflowStep::Assessment, WorkflowStep::Examination,
            WorkflowStep::Decision, WorkflowStep::Plan, WorkflowStep::Documents};
}

QList<WorkflowStep> workflowSteps(VisitKind kind)
{
    QList<WorkflowStep> steps = workflowSteps();
    if (kind == VisitKind::PhysicalTherapy)
        steps.insert(steps.indexOf(WorkflowStep::Examination) + 1, WorkflowStep::Therapy);
    return steps;
}

QString workflowStepLabel(WorkflowStep step)
{
    switch (step) {
    case WorkflowStep::Intake: return QCoreApplication::translate("SpineDesk::Visit", "Intake");
    case WorkflowStep::Assessment: return QCoreApplication::translate("SpineDesk::Visit", "Assessment");
    case WorkflowStep::Examination: return QCoreApplication::translate("SpineDesk::Visit", "Examination");
    case WorkflowStep::Decision: return QCoreApplication::translate("SpineDesk::Visit", "Decision");
    case WorkflowStep::Therapy: return QCoreApplication::translate("SpineDesk::Visit", "Therapy and home exercises");
    case WorkflowStep::Plan: return QCoreApplication::translate("SpineDesk::Visit", "Plan");
    case WorkflowStep::Documents: break;
    }
    return QCoreApplication::translate("SpineDesk::Visit", "Documents");
}

bool workflowStepAvailable(WorkflowStep step)
{
    // Later issues register their steps here as they land.
    return step == WorkflowStep::Intake || step == WorkflowStep::Assessment || step == WorkflowStep::Examination
        || step == WorkflowStep::Therapy || step == WorkflowStep::Decision || step == WorkflowStep::Plan
        || step == WorkflowStep::Documents;
}

} // namespace SpineDesk
