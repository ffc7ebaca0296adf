#include "storage/visitrepository.h"

#include "core/patient.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/outcomerepository.h"
#include "storage/sqlvalues.h"

#include <QDateTime>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
const auto kVisitColumns = u"v.id, v.episode_id, v.patient_id, v.kind, v.status, v.visit_date, v.clinician_id, v.signed_by, v.signed_at, v.row_version"_s;

Visit visitFromRow(const QSqlQuery &q)
{
    Visit v;
    v.id = q.value(0).toLongLong();
    v.episodeId = q.value(1).toLongLong();
    v.patientId = q.value(2).toLongLong();
    v.kind = visitKindFromCode(q.value(3).toString()).value_or(VisitKind::Initial);
    v.status = visitStatusFromCode(q.value(4).toString()).value_or(VisitStatus::Draft);
    v.visitDate = Sql::toDate(q.value(5));
    v.clinicianId = q.value(6).toLongLong();
    v.signedBy = q.value(7).toLongLong();
    v.signedAt = Sql::toDateTime(q.value(8));
    v.rowVersion = q.value(9).toInt();
    return v;
}
} // namespace

VisitRepository::VisitRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

SaveResult VisitRepository::createEpisode(Episode &e)
{
    if (!e.startDate.isValid())
        return SaveResult::failed(tr("An episode of care needs a start date."));
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO episodes (patient_id, title, start_date, closed, row_version) VALUES (?, ?, ?, ?, 1)"_s);
    q.addBindValue(e.patientId);
    q.addBindValue(e.title.trimmed());
    q.addBindValue(Sql::date(e.startDate));
    q.addBindValue(e.closed ? 1 : 0);
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    e.id = q.lastInsertId().toLongLong();
    e.rowVersion = 1;
    AuditLog(m_db, m_actorId).record(u"create"_s, u"episode"_s, e.id);
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

QList<Episode> VisitRepository::episodesForPatient(qint64 patientId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, patient_id, title, start_date, closed, row_version FROM episodes WHERE patient_id = ? ORDER BY start_date DESC, id DESC"_s);
    q.addBindValue(patientId);
    QList<Episode> out;
    if (Sql::run(q, nullptr))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), Sql::toDate(q.value(3)),
                        q.value(4).toBool(), q.value(5).toInt()});
    return out;
}

SaveResult VisitRepository::createVisit(Visit &v)
{
    if (!v.visitDate.isValid())
        return SaveResult::failed(tr("A visit needs a date."));
    QSqlQuery owner(m_db);
    owner.prepare(u"SELECT patient_id FROM episodes WHERE id = ?"_s);
    owner.addBindValue(v.episodeId);
    if (!Sql::run(owner, nullptr) || !owner.next())
        return SaveResult::failed(tr("The episode of care for this visit no longer exists."));
    v.patientId = owner.value(0).toLongLong();
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO visits (episode_id, patient_id, kind, status, visit_date, clinician_id, created_at, row_version) VALUES (?, ?, ?, 'draft', ?, ?, ?, 1)"_s);
    q.addBindValue(v.episodeId);
    q.addBindValue(v.patientId);
    q.addBindValue(visitKindCode(v.kind));
    q.addBindValue(Sql::date(v.visitDate));
    q.addBindValue(Sql::id(v.clinicianId));
    q.addBindValue(Sql::nowUtc());
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    v.id = q.lastInsertId().toLongLong();
    v.status = VisitStatus::Draft;
    v.rowVersion = 1;
    AuditLog(m_db, m_actorId).record(u"create"_s, u"visit"_s, v.id, visitKindCode(v.kind));
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

std::optional<Visit> VisitRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kVisitColumns + u" FROM visits v WHERE v.id = ?"_s);
    q.addBindValue(id);
    if (Sql::run(q, nullptr) && q.next())
        return visitFromRow(q);
    return std::nullopt;
}

QList<Visit> VisitRepository::visitsForEpisode(qint64 episodeId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kVisitColumns + u" FROM visits v WHERE v.episode_id = ? ORDER BY v.visit_date, v.id"_s);
    q.addBindValue(episodeId);
    QList<Visit> out;
    if (Sql::run(q, nullptr))
        while (q.next())
            out.append(visitFromRow(q));
    return out;
}

