#pragma once

#include "core/instruments/definition.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace SpineDesk::Instruments {

// Parses and checks one definition. Errors read "FILE: JSON.PATH: message"; any error
// means no definition. `fileName` is used in messages and must match the id.
struct LoadResult {
    std::optional<Definition> definition;
    QStringList errors;
};

LoadResult parseDefinition(const QByteArray &json, const QString &fileName);
LoadResult loadDefinitionFile(const QString &path);

} // namespace SpineDesk::Instruments
