#include "documents/scaleshift.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct ScaleShiftTr {
    Q_DECLARE_TR_FUNCTIONS(ScaleShift)
};

// The sentences of a figure are worded in its language, whatever the program's (textIn, i18n/language.h).
QString worded(const ScaleShiftSpec &s, const char *source)
{
    return textIn(s.language, "ScaleShift", source);
}

const QColor kRuleColour(0x40, 0x40, 0x40);
const QColor kGuideColour(0xA0, 0xA0, 0xA0);

// The evidence keeps signs as the study reports them, and scales differ in which end is
// better; `favours` is what decides the direction, so values are turned into "points better
// for the favoured option" before anything is drawn or said.
double directionOf(const ScaleShiftSpec &s)
{
    if (s.difference > 0)
        return 1;
    if (s.difference < 0)
        return -1;
    return s.higherIsBetter ? 1 : -1;
}

double better(const ScaleShiftSpec &s, double value)
{
    return value * directionOf(s);
}

bool hasRange(const ScaleShiftSpec &s)
{
    return s.low.has_value() && s.high.has_value();
}

QString pointsPhrase(const ScaleShiftSpec &s, double betterValue)
{
    const QString n = scaleNumber(std::abs(betterValue), s.language);
    if (betterValue > 0)
        return worded(s, QT_TRANSLATE_NOOP("ScaleShift", "%1 points better")).arg(n);
    if (betterValue < 0)
        return worded(s, QT_TRANSLATE_NOOP("ScaleShift", "%1 points worse")).arg(n);
    return worded(s, QT_TRANSLATE_NOOP("ScaleShift", "no difference"));
}

QString endLabel(const ScaleShiftSpec &s, bool maxEnd)
{
    const QString n = scaleNumber(maxEnd ? s.max : s.min, s.language);
    return maxEnd == s.higherIsBetter ? worded(s, QT_TRANSLATE_NOOP("ScaleShift", "%1 (better)")).arg(n)
                                      : worded(s, QT_TRANSLATE_NOOP("ScaleShift", "%1 (worse)")).arg(n);
}

QString differenceSentence(const ScaleShiftSpec &s)
{
    if (s.difference == 0)
        return worded(s, QT_TRANSLATE_NOOP("ScaleShift", "On average there was no difference between %1 and %2."))
            .arg(s.favoursLabel, s.comparedWithLabel);
    return worded(s, QT_TRANSLATE_NOOP("ScaleShift", "On average, %1 came out %2 than %3."))
        .arg(s.favoursLabel, pointsPhrase(s, better(s, s.difference)), s.comparedWithLabel);
}

QString rangeSentence(const ScaleShiftSpec &s)
{
    double a = better(s, *s.low);
    double b = better(s, *s.high);
    if (a > b)
        std::swap(a, b);
    return worded(s, QT_TRANSLATE_NOOP("ScaleShift", "Likely range: from %1 to %2."))
        .arg(pointsPhrase(s, a), pointsPhrase(s, b));
}

QString mcidSentence(const ScaleShiftSpec &s)
{
    return worded(s, QT_TRANSLATE_NOOP("ScaleShift", "The smallest change most people notice: %1 points."))
        .arg(scaleNumber(*s.mcid, s.language));
}

enum class KeyKind { Arrow, Range, Mcid };
struct KeyRow {
    KeyKind kind;
    QString text;
};

QList<KeyRow> keyRows(const ScaleShiftSpec &s)
{
    QList<KeyRow> rows{{KeyKind::Arrow, differenceSentence(s)}};
    if (hasRange(s))
        rows.append({KeyKind::Range, rangeSentence(s)});
    if (s.mcid)
        rows.append({KeyKind::Mcid, mcidSentence(s)});
    return rows;
}

qreal wrappedHeight(const QFontMetricsF &fm, qreal width, const QString &text)
{
    return fm.boundingRect(QRectF(0, 0, qMax<qreal>(width, 1), 1e9), Qt::TextWordWrap, text).height();
}

// Vertical metrics, all from the font's line height so the drawing scales with large print.
struct Metrics {
    qreal line, arrowRow, rangeRow, rulerRow, gap, keyIcon;
    explicit Metrics(const QFontMetricsF &fm)
        : line(fm.height()), arrowRow(line * 1.2), rangeRow(line * 0.9), rulerRow(line * 0.8), gap(line * 0.4),
          keyIcon(line * 2.2)
    {
    }
};

