#pragma once

#include "ui/therapysection.h"

#include <QDate>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace SpineDesk {

class DateField;

// The same-day first treatment session: whether one was given, its date (the visit date by
// default; it starts the 30-day certification clock), minutes, education, the exercises taught
// (picked from the home programme), manual therapy, anything else, and the patient's response.
class FirstSessionEditor : public TherapySection
{
    Q_OBJECT
public:
    FirstSessionEditor(QDate visitDate, QWidget *parent = nullptr);

    void setRecord(const Therapy::TherapyRecord &record) override;
    void applyTo(Therapy::TherapyRecord &record) const override;
    QStringList showErrors(const QMap<QString, QString> &errors) override;
    void setEditable(bool editable) override;

    // The home programme's exercises (id, name) offered as "taught"; ticks are kept.
    void setProgramExercises(const QList<std::pair<QString, QString>> &exercises);
    bool setTaught(const QString &exerciseId, bool taught);
    QStringList taught() const;

    QCheckBox *providedBox() const { return m_provided; }
    DateField *dateField() const { return m_date; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QPlainTextEdit *educationEdit() const { return m_education; }
    QListWidget *taughtList() const { return m_taught; }
    QLineEdit *manualTherapyEdit() const { return m_manual; }
    QLineEdit *otherEdit() const { return m_other; }
    QComboBox *responseCombo() const { return m_response; }
    QLineEdit *responseNoteEdit() const { return m_responseNote; }
    QString errorText(const QString &key) const; // "session.date", "session.minutes", "session.response"

private:
    void updateEnabled();

    QDate m_visitDate;
    bool m_editable = true;
    QCheckBox *m_provided = nullptr;
    QWidget *m_details = nullptr;
    DateField *m_date = nullptr;
    QSpinBox *m_minutes = nullptr;
    QPlainTextEdit *m_education = nullptr;
    QListWidget *m_taught = nullptr;
    QLabel *m_taughtEmpty = nullptr;
    QLineEdit *m_manual = nullptr, *m_other = nullptr, *m_responseNote = nullptr;
    QComboBox *m_response = nullptr;
    QLabel *m_dateError = nullptr, *m_minutesError = nullptr, *m_responseError = nullptr;
};

} // namespace SpineDesk
