#include "ui/accessibility.h"

#include "documents/trendchart.h"
#include "ui/accessibilitywidgets.h"

#include <QAbstractBarSeries>
#include <QAbstractItemView>
#include <QAccessible>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QValueAxis>
#include <QXYSeries>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Accessibility)
};

constexpr char kRatingGroup[] = "spinedeskRatingGroup";
constexpr char kRatingMinimum[] = "spinedeskRatingMinimum";
constexpr char kRatingMaximum[] = "spinedeskRatingMaximum";

// Containers are passed over: the first field is what the user types into or presses.
bool isField(const QWidget *w)
{
    if (qobject_cast<const QLabel *>(w) || qobject_cast<const QTabBar *>(w))
        return false;
    if (qobject_cast<const QAbstractScrollArea *>(w) && !qobject_cast<const QAbstractItemView *>(w)
        && !w->inherits("QPlainTextEdit") && !w->inherits("QTextEdit"))
        return false;
    return true;
}

bool takesTabFocus(const QWidget *w, const QWidget *page)
{
    return w != page && page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && !w->focusProxy()
        && (w->focusPolicy() & Qt::TabFocus);
}

QString number(qreal v)
{
    return QLocale().toString(v, 'f', qFuzzyCompare(v, std::round(v)) ? 0 : 1);
}

// Horizontal bar charts list their categories bottom-up; read them top-down like the page.
QString barSummary(QAbstractBarSeries *bars)
{
    QStringList categories;
    for (QAbstractAxis *axis : bars->attachedAxes())
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            categories = c->categories();
    const bool horizontal = bars->type() == QAbstractSeries::SeriesTypeHorizontalBar
        || bars->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar
        || bars->type() == QAbstractSeries::SeriesTypeHorizontalPercentBar;
    const QList<QBarSet *> sets = bars->barSets();
    qsizetype count = categories.size();
    for (const QBarSet *set : sets)
        count = std::max(count, qsizetype(set->count()));
    QStringList lines;
    for (qsizetype k = 0; k < count; ++k) {
        const qsizetype i = horizontal ? count - 1 - k : k;
        QStringList values;
        for (const QBarSet *set : sets)
            if (i < set->count())
                values << Text::tr("%1 (%2)").arg(number(set->at(i)), set->label());
        const QString category = categories.value(i);
        lines << (category.isEmpty() ? values.join(u", "_s) : Text::tr("%1: %2").arg(category, values.join(u", "_s)));
    }
    return lines.join(u"; "_s);
}

// A reference line (a baseline, a threshold) is flat and runs from one end of the x axis to the other.
bool isReferenceLine(QXYSeries *xy)
{
    if (xy->count() != 2 || !qFuzzyCompare(xy->at(0).y(), xy->at(1).y()))
        return false;
    for (QAbstractAxis *axis : xy->attachedAxes()) {
        if (axis->orientation() != Qt::Horizontal)
            continue;
        qreal from = 0, to = 0;
        if (auto *dates = qobject_cast<QDateTimeAxis *>(axis))
            from = qreal(dates->min().toMSecsSinceEpoch()), to = qreal(dates->max().toMSecsSinceEpoch());
        else if (auto *values = qobject_cast<QValueAxis *>(axis))
            from = values->min(), to = values->max();
        else
            return false;
        return qFuzzyCompare(xy->at(0).x(), from) && qFuzzyCompare(xy->at(1).x(), to);
    }
    return false;
}

// The data: the longest line or scatter series that is not a reference line.
QString lineSummary(QChart *chart)
{
    QXYSeries *data = nullptr;
    for (QAbstractSeries *s : chart->series())
        if (auto *xy = qobject_cast<QXYSeries *>(s);
            xy && (s->type() == QAbstractSeries::SeriesTypeLine || s->type() == QAbstractSeries::SeriesTypeScatter
                   || s->type() == QAbstractSeries::SeriesTypeSpline)
            && !isReferenceLine(xy) && (!data || xy->count() > data->count()))
            data = xy;
    if (!data || data->count() == 0)
        return {};
    bool dates = false;
    for (QAbstractAxis *axis : data->attachedAxes())
        if (axis->orientation() == Qt::Horizontal && qobject_cast<const QDateTimeAxis *>(axis))
            dates = true;
    const auto x = [dates](qreal v) {
        return dates ? QDateTime::fromMSecsSinceEpoch(qint64(v), Qt::UTC).date().toString(Qt::ISODate) : number(v);
    };
    const QPointF first = data->at(0);
    const QPointF last = data->at(data->count() - 1);
    QString text = Text::tr("Latest %1 on %2").arg(number(last.y()), x(last.x()));
    if (data->count() > 1) {
        const qreal change = last.y() - first.y();
        text += qFuzzyIsNull(change) ? Text::tr(", unchanged since %1 on %2").arg(number(first.y()), x(first.x()))
            : change > 0              ? Text::tr(", up %1 from %2 on %3").arg(number(change), number(first.y()), x(first.x()))
                                      : Text::tr(", down %1 from %2 on %3").arg(number(-change), number(first.y()), x(first.x()));
    }
    return text + u'.';
}
} // namespace

void installAccessibility()
{
    // installFactory ignores a factory it already has.
    QAccessible::installFactory(accessibleInterfaceFactory);
}

