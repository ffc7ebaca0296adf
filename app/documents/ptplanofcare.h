#pragma once

#include "core/visitdossier.h"
#include "documents/pagedocument.h"
#include "documents/visitdocuments.h"

#include <QStringList>

namespace SpineDesk {

// The physical-therapy plan of care sent to the referring clinician for certification
// (pathways.md §6.4, letter-and-handouts.md §7): the evaluation summary, the diagnoses, the
// long-term functional goals with dates, the type, amount, frequency and duration of therapy,
// the same-day first session, the home programme, hand-overs to the physiatrist, the
// therapist's signature, and a certification block the referring clinician signs and returns
// (or the return as recorded). A plan that lacks a required element prints what is missing in
// an "Incomplete" box at the top. In the clinic's working language, like the letter.
QStringList ptPlanSectionTitles(bool withHandovers); // in print order
bool buildPtPlanOfCare(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request, QString *error);

} // namespace SpineDesk
