#include "ui/outcomefigurerows.h"

#include "core/instruments/library.h"
#include "documents/outcomecharts.h"

#include <QCoreApplication>
#include <QLocale>
#include <functional>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Outcomes;

namespace {
struct FigureText {
    Q_DECLARE_TR_FUNCTIONS(OutcomeFigureText)
};

// The report's definition of a measure, as a tooltip; the closest id when there is no exact one.
QString definitionText(const QList<MeasureDefinition> &definitions, const QString &id)
{
    const MeasureDefinition *found = nullptr;
    for (const MeasureDefinition &d : definitions)
        if (d.id == id) {
            found = &d;
            break;
        }
    if (!found)
        for (const MeasureDefinition &d : definitions)
            if (d.id.startsWith(id) || id.startsWith(d.id)) {
                found = &d;
                break;
            }
    if (!found)
        return {};
    QString text = u"<b>"_s + found->title.toHtmlEscaped() + u"</b>"_s;
    if (!found->numerator.isEmpty())
        text += u"<br>"_s + FigureText::tr("Numerator: %1").arg(found->numerator.toHtmlEscaped());
    if (!found->denominator.isEmpty())
        text += u"<br>"_s + FigureText::tr("Denominator: %1").arg(found->denominator.toHtmlEscaped());
    if (!found->source.isEmpty())
        text += u"<br>"_s + FigureText::tr("Source: %1").arg(found->source.toHtmlEscaped());
    return text;
}

OutcomeFigureRow share(const QString &id, const QString &name, const Proportion &p, const QString &definition)
{
    OutcomeFigureRow row;
    row.id = id;
    row.name = name;
    row.numerator = p.numerator;
    row.denominator = p.denominator;
    row.result = OutcomeCharts::shareText(p.numerator.size(), p.denominator.size());
    row.definition = definition;
    return row;
}

OutcomeFigureRow share(const QString &id, const QString &name, const QList<qint64> &numerator, const QList<qint64> &denominator,
                       const QString &definition)
{
    Proportion p;
    p.numerator = numerator;
    p.denominator = denominator;
    return share(id, name, p, definition);
}

// Case-mix rows: one per key, each a share of every episode in the filter.
void caseMix(QList<OutcomeFigureRow> &rows, const QString &prefix, const QString &group, const QMap<QString, QList<qint64>> &counts,
             const QList<qint64> &episodes, const std::function<QString(const QString &)> &label, const QString &definition,
             const QStringList &order = {})
{
    // In the chart's order: reading order where there is one, "not recorded" last.
    for (const QString &key : OutcomeCharts::orderedKeys(counts, order))
        rows << share(prefix + (key.isEmpty() ? u"none"_s : key), FigureText::tr("%1: %2").arg(group, label(key)), counts.value(key),
                      episodes, definition);
}

QString days(double value)
{
    return FigureText::tr("%1 days").arg(QLocale().toString(value, 'f', value == qRound(value) ? 0 : 1));
}
} // namespace

bool outcomeMcidUnverified(const QString &instrumentId, const QString &scaleId, const Instruments::Library &library)
{
    const Instruments::Definition *d = library.find(instrumentId);
    const Instruments::Scale *s = d ? d->scale(scaleId) : nullptr;
    if (!s || !s->mcid)
        return true;
    return s->mcid->tag == u"R" || s->mcid->tag == u"U";
}

