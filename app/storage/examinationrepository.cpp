#include "storage/examinationrepository.h"

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
} // namespace

ExaminationRepository::ExaminationRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

std::optional<Examination> ExaminationRepository::load(qint64 visitId, QString *error) const
{
    auto q = selectFor(m_db, u"SELECT data, row_version FROM examinations WHERE visit_id = ?"_s, visitId);
    if (!q.next()) {
        Examination fresh;
        fresh.visitId = visitId;
        return fresh;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parse);
    QString why = u"not a JSON object"_s;
    std::optional<Examination> exam;
    if (parse.error == QJsonParseError::NoError && doc.isObject())
        exam = Examination::fromJson(doc.object(), &why);
    if (!exam) {
        if (error)
            *error = tr("The examination of this visit cannot be read (%1). It was left untouched.").arg(why);
        return std::nullopt;
    }
    exam->visitId = visitId;
    exam->rowVersion = q.value(1).toInt();
    return exam;
}

SaveResult ExaminationRepository::save(Examination &exam)
{
    const FieldErrors problems = exam.validate();
    if (!problems.isEmpty())
        return SaveResult::failed(problems.first().message);
    if (const QString why = whyVisitIsReadOnly(m_db, exam.visitId); !why.isEmpty())
        return SaveResult::failed(why);

    Transaction tx(m_db);
    const QString data = QString::fromUtf8(QJsonDocument(exam.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_db);
    if (exam.rowVersion == 0) {
        // visit_id is UNIQUE; checking in the same statement turns a race into a conflict, not an error.
        q.prepare(u"INSERT INTO examinations (visit_id, data, row_version) SELECT ?, ?, 1 "
                  "WHERE NOT EXISTS (SELECT 1 FROM examinations WHERE visit_id = ?)"_s);
        q.addBindValue(exam.visitId);
        q.addBindValue(data);
        q.addBindValue(exam.visitId);
    } else {
        q.prepare(u"UPDATE examinations SET data = ?, row_version = row_version + 1 WHERE visit_id = ? AND row_version = ?"_s);
        q.addBindValue(data);
        q.addBindValue(exam.visitId);
        q.addBindValue(exam.rowVersion);
    }
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    if (q.numRowsAffected() != 1)
        return SaveResult::conflict(exam.rowVersion == 0
                                        ? tr("Someone else started this examination in another window. Your changes were not saved.")
                                        : tr("Someone else changed this examination since you opened it. Your changes were not saved."));
    if (!AuditLog(m_db, m_actorId).record(u"update"_s, u"examination"_s, exam.visitId))
        return SaveResult::failed(m_db.lastError().text());
    if (!tx.commit())
        return SaveResult::failed(m_db.lastError().text());
    ++exam.rowVersion;
    return SaveResult::saved();
}

} // namespace SpineDesk
