#pragma once

#include "core/therapy/certification.h"
#include "storage/storageresult.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace SpineDesk {

// A PT plan of care awaiting certification, for the main window's list.
struct CertificationListEntry {
    qint64 visitId = 0;
    qint64 patientId = 0;
    QString patientName;
    QString mrn;
    QString referrerName;
    Therapy::CertificationStatus status;
};

// Transmissions of PT plans of care to the referring clinician and the signed certifications
// that come back (pathways.md §6.4). Both are append-only; audited.
class CertificationRepository
{
    Q_DECLARE_TR_FUNCTIONS(CertificationRepository)
public:
    explicit CertificationRepository(QSqlDatabase db, qint64 actorId = 0);

    // Only for a PT visit whose plan is signed; sentOn not in the future. Sets id and recordedAt.
    SaveResult recordTransmission(Therapy::Transmission &t);
    // Once per visit, after a transmission; signedOn not before the first transmission.
    SaveResult recordReturn(Therapy::CertificationReturn &r);
    QList<Therapy::Transmission> transmissions(qint64 visitId) const; // oldest first
    std::optional<Therapy::CertificationReturn> certificationReturn(qint64 visitId) const;
    // The status from the therapy record's first treatment date (nullopt for a non-PT visit).
    std::optional<Therapy::CertificationStatus> status(qint64 visitId, QDate today) const;
    // Signed PT plans of care not yet certified, most urgent (earliest deadline) first.
    QList<CertificationListEntry> awaiting(QDate today, int limit = 200) const;

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
