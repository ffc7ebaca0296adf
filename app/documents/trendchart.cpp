#include "documents/trendchart.h"

#include "core/instruments/definition.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct TrendText {
    Q_DECLARE_TR_FUNCTIONS(TrendChart)
};

} // namespace

QString fixedNumber(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

std::optional<double> TrendChartSpec::mcidThreshold() const
{
    if (!baseline || !mcid || !mcidVerified || *mcid <= 0)
        return std::nullopt;
    const double towards = higherIsBetter ? *baseline + *mcid : *baseline - *mcid;
    return std::clamp(towards, minimum, maximum);
}

QString trendChartText(const TrendChartSpec &spec)
{
    QStringList values;
    for (const TrendPoint &pt : spec.points)
        values << TrendText::tr("%1 on %2").arg(fixedNumber(pt.value, spec.decimals), pt.date.toString(spec.dateFormat));
    QString text = TrendText::tr("%1: %2.").arg(spec.title, values.join(u"; "_s));
    if (spec.baseline)
        text += u' ' + TrendText::tr("Baseline %1 (dashed line).").arg(fixedNumber(*spec.baseline, spec.decimals));
    if (const auto threshold = spec.mcidThreshold())
        text += u' '
            + TrendText::tr("Minimal clinically important difference reached at %1 or %2 (%3 points from the baseline).")
                  .arg(fixedNumber(*threshold, spec.decimals), spec.higherIsBetter ? TrendText::tr("above") : TrendText::tr("below"),
                       fixedNumber(*spec.mcid, spec.decimals));
    else if (spec.mcid && !spec.mcidVerified)
        text += u' ' + TrendText::tr("The minimal clinically important difference is unverified and not drawn.");
    if (!spec.mcidNote.isEmpty())
        text += u' ' + spec.mcidNote;
    QStringList bands;
    for (const TrendBand &b : spec.bands)
        bands << TrendText::tr("%1 %2–%3").arg(b.label, fixedNumber(b.from, spec.decimals), fixedNumber(b.to, spec.decimals));
    if (!bands.isEmpty())
        text += u' ' + TrendText::tr("Bands: %1.").arg(bands.join(u"; "_s));
    return text;
}

QList<TrendBand> severityBands(const Instruments::Definition &definition, const QString &scaleId, const QString &language)
{
    const Instruments::Scale *scale = definition.scale(scaleId);
    if (!scale || !definition.strata || definition.strata->rules.isEmpty())
        return {};
    // Ordered first-match rules: "<= x" / "< x" close a band at x, the last ">= x" / "> x"
    // opens the top one. Anything else (two scales, a catch-all) gives no bands.
    QList<TrendBand> bands;
    double from = scale->min;
    const auto &rules = definition.strata->rules;
    for (int i = 0; i < rules.size(); ++i) {
        const Instruments::Stratum &r = rules.at(i);
        if (r.when.size() != 1 || r.when.first().scale != scaleId)
            return {};
        const Instruments::StratumCondition &c = r.when.first();
        const QString label = Instruments::localized(r.label, language);
        if (c.op == u"<=" || c.op == u"<") {
            bands << TrendBand{from, c.value, label};
            from = c.value;
        } else if ((c.op == u">=" || c.op == u">") && i == rules.size() - 1) {
            bands << TrendBand{from, scale->max, label};
        } else {
            return {};
        }
    }
    if (!bands.isEmpty() && bands.last().to < scale->max)
        bands.last().to = scale->max; // the top band reaches the scale's end
    return bands;
}

TrendChartSpec trendChartSpecFor(const Instruments::Definition &definition, const QString &scaleId, QList<TrendPoint> points,
                                 const QString &title, const QString &language)
{
    TrendChartSpec spec;
    std::sort(points.begin(), points.end(), [](const TrendPoint &a, const TrendPoint &b) { return a.date < b.date; });
    spec.points = points;
    spec.title = title;
    if (!points.isEmpty())
        spec.baseline = points.first().value;
    if (const Instruments::Scale *scale = definition.scale(scaleId)) {
        spec.minimum = scale->min;
        spec.maximum = scale->max > scale->min ? scale->max : scale->min + 1;
        spec.higherIsBetter = scale->higherIsBetter;
        spec.decimals = scale->decimals;
        if (scale->mcid && scale->mcid->absolute) {
            spec.mcid = *scale->mcid->absolute;
            spec.mcidVerified = scale->mcid->tag == u"V";
            if (spec.mcidVerified)
                spec.mcidNote = TrendText::tr("MCID %1 points (%2).").arg(fixedNumber(*spec.mcid, spec.decimals), scale->mcid->citation);
        }
    }
    spec.bands = severityBands(definition, scaleId, language);
    return spec;
}

} // namespace SpineDesk
