#include "ui/visitworkflow.h"

#include "storage/clinicianrepository.h"
#include "storage/planrepository.h"
#include "storage/visitrepository.h"
#include "storage/signcheck.h"
#include "ui/accessibility.h"
#include "ui/accessibilitycolours.h"
#include "ui/assessmentpage.h"
#include "ui/decisionpage.h"
#include "ui/documentspage.h"
#include "ui/examinationpage.h"
#include "ui/flagscreeneditor.h"
#include "ui/handoverpanel.h"
#include "ui/therapypage.h"
#include "ui/redflagpanel.h"
#include "ui/yellowflagpanel.h"
#include "ui/intakepage.h"
#include "ui/planpage.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

const Aids::AidLibrary &VisitWorkflow::bundledAids()
{
    static const Aids::AidLibrary aids = Aids::AidLibrary::load();
    return aids;
}

VisitWorkflow::VisitWorkflow(QSqlDatabase db, qint64 clinicianId, const Visit &visit, const Patient &patient,
                             const Instruments::Library &library, QWidget *parent, const Aids::AidLibrary *aids)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
    , m_visit(visit)
    , m_patient(patient)
{
    auto *back = new QPushButton(tr("← &Chart"), this);
    back->setObjectName(u"backToChart"_s);
    back->setAccessibleName(tr("Back to the patient's chart"));
    connect(back, &QPushButton::clicked, this, [this] { saveDraft(); emit closeRequested(); });
    m_header = new QLabel(this);
    m_header->setObjectName(u"visitHeader"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_sign = new QPushButton(tr("&Sign visit…"), this);
    m_sign->setObjectName(u"signVisit"_s);
    m_sign->setAccessibleName(tr("Sign this visit"));
    connect(m_sign, &QPushButton::clicked, this, &VisitWorkflow::confirmAndSign);
    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(m_header, 1);
    top->addWidget(m_sign);

    m_steps = new QListWidget(this);
    m_steps->setObjectName(u"steps"_s);
    m_steps->setAccessibleName(tr("Visit steps"));
    // Wide enough for the longest step name at the user's font size, never the whole window.
    m_steps->setMaximumWidth(m_steps->fontMetrics().averageCharWidth() * 34);
    m_steps->setWordWrap(true);
    m_pages = new QStackedWidget(this);
    m_intake = new IntakePage(m_db, m_clinicianId, m_visit, m_patient, m_pages);
    m_pages->addWidget(m_intake);
    connect(m_intake, &IntakePage::completenessChanged, this, &VisitWorkflow::updateSteps);
    // Assessment: questionnaires, then the red- and yellow-flag screens on one shared record.
    m_assessmentTabs = new QTabWidget(m_pages);
    m_assessmentTabs->setObjectName(u"assessmentTabs"_s);
    m_assessment = new AssessmentPage(m_db, m_clinicianId, m_visit, m_patient, library, m_assessmentTabs);
    m_redFlags = new RedFlagPanel(m_db, m_clinicianId, m_visit, m_assessmentTabs);
    m_yellowFlags = new YellowFlagPanel(m_redFlags->editor(), m_assessmentTabs);
    m_assessmentTabs->addTab(m_assessment, tr("&Questionnaires and summary"));
    if (m_visit.kind == VisitKind::PhysicalTherapy) {
        // A red flag at a PT visit hands the patient to the physiatrist: the hand-over sits
        // right under the screen that raised it.
        auto *flagsTab = new QWidget(m_assessmentTabs);
        auto *fl = new QVBoxLayout(flagsTab);
        fl->setContentsMargins(0, 0, 0, 0);
        m_redFlagHandover = new HandoverPanel(m_db, m_clinicianId, m_visit, m_redFlags->editor(), flagsTab);
        fl->addWidget(m_redFlags, 1);
        fl->addWidget(m_redFlagHandover);
        m_assessmentTabs->addTab(flagsTab, tr("&Red flags"));
    } else {
        m_assessmentTabs->addTab(m_redFlags, tr("&Red flags"));
    }
    m_assessmentTabs->addTab(m_yellowFlags, tr("&Yellow flags"));
    m_pages->addWidget(m_assessmentTabs);
    m_examination = new ExaminationPage(m_db, m_clinicianId, m_visit, m_pages);
    m_pages->addWidget(m_examination);
    if (m_visit.kind == VisitKind::PhysicalTherapy)
        buildTherapy();
    m_decision = new DecisionPage(m_db, m_clinicianId, m_visit, m_patient, library, aids ? *aids : bundledAids(), m_pages);
    m_pages->addWidget(m_decision);
    // Suggestions and the ESI check read the intake, the examination and the summary.
    m_decision->setAssessmentSummary(m_assessment->summary());
    connect(m_assessment, &AssessmentPage::changed, this, [this] { m_decision->setAssessmentSummary(m_assessment->summary()); });
    connect(m_intake, &IntakePage::saved, m_decision, &DecisionPage::refreshFromVisit);
    connect(m_examination, &ExaminationPage::saved, m_decision, &DecisionPage::refreshFromVisit);
    connect(m_decision, &DecisionPage::saved, this, &VisitWorkflow::updateSteps);
    // The Plan step reads everything above; it re-reads the record when it is opened.
    m_plan = new PlanPage(m_db, m_clinicianId, m_visit, m_assessment->summary(), m_pages);
    m_pages->addWidget(m_plan);
    connect(m_assessment, &AssessmentPage::changed, this, [this] { m_plan->setAssessmentSummary(m_assessment->summary()); });
    connect(m_plan, &PlanPage::saved, this, [this] {
        if (m_therapy) // diagnoses and goals complete the plan of care
            m_therapy->setPlan(m_plan->plan());
        if (m_redFlagHandover)
            m_redFlagHandover->setPlan(m_plan->plan());
        updateSteps();
        reloadAddenda(); // a plan addendum is listed with the visit's addenda too
    });
    // The Documents step renders from the stored record; it re-reads it when it is opened.
    m_documents = new DocumentsPage(m_db, m_clinicianId, m_visit, m_patient, library, aids ? aids : &bundledAids(), m_pages);
    m_pages->addWidget(m_documents);
    connect(m_redFlags->editor(), &FlagScreenEditor::saved, m_assessment, &AssessmentPage::reload);
    connect(m_redFlags, &RedFlagPanel::changed, this, &VisitWorkflow::updateSteps);
    connect(m_assessment, &AssessmentPage::changed, this, &VisitWorkflow::updateSteps);
    // The intake's onset date feeds the summary's duration class.
    connect(m_intake, &IntakePage::saved, m_assessment, &AssessmentPage::reload);
    int shortcut = 1;
    for (WorkflowStep step : workflowSteps(m_visit.kind)) {
        auto *item = new QListWidgetItem(m_steps);
        item->setData(Qt::UserRole, int(step));
        if (!workflowStepAvailable(step))
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        // Alt+1, Alt+2 … go to the steps from the keyboard, straight to the step's first field.
        auto *key = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + shortcut++)), this);
        key->setObjectName(u"stepShortcut%1"_s.arg(shortcut - 1));
        connect(key, &QShortcut::activated, this, [this, row = shortcut - 2] {
            if (m_steps->item(row)->flags() & Qt::ItemIsEnabled) {
                m_steps->setCurrentRow(row);
                focusFirstField(m_pages->currentWidget());
            }
        });
    }
    m_steps->setAccessibleDescription(tr("%1 to %2 open the steps from anywhere in the visit.")
                                          .arg(QKeySequence(Qt::ALT | Qt::Key_1).toString(QKeySequence::NativeText),
                                               QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + shortcut - 1))
                                                   .toString(QKeySequence::NativeText)));
    // Enter on a step (or a click) opens it with the focus on its first field; the arrow keys
    // only move through the list.
    connect(m_steps, &QListWidget::itemActivated, this, [this] { focusFirstField(m_pages->currentWidget()); });
    connect(m_steps, &QListWidget::itemClicked, this, [this] { focusFirstField(m_pages->currentWidget()); });
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        const auto step = WorkflowStep(m_steps->item(row)->data(Qt::UserRole).toInt());
        if (step == WorkflowStep::Intake)
            m_pages->setCurrentWidget(m_intake);
        else if (step == WorkflowStep::Assessment)
            m_pages->setCurrentWidget(m_assessmentTabs);
        else if (step == WorkflowStep::Examination)
            m_pages->setCurrentWidget(m_examination);
        else if (step == WorkflowStep::Therapy && m_therapy) {
            m_examination->saveNow(); // its directional preference is shown beside the movement tests
            m_therapy->refreshFromVisit();
            m_pages->setCurrentWidget(m_therapy);
        } else if (step == WorkflowStep::Decision)
            m_pages->setCurrentWidget(m_decision);
        else if (step == WorkflowStep::Plan) {
            m_plan->refreshFromVisit();
            m_pages->setCurrentWidget(m_plan);
        } else if (step == WorkflowStep::Documents) {
            saveDraft(); // documents are made from what is stored
            m_documents->refreshFromVisit();
            m_pages->setCurrentWidget(m_documents);
        }
    });
    m_steps->setCurrentRow(0);

    m_addendaBox = new QGroupBox(tr("Addenda"), this);
    auto *al = new QVBoxLayout(m_addendaBox);
    m_addenda = new QLabel(m_addendaBox);
    m_addenda->setObjectName(u"addenda"_s);
    m_addenda->setWordWrap(true);
    m_addenda->setTextFormat(Qt::PlainText);
    m_addenda->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addendumText = new QPlainTextEdit(m_addendaBox);
    m_addendumText->setObjectName(u"addendumText"_s);
    m_addendumText->setAccessibleName(tr("New addendum"));
    m_addendumText->setPlaceholderText(tr("What changed, and why"));
    m_addendumText->setTabChangesFocus(true);
    m_addendumText->setMaximumHeight(m_addendumText->fontMetrics().lineSpacing() * 4 + 12);
    auto *addButton = new QPushButton(tr("Add a&ddendum"), m_addendaBox);
    connect(addButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!addAddendum(m_addendumText->toPlainText(), &error))
            QMessageBox::warning(this, tr("Addendum not added"), error);
    });
    al->addWidget(m_addenda);
    al->addWidget(m_addendumText);
    al->addWidget(addButton, 0, Qt::AlignRight);

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_pages, 1);
    rl->addWidget(m_addendaBox);
    auto *split = new QSplitter(this);
    split->addWidget(m_steps);
    split->addWidget(right);
    split->setStretchFactor(1, 1);

    // Red-flags.md rule 5: a suspected emergency stays in view for the rest of the visit.
    m_emergency = new QLabel(u"⚠ "_s + tr("Emergency red flag on this visit (suspected cauda equina syndrome or aortic aneurysm): "
                                         "same-day emergency assessment. See the Red flags tab for the action and its record."),
                             this);
    m_emergency->setObjectName(u"emergencyBanner"_s);
    m_emergency->setAccessibleName(tr("Emergency red flag"));
    static_cast<QLabel *>(m_emergency)->setWordWrap(true);
    m_emergency->setStyleSheet(toneStyleSheet(m_emergency->objectName(), Tone::Emergency, u"font-weight: bold; padding: 6px;"_s));
    m_emergency->setVisible(m_redFlags->hasEmergency());
    connect(m_redFlags, &RedFlagPanel::emergencyChanged, m_emergency, &QWidget::setVisible);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_emergency);
    layout->addWidget(split, 1);
    updateHeader();
    updateSteps();
    reloadAddenda();
    m_intake->setReadOnly(m_visit.isSigned());
    m_assessment->setReadOnly(m_visit.isSigned());
    m_redFlags->setReadOnly(m_visit.isSigned());
    m_yellowFlags->setReadOnly(m_visit.isSigned());
    m_examination->setReadOnly(m_visit.isSigned());
    m_decision->setReadOnly(m_visit.isSigned());
    m_plan->setReadOnly(m_visit.isSigned());
    if (m_therapy)
        m_therapy->setReadOnly(m_visit.isSigned());
    if (m_redFlagHandover && m_plan->hasStoredPlan())
        m_redFlagHandover->setPlan(m_plan->plan());
}

