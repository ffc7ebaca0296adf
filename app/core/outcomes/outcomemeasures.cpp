#include "core/outcomes/outcomemeasures.h"

#include "core/instruments/change.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk::Outcomes {

bool Filter::matches(const EpisodeFacts &e) const
{
    return (!from.isValid() || e.firstVisit >= from) && (!to.isValid() || e.firstVisit <= to)
        && (clinicianId == 0 || e.clinicianId == clinicianId) && (!firstVisitKind || e.firstVisitKind == *firstVisitKind)
        && (condition.isEmpty() || e.conditions.contains(condition));
}

double Proportion::percent() const
{
    return denominator.isEmpty() ? 0 : 100.0 * double(numerator.size()) / double(denominator.size());
}

Distribution accessDays(const QList<EpisodeFacts> &episodes)
{
    Distribution d;
    QList<qint64> days;
    for (const EpisodeFacts &e : episodes) {
        if (!e.referralReceived.isValid() || !e.firstVisit.isValid() || e.referralReceived > e.firstVisit) {
            d.excluded << e.episodeId;
            continue;
        }
        days << e.referralReceived.daysTo(e.firstVisit);
        d.episodes << e.episodeId;
    }
    d.count = int(days.size());
    if (days.isEmpty())
        return d;
    std::sort(days.begin(), days.end());
    const qsizetype n = days.size();
    d.median = n % 2 ? double(days.at(n / 2)) : (days.at(n / 2 - 1) + days.at(n / 2)) / 2.0;
    const auto rank = qsizetype(std::ceil(0.9 * double(n))); // nearest rank, 1-based
    d.p90 = double(days.at(std::max<qsizetype>(rank, 1) - 1));
    return d;
}

QMap<QString, QList<qint64>> countBy(const QList<EpisodeFacts> &episodes, const std::function<QStringList(const EpisodeFacts &)> &keys)
{
    QMap<QString, QList<qint64>> out;
    for (const EpisodeFacts &e : episodes)
        for (const QString &k : keys(e))
            out[k] << e.episodeId;
    return out;
}

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

McidFigure mcidAt(const QList<EpisodeFacts> &episodes, const QString &instrumentId, const Instruments::Scale &scale, TimePoint at)
{
    McidFigure f;
    for (const EpisodeFacts &e : episodes) {
        const McidStatus status = mcidStatus(e, instrumentId, scale, at);
        if (status == McidStatus::NotEligible)
            continue;
        f.eligible << e.episodeId;
        if (status == McidStatus::Missing) {
            f.missing << e.episodeId;
            continue;
        }
        f.reached.denominator << e.episodeId;
        if (status == McidStatus::NotReached)
            continue;
        f.reached.numerator << e.episodeId;
        if (status == McidStatus::ReachedByAbsolute)
            ++f.byAbsolute;
        else
            ++f.byPercentOnly;
    }
    return f;
}

} // namespace SpineDesk::Outcomes
