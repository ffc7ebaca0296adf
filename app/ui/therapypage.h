#pragma once

#include "core/assessmentsummary.h"
#include "core/plan/plan.h"
#include "core/therapy/exerciselibrary.h"
#include "core/therapy/therapyrecord.h"
#include "core/visit.h"

#include <QList>
#include <QMap>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;

namespace SpineDesk {

class CertificationBox;
class FirstSessionEditor;
class FlagScreenEditor;
class FunctionalTestsEditor;
class HandoverPanel;
class HomeProgramEditor;
class MovementTestingEditor;
class PlanOfCareEditor;
class RomGrid;
class TherapySection;

// The Therapy step of a physical-therapy first visit (issue 6), in the order a busy therapist
// fills it: movement testing and classification, range of motion, functional tests, the
// same-day first session, the plan of care, the home exercise programme; then the plan of
// care's certification and the hand-over to the physiatrist. Autosaved within half a second
// like the other steps; read-only once the visit is signed (certification and hand-over stay
// usable: they are recorded after signing).
class TherapyPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAutosaveDelayMs = 400;

    // `flags` is the visit's shared red-flag editor (the hand-over needs follow it); `library`
    // defaults to the bundled exercises.
    TherapyPage(QSqlDatabase db, qint64 clinicianId, const Visit &visit, FlagScreenEditor *flags, QWidget *parent = nullptr,
                const Therapy::ExerciseLibrary *library = nullptr);
    ~TherapyPage() override;

    Therapy::TherapyRecord record() const; // what the page shows now, valid or not
    bool saveNow();                         // false on a conflict or failure
    bool hasUnsavedChanges() const { return m_dirty; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    void setVisit(const Visit &visit); // after signing elsewhere
    // Re-reads the examination's directional preference, the stored plan, hand-overs and the
    // certification (the step was opened).
    void refreshFromVisit();
    void setAssessmentSummary(const AssessmentSummary &summary);
    // The plan as the Plan step shows it now (diagnoses and goals for the plan of care).
    void setPlan(const Plans::TreatmentPlan &plan);
    // Therapy::planOfCareProblems for what the page shows; empty: the plan of care is complete.
    QStringList planOfCareProblems() const;
    // The validation messages now shown, by field key; and the message of one key.
    const QMap<QString, QString> &errors() const { return m_errors; }

    MovementTestingEditor *movementEditor() const { return m_movement; }
    RomGrid *romGrid() const { return m_rom; }
    FunctionalTestsEditor *functionalEditor() const { return m_functional; }
    FirstSessionEditor *sessionEditor() const { return m_session; }
    PlanOfCareEditor *planOfCareEditor() const { return m_planOfCare; }
    HomeProgramEditor *homeProgramEditor() const { return m_home; }
    CertificationBox *certificationBox() const { return m_certification; }
    HandoverPanel *handoverPanel() const { return m_handover; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *handoverBanner() const { return m_handoverBanner; }
    QWidget *conflictBanner() const { return m_conflictBanner; }

signals:
    void saved();
    void changed();
    void handoversChanged();
    void certificationChanged();

private:
    void load();
    void markChanged();
    void showErrors();
    void updateProblems();
    void updateHandoverBanner();
    void updateSuggestions();

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Visit m_visit;
    const Therapy::ExerciseLibrary &m_library;
    Plans::TreatmentPlan m_plan;
    DirectionalPreference m_preference = DirectionalPreference::NotAssessed;
    QMap<QString, QString> m_errors;
    int m_rowVersion = 0;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_conflict = false;
    QString m_loadError;
    QTimer m_autosave;

    QList<TherapySection *> m_sections;
    MovementTestingEditor *m_movement = nullptr;
    RomGrid *m_rom = nullptr;
    FunctionalTestsEditor *m_functional = nullptr;
    FirstSessionEditor *m_session = nullptr;
    PlanOfCareEditor *m_planOfCare = nullptr;
    HomeProgramEditor *m_home = nullptr;
    CertificationBox *m_certification = nullptr;
    HandoverPanel *m_handover = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_state = nullptr, *m_otherErrors = nullptr, *m_handoverBanner = nullptr;
    QPushButton *m_goToHandover = nullptr;
    QWidget *m_conflictBanner = nullptr, *m_handoverRow = nullptr;
};

} // namespace SpineDesk
