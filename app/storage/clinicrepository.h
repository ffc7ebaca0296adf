#pragma once

#include "core/clinic.h"
#include "storage/storageresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace SpineDesk {

// The clinic's letterhead (one row). Row-versioned and audited like every editable record.
class ClinicRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClinicRepository)
public:
    explicit ClinicRepository(QSqlDatabase db, qint64 actorId = 0);
    ClinicProfile load() const; // empty profile (rowVersion 0) when none was saved
    SaveResult save(ClinicProfile &profile);

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
