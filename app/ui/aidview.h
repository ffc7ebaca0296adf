#pragma once

#include "core/decisionaids/aid.h"
#include "core/decisionaids/evidence.h"
#include "core/decisionaids/record.h"
#include "core/instruments/definition.h"
#include "core/visit.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScreen;
class QSlider;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace SpineDesk {

class IconArrayWidget;
class PresentationWindow;
class ScaleShiftWidget;

// The option grid: options as columns in the aid's fixed order, the patient's questions as
// rows, the evidence IDs of each row in the last column. Shared by the aid view and
// presentation mode.
void fillOptionGrid(QTableWidget *table, const Aids::DecisionAid &aid, const QString &lang);
// One outcome: title, population, horizon and design above; one icon array per option side
// by side (the same 100 for each); statement, uncertainty and evidence ID below.
QWidget *makeOutcomePanel(const Aids::DecisionAid &aid, const Aids::Outcome &outcome, const QString &lang,
                          QList<IconArrayWidget *> *arrays, QWidget *parent);
QWidget *makeScaleShiftPanel(const Aids::DecisionAid &aid, const Aids::ScaleShift &shift, const QString &lang,
                             QList<ScaleShiftWidget *> *shifts, QWidget *parent);
// "Points towards: Surgery, Injection".
QString pointsToText(const Aids::DecisionAid &aid, const Aids::ValueStatement &value, const QString &lang);

// One decision aid walked with the patient, in the order of shared-decisions.md §6: the
// option grid, the outcomes, what matters to the patient, a knowledge check, the choice and
// SURE; the aid's footer below. The record is saved as a draft within half a second of a
// change, like the other steps; a signed visit shows it read-only.
class AidView : public QWidget
{
    Q_OBJECT
public:
    enum Section { Options, Outcomes, Values, Knowledge, Choice, Sure, SectionCount };
    static constexpr int kAutosaveDelayMs = 400;

    // `sure` is the SURE instrument definition, or null with the reason in `sureError`.
    AidView(QSqlDatabase db, qint64 clinicianId, const Visit &visit, const Aids::DecisionAid &aid,
            const Aids::EvidenceRegistry &registry, const Instruments::Definition *sure, const QString &sureError,
            const QString &language, const QString &clinicianName, QWidget *parent = nullptr);
    ~AidView() override;

    const Aids::DecisionAid &aid() const { return m_aid; }
    Aids::DecisionRecord record() const; // what the view shows now
    bool hasSavedRecord() const { return m_record.rowVersion > 0; }
    bool saveNow();                      // false on a conflict or failure
    bool hasUnsavedChanges() const { return m_dirty; }
    void reload();
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QTabWidget *sections() const { return m_sections; }
    void showSection(int section);
    QTableWidget *optionGrid() const { return m_grid; }
    QList<IconArrayWidget *> iconArrays() const { return m_arrays; }
    QList<ScaleShiftWidget *> scaleShifts() const { return m_shifts; }
    QSlider *valueSlider(const QString &valueId) const { return m_sliders.value(valueId); }
    QLabel *valueLabel(const QString &valueId) const { return m_valueLabels.value(valueId); }
    // An option id or Aids::kUndecided.
    QAbstractButton *preferredButton(const QString &optionId) const { return m_preferred.value(optionId); }
    QCheckBox *discussedBox(const QString &optionId) const { return m_discussed.value(optionId); }
    QAbstractButton *knowledgeButton(const QString &questionId, const QString &choiceId) const;
    QPushButton *checkAnswersButton() const { return m_checkAnswers; }
    QLabel *knowledgeResult(const QString &questionId) const { return m_knowledgeResults.value(questionId); }
    QAbstractButton *sureButton(const QString &itemId, bool yes) const;
    QLabel *sureResultLabel() const { return m_sureResult; }
    QLabel *conflictFlag() const { return m_conflictFlag; }
    QLineEdit *participantsEdit() const { return m_participants; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLabel *footer() const { return m_footer; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *presentButton() const { return m_present; }

    // Opens presentation mode at the current section; asks which screen when there are two.
    void present();
    PresentationWindow *presentation() const;

signals:
    void saved();
    void changed();

private:
    QWidget *buildOptions();
    QWidget *buildOutcomes();
    QWidget *buildValues();
    QWidget *buildKnowledge();
    QWidget *buildChoice();
    QWidget *buildSure();
    QWidget *buildFooter();
    void openPresentation(QScreen *screen, bool fullScreen);
    void markChanged();
    void markValue(const QString &valueId, bool marked);
    void updateValueLabels();
    void updateSure();
    void checkAnswers();
    void updateNavigation();
    QMap<QString, int> markedValues() const;

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Visit m_visit;
    Aids::DecisionAid m_aid;
    Aids::EvidenceRegistry m_registry;
    QString m_lang;
    QString m_clinicianName;
    QStringList m_sureIds;
    Aids::DecisionRecord m_record; // as last loaded or saved
    QString m_loadError;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_conflict = false;
    QTimer m_autosave;

    QTabWidget *m_sections = nullptr;
    QTableWidget *m_grid = nullptr;
    QList<IconArrayWidget *> m_arrays;
    QList<ScaleShiftWidget *> m_shifts;
    QHash<QString, QSlider *> m_sliders;
    QHash<QString, QLabel *> m_valueLabels;
    QHash<QString, QToolButton *> m_clearValue;
    QSet<QString> m_marked;
    QHash<QString, QLabel *> m_besideOption; // option id -> the values pointing to it
    QHash<QString, QButtonGroup *> m_knowledge;
    QHash<QString, QLabel *> m_knowledgeResults;
    QLabel *m_knowledgeScore = nullptr;
    QPushButton *m_checkAnswers = nullptr;
    QHash<QString, QCheckBox *> m_discussed;
    QButtonGroup *m_preferredGroup = nullptr;
    QHash<QString, QAbstractButton *> m_preferred;
    QLineEdit *m_participants = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QList<QButtonGroup *> m_sure;
    QLabel *m_sureResult = nullptr;
    QLabel *m_conflictFlag = nullptr;
    QLabel *m_sureAdvice = nullptr;
    QLabel *m_versionNotice = nullptr;
    QLabel *m_footer = nullptr;
    QLabel *m_state = nullptr;
    QWidget *m_conflictBanner = nullptr;
    QPushButton *m_previous = nullptr, *m_next = nullptr, *m_present = nullptr, *m_save = nullptr;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace SpineDesk
