#pragma once

#include "core/outcomes/episodeoutcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <functional>

namespace SpineDesk {

namespace Instruments {
class Library;
}

// A patient behind a figure, as the drill-down list shows it.
struct OutcomePatientRow {
    qint64 episodeId = 0;
    qint64 patientId = 0;
    QString patientName;   // "Family, Given"
    QString mrn;
    QDate firstVisit;
    QString episodeTitle;
};

// The derived table episode_outcomes (schema 7): one compact row per episode of care whose
// first visit is signed, built from signed visits only, so the dashboard and the report count
// without reloading every score. Signing a visit or plan and adding an addendum mark the
// episode stale in the same transaction (markOutcomeStale), so no change is missed; rebuild()
// recomputes the stale episodes, or every episode after the migration to schema 7.
class OutcomeRepository
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeRepository)
public:
    // Reports done/total; returning false cancels (nothing is written then).
    using Progress = std::function<bool(int done, int total)>;

    explicit OutcomeRepository(QSqlDatabase db);

    // Before load(): `if (needsRebuild()) rebuild(…)`. rebuild() brings the table up to date:
    // the stale episodes, or every episode when the table was never built (after migrating
    // to schema 7). It is cheap when little is pending. Progress is reported per episode.
    bool needsRebuild() const;
    int pendingCount() const;    // episodes rebuild() would recompute
    bool rebuild(const Instruments::Library &library, const Progress &progress, QString *error);
    bool rebuildAll(const Instruments::Library &library, const Progress &progress, QString *error);
    // The episode of `visitId` again, from the database (its signed visits).
    bool refreshForVisit(qint64 visitId, const Instruments::Library &library, QString *error);
    bool refreshEpisode(qint64 episodeId, const Instruments::Library &library, QString *error);
    // Writes rows the caller condensed (the demo writer); replaces existing ones.
    bool store(const QList<Outcomes::EpisodeOutcome> &rows, QString *error);

    // Rows whose first visit falls in [from, to] (invalid dates: open), oldest first.
    QList<Outcomes::EpisodeOutcome> load(QDate from, QDate to, QString *error) const;
    int count() const;
    // The patients behind a figure, in the order given; unknown ids are skipped.
    QList<OutcomePatientRow> patients(const QList<qint64> &episodeIds, QString *error) const;

    // The facts of one episode, as refreshEpisode condenses them (for tests and the rebuild).
    // nullopt with an empty error: the episode has no signed first visit (it gets no row).
    std::optional<Outcomes::EpisodeFacts> facts(qint64 episodeId, const Instruments::Library &library, QString *error) const;

private:
    QSqlDatabase m_db;
};

// Marks the episode of `visitId` for refresh; called inside the signing transactions.
bool markOutcomeStale(QSqlDatabase &db, qint64 visitId, QString *error);

} // namespace SpineDesk
