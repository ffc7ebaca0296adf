#pragma once

#include "core/patient.h"
#include "core/referral.h"
#include "storage/storageresult.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace SpineDesk {

class ReferralRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReferralRepository)
public:
    explicit ReferralRepository(QSqlDatabase db, qint64 actorId = 0);

    SaveResult createReferringClinician(ReferringClinician &c);
    std::optional<ReferringClinician> findReferringClinician(qint64 id) const;
    QList<ReferringClinician> referringClinicians() const;

    SaveResult create(Referral &r);
    QList<Referral> forPatient(qint64 patientId) const; // newest first

    // A new patient with the referral that brought them, all or nothing. A referring
    // clinician with id 0 is added; one with an id is used as it is.
    SaveResult registerPatient(Patient &patient, ReferringClinician &from, Referral &referral);

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
