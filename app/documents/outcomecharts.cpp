#include "documents/outcomecharts.h"

#include "core/durationclass.h"
#include "core/plan/diagnosis.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk::OutcomeCharts {

namespace {
struct ChartText {
    Q_DECLARE_TR_FUNCTIONS(OutcomeCharts)
};

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->legend()->setVisible(false);
    return chart;
}

// A whole-number grid step of 1, 2 or 5 times a power of ten, at most six steps to `value`.
qreal gridStep(qreal value)
{
    if (value <= 6)
        return 1;
    const qreal power = std::pow(10.0, std::floor(std::log10(value / 6)));
    for (qreal f : {1.0, 2.0, 5.0, 10.0})
        if (value / (f * power) <= 6)
            return f * power;
    return 10 * power;
}

// The axis end: the bar's top rounded up to a whole grid step, so the last line clears it.
qreal axisMaximum(qreal value)
{
    const qreal step = gridStep(std::max(value, 1.0));
    return std::max(step, std::ceil(std::max(value, 1.0) / step) * step);
}

// Horizontal bars list their first category at the bottom; reports read top-down.
void attachHorizontalAxes(QChart *chart, QAbstractBarSeries *series, QStringList categories, qreal maximum,
                          const QString &valueTitle, const QString &labelFormat)
{
    std::reverse(categories.begin(), categories.end());
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, maximum);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(maximum == 100 ? 25 : gridStep(maximum));
    valueAxis->setTitleText(valueTitle);
    valueAxis->setLabelFormat(labelFormat);
    chart->addSeries(series);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

QBarSet *barSet(const QString &name, QList<qreal> values, const QColor &color)
{
    std::reverse(values.begin(), values.end());
    auto *set = new QBarSet(name);
    set->append(values);
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    set->setLabelColor(Qt::black);
    return set;
}

const QColor kBar(0x4E, 0x79, 0xA7);
} // namespace

QString scaleLabel(const QString &instrumentId)
{
    if (instrumentId == u"odi")
        return ChartText::tr("ODI");
    if (instrumentId == u"peg")
        return ChartText::tr("PEG");
    if (instrumentId == u"nrs-back")
        return ChartText::tr("NRS back");
    if (instrumentId == u"nrs-leg")
        return ChartText::tr("NRS leg");
    return instrumentId;
}

QString timePointLabel(const Outcomes::TimePoint &at)
{
    return ChartText::tr("%1 weeks").arg(at.weeks);
}

QString stratumLabel(const QString &band)
{
    if (band.isEmpty())
        return ChartText::tr("not recorded");
    if (band == u"low")
        return ChartText::tr("Low risk");
    if (band == u"medium")
        return ChartText::tr("Medium risk");
    if (band == u"high")
        return ChartText::tr("High risk");
    return band;
}

QString durationLabel(const QString &durationCode)
{
    if (durationCode.isEmpty())
        return ChartText::tr("not recorded");
    for (DurationClass c : {DurationClass::Acute, DurationClass::Subacute, DurationClass::Chronic, DurationClass::Unknown})
        if (durationClassCode(c) == durationCode)
            return durationClassLabel(c);
    return durationCode;
}

QString conditionLabel(const QString &diagnosisId)
{
    if (diagnosisId.isEmpty())
        return ChartText::tr("not recorded");
    if (const auto *d = Plans::DiagnosisCatalogue::bundled().find(diagnosisId))
        return d->label;
    return diagnosisId;
}

QString shareText(qsizetype numerator, qsizetype denominator)
{
    if (denominator <= 0)
        return ChartText::tr("no patients");
    const double exact = 100.0 * double(numerator) / double(denominator);
    QString percent = QString::number(std::floor(exact + 0.5), 'f', 0);
    if (numerator > 0 && exact < 0.5)
        percent = u"< 1"_s;
    else if (numerator < denominator && exact >= 99.5)
        percent = u"> 99"_s;
    return ChartText::tr("%1 of %2, %3 %").arg(numerator).arg(denominator).arg(percent);
}

QString shareText(const Outcomes::Proportion &p)
{
    return shareText(p.numerator.size(), p.denominator.size());
}

QString episodesText(qsizetype n)
{
    return n == 1 ? ChartText::tr("1 episode") : ChartText::tr("%1 episodes").arg(n);
}

