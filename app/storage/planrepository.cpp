#include "storage/planrepository.h"

#include "core/contentjson.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/outcomerepository.h"
#include "storage/signcheck.h"
#include "storage/sqlvalues.h"
#include "storage/storedjson.h"
#include "storage/therapyrepository.h"
#include "storage/visitguard.h"
#include "storage/visitrepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
std::optional<Plans::TreatmentPlan> readPlan(const QString &text, const QString &what, QString *error)
{
    QString why;
    const auto object = Sql::storedObject(text, &why);
    ContentErrors problems(what);
    Plans::TreatmentPlan plan;
    if (object)
        plan = Plans::TreatmentPlan::fromJson(*object, &problems);
    if (!object || !problems.isEmpty()) {
        if (error)
            *error = PlanRepository::tr("The stored %1 cannot be read (%2). It was left untouched.")
                         .arg(what, object ? problems.list().join(u"; "_s) : why);
        return std::nullopt;
    }
    return plan;
}

QDate visitDate(const QSqlDatabase &db, qint64 visitId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT visit_date FROM visits WHERE id = ?"_s);
    q.addBindValue(visitId);
    return Sql::run(q, nullptr) && q.next() ? Sql::toDate(q.value(0)) : QDate();
}
} // namespace

PlanRepository::PlanRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

