#pragma once

#include "core/intake.h"
#include "core/patient.h"
#include "core/visit.h"
#include "storage/storageresult.h"

#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace SpineDesk {

class DateField;
class EntryTable;

// The Intake step. Every change is saved as a draft within half a second, so a crash or
// power cut loses at most what is being typed; a signed visit shows read-only.
class IntakePage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAutosaveDelayMs = 400;

    IntakePage(QSqlDatabase db, qint64 actorId, const Visit &visit, const Patient &patient, QWidget *parent = nullptr);
    ~IntakePage() override;

    Intake intake() const; // what the form shows now
    bool saveNow();        // saves pending changes; false on a conflict or failure
    bool hasUnsavedChanges() const { return m_dirty; }
    bool isComplete() const;
    void setReadOnly(bool readOnly);

    DateField *onsetField() const { return m_onset; }
    QComboBox *dominanceCombo() const { return m_dominance; }
    QComboBox *workStatusCombo() const { return m_work; }
    QPlainTextEdit *goalsEdit() const { return m_goals; }
    QLineEdit *occupationEdit() const { return m_occupation; }
    QCheckBox *regionBox(const QString &code) const;
    EntryTable *careTable() const { return m_care; }
    EntryTable *medicationTable() const { return m_meds; }
    EntryTable *injectionTable() const { return m_injections; }
    EntryTable *imagingTable() const { return m_imaging; }
    QLabel *durationLabel() const { return m_duration; }
    QComboBox *nicotineCombo() const { return m_nicotine; }
    DateField *nicotineDateField() const { return m_nicotineDate; }
    QLineEdit *cotinineEdit() const { return m_cotinine; }

signals:
    void saved();
    void completenessChanged(bool complete);

private:
    void load();
    void markChanged();
    void updateDuration();
    void updateNicotineDate();
    QString nicotineDateProblem() const; // empty when the date is blank or usable

    QSqlDatabase m_db;
    qint64 m_actorId;
    Visit m_visit;
    Patient m_patient;
    int m_rowVersion = 0;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_conflict = false;
    QTimer m_autosave;

    DateField *m_onset = nullptr, *m_nicotineDate = nullptr;
    QLabel *m_duration = nullptr, *m_onsetError = nullptr, *m_state = nullptr;
    QComboBox *m_dominance = nullptr, *m_work = nullptr, *m_nicotine = nullptr;
    QLineEdit *m_occupation = nullptr, *m_cotinine = nullptr;
    QLabel *m_nicotineDateError = nullptr;
    QPlainTextEdit *m_goals = nullptr;
    QList<QCheckBox *> m_regions;
    EntryTable *m_care = nullptr, *m_meds = nullptr, *m_injections = nullptr, *m_imaging = nullptr;
    QWidget *m_conflictBanner = nullptr;
};

} // namespace SpineDesk
