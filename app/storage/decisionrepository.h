#pragma once

#include "core/decisionaids/considerations.h"
#include "core/decisionaids/record.h"
#include "storage/storageresult.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace SpineDesk {

// Decision records (one per aid per visit) and the visit's treatment considerations.
// Saves are transactional, row-versioned and audited; a signed visit refuses them.
class DecisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(DecisionRepository)
public:
    explicit DecisionRepository(QSqlDatabase db, qint64 actorId = 0);

    // The visit's records in the order they were first saved. A stored record that cannot
    // be read gives nullopt and the reason; nothing is overwritten by accident.
    std::optional<QList<Aids::DecisionRecord>> forVisit(qint64 visitId, QString *error = nullptr) const;
    // The record for one aid, or a fresh one (rowVersion 0) when none was saved.
    std::optional<Aids::DecisionRecord> load(qint64 visitId, const QString &aidId, QString *error = nullptr) const;
    // Inserts (rowVersion 0) or updates; sets id, rowVersion, recordedBy and recordedAt.
    SaveResult save(Aids::DecisionRecord &record);

    std::optional<TreatmentConsiderations> considerations(qint64 visitId, QString *error = nullptr) const;
    SaveResult saveConsiderations(TreatmentConsiderations &c);

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
