#pragma once

#include "core/durationclass.h"
#include "core/instruments/definition.h"
#include "core/visit.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace SpineDesk::Outcomes {

// The clinic's outcome figures (issue 7), computed from compact per-episode facts that storage
// loads in one pass, so the same code serves the dashboard, the report and the tests. Outcomes
// are per episode of care, not per visit (pathways.md §6.3). Every figure keeps the episodes
// behind its numerator and its denominator, so a figure can open the list of patients.
// Groundwork landed with issue 6's session: storage loading, dashboard and report come next.

struct ScorePoint {
    QDate date;
    double value = 0;
};

struct EpisodeFacts {
    qint64 episodeId = 0;
    qint64 patientId = 0;
    QDate referralReceived;           // invalid when no referral was recorded
    QDate firstVisit;
    VisitKind firstVisitKind = VisitKind::Initial;
    qint64 clinicianId = 0;           // who saw the patient at the first visit
    QString stratum;                  // STarT Back band code at the first visit, or empty
    DurationClass duration = DurationClass::Unknown;
    QStringList conditions;           // diagnosis ids of the first visit's problem list
    // Score per instrument ("odi", "peg", "nrs-back" …), oldest first; the baseline is the
    // score on the first visit (none when the first visit has none).
    QMap<QString, QList<ScorePoint>> scores;
};

struct Filter {
    QDate from;                       // first visit on or after (invalid: open)
    QDate to;                         // first visit on or before (invalid: open)
    qint64 clinicianId = 0;           // 0: every clinician
    std::optional<VisitKind> firstVisitKind;
    QString condition;                // a diagnosis id; empty: every condition
    bool matches(const EpisodeFacts &e) const;
};

// A share with its denominator, and the episodes behind both.
struct Proportion {
    QList<qint64> numerator;          // episode ids
    QList<qint64> denominator;        // episode ids (the numerator's are among them)
    double percent() const;           // 0 when the denominator is empty
};

// Days from referral received to first visit (access), as the report defines them: the median
// (the mean of the two middle values for an even count) and the 90th percentile by nearest
// rank (the smallest value with at least 90 % of values at or below it, so an observed value).
struct Distribution {
    int count = 0;
    double median = 0;
    double p90 = 0;
    QList<qint64> episodes;           // those counted
    QList<qint64> excluded;           // no referral date, or a referral after the visit
};
Distribution accessDays(const QList<EpisodeFacts> &episodes);

// Counts by a key (stratum, duration class, condition), with the episodes behind each.
QMap<QString, QList<qint64>> countBy(const QList<EpisodeFacts> &episodes,
                                     const std::function<QStringList(const EpisodeFacts &)> &keys);

// A follow-up time point: the score nearest to `weeks` after the first visit, within
// `windowDays` either side (ties go to the earlier score). A project rule, printed with the
// report's definitions; the sources name time points, not windows (instruments.md §17).
struct TimePoint {
    int weeks = 6;
    int windowDays = 14;
};

// MCID reached at a time point for one instrument scale (instruments.md §17: the absolute or
// the percentage threshold, and which). Eligible: episodes with a baseline. Of those, the ones
// with a score in the window are evaluated; the others are listed as missing, never dropped.
struct McidFigure {
    Proportion reached;               // numerator: reached; denominator: evaluated
    QList<qint64> eligible;
    QList<qint64> missing;            // eligible, no score in the window
    int byAbsolute = 0;               // reached by the absolute threshold
    int byPercentOnly = 0;            // reached by the percentage threshold alone
};
McidFigure mcidAt(const QList<EpisodeFacts> &episodes, const QString &instrumentId, const Instruments::Scale &scale,
                  TimePoint at);

// One episode's part of that figure, so storage can keep it per episode and the dashboard can
// count with SQL instead of reloading every score (the plan for 100,000 patients in issue 7).
enum class McidStatus { NotEligible, Missing, NotReached, ReachedByPercent, ReachedByAbsolute };
QString mcidStatusCode(McidStatus s); // "not-eligible", "missing", "not-reached", "reached-percent", "reached-absolute"
McidStatus mcidStatus(const EpisodeFacts &episode, const QString &instrumentId, const Instruments::Scale &scale, TimePoint at);

} // namespace SpineDesk::Outcomes
