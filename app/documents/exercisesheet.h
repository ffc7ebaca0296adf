#pragma once

#include "core/visitdossier.h"
#include "documents/pagedocument.h"
#include "documents/visitdocuments.h"

#include <QColor>

namespace SpineDesk {

// The patient's home exercise programme (letter-and-handouts.md §4.2 and §4.3), printed large
// and clear: first "When to stop and call" (the programme's cautions, the clinic's phone),
// then each exercise on one page (never split), its picture beside the numbered steps, the
// dose in bold, the therapist's note for this patient and how to progress; then how to reach
// the clinic, and at the foot, in small type, which exercise texts are not yet reviewed.
// Body 14 pt, 18 pt with request.largePrint. English only for now: other languages refuse.
// An exercise id the library does not know refuses, naming the id.
bool buildExerciseSheet(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request, QString *error);

// The colour the exercise pictures are drawn in (a dark blue that prints as near-black).
QColor exercisePictureColor();

} // namespace SpineDesk