qreal labelsHeight(const ScaleShiftSpec &s, const QFontMetricsF &fm, qreal width)
{
    const qreal endWidth = qMax(fm.horizontalAdvance(endLabel(s, false)), fm.horizontalAdvance(endLabel(s, true)));
    const qreal middle = width - 2 * endWidth - 2 * fm.height();
    return qMax(fm.height(), wrappedHeight(fm, middle, s.comparedWithLabel));
}

void drawArrow(QPainter &p, QPointF from, QPointF to, qreal thickness, const QColor &colour)
{
    const qreal length = std::abs(to.x() - from.x());
    const qreal dir = to.x() >= from.x() ? 1 : -1;
    const qreal head = qMin(thickness * 2.6, length);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    if (length > head)
        p.drawRect(QRectF(QPointF(qMin(from.x(), to.x() - dir * head), from.y() - thickness / 2),
                          QPointF(qMax(from.x(), to.x() - dir * head), from.y() + thickness / 2)));
    QPainterPath tip;
    tip.moveTo(to);
    tip.lineTo(to.x() - dir * head, to.y() - thickness * 1.3);
    tip.lineTo(to.x() - dir * head, to.y() + thickness * 1.3);
    tip.closeSubpath();
    p.drawPath(tip);
}

void drawRange(QPainter &p, qreal x1, qreal x2, qreal y, qreal line, const QColor &colour)
{
    p.setPen(QPen(colour, line * 0.1, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(x1, y), QPointF(x2, y));
    p.drawLine(QPointF(x1, y - line * 0.25), QPointF(x1, y + line * 0.25));
    p.drawLine(QPointF(x2, y - line * 0.25), QPointF(x2, y + line * 0.25));
}

QPen mcidPen(qreal line)
{
    return QPen(kRuleColour, line * 0.08, Qt::DashLine, Qt::FlatCap);
}
} // namespace

QString scaleNumber(double value, const QString &lang)
{
    // Spanish as written in the United States, with a decimal point: the aids' Spanish texts
    // write their figures that way too, so text and figure match.
    const QLocale locale(lang == u"es" ? QLocale::Spanish : QLocale::English, QLocale::UnitedStates);
    return locale.toString(value, 'g', QLocale::FloatingPointShortest);
}

ScaleShiftSpec scaleShiftSpec(const Aids::DecisionAid &aid, const Aids::ScaleShift &shift, const QString &lang)
{
    ScaleShiftSpec s;
    s.scale = contentText(shift.scale, lang);
    s.min = shift.min;
    s.max = shift.max;
    s.higherIsBetter = shift.higherIsBetter;
    s.difference = shift.difference;
    s.low = shift.low;
    s.high = shift.high;
    s.mcid = shift.mcid;
    s.favoursLabel = aid.optionLabel(shift.favours, lang);
    s.comparedWithLabel = aid.optionLabel(shift.comparedWith, lang);
    s.language = lang.isEmpty() ? u"en"_s : lang;
    return s;
}

bool scaleShiftSpecValid(const ScaleShiftSpec &spec, QString *why)
{
    QString problem;
    if (!(spec.max > spec.min))
        problem = ScaleShiftTr::tr("The scale runs from %1 to %2.").arg(spec.min).arg(spec.max);
    else if (spec.low.has_value() != spec.high.has_value())
        problem = ScaleShiftTr::tr("A range needs both ends.");
    else if (spec.mcid && *spec.mcid <= 0)
        problem = ScaleShiftTr::tr("The smallest noticeable change must be above zero.");
    if (why)
        *why = problem;
    return problem.isEmpty();
}

qreal scaleShiftHeight(const ScaleShiftSpec &spec, const QFont &font, qreal width, const QPaintDevice *device)
{
    const QFontMetricsF fm(font, device);
    const Metrics m(fm);
    qreal h = m.arrowRow + (hasRange(spec) ? m.rangeRow : 0) + m.rulerRow + labelsHeight(spec, fm, width) + m.gap;
    for (const KeyRow &row : keyRows(spec))
        h += qMax(m.line * 1.2, wrappedHeight(fm, width - m.keyIcon - m.gap, row.text)) + m.gap * 0.5;
    return h;
}

