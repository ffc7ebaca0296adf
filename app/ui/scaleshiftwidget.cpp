#include "ui/scaleshiftwidget.h"

#include <QPainter>

namespace SpineDesk {

ScaleShiftWidget::ScaleShiftWidget(const ScaleShiftSpec &spec, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
{
    setAccessibleName(accessibleName);
    setAccessibleDescription(scaleShiftText(spec));
    setToolTip(scaleShiftText(spec));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int ScaleShiftWidget::heightForWidth(int width) const
{
    return int(std::ceil(scaleShiftHeight(m_spec, font(), width, this)));
}

QSize ScaleShiftWidget::sizeHint() const
{
    return {480, heightForWidth(480)};
}

QSize ScaleShiftWidget::minimumSizeHint() const
{
    return {240, heightForWidth(240)};
}

void ScaleShiftWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (!paintScaleShift(p, rect(), m_spec, font())) {
        QString why;
        scaleShiftSpecValid(m_spec, &why);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("This scale cannot be drawn: %1").arg(why));
    }
}

} // namespace SpineDesk
