#include "core/decisionaids/suggestion.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpineDesk::Aids {

namespace {
struct SuggestionText {
    Q_DECLARE_TR_FUNCTIONS(SuggestionText)
};

bool imagingShows(const QList<ImagingStudy> &imaging, ImagingFinding finding)
{
    return std::any_of(imaging.begin(), imaging.end(), [finding](const ImagingStudy &s) { return s.finding == finding; });
}
} // namespace

QList<AidSuggestion> suggestAids(const SuggestionInput &in)
{
    QList<AidSuggestion> out;
    const bool claudication = in.considerations.neurogenicClaudication == YesNoUnknown::Yes;
    if (in.dominance == PainDominance::Leg && imagingShows(in.imaging, ImagingFinding::DiscHerniation))
        out << AidSuggestion{u"sciatica-disc-herniation"_s, SuggestionText::tr("Leg-dominant pain and imaging showing a disc herniation")};
    // The stenosis evidence excludes spondylolisthesis (SPORT SpS), so a slip points to its own aid.
    if (claudication && imagingShows(in.imaging, ImagingFinding::Spondylolisthesis))
        out << AidSuggestion{u"degenerative-spondylolisthesis"_s,
                             SuggestionText::tr("Neurogenic claudication and imaging showing a spondylolisthesis")};
    else if (claudication && imagingShows(in.imaging, ImagingFinding::Stenosis))
        out << AidSuggestion{u"lumbar-stenosis"_s, SuggestionText::tr("Neurogenic claudication and imaging showing stenosis")};
    if (in.duration == DurationClass::Chronic && in.dominance == PainDominance::Back && in.considerations.fusionDiscussed)
        out << AidSuggestion{u"chronic-low-back-pain"_s, SuggestionText::tr("Chronic back-dominant pain and fusion is being discussed")};
    if (in.considerations.injectionConsidered)
        out << AidSuggestion{u"epidural-steroid-injection"_s, SuggestionText::tr("An epidural steroid injection is being considered")};
    return out;
}

} // namespace SpineDesk::Aids
