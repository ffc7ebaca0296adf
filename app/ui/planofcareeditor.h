#pragma once

#include "core/stratifiedcare.h"
#include "ui/therapysection.h"

#include <QDate>
#include <QList>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QGridLayout;

namespace SpineDesk {

class DateField;

// The plan of care (pathways.md §6.4): one line per type of therapy with its amount (times a
// day, minutes), frequency (times a week) and duration (weeks); the plan's start and the
// rehabilitation potential. Diagnoses and long-term goals come from the Plan step; what the
// plan of care still lacks is listed live.
class PlanOfCareEditor : public TherapySection
{
    Q_OBJECT
public:
    PlanOfCareEditor(QDate visitDate, QWidget *parent = nullptr);

    void setRecord(const Therapy::TherapyRecord &record) override;
    void applyTo(Therapy::TherapyRecord &record) const override;
    QStringList showErrors(const QMap<QString, QString> &errors) override;
    void setEditable(bool editable) override;

    // Therapy::planOfCareProblems for the page's record and the visit's plan.
    void setProblems(const QStringList &problems);
    // The STarT Back matched pathway from the assessment, for reference.
    void setPathway(const std::optional<MatchedPathway> &pathway);

    int addLine(const Therapy::TherapyLine &line);
    void removeLine(int row);
    int lineCount() const { return int(m_rows.size()); }
    QComboBox *typeCombo(int row) const { return m_rows.at(row).type; }
    QLineEdit *detailEdit(int row) const { return m_rows.at(row).detail; }
    QSpinBox *timesPerDayBox(int row) const { return m_rows.at(row).timesPerDay; }
    QSpinBox *minutesBox(int row) const { return m_rows.at(row).minutes; }
    QSpinBox *timesPerWeekBox(int row) const { return m_rows.at(row).timesPerWeek; }
    QSpinBox *weeksBox(int row) const { return m_rows.at(row).weeks; }
    QString errorText(int row) const;
    DateField *planStartField() const { return m_planStart; }
    QLineEdit *rehabPotentialEdit() const { return m_rehab; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *pathwayLabel() const { return m_pathway; }
    QPushButton *addButton() const { return m_add; }

private:
    struct Row {
        QComboBox *type = nullptr;
        QLineEdit *detail = nullptr;
        QSpinBox *timesPerDay = nullptr, *minutes = nullptr, *timesPerWeek = nullptr, *weeks = nullptr;
        QPushButton *remove = nullptr;
        QLabel *error = nullptr;
        QList<QWidget *> widgets() const;
    };
    int appendRow(const Therapy::TherapyLine &line);
    void deleteRow(int row);
    void renumber(); // also lays the rows out again

    QDate m_visitDate;
    bool m_editable = true;
    QList<Row> m_rows;
    QGridLayout *m_grid = nullptr;
    QLabel *m_empty = nullptr, *m_problems = nullptr, *m_pathway = nullptr, *m_planStartError = nullptr;
    QPushButton *m_add = nullptr;
    DateField *m_planStart = nullptr;
    QLineEdit *m_rehab = nullptr;
};

} // namespace SpineDesk
