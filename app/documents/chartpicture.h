#pragma once

#include <QRectF>
#include <QSizeF>

class QPainter;
class QChart;

namespace SpineDesk {

// Paints a Qt Charts chart into `target` as vector graphics, so the chart a screen shows in a
// QChartView prints sharp with its text as text (one chart builder serves screen and page).
// `layoutSize` is the size, in points, the chart is laid out at before it is scaled into
// `target`; fonts and margins are judged at that size. The chart is borrowed: it is handed
// back without a scene. Needs a QApplication (Qt Charts draws with Qt Widgets' graphics view).
void paintChart(QPainter &painter, const QRectF &target, QChart *chart, const QSizeF &layoutSize);

} // namespace SpineDesk
