#pragma once

#include "core/redflags.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace SpineDesk::Plans {
struct TreatmentPlan;
}

namespace SpineDesk::Therapy {

// Handing a patient over from the physical therapist to the physiatrist (issue 6): a task on
// the patient's chart, listed in the main window until a physiatrist records what was done.

enum class HandoverReason { RedFlag, ProgressiveNeurology, InjectionQuestion, SurgeryQuestion, Other };
QList<HandoverReason> handoverReasons();
QString handoverReasonCode(HandoverReason r); // "red-flag", "progressive-neurology", "injection-question", "surgery-question", "other"
std::optional<HandoverReason> handoverReasonFromCode(QStringView code);
QString handoverReasonLabel(HandoverReason r);

struct HandoverTask {
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 visitId = 0;
    HandoverReason reason = HandoverReason::Other;
    QString source;         // the red-flag condition id it answers; empty otherwise
    QString detail;         // what the physiatrist needs to know, incl. the action already taken
    qint64 assigneeId = 0;  // a physiatrist, or 0: any physiatrist
    qint64 createdBy = 0;
    QDateTime createdAt;
    bool done = false;
    qint64 doneBy = 0;
    QDateTime doneAt;
    QString outcome;        // what the physiatrist did
    int rowVersion = 0;
};

// A hand-over the record calls for. Required ones block signing a PT visit until a task
// exists (red flags: a red flag hands the patient to the physiatrist); suggested ones are
// offered with their reason.
struct HandoverNeed {
    HandoverReason reason = HandoverReason::Other;
    QString source;    // red-flag condition id, or the plan item id that raised it
    QString detail;    // proposed task text (condition, present items, the action recorded)
    bool required = false;
};

// Red flags: one required need per condition that needs action (urgency soon or above,
// red-flags.md rule 4), its text naming the present items and the recorded action. Progressive
// neurological deficit is a red-flag condition, so it arrives the same way and is labelled
// ProgressiveNeurology. A plan item that only a physician can carry out (an injection or a
// surgical referral) gives a suggested need.
QList<HandoverNeed> handoverNeeds(const RedFlagChecklist &checklist, const RedFlagScreen &screen,
                                  const Plans::TreatmentPlan *plan, const QString &lang = QString());
// The required needs that no task (open or done) of this visit answers yet.
QList<HandoverNeed> unmetHandovers(const QList<HandoverNeed> &needs, const QList<HandoverTask> &tasks);

} // namespace SpineDesk::Therapy
