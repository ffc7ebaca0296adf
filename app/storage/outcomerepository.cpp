#include "storage/outcomerepository.h"

#include "core/instruments/library.h"
#include "core/outcomes/episodefacts.h"
#include "storage/database.h"
#include "storage/dossierloader.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Outcomes;

namespace {

const QString kRebuildKey = u"outcomes_rebuild"_s;

// "odi@6:reached-absolute odi@12:missing …": keyed, so a change of the reported scales or
// time points reads old rows as not eligible instead of misreading them.
QString mcidText(const EpisodeOutcome &o)
{
    QStringList parts;
    const QList<OutcomeScale> scales = outcomeScales();
    const QList<TimePoint> points = outcomeTimePoints();
    for (int s = 0; s < kOutcomeScaleCount; ++s)
        for (int t = 0; t < kTimePointCount; ++t)
            if (o.mcidAt(s, t) != McidStatus::NotEligible)
                parts << u"%1@%2:%3"_s.arg(scales.at(s).instrumentId).arg(points.at(t).weeks).arg(mcidStatusCode(o.mcidAt(s, t)));
    return parts.join(u' ');
}

void readMcid(EpisodeOutcome &o, QStringView text, const QHash<QString, std::pair<int, int>> &cells)
{
    for (QStringView token : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = token.indexOf(u':');
        if (colon < 0)
            continue;
        const auto cell = cells.constFind(token.left(colon).toString());
        const auto status = mcidStatusFromCode(token.mid(colon + 1));
        if (cell != cells.constEnd() && status)
            o.mcid[size_t(cell->first)][size_t(cell->second)] = *status;
    }
}

bool writeRow(QSqlQuery &insert, const EpisodeOutcome &o, const QString &now, QString *error)
{
    const QList<QVariant> values = {
        o.episodeId, o.patientId, Sql::date(o.firstVisit), visitKindCode(o.firstVisitKind), Sql::id(o.clinicianId),
        o.accessDays ? QVariant(*o.accessDays) : QVariant(), o.stratum, durationClassCode(o.duration), int(o.earlyEpisode),
        o.conditions.join(u' '), int(o.nonSpecificLbp), int(o.evaluated), int(o.surgicalReferral), int(o.fusionReferral),
        int(o.esiRecommended), int(o.esiCriteriaMet), int(o.lowValue), o.safetyAlerts, o.safetyFollowedUp, o.followUpVisits,
        mcidText(o), now};
    for (const QVariant &v : values)
        insert.addBindValue(v);
    return Sql::run(insert, error);
}

const QString kInsert = u"INSERT INTO episode_outcomes (episode_id, patient_id, first_visit, first_visit_kind, clinician_id, "
                        "access_days, stratum, duration, early_episode, conditions, non_specific, evaluated, surgical_referral, "
                        "fusion_referral, esi_recommended, esi_criteria_met, low_value, safety_alerts, safety_followed_up, "
                        "follow_up_visits, mcid, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

bool execOne(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return Sql::run(q, error);
}

QList<qint64> ids(const QSqlDatabase &db, const QString &sql)
{
    QList<qint64> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(sql))
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

bool cancelled(QString *error)
{
    *error = OutcomeRepository::tr("Cancelled; the outcome figures were not updated.");
    return false;
}

} // namespace

bool markOutcomeStale(QSqlDatabase &db, qint64 visitId, QString *error)
{
    return execOne(db, u"DELETE FROM episode_outcomes_stale WHERE episode_id = (SELECT episode_id FROM visits WHERE id = ?)"_s,
                   {visitId}, error)
        && execOne(db, u"INSERT INTO episode_outcomes_stale (episode_id) SELECT episode_id FROM visits WHERE id = ?"_s, {visitId}, error);
}

OutcomeRepository::OutcomeRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool OutcomeRepository::needsRebuild() const
{
    return pendingCount() > 0;
}

int OutcomeRepository::pendingCount() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM meta WHERE key = ? AND value = '1'"_s);
    q.addBindValue(kRebuildKey);
    const bool full = q.exec() && q.next() && q.value(0).toInt() > 0;
    QSqlQuery c(m_db);
    if (!c.exec(full ? u"SELECT count(*) FROM episodes"_s : u"SELECT count(*) FROM episode_outcomes_stale"_s) || !c.next())
        return 0;
    return full ? std::max(1, c.value(0).toInt()) : c.value(0).toInt(); // a full rebuild of nothing still clears the flag
}

