#pragma once

#include "core/decisionaids/aid.h"
#include "core/decisionaids/evidence.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace SpineDesk::Aids {

struct AidLoadResult {
    std::optional<DecisionAid> aid;
    QStringList errors; // "FILE: JSON.PATH: message"; any error means no aid
};

// Parses one aid and checks it against the evidence registry (the number rule in
// resources/decision-aids/README.md). `fileName` is used in messages and must match the id.
AidLoadResult parseAid(const QByteArray &json, const QString &fileName, const EvidenceRegistry &registry);
AidLoadResult loadAidFile(const QString &path, const EvidenceRegistry &registry);

} // namespace SpineDesk::Aids
