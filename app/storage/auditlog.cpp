#include "storage/auditlog.h"

#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace SpineDesk {

AuditLog::AuditLog(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

bool AuditLog::record(const QString &action, const QString &entity, qint64 entityId, const QString &detail)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO audit_log (at, clinician_id, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(Sql::nowUtc());
    q.addBindValue(Sql::id(m_actorId));
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(Sql::id(entityId));
    q.addBindValue(detail);
    return Sql::run(q, nullptr);
}

QList<AuditEntry> AuditLog::recent(int limit) const
{
    return select({}, {}, limit);
}

QList<AuditEntry> AuditLog::forEntity(const QString &entity, qint64 entityId) const
{
    return select(u"WHERE entity = ? AND entity_id = ?"_s, {entity, entityId}, -1);
}

QList<AuditEntry> AuditLog::select(const QString &where, const QVariantList &binds, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, at, clinician_id, action, entity, entity_id, detail FROM audit_log "_s + where
              + u" ORDER BY id DESC LIMIT ?"_s);
    for (const auto &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    QList<AuditEntry> out;
    if (!Sql::run(q, nullptr))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), Sql::toDateTime(q.value(1)), q.value(2).toLongLong(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString()});
    return out;
}

} // namespace SpineDesk
