#include "storage/decisionrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/storedjson.h"
#include "storage/visitguard.h"

#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
SaveResult finish(Transaction &tx, QSqlDatabase &db, QSqlQuery &q, const QString &conflict, qint64 actor, const QString &entity, qint64 id)
{
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    if (q.numRowsAffected() != 1)
        return SaveResult::conflict(conflict);
    if (!AuditLog(db, actor).record(u"update"_s, entity, id))
        return SaveResult::failed(db.lastError().text());
    if (!tx.commit())
        return SaveResult::failed(db.lastError().text());
    return SaveResult::saved();
}
} // namespace

DecisionRepository::DecisionRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

std::optional<QList<Aids::DecisionRecord>> DecisionRepository::forVisit(qint64 visitId, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, aid_id, aid_version, data, row_version FROM decisions WHERE visit_id = ? ORDER BY id"_s);
    q.addBindValue(visitId);
    QString why;
    if (!Sql::run(q, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    QList<Aids::DecisionRecord> out;
    while (q.next()) {
        const QString aidId = q.value(1).toString();
        ContentErrors problems(u"decision %1"_s.arg(aidId));
        const auto object = Sql::storedObject(q.value(3).toString(), &why);
        Aids::DecisionRecord r;
        if (object)
            r = Aids::DecisionRecord::fromJson(*object, &problems);
        if (!object || !problems.isEmpty()) {
            if (error)
                *error = tr("The decision record for %1 cannot be read (%2). It was left untouched.")
                             .arg(aidId, object ? problems.list().join(u"; "_s) : why);
            return std::nullopt;
        }
        r.id = q.value(0).toLongLong();
        r.visitId = visitId;
        r.aidId = aidId;
        r.aidVersion = q.value(2).toString();
        r.rowVersion = q.value(4).toInt();
        out << r;
    }
    return out;
}

std::optional<Aids::DecisionRecord> DecisionRepository::load(qint64 visitId, const QString &aidId, QString *error) const
{
    const auto all = forVisit(visitId, error);
    if (!all)
        return std::nullopt;
    for (const Aids::DecisionRecord &r : *all)
        if (r.aidId == aidId)
            return r;
    Aids::DecisionRecord fresh;
    fresh.visitId = visitId;
    fresh.aidId = aidId;
    fresh.sure = QList<std::optional<bool>>(Aids::kSureItems);
    return fresh;
}

SaveResult DecisionRepository::save(Aids::DecisionRecord &record)
{
    if (record.aidId.isEmpty() || record.aidVersion.isEmpty())
        return SaveResult::failed(tr("A decision record needs the aid and its version."));
    if (!record.preferredOption.isEmpty() && !record.undecided() && !record.optionsDiscussed.contains(record.preferredOption))
        return SaveResult::failed(tr("The preferred option must be one of the options discussed."));
    if (const QString why = whyVisitIsReadOnly(m_db, record.visitId); !why.isEmpty())
        return SaveResult::failed(why);
    Aids::DecisionRecord toStore = record;
    toStore.recordedBy = m_actorId;
    toStore.recordedAt = QDateTime::currentDateTimeUtc();
    const QString version = toStore.aidVersion;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (record.rowVersion == 0) {
        q.prepare(u"INSERT INTO decisions (visit_id, aid_id, aid_version, data, row_version) SELECT ?, ?, ?, ?, 1 "
                  "WHERE NOT EXISTS (SELECT 1 FROM decisions WHERE visit_id = ? AND aid_id = ?)"_s);
        for (const QVariant &v : {QVariant(record.visitId), QVariant(record.aidId), QVariant(version), QVariant(Sql::compactJson(toStore.toJson())),
                                  QVariant(record.visitId), QVariant(record.aidId)})
            q.addBindValue(v);
    } else {
        q.prepare(u"UPDATE decisions SET aid_version = ?, data = ?, row_version = row_version + 1 "
                  "WHERE visit_id = ? AND aid_id = ? AND row_version = ?"_s);
        for (const QVariant &v : {QVariant(version), QVariant(Sql::compactJson(toStore.toJson())), QVariant(record.visitId), QVariant(record.aidId),
                                  QVariant(record.rowVersion)})
            q.addBindValue(v);
    }
    const SaveResult result = finish(tx, m_db, q,
                                     tr("Someone else changed this decision record since you opened it. Your changes were not saved."),
                                     m_actorId, u"decision"_s, record.visitId);
    if (!result.ok())
        return result;
    if (record.rowVersion == 0)
        record.id = q.lastInsertId().toLongLong();
    ++record.rowVersion;
    record.recordedBy = toStore.recordedBy;
    record.recordedAt = toStore.recordedAt;
    return result;
}

std::optional<TreatmentConsiderations> DecisionRepository::considerations(qint64 visitId, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT data, row_version FROM treatment_considerations WHERE visit_id = ?"_s);
    q.addBindValue(visitId);
    QString why;
    if (!Sql::run(q, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    TreatmentConsiderations c;
    if (q.next()) {
        ContentErrors problems(u"treatment considerations"_s);
        const auto object = Sql::storedObject(q.value(0).toString(), &why);
        if (object)
            c = TreatmentConsiderations::fromJson(*object, &problems);
        if (!object || !problems.isEmpty()) {
            if (error)
                *error = tr("What was being considered at this visit cannot be read (%1). It was left untouched.")
                             .arg(object ? problems.list().join(u"; "_s) : why);
            return std::nullopt;
        }
        c.rowVersion = q.value(1).toInt();
    }
    c.visitId = visitId;
    return c;
}

SaveResult DecisionRepository::saveConsiderations(TreatmentConsiderations &c)
{
    if (const QString why = whyVisitIsReadOnly(m_db, c.visitId); !why.isEmpty())
        return SaveResult::failed(why);
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QString data = Sql::compactJson(c.toJson());
    if (c.rowVersion == 0) {
        q.prepare(u"INSERT INTO treatment_considerations (visit_id, data, row_version) SELECT ?, ?, 1 "
                  "WHERE NOT EXISTS (SELECT 1 FROM treatment_considerations WHERE visit_id = ?)"_s);
        for (const QVariant &v : {QVariant(c.visitId), QVariant(data), QVariant(c.visitId)})
            q.addBindValue(v);
    } else {
        q.prepare(u"UPDATE treatment_considerations SET data = ?, row_version = row_version + 1 WHERE visit_id = ? AND row_version = ?"_s);
        for (const QVariant &v : {QVariant(data), QVariant(c.visitId), QVariant(c.rowVersion)})
            q.addBindValue(v);
    }
    const SaveResult result = finish(tx, m_db, q,
                                     tr("Someone else changed what is being considered since you opened it. Your changes were not saved."),
                                     m_actorId, u"treatment-considerations"_s, c.visitId);
    if (result.ok())
        ++c.rowVersion;
    return result;
}

} // namespace SpineDesk
