#include "core/assessmentsummary.h"

using namespace Qt::StringLiterals;

namespace SpineDesk {

AssessmentSummary summarize(const Instruments::Library &library, const QList<ScoreRecord> &current,
                            const QMap<QString, ScoreRecord> &baselines, DurationClass duration, const QStringList &acknowledged)
{
    AssessmentSummary out;
    out.duration = duration;
    for (const ScoreRecord &r : current) {
        const Instruments::Definition *d = library.find(r.instrumentId);
        if (!d)
            continue;
        InstrumentLine line;
        line.instrumentId = r.instrumentId;
        line.title = Instruments::localized(d->shortTitle, u"en"_s);
        line.date = r.date;
        line.complete = r.complete;
        line.alerts = r.alerts;
        if (r.band && d->strata) {
            line.bandCode = *r.band;
            line.bandCitation = d->strata->citation;
            for (const auto &rule : d->strata->rules)
                if (rule.code == *r.band) {
                    line.bandLabel = Instruments::localized(rule.label, u"en"_s);
                    line.bandSeverity = rule.severity;
                }
        }
        const auto base = baselines.constFind(r.instrumentId);
        const bool hasBaseline = base != baselines.cend() && base->date < r.date;
        if (hasBaseline)
            line.baselineDate = base->date;
        for (const auto &scale : d->scales) {
            ScaleLine s;
            s.scaleId = scale.id;
            s.label = Instruments::localized(scale.label, u"en"_s);
            s.decimals = scale.decimals;
            if (const auto v = r.scales.value(scale.id))
                s.value = scale.rounded(*v);
            if (hasBaseline)
                s.change = Instruments::changeFromBaseline(scale, base->scales.value(scale.id), r.scales.value(scale.id));
            if (scale.mcid)
                s.mcidCitation = scale.mcid->citation + u" ["_s + scale.mcid->tag + u']';
            line.scales << s;
        }
        for (const QString &a : r.alerts) {
            const QString key = r.instrumentId + u':' + a;
            (acknowledged.contains(key) ? out.acknowledgedAlerts : out.openAlerts) << key;
        }
        if (r.instrumentId == u"startback" && r.band)
            out.pathway = startBackPathway(*r.band);
        out.instruments << line;
    }
    return out;
}

void addFlags(AssessmentSummary &summary, const RedFlagChecklist &checklist, const RedFlagScreen &screen,
              const YellowFlagChecklist *yellowChecklist, const YellowFlags *yellow)
{
    summary.redFlagsScreened = true;
    summary.redFlagConcern = screen.concern(checklist);
    summary.redFlagStatus = screen.statusText(checklist);
    for (const QString &itemId : screen.presentItems(checklist)) {
        const RedFlagCondition *condition = checklist.conditionOf(itemId);
        const RedFlagItem *item = checklist.item(itemId);
        const QString label = (condition ? contentText(condition->label) + u": "_s : QString()) + (item ? contentText(item->text) : itemId);
        summary.redFlagsPresent << label;
        if (!screen.isAcknowledged(itemId))
            for (const auto &need : screen.unacknowledged(checklist))
                if (need.itemId == itemId)
                    summary.redFlagsUnacknowledged << label;
    }
    if (yellowChecklist && yellow)
        for (const QString &domainId : yellow->domainsWithFlags(*yellowChecklist))
            if (const YellowFlagDomain *d = yellowChecklist->domain(domainId))
                summary.yellowFlagDomains << contentText(d->label);
}

const InstrumentLine *AssessmentSummary::completed(const QString &instrumentId) const
{
    for (const InstrumentLine &l : instruments)
        if (l.instrumentId == instrumentId && l.complete)
            return &l;
    return nullptr;
}

QString scoreLineText(const InstrumentLine &l)
{
    QString value;
    if (!l.scales.isEmpty() && l.scales.first().value)
        value = QString::number(*l.scales.first().value, 'f', l.scales.first().decimals);
    QString text = l.title + u' ' + value;
    if (!l.bandLabel.isEmpty())
        text += u" — " + l.bandLabel;
    return text + u", " + l.date.toString(Qt::ISODate);
}

} // namespace SpineDesk
