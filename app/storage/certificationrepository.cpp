#include "storage/certificationrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
// The PT visit's status and first treatment date; nullopt for a missing or non-PT visit.
struct PtVisit {
    bool isSigned = false;
    QDate firstTreatment;
};

std::optional<PtVisit> ptVisit(const QSqlDatabase &db, qint64 visitId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT v.kind, v.status, t.first_treatment FROM visits v LEFT JOIN therapy_records t ON t.visit_id = v.id "
              "WHERE v.id = ?"_s);
    q.addBindValue(visitId);
    if (!Sql::run(q, nullptr) || !q.next() || q.value(0).toString() != u"pt")
        return std::nullopt;
    return PtVisit{q.value(1).toString() == u"signed", Sql::toDate(q.value(2))};
}
} // namespace

CertificationRepository::CertificationRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

SaveResult CertificationRepository::recordTransmission(Therapy::Transmission &t)
{
    const auto visit = ptVisit(m_db, t.visitId);
    if (!visit)
        return SaveResult::failed(tr("Only a physical-therapy visit has a plan of care to send."));
    if (!visit->isSigned)
        return SaveResult::failed(tr("Sign the plan of care before sending it for certification."));
    if (!t.sentOn.isValid() || t.sentOn > QDate::currentDate())
        return SaveResult::failed(tr("Enter the date it was sent (not in the future)."));
    if (t.recipient.trimmed().isEmpty())
        return SaveResult::failed(tr("Say to whom it was sent (name and fax number or address)."));
    if (m_actorId <= 0)
        return SaveResult::failed(tr("Choose the clinician recording this first."));
    Transaction tx(m_db);
    t.recordedBy = m_actorId;
    t.recordedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO care_plan_transmissions (visit_id, sent_on, route, recipient, document_id, recorded_by, recorded_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(t.visitId), Sql::date(t.sentOn), QVariant(Therapy::transmissionRouteCode(t.route)),
                              QVariant(t.recipient.trimmed()), Sql::id(t.documentId), QVariant(t.recordedBy), Sql::dateTime(t.recordedAt)})
        q.addBindValue(v);
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    t.id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db, m_actorId).record(u"send"_s, u"plan-of-care"_s, t.visitId, Therapy::transmissionRouteCode(t.route)))
        return SaveResult::failed(m_db.lastError().text());
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

SaveResult CertificationRepository::recordReturn(Therapy::CertificationReturn &r)
{
    const QList<Therapy::Transmission> sent = transmissions(r.visitId);
    if (sent.isEmpty())
        return SaveResult::failed(tr("Record when the plan of care was sent before recording the signed certification."));
    if (certificationReturn(r.visitId))
        return SaveResult::failed(tr("The signed certification for this plan of care is already recorded."));
    if (!r.signedOn.isValid() || r.signedOn < sent.first().sentOn || r.signedOn > QDate::currentDate())
        return SaveResult::failed(tr("Enter the date of the referring clinician's signature: not before the plan was sent, "
                                     "not in the future."));
    if (r.signedBy.trimmed().isEmpty())
        return SaveResult::failed(tr("Enter the name of the clinician who signed the certification."));
    if (r.withChanges && r.changes.trimmed().isEmpty())
        return SaveResult::failed(tr("Say what the referring clinician changed."));
    if (m_actorId <= 0)
        return SaveResult::failed(tr("Choose the clinician recording this first."));
    Transaction tx(m_db);
    r.recordedBy = m_actorId;
    r.recordedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO care_plan_certifications (visit_id, signed_on, signed_by, with_changes, changes, recorded_by, recorded_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(r.visitId), Sql::date(r.signedOn), QVariant(r.signedBy.trimmed()), QVariant(r.withChanges ? 1 : 0),
                              QVariant(r.changes.trimmed()), QVariant(r.recordedBy), Sql::dateTime(r.recordedAt)})
        q.addBindValue(v);
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    if (!AuditLog(m_db, m_actorId).record(u"certify"_s, u"plan-of-care"_s, r.visitId))
        return SaveResult::failed(m_db.lastError().text());
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

