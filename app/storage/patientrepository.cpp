#include "storage/patientrepository.h"

#include "core/patientsearch.h"
#include "core/validation.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QDate>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
const auto kColumns = u"SELECT id, family_name, given_name, birth_date, sex, mrn, phone, preferred_language, row_version FROM patients "_s;

Patient fromRow(const QSqlQuery &q)
{
    Patient p;
    p.id = q.value(0).toLongLong();
    p.familyName = q.value(1).toString();
    p.givenName = q.value(2).toString();
    p.birthDate = Sql::toDate(q.value(3));
    p.sex = sexFromCode(q.value(4).toString()).value_or(Sex::Unknown);
    p.mrn = q.value(5).toString();
    p.phone = q.value(6).toString();
    p.preferredLanguage = q.value(7).toString();
    p.rowVersion = q.value(8).toInt();
    return p;
}

void bindFields(QSqlQuery &q, const Patient &p)
{
    q.addBindValue(p.familyName.trimmed());
    q.addBindValue(p.givenName.trimmed());
    q.addBindValue(Sql::date(p.birthDate));
    q.addBindValue(sexCode(p.sex));
    q.addBindValue(p.mrn.trimmed());
    q.addBindValue(p.phone.trimmed());
    q.addBindValue(p.preferredLanguage);
    q.addBindValue(searchKey(p.familyName));
    q.addBindValue(searchKey(p.givenName));
    q.addBindValue(searchKey(p.mrn.trimmed()));
}

bool writeNameWords(const QSqlDatabase &db, const Patient &p, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM patient_name_words WHERE patient_id = ?"_s);
    q.addBindValue(p.id);
    if (!Sql::run(q, error))
        return false;
    q.prepare(u"INSERT INTO patient_name_words (word, patient_id) VALUES (?, ?)"_s);
    for (const QString &word : nameWords(p.familyName, p.givenName)) {
        q.addBindValue(word);
        q.addBindValue(p.id);
        if (!Sql::run(q, error))
            return false;
    }
    return true;
}

// Upper bound for a prefix range; keeps the comparison index-friendly on every back end.
QString prefixEnd(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}
} // namespace

PatientRepository::PatientRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

SaveResult PatientRepository::create(Patient &p)
{
    if (const auto errors = validatePatient(p, QDate::currentDate()); !errors.isEmpty())
        return SaveResult::failed(errors.first().message);
    if (findByMrn(p.mrn.trimmed()))
        return SaveResult::failed(tr("A patient with MRN %1 already exists.").arg(p.mrn.trimmed()));
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO patients (family_name, given_name, birth_date, sex, mrn, phone, preferred_language, family_key, given_key, mrn_key, created_at, row_version) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s);
    bindFields(q, p);
    q.addBindValue(Sql::nowUtc());
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    p.id = q.lastInsertId().toLongLong();
    p.rowVersion = 1;
    if (!writeNameWords(m_db, p, &error)) {
        p.id = 0;
        p.rowVersion = 0;
        return SaveResult::failed(error);
    }
    AuditLog(m_db, m_actorId).record(u"create"_s, u"patient"_s, p.id);
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

SaveResult PatientRepository::update(Patient &p)
{
    if (const auto errors = validatePatient(p, QDate::currentDate()); !errors.isEmpty())
        return SaveResult::failed(errors.first().message);
    if (const auto other = findByMrn(p.mrn.trimmed()); other && other->id != p.id)
        return SaveResult::failed(tr("A patient with MRN %1 already exists.").arg(p.mrn.trimmed()));
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE patients SET family_name = ?, given_name = ?, birth_date = ?, sex = ?, mrn = ?, phone = ?, preferred_language = ?, "
              "family_key = ?, given_key = ?, mrn_key = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s);
    bindFields(q, p);
    q.addBindValue(p.id);
    q.addBindValue(p.rowVersion);
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    if (q.numRowsAffected() != 1)
        return SaveResult::conflict(tr("Someone else changed this patient's details since you opened them. Your changes were not saved."));
    if (!writeNameWords(m_db, p, &error))
        return SaveResult::failed(error);
    ++p.rowVersion;
    AuditLog(m_db, m_actorId).record(u"update"_s, u"patient"_s, p.id);
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

std::optional<Patient> PatientRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(kColumns + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (Sql::run(q, nullptr) && q.next())
        return fromRow(q);
    return std::nullopt;
}

std::optional<Patient> PatientRepository::findByMrn(const QString &mrn) const
{
    QSqlQuery q(m_db);
    q.prepare(kColumns + u"WHERE mrn = ?"_s);
    q.addBindValue(mrn);
    if (Sql::run(q, nullptr) && q.next())
        return fromRow(q);
    return std::nullopt;
}

int PatientRepository::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT count(*) FROM patients"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<Patient> PatientRepository::search(const QString &text, int limit, int offset) const
{
    QStringList conditions;
    QVariantList binds;
    for (const SearchTerm &term : parsePatientSearch(text)) {
        QStringList any;
        if (!term.key.isEmpty()) {
            any << u"id IN (SELECT patient_id FROM patient_name_words WHERE word >= ? AND word < ?)"_s
                << u"(mrn_key >= ? AND mrn_key < ?)"_s;
            binds << term.key << prefixEnd(term.key) << term.key << prefixEnd(term.key);
        }
        if (!term.birthDatePrefix.isEmpty()) {
            any << u"(birth_date >= ? AND birth_date < ?)"_s;
            binds << term.birthDatePrefix << prefixEnd(term.birthDatePrefix);
        }
        conditions << u"("_s + any.join(u" OR "_s) + u")"_s;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kColumns + (conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s))
              + u" ORDER BY family_key, given_key, id LIMIT ? OFFSET ?"_s);
    for (const auto &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Patient> out;
    if (Sql::run(q, nullptr))
        while (q.next())
            out.append(fromRow(q));
    return out;
}

} // namespace SpineDesk
