#pragma once

#include "core/visitdossier.h"
#include "documents/pagedocument.h"
#include "documents/visitdocuments.h"

namespace SpineDesk {

// The short letter to the primary clinician after a follow-up visit (issue 7), 1–2 pages in
// the clinic's working language (letter-and-handouts.md §5 rule 3): what is followed up, each
// measure against the episode's baseline with the MCID reached (by which threshold) or not and
// unverified thresholds marked (instruments.md §17), the trend charts as vector graphics, what
// changed in the plan since the episode's earlier signed plan, the next follow-up, requests,
// the safety net and the signature (DRAFT until signed).
QStringList followUpLetterSectionTitles(); // in print order
bool buildFollowUpLetter(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request, QString *error);

// Whether a letter for this dossier is the follow-up letter: a follow-up visit in an episode
// with an earlier signed plan (without one, the full letter says everything from the start).
bool usesFollowUpLetter(const VisitDossier &dossier);

} // namespace SpineDesk
