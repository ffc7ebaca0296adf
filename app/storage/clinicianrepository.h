#pragma once

#include "core/clinician.h"
#include "storage/storageresult.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace SpineDesk {

class ClinicianRepository
{
public:
    explicit ClinicianRepository(QSqlDatabase db, qint64 actorId = 0);
    SaveResult create(Clinician &c);
    std::optional<Clinician> find(qint64 id) const;
    QList<Clinician> list(bool activeOnly = true) const;

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
