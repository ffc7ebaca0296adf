#include "storage/clinicrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SpineDesk {

ClinicRepository::ClinicRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

ClinicProfile ClinicRepository::load() const
{
    ClinicProfile p;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT name, address, phone, fax, logo, working_language, row_version FROM clinic_profile WHERE id = 1"_s) || !q.next())
        return p;
    p.name = q.value(0).toString();
    p.addressLines = q.value(1).toString().split(u'\n', Qt::SkipEmptyParts);
    p.phone = q.value(2).toString();
    p.fax = q.value(3).toString();
    p.logoPng = q.value(4).toByteArray();
    p.workingLanguage = q.value(5).toString();
    p.rowVersion = q.value(6).toInt();
    return p;
}

SaveResult ClinicRepository::save(ClinicProfile &p)
{
    if (p.name.trimmed().isEmpty())
        return SaveResult::failed(tr("The clinic needs a name for the letterhead."));
    if (p.workingLanguage != u"en" && p.workingLanguage != u"es")
        return SaveResult::failed(tr("The working language must be English or Spanish."));
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (p.rowVersion == 0)
        q.prepare(u"INSERT INTO clinic_profile (name, address, phone, fax, logo, working_language, id, row_version) "
                  "VALUES (?, ?, ?, ?, ?, ?, 1, 1)"_s);
    else
        q.prepare(u"UPDATE clinic_profile SET name = ?, address = ?, phone = ?, fax = ?, logo = ?, working_language = ?, "
                  "row_version = row_version + 1 WHERE id = 1 AND row_version = ?"_s);
    for (const QVariant &v : {QVariant(p.name.trimmed()), QVariant(p.addressLines.join(u'\n')), QVariant(p.phone),
                              QVariant(p.fax), QVariant(p.logoPng), QVariant(p.workingLanguage)})
        q.addBindValue(v);
    if (p.rowVersion > 0)
        q.addBindValue(p.rowVersion);
    QString error;
    if (!Sql::run(q, &error))
        return p.rowVersion == 0 ? SaveResult::conflict(tr("The letterhead was saved elsewhere meanwhile. Reopen the settings."))
                                 : SaveResult::failed(error);
    if (q.numRowsAffected() != 1)
        return SaveResult::conflict(tr("The letterhead was changed elsewhere meanwhile. Reopen the settings to see it."));
    if (!AuditLog(m_db, m_actorId).record(u"update"_s, u"clinic"_s, 1))
        return SaveResult::failed(m_db.lastError().text());
    if (!tx.commit())
        return SaveResult::failed(m_db.lastError().text());
    ++p.rowVersion;
    return SaveResult::saved();
}

} // namespace SpineDesk
