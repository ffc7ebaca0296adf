#pragma once

#include "core/patient.h"
#include "storage/storageresult.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace SpineDesk {

class PatientRepository
{
    Q_DECLARE_TR_FUNCTIONS(PatientRepository)
public:
    explicit PatientRepository(QSqlDatabase db, qint64 actorId = 0);
    SaveResult create(Patient &p);
    // Applies only if nobody saved the patient since p was loaded (row_version).
    SaveResult update(Patient &p);
    std::optional<Patient> find(qint64 id) const;
    std::optional<Patient> findByMrn(const QString &mrn) const;
    int count() const;
    // Search-as-you-type: see core/patientsearch.h for what the text means. Ordered by name.
    QList<Patient> search(const QString &text, int limit, int offset = 0) const;

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
