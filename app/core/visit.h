#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace SpineDesk {

enum class VisitKind { Initial, FollowUp, PhysicalTherapy };
QString visitKindCode(VisitKind kind); // "initial", "follow-up", "pt" (command line and database)
std::optional<VisitKind> visitKindFromCode(QStringView code);
QString visitKindLabel(VisitKind kind);

enum class VisitStatus { Draft, Signed };
QString visitStatusCode(VisitStatus status);
std::optional<VisitStatus> visitStatusFromCode(QStringView code);
QString visitStatusLabel(VisitStatus status);

// One back-pain episode of care; outcomes are tracked per episode, not per visit.
struct Episode {
    qint64 id = 0;
    qint64 patientId = 0;
    QString title;     // e.g. "Low back pain with left leg pain"
    QDate startDate;   // when the episode was opened at the spine center
    bool closed = false;
    int rowVersion = 0;
};

struct Visit {
    qint64 id = 0;
    qint64 episodeId = 0;
    qint64 patientId = 0;
    VisitKind kind = VisitKind::Initial;
    VisitStatus status = VisitStatus::Draft;
    QDate visitDate;
    qint64 clinicianId = 0;
    qint64 signedBy = 0;
    QDateTime signedAt;
    int rowVersion = 0;

    bool isSigned() const { return status == VisitStatus::Signed; }
};

// A dated change to a signed visit; the signed record itself never changes.
struct Addendum {
    qint64 id = 0;
    qint64 visitId = 0;
    qint64 authorId = 0;
    QDateTime createdAt;
    QString text;
};

// The ordered steps of a visit. Each step is registered by the issue that builds it.
enum class WorkflowStep { Intake, Assessment, Examination, Therapy, Decision, Plan, Documents };
// The steps of an initial or follow-up visit.
QList<WorkflowStep> workflowSteps();
// A physical-therapy first visit adds the Therapy step (movement testing, classification, first
// session, plan of care, home exercises) after the examination (issue 6).
QList<WorkflowStep> workflowSteps(VisitKind kind);
QString workflowStepLabel(WorkflowStep step);
bool workflowStepAvailable(WorkflowStep step); // built in this version?

} // namespace SpineDesk
