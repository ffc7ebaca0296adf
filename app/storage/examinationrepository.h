#pragma once

#include "core/examination.h"
#include "storage/storageresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace SpineDesk {

class ExaminationRepository
{
    Q_DECLARE_TR_FUNCTIONS(ExaminationRepository)
public:
    explicit ExaminationRepository(QSqlDatabase db, qint64 actorId = 0);
    // An examination never saved comes back empty with rowVersion 0. Stored data that cannot
    // be read gives nullopt and the reason, so that nothing overwrites it by accident.
    std::optional<Examination> load(qint64 visitId, QString *error = nullptr) const;
    // Refuses an examination that does not validate; a conflict or a signed visit changes nothing.
    SaveResult save(Examination &exam);

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
