#pragma once

#include "core/decisionaids/aidlibrary.h"
#include "core/instruments/library.h"
#include "core/patient.h"
#include "core/visit.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace SpineDesk {

class AssessmentPage;
class DecisionPage;
class DocumentsPage;
class ExaminationPage;
class HandoverPanel;
class IntakePage;
class PlanPage;
class RedFlagPanel;
class TherapyPage;
class YellowFlagPanel;

// A visit as ordered steps. Steps not built in this version are listed as such, never
// shown as empty pages. Signing makes the visit read-only; later changes are addenda.
class VisitWorkflow : public QWidget
{
    Q_OBJECT
public:
    // `aids` defaults to the bundled decision aids, loaded once per program run.
    VisitWorkflow(QSqlDatabase db, qint64 clinicianId, const Visit &visit, const Patient &patient,
                  const Instruments::Library &library, QWidget *parent = nullptr, const Aids::AidLibrary *aids = nullptr);

    static const Aids::AidLibrary &bundledAids();

    const Visit &visit() const { return m_visit; }
    IntakePage *intakePage() const { return m_intake; }
    AssessmentPage *assessmentPage() const { return m_assessment; }
    RedFlagPanel *redFlagPanel() const { return m_redFlags; }
    YellowFlagPanel *yellowFlagPanel() const { return m_yellowFlags; }
    ExaminationPage *examinationPage() const { return m_examination; }
    DecisionPage *decisionPage() const { return m_decision; }
    PlanPage *planPage() const { return m_plan; }
    DocumentsPage *documentsPage() const { return m_documents; }
    // Physical-therapy first visits only (nullptr otherwise): the Therapy step, and the
    // hand-over panel shown under the red-flag screen.
    TherapyPage *therapyPage() const { return m_therapy; }
    HandoverPanel *redFlagHandover() const { return m_redFlagHandover; }
    QWidget *emergencyBanner() const { return m_emergency; }
    // Why the visit cannot be signed now (open red flags, unacknowledged alerts); empty if it can.
    QStringList signBlockers() const;
    // The blockers and, for a saved plan, what the plan still needs (PlanRepository::signProblems).
    QStringList signProblems() const;
    QListWidget *stepList() const { return m_steps; }
    QPushButton *signButton() const { return m_sign; }
    // Signs without asking (the button asks first); false with the reason on failure.
    bool sign(QString *error);
    bool addAddendum(const QString &text, QString *error);
    bool saveDraft();

signals:
    void closeRequested();
    void visitChanged();
    void worklistsChanged(); // a hand-over task or a certification was recorded

private:
    void updateHeader();
    void updateSteps();
    void reloadAddenda();
    void confirmAndSign();
    void buildTherapy();

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Visit m_visit;
    Patient m_patient;
    QLabel *m_header = nullptr;
    QListWidget *m_steps = nullptr;
    QStackedWidget *m_pages = nullptr;
    IntakePage *m_intake = nullptr;
    AssessmentPage *m_assessment = nullptr;
    RedFlagPanel *m_redFlags = nullptr;
    YellowFlagPanel *m_yellowFlags = nullptr;
    ExaminationPage *m_examination = nullptr;
    DecisionPage *m_decision = nullptr;
    PlanPage *m_plan = nullptr;
    DocumentsPage *m_documents = nullptr;
    TherapyPage *m_therapy = nullptr;
    HandoverPanel *m_redFlagHandover = nullptr;
    QTabWidget *m_assessmentTabs = nullptr;
    QWidget *m_emergency = nullptr;
    QPushButton *m_sign = nullptr;
    QWidget *m_addendaBox = nullptr;
    QLabel *m_addenda = nullptr;
    QPlainTextEdit *m_addendumText = nullptr;
};

} // namespace SpineDesk