void VisitWorkflow::buildTherapy()
{
    m_therapy = new TherapyPage(m_db, m_clinicianId, m_visit, m_redFlags->editor(), m_pages);
    m_pages->addWidget(m_therapy);
    m_therapy->setAssessmentSummary(m_assessment->summary());
    connect(m_assessment, &AssessmentPage::changed, m_therapy, [this] { m_therapy->setAssessmentSummary(m_assessment->summary()); });
    connect(m_examination, &ExaminationPage::saved, m_therapy, &TherapyPage::refreshFromVisit);
    connect(m_therapy, &TherapyPage::changed, this, &VisitWorkflow::updateSteps);
    connect(m_therapy, &TherapyPage::saved, this, &VisitWorkflow::updateSteps);
    connect(m_therapy, &TherapyPage::certificationChanged, this, &VisitWorkflow::worklistsChanged);
    // Both hand-over panels show the same tasks; one creating a task refreshes the other.
    connect(m_therapy, &TherapyPage::handoversChanged, this, [this] {
        if (m_redFlagHandover)
            m_redFlagHandover->refresh();
        updateSteps();
        emit worklistsChanged();
    });
    if (m_redFlagHandover)
        connect(m_redFlagHandover, &HandoverPanel::tasksChanged, this, [this] {
            m_therapy->refreshFromVisit();
            updateSteps();
            emit worklistsChanged();
        });
}

