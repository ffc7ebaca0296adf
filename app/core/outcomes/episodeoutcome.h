#pragma once

#include "core/outcomes/outcomemeasures.h"

#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace SpineDesk::Instruments {
class Library;
}

namespace SpineDesk::Outcomes {

// The scales whose MCID the clinic reports (issue 7: ODI, PEG and pain; pain is NRS back and
// NRS leg), and the follow-up time points, in the fixed order EpisodeOutcome::mcid uses.
struct OutcomeScale {
    QString instrumentId; // "odi", "peg", "nrs-back", "nrs-leg"
    QString scaleId;      // "total"
};
inline constexpr int kOutcomeScaleCount = 4;
inline constexpr int kTimePointCount = 2;
QList<OutcomeScale> outcomeScales();
QList<TimePoint> outcomeTimePoints(); // 6 weeks ±14 days, 12 weeks ±21 days

// Low-value care recorded on a signed plan of the episode (pathways.md §5.4 advisories).
enum LowValueFlag : quint8 {
    EarlyImaging = 1,      // "early-imaging": imaging < 6 weeks, red-flag screen complete, all absent
    OpioidChronic = 2,     // "opioid-chronic-lbp" or "opioid-chronic-sciatica"
    FusionNonSpecific = 4, // "fusion-non-specific"
};

// One episode condensed to what the dashboard and the report count: a compact row that
// storage keeps in a derived table and loads in one pass (100,000 patients fit in memory).
struct EpisodeOutcome {
    qint64 episodeId = 0;
    qint64 patientId = 0;
    QDate firstVisit;
    VisitKind firstVisitKind = VisitKind::Initial;
    qint64 clinicianId = 0;
    std::optional<int> accessDays;     // referral received to first visit; none: no or a later referral
    QString stratum;                   // STarT Back band code, or empty
    DurationClass duration = DurationClass::Unknown;
    bool earlyEpisode = false;         // first visit under 6 weeks from onset (early-imaging denominator)
    QStringList conditions;
    bool nonSpecificLbp = false;
    bool evaluated = false;            // the first visit's plan is signed
    bool surgicalReferral = false;     // any signed plan of the episode refers to a surgeon
    bool fusionReferral = false;
    bool esiRecommended = false;
    bool esiCriteriaMet = false;       // with esiRecommended: every recommended ESI met the criteria
    quint8 lowValue = 0;               // LowValueFlag bits
    int safetyAlerts = 0;              // PHQ-9 item-9 alerts at signed visits
    int safetyFollowedUp = 0;          // of those, with the follow-up recorded
    int followUpVisits = 0;
    std::array<std::array<McidStatus, kTimePointCount>, kOutcomeScaleCount> mcid{};

    McidStatus mcidAt(int scale, int timePoint) const { return mcid[size_t(scale)][size_t(timePoint)]; }
    bool operator==(const EpisodeOutcome &o) const = default;
};

// Condenses the facts. Scales the library lacks count as not eligible.
EpisodeOutcome summarizeEpisode(const EpisodeFacts &facts, const Instruments::Library &library);

} // namespace SpineDesk::Outcomes
