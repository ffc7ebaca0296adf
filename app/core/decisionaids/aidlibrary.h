#pragma once

#include "core/decisionaids/aid.h"
#include "core/decisionaids/evidence.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk::Aids {

// One aid as the program sees it: usable, or unavailable with its errors (its own and its
// checklist's).
struct AidEntry {
    QString id;
    QString file;
    std::optional<DecisionAid> aid;
    QStringList errors;
    bool available() const { return aid.has_value() && errors.isEmpty(); }
};

class AidLibrary
{
public:
    static QString bundledDirectory() { return QStringLiteral(":/content/decision-aids"); }

    // Reads the registry and every <id>.json (with its <id>.checklist.json) in `directory`.
    // A bad file never stops the rest; a bad registry makes every aid unavailable.
    static AidLibrary load(const QString &directory = bundledDirectory(),
                           const QString &registryPath = EvidenceRegistry::bundledPath());

    const QList<AidEntry> &entries() const { return m_entries; }
    const DecisionAid *find(const QString &id) const; // available aids only
    const EvidenceRegistry &registry() const { return m_registry; }
    const QStringList &registryErrors() const { return m_registryErrors; }

private:
    QList<AidEntry> m_entries;
    EvidenceRegistry m_registry;
    QStringList m_registryErrors;
};

} // namespace SpineDesk::Aids
