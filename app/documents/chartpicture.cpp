#include "documents/chartpicture.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

namespace SpineDesk {

void paintChart(QPainter &painter, const QRectF &target, QChart *chart, const QSizeF &layoutSize)
{
    QGraphicsScene scene;
    const auto animations = chart->animationOptions();
    chart->setAnimationOptions(QChart::NoAnimation);
    scene.addItem(chart);
    chart->resize(layoutSize);
    const QRectF source(QPointF(0, 0), layoutSize);
    scene.setSceneRect(source);
    painter.save();
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
    painter.restore();
    scene.removeItem(chart);
    chart->setAnimationOptions(animations);
}

} // namespace SpineDesk
