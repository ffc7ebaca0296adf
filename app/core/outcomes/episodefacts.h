#pragma once

#include "core/outcomes/outcomemeasures.h"
#include "core/visitdossier.h"

namespace SpineDesk::Outcomes {

// Adds one signed visit of the episode, oldest first; the first one added is the episode's
// first visit (referral, clinician, stratum, duration, diagnoses, baseline). Storage passes
// the dossiers it loads; the demo writer fills the parts it generated. The dossier's current
// plan counts only when signed; its low-value advisories are checked in the visit's context.
void addSignedVisit(EpisodeFacts &facts, const VisitDossier &dossier);

// What a signed plan recommends, as the measures count it.
PlanFacts planFacts(const VisitDossier &dossier);

} // namespace SpineDesk::Outcomes
