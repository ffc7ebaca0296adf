#include "ui/accessibilitywidgets.h"

#include "ui/accessibility.h"
#include "ui/exercisefigurewidget.h"
#include "ui/iconarraywidget.h"
#include "ui/scaleshiftwidget.h"

#include <QButtonGroup>
#include <QAbstractButton>
#include <QAction>
#include <QChartView>
#include <QCoreApplication>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Accessibility)
};
} // namespace

QAccessibleInterface *accessibleInterfaceFactory(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto *widget = static_cast<QWidget *>(object);
    // Called once per class of the object's hierarchy, most derived first.
    if (className == QLatin1StringView(IconArrayWidget::staticMetaObject.className()))
        return new AccessibleIconArray(static_cast<IconArrayWidget *>(widget));
    if (className == QLatin1StringView(ScaleShiftWidget::staticMetaObject.className()))
        return new AccessibleScaleShift(static_cast<ScaleShiftWidget *>(widget));
    if (className == QLatin1StringView(ExerciseFigureWidget::staticMetaObject.className()))
        return new AccessibleExerciseFigure(static_cast<ExerciseFigureWidget *>(widget));
    if (className == QLatin1StringView(QChartView::staticMetaObject.className()))
        return new AccessibleChart(static_cast<QChartView *>(widget));
    if (className == u"QWidget" && ratingScaleInfo(widget).valid)
        return new AccessibleRatingScale(widget);
    if ((className == u"QLineEditIconButton" || className == u"QToolBarExtension") && widget->accessibleName().isEmpty())
        return new AccessibleQtButton(widget);
    return nullptr;
}

AccessibleFigure::AccessibleFigure(QWidget *widget, QAccessible::Role role)
    : QAccessibleWidget(widget, role)
{
}

void *AccessibleFigure::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface)
        return static_cast<QAccessibleValueInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::State AccessibleFigure::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    s.readOnly = true;
    return s;
}

AccessibleIconArray::AccessibleIconArray(IconArrayWidget *widget)
    : AccessibleFigure(widget, QAccessible::Chart)
{
}

const IconArrayWidget *AccessibleIconArray::array() const
{
    return static_cast<const IconArrayWidget *>(object());
}

QString AccessibleIconArray::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return array()->legendText();
    return QAccessibleWidget::text(t);
}

QVariant AccessibleIconArray::currentValue() const
{
    return array()->spec().affected;
}

QVariant AccessibleIconArray::maximumValue() const
{
    return array()->spec().total;
}

QVariant AccessibleIconArray::minimumValue() const
{
    return 0;
}

AccessibleScaleShift::AccessibleScaleShift(ScaleShiftWidget *widget)
    : AccessibleFigure(widget, QAccessible::Chart)
{
}

const ScaleShiftWidget *AccessibleScaleShift::shift() const
{
    return static_cast<const ScaleShiftWidget *>(object());
}

QString AccessibleScaleShift::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return shift()->text();
    return QAccessibleWidget::text(t);
}

QVariant AccessibleScaleShift::currentValue() const
{
    return shift()->spec().difference;
}

QVariant AccessibleScaleShift::maximumValue() const
{
    const ScaleShiftSpec &s = shift()->spec();
    return s.max - s.min; // a difference can be at most the scale's length either way
}

QVariant AccessibleScaleShift::minimumValue() const
{
    const ScaleShiftSpec &s = shift()->spec();
    return s.min - s.max;
}

AccessibleChart::AccessibleChart(QChartView *view)
    : QAccessibleWidget(view, QAccessible::Chart)
{
}

QString AccessibleChart::text(QAccessible::Text t) const
{
    const auto *view = static_cast<const QChartView *>(object());
    if (t == QAccessible::Value)
        return chartSummary(view->chart());
    if (t == QAccessible::Description) {
        // What the widget says (set by the screen that knows the data), else the data in words.
        const QString given = view->accessibleDescription();
        return given.isEmpty() ? chartSummary(view->chart()) : given;
    }
    return QAccessibleWidget::text(t);
}

QAccessible::State AccessibleChart::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    s.readOnly = true;
    return s;
}

AccessibleExerciseFigure::AccessibleExerciseFigure(ExerciseFigureWidget *widget)
    : QAccessibleWidget(widget, QAccessible::Graphic)
{
}

AccessibleQtButton::AccessibleQtButton(QWidget *button)
    : QAccessibleWidget(button, QAccessible::PushButton)
{
}

QString AccessibleQtButton::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name)
        return QAccessibleWidget::text(t);
    if (widget()->inherits("QToolBarExtension"))
        return Text::tr("More tools");
    // A line edit's button shows its action: the clear action has no text of its own.
    const auto *button = qobject_cast<const QToolButton *>(widget());
    const QAction *action = button ? button->defaultAction() : nullptr;
    if (action && !action->text().isEmpty())
        return action->text();
    if (action && !action->toolTip().isEmpty())
        return action->toolTip();
    return Text::tr("Clear the text");
}

QAccessible::State AccessibleQtButton::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    if (const auto *b = qobject_cast<const QAbstractButton *>(widget())) {
        s.checkable = b->isCheckable();
        s.checked = b->isChecked();
        s.pressed = b->isDown();
    }
    return s;
}

QStringList AccessibleQtButton::actionNames() const
{
    return QStringList{pressAction()} + QAccessibleWidget::actionNames();
}

void AccessibleQtButton::doAction(const QString &actionName)
{
    if (actionName == pressAction()) {
        if (auto *b = qobject_cast<QAbstractButton *>(widget()); b && b->isEnabled())
            b->click();
        return;
    }
    QAccessibleWidget::doAction(actionName);
}

AccessibleRatingScale::AccessibleRatingScale(QWidget *scale)
    : QAccessibleWidget(scale, QAccessible::Grouping)
{
}

void *AccessibleRatingScale::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface)
        return static_cast<QAccessibleValueInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString AccessibleRatingScale::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return ratingScaleValueText(widget());
    return QAccessibleWidget::text(t);
}

QVariant AccessibleRatingScale::currentValue() const
{
    const RatingScaleInfo info = ratingScaleInfo(widget());
    return info.value ? QVariant(*info.value) : QVariant();
}

void AccessibleRatingScale::setCurrentValue(const QVariant &value)
{
    // The same as pressing the number's button, so the answer is recorded the usual way.
    QButtonGroup *group = ratingScaleInfo(widget()).buttons;
    if (!group)
        return;
    for (QAbstractButton *b : group->buttons())
        if (group->id(b) == value.toInt() && b->isEnabled())
            b->click();
}

QVariant AccessibleRatingScale::maximumValue() const
{
    return ratingScaleInfo(widget()).maximum;
}

QVariant AccessibleRatingScale::minimumValue() const
{
    return ratingScaleInfo(widget()).minimum;
}

} // namespace SpineDesk
