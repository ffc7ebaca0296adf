#pragma once

#include "core/assessmentsummary.h"
#include "core/examination.h"
#include "core/intake.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace SpineDesk::Plans {

enum class ReadinessStatus { Met, NotMet, NotDocumented, NotApplicable };
QString readinessStatusCode(ReadinessStatus s);
QString readinessStatusLabel(ReadinessStatus s);

// One element of a surgeon's prior-authorization packet (esi-and-authorization.md §5.2),
// judged from what the spine-center visit recorded. SpineDesk reports which documented
// elements are met; it never says a request "will be approved".
struct ReadinessElement {
    QString id;      // "concordant-imaging", "imaging-age", "neuro-exam", "severity-scores",
                     // "conservative-care", "active-pt", "nicotine", "behavioural-health", "red-flag-exception"
    QString title;
    ReadinessStatus status = ReadinessStatus::NotDocumented;
    QString detail;  // e.g. "8 weeks, 12 sessions attended"
    QString source;  // the policy family, with tag
};

struct ReadinessInput {
    QDate asOf;                       // the visit date (or the date of the summary)
    Intake intake;
    std::optional<Examination> examination;
    const AssessmentSummary *summary = nullptr;
    bool fusionConsidered = false;    // fusion rules: imaging ≤ 6 months, ≥ 3 months of care, nicotine
};

struct ReadinessChecklist {
    QList<ReadinessElement> elements;
    int met() const;
    int counted() const; // not "not applicable"
};

ReadinessChecklist checkReadiness(const ReadinessInput &in);

// Whole months between two dates (the imaging age the PA summary prints).
int monthsBetween(QDate from, QDate to);

} // namespace SpineDesk::Plans
