#include "storage/documentarchive.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QCryptographicHash>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SpineDesk {

DocumentArchive::DocumentArchive(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

SaveResult DocumentArchive::add(ArchivedDocument &doc)
{
    if (doc.pdf.isEmpty() || doc.kind.isEmpty())
        return SaveResult::failed(tr("There is no document to archive."));
    doc.sha256 = QString::fromLatin1(QCryptographicHash::hash(doc.pdf, QCryptographicHash::Sha256).toHex());
    doc.createdBy = m_actorId;
    doc.createdAt = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO documents (visit_id, kind, language, created_by, created_at, sha256, pdf, revision, recipient, route, notice) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {Sql::id(doc.visitId), QVariant(doc.kind), QVariant(doc.language), Sql::id(m_actorId),
                              Sql::dateTime(doc.createdAt), QVariant(doc.sha256), QVariant(doc.pdf), QVariant(doc.revision),
                              QVariant(doc.recipient), QVariant(doc.route), QVariant(doc.notice)})
        q.addBindValue(v);
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    doc.id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db, m_actorId).record(u"print"_s, u"document"_s, doc.id, doc.kind + u' ' + doc.sha256))
        return SaveResult::failed(m_db.lastError().text());
    if (!tx.commit())
        return SaveResult::failed(m_db.lastError().text());
    return SaveResult::saved();
}

namespace {
const QString kColumns = u"id, visit_id, kind, language, created_by, created_at, sha256, pdf, revision, recipient, route, notice"_s;

ArchivedDocument fromRow(const QSqlQuery &q)
{
    ArchivedDocument d;
    d.id = q.value(0).toLongLong();
    d.visitId = q.value(1).toLongLong();
    d.kind = q.value(2).toString();
    d.language = q.value(3).toString();
    d.createdBy = q.value(4).toLongLong();
    d.createdAt = Sql::toDateTime(q.value(5));
    d.sha256 = q.value(6).toString();
    d.pdf = q.value(7).toByteArray();
    d.revision = q.value(8).toInt();
    d.recipient = q.value(9).toString();
    d.route = q.value(10).toString();
    d.notice = q.value(11).toString();
    return d;
}
} // namespace

QList<ArchivedDocument> DocumentArchive::forVisit(qint64 visitId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns + u" FROM documents WHERE visit_id = ? ORDER BY id DESC"_s);
    q.addBindValue(visitId);
    QList<ArchivedDocument> out;
    if (!Sql::run(q, nullptr))
        return out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<ArchivedDocument> DocumentArchive::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kColumns + u" FROM documents WHERE id = ?"_s);
    q.addBindValue(id);
    if (!Sql::run(q, nullptr) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

bool DocumentArchive::recordReprint(const ArchivedDocument &doc, const QString &route)
{
    return AuditLog(m_db, m_actorId).record(u"print"_s, u"document"_s, doc.id, u"reprint "_s + route + u' ' + doc.sha256);
}

} // namespace SpineDesk
