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
    q.prepare(u"INSERT INTO documents (visit_id, kind, language, created_by, created_at, sha256, pdf) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {Sql::id(doc.visitId), QVariant(doc.kind), QVariant(doc.language), Sql::id(m_actorId),
                              Sql::dateTime(doc.createdAt), QVariant(doc.sha256), QVariant(doc.pdf)})
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

QList<ArchivedDocument> DocumentArchive::forVisit(qint64 visitId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, kind, language, created_by, created_at, sha256, pdf FROM documents WHERE visit_id = ? ORDER BY id DESC"_s);
    q.addBindValue(visitId);
    QList<ArchivedDocument> out;
    if (!Sql::run(q, nullptr))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), visitId, q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    Sql::toDateTime(q.value(4)), q.value(5).toString(), q.value(6).toByteArray()});
    return out;
}

} // namespace SpineDesk