QStringList VisitWorkflow::signBlockers() const
{
    QStringList out;
    for (const SignBlocker &b : signBlockersForVisit(m_db, m_visit.id))
        out << b.message;
    return out;
}

QStringList VisitWorkflow::signProblems() const
{
    QStringList out = signBlockers();
    // A PT visit signs its plan of care with the plan (PlanRepository::signProblems says the rest).
    if (m_therapy && !m_plan->hasStoredPlan())
        out << tr("A physical-therapy visit is signed together with its plan of care: save the plan on the Plan step first.");
    if (m_plan && m_plan->hasStoredPlan())
        for (const QString &p : PlanRepository(m_db).signProblems(m_visit.id))
            if (!out.contains(p))
                out << p;
    return out;
}

void VisitWorkflow::updateHeader()
{
    QString signedText;
    if (m_visit.isSigned()) {
        const auto by = ClinicianRepository(m_db).find(m_visit.signedBy);
        signedText = tr("signed by %1 on %2").arg(by ? by->signatureName() : tr("unknown clinician"),
                                                 QLocale().toString(m_visit.signedAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        signedText = visitStatusLabel(m_visit.status);
    }
    m_header->setText(tr("%1 — %2, %3 — %4")
                          .arg(m_patient.displayName(), visitKindLabel(m_visit.kind),
                               QLocale().toString(m_visit.visitDate, QLocale::ShortFormat), signedText));
    m_sign->setEnabled(!m_visit.isSigned());
    m_addendaBox->setVisible(m_visit.isSigned());
}

void VisitWorkflow::updateSteps()
{
    for (int i = 0; i < m_steps->count(); ++i) {
        auto *item = m_steps->item(i);
        const auto step = WorkflowStep(item->data(Qt::UserRole).toInt());
        QString text = u"%1. %2"_s.arg(i + 1).arg(workflowStepLabel(step));
        const QString key = QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText);
        item->setToolTip(tr("%1 (%2)").arg(workflowStepLabel(step), key));
        if (!workflowStepAvailable(step))
            text += u"\n"_s + tr("not available in this version");
        else if ((step == WorkflowStep::Intake && m_intake->isComplete())
                 || (step == WorkflowStep::Decision && m_decision && m_decision->hasRecordedDecision())
                 || (step == WorkflowStep::Plan && m_plan && m_plan->hasStoredPlan() && m_plan->problemsForSigning().isEmpty())
                 || (step == WorkflowStep::Therapy && m_therapy && m_therapy->planOfCareProblems().isEmpty()
                     && m_therapy->handoverPanel()->unmetRequiredCount() == 0)
                 || (step == WorkflowStep::Assessment && m_assessment && !m_assessment->summary().instruments.isEmpty()
                     && m_assessment->openAlerts().isEmpty()))
            text += u" ✓"_s, item->setData(Qt::AccessibleDescriptionRole, tr("done"));
        else if (step == WorkflowStep::Therapy && m_therapy && m_therapy->handoverPanel()->unmetRequiredCount() > 0)
            text += u" ⚠"_s, item->setData(Qt::AccessibleDescriptionRole, tr("hand-over to the physiatrist needed"));
        else if (step == WorkflowStep::Assessment && m_assessment && !m_assessment->openAlerts().isEmpty())
            text += u" ⚠"_s, item->setData(Qt::AccessibleDescriptionRole, tr("open safety alert"));
        else
            item->setData(Qt::AccessibleDescriptionRole, tr("not done yet"));
        if (workflowStepAvailable(step))
            item->setData(Qt::AccessibleDescriptionRole,
                          tr("%1; shortcut %2").arg(item->data(Qt::AccessibleDescriptionRole).toString(), key));
        else
            item->setData(Qt::AccessibleDescriptionRole, tr("not available in this version"));
        item->setText(text);
    }
}

void VisitWorkflow::reloadAddenda()
{
    QStringList lines;
    const ClinicianRepository clinicians(m_db);
    for (const Addendum &a : VisitRepository(m_db).addenda(m_visit.id)) {
        const auto by = clinicians.find(a.authorId);
        lines << tr("%1, %2: %3").arg(QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat),
                                      by ? by->signatureName() : tr("unknown clinician"), a.text);
    }
    m_addenda->setText(lines.isEmpty() ? tr("No addenda.") : lines.join(u"\n\n"_s));
}

