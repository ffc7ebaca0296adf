#pragma once

#include "core/intake.h"
#include "storage/storageresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace SpineDesk {

class IntakeRepository
{
    Q_DECLARE_TR_FUNCTIONS(IntakeRepository)
public:
    explicit IntakeRepository(QSqlDatabase db, qint64 actorId = 0);
    // An intake never saved comes back empty with rowVersion 0.
    Intake load(qint64 visitId) const;
    // The whole intake in one transaction; a conflict or a signed visit changes nothing.
    SaveResult save(Intake &intake);

private:
    bool writeChildren(const Intake &intake, QString *error);
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
