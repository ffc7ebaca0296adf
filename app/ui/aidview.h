#pragma once

#include "core/decisionaids/aid.h"
#include "core/decisionaids/evidence.h"
#include "core/decisionaids/record.h"
#include "core/instruments/definition.h"
#include "core/visit.h"
#include "ui/aidchoice.h"
#include "ui/aidfooter.h"
#include "ui/aidknowledge.h"
#include "ui/aidlanguage.h"
#include "ui/aidsure.h"
#include "ui/aidvalues.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class QAbstractButton;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScreen;
class QSlider;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;

namespace SpineDesk {

class IconArrayWidget;
class PresentationWindow;
class ScaleShiftWidget;

// One decision aid walked with the patient, in the order of shared-decisions.md §6: the
// option grid, the outcomes, what matters to the patient, a knowledge check, the choice and
// SURE; the aid's footer below. The record is saved as a draft within half a second of a
// change, like the other steps; a signed visit shows it read-only.
// The aid is shown in the patient's language when it has it, with the languages it has as
// buttons above it (issue 8); its texts and the fixed texts of the patient's sections are in
// that language, the record keeping in the program's. A translation not yet reviewed carries
// the pending-review mark, here and in presentation mode.
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
    QString language() const { return m_lang; }
    // Shows the aid in another language it has; saves the draft first (stays when it cannot).
    void setLanguage(const QString &lang);
    AidLanguageSwitch *languageSwitch() const { return m_languageSwitch; }
    QLabel *reviewMark() const { return m_reviewMark; }
    AidSureSection *sureSection() const { return m_sure; }
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
    QSlider *valueSlider(const QString &valueId) const { return m_values->slider(valueId); }
    QLabel *valueLabel(const QString &valueId) const { return m_values->markLabel(valueId); }
    // An option id or Aids::kUndecided.
    QAbstractButton *preferredButton(const QString &optionId) const { return m_choice->preferredButton(optionId); }
    QCheckBox *discussedBox(const QString &optionId) const { return m_choice->discussedBox(optionId); }
    QAbstractButton *knowledgeButton(const QString &questionId, const QString &choiceId) const
    {
        return m_knowledge->button(questionId, choiceId);
    }
    QPushButton *checkAnswersButton() const { return m_knowledge->checkAnswersButton(); }
    QLabel *knowledgeResult(const QString &questionId) const { return m_knowledge->result(questionId); }
    QAbstractButton *sureButton(const QString &itemId, bool yes) const { return m_sure->button(itemId, yes); }
    QLabel *sureResultLabel() const { return m_sure->resultLabel(); }
    QLabel *conflictFlag() const { return m_sure->conflictFlag(); }
    QLineEdit *participantsEdit() const { return m_choice->participantsEdit(); }
    QPlainTextEdit *noteEdit() const { return m_choice->noteEdit(); }
    QLabel *footer() const { return m_footer->summary(); }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *presentButton() const { return m_present; }

    // Opens presentation mode at the current section; asks which screen when there are two.
    void present();
    PresentationWindow *presentation() const;

signals:
    void saved();
    void changed();
    void languageChanged(const QString &lang);

private:
    void buildBody();
    QWidget *buildOptions();
    QWidget *buildOutcomes();
    void openPresentation(QScreen *screen, bool fullScreen);
    void markChanged();
    void updateNavigation();

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Visit m_visit;
    Aids::DecisionAid m_aid;
    const Aids::EvidenceRegistry &m_registry;
    const Instruments::Definition *m_sureDefinition;
    QString m_sureError;
    QString m_clinicianName;
    QString m_lang;
    Aids::DecisionRecord m_record; // as last loaded or saved
    QString m_loadError;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_conflict = false;
    QTimer m_autosave;

    QVBoxLayout *m_layout = nullptr;
    AidLanguageSwitch *m_languageSwitch = nullptr;
    QWidget *m_body = nullptr; // title, mark and sections, rebuilt in another language
    QLabel *m_reviewMark = nullptr;
    QTabWidget *m_sections = nullptr;
    QTableWidget *m_grid = nullptr;
    QList<IconArrayWidget *> m_arrays;
    QList<ScaleShiftWidget *> m_shifts;
    AidValuesSection *m_values = nullptr;
    AidKnowledgeCheck *m_knowledge = nullptr;
    AidChoiceSection *m_choice = nullptr;
    AidSureSection *m_sure = nullptr;
    AidFooter *m_footer = nullptr;
    QLabel *m_versionNotice = nullptr;
    QLabel *m_state = nullptr;
    QWidget *m_conflictBanner = nullptr;
    QPushButton *m_previous = nullptr, *m_next = nullptr, *m_present = nullptr, *m_save = nullptr;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace SpineDesk
