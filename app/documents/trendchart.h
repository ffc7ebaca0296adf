#pragma once

#include <QDate>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

class QPainter;
class QPaintDevice;

namespace SpineDesk {

// A score over the episode's visits (DESIGN.md: one painter per picture serves the screen and
// the page). Vector drawing only, so it prints sharp and its text stays text in a PDF.
struct TrendPoint {
    QDate date;
    double value = 0;
};

struct TrendChartSpec {
    QString title;                     // "ODI total (0–100, lower is better)"
    QList<TrendPoint> points;          // oldest first
    std::optional<double> baseline;    // dashed line; usually the first point
    std::optional<double> mcid;        // absolute MCID: shaded from the baseline towards better
    QString mcidNote;                  // the legend's words for the band, e.g. with the citation
    bool higherIsBetter = false;
    double minimum = 0;
    double maximum = 10;
    int decimals = 0;
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
};

// The text a screen reader gets and a document may print under the chart.
QString trendChartText(const TrendChartSpec &spec);

// Height for `width`, in the units of `device` (the painter's device when painting).
qreal trendChartHeight(const TrendChartSpec &spec, const QFont &font, qreal width, const QPaintDevice *device);
// Draws title, axes, the MCID band, the baseline, the series with its values, and a legend.
void paintTrendChart(QPainter &p, const QRectF &rect, const TrendChartSpec &spec, const QFont &font);

} // namespace SpineDesk
