#pragma once

#include "core/plan/plan.h"
#include "core/validation.h"

#include <QDate>
#include <QWidget>

class QLabel;

namespace SpineDesk {

class EntryTable;

// The patient's goals: specific, functional, each with a target date after the visit.
class GoalsEditor : public QWidget
{
    Q_OBJECT
public:
    GoalsEditor(QDate visitDate, QWidget *parent = nullptr);

    void setGoals(const QList<Plans::Goal> &goals);
    QList<Plans::Goal> goals() const;
    void setReadOnly(bool readOnly);
    // As typed into the goal dialog; false with the problems when it is not a usable goal.
    bool addGoal(const QString &text, QDate targetDate, FieldErrors *errors = nullptr);
    // What signing still needs from the goals (empty clears).
    void setProblem(const QString &message);

    EntryTable *table() const { return m_table; }
    QLabel *problemLabel() const { return m_problem; }

signals:
    void changed();

private:
    EntryTable *m_table = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace SpineDesk
