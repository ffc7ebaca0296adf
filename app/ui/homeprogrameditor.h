#pragma once

#include "core/examination.h"
#include "core/therapy/exerciselibrary.h"
#include "ui/therapysection.h"

#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace SpineDesk {

class ExerciseFigureWidget;

// The home exercise programme: exercises picked from the library (those that suit the recorded
// directional preference and classification are offered first), each added with its default
// dose and then dosed for the patient, in print order, with general advice for the sheet.
class HomeProgramEditor : public TherapySection
{
    Q_OBJECT
public:
    explicit HomeProgramEditor(const Therapy::ExerciseLibrary &library, QWidget *parent = nullptr);

    void setRecord(const Therapy::TherapyRecord &record) override;
    void applyTo(Therapy::TherapyRecord &record) const override;
    QStringList showErrors(const QMap<QString, QString> &errors) override;
    void setEditable(bool editable) override;

    // The patient's language for the exercises' own text (names, purpose, picture captions):
    // what the patient may read on screen, as on the printed sheet. "en" when not supported.
    void setPatientLanguage(const QString &lang);
    QString patientLanguage() const { return m_lang; }
    QLabel *translationNote() const { return m_translationNote; }

    // Reorders the picker: suggestions for this preference and classification first.
    void setSuggestionContext(DirectionalPreference preference, Therapy::TbcClass classification);
    QStringList suggestedIds() const { return m_suggested; }
    // Ids the library does not know, as validation messages ("homeProgram.N.exerciseId").
    QMap<QString, QString> libraryErrors() const;

    // As if picked in the list and added; false for an id the library does not have.
    bool addExercise(const QString &exerciseId);
    void moveExercise(int row, int delta);
    void removeExercise(int row);
    void selectRow(int row);
    const QList<Therapy::ExercisePrescription> &program() const { return m_program; }
    QList<std::pair<QString, QString>> programNames() const; // (id, name) in order

    QComboBox *picker() const { return m_picker; }
    QPushButton *addButton() const { return m_add; }
    QListWidget *list() const { return m_list; }
    QSpinBox *doseBox(const QString &field) const; // "sets", "repetitions", "holdSeconds", "minutes", "timesPerDay", "daysPerWeek"
    QLineEdit *noteEdit() const { return m_note; }
    QPlainTextEdit *adviceEdit() const { return m_advice; }
    ExerciseFigureWidget *figure() const { return m_figure; }
    QLabel *doseError() const { return m_doseError; }
    QLabel *suggestionLabel() const { return m_suggestionLabel; }

signals:
    void programChanged(); // exercises added, removed or reordered

private:
    void fillPicker();
    void refreshList();
    void showDose();
    void storeDose();
    void updateButtons();
    QString nameOf(const QString &id) const;
    QString textOf(const Therapy::Exercise &e, const ContentText &text) const; // in m_lang when it has a current text

    const Therapy::ExerciseLibrary &m_library;
    QList<Therapy::ExercisePrescription> m_program;
    QMap<QString, QString> m_errors;
    QStringList m_suggested;
    DirectionalPreference m_preference = DirectionalPreference::NotAssessed;
    Therapy::TbcClass m_class = Therapy::TbcClass::NotClassified;
    bool m_editable = true;
    bool m_showing = false;
    QString m_lang = QStringLiteral("en");

    QComboBox *m_picker = nullptr;
    QPushButton *m_add = nullptr, *m_up = nullptr, *m_down = nullptr, *m_remove = nullptr;
    QLabel *m_suggestionLabel = nullptr, *m_purpose = nullptr, *m_doseError = nullptr, *m_libraryErrors = nullptr;
    QLabel *m_translationNote = nullptr;
    QListWidget *m_list = nullptr;
    QWidget *m_doseEditor = nullptr;
    QList<std::pair<QString, QSpinBox *>> m_doses;
    QLineEdit *m_note = nullptr;
    QPlainTextEdit *m_advice = nullptr;
    ExerciseFigureWidget *m_figure = nullptr;
};

} // namespace SpineDesk
