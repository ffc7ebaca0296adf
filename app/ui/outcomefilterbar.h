#pragma once

#include "core/clinician.h"
#include "core/outcomes/outcomefigures.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace SpineDesk {

// The dashboard's filters: first-visit date range (with presets), clinician, kind of first
// visit and condition. Emits changed() once per user change.
class OutcomeFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Period { All, ThisYear, LastQuarter, Custom };

    explicit OutcomeFilterBar(QWidget *parent = nullptr);

    void setClinicians(const QList<Clinician> &clinicians);
    void setConditions(const QStringList &diagnosisIds); // the ids present in the rows
    Outcomes::Filter filter() const;

    void setPeriod(Period period, QDate today = QDate::currentDate());
    void setDates(QDate from, QDate to); // invalid: open; the period becomes Custom
    void setClinician(qint64 clinicianId);
    void setFirstVisitKind(std::optional<VisitKind> kind);
    void setCondition(const QString &diagnosisId);

    // The previous calendar quarter, and 1 January to today.
    static QPair<QDate, QDate> lastQuarter(QDate today);
    static QPair<QDate, QDate> thisYear(QDate today);

    QComboBox *periodBox() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *clinicianBox() const { return m_clinician; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *conditionBox() const { return m_condition; }

signals:
    void changed();

private:
    void applyDates(QDate from, QDate to);
    QDate dateOf(const QDateEdit *edit) const;

    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_clinician = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_condition = nullptr;
    bool m_quiet = false; // set while the code changes several controls at once
};

} // namespace SpineDesk
