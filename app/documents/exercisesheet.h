#pragma once

#include "core/handoutcontent.h"
#include "core/therapy/exerciselibrary.h"
#include "core/visitdossier.h"
#include "documents/pagedocument.h"
#include "documents/visitdocuments.h"

#include <QColor>

namespace SpineDesk {

// The patient's home exercise programme (letter-and-handouts.md §4.2 and §4.3), printed large
// and clear: first "When to stop and call" (the programme's cautions, the clinic's phone),
// then each exercise on one page (never split; its pictures shrink before it would), its
// pictures above the numbered steps, the dose in bold, the therapist's note for this patient and
// how to progress (these two may go overleaf only when even small pictures leave no room, e.g. a
// long note in large print); then how to reach
// the clinic, and at the foot, in small type, which exercise texts are not yet reviewed.
// Body 14 pt, 18 pt with request.largePrint. In request.language: the fixed wording from
// resources/handouts/<lang>/exercise-sheet.md, each exercise's text in that language, the page
// furniture through TextLanguage; refusals (for the clinician) in the program's language. An
// exercise without a current text in that language refuses, naming it; a translation not yet
// reviewed by a qualified medical translator prints with Handouts::pendingTranslationNotice()
// on every page (issue 8). An exercise id the library does not know refuses, naming the id.
bool buildExerciseSheet(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request, QString *error);
// The same from other libraries than the bundled ones (tests).
bool buildExerciseSheet(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request,
                        const Therapy::ExerciseLibrary &library, const Handouts::HandoutLibrary &handouts, QString *error);

// The colour the exercise pictures are drawn in (a dark blue that prints as near-black).
QColor exercisePictureColor();

} // namespace SpineDesk
