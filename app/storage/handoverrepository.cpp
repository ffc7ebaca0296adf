#include "storage/handoverrepository.h"

#include "core/clinician.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
const QString kColumns = u"t.id, t.patient_id, t.visit_id, t.reason, t.source, t.detail, t.assignee_id, t.created_by, "
                         "t.created_at, t.status, t.done_by, t.done_at, t.outcome, t.row_version"_s;
constexpr int kColumnCount = 14;

Therapy::HandoverTask readTask(const QSqlQuery &q)
{
    Therapy::HandoverTask t;
    t.id = q.value(0).toLongLong();
    t.patientId = q.value(1).toLongLong();
    t.visitId = q.value(2).toLongLong();
    // An unknown reason from a newer version is shown as "other", never dropped.
    t.reason = Therapy::handoverReasonFromCode(q.value(3).toString()).value_or(Therapy::HandoverReason::Other);
    t.source = q.value(4).toString();
    t.detail = q.value(5).toString();
    t.assigneeId = q.value(6).toLongLong();
    t.createdBy = q.value(7).toLongLong();
    t.createdAt = Sql::toDateTime(q.value(8));
    t.done = q.value(9).toString() == u"done";
    t.doneBy = q.value(10).toLongLong();
    t.doneAt = Sql::toDateTime(q.value(11));
    t.outcome = q.value(12).toString();
    t.rowVersion = q.value(13).toInt();
    return t;
}

QList<Therapy::HandoverTask> readTasks(const QSqlDatabase &db, const QString &where, qint64 key, const QString &order)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns + u" FROM handover_tasks t WHERE "_s + where + u" ORDER BY "_s + order);
    q.addBindValue(key);
    QList<Therapy::HandoverTask> out;
    if (Sql::run(q, nullptr))
        while (q.next())
            out << readTask(q);
    return out;
}
} // namespace

HandoverRepository::HandoverRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

SaveResult HandoverRepository::create(Therapy::HandoverTask &task)
{
    if (task.detail.trimmed().isEmpty())
        return SaveResult::failed(tr("Say what the physiatrist needs to know: a hand-over needs a description."));
    if (m_actorId <= 0)
        return SaveResult::failed(tr("Choose the clinician handing over first."));
    QSqlQuery visit(m_db);
    visit.prepare(u"SELECT patient_id FROM visits WHERE id = ?"_s);
    visit.addBindValue(task.visitId);
    QString error;
    if (!Sql::run(visit, &error))
        return SaveResult::failed(error);
    if (!visit.next())
        return SaveResult::failed(tr("Visit %1 does not exist.").arg(task.visitId));
    Transaction tx(m_db);
    task.patientId = visit.value(0).toLongLong();
    task.createdBy = m_actorId;
    task.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO handover_tasks (patient_id, visit_id, reason, source, detail, assignee_id, created_by, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(task.patientId), QVariant(task.visitId), QVariant(Therapy::handoverReasonCode(task.reason)),
                              QVariant(task.source), QVariant(task.detail.trimmed()), Sql::id(task.assigneeId),
                              QVariant(task.createdBy), Sql::dateTime(task.createdAt)})
        q.addBindValue(v);
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    task.id = q.lastInsertId().toLongLong();
    task.rowVersion = 1;
    task.done = false;
    if (!AuditLog(m_db, m_actorId).record(u"create"_s, u"handover"_s, task.id, Therapy::handoverReasonCode(task.reason)))
        return SaveResult::failed(m_db.lastError().text());
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

SaveResult HandoverRepository::complete(Therapy::HandoverTask &task, const QString &outcome)
{
    if (outcome.trimmed().isEmpty())
        return SaveResult::failed(tr("Record what was done before closing the hand-over."));
    if (m_actorId <= 0)
        return SaveResult::failed(tr("Choose the clinician closing the hand-over first."));
    if (task.done)
        return SaveResult::failed(tr("This hand-over is already done."));
    Transaction tx(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE handover_tasks SET status = 'done', done_by = ?, done_at = ?, outcome = ?, row_version = row_version + 1 "
              "WHERE id = ? AND row_version = ? AND status = 'open'"_s);
    for (const QVariant &v : {QVariant(m_actorId), Sql::dateTime(now), QVariant(outcome.trimmed()), QVariant(task.id),
                              QVariant(task.rowVersion)})
        q.addBindValue(v);
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    if (q.numRowsAffected() != 1)
        return SaveResult::conflict(tr("This hand-over was changed or closed elsewhere. Refresh the list to see it."));
    if (!AuditLog(m_db, m_actorId).record(u"complete"_s, u"handover"_s, task.id))
        return SaveResult::failed(m_db.lastError().text());
    if (!tx.commit())
        return SaveResult::failed(m_db.lastError().text());
    task.done = true;
    task.doneBy = m_actorId;
    task.doneAt = now;
    task.outcome = outcome.trimmed();
    ++task.rowVersion;
    return SaveResult::saved();
}

QList<Therapy::HandoverTask> HandoverRepository::forVisit(qint64 visitId) const
{
    return readTasks(m_db, u"t.visit_id = ?"_s, visitId, u"t.id"_s);
}

QList<Therapy::HandoverTask> HandoverRepository::forPatient(qint64 patientId) const
{
    return readTasks(m_db, u"t.patient_id = ?"_s, patientId, u"t.created_at DESC, t.id DESC"_s);
}

QList<HandoverListEntry> HandoverRepository::open(qint64 assigneeId, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = u"SELECT "_s + kColumns
        + u", p.family_name, p.given_name, p.mrn, v.visit_date, c.name, c.credentials FROM handover_tasks t "
          "JOIN patients p ON p.id = t.patient_id JOIN visits v ON v.id = t.visit_id "
          "LEFT JOIN clinicians c ON c.id = t.created_by WHERE t.status = 'open'"_s;
    if (assigneeId > 0)
        sql += u" AND (t.assignee_id IS NULL OR t.assignee_id = ?)"_s;
    sql += u" ORDER BY t.created_at, t.id LIMIT ?"_s;
    q.prepare(sql);
    if (assigneeId > 0)
        q.addBindValue(assigneeId);
    q.addBindValue(limit);
    QList<HandoverListEntry> out;
    if (!Sql::run(q, nullptr))
        return out;
    while (q.next()) {
        HandoverListEntry e;
        e.task = readTask(q);
        e.patientName = tr("%1, %2").arg(q.value(kColumnCount).toString(), q.value(kColumnCount + 1).toString());
        e.mrn = q.value(kColumnCount + 2).toString();
        e.visitDate = Sql::toDate(q.value(kColumnCount + 3));
        Clinician by;
        by.name = q.value(kColumnCount + 4).toString();
        by.credentials = q.value(kColumnCount + 5).toString();
        e.createdByName = by.name.isEmpty() ? tr("unknown clinician") : by.signatureName();
        out << e;
    }
    return out;
}

int HandoverRepository::openCount() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM handover_tasks WHERE status = 'open'"_s);
    return Sql::run(q, nullptr) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace SpineDesk
