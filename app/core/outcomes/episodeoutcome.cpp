#include "core/outcomes/episodeoutcome.h"

#include "core/instruments/library.h"

using namespace Qt::StringLiterals;

namespace SpineDesk::Outcomes {

QList<OutcomeScale> outcomeScales()
{
    return {{u"odi"_s, u"total"_s}, {u"peg"_s, u"total"_s}, {u"nrs-back"_s, u"total"_s}, {u"nrs-leg"_s, u"total"_s}};
}

QList<TimePoint> outcomeTimePoints()
{
    return {TimePoint{6, 14}, TimePoint{12, 21}};
}

namespace {

const Instruments::Scale *findScale(const Instruments::Library &library, const OutcomeScale &s)
{
    if (const Instruments::Definition *d = library.find(s.instrumentId))
        for (const Instruments::Scale &scale : d->scales)
            if (scale.id == s.scaleId)
                return &scale;
    return nullptr;
}

} // namespace

EpisodeOutcome summarizeEpisode(const EpisodeFacts &f, const Instruments::Library &library)
{
    EpisodeOutcome o;
    o.episodeId = f.episodeId;
    o.patientId = f.patientId;
    o.firstVisit = f.firstVisit;
    o.firstVisitKind = f.firstVisitKind;
    o.clinicianId = f.clinicianId;
    if (f.referralReceived.isValid() && f.firstVisit.isValid() && f.referralReceived <= f.firstVisit)
        o.accessDays = int(f.referralReceived.daysTo(f.firstVisit));
    o.stratum = f.stratum;
    o.duration = f.duration;
    // Six weeks is the Choosing Wisely early-imaging window (pathways.md §5.1).
    o.earlyEpisode = f.episodeDaysAtFirstVisit >= 0 && f.episodeDaysAtFirstVisit < 42;
    o.conditions = f.conditions;
    o.nonSpecificLbp = f.nonSpecificLbp;
    o.evaluated = f.firstPlanSigned;
    bool everyEsiMet = true;
    for (const PlanFacts &p : f.plans) {
        o.surgicalReferral = o.surgicalReferral || p.surgicalReferral || p.fusionReferral;
        o.fusionReferral = o.fusionReferral || p.fusionReferral;
        if (p.epidural) {
            o.esiRecommended = true;
            everyEsiMet = everyEsiMet && p.esiCriteriaMet.value_or(false);
        }
        for (const QString &code : p.lowValueCodes) {
            if (code == u"early-imaging")
                o.lowValue |= EarlyImaging;
            else if (code == u"opioid-chronic-lbp" || code == u"opioid-chronic-sciatica")
                o.lowValue |= OpioidChronic;
            else if (code == u"fusion-non-specific")
                o.lowValue |= FusionNonSpecific;
        }
    }
    o.esiCriteriaMet = o.esiRecommended && everyEsiMet;
    for (const SafetyAlert &a : f.safetyAlerts) {
        ++o.safetyAlerts;
        o.safetyFollowedUp += a.followedUp ? 1 : 0;
    }
    o.followUpVisits = f.followUpVisits;
    const QList<OutcomeScale> scales = outcomeScales();
    const QList<TimePoint> points = outcomeTimePoints();
    for (int s = 0; s < kOutcomeScaleCount; ++s) {
        const Instruments::Scale *scale = findScale(library, scales.at(s));
        for (int t = 0; t < kTimePointCount; ++t)
            o.mcid[size_t(s)][size_t(t)] = scale ? mcidStatus(f, scales.at(s).instrumentId, *scale, points.at(t)) : McidStatus::NotEligible;
    }
    return o;
}

} // namespace SpineDesk::Outcomes
