#pragma once

#include "core/visitdossier.h"

#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace SpineDesk {

namespace Instruments {
class Library;
}

// Gathers everything one visit's documents and exports are made from (storage loads; the
// renderers and the FHIR export query nothing). nullopt with the reason when the visit does
// not exist or a part of it cannot be read; the audit log records the view.
std::optional<VisitDossier> loadVisitDossier(const QSqlDatabase &db, const Instruments::Library &instruments,
                                             qint64 visitId, QString *error, qint64 actorId = 0);

// The same for one document: the texts the loader works out (the red-flag screen's status, the
// ESI and PA-readiness criteria and their details) come out in the document's language, which
// `languageOf` decides from the dossier (visitDocumentLanguage). When that is not the program's
// language the dossier is read again inside a TextLanguage scope (main thread only), so a
// Spanish letter printed from an English window has no English sentence in it. One audited view.
std::optional<VisitDossier> loadVisitDossierFor(const std::function<QString(const VisitDossier &)> &languageOf,
                                                const QSqlDatabase &db, const Instruments::Library &instruments,
                                                qint64 visitId, QString *error, qint64 actorId = 0);

} // namespace SpineDesk
