#include "storage/therapyrepository.h"

#include "core/contentjson.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/storedjson.h"
#include "storage/visitguard.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SpineDesk {

TherapyRepository::TherapyRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

std::optional<Therapy::TherapyRecord> TherapyRepository::load(qint64 visitId, QString *error) const
{
    Therapy::TherapyRecord record;
    record.visitId = visitId;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT data, row_version FROM therapy_records WHERE visit_id = ?"_s);
    q.addBindValue(visitId);
    QString why;
    if (!Sql::run(q, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    if (!q.next())
        return record;
    const auto object = Sql::storedObject(q.value(0).toString(), &why);
    ContentErrors problems(tr("therapy record of visit %1").arg(visitId));
    if (object)
        record = Therapy::TherapyRecord::fromJson(*object, &problems);
    if (!object || !problems.isEmpty()) {
        if (error)
            *error = tr("The stored therapy record of visit %1 cannot be read (%2). It was left untouched.")
                         .arg(visitId)
                         .arg(object ? problems.list().join(u"; "_s) : why);
        return std::nullopt;
    }
    record.visitId = visitId;
    record.rowVersion = q.value(1).toInt();
    return record;
}

SaveResult TherapyRepository::save(Therapy::TherapyRecord &record)
{
    if (const QString why = whyVisitIsReadOnly(m_db, record.visitId); !why.isEmpty())
        return SaveResult::failed(why);
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QString data = Sql::compactJson(record.toJson());
    // The certification list sorts on the first treatment date, so it is a column too.
    const QVariant firstTreatment = record.session.provided ? Sql::date(record.session.date) : QVariant();
    if (record.rowVersion == 0) {
        q.prepare(u"INSERT INTO therapy_records (visit_id, data, first_treatment, row_version) VALUES (?, ?, ?, 1)"_s);
        q.addBindValue(record.visitId);
        q.addBindValue(data);
        q.addBindValue(firstTreatment);
    } else {
        q.prepare(u"UPDATE therapy_records SET data = ?, first_treatment = ?, row_version = row_version + 1 "
                  "WHERE visit_id = ? AND row_version = ?"_s);
        q.addBindValue(data);
        q.addBindValue(firstTreatment);
        q.addBindValue(record.visitId);
        q.addBindValue(record.rowVersion);
    }
    QString error;
    if (!Sql::run(q, &error)) {
        // A second window that inserted first makes the primary key fail: that is a lost race.
        if (record.rowVersion == 0)
            return SaveResult::conflict(tr("Someone else started this therapy record in another window. Your changes were not saved."));
        return SaveResult::failed(error);
    }
    if (q.numRowsAffected() != 1)
        return SaveResult::conflict(tr("This therapy record was changed elsewhere since you opened it. Reopen the visit to "
                                       "see the current record; your changes were not saved."));
    if (!AuditLog(m_db, m_actorId).record(record.rowVersion == 0 ? u"create"_s : u"update"_s, u"therapy"_s, record.visitId))
        return SaveResult::failed(m_db.lastError().text());
    if (!tx.commit())
        return SaveResult::failed(m_db.lastError().text());
    ++record.rowVersion;
    return SaveResult::saved();
}

} // namespace SpineDesk
