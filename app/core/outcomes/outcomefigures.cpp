#include "core/outcomes/outcomefigures.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk::Outcomes {

namespace {
struct FigureText {
    Q_DECLARE_TR_FUNCTIONS(FigureText)
};

void add(Proportion &p, qint64 id, bool inNumerator)
{
    p.denominator << id;
    if (inNumerator)
        p.numerator << id;
}

Distribution distribution(QList<std::pair<int, qint64>> days, QList<qint64> excluded)
{
    Distribution d;
    d.excluded = std::move(excluded);
    d.count = int(days.size());
    if (days.isEmpty())
        return d;
    std::sort(days.begin(), days.end());
    for (const auto &[value, id] : days)
        d.episodes << id;
    const qsizetype n = days.size();
    d.median = n % 2 ? double(days.at(n / 2).first) : (days.at(n / 2 - 1).first + days.at(n / 2).first) / 2.0;
    const auto rank = qsizetype(std::ceil(0.9 * double(n))); // nearest rank, 1-based
    d.p90 = double(days.at(std::max<qsizetype>(rank, 1) - 1).first);
    return d;
}
} // namespace

bool Filter::matches(const EpisodeOutcome &e) const
{
    return (!from.isValid() || e.firstVisit >= from) && (!to.isValid() || e.firstVisit <= to)
        && (clinicianId == 0 || e.clinicianId == clinicianId) && (!firstVisitKind || e.firstVisitKind == *firstVisitKind)
        && (condition.isEmpty() || e.conditions.contains(condition));
}

double Proportion::percent() const
{
    return denominator.isEmpty() ? 0 : 100.0 * double(numerator.size()) / double(denominator.size());
}

OutcomeFigures computeFigures(const QList<EpisodeOutcome> &rows, const Filter &filter)
{
    OutcomeFigures f;
    QList<std::pair<int, qint64>> access;
    QList<qint64> noAccess;
    const QList<OutcomeScale> scales = outcomeScales();
    const QList<TimePoint> points = outcomeTimePoints();
    for (const OutcomeScale &s : scales)
        for (const TimePoint &t : points)
            f.mcid << McidFigure{s, t, {}, {}, {}, 0, 0};
    for (const EpisodeOutcome &e : rows) {
        if (!filter.matches(e))
            continue;
        const qint64 id = e.episodeId;
        f.episodes << id;
        if (e.accessDays)
            access.append({*e.accessDays, id});
        else
            noAccess << id;
        f.strata[e.stratum] << id;
        f.durations[durationClassCode(e.duration)] << id;
        if (e.conditions.isEmpty())
            f.conditions[QString()] << id;
        for (const QString &c : e.conditions)
            f.conditions[c] << id;
        for (int s = 0; s < kOutcomeScaleCount; ++s)
            for (int t = 0; t < kTimePointCount; ++t) {
                McidFigure &m = f.mcid[s * kTimePointCount + t];
                const McidStatus status = e.mcidAt(s, t);
                if (status == McidStatus::NotEligible)
                    continue;
                m.eligible << id;
                if (status == McidStatus::Missing) {
                    m.missing << id;
                    continue;
                }
                const bool reached = status == McidStatus::ReachedByAbsolute || status == McidStatus::ReachedByPercent;
                add(m.reached, id, reached);
                m.byAbsolute += status == McidStatus::ReachedByAbsolute ? 1 : 0;
                m.byPercentOnly += status == McidStatus::ReachedByPercent ? 1 : 0;
            }
        if (e.safetyAlerts > 0)
            add(f.safetyFollowUp, id, e.safetyFollowedUp >= e.safetyAlerts);
        if (!e.evaluated)
            continue;
        f.evaluated << id;
        add(f.surgicalReferral, id, e.surgicalReferral);
        add(f.notReferred, id, !e.surgicalReferral);
        add(f.esiRecommended, id, e.esiRecommended);
        if (e.esiRecommended)
            add(f.esiCriteriaMet, id, e.esiCriteriaMet);
        if (e.earlyEpisode)
            add(f.earlyImaging, id, e.lowValue & EarlyImaging);
        if (e.duration == DurationClass::Chronic)
            add(f.opioidChronic, id, e.lowValue & OpioidChronic);
        if (e.nonSpecificLbp)
            add(f.fusionNonSpecific, id, e.lowValue & FusionNonSpecific);
        add(f.followUpSeen, id, e.followUpVisits > 0);
    }
    f.access = distribution(std::move(access), std::move(noAccess));
    return f;
}

