#include "storage/redflagrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/visitguard.h"

#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
QSqlQuery selectFor(const QSqlDatabase &db, const QString &sql, qint64 visitId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(visitId);
    Sql::run(q, nullptr);
    return q;
}

// The data column: {"redFlags": {…}, "yellowFlags": {…}}.
std::optional<FlagScreenRecord> parseData(const QString &data, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"not a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != u"redFlags" && it.key() != u"yellowFlags") {
            *error = it.key() + u": unknown key"_s;
            return std::nullopt;
        }
    FlagScreenRecord rec;
    const auto red = RedFlagScreen::fromJson(o.value(u"redFlags"_s).toObject(), error);
    if (!red)
        return std::nullopt;
    rec.redFlags = *red;
    if (o.contains(u"yellowFlags"_s)) {
        const auto yellow = YellowFlags::fromJson(o.value(u"yellowFlags"_s).toObject(), error);
        if (!yellow)
            return std::nullopt;
        rec.yellowFlags = *yellow;
    }
    return rec;
}

QString presentIds(const RedFlagScreen &screen)
{
    QStringList ids;
    for (auto it = screen.answers().begin(); it != screen.answers().end(); ++it)
        if (it->state == FlagState::Present)
            ids << it.key();
    return ids.isEmpty() ? u"no flags present"_s : u"present: "_s + ids.join(u", "_s);
}

QString describe(const Acknowledgement &a)
{
    QString out = a.target + u" ["_s + a.items.join(u", "_s) + u"] by clinician "_s + QString::number(a.clinicianId)
        + u" at "_s + a.at.toUTC().toString(Qt::ISODate);
    if (!a.actionTaken.isEmpty())
        out += u"; action taken: "_s + a.actionTaken;
    if (!a.reasonNotActing.isEmpty())
        out += u"; reason for not acting: "_s + a.reasonNotActing;
    return out;
}
} // namespace

RedFlagRepository::RedFlagRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

std::optional<FlagScreenRecord> RedFlagRepository::load(qint64 visitId, QString *error) const
{
    auto q = selectFor(m_db, u"SELECT id, data, row_version FROM red_flag_screens WHERE visit_id = ? ORDER BY id"_s, visitId);
    if (!q.next()) {
        FlagScreenRecord fresh;
        fresh.visitId = visitId;
        if (const auto previous = previousScreen(visitId))
            fresh.redFlags = RedFlagScreen::rescreen(*previous);
        return fresh;
    }
    QString why;
    auto rec = parseData(q.value(1).toString(), &why);
    if (!rec) {
        if (error)
            *error = tr("The red-flag screen of this visit cannot be read (%1). It was left untouched.").arg(why);
        return std::nullopt;
    }
    rec->id = q.value(0).toLongLong();
    rec->visitId = visitId;
    rec->rowVersion = q.value(2).toInt();
    return rec;
}

std::optional<RedFlagScreen> RedFlagRepository::previousScreen(qint64 visitId) const
{
    auto q = selectFor(m_db,
                       u"SELECT r.data FROM red_flag_screens r JOIN visits v ON v.id = r.visit_id JOIN visits cur ON cur.episode_id = v.episode_id "
                       "WHERE cur.id = ? AND v.id <> cur.id AND (v.visit_date < cur.visit_date OR (v.visit_date = cur.visit_date AND v.id < cur.id)) "
                       "ORDER BY v.visit_date DESC, v.id DESC"_s,
                       visitId);
    if (!q.next())
        return std::nullopt;
    QString ignored;
    const auto rec = parseData(q.value(0).toString(), &ignored);
    return rec ? std::optional(rec->redFlags) : std::nullopt;
}