bool VisitWorkflow::saveDraft()
{
    if (m_visit.isSigned())
        return true;
    // Every step tries to save, even when an earlier one could not.
    const bool intake = m_intake->saveNow();
    const bool flags = m_redFlags->saveNow();
    const bool exam = m_examination->saveNow();
    const bool decision = m_decision->saveNow();
    const bool plan = m_plan->saveNow();
    const bool therapy = !m_therapy || m_therapy->saveNow();
    return intake && flags && exam && decision && plan && therapy;
}

bool VisitWorkflow::sign(QString *error)
{
    // The saved plan is brought up to date with the record first (an acknowledged red flag, a
    // stratum entered since), so what is signed is what the record now says.
    if (m_plan->hasStoredPlan()) {
        m_assessment->reload(); // the summary, with acknowledgements made in another window
        m_plan->refreshFromVisit();
    }
    if (!saveDraft()) {
        *error = tr("Some of the visit could not be saved (see the step marked), so the visit was not signed.");
        return false;
    }
    // Patient safety outranks convenience: never signed over an open red flag or alert.
    if (const QStringList blockers = signBlockers(); !blockers.isEmpty()) {
        *error = tr("The visit cannot be signed yet:") + u"\n• "_s + blockers.join(u"\n• "_s);
        return false;
    }
    SaveResult result;
    if (m_plan->hasStoredPlan()) {
        // The plan and the visit are signed together, in one transaction, and only when the
        // plan is complete enough (PlanRepository::sign checks the blockers again).
        PlanRepository plans(m_db, m_clinicianId);
        if (const QStringList problems = plans.signProblems(m_visit.id); !problems.isEmpty()) {
            *error = tr("The plan cannot be signed yet:") + u"\n• "_s + problems.join(u"\n• "_s);
            return false;
        }
        result = plans.sign(m_visit.id, m_clinicianId);
        if (result.ok()) {
            if (const auto reloaded = VisitRepository(m_db).find(m_visit.id))
                m_visit = *reloaded;
        }
    } else {
        result = VisitRepository(m_db, m_clinicianId).sign(m_visit, m_clinicianId);
    }
    if (!result.ok()) {
        *error = result.message;
        return false;
    }
    m_intake->setReadOnly(true);
    m_assessment->setReadOnly(true);
    m_redFlags->setReadOnly(true);
    m_yellowFlags->setReadOnly(true);
    m_examination->setReadOnly(true);
    m_decision->setReadOnly(true);
    m_plan->setVisit(m_visit); // read-only, with the signature and the addendum action
    if (m_therapy)
        m_therapy->setVisit(m_visit); // read-only; certification can now be recorded
    m_documents->setVisit(m_visit); // no longer a draft
    updateHeader();
    updateSteps();
    emit visitChanged();
    return true;
}

