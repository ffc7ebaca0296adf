#include "ui/exercisefigurewidget.h"

#include "documents/exercisefigure.h"
#include "ui/accessibility.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace SpineDesk {

ExerciseFigureWidget::ExerciseFigureWidget(QWidget *parent)
    : QWidget(parent)
{
    installAccessibility(); // read as a picture (QAccessible::Graphic) with its captions
    setObjectName(u"exerciseFigure"_s);
    setAccessibleName(tr("Exercise picture"));
    setMinimumSize(160, 80);
    setFocusPolicy(Qt::TabFocus); // so that a screen reader user reaches the caption
}

void ExerciseFigureWidget::setExercise(const Therapy::Exercise *exercise, const QString &lang)
{
    m_figures = exercise ? exercise->figures : QList<Therapy::ExerciseFigure>{};
    QStringList captions;
    for (const Therapy::ExerciseFigure &f : std::as_const(m_figures))
        if (const QString c = contentText(f.caption, lang); !c.isEmpty())
            captions << c;
    setAccessibleDescription(captions.join(u' '));
    setToolTip(captions.join(u'\n'));
    update();
}

void ExerciseFigureWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (m_figures.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Choose an exercise to see its picture."));
        return;
    }
    const qreal w = qreal(width()) / m_figures.size();
    for (int i = 0; i < m_figures.size(); ++i)
        paintExerciseFigure(&p, QRectF(i * w + 4, 4, w - 8, height() - 8), m_figures.at(i), palette().color(QPalette::Text));
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

} // namespace SpineDesk