SaveResult RedFlagRepository::save(FlagScreenRecord &rec)
{
    if (const QString why = whyVisitIsReadOnly(m_db, rec.visitId); !why.isEmpty())
        return SaveResult::failed(why);

    Transaction tx(m_db);
    // Acknowledgements already saved are a record: compare against what is stored now.
    auto stored = selectFor(m_db, u"SELECT data, row_version FROM red_flag_screens WHERE visit_id = ? ORDER BY id"_s, rec.visitId);
    QList<Acknowledgement> storedAcks;
    if (stored.next()) {
        if (rec.rowVersion == 0)
            return SaveResult::conflict(tr("Someone else started this red-flag screen in another window. Your changes were not saved."));
        if (stored.value(1).toInt() != rec.rowVersion)
            return SaveResult::conflict(tr("Someone else changed this red-flag screen since you opened it. Your changes were not saved."));
        QString why;
        const auto current = parseData(stored.value(0).toString(), &why);
        if (!current)
            return SaveResult::failed(tr("The stored red-flag screen cannot be read (%1); it was not overwritten.").arg(why));
        storedAcks = current->redFlags.acknowledgements();
    }
    const QList<Acknowledgement> &acks = rec.redFlags.acknowledgements();
    if (acks.size() < storedAcks.size() || acks.mid(0, storedAcks.size()) != storedAcks)
        return SaveResult::failed(tr("A recorded acknowledgement cannot be changed or removed."));
    for (qsizetype i = storedAcks.size(); i < acks.size(); ++i)
        if (!acks[i].isComplete() || acks[i].items.isEmpty())
            return SaveResult::failed(tr("Each acknowledgement needs the clinician, the time, the flags it covers, and the action taken or a reason for not acting."));

    const QString data = QString::fromUtf8(QJsonDocument(QJsonObject{{u"redFlags"_s, rec.redFlags.toJson()},
                                                                     {u"yellowFlags"_s, rec.yellowFlags.toJson()}})
                                               .toJson(QJsonDocument::Compact));
    const Acknowledgement last = acks.isEmpty() ? Acknowledgement() : acks.last();
    QSqlQuery q(m_db);
    QString error;
    if (rec.rowVersion == 0) {
        // One row per visit; the check and the insert are one statement.
        q.prepare(u"INSERT INTO red_flag_screens (visit_id, data, acknowledged_by, acknowledged_at, row_version) "
                  "SELECT ?, ?, ?, ?, 1 WHERE NOT EXISTS (SELECT 1 FROM red_flag_screens WHERE visit_id = ?)"_s);
        for (const QVariant &v : {QVariant(rec.visitId), QVariant(data), Sql::id(last.clinicianId), Sql::dateTime(last.at), QVariant(rec.visitId)})
            q.addBindValue(v);
    } else {
        q.prepare(u"UPDATE red_flag_screens SET data = ?, acknowledged_by = ?, acknowledged_at = ?, row_version = row_version + 1 "
                  "WHERE visit_id = ? AND row_version = ?"_s);
        for (const QVariant &v : {QVariant(data), Sql::id(last.clinicianId), Sql::dateTime(last.at), QVariant(rec.visitId), QVariant(rec.rowVersion)})
            q.addBindValue(v);
    }
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    if (q.numRowsAffected() != 1)
        return SaveResult::conflict(tr("Someone else changed this red-flag screen since you opened it. Your changes were not saved."));

    AuditLog audit(m_db, m_actorId);
    if (!audit.record(u"update"_s, u"red-flag-screen"_s, rec.visitId, presentIds(rec.redFlags)))
        return SaveResult::failed(m_db.lastError().text());
    for (qsizetype i = storedAcks.size(); i < acks.size(); ++i)
        if (!audit.record(u"acknowledge"_s, u"red-flag-screen"_s, rec.visitId, describe(acks[i])))
            return SaveResult::failed(m_db.lastError().text());
    auto id = selectFor(m_db, u"SELECT id FROM red_flag_screens WHERE visit_id = ? ORDER BY id"_s, rec.visitId);
    const qint64 rowId = id.next() ? id.value(0).toLongLong() : 0;
    if (!tx.commit())
        return SaveResult::failed(m_db.lastError().text());
    rec.id = rowId;
    ++rec.rowVersion;
    return SaveResult::saved();
}

} // namespace SpineDesk
