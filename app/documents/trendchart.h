#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace SpineDesk {

namespace Instruments {
struct Definition;
}

// A score over the episode's visits. One chart builder (trendchartbuilder.h) draws it with Qt
// Charts for the screen and, through paintChart, as vector graphics on the page.
struct TrendPoint {
    QDate date;
    double value = 0;
};

// A severity band of the instrument (its strata, when they are cut on this one scale).
struct TrendBand {
    double from = 0;
    double to = 0;
    QString label;
};

struct TrendChartSpec {
    QString title;                     // "ODI total (0–100, lower is better)"
    QList<TrendPoint> points;          // oldest first
    std::optional<double> baseline;    // dashed line; usually the first point
    std::optional<double> mcid;        // absolute MCID: the threshold line sits this far from the baseline towards better
    bool mcidVerified = false;         // only a verified MCID is drawn (clinical README: [R]/[U] facts are not used)
    QString mcidNote;                  // the legend's words for the threshold, e.g. with the citation
    QList<TrendBand> bands;            // shaded behind the series, in scale order
    bool higherIsBetter = false;
    double minimum = 0;
    double maximum = 10;
    int decimals = 0;
    QString dateFormat = QStringLiteral("yyyy-MM-dd");

    // The MCID threshold line's value when it is drawn: verified, with a baseline.
    std::optional<double> mcidThreshold() const;
};

// The text a screen reader gets and a document may print under the chart.
QString trendChartText(const TrendChartSpec &spec);

// A score with a fixed number of decimals, as charts and letters print it.
QString fixedNumber(double value, int decimals);

// Bands from the definition's strata when every rule is one cut-off on `scaleId` (ODI, PHQ-9,
// GAD-7 …); empty otherwise (STarT Back's two-scale rules, no strata).
QList<TrendBand> severityBands(const Instruments::Definition &definition, const QString &scaleId,
                               const QString &language = QStringLiteral("en"));

// A spec for one scale of a definition: range, direction, decimals, bands, and the MCID with
// its verification (the first point is the baseline). `title` is used as given.
TrendChartSpec trendChartSpecFor(const Instruments::Definition &definition, const QString &scaleId, QList<TrendPoint> points,
                                 const QString &title, const QString &language = QStringLiteral("en"));

} // namespace SpineDesk
