#pragma once

#include "core/outcomes/episodeoutcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace SpineDesk::Outcomes {

// The clinic's outcome figures (issue 7) computed from the episode rows, so the dashboard, the
// report, the CSV and the tests share one definition of every measure. Every figure keeps the
// episodes behind its numerator and denominator, so a figure can open the list of patients.

struct Filter {
    QDate from;                       // first visit on or after (invalid: open)
    QDate to;                         // first visit on or before (invalid: open)
    qint64 clinicianId = 0;           // 0: every clinician
    std::optional<VisitKind> firstVisitKind;
    QString condition;                // a diagnosis id; empty: every condition
    bool matches(const EpisodeOutcome &e) const;
};

// A share with its denominator, and the episodes behind both.
struct Proportion {
    QList<qint64> numerator;          // episode ids
    QList<qint64> denominator;        // episode ids (the numerator's are among them)
    double percent() const;           // 0 when the denominator is empty
};

// Days from referral received to first visit: the median (the mean of the two middle values
// for an even count) and the 90th percentile by nearest rank (an observed value).
struct Distribution {
    int count = 0;
    double median = 0;
    double p90 = 0;
    QList<qint64> episodes;           // those counted
    QList<qint64> excluded;           // no referral date, or a referral after the visit
};

// MCID reached for one scale at one time point. Eligible: a baseline on the first visit.
// Evaluated (the denominator): eligible with a score in the window. Missing: eligible without.
struct McidFigure {
    OutcomeScale scale;
    TimePoint at;
    Proportion reached;
    QList<qint64> eligible;
    QList<qint64> missing;
    int byAbsolute = 0;               // reached by the absolute threshold
    int byPercentOnly = 0;            // reached by the percentage threshold alone
};

struct OutcomeFigures {
    QList<qint64> episodes;           // every episode matching the filter
    QList<qint64> evaluated;          // of those, with the first visit's plan signed
    Distribution access;
    // Case mix: key -> episodes ("" is "not recorded").
    QMap<QString, QList<qint64>> strata;     // STarT Back band code
    QMap<QString, QList<qint64>> durations;  // durationClassCode
    QMap<QString, QList<qint64>> conditions; // diagnosis id (an episode may have several)
    QList<McidFigure> mcid;           // outcomeScales() × outcomeTimePoints(), scale-major
    Proportion surgicalReferral;      // of evaluated: referred to a surgeon
    Proportion notReferred;           // of evaluated: not referred (surgery avoided at the center)
    Proportion esiRecommended;        // of evaluated
    Proportion esiCriteriaMet;        // of those recommended
    Proportion earlyImaging;          // of evaluated in their first 6 weeks
    Proportion opioidChronic;         // of evaluated with chronic pain
    Proportion fusionNonSpecific;     // of evaluated with non-specific LBP
    Proportion safetyFollowUp;        // of episodes with an item-9 alert: every alert followed up
    Proportion followUpSeen;          // of evaluated: at least one signed follow-up visit
};

OutcomeFigures computeFigures(const QList<EpisodeOutcome> &rows, const Filter &filter);

// The report's definition of each measure, in the order the report prints them: id, title,
// numerator, denominator, and the source or project rule it follows.
struct MeasureDefinition {
    QString id;           // "access", "case-mix", "mcid", "surgery", "esi", "low-value-imaging", …
    QString title;
    QString numerator;
    QString denominator;
    QString source;
};
QList<MeasureDefinition> measureDefinitions();

} // namespace SpineDesk::Outcomes
