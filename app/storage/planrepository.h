#pragma once

#include "core/plan/plan.h"
#include "core/signguard.h"
#include "storage/storageresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace SpineDesk {

// The plan as stored: the signed (or draft) plan and the addenda made after signing.
struct StoredPlan {
    Plans::TreatmentPlan plan;      // as signed, or the draft (rowVersion 0: never saved)
    bool isSigned = false;
    qint64 signedBy = 0;
    QDateTime signedAt;
    QList<Plans::PlanAddendum> addenda; // oldest first
    const Plans::TreatmentPlan &current() const { return addenda.isEmpty() ? plan : addenda.last().plan; }
};

// The episode's current signed plan as a later visit sees it (issue 7: the follow-up's plan).
struct EpisodePlan {
    qint64 visitId = 0;
    QDate visitDate;
    Plans::TreatmentPlan plan; // the latest addendum's, or as signed
    int revision = 0;          // 0: as signed
};

// One plan per visit (issue 5). Draft saves are transactional, row-versioned and audited.
// Signing the plan signs the visit, in one transaction, and only when nothing blocks it
// (unacknowledged red flags or safety alerts: signBlockersForVisit) and the plan is complete
// enough to sign (TreatmentPlan::problemsForSigning). After that the plan changes only by
// addendum, which records a new revision and the reason; the signed row never changes.
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)
public:
    explicit PlanRepository(QSqlDatabase db, qint64 actorId = 0);

    // nullopt with the reason when the stored plan cannot be read; a visit without a plan
    // gives an empty draft (rowVersion 0).
    std::optional<StoredPlan> load(qint64 visitId, QString *error = nullptr) const;
    SaveResult save(Plans::TreatmentPlan &plan); // draft only
    // Why the plan cannot be signed now; empty when it can.
    QStringList signProblems(qint64 visitId) const;
    SaveResult sign(qint64 visitId, qint64 clinicianId);
    SaveResult addAddendum(Plans::PlanAddendum &addendum); // sets id, revision, createdAt
    // The signed plan of the newest earlier visit in the episode (by date, then id), with its
    // addenda applied; nullopt when there is none. A plan that cannot be read sets `error`.
    std::optional<EpisodePlan> signedPlanBefore(qint64 episodeId, QDate visitDate, qint64 visitId, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