bool paintScaleShift(QPainter &p, const QRectF &area, const ScaleShiftSpec &spec, const QFont &font)
{
    if (!scaleShiftSpecValid(spec))
        return false;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const Metrics m(fm);

    // The ruler leaves room for the end ticks; scale units map linearly onto it.
    const qreal x0 = area.left() + m.line * 0.3;
    const qreal x1 = area.right() - m.line * 0.3;
    const qreal unit = (x1 - x0) / (spec.max - spec.min);
    const qreal ref = (x0 + x1) / 2;
    const qreal towardsBetter = spec.higherIsBetter ? 1 : -1;
    auto xOf = [&](double betterValue) { return qBound(x0, ref + betterValue * unit * towardsBetter, x1); };

    const qreal top = area.top();
    const qreal arrowY = top + m.arrowRow / 2;
    const qreal rangeY = top + m.arrowRow + m.rangeRow / 2;
    const qreal rulerY = top + m.arrowRow + (hasRange(spec) ? m.rangeRow : 0) + m.rulerRow / 2;

    // Guide from the reference mark up through the rows, so the arrow's start is plainly "the comparison".
    p.setPen(QPen(kGuideColour, m.line * 0.06));
    p.drawLine(QPointF(ref, top), QPointF(ref, rulerY));
    if (spec.mcid) {
        p.setPen(mcidPen(m.line));
        const qreal x = xOf(*spec.mcid);
        p.drawLine(QPointF(x, top), QPointF(x, rulerY));
    }

    const double d = better(spec, spec.difference);
    if (d == 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(spec.colour);
        p.drawEllipse(QPointF(ref, arrowY), m.line * 0.3, m.line * 0.3);
    } else {
        drawArrow(p, QPointF(ref, arrowY), QPointF(xOf(d), arrowY), m.line * 0.28, spec.colour);
    }
    if (hasRange(spec))
        drawRange(p, xOf(better(spec, *spec.low)), xOf(better(spec, *spec.high)), rangeY, m.line, spec.colour);

    p.setPen(QPen(kRuleColour, m.line * 0.08, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(x0, rulerY), QPointF(x1, rulerY));
    for (qreal x : {x0, x1, ref})
        p.drawLine(QPointF(x, rulerY - m.rulerRow * 0.4), QPointF(x, rulerY + m.rulerRow * 0.4));

    // Labels under the ruler: the ends, and the option compared with under the middle mark.
    qreal y = top + m.arrowRow + (hasRange(spec) ? m.rangeRow : 0) + m.rulerRow;
    const qreal labels = labelsHeight(spec, fm, area.width());
    p.setPen(Qt::black);
    p.drawText(QRectF(area.left(), y, area.width() / 2, labels), Qt::AlignLeft | Qt::AlignTop, endLabel(spec, false));
    p.drawText(QRectF(area.center().x(), y, area.width() / 2, labels), Qt::AlignRight | Qt::AlignTop, endLabel(spec, true));
    const qreal endWidth = qMax(fm.horizontalAdvance(endLabel(spec, false)), fm.horizontalAdvance(endLabel(spec, true)));
    const qreal middle = area.width() - 2 * endWidth - 2 * m.line;
    p.drawText(QRectF(ref - middle / 2, y, middle, labels), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
               spec.comparedWithLabel);
    y += labels + m.gap;

    // A key in words, each line with a small sample of what it explains.
    for (const KeyRow &row : keyRows(spec)) {
        const qreal textWidth = area.width() - m.keyIcon - m.gap;
        const qreal h = qMax(m.line * 1.2, wrappedHeight(fm, textWidth, row.text));
        const qreal cy = y + qMin(h, m.line * 1.2) / 2;
        const qreal kx0 = area.left();
        const qreal kx1 = area.left() + m.keyIcon;
        switch (row.kind) {
        case KeyKind::Arrow:
            drawArrow(p, QPointF(kx0, cy), QPointF(kx1, cy), m.line * 0.28, spec.colour);
            break;
        case KeyKind::Range:
            drawRange(p, kx0 + m.line * 0.1, kx1 - m.line * 0.1, cy, m.line, spec.colour);
            break;
        case KeyKind::Mcid:
            p.setPen(mcidPen(m.line));
            p.drawLine(QPointF((kx0 + kx1) / 2, y), QPointF((kx0 + kx1) / 2, y + m.line * 1.2));
            break;
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(kx1 + m.gap, y, textWidth, h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, row.text);
        y += h + m.gap * 0.5;
    }
    p.restore();
    return true;
}

QString scaleShiftText(const ScaleShiftSpec &spec)
{
    QString why;
    if (!scaleShiftSpecValid(spec, &why))
        return why;
    const QString betterEnd = scaleNumber(spec.higherIsBetter ? spec.max : spec.min, spec.language);
    QStringList sentences;
    sentences << worded(spec, QT_TRANSLATE_NOOP("ScaleShift", "Scale: %1, from %2 to %3; %4 is best."))
                     .arg(spec.scale, scaleNumber(spec.min, spec.language), scaleNumber(spec.max, spec.language), betterEnd);
    for (const KeyRow &row : keyRows(spec))
        sentences << row.text;
    return sentences.join(u' ');
}

} // namespace SpineDesk
