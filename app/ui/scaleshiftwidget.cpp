#include "ui/scaleshiftwidget.h"

#include "ui/accessibility.h"
#include "ui/accessibilitycolours.h"

#include <QPainter>

namespace SpineDesk {

ScaleShiftWidget::ScaleShiftWidget(const ScaleShiftSpec &spec, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
{
    installAccessibility();
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
    // The figure is the printed one, black on paper: on a dark (high-contrast) window it
    // keeps its paper so the legend and outlines stay visible.
    if (contrastRatio(Qt::black, palette().color(backgroundRole())) < 4.5) {
        p.fillRect(rect(), Qt::white);
        p.setPen(Qt::black);
    }
    if (!paintScaleShift(p, rect(), m_spec, font())) {
        QString why;
        scaleShiftSpecValid(m_spec, &why);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("This scale cannot be drawn: %1").arg(why));
    }
}

} // namespace SpineDesk
