#pragma once

#include "documents/trendchart.h"

#include <QFont>

class QChart;

namespace SpineDesk {

// The trend chart as a Qt Charts chart, one builder for the screen (a QChartView) and the page
// (paintChart): the severity bands shaded behind (QAreaSeries), the baseline as a dashed line,
// the verified MCID threshold as a line with its label, the score over time on a date axis,
// and a legend. Text uses `font` (scaled for the title); a font with a pixel size keeps
// pixel sizes, so a page can lay the chart out in points. The caller owns the chart.
QChart *buildTrendChart(const TrendChartSpec &spec, const QFont &font);

// Series names the chart uses (tests and screen readers find the lines by them).
QString trendScoreSeriesName(const TrendChartSpec &spec);
QString trendBaselineSeriesName(const TrendChartSpec &spec);
QString trendMcidSeriesName(const TrendChartSpec &spec);

} // namespace SpineDesk
