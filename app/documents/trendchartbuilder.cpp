#include "documents/trendchartbuilder.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct BuilderText {
    Q_DECLARE_TR_FUNCTIONS(TrendChartBuilder)
};

QFont scaled(const QFont &font, qreal factor, bool bold = false)
{
    QFont f = font;
    if (font.pixelSize() > 0)
        f.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    else
        f.setPointSizeF(font.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

qint64 msecs(QDate d)
{
    return d.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

// Light fills from best to worst along the scale, so a band's colour says how bad it is.
QColor bandColour(int index, int count, bool worseIsHigher)
{
    static const QList<QColor> ramp{QColor(0xE3, 0xF1, 0xE1), QColor(0xF1, 0xF3, 0xD9), QColor(0xFA, 0xEE, 0xD5),
                                    QColor(0xF8, 0xE0, 0xCF), QColor(0xF3, 0xD2, 0xD2)};
    const int rank = worseIsHigher ? index : count - 1 - index;
    const int at = count <= 1 ? 0 : qRound(qreal(rank) * (ramp.size() - 1) / (count - 1));
    return ramp.at(std::clamp(at, 0, int(ramp.size()) - 1));
}

QLineSeries *flatLine(double y, qint64 from, qint64 to)
{
    auto *s = new QLineSeries;
    s->append(qreal(from), y);
    s->append(qreal(to), y);
    return s;
}
} // namespace

QString trendScoreSeriesName(const TrendChartSpec &spec)
{
    Q_UNUSED(spec);
    return BuilderText::tr("Score");
}

QString trendBaselineSeriesName(const TrendChartSpec &spec)
{
    return BuilderText::tr("Baseline %1").arg(fixedNumber(spec.baseline.value_or(0), spec.decimals));
}

QString trendMcidSeriesName(const TrendChartSpec &spec)
{
    const auto threshold = spec.mcidThreshold();
    return BuilderText::tr("MCID threshold %1 (baseline %2 %3)")
        .arg(fixedNumber(threshold.value_or(0), spec.decimals), spec.higherIsBetter ? u"+"_s : u"−"_s,
             fixedNumber(spec.mcid.value_or(0), spec.decimals));
}

QChart *buildTrendChart(const TrendChartSpec &spec, const QFont &font)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setTitle(spec.title);
    chart->setTitleFont(scaled(font, 1.1, true));
    chart->setTitleBrush(Qt::black);

    // The date range: the visits, with a little room either side (a fortnight around one visit).
    QDate first = spec.points.isEmpty() ? QDate::currentDate() : spec.points.first().date;
    QDate last = spec.points.isEmpty() ? first : spec.points.last().date;
    for (const TrendPoint &p : spec.points) {
        first = std::min(first, p.date);
        last = std::max(last, p.date);
    }
    const qint64 days = std::max<qint64>(first.daysTo(last), 0);
    const qint64 pad = std::max<qint64>(days / 12, days == 0 ? 14 : 3);
    const qint64 from = msecs(first.addDays(-pad));
    const qint64 to = msecs(last.addDays(pad));

    auto *x = new QDateTimeAxis;
    x->setFormat(spec.dateFormat);
    x->setRange(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));
    x->setTickCount(int(std::clamp<qsizetype>(spec.points.size() + 1, 3, 6)));
    x->setLabelsFont(scaled(font, 0.85));
    x->setGridLineColor(QColor(0xDD, 0xDD, 0xDD));
    auto *y = new QValueAxis;
    y->setRange(spec.minimum, spec.maximum);
    y->setLabelFormat(u"%.0f"_s);
    y->setTickCount(spec.maximum - spec.minimum <= 10 ? int(spec.maximum - spec.minimum) / 2 + 1 : 6);
    y->setLabelsFont(scaled(font, 0.85));
    y->setGridLineColor(QColor(0xDD, 0xDD, 0xDD));
    if (!spec.higherIsBetter)
        y->setTitleText(BuilderText::tr("lower is better"));
    else
        y->setTitleText(BuilderText::tr("higher is better"));
    y->setTitleFont(scaled(font, 0.8));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    };

    // Bands first, so they lie behind everything else.
    for (int i = 0; i < spec.bands.size(); ++i) {
        const TrendBand &b = spec.bands.at(i);
        auto *area = new QAreaSeries(flatLine(std::min(b.to, spec.maximum), from, to), flatLine(std::max(b.from, spec.minimum), from, to));
        area->setName(b.label);
        const QColor fill = bandColour(i, int(spec.bands.size()), !spec.higherIsBetter);
        area->setBrush(fill);
        area->setPen(QPen(fill.darker(112), 0.5)); // the legend's marker takes its outline from the pen
        attach(area);
    }
    if (spec.baseline) {
        auto *base = flatLine(*spec.baseline, from, to);
        base->setName(trendBaselineSeriesName(spec));
        base->setPen(QPen(QColor(0x40, 0x40, 0x40), 1.2, Qt::DashLine));
        attach(base);
    }
    if (const auto threshold = spec.mcidThreshold()) {
        auto *mcid = flatLine(*threshold, from, to);
        mcid->setName(trendMcidSeriesName(spec));
        mcid->setPen(QPen(QColor(0x2E, 0x7D, 0x32), 1.4, Qt::DotLine));
        attach(mcid);
    }
    auto *score = new QLineSeries;
    score->setName(trendScoreSeriesName(spec));
    const double unit = std::pow(10.0, spec.decimals); // values show as the definition rounds them
    for (const TrendPoint &p : spec.points)
        score->append(qreal(msecs(p.date)), std::clamp(std::round(p.value * unit) / unit, spec.minimum, spec.maximum));
    score->setPen(QPen(QColor(0x1F, 0x4E, 0x79), 2));
    score->setPointsVisible(true);
    score->setPointLabelsVisible(true);
    score->setPointLabelsClipping(false);
    score->setPointLabelsFont(scaled(font, 0.85));
    score->setPointLabelsFormat(u"@yPoint"_s);
    attach(score);

    QLegend *legend = chart->legend();
    legend->setVisible(true);
    legend->setAlignment(Qt::AlignRight); // stacked: long band and threshold names stay whole
    legend->setFont(scaled(font, 0.8));
    legend->setLabelColor(Qt::black);
    return chart;
}

} // namespace SpineDesk