QList<Therapy::Transmission> CertificationRepository::transmissions(qint64 visitId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, sent_on, route, recipient, document_id, recorded_by, recorded_at FROM care_plan_transmissions "
              "WHERE visit_id = ? ORDER BY sent_on, id"_s);
    q.addBindValue(visitId);
    QList<Therapy::Transmission> out;
    if (!Sql::run(q, nullptr))
        return out;
    while (q.next()) {
        Therapy::Transmission t;
        t.id = q.value(0).toLongLong();
        t.visitId = visitId;
        t.sentOn = Sql::toDate(q.value(1));
        // A route from a newer version reads as "mail" rather than losing the record.
        t.route = Therapy::transmissionRouteFromCode(q.value(2).toString()).value_or(Therapy::TransmissionRoute::Mail);
        t.recipient = q.value(3).toString();
        t.documentId = q.value(4).toLongLong();
        t.recordedBy = q.value(5).toLongLong();
        t.recordedAt = Sql::toDateTime(q.value(6));
        out << t;
    }
    return out;
}

std::optional<Therapy::CertificationReturn> CertificationRepository::certificationReturn(qint64 visitId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT signed_on, signed_by, with_changes, changes, recorded_by, recorded_at FROM care_plan_certifications "
              "WHERE visit_id = ?"_s);
    q.addBindValue(visitId);
    if (!Sql::run(q, nullptr) || !q.next())
        return std::nullopt;
    Therapy::CertificationReturn r;
    r.visitId = visitId;
    r.signedOn = Sql::toDate(q.value(0));
    r.signedBy = q.value(1).toString();
    r.withChanges = q.value(2).toInt() != 0;
    r.changes = q.value(3).toString();
    r.recordedBy = q.value(4).toLongLong();
    r.recordedAt = Sql::toDateTime(q.value(5));
    return r;
}

std::optional<Therapy::CertificationStatus> CertificationRepository::status(qint64 visitId, QDate today) const
{
    const auto visit = ptVisit(m_db, visitId);
    if (!visit)
        return std::nullopt;
    return Therapy::certificationStatus(visit->firstTreatment, transmissions(visitId), certificationReturn(visitId), today);
}

QList<CertificationListEntry> CertificationRepository::awaiting(QDate today, int limit) const
{
    // Signed PT visits with a therapy record (visits signed before schema 6 have no plan of care
    // to certify) and no recorded certification; deadlines first, then those whose first
    // treatment is not recorded yet.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT v.id, v.patient_id, p.family_name, p.given_name, p.mrn, t.first_treatment, "
              "(SELECT rc.name FROM referrals r JOIN referring_clinicians rc ON rc.id = r.referring_clinician_id "
              " WHERE r.patient_id = v.patient_id AND r.received_date <= v.visit_date ORDER BY r.received_date DESC, r.id DESC LIMIT 1) "
              "FROM visits v JOIN patients p ON p.id = v.patient_id JOIN therapy_records t ON t.visit_id = v.id "
              "WHERE v.kind = 'pt' AND v.status = 'signed' AND NOT EXISTS (SELECT 1 FROM care_plan_certifications c WHERE c.visit_id = v.id) "
              "ORDER BY t.first_treatment IS NULL, t.first_treatment, v.id LIMIT ?"_s);
    q.addBindValue(limit);
    QList<CertificationListEntry> out;
    if (!Sql::run(q, nullptr))
        return out;
    while (q.next()) {
        CertificationListEntry e;
        e.visitId = q.value(0).toLongLong();
        e.patientId = q.value(1).toLongLong();
        e.patientName = tr("%1, %2").arg(q.value(2).toString(), q.value(3).toString());
        e.mrn = q.value(4).toString();
        e.referrerName = q.value(6).toString();
        e.status = Therapy::certificationStatus(Sql::toDate(q.value(5)), transmissions(e.visitId), std::nullopt, today);
        out << e;
    }
    // Not yet sent before sent-and-waiting, each by deadline, so what needs doing comes first.
    std::stable_sort(out.begin(), out.end(), [](const CertificationListEntry &a, const CertificationListEntry &b) {
        const auto waiting = [](const CertificationListEntry &e) {
            return e.status.state == Therapy::CertificationState::Sent || e.status.state == Therapy::CertificationState::SentLate;
        };
        return !waiting(a) && waiting(b);
    });
    return out;
}

} // namespace SpineDesk