QList<VisitRow> VisitRepository::list(const VisitFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (filter.kind) {
        where << u"v.kind = ?"_s;
        binds << visitKindCode(*filter.kind);
    }
    if (filter.status) {
        where << u"v.status = ?"_s;
        binds << visitStatusCode(*filter.status);
    }
    if (filter.patientId > 0) {
        where << u"v.patient_id = ?"_s;
        binds << filter.patientId;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kVisitColumns + u", p.family_name, p.given_name, p.mrn, c.name FROM visits v "
              "JOIN patients p ON p.id = v.patient_id LEFT JOIN clinicians c ON c.id = v.clinician_id "_s
              + (where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s))
              + u" ORDER BY v.visit_date DESC, v.id DESC LIMIT ?"_s);
    for (const auto &b : binds)
        q.addBindValue(b);
    q.addBindValue(filter.limit);
    QList<VisitRow> out;
    if (Sql::run(q, nullptr))
        while (q.next()) {
            Patient p; // for the one display-name rule
            p.familyName = q.value(10).toString();
            p.givenName = q.value(11).toString();
            out.append({visitFromRow(q), p.displayName(), q.value(12).toString(), q.value(13).toString()});
        }
    return out;
}

int VisitRepository::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT count(*) FROM visits"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

SaveResult VisitRepository::sign(Visit &v, qint64 clinicianId)
{
    if (clinicianId <= 0)
        return SaveResult::failed(tr("Choose the signing clinician first."));
    if (v.isSigned())
        return SaveResult::failed(tr("This visit is already signed; add an addendum instead."));
    // Its plan of care is what a physical-therapy visit is signed for (PlanRepository::sign).
    if (v.kind == VisitKind::PhysicalTherapy)
        return SaveResult::failed(tr("A physical-therapy visit is signed together with its plan of care: save the plan on the "
                                     "Plan step first."));
    Transaction tx(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE visits SET status = 'signed', signed_by = ?, signed_at = ?, row_version = row_version + 1 "
              "WHERE id = ? AND row_version = ? AND status = 'draft'"_s);
    q.addBindValue(clinicianId);
    q.addBindValue(Sql::dateTime(now));
    q.addBindValue(v.id);
    q.addBindValue(v.rowVersion);
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    if (q.numRowsAffected() != 1)
        return SaveResult::conflict(tr("This visit was changed or signed elsewhere since you opened it. Reopen it to see the current record."));
    v.status = VisitStatus::Signed;
    v.signedBy = clinicianId;
    v.signedAt = now;
    ++v.rowVersion;
    AuditLog(m_db, m_actorId).record(u"sign"_s, u"visit"_s, v.id);
    if (!markOutcomeStale(m_db, v.id, &error))
        return SaveResult::failed(error);
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

SaveResult VisitRepository::addAddendum(Addendum &a)
{
    if (a.text.trimmed().isEmpty())
        return SaveResult::failed(tr("An addendum needs some text."));
    if (a.authorId <= 0)
        return SaveResult::failed(tr("Choose the clinician writing the addendum first."));
    const auto visit = find(a.visitId);
    if (!visit || !visit->isSigned())
        return SaveResult::failed(tr("Addenda are for signed visits; a draft can still be edited."));
    Transaction tx(m_db);
    a.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO addenda (visit_id, author_id, created_at, text) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(a.visitId);
    q.addBindValue(a.authorId);
    q.addBindValue(Sql::dateTime(a.createdAt));
    q.addBindValue(a.text.trimmed());
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    a.id = q.lastInsertId().toLongLong();
    AuditLog(m_db, m_actorId).record(u"addendum"_s, u"visit"_s, a.visitId);
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

QList<Addendum> VisitRepository::addenda(qint64 visitId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, visit_id, author_id, created_at, text FROM addenda WHERE visit_id = ? ORDER BY id"_s);
    q.addBindValue(visitId);
    QList<Addendum> out;
    if (Sql::run(q, nullptr))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        Sql::toDateTime(q.value(3)), q.value(4).toString()});
    return out;
}

} // namespace SpineDesk
