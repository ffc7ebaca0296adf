#pragma once

#include "core/instruments/definition.h"

#include <optional>

namespace SpineDesk::Instruments {

// Change of one scale from the episode's baseline, read against the instrument's MCID
// (instruments.md §17: reached when the improvement meets the absolute or the percentage
// threshold; say which).
struct Change {
    double baseline = 0;
    double current = 0;
    double improvement = 0;               // positive = better, whatever the scale's direction
    std::optional<double> percent;        // improvement as % of baseline (none when baseline is 0)
    bool mcidAbsoluteMet = false;
    bool mcidPercentMet = false;
    bool hasMcid = false;
    bool mcidReached() const { return mcidAbsoluteMet || mcidPercentMet; }
};

std::optional<Change> changeFromBaseline(const Scale &scale, std::optional<double> baseline, std::optional<double> current);

} // namespace SpineDesk::Instruments
