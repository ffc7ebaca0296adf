#include "storage/clinicianrepository.h"

#include "core/validation.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
Clinician fromRow(const QSqlQuery &q)
{
    Clinician c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.credentials = q.value(2).toString();
    c.role = clinicianRoleFromCode(q.value(3).toString()).value_or(ClinicianRole::Other);
    c.active = q.value(4).toBool();
    return c;
}
const auto kColumns = u"SELECT id, name, credentials, role, active FROM clinicians "_s;
} // namespace

ClinicianRepository::ClinicianRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

SaveResult ClinicianRepository::create(Clinician &c)
{
    if (const auto errors = validateClinician(c); !errors.isEmpty())
        return SaveResult::failed(errors.first().message);
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO clinicians (name, credentials, role, active) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(c.name.trimmed());
    q.addBindValue(c.credentials.trimmed());
    q.addBindValue(clinicianRoleCode(c.role));
    q.addBindValue(c.active ? 1 : 0);
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    c.id = q.lastInsertId().toLongLong();
    AuditLog(m_db, m_actorId).record(u"create"_s, u"clinician"_s, c.id);
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

std::optional<Clinician> ClinicianRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(kColumns + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (Sql::run(q, nullptr) && q.next())
        return fromRow(q);
    return std::nullopt;
}

QList<Clinician> ClinicianRepository::list(bool activeOnly) const
{
    QSqlQuery q(m_db);
    q.prepare(kColumns + (activeOnly ? u"WHERE active = 1 "_s : QString()) + u"ORDER BY name, id"_s);
    QList<Clinician> out;
    if (Sql::run(q, nullptr))
        while (q.next())
            out.append(fromRow(q));
    return out;
}

} // namespace SpineDesk
