#pragma once

#include "core/visit.h"
#include "storage/storageresult.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace SpineDesk {

struct VisitFilter {
    std::optional<VisitKind> kind;
    std::optional<VisitStatus> status;
    qint64 patientId = 0; // 0: every patient
    int limit = -1;       // -1: no limit
};

// A visit with what a list shows beside it.
struct VisitRow {
    Visit visit;
    QString patientName;
    QString mrn;
    QString clinicianName;
};

class VisitRepository
{
    Q_DECLARE_TR_FUNCTIONS(VisitRepository)
public:
    explicit VisitRepository(QSqlDatabase db, qint64 actorId = 0);

    SaveResult createEpisode(Episode &e);
    QList<Episode> episodesForPatient(qint64 patientId) const; // newest first

    SaveResult createVisit(Visit &v); // the patient is taken from the episode
    std::optional<Visit> find(qint64 id) const;
    QList<Visit> visitsForEpisode(qint64 episodeId) const; // oldest first
    QList<VisitRow> list(const VisitFilter &filter) const;  // newest first
    int count() const;

    // Signs a draft visit as clinicianId; after this the visit changes only by addendum.
    SaveResult sign(Visit &v, qint64 clinicianId);
    SaveResult addAddendum(Addendum &a);
    QList<Addendum> addenda(qint64 visitId) const; // oldest first

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
