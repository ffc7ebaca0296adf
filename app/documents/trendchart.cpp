#include "documents/trendchart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct TrendText {
    Q_DECLARE_TR_FUNCTIONS(TrendChart)
};

QString number(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

// Grid steps of 1, 2 or 5 times a power of ten, about five of them.
double niceStep(double span)
{
    if (span <= 0)
        return 1;
    const double raw = span / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (raw <= f * power)
            return f * power;
    return 10 * power;
}

struct Geometry {
    QRectF plot;
    qreal line = 0;
    QList<qreal> xs;
    double low = 0;
    double high = 1;
    qreal y(double v) const { return plot.bottom() - (v - low) / (high - low) * plot.height(); }
};

QStringList legendLines(const TrendChartSpec &spec)
{
    QStringList lines;
    if (spec.baseline)
        lines << TrendText::tr("Dashed line: baseline %1").arg(number(*spec.baseline, spec.decimals));
    if (spec.baseline && spec.mcid)
        lines << (spec.mcidNote.isEmpty()
                      ? TrendText::tr("Shaded: less change from the baseline than the minimal clinically important difference (%1)")
                            .arg(number(*spec.mcid, spec.decimals))
                      : spec.mcidNote);
    return lines;
}

qreal legendHeight(const TrendChartSpec &spec, const QFontMetricsF &fm, qreal width)
{
    qreal h = 0;
    for (const QString &l : legendLines(spec))
        h += fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, l).height();
    return h;
}

Geometry geometry(const TrendChartSpec &spec, const QFontMetricsF &fm, const QRectF &rect, const QFont &font)
{
    Q_UNUSED(font);
    Geometry g;
    g.line = fm.height();
    g.low = spec.minimum;
    g.high = spec.maximum > spec.minimum ? spec.maximum : spec.minimum + 1;
    const qreal labelWidth = std::max(fm.horizontalAdvance(number(g.low, 0)), fm.horizontalAdvance(number(g.high, 0)));
    const qreal titleHeight = fm.boundingRect(QRectF(0, 0, rect.width(), 1e9), Qt::TextWordWrap, spec.title).height();
    const qreal legend = legendHeight(spec, fm, rect.width());
    const qreal top = rect.top() + titleHeight + g.line * 1.2; // room for the value over a top point
    const qreal bottom = rect.bottom() - legend - g.line * 1.6; // date labels
    g.plot = QRectF(rect.left() + labelWidth + g.line * 0.6, top, 0, std::max(bottom - top, g.line * 3));
    g.plot.setRight(rect.right() - g.line * 0.5);

    const int n = int(spec.points.size());
    // Points sit inside the plot by half a date label, so the first and last dates fit.
    const qreal inset = (fm.horizontalAdvance(QDate(2000, 12, 30).toString(spec.dateFormat)) + g.line) / 2;
    if (n == 1) {
        g.xs << g.plot.center().x();
    } else if (n > 1) {
        const QDate first = spec.points.first().date;
        const QDate last = spec.points.last().date;
        const qint64 days = first.isValid() && last.isValid() ? first.daysTo(last) : 0;
        for (int i = 0; i < n; ++i) {
            // By date when the dates allow it, else evenly.
            const qreal f = days > 0 && spec.points.at(i).date.isValid() ? qreal(first.daysTo(spec.points.at(i).date)) / days
                                                                         : qreal(i) / (n - 1);
            g.xs << g.plot.left() + inset + f * (g.plot.width() - 2 * inset);
        }
    }
    return g;
}

} // namespace

QString trendChartText(const TrendChartSpec &spec)
{
    QStringList values;
    for (const TrendPoint &pt : spec.points)
        values << TrendText::tr("%1 on %2").arg(number(pt.value, spec.decimals), pt.date.toString(spec.dateFormat));
    QString text = TrendText::tr("%1: %2.").arg(spec.title, values.join(u"; "_s));
    for (const QString &l : legendLines(spec))
        text += u' ' + l + u'.';
    return text;
}

qreal trendChartHeight(const TrendChartSpec &spec, const QFont &font, qreal width, const QPaintDevice *device)
{
    const QFontMetricsF fm(font, device);
    const qreal title = fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, spec.title).height();
    const qreal plot = std::clamp(width * 0.15, fm.height() * 5, fm.height() * 10);
    return title + fm.height() * 1.2 + plot + fm.height() * 1.6 + legendHeight(spec, fm, width);
}

