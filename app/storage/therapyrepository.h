#pragma once

#include "core/therapy/therapyrecord.h"
#include "storage/storageresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace SpineDesk {

// The physical therapist's part of a visit (issue 6): one JSON document per visit in
// therapy_records. Saves are row-versioned, transactional and audited; a signed visit's
// record is refused (the database refuses it too).
class TherapyRepository
{
    Q_DECLARE_TR_FUNCTIONS(TherapyRepository)
public:
    explicit TherapyRepository(QSqlDatabase db, qint64 actorId = 0);

    // An empty record (rowVersion 0) for a visit without one; nullopt with the reason when the
    // stored document cannot be read.
    std::optional<Therapy::TherapyRecord> load(qint64 visitId, QString *error = nullptr) const;
    SaveResult save(Therapy::TherapyRecord &record);

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
