#pragma once

#include <QString>
#include <optional>

namespace SpineDesk {

// The treatment package matched to a STarT Back stratum (pathways.md §1.1; Hill 2011,
// NICE NG59 1.1.3). Stated in SpineDesk's own words, with the citation.
struct MatchedPathway {
    QString stratum;   // low, medium, high
    QString treatment;
    QString citation;
};

std::optional<MatchedPathway> startBackPathway(const QString &band);

} // namespace SpineDesk