QStringList orderedKeys(const QMap<QString, QList<qint64>> &counts, const QStringList &preferred)
{
    QStringList keys;
    for (const QString &k : preferred)
        if (counts.contains(k))
            keys << k;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!it.key().isEmpty() && !preferred.contains(it.key()))
            keys << it.key();
    if (counts.contains(QString()))
        keys << QString();
    return keys;
}

QChart *accessChart(const Outcomes::Distribution &access)
{
    QChart *chart = newChart(access.count > 0 ? ChartText::tr("Days from referral to first visit (%1 counted)").arg(episodesText(access.count))
                                              : ChartText::tr("Days from referral to first visit: no patients"));
    auto *series = new QHorizontalBarSeries;
    series->append(barSet(ChartText::tr("Days"), {access.median, access.p90}, kBar));
    series->setLabelsVisible(access.count > 0);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    attachHorizontalAxes(chart, series, {ChartText::tr("Median"), ChartText::tr("90th percentile")},
                         axisMaximum(std::max(access.p90, access.median) * 1.1), ChartText::tr("days"), u"%.0f"_s);
    return chart;
}

QChart *caseMixChart(const QString &title, const QMap<QString, QList<qint64>> &counts, const KeyLabel &label, int total,
                     const QStringList &order)
{
    QChart *chart = newChart(title);
    QStringList categories;
    QList<qreal> values;
    qreal top = 0;
    const auto add = [&](const QString &key, const QList<qint64> &episodes) {
        const QString name = label ? label(key) : key;
        categories << (total > 0 ? u"%1 (%2)"_s.arg(name, shareText(episodes.size(), total)) : name);
        values << qreal(episodes.size());
        top = std::max(top, qreal(episodes.size()));
    };
    for (const QString &key : orderedKeys(counts, order))
        add(key, counts.value(key));
    auto *series = new QHorizontalBarSeries;
    series->append(barSet(ChartText::tr("Episodes"), values, kBar));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    if (categories.isEmpty())
        categories << ChartText::tr("no patients");
    attachHorizontalAxes(chart, series, categories, axisMaximum(top * 1.1), ChartText::tr("episodes"), u"%.0f"_s);
    return chart;
}

QChart *mcidChart(const QList<Outcomes::McidFigure> &figures, const QStringList &unverified)
{
    QChart *chart = newChart(ChartText::tr("MCID reached, not reached and missing follow-up, of eligible episodes"));
    QStringList categories;
    QList<qreal> reached, notReached, missing;
    qreal top = 0;
    for (const Outcomes::McidFigure &f : figures) {
        const qsizetype r = f.reached.numerator.size();
        const qsizetype evaluated = f.reached.denominator.size();
        const QString scale = unverified.contains(f.scale.instrumentId)
            ? ChartText::tr("%1 (MCID unverified)").arg(scaleLabel(f.scale.instrumentId))
            : scaleLabel(f.scale.instrumentId);
        categories << ChartText::tr("%1, %2").arg(scale, timePointLabel(f.at));
        reached << qreal(r);
        notReached << qreal(evaluated - r);
        missing << qreal(f.missing.size());
        top = std::max(top, qreal(evaluated + f.missing.size()));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(barSet(ChartText::tr("Reached"), reached, QColor(0x59, 0xA1, 0x4F)));
    series->append(barSet(ChartText::tr("Not reached"), notReached, QColor(0xE1, 0x57, 0x59)));
    series->append(barSet(ChartText::tr("Missing follow-up"), missing, QColor(0xBA, 0xB0, 0xAC)));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    series->setLabelsFormat(u"@value"_s);
    attachHorizontalAxes(chart, series, categories, axisMaximum(top), ChartText::tr("eligible episodes"), u"%.0f"_s);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *proportionsChart(const QString &title, const QList<QPair<QString, Outcomes::Proportion>> &items)
{
    QChart *chart = newChart(title);
    QStringList categories;
    QList<qreal> values;
    for (const auto &[name, p] : items) {
        categories << u"%1 (%2)"_s.arg(name, shareText(p));
        values << (p.denominator.isEmpty() ? 0.0 : std::floor(p.percent() + 0.5));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(barSet(ChartText::tr("Per cent"), values, kBar));
    // No value labels on the bars: the category already says "n of N, %", and a bar label
    // would print 0 % where the denominator is empty.
    attachHorizontalAxes(chart, series, categories, 100, ChartText::tr("per cent"), u"%.0f"_s);
    return chart;
}

} // namespace SpineDesk::OutcomeCharts
