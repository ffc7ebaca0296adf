#pragma once

#include "core/visitdossier.h"

#include <QSqlDatabase>
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

} // namespace SpineDesk
