#pragma once

#include "core/instruments/library.h"
#include "core/instruments/scorer.h"
#include "storage/responserepository.h"

#include <QSet>
#include <memory>
#include <QSqlDatabase>
#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace SpineDesk {

class TextLanguage;

// Patient self-entry for the waiting room or a tablet (issue 3, "Patient self-entry"):
// large text, one question per screen, big touch targets, progress, Back to change an
// answer. The window shows nothing but the questions of the instruments it was given; it
// cannot be closed (close, Escape) until a clinician types the unlock code in the panel
// behind the discreet "Staff" button. Every answer is saved when the patient moves on, so
// a crash loses at most the question on screen; reopening the mode for the same visit
// resumes where the patient stopped. A positive PHQ-2 or GAD-2 goes straight on to the
// rest of the PHQ-9 or GAD-7 (core/instruments/screening.h).
//
// Answering: a tap selects (the button shows a tick and changes colour) and the patient
// confirms with the large Next button. No auto-advance: the patient sees what was chosen,
// a slip of the finger is corrected before it counts, and a screen reader user is not
// moved on by selecting (WCAG 2.1 SC 3.2.2, On Input).
//
// showFullScreen() is the caller's job. The mode never shows alarming text: a safety alert
// (PHQ-9 item 9 above 0) is stored with the response by the engine and signalled with
// safetyAlertRaised() for the clinician side.
class PatientModeWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kBasePointSize = 20;
    static constexpr int kQuestionPointSize = 26;
    static constexpr int kAnswerMinHeight = 66; // ≥ 64 px touch targets

    PatientModeWindow(QSqlDatabase db, const Instruments::Library &library, qint64 visitId, const QString &language,
                      const QStringList &instrumentIds, const QString &unlockCode, qint64 clinicianId, QWidget *parent = nullptr);
    ~PatientModeWindow() override;

    bool isUnlocked() const { return m_unlocked; }
    // Every question asked (after chaining) that needs an answer has one.
    bool isCompleted() const;

    // Instruments asked, in order (the requested ones plus any follow-up a screen added).
    QStringList instrumentOrder() const;
    // Requested instruments that cannot be given in patient mode: unknown or unavailable,
    // wording not installed, clinician-administered, or scored by sex.
    QStringList skippedInstruments() const { return m_skipped; }

    // For tests and the clinician side. Empty / 0 when no question is on screen.
    QString currentInstrumentId() const;
    QString currentLinkId() const;
    int questionNumber() const; // 1-based, among the questions asked
    int questionCount() const;
    // Answers the question on screen as if tapped and confirmed with Next: the 0-based option
    // position for choice, yes/no and multi-choice items, the number itself for numeric
    // ratings and integers; ignored for display items. False when the value does not fit,
    // when no question is shown, or when the answer could not be saved.
    bool answerCurrent(int optionIndexOrValue);
    QWidget *thankYouPage() const { return m_thankYou; }

signals:
    void safetyAlertRaised(const QString &instrumentId, const QString &alertCode);
    void finished(bool completed); // the right unlock code was typed
    void saveFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void applyColours();
    struct Form {
        const Instruments::Definition *def = nullptr;
        Instruments::Response response;
        StoredResponse stored;       // id and rowVersion of the saved row; id 0 until first saved
        QString screenId;            // for a follow-up: the screen that added it
        QStringList carried;         // follow-up items answered by the screen
        QSet<QString> alertsSignalled;
        QString language;            // the patient's, or English when no validated translation is installed
        bool dirty = false;          // answers changed since the last save
    };
    struct Step {
        int form = -1;
        QString linkId;
    };

    void buildUi();
    QWidget *buildQuestionPage();
    QWidget *buildThankYouPage();
    QWidget *buildUnlockPage();
    void addForm(const Instruments::Definition &def, const QString &screenId, int at);
    void rebuildSteps();
    void updateChain(int formIndex);
    QList<int> visibleSteps() const;
    bool stepVisible(const Step &step) const;
    const Instruments::Item *item(const Step &step) const;
    void goToFirstUnanswered();
    void showStep(int index);
    void showThankYou();
    void showCurrentPage();
    void buildAnswers(const Instruments::Item &item);
    void refreshAnswerButtons();
    void select(const Instruments::Answer &answer);
    void unselect();
    void toggleMulti(int optionIndex);
    bool pickPosition(int position); // digit keys
    bool isAnswered(const Step &step) const;
    bool save(int formIndex);
    bool commitCurrent();
    bool next();
    void back();
    void openStaffPanel();
    void tryUnlock();

    std::unique_ptr<TextLanguage> m_texts; // the mode's own texts in the patient's language
    QSqlDatabase m_db;
    qint64 m_visitId;
    QString m_language;
    QString m_formLanguage; // of the form on screen
    QString m_unlockCode;
    qint64 m_clinicianId;
    Instruments::Library m_library; // a cheap shared copy: the forms point into it
    QList<StoredResponse> m_existing; // this visit's responses when the mode opened
    QList<Form> m_forms;
    QList<Step> m_steps;
    QStringList m_skipped;
    int m_current = -1; // index into m_steps; -1 on the thank-you page
    bool m_unlocked = false;
    QWidget *m_returnPage = nullptr;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_questionPage = nullptr, *m_thankYou = nullptr, *m_unlockPage = nullptr;
    QLabel *m_languageNotice = nullptr;
    QLabel *m_title = nullptr, *m_recall = nullptr, *m_progressLabel = nullptr, *m_question = nullptr;
    QLabel *m_attribution = nullptr, *m_problem = nullptr, *m_unlockError = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_answers = nullptr;
    QVBoxLayout *m_answerHolder = nullptr;
    QButtonGroup *m_group = nullptr;
    QPushButton *m_back = nullptr, *m_next = nullptr, *m_thankYouBack = nullptr, *m_staff = nullptr;
    QLineEdit *m_code = nullptr;
};

} // namespace SpineDesk
