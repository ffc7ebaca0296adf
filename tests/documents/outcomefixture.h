#pragma once

// Hand-made episode rows with known outcome figures, for the outcome report and CSV tests.
// Period 2026-07-01 to 2026-09-30; four episodes in it, one after it. Expected figures:
//   episodes 4, evaluated 3 (E1–E3); access days 10, 20, 40 → n 3, median 20, p90 40,
//   excluded 1 (E3); strata low, medium, high, not recorded: 1 each;
//   ODI 6 weeks: eligible 3, missing 1 (E3), reached 1 of 2 (E1, absolute);
//   ODI 12 weeks: eligible 3, missing 1 (E2), reached 2 of 2 (E1 absolute, E3 percent only);
//   PEG 6 weeks: reached 1 of 1 (percent only); NRS leg: nobody eligible (no patients);
//   surgery referred 1 of 3 (E2), not referred 2 of 3; ESI recommended 2 of 3, met 1 of 2;
//   early imaging 1 of 1; opioid chronic 1 of 1; fusion non-specific: no patients;
//   safety: alerts in 2 episodes, every alert followed up in 1; follow-up seen 1 of 3.
// Patient and episode ids are distinctive numbers so a test can prove none is printed.

#include "core/outcomes/episodeoutcome.h"
#include "core/outcomes/outcomefigures.h"

#include <QDate>
#include <QList>

namespace SpineDesk::OutcomeFixture {

using namespace Qt::StringLiterals;
using namespace Outcomes;

inline const QDate kFrom(2026, 7, 1);
inline const QDate kTo(2026, 9, 30);

// Row order of EpisodeOutcome::mcid: outcomeScales() odi, peg, nrs-back, nrs-leg × 6, 12 weeks.
enum Scale { Odi = 0, Peg = 1, NrsBack = 2, NrsLeg = 3 };
enum Week { W6 = 0, W12 = 1 };

inline EpisodeOutcome row(qint64 n, QDate firstVisit)
{
    EpisodeOutcome e;
    e.episodeId = 880000 + n;
    e.patientId = 770000 + n;
    e.clinicianId = 1;
    e.firstVisit = firstVisit;
    return e;
}

inline QList<EpisodeOutcome> rows()
{
    EpisodeOutcome e1 = row(11, QDate(2026, 7, 5));
    e1.accessDays = 10;
    e1.stratum = u"low"_s;
    e1.duration = DurationClass::Acute;
    e1.earlyEpisode = true;
    e1.conditions = QStringList{u"non-specific-lbp"_s};
    e1.evaluated = true;
    e1.lowValue = EarlyImaging;
    e1.followUpVisits = 2;
    e1.mcid[Odi][W6] = McidStatus::ReachedByAbsolute;
    e1.mcid[Odi][W12] = McidStatus::ReachedByAbsolute;
    e1.mcid[Peg][W6] = McidStatus::ReachedByPercent;
    e1.mcid[NrsBack][W6] = McidStatus::NotReached;

    EpisodeOutcome e2 = row(22, QDate(2026, 7, 20));
    e2.accessDays = 20;
    e2.stratum = u"medium"_s;
    e2.duration = DurationClass::Chronic;
    e2.conditions = QStringList{u"lumbar-disc-radiculopathy"_s};
    e2.evaluated = true;
    e2.surgicalReferral = true;
    e2.esiRecommended = true;
    e2.esiCriteriaMet = true;
    e2.lowValue = OpioidChronic;
    e2.safetyAlerts = 1;
    e2.safetyFollowedUp = 1;
    e2.mcid[Odi][W6] = McidStatus::NotReached;
    e2.mcid[Odi][W12] = McidStatus::Missing;

    EpisodeOutcome e3 = row(33, QDate(2026, 8, 1));
    e3.stratum = u"high"_s;
    e3.duration = DurationClass::Subacute;
    e3.conditions = QStringList{u"odd \"id\", here"_s}; // a key that needs CSV quoting
    e3.evaluated = true;
    e3.esiRecommended = true;
    e3.safetyAlerts = 2;
    e3.safetyFollowedUp = 1;
    e3.mcid[Odi][W6] = McidStatus::Missing;
    e3.mcid[Odi][W12] = McidStatus::ReachedByPercent;

    EpisodeOutcome e4 = row(44, QDate(2026, 8, 15));
    e4.accessDays = 40;

    EpisodeOutcome later = row(55, QDate(2026, 10, 10)); // after the period
    later.accessDays = 1;
    later.evaluated = true;
    later.surgicalReferral = true;
    return {e1, e2, e3, e4, later};
}

inline OutcomeFigures figures()
{
    Filter f;
    f.from = kFrom;
    f.to = kTo;
    return computeFigures(rows(), f);
}

// Every identifier the rows carry, as it could be printed.
inline QStringList identifiers()
{
    QStringList out;
    for (const EpisodeOutcome &e : rows())
        out << QString::number(e.episodeId) << QString::number(e.patientId);
    return out;
}

} // namespace SpineDesk::OutcomeFixture