bool OutcomeRepository::rebuild(const Instruments::Library &library, const Progress &progress, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM meta WHERE key = ? AND value = '1'"_s);
    q.addBindValue(kRebuildKey);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        return rebuildAll(library, progress, error);
    const QList<qint64> stale = ids(m_db, u"SELECT episode_id FROM episode_outcomes_stale ORDER BY episode_id"_s);
    Transaction tx(m_db);
    for (int i = 0; i < stale.size(); ++i) {
        if (progress && !progress(i, int(stale.size())))
            return cancelled(error);
        if (!refreshEpisode(stale.at(i), library, error))
            return false;
    }
    if (!tx.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    if (progress)
        progress(int(stale.size()), int(stale.size()));
    return true;
}

bool OutcomeRepository::rebuildAll(const Instruments::Library &library, const Progress &progress, QString *error)
{
    const QList<qint64> episodes = ids(m_db, u"SELECT id FROM episodes ORDER BY id"_s);
    Transaction tx(m_db);
    if (!execOne(m_db, u"DELETE FROM episode_outcomes"_s, {}, error))
        return false;
    QSqlQuery insert(m_db);
    insert.prepare(kInsert);
    const QString now = Sql::nowUtc();
    for (int i = 0; i < episodes.size(); ++i) {
        if (progress && i % 20 == 0 && !progress(i, int(episodes.size())))
            return cancelled(error);
        QString why;
        const auto f = facts(episodes.at(i), library, &why);
        if (!f && !why.isEmpty()) {
            *error = tr("Episode %1: %2").arg(episodes.at(i)).arg(why);
            return false;
        }
        if (f && !writeRow(insert, summarizeEpisode(*f, library), now, error))
            return false;
    }
    if (!execOne(m_db, u"DELETE FROM episode_outcomes_stale"_s, {}, error)
        || !execOne(m_db, u"DELETE FROM meta WHERE key = ?"_s, {kRebuildKey}, error))
        return false;
    if (!tx.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    if (progress)
        progress(int(episodes.size()), int(episodes.size()));
    return true;
}

bool OutcomeRepository::refreshForVisit(qint64 visitId, const Instruments::Library &library, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT episode_id FROM visits WHERE id = ?"_s);
    q.addBindValue(visitId);
    if (!Sql::run(q, error))
        return false;
    if (!q.next()) {
        *error = tr("There is no visit %1.").arg(visitId);
        return false;
    }
    return refreshEpisode(q.value(0).toLongLong(), library, error);
}

bool OutcomeRepository::refreshEpisode(qint64 episodeId, const Instruments::Library &library, QString *error)
{
    QString why;
    const auto f = facts(episodeId, library, &why);
    if (!f && !why.isEmpty()) {
        *error = why;
        return false;
    }
    Transaction tx(m_db);
    if (!execOne(m_db, u"DELETE FROM episode_outcomes WHERE episode_id = ?"_s, {episodeId}, error)
        || !execOne(m_db, u"DELETE FROM episode_outcomes_stale WHERE episode_id = ?"_s, {episodeId}, error))
        return false;
    if (f) {
        QSqlQuery insert(m_db);
        insert.prepare(kInsert);
        if (!writeRow(insert, summarizeEpisode(*f, library), Sql::nowUtc(), error))
            return false;
    }
    if (!tx.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool OutcomeRepository::store(const QList<EpisodeOutcome> &rows, QString *error)
{
    Transaction tx(m_db);
    QSqlQuery del(m_db);
    del.prepare(u"DELETE FROM episode_outcomes WHERE episode_id = ?"_s);
    QSqlQuery insert(m_db);
    insert.prepare(kInsert);
    const QString now = Sql::nowUtc();
    for (const EpisodeOutcome &o : rows) {
        del.addBindValue(o.episodeId);
        if (!Sql::run(del, error) || !writeRow(insert, o, now, error))
            return false;
    }
    if (!tx.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

QList<EpisodeOutcome> OutcomeRepository::load(QDate from, QDate to, QString *error) const
{
    QList<EpisodeOutcome> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT episode_id, patient_id, first_visit, first_visit_kind, clinician_id, access_days, stratum, duration, "
              "early_episode, conditions, non_specific, evaluated, surgical_referral, fusion_referral, esi_recommended, "
              "esi_criteria_met, low_value, safety_alerts, safety_followed_up, follow_up_visits, mcid FROM episode_outcomes "
              "WHERE first_visit >= ? AND first_visit <= ? ORDER BY first_visit, episode_id"_s);
    q.addBindValue(from.isValid() ? from.toString(Qt::ISODate) : u"0000-01-01"_s);
    q.addBindValue(to.isValid() ? to.toString(Qt::ISODate) : u"9999-12-31"_s);
    if (!Sql::run(q, error))
        return out;
    QHash<QString, std::pair<int, int>> cells;
    const QList<OutcomeScale> scales = outcomeScales();
    const QList<TimePoint> points = outcomeTimePoints();
    for (int s = 0; s < kOutcomeScaleCount; ++s)
        for (int t = 0; t < kTimePointCount; ++t)
            cells.insert(u"%1@%2"_s.arg(scales.at(s).instrumentId).arg(points.at(t).weeks), {s, t});
    // Shared strings: a few distinct values across 100,000 rows.
    QSet<QString> strings;
    auto shared = [&strings](const QString &s) { return *strings.insert(s); };
    QHash<QString, QStringList> conditionLists;
    QHash<QString, DurationClass> durations;
    for (DurationClass c : {DurationClass::Unknown, DurationClass::Acute, DurationClass::Subacute, DurationClass::Chronic})
        durations.insert(durationClassCode(c), c);
    while (q.next()) {
        EpisodeOutcome o;
        o.episodeId = q.value(0).toLongLong();
        o.patientId = q.value(1).toLongLong();
        o.firstVisit = Sql::toDate(q.value(2));
        o.firstVisitKind = visitKindFromCode(q.value(3).toString()).value_or(VisitKind::Initial);
        o.clinicianId = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            o.accessDays = q.value(5).toInt();
        o.stratum = shared(q.value(6).toString());
        o.duration = durations.value(q.value(7).toString(), DurationClass::Unknown);
        o.earlyEpisode = q.value(8).toInt() != 0;
        const QString conditions = q.value(9).toString();
        auto list = conditionLists.find(conditions);
        if (list == conditionLists.end())
            list = conditionLists.insert(conditions, conditions.split(u' ', Qt::SkipEmptyParts));
        o.conditions = *list;
        o.nonSpecificLbp = q.value(10).toInt() != 0;
        o.evaluated = q.value(11).toInt() != 0;
        o.surgicalReferral = q.value(12).toInt() != 0;
        o.fusionReferral = q.value(13).toInt() != 0;
        o.esiRecommended = q.value(14).toInt() != 0;
        o.esiCriteriaMet = q.value(15).toInt() != 0;
        o.lowValue = quint8(q.value(16).toInt());
        o.safetyAlerts = q.value(17).toInt();
        o.safetyFollowedUp = q.value(18).toInt();
        o.followUpVisits = q.value(19).toInt();
        readMcid(o, q.value(20).toString(), cells);
        out << o;
    }
    return out;
}

int OutcomeRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM episode_outcomes"_s) && q.next() ? q.value(0).toInt() : 0;
}

QList<OutcomePatientRow> OutcomeRepository::patients(const QList<qint64> &episodeIds, QString *error) const
{
    QHash<qint64, OutcomePatientRow> found;
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < episodeIds.size(); start += kChunk) {
        const QList<qint64> chunk = episodeIds.mid(start, kChunk);
        QStringList marks(chunk.size(), u"?"_s);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT o.episode_id, p.id, p.family_name, p.given_name, p.mrn, o.first_visit, e.title FROM episode_outcomes o "
                  "JOIN patients p ON p.id = o.patient_id JOIN episodes e ON e.id = o.episode_id WHERE o.episode_id IN ("_s
                  + marks.join(u", "_s) + u")"_s);
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!Sql::run(q, error))
            return {};
        while (q.next()) {
            OutcomePatientRow r;
            r.episodeId = q.value(0).toLongLong();
            r.patientId = q.value(1).toLongLong();
            r.patientName = q.value(2).toString() + u", "_s + q.value(3).toString();
            r.mrn = q.value(4).toString();
            r.firstVisit = Sql::toDate(q.value(5));
            r.episodeTitle = q.value(6).toString();
            found.insert(r.episodeId, r);
        }
    }
    QList<OutcomePatientRow> out;
    out.reserve(found.size());
    for (qint64 id : episodeIds)
        if (const auto it = found.constFind(id); it != found.constEnd())
            out << *it;
    return out;
}

std::optional<EpisodeFacts> OutcomeRepository::facts(qint64 episodeId, const Instruments::Library &library, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, status FROM visits WHERE episode_id = ? ORDER BY visit_date, id"_s);
    q.addBindValue(episodeId);
    if (!Sql::run(q, error))
        return std::nullopt;
    QList<qint64> signedVisits;
    bool first = true;
    while (q.next()) {
        const bool isSigned = q.value(1).toString() == u"signed";
        if (first && !isSigned)
            return std::nullopt; // counted once the first visit is signed
        first = false;
        if (isSigned)
            signedVisits << q.value(0).toLongLong();
    }
    if (signedVisits.isEmpty())
        return std::nullopt;
    EpisodeFacts f;
    for (qint64 visitId : signedVisits) {
        const auto dossier = loadVisitDossier(m_db, library, visitId, error);
        if (!dossier)
            return std::nullopt;
        addSignedVisit(f, *dossier);
    }
    return f;
}

} // namespace SpineDesk