QList<OutcomeFigureRow> outcomeFigureRows(OutcomeSection section, const OutcomeFigures &f, const Instruments::Library &library)
{
    const QList<MeasureDefinition> defs = measureDefinitions();
    QList<OutcomeFigureRow> rows;
    const QLocale locale;
    switch (section) {
    case OutcomeSection::Access: {
        const QString def = definitionText(defs, u"access"_s);
        const Distribution &a = f.access;
        QList<qint64> all = a.episodes;
        all += a.excluded;
        const QString missing = a.excluded.isEmpty() ? QString()
                                                     : FigureText::tr("%n excluded (no referral date, or a referral after the visit)",
                                                                      nullptr, int(a.excluded.size()));
        const auto distributionRow = [&](const QString &id, const QString &name, double value) {
            OutcomeFigureRow row;
            row.id = id;
            row.name = name;
            row.result = a.count == 0 ? FigureText::tr("no patients")
                                      : FigureText::tr("%1 (n = %2)").arg(days(value), locale.toString(a.count));
            row.numerator = a.episodes;
            row.denominator = all;
            row.missing = a.excluded;
            row.hasMissing = true;
            row.missingText = missing;
            row.definition = def;
            return row;
        };
        rows << distributionRow(u"access-median"_s, FigureText::tr("Days from referral received to first visit: median"), a.median);
        rows << distributionRow(u"access-p90"_s, FigureText::tr("Days from referral received to first visit: 90th percentile"), a.p90);
        rows << share(u"access-counted"_s, FigureText::tr("Episodes with a referral date before the first visit"), a.episodes, all, def);
        rows.last().missing = a.excluded;
        rows.last().hasMissing = true;
        rows.last().missingText = missing;
        break;
    }
    case OutcomeSection::CaseMix: {
        const QString def = definitionText(defs, u"case-mix"_s);
        rows << share(u"evaluated"_s, FigureText::tr("Evaluated (first visit's plan signed)"), f.evaluated, f.episodes,
                      definitionText(defs, u"population"_s));
        caseMix(rows, u"stratum-"_s, FigureText::tr("STarT Back"), f.strata, f.episodes, OutcomeCharts::stratumLabel, def,
                OutcomeCharts::kStratumOrder);
        caseMix(rows, u"duration-"_s, FigureText::tr("Duration"), f.durations, f.episodes, OutcomeCharts::durationLabel, def,
                OutcomeCharts::kDurationOrder);
        caseMix(rows, u"condition-"_s, FigureText::tr("Condition"), f.conditions, f.episodes, OutcomeCharts::conditionLabel, def);
        break;
    }
    case OutcomeSection::Outcomes: {
        const QString def = definitionText(defs, u"mcid"_s);
        for (const McidFigure &m : f.mcid) {
            const bool unverified = outcomeMcidUnverified(m.scale.instrumentId, m.scale.scaleId, library);
            QString name = FigureText::tr("%1: MCID reached at %2 weeks").arg(OutcomeCharts::scaleLabel(m.scale.instrumentId)).arg(m.at.weeks);
            if (unverified)
                name += u' ' + FigureText::tr("(MCID unverified)");
            OutcomeFigureRow row = share(u"mcid-%1-%2"_s.arg(m.scale.instrumentId).arg(m.at.weeks), name, m.reached, def);
            row.missing = m.missing;
            row.hasMissing = true;
            row.unverified = unverified;
            row.missingText = FigureText::tr("%1 of %2 eligible without a score; reached by the absolute threshold %3, by the percentage alone %4")
                                  .arg(locale.toString(m.missing.size()), locale.toString(m.eligible.size()),
                                       locale.toString(m.byAbsolute), locale.toString(m.byPercentOnly));
            if (unverified)
                row.definition = def + u"<br><b>"_s
                                 + FigureText::tr("The clinical sources do not confirm this MCID: the figure is shown as unverified.")
                                 + u"</b>"_s;
            rows << row;
        }
        break;
    }
    case OutcomeSection::Care:
        rows << share(u"surgery-referred"_s, FigureText::tr("Referred to a surgeon"), f.surgicalReferral, definitionText(defs, u"surgery"_s));
        rows << share(u"surgery-not-referred"_s, FigureText::tr("Not referred to a surgeon (surgery avoided at the center)"), f.notReferred,
                      definitionText(defs, u"surgery"_s));
        rows << share(u"esi-recommended"_s, FigureText::tr("Epidural steroid injection recommended"), f.esiRecommended,
                      definitionText(defs, u"esi"_s));
        rows << share(u"esi-criteria-met"_s, FigureText::tr("ESI recommendations that met the criteria"), f.esiCriteriaMet,
                      definitionText(defs, u"esi"_s));
        break;
    case OutcomeSection::LowValue:
        rows << share(u"low-value-imaging"_s, FigureText::tr("Imaging in the first 6 weeks without a red flag"), f.earlyImaging,
                      definitionText(defs, u"low-value-imaging"_s));
        rows << share(u"low-value-opioid"_s, FigureText::tr("Opioid recommended for chronic pain"), f.opioidChronic,
                      definitionText(defs, u"low-value-opioid"_s));
        rows << share(u"low-value-fusion"_s, FigureText::tr("Fusion discussed for non-specific low back pain"), f.fusionNonSpecific,
                      definitionText(defs, u"low-value-fusion"_s));
        break;
    case OutcomeSection::SafetyFollowUp:
        rows << share(u"safety-alerts"_s, FigureText::tr("Episodes with a PHQ-9 item 9 (self-harm) alert"), f.safetyFollowUp.denominator,
                      f.episodes, definitionText(defs, u"safety"_s));
        rows << share(u"safety-followed-up"_s, FigureText::tr("PHQ-9 item 9 alerts with their follow-up recorded"), f.safetyFollowUp,
                      definitionText(defs, u"safety"_s));
        rows << share(u"follow-up-seen"_s, FigureText::tr("Evaluated patients seen at a signed follow-up visit"), f.followUpSeen,
                      definitionText(defs, u"completion"_s));
        break;
    }
    return rows;
}

} // namespace SpineDesk
