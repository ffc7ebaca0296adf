#include "core/outcomes/outcomemeasures.h"

#include "core/instruments/change.h"

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace SpineDesk::Outcomes {

QString mcidStatusCode(McidStatus s)
{
    switch (s) {
    case McidStatus::NotEligible: return u"not-eligible"_s;
    case McidStatus::Missing: return u"missing"_s;
    case McidStatus::NotReached: return u"not-reached"_s;
    case McidStatus::ReachedByPercent: return u"reached-percent"_s;
    case McidStatus::ReachedByAbsolute: break;
    }
    return u"reached-absolute"_s;
}

std::optional<McidStatus> mcidStatusFromCode(QStringView code)
{
    for (McidStatus s : {McidStatus::NotEligible, McidStatus::Missing, McidStatus::NotReached, McidStatus::ReachedByPercent,
                         McidStatus::ReachedByAbsolute})
        if (code == mcidStatusCode(s))
            return s;
    return std::nullopt;
}

McidStatus mcidStatus(const EpisodeFacts &e, const QString &instrumentId, const Instruments::Scale &scale, TimePoint at)
{
    const QList<ScorePoint> points = e.scores.value(instrumentId);
    const auto baseline = std::find_if(points.begin(), points.end(), [&](const ScorePoint &p) { return p.date == e.firstVisit; });
    if (baseline == points.end())
        return McidStatus::NotEligible;
    const QDate target = e.firstVisit.addDays(qint64(at.weeks) * 7);
    const ScorePoint *best = nullptr;
    for (const ScorePoint &p : points) {
        const qint64 off = std::abs(target.daysTo(p.date));
        if (p.date <= e.firstVisit || off > at.windowDays)
            continue;
        if (!best || off < std::abs(target.daysTo(best->date)))
            best = &p; // points are oldest first, so a tie keeps the earlier one
    }
    if (!best)
        return McidStatus::Missing;
    const auto change = Instruments::changeFromBaseline(scale, baseline->value, best->value);
    if (!change || !change->mcidReached())
        return McidStatus::NotReached;
    return change->mcidAbsoluteMet ? McidStatus::ReachedByAbsolute : McidStatus::ReachedByPercent;
}

} // namespace SpineDesk::Outcomes
