#pragma once

#include "core/assessmentsummary.h"
#include "core/decisionaids/considerations.h"
#include "core/decisionaids/record.h"
#include "core/examination.h"
#include "core/intake.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace SpineDesk {

// The epidural steroid injection check (esi-and-authorization.md §4, the "strictest" rule
// set): each criterion met, not met or not documented, with the data it was judged on.
// SpineDesk never says an injection "is approved"; missing data is never "met".
enum class CriterionStatus { Met, NotMet, NotDocumented, NotApplicable, Advisory };
QString criterionStatusCode(CriterionStatus s); // "met", "not-met", "not-documented", "not-applicable", "advisory"
QString criterionStatusLabel(CriterionStatus s);

struct EsiCriterion {
    QString code;    // "E1" … "E16"
    QString title;
    CriterionStatus status = CriterionStatus::NotDocumented;
    QString detail;  // the data it was judged on
    QString sources; // the policies the value comes from
};

struct EsiInput {
    QDate asOf; // the visit date
    Intake intake;
    std::optional<Examination> examination;
    const AssessmentSummary *summary = nullptr; // baselines, alerts and red-flag screen
    QList<Aids::DecisionRecord> decisions;
    TreatmentConsiderations considerations;
};

struct EsiCheck {
    QList<EsiCriterion> criteria;
    int met() const;
    int counted() const; // criteria that are neither advisory nor not applicable
    QStringList codes(CriterionStatus s) const;
    // "ESI criteria: 11 of 14 met; not met: E6; not documented: E8, E14" (for the letter).
    QString summaryLine() const;
};

EsiCheck checkEsiCriteria(const EsiInput &input);

// Entries the checks recognise in free-text history (English labels and their translations).
bool isPhysicalTherapy(const QString &modality);
bool isEpiduralInjection(const QString &type);
bool isCrossSectionalImaging(const QString &modality); // MRI or CT

} // namespace SpineDesk