std::optional<StoredPlan> PlanRepository::load(qint64 visitId, QString *error) const
{
    StoredPlan stored;
    stored.plan.visitId = visitId;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT data, status, signed_by, signed_at, row_version FROM plans WHERE visit_id = ?"_s);
    q.addBindValue(visitId);
    QString why;
    if (!Sql::run(q, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    if (!q.next())
        return stored;
    const auto plan = readPlan(q.value(0).toString(), tr("plan of visit %1").arg(visitId), error);
    if (!plan)
        return std::nullopt;
    stored.plan = *plan;
    stored.plan.visitId = visitId;
    stored.plan.rowVersion = q.value(4).toInt();
    stored.isSigned = q.value(1).toString() == u"signed";
    stored.signedBy = q.value(2).toLongLong();
    stored.signedAt = Sql::toDateTime(q.value(3));

    QSqlQuery a(m_db);
    a.setForwardOnly(true);
    a.prepare(u"SELECT id, revision, author_id, created_at, reason, data FROM plan_addenda WHERE visit_id = ? ORDER BY revision"_s);
    a.addBindValue(visitId);
    if (!Sql::run(a, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    while (a.next()) {
        Plans::PlanAddendum add;
        add.id = a.value(0).toLongLong();
        add.visitId = visitId;
        add.revision = a.value(1).toInt();
        add.authorId = a.value(2).toLongLong();
        add.createdAt = Sql::toDateTime(a.value(3));
        add.reason = a.value(4).toString();
        const auto revised = readPlan(a.value(5).toString(), tr("addendum %1 of visit %2").arg(add.revision).arg(visitId), error);
        if (!revised)
            return std::nullopt;
        add.plan = *revised;
        add.plan.visitId = visitId;
        stored.addenda << add;
    }
    return stored;
}

std::optional<EpisodePlan> PlanRepository::signedPlanBefore(qint64 episodeId, QDate visitDate, qint64 visitId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT v.id, v.visit_date FROM plans p JOIN visits v ON v.id = p.visit_id "
              "WHERE v.episode_id = ? AND p.status = 'signed' AND (v.visit_date < ? OR (v.visit_date = ? AND v.id < ?)) "
              "ORDER BY v.visit_date DESC, v.id DESC LIMIT 1"_s);
    q.addBindValue(episodeId);
    q.addBindValue(Sql::date(visitDate));
    q.addBindValue(Sql::date(visitDate));
    q.addBindValue(visitId);
    QString why;
    if (!Sql::run(q, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    EpisodePlan out;
    out.visitId = q.value(0).toLongLong();
    out.visitDate = Sql::toDate(q.value(1));
    const auto stored = load(out.visitId, error);
    if (!stored)
        return std::nullopt;
    out.plan = stored->current();
    out.revision = stored->addenda.isEmpty() ? 0 : stored->addenda.last().revision;
    return out;
}

SaveResult PlanRepository::save(Plans::TreatmentPlan &plan)
{
    if (const QString why = whyVisitIsReadOnly(m_db, plan.visitId); !why.isEmpty())
        return SaveResult::failed(why);
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QString data = Sql::compactJson(plan.toJson());
    if (plan.rowVersion == 0) {
        QSqlQuery exists(m_db);
        exists.prepare(u"SELECT 1 FROM plans WHERE visit_id = ?"_s);
        exists.addBindValue(plan.visitId);
        if (Sql::run(exists, nullptr) && exists.next())
            return SaveResult::conflict(tr("Someone else started this plan in another window. Your changes were not saved."));
        q.prepare(u"INSERT INTO plans (visit_id, status, data, row_version) VALUES (?, 'draft', ?, 1)"_s);
        q.addBindValue(plan.visitId);
        q.addBindValue(data);
    } else {
        q.prepare(u"UPDATE plans SET data = ?, row_version = row_version + 1 WHERE visit_id = ? AND row_version = ? "
                  "AND status = 'draft'"_s);
        q.addBindValue(data);
        q.addBindValue(plan.visitId);
        q.addBindValue(plan.rowVersion);
    }
    QString error;
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    if (q.numRowsAffected() != 1)
        return SaveResult::conflict(tr("This plan was changed or signed elsewhere since you opened it. Reopen the visit to "
                                       "see the current plan; your changes were not saved."));
    if (!AuditLog(m_db, m_actorId).record(plan.rowVersion == 0 ? u"create"_s : u"update"_s, u"plan"_s, plan.visitId))
        return SaveResult::failed(m_db.lastError().text());
    if (!tx.commit())
        return SaveResult::failed(m_db.lastError().text());
    ++plan.rowVersion;
    return SaveResult::saved();
}

QStringList PlanRepository::signProblems(qint64 visitId) const
{
    QStringList problems;
    for (const SignBlocker &b : signBlockersForVisit(m_db, visitId))
        problems << b.message;
    QString error;
    const auto stored = load(visitId, &error);
    if (!stored)
        return problems << error;
    if (stored->isSigned)
        return problems << tr("The plan is already signed; add an addendum instead.");
    if (stored->plan.rowVersion == 0)
        return problems << tr("There is no saved plan for this visit yet.");
    const QDate date = visitDate(m_db, visitId);
    problems += stored->plan.problemsForSigning(date);
    // A physical-therapy visit signs its plan of care with it (pathways.md §6.4).
    if (const auto visit = VisitRepository(m_db).find(visitId); visit && visit->kind == VisitKind::PhysicalTherapy) {
        const auto therapy = TherapyRepository(m_db).load(visitId, &error);
        if (!therapy)
            return problems << error;
        problems += Therapy::planOfCareProblems(*therapy, stored->plan, date);
    }
    return problems;
}

SaveResult PlanRepository::sign(qint64 visitId, qint64 clinicianId)
{
    if (clinicianId <= 0)
        return SaveResult::failed(tr("Choose the signing clinician first."));
    // Safety checks never fail open: any blocker, or an unreadable plan, stops the signature.
    if (const QStringList problems = signProblems(visitId); !problems.isEmpty())
        return SaveResult::failed(problems.join(u'\n'));
    Transaction tx(m_db);
    const QString now = Sql::dateTime(QDateTime::currentDateTimeUtc()).toString();
    QSqlQuery p(m_db);
    p.prepare(u"UPDATE plans SET status = 'signed', signed_by = ?, signed_at = ?, row_version = row_version + 1 "
              "WHERE visit_id = ? AND status = 'draft'"_s);
    p.addBindValue(clinicianId);
    p.addBindValue(now);
    p.addBindValue(visitId);
    QSqlQuery v(m_db);
    v.prepare(u"UPDATE visits SET status = 'signed', signed_by = ?, signed_at = ?, row_version = row_version + 1 "
              "WHERE id = ? AND status = 'draft'"_s);
    v.addBindValue(clinicianId);
    v.addBindValue(now);
    v.addBindValue(visitId);
    QString error;
    if (!Sql::run(p, &error) || !Sql::run(v, &error))
        return SaveResult::failed(error);
    if (p.numRowsAffected() != 1 || v.numRowsAffected() != 1)
        return SaveResult::conflict(tr("This visit was signed elsewhere since you opened it. Reopen it to see the record."));
    AuditLog log(m_db, m_actorId);
    if (!log.record(u"sign"_s, u"plan"_s, visitId) || !log.record(u"sign"_s, u"visit"_s, visitId))
        return SaveResult::failed(m_db.lastError().text());
    if (!markOutcomeStale(m_db, visitId, &error))
        return SaveResult::failed(error);
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

SaveResult PlanRepository::addAddendum(Plans::PlanAddendum &addendum)
{
    if (addendum.reason.trimmed().isEmpty())
        return SaveResult::failed(tr("Say why the plan changes: an addendum needs a reason."));
    if (addendum.authorId <= 0)
        return SaveResult::failed(tr("Choose the clinician writing the addendum first."));
    QString error;
    const auto stored = load(addendum.visitId, &error);
    if (!stored)
        return SaveResult::failed(error);
    if (!stored->isSigned)
        return SaveResult::failed(tr("Addenda are for signed plans; a draft can still be edited."));
    if (addendum.plan.toJson() == stored->current().toJson())
        return SaveResult::failed(tr("The addendum does not change the plan."));
    Transaction tx(m_db);
    addendum.revision = stored->addenda.isEmpty() ? 1 : stored->addenda.last().revision + 1;
    addendum.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO plan_addenda (visit_id, revision, author_id, created_at, reason, data) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(addendum.visitId), QVariant(addendum.revision), QVariant(addendum.authorId),
                              Sql::dateTime(addendum.createdAt), QVariant(addendum.reason.trimmed()),
                              QVariant(Sql::compactJson(addendum.plan.toJson()))})
        q.addBindValue(v);
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    addendum.id = q.lastInsertId().toLongLong();
    // The visit's addendum list shows it too, so the chart tells the whole story.
    QSqlQuery v(m_db);
    v.prepare(u"INSERT INTO addenda (visit_id, author_id, created_at, text) VALUES (?, ?, ?, ?)"_s);
    for (const QVariant &value : {QVariant(addendum.visitId), QVariant(addendum.authorId), Sql::dateTime(addendum.createdAt),
                                  QVariant(tr("Plan revision %1: %2").arg(addendum.revision).arg(addendum.reason.trimmed()))})
        v.addBindValue(value);
    if (!Sql::run(v, &error))
        return SaveResult::failed(error);
    if (!AuditLog(m_db, m_actorId).record(u"addendum"_s, u"plan"_s, addendum.visitId, QString::number(addendum.revision)))
        return SaveResult::failed(m_db.lastError().text());
    if (!markOutcomeStale(m_db, addendum.visitId, &error))
        return SaveResult::failed(error);
    return tx.commit() ? SaveResult::saved() : SaveResult::failed(m_db.lastError().text());
}

} // namespace SpineDesk
