#pragma once

#include <QAccessibleValueInterface>
#include <QAccessibleWidget>
#include <optional>

class QButtonGroup;
class QChartView;

namespace SpineDesk {

class ExerciseFigureWidget;
class IconArrayWidget;
class ScaleShiftWidget;

// The factory installAccessibility() installs: SpineDesk's custom widgets and Qt Charts views.
QAccessibleInterface *accessibleInterfaceFactory(const QString &className, QObject *object);

// A rating scale's range and chosen number (markRatingScale); `valid` is false for any other widget.
struct RatingScaleInfo {
    bool valid = false;
    int minimum = 0;
    int maximum = 0;
    std::optional<int> value;
    QButtonGroup *buttons = nullptr;
};
RatingScaleInfo ratingScaleInfo(const QWidget *scale);

// A picture that shows numbers and cannot be changed: read-only value, no children.
class AccessibleFigure : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    AccessibleFigure(QWidget *widget, QAccessible::Role role);
    void *interface_cast(QAccessible::InterfaceType type) override;
    int childCount() const override { return 0; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessible::State state() const override;
    void setCurrentValue(const QVariant &) override {} // a figure is read, never set
    QVariant minimumStepSize() const override { return 1; }
};

// The icon array reads as the document's legend: "Thirty-nine (39) of 100 people had an operation; …".
class AccessibleIconArray : public AccessibleFigure
{
public:
    explicit AccessibleIconArray(IconArrayWidget *widget);
    QString text(QAccessible::Text t) const override;
    QVariant currentValue() const override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;

private:
    const IconArrayWidget *array() const;
};

// A mean difference on its scale: the value is the difference, the range the scale's.
class AccessibleScaleShift : public AccessibleFigure
{
public:
    explicit AccessibleScaleShift(ScaleShiftWidget *widget);
    QString text(QAccessible::Text t) const override;
    QVariant currentValue() const override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;

private:
    const ScaleShiftWidget *shift() const;
};

// A Qt Charts view as one chart: its name, and what it shows in words (chartSummary).
class AccessibleChart : public QAccessibleWidget
{
public:
    explicit AccessibleChart(QChartView *view);
    QString text(QAccessible::Text t) const override;
    int childCount() const override { return 0; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessible::State state() const override;
};

// An exercise's drawings: a picture whose captions are its description.
class AccessibleExerciseFigure : public QAccessibleWidget
{
public:
    explicit AccessibleExerciseFigure(ExerciseFigureWidget *widget);
    int childCount() const override { return 0; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
};

// Qt's own small buttons that come without a name: a line edit's clear button, a tool bar's
// button for the tools that do not fit.
class AccessibleQtButton : public QAccessibleWidget
{
public:
    explicit AccessibleQtButton(QWidget *button);
    QString text(QAccessible::Text t) const override;
    QAccessible::State state() const override;
    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
};

// Checkable number buttons read as one scale, with the chosen number as its value.
class AccessibleRatingScale : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit AccessibleRatingScale(QWidget *scale);
    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text t) const override;
    QVariant currentValue() const override;
    void setCurrentValue(const QVariant &value) override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override { return 1; }
};

} // namespace SpineDesk
