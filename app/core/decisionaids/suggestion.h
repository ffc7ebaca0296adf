#pragma once

#include "core/decisionaids/considerations.h"
#include "core/durationclass.h"
#include "core/intake.h"

#include <QList>
#include <QString>

namespace SpineDesk::Aids {

// Which aid to offer, from the assessment (issue 4, "Offering the right aid"). The reasons
// are shown with the suggestion; the clinician can open any aid regardless.
struct AidSuggestion {
    QString aidId;
    QString reason;
};

struct SuggestionInput {
    PainDominance dominance = PainDominance::NotRecorded;
    DurationClass duration = DurationClass::Unknown;
    QList<ImagingStudy> imaging;
    TreatmentConsiderations considerations;
};

QList<AidSuggestion> suggestAids(const SuggestionInput &input);

} // namespace SpineDesk::Aids