bool focusFirstField(QWidget *page)
{
    if (!page)
        return false;
    if (auto *tabs = qobject_cast<QTabWidget *>(page); tabs && tabs->currentWidget())
        page = tabs->currentWidget();
    QWidget *fallback = nullptr;
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (!takesTabFocus(w, page))
            continue;
        if (isField(w)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        if (!fallback)
            fallback = w;
    }
    if (fallback)
        fallback->setFocus(Qt::ShortcutFocusReason);
    return fallback != nullptr;
}

void placeTabOrderBefore(QWidget *content, QWidget *next)
{
    if (!content || !next || content == next || content->isAncestorOf(next))
        return;
    const auto takesFocus = [](const QWidget *w) { return !w->focusProxy() && (w->focusPolicy() & Qt::TabFocus); };
    QList<QWidget *> moving;
    for (QWidget *w = content->nextInFocusChain(); w && w != content; w = w->nextInFocusChain()) {
        if (!content->isAncestorOf(w) || moving.contains(w))
            continue;
        if (takesFocus(w))
            moving << w;
    }
    if (takesFocus(content))
        moving.prepend(content);
    if (moving.isEmpty())
        return;
    // The stop before `next` that is not being moved (setTabOrder ignores widgets without focus).
    QWidget *before = next->previousInFocusChain();
    while (before && before != next
           && (before == content || content->isAncestorOf(before) || before->focusPolicy() == Qt::NoFocus))
        before = before->previousInFocusChain();
    if (!before || before == next)
        return;
    for (QWidget *w : std::as_const(moving)) {
        QWidget::setTabOrder(before, w);
        before = w;
    }
    QWidget::setTabOrder(before, next);
}

void markRatingScale(QWidget *scale, QButtonGroup *buttons, int minimum, int maximum)
{
    installAccessibility();
    scale->setProperty(kRatingGroup, QVariant::fromValue(QPointer<QObject>(buttons)));
    scale->setProperty(kRatingMinimum, minimum);
    scale->setProperty(kRatingMaximum, maximum);
    if (scale->accessibleDescription().isEmpty())
        scale->setAccessibleDescription(Text::tr("Rating scale from %1 to %2").arg(minimum).arg(maximum));
    QObject::connect(buttons, &QButtonGroup::idToggled, scale, [scale](int id, bool checked) {
        if (!checked)
            return;
        QAccessibleValueChangeEvent event(scale, id);
        QAccessible::updateAccessibility(&event);
    });
    // Setting its name already made (and cached) a plain interface: make it again as a scale.
    if (QAccessibleInterface *made = QAccessible::queryAccessibleInterface(scale); made && !made->valueInterface())
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
}

RatingScaleInfo ratingScaleInfo(const QWidget *scale)
{
    RatingScaleInfo info;
    auto *group = qobject_cast<QButtonGroup *>(scale ? scale->property(kRatingGroup).value<QPointer<QObject>>().data() : nullptr);
    if (!group)
        return info;
    info.valid = true;
    info.buttons = group;
    info.minimum = scale->property(kRatingMinimum).toInt();
    info.maximum = scale->property(kRatingMaximum).toInt();
    if (group->checkedButton())
        info.value = group->checkedId();
    return info;
}

QString ratingScaleValueText(const QWidget *scale)
{
    const RatingScaleInfo info = ratingScaleInfo(scale);
    if (!info.valid)
        return {};
    return info.value ? Text::tr("%1 of %2").arg(*info.value).arg(info.maximum) : Text::tr("not answered");
}

QString chartSummary(QChart *chart)
{
    if (!chart)
        return {};
    QStringList parts;
    for (QAbstractSeries *s : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            if (const QString b = barSummary(bars); !b.isEmpty())
                parts << b + u'.';
    if (const QString line = lineSummary(chart); !line.isEmpty())
        parts << line;
    if (parts.isEmpty())
        return {};
    if (!chart->title().isEmpty())
        parts.prepend(chart->title() + u'.');
    return parts.join(u' ');
}

QString trendSummary(const TrendChartSpec &spec)
{
    if (spec.points.isEmpty())
        return Text::tr("No scores yet.");
    const TrendPoint &first = spec.points.first();
    const TrendPoint &last = spec.points.last();
    const QString latest = fixedNumber(last.value, spec.decimals);
    const QString date = last.date.toString(spec.dateFormat);
    if (spec.points.size() == 1)
        return Text::tr("One score: %1 on %2.").arg(latest, date);
    const double change = last.value - first.value;
    const QString size = fixedNumber(std::abs(change), spec.decimals);
    if (size == fixedNumber(0, spec.decimals))
        return Text::tr("Latest %1 on %2, unchanged since the first score on %3.")
            .arg(latest, date, first.date.toString(spec.dateFormat));
    const bool better = (change > 0) == spec.higherIsBetter;
    const QString from = fixedNumber(first.value, spec.decimals);
    const QString firstDate = first.date.toString(spec.dateFormat);
    if (change > 0)
        return (better ? Text::tr("Latest %1 on %2: up %3 from %4 on %5 (better).")
                       : Text::tr("Latest %1 on %2: up %3 from %4 on %5 (worse)."))
            .arg(latest, date, size, from, firstDate);
    return (better ? Text::tr("Latest %1 on %2: down %3 from %4 on %5 (better).")
                   : Text::tr("Latest %1 on %2: down %3 from %4 on %5 (worse)."))
        .arg(latest, date, size, from, firstDate);
}

} // namespace SpineDesk
