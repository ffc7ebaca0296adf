#pragma once

// Declarations agreed between the documents dispatcher (visitdocuments.cpp) and the handout
// builder, which owns this file and handout.cpp. libraryHandouts() (visitdocuments.h) is
// implemented in handout.cpp as well.

#include "core/handoutcontent.h"
#include "core/visitdossier.h"
#include "documents/pagedocument.h"
#include "documents/visitdocuments.h"

namespace SpineDesk {

// The patient's visit handout (letter-and-handouts.md §4.3), in request.language, large print
// when request.largePrint. The PageDocument arrives with the common setup (clinic letterhead,
// patient identifiers, document id, DRAFT, language, base size 12 or 16 pt); the builder may
// change it with PageDocument::setSetup() before adding content.
bool buildVisitHandout(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request, QString *error);

// A standalone handout from resources/handouts/<lang>/<request.libraryHandoutId>.md; false
// with `error` set when that handout does not exist.
bool buildLibraryHandout(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request, QString *error);

// Both take their wording and the page furniture in request.language (refusals stay in the
// program's language, for the clinician). A translation whose source revision is older than the
// English file's is refused as out of date; one not yet reviewed by a qualified medical
// translator prints with Handouts::pendingTranslationNotice() on every page (issue 8).
// The same from another handout library than the bundled one (tests).
bool buildVisitHandout(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request,
                       const Handouts::HandoutLibrary &library, QString *error);
bool buildLibraryHandout(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request,
                         const Handouts::HandoutLibrary &library, QString *error);

} // namespace SpineDesk
