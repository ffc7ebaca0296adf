#pragma once

#include "core/assessmentsummary.h"
#include "core/instruments/change.h"
#include "core/instruments/library.h"
#include "core/plan/planbuilder.h"
#include "core/plan/plan.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk {

struct VisitHistoryEntry;

// A follow-up visit (issue 7): the questionnaires the plan asked to repeat, each score against
// the episode's baseline read with the instrument's MCID (instruments.md §17: reached by the
// absolute or the percentage threshold, say which), and the plan carried forward.

// The instruments due now: the ids on the current plan's active repeat-questionnaires item, or,
// for plans written before items carried ids, the baseline's completed instruments that have an
// MCID (available in `library`), in baseline order.
QStringList dueQuestionnaires(const std::optional<Plans::TreatmentPlan> &currentPlan, const QList<ScoreRecord> &baselineScores,
                              const Instruments::Library &library);

// One due instrument and whether this visit has a complete score for it.
struct DueQuestionnaire {
    QString instrumentId;
    QString title; // the definition's short title, or the id
    bool done = false;
};
QList<DueQuestionnaire> dueStatus(const QStringList &due, const QList<ScoreRecord> &thisVisit, const Instruments::Library &library,
                                  const QString &language = QStringLiteral("en"));

// How a change reads against the MCID.
enum class McidResult { NoMcid, NotReached, ReachedAbsolute, ReachedPercent, ReachedBoth };
McidResult mcidResult(const Instruments::Change &change);

struct ComparisonLine {
    QString instrumentId;
    QString scaleId;
    QString measure;          // "ODI", "PEG", "FABQ work" (scale label when not the total)
    QDate baselineDate;
    QDate currentDate;
    Instruments::Change change; // baseline, current, improvement, percent, thresholds met
    int decimals = 0;
    std::optional<Instruments::Mcid> mcid;
    bool mcidVerified() const { return mcid && mcid->tag == u"V"; }
    McidResult result() const { return mcidResult(change); }
    QString changeText() const;  // "12 better (25 %)", "3 worse (−10 %)", "no change"
    QString mcidText() const;    // "MCID reached (absolute threshold, 10 points)"; "…; unverified threshold"
};

// Each scale with a value at the baseline and now. `baseline`: the first complete score per
// instrument in the episode (dated before `current`'s); `current`: this visit's scores.
struct BaselineComparison {
    QList<ComparisonLine> lines;
    const ComparisonLine *line(const QString &instrumentId, const QString &scaleId = QStringLiteral("total")) const;
};
BaselineComparison compareWithBaseline(const QList<ScoreRecord> &baseline, const QList<ScoreRecord> &current,
                                       const Instruments::Library &library, const QString &language = QStringLiteral("en"));
// The same from an episode's history (oldest first): the first complete score per instrument
// against the scores of visit `visitId`.
BaselineComparison compareWithBaseline(const QList<VisitHistoryEntry> &history, qint64 visitId, const Instruments::Library &library,
                                       const QString &language = QStringLiteral("en"));
// The first complete score per instrument in the history before visit `visitId` (the baseline set).
QList<ScoreRecord> baselineScores(const QList<VisitHistoryEntry> &history, qint64 visitId);

// The plan a follow-up visit starts from: problems, goals, copies and active items of the
// episode's current plan, carried over (PlanItem::carriedOver), the follow-up and
// repeat-questionnaire rules run again on this visit (and any new red-flag action), and a
// bottom line that says in words how each measure changed against the baseline.
Plans::TreatmentPlan proposeFollowUpPlan(const Plans::TreatmentPlan &current, const Plans::PlanContext &context);

// "ODI 36, 12 better than the baseline of 48 (25 %): MCID reached (absolute threshold)." for
// each total with a change in `summary`; empty when none has one.
QString changeInWords(const AssessmentSummary &summary);

} // namespace SpineDesk
