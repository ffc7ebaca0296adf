#pragma once

#include <QString>

class QButtonGroup;
class QChart;
class QWidget;

namespace SpineDesk {

struct TrendChartSpec;

// SpineDesk's custom widgets as assistive technology sees them (roles and values through
// QAccessible): icon arrays, scale shifts, exercise pictures, Qt Charts views and numeric
// rating scales. Safe to call more than once; every widget that needs it calls it.
void installAccessibility();

// Keyboard: gives focus to the first widget of `page` (in tab order) that takes it from the
// keyboard, is shown and enabled; a tab widget's current page is searched, not its tab bar.
// False when there is none.
bool focusFirstField(QWidget *page);

// Moves the widgets of `content` that take Tab focus (in their present order) to just before
// `next` in the tab order: for widgets made after the page, such as cards added to a list.
void placeTabOrderBefore(QWidget *content, QWidget *next);

// A row of checkable buttons (0–10 ratings, one button a number) read as one rating scale:
// role, range and the chosen number. `scale` holds the buttons; the buttons' ids are their numbers.
void markRatingScale(QWidget *scale, QButtonGroup *buttons, int minimum, int maximum);
// What a rating scale reads out as its value: "7 of 10" or "not answered".
QString ratingScaleValueText(const QWidget *scale);

// What a chart shows, in words: the latest value and its change for a trend, each bar's
// value for a bar chart. Empty for a chart with no data.
QString chartSummary(QChart *chart);
// The latest score of a trend and how it changed since the first one, better or worse.
QString trendSummary(const TrendChartSpec &spec);

} // namespace SpineDesk