bool VisitWorkflow::addAddendum(const QString &text, QString *error)
{
    Addendum a;
    a.visitId = m_visit.id;
    a.authorId = m_clinicianId;
    a.text = text;
    const SaveResult result = VisitRepository(m_db, m_clinicianId).addAddendum(a);
    if (!result.ok()) {
        *error = result.message;
        return false;
    }
    m_addendumText->clear();
    reloadAddenda();
    return true;
}

void VisitWorkflow::confirmAndSign()
{
    const auto me = ClinicianRepository(m_db).find(m_clinicianId);
    QString question = tr("Sign this visit as %1? After signing, the record is read-only and changes are made as dated addenda.")
                           .arg(me ? me->signatureName() : tr("the current clinician"));
    // What the plan needs is judged on the saved plan, up to date with the record.
    if (m_plan->hasStoredPlan()) {
        m_assessment->reload();
        m_plan->refreshFromVisit();
    }
    m_plan->saveNow();
    if (const QStringList problems = signProblems(); !problems.isEmpty()) {
        QMessageBox::warning(this, tr("Visit not signed"), tr("The visit cannot be signed yet:") + u"\n• "_s + problems.join(u"\n• "_s));
        return;
    }
    // Said before asking; none of these blocks signing.
    QStringList notes;
    if (!m_intake->isComplete())
        notes << tr("The intake is not complete (onset, dominant pain, work status and goals).");
    if (!m_plan->hasStoredPlan())
        notes << tr("No treatment plan has been saved for this visit; it will be signed without one.");
    else if (const int n = m_plan->newSuggestionCount(); n > 0)
        notes << (n == 1 ? tr("1 suggested plan item is not yet accepted, edited or removed; it is signed as proposed.")
                         : tr("%1 suggested plan items are not yet accepted, edited or removed; they are signed as proposed.").arg(n));
    if (const int n = m_plan->hasStoredPlan() ? m_plan->unansweredAdvisories() : 0; n > 0)
        notes << (n == 1 ? tr("1 low-value-care advisory on the plan has no reason to keep the item (advisories do not block signing).")
                         : tr("%1 low-value-care advisories on the plan have no reason to keep the item (advisories do not block "
                              "signing).").arg(n));
    if (!notes.isEmpty())
        question = notes.join(u"\n"_s) + u"\n\n"_s + question;
    if (QMessageBox::question(this, tr("Sign visit"), question) != QMessageBox::Yes)
        return;
    QString error;
    if (!sign(&error))
        QMessageBox::warning(this, tr("Visit not signed"), error);
}

} // namespace SpineDesk
