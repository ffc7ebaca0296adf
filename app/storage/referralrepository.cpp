#include "storage/referralrepository.h"

#include "core/validation.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
const auto kClinicianColumns = u"SELECT id, name, practice, phone, fax, direct_address, row_version FROM referring_clinicians "_s;

ReferringClinician clinicianFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toInt()};
}
} // namespace

ReferralRepository::ReferralRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

SaveResult ReferralRepository::createReferringClinician(ReferringClinician &c)
{
    if (const auto errors = validateReferringClinician(c); !errors.isEmpty())
        return SaveResult::failed(errors.first().message);
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO referring_clinicians (name, practice, phone, fax, direct_address, row_version) VALUES (?, ?, ?, ?, ?, 1)"_s);
    for (const QString &v : {c.name, c.practice, c.phone, c.fax, c.directAddress})
        q.addBindValue(v.trimmed());
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    c.id = q.lastInsertId().toLongLong();
    c.rowVersion = 1;
    AuditLog(m_db, m_actorId).record(u"create"_s, u"referring-clinician"_s, c.id);
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

std::optional<ReferringClinician> ReferralRepository::findReferringClinician(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(kClinicianColumns + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (Sql::run(q, nullptr) && q.next())
        return clinicianFromRow(q);
    return std::nullopt;
}

QList<ReferringClinician> ReferralRepository::referringClinicians() const
{
    QSqlQuery q(m_db);
    QList<ReferringClinician> out;
    if (q.exec(kClinicianColumns + u"ORDER BY name, id"_s))
        while (q.next())
            out.append(clinicianFromRow(q));
    return out;
}

SaveResult ReferralRepository::create(Referral &r)
{
    if (const auto errors = validateReferral(r, QDate::currentDate()); !errors.isEmpty())
        return SaveResult::failed(errors.first().message);
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO referrals (patient_id, referring_clinician_id, received_date, reason, question, row_version) VALUES (?, ?, ?, ?, ?, 1)"_s);
    q.addBindValue(r.patientId);
    q.addBindValue(Sql::id(r.referringClinicianId));
    q.addBindValue(Sql::date(r.receivedDate));
    q.addBindValue(r.reason.trimmed());
    q.addBindValue(r.question.trimmed());
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    r.id = q.lastInsertId().toLongLong();
    r.rowVersion = 1;
    AuditLog(m_db, m_actorId).record(u"create"_s, u"referral"_s, r.id);
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

QList<Referral> ReferralRepository::forPatient(qint64 patientId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, patient_id, referring_clinician_id, received_date, reason, question, row_version FROM referrals "
              "WHERE patient_id = ? ORDER BY received_date DESC, id DESC"_s);
    q.addBindValue(patientId);
    QList<Referral> out;
    if (Sql::run(q, nullptr))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), Sql::toDate(q.value(3)),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toInt()});
    return out;
}

SaveResult ReferralRepository::registerPatient(Patient &patient, ReferringClinician &from, Referral &referral)
{
    Transaction tx(m_db);
    const Patient patientBefore = patient;
    const ReferringClinician fromBefore = from;
    auto undo = [&](SaveResult r) { // ids handed out inside a rolled-back transaction are void
        patient = patientBefore;
        from = fromBefore;
        return r;
    };
    if (auto r = PatientRepository(m_db, m_actorId).create(patient); !r.ok())
        return undo(r);
    if (from.id == 0)
        if (auto r = createReferringClinician(from); !r.ok())
            return undo(r);
    referral.patientId = patient.id;
    referral.referringClinicianId = from.id;
    if (auto r = create(referral); !r.ok())
        return undo(r);
    return tx.commit() ? SaveResult::saved() : undo(SaveResult::failed(m_db.lastError().text()));
}

} // namespace SpineDesk
