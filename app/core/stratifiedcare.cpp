#include "core/stratifiedcare.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct StratifiedCareText {
    Q_DECLARE_TR_FUNCTIONS(StratifiedCareText)
};
} // namespace

std::optional<MatchedPathway> startBackPathway(const QString &band)
{
    const QString citation = u"Hill JC et al. Lancet 2011;378:1560-71; NICE NG59 1.1.3 [V]"_s;
    if (band == u"low")
        return MatchedPathway{band, StratifiedCareText::tr("Reassurance, advice to keep active and self-management guidance, "
                                                            "with minimal clinician contact."), citation};
    if (band == u"medium")
        return MatchedPathway{band, StratifiedCareText::tr("Physical therapy: exercise, with or without manual therapy, "
                                                            "for physical symptoms and function."), citation};
    if (band == u"high")
        return MatchedPathway{band, StratifiedCareText::tr("Psychologically informed physical therapy: physical therapy combined "
                                                            "with cognitive-behavioural techniques for fear, catastrophising and low mood."),
                              citation};
    return std::nullopt;
}

} // namespace SpineDesk
