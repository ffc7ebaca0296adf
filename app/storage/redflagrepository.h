#pragma once

#include "core/redflags.h"
#include "core/yellowflags.h"
#include "storage/storageresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace SpineDesk {

// One visit's row in red_flag_screens. The yellow-flag checklist lives in the same JSON as
// the red-flag screen: both are asked at the Assessment step, are re-asked at every visit,
// and are saved together under one row_version.
struct FlagScreenRecord {
    qint64 id = 0;
    qint64 visitId = 0;
    RedFlagScreen redFlags;
    YellowFlags yellowFlags;
    int rowVersion = 0;
};

class RedFlagRepository
{
    Q_DECLARE_TR_FUNCTIONS(RedFlagRepository)
public:
    explicit RedFlagRepository(QSqlDatabase db, qint64 actorId = 0);

    // A screen never saved comes back with rowVersion 0: every item not assessed, with the
    // dates of flags present at the episode's previous screened visit carried (rule 8).
    // Stored data that cannot be read gives nullopt and the reason, so that nothing
    // overwrites it by accident.
    std::optional<FlagScreenRecord> load(qint64 visitId, QString *error = nullptr) const;
    // In one transaction; a conflict or a signed visit changes nothing. Acknowledgements are
    // a record: saved ones cannot be changed or removed, and each new one is audited.
    SaveResult save(FlagScreenRecord &record);

private:
    std::optional<RedFlagScreen> previousScreen(qint64 visitId) const;
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
