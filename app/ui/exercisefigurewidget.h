#pragma once

#include "core/therapy/exerciselibrary.h"

#include <QList>
#include <QWidget>

namespace SpineDesk {

// An exercise's line drawings (start and end positions) painted with the same painter as the
// printed sheet (documents/exercisefigure.h). Screen readers get the captions as the
// accessible description.
class ExerciseFigureWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ExerciseFigureWidget(QWidget *parent = nullptr);
    void setExercise(const Therapy::Exercise *exercise, const QString &lang = QString());
    QString caption() const { return accessibleDescription(); }
    QSize sizeHint() const override { return {320, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Therapy::ExerciseFigure> m_figures;
};

} // namespace SpineDesk
