#pragma once

#include "core/durationclass.h"
#include "core/instruments/definition.h"
#include "core/visit.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk::Outcomes {

// The facts about one episode of care that the clinic's outcome measures are computed from
// (issue 7). Outcomes are per episode of care, not per visit (pathways.md §6.3).
// episodeoutcome.h condenses them into one compact row per episode; outcomefigures.h counts.

struct ScorePoint {
    QDate date;
    double value = 0;
};

// What one signed plan of the episode recommends, as the outcome measures count it (the
// current plan of a visit: its latest addendum, or the signed plan).
struct PlanFacts {
    QDate date;                         // the visit's date
    bool surgicalReferral = false;      // an active surgical or fusion referral item
    bool fusionReferral = false;
    bool epidural = false;              // an active epidural steroid injection item
    std::optional<bool> esiCriteriaMet; // with an epidural: every counted criterion met (esicriteria.h)
    QStringList lowValueCodes;          // the plan's low-value advisories (LowValueWarning::code)
};

// A PHQ-9 item-9 (self-harm) alert raised at a signed visit, and whether the clinician
// recorded its follow-up (the acknowledgement with the action taken).
struct SafetyAlert {
    QDate date;
    bool followedUp = false;
};

// Everything the measures need about one episode, gathered from signed visits only: storage
// builds it from the database, the demo writer from what it generated.
struct EpisodeFacts {
    qint64 episodeId = 0;
    qint64 patientId = 0;
    QDate referralReceived;           // invalid when no referral was recorded
    QDate firstVisit;
    VisitKind firstVisitKind = VisitKind::Initial;
    qint64 clinicianId = 0;           // who saw the patient at the first visit
    QString stratum;                  // STarT Back band code at the first visit, or empty
    DurationClass duration = DurationClass::Unknown;
    int episodeDaysAtFirstVisit = -1; // onset to first visit; -1 when the onset is unknown
    QStringList conditions;           // diagnosis ids of the first visit's problem list
    bool nonSpecificLbp = false;      // the first visit's primary diagnosis is non-specific LBP
    // Score per instrument ("odi", "peg", "nrs-back" …), oldest first; the baseline is the
    // score on the first visit (none when the first visit has none).
    QMap<QString, QList<ScorePoint>> scores;
    bool firstPlanSigned = false;     // the first visit's plan is signed: the patient was evaluated
    QList<PlanFacts> plans;           // every signed plan of the episode, oldest first
    QList<SafetyAlert> safetyAlerts;
    int followUpVisits = 0;           // signed follow-up visits
};

// A follow-up time point: the score nearest to `weeks` after the first visit, within
// `windowDays` either side (ties go to the earlier score). A project rule, printed with the
// report's definitions; the sources name time points, not windows (instruments.md §17).
struct TimePoint {
    int weeks = 6;
    int windowDays = 14;
};

// MCID reached at a time point for one instrument scale (instruments.md §17: the absolute or
// the percentage threshold, and which). Not eligible: no baseline on the first visit. Missing:
// no score in the window; such episodes are counted as missing, never dropped.
enum class McidStatus { NotEligible, Missing, NotReached, ReachedByPercent, ReachedByAbsolute };
QString mcidStatusCode(McidStatus s); // "not-eligible", "missing", "not-reached", "reached-percent", "reached-absolute"
std::optional<McidStatus> mcidStatusFromCode(QStringView code);
McidStatus mcidStatus(const EpisodeFacts &episode, const QString &instrumentId, const Instruments::Scale &scale, TimePoint at);

} // namespace SpineDesk::Outcomes
