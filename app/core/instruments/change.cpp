#include "core/instruments/change.h"

#include <cmath>

namespace SpineDesk::Instruments {

std::optional<Change> changeFromBaseline(const Scale &scale, std::optional<double> baseline, std::optional<double> current)
{
    if (!baseline || !current)
        return std::nullopt;
    Change c;
    c.baseline = *baseline;
    c.current = *current;
    c.improvement = scale.higherIsBetter ? *current - *baseline : *baseline - *current;
    // Percent change is measured against the distance from the scale's best end.
    const double room = scale.higherIsBetter ? scale.max - *baseline : *baseline - scale.min;
    if (std::abs(room) > 1e-9)
        c.percent = c.improvement / room * 100.0;
    if (scale.mcid) {
        c.hasMcid = true;
        c.mcidAbsoluteMet = scale.mcid->absolute && c.improvement >= *scale.mcid->absolute - 1e-9;
        c.mcidPercentMet = scale.mcid->percent && c.percent && *c.percent >= *scale.mcid->percent - 1e-9;
    }
    return c;
}

} // namespace SpineDesk::Instruments
