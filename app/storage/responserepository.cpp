#include "storage/responserepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/visitguard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
// Scores are mostly whole numbers; formatting them as integers avoids a slow path.
QString number(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 17);
}

bool plain(const QString &s)
{
    for (QChar c : s)
        if (c == u'"' || c == u'\\' || c.unicode() < 0x20)
            return false;
    return true;
}
} // namespace

QString responseAnswersJson(const QHash<QString, Instruments::Answer> &answers)
{
    // Written by hand, keys sorted: the demo writes millions of these.
    QStringList keys = answers.keys();
    keys.sort();
    bool simple = true;
    for (const QString &k : std::as_const(keys)) {
        const auto &a = answers[k];
        simple = simple && plain(k) && plain(a.code) && a.codes.isEmpty() && a.text.isEmpty();
    }
    if (simple) {
        QString out = u"{"_s;
        for (const QString &k : std::as_const(keys)) {
            const auto &a = answers[k];
            if (out.size() > 1)
                out += u',';
            out += u'"' + k + u"\":{"_s;
            if (!a.code.isEmpty())
                out += u"\"code\":\""_s + a.code + u'"';
            if (a.number)
                out += (a.code.isEmpty() ? QString() : u","_s) + u"\"number\":"_s + number(*a.number);
            out += u'}';
        }
        return out + u'}';
    }
    QJsonObject o;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        QJsonObject a;
        if (!it->code.isEmpty())
            a.insert(u"code"_s, it->code);
        if (!it->codes.isEmpty())
            a.insert(u"codes"_s, QJsonArray::fromStringList(it->codes));
        if (it->number)
            a.insert(u"number"_s, *it->number);
        if (!it->text.isEmpty())
            a.insert(u"text"_s, it->text);
        o.insert(it.key(), a);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

namespace {

QHash<QString, Instruments::Answer> answersFrom(const QString &json)
{
    QHash<QString, Instruments::Answer> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        Instruments::Answer answer;
        answer.code = a.value(u"code"_s).toString();
        for (const auto &c : a.value(u"codes"_s).toArray())
            answer.codes << c.toString();
        if (a.contains(u"number"_s))
            answer.number = a.value(u"number"_s).toDouble();
        answer.text = a.value(u"text"_s).toString();
        out.insert(it.key(), answer);
    }
    return out;
}

} // namespace