void paintTrendChart(QPainter &p, const QRectF &rect, const TrendChartSpec &spec, const QFont &font)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont small = font;
    const QFontMetricsF fm(small, p.device());
    const Geometry g = geometry(spec, fm, rect, font);
    const qreal hair = g.line / 14;

    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), g.plot.top() - rect.top()), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               spec.title);
    p.setFont(small);

    // MCID band under everything else: the zone a change must leave to count as important.
    if (spec.baseline && spec.mcid && *spec.mcid > 0) {
        const double towards = spec.higherIsBetter ? *spec.baseline + *spec.mcid : *spec.baseline - *spec.mcid;
        const double a = std::clamp(*spec.baseline, g.low, g.high);
        const double b = std::clamp(towards, g.low, g.high);
        const QRectF band(QPointF(g.plot.left(), g.y(std::max(a, b))), QPointF(g.plot.right(), g.y(std::min(a, b))));
        p.fillRect(band, QColor(0xE4, 0xEC, 0xE4));
    }

    // Axes and grid.
    const double step = niceStep(g.high - g.low);
    p.setPen(QPen(QColor(0xC8, 0xC8, 0xC8), hair));
    for (double v = g.low; v <= g.high + step * 1e-6; v += step) {
        const qreal y = g.y(v);
        p.setPen(QPen(QColor(0xC8, 0xC8, 0xC8), hair));
        p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left(), y - g.line / 2, g.plot.left() - rect.left() - g.line * 0.3, g.line),
                   Qt::AlignRight | Qt::AlignVCenter, number(v, step < 1 ? 1 : 0));
    }
    p.setPen(QPen(Qt::black, hair * 1.5));
    p.drawLine(g.plot.bottomLeft(), g.plot.bottomRight());
    p.drawLine(g.plot.bottomLeft(), g.plot.topLeft());

    if (spec.baseline) {
        QPen dashed(QColor(0x40, 0x40, 0x40), hair * 2, Qt::DashLine);
        p.setPen(dashed);
        const qreal y = g.y(std::clamp(*spec.baseline, g.low, g.high));
        p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
    }

    // The series: line, markers, values above, dates below (thinned so labels never overlap).
    const int n = int(spec.points.size());
    QPainterPath path;
    for (int i = 0; i < n; ++i) {
        const QPointF pt(g.xs.at(i), g.y(std::clamp(spec.points.at(i).value, g.low, g.high)));
        if (i == 0)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    p.setPen(QPen(QColor(0x1F, 0x4E, 0x79), hair * 3));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    const qreal dateWidth = fm.horizontalAdvance(QDate(2000, 12, 30).toString(spec.dateFormat)) + g.line * 0.6;
    qreal lastLabelRight = -1e18;
    for (int i = 0; i < n; ++i) {
        const QPointF pt(g.xs.at(i), g.y(std::clamp(spec.points.at(i).value, g.low, g.high)));
        p.setPen(QPen(QColor(0x1F, 0x4E, 0x79), hair * 2));
        p.setBrush(Qt::white);
        p.drawEllipse(pt, g.line * 0.22, g.line * 0.22);
        p.setPen(Qt::black);
        p.drawText(QRectF(pt.x() - g.line * 2, pt.y() - g.line * 1.25, g.line * 4, g.line), Qt::AlignCenter,
                   number(spec.points.at(i).value, spec.decimals));
        const bool last = i == n - 1;
        // The last date is always shown, so earlier labels leave room for it.
        if (pt.x() - dateWidth / 2 >= lastLabelRight && (last || pt.x() + dateWidth / 2 <= g.xs.last() - dateWidth / 2)) {
            p.drawText(QRectF(pt.x() - dateWidth / 2, g.plot.bottom() + g.line * 0.2, dateWidth, g.line), Qt::AlignCenter,
                       spec.points.at(i).date.toString(spec.dateFormat));
            lastLabelRight = pt.x() + dateWidth / 2;
        }
    }

    qreal y = g.plot.bottom() + g.line * 1.6;
    for (const QString &l : legendLines(spec)) {
        const QRectF r = fm.boundingRect(QRectF(rect.left(), y, rect.width(), 1e9), Qt::TextWordWrap, l);
        p.drawText(QRectF(rect.left(), y, rect.width(), r.height()), Qt::AlignLeft | Qt::TextWordWrap, l);
        y += r.height();
    }
    p.restore();
}

} // namespace SpineDesk
