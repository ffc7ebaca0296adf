#include "ui/iconarraywidget.h"

#include "ui/accessibility.h"
#include "ui/accessibilitycolours.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
constexpr int kGap = 6;       // between the array and its legend
constexpr int kMinSide = 120; // below this the icons stop being countable
} // namespace

IconArrayWidget::IconArrayWidget(const IconArraySpec &spec, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
{
    installAccessibility();
    setAccessibleName(accessibleName);
    setAccessibleDescription(iconArrayText(spec));
    setToolTip(iconArrayText(spec));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QString IconArrayWidget::legendText() const
{
    if (!iconArraySpecValid(m_spec))
        return iconArrayText(m_spec); // says why it cannot be drawn
    return iconArrayCountLine(m_spec.affected, m_spec.affectedLabel, m_spec.language) + u"; "_s
        + iconArrayCountLine(m_spec.total - m_spec.affected, m_spec.unaffectedLabel, m_spec.language);
}

void IconArrayWidget::setMaximumArraySide(int pixels)
{
    m_maxSide = std::max(kMinSide, pixels);
    updateGeometry();
    update();
}

int IconArrayWidget::arraySide(int width) const
{
    return std::clamp(width, kMinSide, m_maxSide);
}

int IconArrayWidget::heightForWidth(int width) const
{
    const qreal legend = iconArrayLegendHeight(m_spec, font(), width, this);
    return arraySide(width) + kGap + int(std::ceil(legend));
}

QSize IconArrayWidget::sizeHint() const
{
    return {m_maxSide, heightForWidth(m_maxSide)};
}

QSize IconArrayWidget::minimumSizeHint() const
{
    return {kMinSide, heightForWidth(kMinSide)};
}

void IconArrayWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // The figure is the printed one, black on paper: on a dark (high-contrast) window it
    // keeps its paper so the legend and outlines stay visible.
    if (contrastRatio(Qt::black, palette().color(backgroundRole())) < 4.5) {
        p.fillRect(rect(), Qt::white);
        p.setPen(Qt::black);
    }
    const int side = arraySide(width());
    const QRectF array(0, 0, width(), side); // the painter centres the square cells
    if (!paintIconArray(p, array, m_spec)) {
        QString why;
        iconArraySpecValid(m_spec, &why);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("This picture cannot be drawn: %1").arg(why));
        return;
    }
    paintIconArrayLegend(p, QRectF(0, side + kGap, width(), height() - side - kGap), m_spec, font());
}

} // namespace SpineDesk