QString responseScoresJson(const StoredResponse &r)
{
    if (plain(r.sex) && std::all_of(r.alerts.begin(), r.alerts.end(), plain) && std::all_of(r.scales.keyBegin(), r.scales.keyEnd(), plain)) {
        QString scales;
        for (auto it = r.scales.begin(); it != r.scales.end(); ++it)
            scales += (scales.isEmpty() ? QString() : u","_s) + u'"' + it.key() + u"\":"_s
                    + (it.value() ? number(*it.value()) : u"null"_s);
        QString alerts;
        for (const QString &a : r.alerts)
            alerts += (alerts.isEmpty() ? QString() : u","_s) + u'"' + a + u'"';
        return u"{\"alerts\":["_s + alerts + u"],\"complete\":"_s + (r.complete ? u"true"_s : u"false"_s) + u",\"scales\":{"_s
             + scales + u"},\"sex\":\""_s + r.sex + u"\"}"_s;
    }
    QJsonObject scales;
    for (auto it = r.scales.begin(); it != r.scales.end(); ++it)
        scales.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
    const QJsonObject o{{u"complete"_s, r.complete}, {u"scales"_s, scales}, {u"alerts"_s, QJsonArray::fromStringList(r.alerts)},
                        {u"sex"_s, r.sex}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

namespace {

void scoresFrom(const QString &json, StoredResponse &r)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    r.complete = o.value(u"complete"_s).toBool();
    r.sex = o.value(u"sex"_s).toString();
    const QJsonObject scales = o.value(u"scales"_s).toObject();
    for (auto it = scales.begin(); it != scales.end(); ++it)
        r.scales.insert(it.key(), it.value().isNull() ? std::nullopt : std::optional<double>(it.value().toDouble()));
    for (const auto &a : o.value(u"alerts"_s).toArray())
        r.alerts << a.toString();
}

const auto kColumns = u"SELECT r.id, r.visit_id, r.instrument_id, r.instrument_version, r.definition_sha256, r.answers, r.scores, "
                      "r.band, r.mode, r.entered_by, r.completed_at, r.row_version, v.visit_date FROM instrument_responses r "
                      "JOIN visits v ON v.id = r.visit_id "_s;

StoredResponse fromRow(const QSqlQuery &q)
{
    StoredResponse r;
    r.id = q.value(0).toLongLong();
    r.visitId = q.value(1).toLongLong();
    r.instrumentId = q.value(2).toString();
    r.instrumentVersion = q.value(3).toString();
    r.definitionSha256 = q.value(4).toString();
    r.answers = answersFrom(q.value(5).toString());
    scoresFrom(q.value(6).toString(), r);
    if (!q.value(7).isNull())
        r.band = q.value(7).toString();
    r.mode = q.value(8).toString();
    r.enteredBy = q.value(9).toLongLong();
    r.completedAt = Sql::toDateTime(q.value(10));
    r.rowVersion = q.value(11).toInt();
    r.visitDate = Sql::toDate(q.value(12));
    return r;
}

} // namespace

StoredResponse scoredResponse(const Instruments::Definition &d, const Instruments::Response &answers, qint64 visitId,
                              const QString &mode, qint64 enteredBy)
{
    const Instruments::Result result = Instruments::score(d, answers);
    StoredResponse r;
    r.visitId = visitId;
    r.instrumentId = d.id;
    r.instrumentVersion = d.version;
    r.definitionSha256 = d.sha256;
    r.answers = answers.answers;
    r.sex = answers.sex;
    r.complete = result.complete;
    r.scales = result.scales;
    r.band = result.band;
    r.alerts = result.alertCodes();
    r.mode = mode;
    r.enteredBy = enteredBy;
    r.completedAt = QDateTime::currentDateTimeUtc();
    return r;
}

ResponseRepository::ResponseRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

SaveResult ResponseRepository::save(StoredResponse &r)
{
    if (const QString why = whyVisitIsReadOnly(m_db, r.visitId); !why.isEmpty())
        return SaveResult::failed(why);
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    const bool insert = r.id == 0;
    if (!insert) {
        // A safety alert once raised stays on the record even if the answer is changed
        // (red-flags.md rule 2): the clinician acknowledges it, with the reason.
        QSqlQuery before(m_db);
        before.prepare(u"SELECT scores FROM instrument_responses WHERE id = ?"_s);
        before.addBindValue(r.id);
        if (Sql::run(before, nullptr) && before.next()) {
            StoredResponse previous;
            scoresFrom(before.value(0).toString(), previous);
            for (const QString &a : std::as_const(previous.alerts))
                if (!r.alerts.contains(a))
                    r.alerts << a;
        }
    }
    if (insert)
        q.prepare(u"INSERT INTO instrument_responses (instrument_id, instrument_version, definition_sha256, answers, scores, band, mode, "
                  "entered_by, completed_at, visit_id, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s);
    else
        q.prepare(u"UPDATE instrument_responses SET instrument_id = ?, instrument_version = ?, definition_sha256 = ?, answers = ?, "
                  "scores = ?, band = ?, mode = ?, entered_by = ?, completed_at = ?, row_version = row_version + 1 "
                  "WHERE visit_id = ? AND id = ? AND row_version = ?"_s);
    for (const QVariant &v : {QVariant(r.instrumentId), QVariant(r.instrumentVersion), QVariant(r.definitionSha256),
                              QVariant(responseAnswersJson(r.answers)), QVariant(responseScoresJson(r)), r.band ? QVariant(*r.band) : QVariant(),
                              QVariant(r.mode), Sql::id(r.enteredBy), Sql::dateTime(r.completedAt), QVariant(r.visitId)})
        q.addBindValue(v);
    if (!insert) {
        q.addBindValue(r.id);
        q.addBindValue(r.rowVersion);
    }
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    if (!insert && q.numRowsAffected() != 1)
        return SaveResult::conflict(tr("Someone else changed this questionnaire since you opened it. Your answers were not saved."));
    if (insert)
        r.id = q.lastInsertId().toLongLong();
    AuditLog(m_db, m_actorId).record(insert ? u"create"_s : u"update"_s, u"instrument-response"_s, r.id, r.instrumentId);
    if (!tx.commit())
        return SaveResult::failed(m_db.lastError().text());
    r.rowVersion = insert ? 1 : r.rowVersion + 1;
    return SaveResult::saved();
}

QList<StoredResponse> ResponseRepository::forVisit(qint64 visitId) const
{
    QSqlQuery q(m_db);
    q.prepare(kColumns + u"WHERE r.visit_id = ? ORDER BY r.id"_s);
    q.addBindValue(visitId);
    QList<StoredResponse> out;
    if (Sql::run(q, nullptr))
        while (q.next())
            out.append(fromRow(q));
    return out;
}

QList<StoredResponse> ResponseRepository::forEpisode(qint64 episodeId, const QString &instrumentId) const
{
    QSqlQuery q(m_db);
    q.prepare(kColumns + u"WHERE v.episode_id = ? AND r.instrument_id = ? ORDER BY v.visit_date, r.completed_at, r.id"_s);
    q.addBindValue(episodeId);
    q.addBindValue(instrumentId);
    QList<StoredResponse> out;
    if (Sql::run(q, nullptr))
        while (q.next())
            out.append(fromRow(q));
    return out;
}

AlertRepository::AlertRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

SaveResult AlertRepository::acknowledge(AlertAcknowledgement &a)
{
    if (a.action.trimmed().isEmpty())
        return SaveResult::failed(tr("Record the action taken, or why no action is needed."));
    if (a.acknowledgedBy <= 0)
        return SaveResult::failed(tr("Choose the acknowledging clinician first."));
    Transaction tx(m_db);
    a.acknowledgedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO alert_acknowledgements (visit_id, source, alert_code, reference, action, acknowledged_by, acknowledged_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(a.visitId), QVariant(a.source), QVariant(a.alertCode), QVariant(a.reference),
                              QVariant(a.action.trimmed()), QVariant(a.acknowledgedBy), Sql::dateTime(a.acknowledgedAt)})
        q.addBindValue(v);
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    a.id = q.lastInsertId().toLongLong();
    AuditLog(m_db, m_actorId).record(u"acknowledge"_s, u"alert"_s, a.id, a.source + u':' + a.alertCode);
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

QList<AlertAcknowledgement> AlertRepository::forVisit(qint64 visitId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, visit_id, source, alert_code, reference, action, acknowledged_by, acknowledged_at "
              "FROM alert_acknowledgements WHERE visit_id = ? ORDER BY id"_s);
    q.addBindValue(visitId);
    QList<AlertAcknowledgement> out;
    if (Sql::run(q, nullptr))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), Sql::toDateTime(q.value(7))});
    return out;
}

} // namespace SpineDesk
