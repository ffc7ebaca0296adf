#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace SpineDesk {

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    qint64 clinicianId = 0; // 0: the command line or the system
    QString action;         // view, create, update, sign, addendum, print, export, backup, restore, demo
    QString entity;         // patient, visit, intake, ...
    qint64 entityId = 0;
    QString detail;
};

// Append-only: the database refuses updates and deletes of audit rows.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db, qint64 actorId = 0);
    bool record(const QString &action, const QString &entity, qint64 entityId, const QString &detail = {});
    QList<AuditEntry> recent(int limit) const;
    QList<AuditEntry> forEntity(const QString &entity, qint64 entityId) const;

private:
    QList<AuditEntry> select(const QString &where, const QVariantList &binds, int limit) const;
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
