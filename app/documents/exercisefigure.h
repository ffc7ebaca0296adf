#pragma once

#include "core/therapy/exerciselibrary.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace SpineDesk {

// The line drawing of a home exercise (Therapy::ExerciseFigure), one painter for the screen and
// the printed exercise sheet. The 100 × 60 drawing keeps its aspect ratio, centred in `box`;
// line width scales with the size; round caps and joins; arrows end in a solid head. Nothing
// is drawn outside `box`. The caption is not painted: the caller sets it as text (and as the
// accessible description on screen).
void paintExerciseFigure(QPainter *p, const QRectF &box, const Therapy::ExerciseFigure &figure, const QColor &ink = Qt::black);

// Where the 100 × 60 drawing lands inside `box` (the largest centred rectangle of that ratio).
QRectF exerciseFigureRect(const QRectF &box);

} // namespace SpineDesk