QList<MeasureDefinition> measureDefinitions()
{
    // FigureText::tr in full: lupdate does not follow an alias, and filed these texts under
    // no context, so their translations were never found.
    return {
        {u"population"_s, FigureText::tr("Episodes and evaluated patients"),
         FigureText::tr("Episodes of care whose first visit falls in the period and matches the filter."),
         FigureText::tr("Evaluated: of those, the episodes whose first visit has a signed plan. Only signed visits count."),
         FigureText::tr("SpineDesk definition: outcomes per episode of care, not per visit (value-based care: Porter and Lee, "
               "Harvard Business Review 2013)")},
        {u"access"_s, FigureText::tr("Access"),
         FigureText::tr("Days from the referral received to the first visit: median (mean of the two middle values for an even "
               "count) and 90th percentile by nearest rank."),
         FigureText::tr("Episodes with a referral received on or before the first visit; the others are listed as excluded."),
         FigureText::tr("SpineDesk definition")},
        {u"case-mix"_s, FigureText::tr("Case mix"),
         FigureText::tr("Episodes per STarT Back stratum, duration class and diagnosis at the first visit (an episode can have "
               "several diagnoses)."),
         FigureText::tr("All episodes in the period."),
         FigureText::tr("STarT Back: Hill JC et al. Lancet 2011; duration classes: ICSI 2018")},
        {u"mcid"_s, FigureText::tr("Minimal clinically important difference (MCID) reached"),
         FigureText::tr("Improvement from the first visit's score that meets the instrument's absolute or percentage MCID "
               "threshold, and which one, at the follow-up score nearest to 6 weeks (within 14 days) and 12 weeks "
               "(within 21 days) after the first visit."),
         FigureText::tr("Episodes with a baseline score and a score in the window. Episodes with a baseline but no score in "
               "the window are shown as missing, never dropped."),
         FigureText::tr("ODI and NRS thresholds: Ostelo RW et al. Spine 2008;33:90-94; PEG 30 %: a commonly used threshold, "
               "source unverified. Either threshold counts, and the report says which. The time windows are a "
               "SpineDesk rule.")},
        {u"surgery"_s, FigureText::tr("Surgical referral"),
         FigureText::tr("Evaluated episodes with a surgical or fusion referral on any signed plan; the others count as not "
               "referred (surgery avoided at the spine center)."),
         FigureText::tr("Evaluated episodes."),
         FigureText::tr("SpineDesk definition: the recommended treatment per episode")},
        {u"esi"_s, FigureText::tr("Epidural steroid injections"),
         FigureText::tr("Recommended: an epidural injection on a signed plan. Met the criteria: every counted criterion of the "
               "ESI check met at each such plan (missing data is never met)."),
         FigureText::tr("Recommended: evaluated episodes. Met: episodes with a recommendation."),
         FigureText::tr("SpineDesk ESI criteria check (the strictest of the coverage rules it follows)")},
        {u"low-value-imaging"_s, FigureText::tr("Imaging in the first 6 weeks without a red flag"),
         FigureText::tr("Imaging recommended on a signed plan while the episode was under 6 weeks old and the red-flag screen "
               "was complete with every item absent."),
         FigureText::tr("Evaluated episodes first seen under 6 weeks from onset."),
         FigureText::tr("Choosing Wisely: AAFP, AMSSM, NASS")},
        {u"low-value-opioid"_s, FigureText::tr("Opioid recommended for chronic pain"),
         FigureText::tr("An opioid started or continued on a signed plan of an episode with chronic pain."),
         FigureText::tr("Evaluated episodes with chronic pain (12 weeks or more)."),
         FigureText::tr("NICE NG59: do not offer; ACP 2017: only after other drugs have failed")},
        {u"low-value-fusion"_s, FigureText::tr("Fusion discussed for non-specific low back pain"),
         FigureText::tr("A fusion referral on a signed plan where the primary diagnosis is non-specific low back pain."),
         FigureText::tr("Evaluated episodes with non-specific low back pain."),
         FigureText::tr("NICE NG59: fusion only within a randomised controlled trial")},
        {u"safety"_s, FigureText::tr("PHQ-9 item 9 alerts"),
         FigureText::tr("Episodes where every positive item-9 (self-harm) answer at a signed visit has its follow-up recorded."),
         FigureText::tr("Episodes with at least one positive item-9 answer at a signed visit."),
         FigureText::tr("SpineDesk rule: a self-harm alert is shown, printed and logged, and needs a recorded action")},
        {u"completion"_s, FigureText::tr("Follow-up completion"),
         FigureText::tr("Evaluated episodes with at least one signed follow-up visit."),
         FigureText::tr("Evaluated episodes."),
         FigureText::tr("SpineDesk rule: completion is reported beside outcomes so that drop-outs stay visible")},
    };
}

} // namespace SpineDesk::Outcomes
