#include "documents/exercisefigure.h"

#include <QLineF>
#include <QPainter>
#include <QPolygonF>
#include <cmath>

namespace SpineDesk {

namespace {
constexpr qreal kWidth = 100;
constexpr qreal kHeight = 60;
constexpr qreal kBodyPen = 1.6;   // in figure units: bold enough to read in print and at thumbnail size
constexpr qreal kDetailPen = 1.1; // floor and arrows, so the body stays the first thing seen
constexpr qreal kHeadLength = 4.5;
constexpr qreal kHeadHalfWidth = 2.4;

void paintArrow(QPainter *p, const QPointF &from, const QPointF &to, qreal scale)
{
    const QLineF shaft(from, to);
    const qreal length = shaft.length();
    if (length <= 0)
        return;
    const QPointF unit = (to - from) / length;
    const QPointF normal(-unit.y(), unit.x());
    const qreal head = std::min(kHeadLength * scale, length * 0.6);
    const qreal half = head * kHeadHalfWidth / kHeadLength;
    const QPointF base = to - unit * head;
    // The shaft stops inside the head so its round cap cannot show past the tip.
    p->drawLine(QLineF(from, base + unit * (head * 0.3)));
    p->save();
    p->setBrush(p->pen().color());
    QPen pen = p->pen();
    pen.setWidthF(pen.widthF() * 0.5);
    p->setPen(pen);
    p->drawPolygon(QPolygonF({to, base + normal * half, base - normal * half}));
    p->restore();
}
} // namespace

QRectF exerciseFigureRect(const QRectF &box)
{
    const qreal scale = std::min(box.width() / kWidth, box.height() / kHeight);
    const QSizeF size(kWidth * scale, kHeight * scale);
    return QRectF(box.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

void paintExerciseFigure(QPainter *p, const QRectF &box, const Therapy::ExerciseFigure &figure, const QColor &ink)
{
    if (!p || box.width() <= 0 || box.height() <= 0)
        return;
    // Half a pen of margin, so strokes on the box edge stay inside it.
    const QRectF outer = exerciseFigureRect(box);
    const qreal margin = kBodyPen * outer.width() / kWidth;
    const QRectF area = outer.adjusted(margin, margin * kHeight / kWidth, -margin, -margin * kHeight / kWidth);
    const qreal scale = area.width() / kWidth;
    const auto map = [&](const QPointF &pt) { return QPointF(area.left() + pt.x() * scale, area.top() + pt.y() * scale); };

    p->save();
    p->setClipRect(box, Qt::IntersectClip);
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setBrush(Qt::NoBrush);
    const QPen body(ink, kBodyPen * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPen detail(ink, kDetailPen * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    using Kind = Therapy::FigureStroke::Kind;
    for (const Therapy::FigureStroke &s : figure.strokes) {
        switch (s.kind) {
        case Kind::Line:
            if (s.points.size() == 2) {
                p->setPen(body);
                p->drawLine(map(s.points.at(0)), map(s.points.at(1)));
            }
            break;
        case Kind::Polyline:
            if (s.points.size() >= 2) {
                QPolygonF poly;
                for (const QPointF &pt : s.points)
                    poly << map(pt);
                p->setPen(body);
                p->drawPolyline(poly);
            }
            break;
        case Kind::Circle:
            if (s.points.size() == 1 && s.radius > 0) {
                p->setPen(body);
                p->drawEllipse(map(s.points.at(0)), s.radius * scale, s.radius * scale);
            }
            break;
        case Kind::Arrow:
            if (s.points.size() == 2) {
                p->setPen(detail);
                paintArrow(p, map(s.points.at(0)), map(s.points.at(1)), scale);
            }
            break;
        case Kind::Floor: {
            p->setPen(detail);
            const qreal y = area.top() + s.y * scale;
            p->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            break;
        }
        }
    }
    p->restore();
}

} // namespace SpineDesk
