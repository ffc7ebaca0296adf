#pragma once

#include "core/assessmentsummary.h"
#include "core/plan/plan.h"
#include "core/visit.h"
#include "storage/planrepository.h"
#include "ui/visitcontext.h"

#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace SpineDesk {

class GoalsEditor;
class PlanItemsView;
class ProblemListEditor;

// The Plan step (issue 5): the problem list, the items proposed from what the earlier steps
// stored (each with its rationale, citations and any low-value-care advisory), the goals,
// the bottom line for the referring clinician, follow-up and copies. A plan never saved is
// proposed afresh on every visit to the step; a saved one is offered the new suggestions.
// Saved as a draft within half a second; read-only once signed, then changed by addendum.
class PlanPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAutosaveDelayMs = 400;

    PlanPage(QSqlDatabase db, qint64 clinicianId, const Visit &visit, const AssessmentSummary &summary,
             QWidget *parent = nullptr);
    ~PlanPage() override;

    Plans::TreatmentPlan plan() const; // what the page shows now
    const std::optional<StoredPlan> &stored() const { return m_stored; }
    bool hasStoredPlan() const { return m_rowVersion > 0; }
    bool saveNow();
    bool hasUnsavedChanges() const { return m_dirty; }
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    // After the visit was signed (or changed) elsewhere: reloads the stored plan.
    void setVisit(const Visit &visit);
    void setAssessmentSummary(const AssessmentSummary &summary);
    // Re-reads the earlier steps and offers what they now suggest (the step was opened).
    void refreshFromVisit();
    int newSuggestionCount() const;
    // Low-value-care advisories on active items that have no reason to keep the item yet.
    int unansweredAdvisories() const;
    // What the page still needs before the plan can be signed (TreatmentPlan::problemsForSigning).
    QStringList problemsForSigning() const;
    Plans::LowValueContext lowValueContext() const;

    // Signed plans change by addendum: a copy of the current plan is edited, with a reason.
    bool startAddendum();
    bool saveAddendum(const QString &reason, QString *error);
    void cancelAddendum();
    bool inAddendum() const { return m_addendum; }

    ProblemListEditor *problemEditor() const { return m_problems; }
    PlanItemsView *itemsView() const { return m_items; }
    GoalsEditor *goalsEditor() const { return m_goals; }
    QPlainTextEdit *bottomLineEdit() const { return m_bottomLine; }
    QLineEdit *followUpEdit() const { return m_followUp; }
    QLineEdit *copiesEdit() const { return m_copies; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *signingLabel() const { return m_signing; }
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *advisorySummary() const { return m_advisories; }
    QLabel *revisionsLabel() const { return m_revisions; }
    QPushButton *addendumButton() const { return m_startAddendum; }
    QPlainTextEdit *addendumReasonEdit() const { return m_addendumReason; }
    QPushButton *saveAddendumButton() const { return m_saveAddendum; }
    QWidget *conflictBanner() const { return m_conflictBanner; }

signals:
    void saved();
    void changed();

private:
    QGroupBox *buildSummaryBox();
    QGroupBox *buildAddendumBox();
    // The stored plan; with `offerSuggestions`, what the record suggests now is added to it.
    void load(bool offerSuggestions);
    void showPlan(const Plans::TreatmentPlan &plan, const QSet<QString> &newIds);
    Plans::PlanContext context(const QList<Plans::ProblemEntry> &problems) const;
    Plans::TreatmentPlan proposal(const QList<Plans::ProblemEntry> &problems) const;
    std::optional<EpisodePlan> m_previous; // a follow-up visit: the episode's signed plan before it (issue 7)
    void markChanged();
    void updateAdvisories();
    void updateSigning();
    void updateBlockers();
    void updateRevisions();
    void applyEditable();

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Visit m_visit;
    AssessmentSummary m_summary;
    VisitInputs m_inputs;
    std::optional<StoredPlan> m_stored;
    QString m_loadError;
    QStringList m_blockers; // open red flags and safety alerts (signBlockersForVisit)
    int m_rowVersion = 0;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_conflict = false;
    bool m_addendum = false;
    QTimer m_autosave;

    QWidget *m_conflictBanner = nullptr;
    QLabel *m_notice = nullptr, *m_advisories = nullptr, *m_state = nullptr, *m_signing = nullptr, *m_revisions = nullptr,
           *m_bottomLineProblem = nullptr;
    ProblemListEditor *m_problems = nullptr;
    PlanItemsView *m_items = nullptr;
    GoalsEditor *m_goals = nullptr;
    QPlainTextEdit *m_bottomLine = nullptr, *m_addendumReason = nullptr;
    QLineEdit *m_followUp = nullptr, *m_copies = nullptr;
    QGroupBox *m_addendumBox = nullptr;
    QWidget *m_addendumEditor = nullptr;
    QPushButton *m_startAddendum = nullptr, *m_saveAddendum = nullptr, *m_cancelAddendum = nullptr;
};

} // namespace SpineDesk
