// The physical-therapist first visit driven through the GUI (issue 6): a PT visit opened from
// the chart, questionnaires and red flags filled minimally, movement testing, classification,
// range of motion, functional tests (with an inline message), the same-day first session, the
// plan of care and a home programme of three exercises; a diagnosis and a goal on the Plan
// step; signing; the plan of care and the exercise sheet rendered through the Documents step
// (their archived PDFs read back); the transmission and the signed return recorded and the
// certification status following. A red flag on a PT visit blocks signing until a hand-over
// task exists; the task shows in the main window and leaves it when marked done. The main
// window's certification list shows an overdue plan in bold with ⚠ and words.
#include "core/therapy/certification.h"
#include "core/therapy/exerciselibrary.h"
#include "storage/certificationrepository.h"
#include "storage/handoverrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/redflagrepository.h"
#include "storage/referralrepository.h"
#include "storage/responserepository.h"
#include "storage/therapyrepository.h"
#include "storage/visitrepository.h"
#include "ui/assessmentpage.h"
#include "ui/certificationbox.h"
#include "ui/certificationdialogs.h"
#include "ui/datefield.h"
#include "ui/documentspage.h"
#include "ui/examinationpage.h"
#include "ui/exercisefigurewidget.h"
#include "ui/firstsessioneditor.h"
#include "ui/functionaltestseditor.h"
#include "ui/goalseditor.h"
#include "ui/handoverdialogs.h"
#include "ui/handoverpanel.h"
#include "ui/homeprogrameditor.h"
#include "ui/mainwindow.h"
#include "ui/movementtestingeditor.h"
#include "ui/patientchart.h"
#include "ui/planitemcard.h"
#include "ui/planitemsview.h"
#include "ui/planofcareeditor.h"
#include "ui/planpage.h"
#include "ui/problemlisteditor.h"
#include "ui/redflagpanel.h"
#include "ui/romgrid.h"
#include "ui/therapypage.h"
#include "ui/visitworkflow.h"
#include "ui/worklistpanels.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

#include "../documents/pdftools.h"
#include "clinicfixture.h"

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Therapy;

namespace {
const QString kMediumRisk = u"1,1,1,1,0,0,0,0,2"_s; // STarT Back 4/0: medium (instruments.md §3)
const QString kGoal = u"Walk to the shop and back without stopping"_s;
const QString kLineDetail = u"Repeated extension exercises progressing to loading"_s;

void selectData(QComboBox *combo, const QString &code)
{
    const int i = combo->findData(code);
    QVERIFY2(i >= 0, qPrintable(code));
    combo->setCurrentIndex(i);
}

void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    box->button(QDialogButtonBox::Ok)->click();
}

// Runs `act` on the modal dialog of type D once it is open (polled; the dialog's exec()
// is running in the caller).
template<typename D>
void whenModal(QObject *context, std::function<void(D *)> act, bool *seen)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    auto tries = std::make_shared<int>(250);
    QObject::connect(timer, &QTimer::timeout, context, [timer, act, seen, tries] {
        if (auto *d = qobject_cast<D *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *seen = true;
            act(d);
        } else if (--*tries <= 0) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}
} // namespace

class TestTherapyPage : public QObject, protected SpineDeskTest::ClinicFixture
{
    Q_OBJECT

private:
    Instruments::Library m_library;
    std::optional<RedFlagChecklist> m_checklist;
    qint64 m_physiatristId = 0;
    ReferringClinician m_referrer;

    static void screenshot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        w.resize(1400, 900);
        w.show();
        QTest::qWait(50);
        w.grab().save(dir + u'/' + name + u".png"_s);
    }

    Patient newPatient(const QString &family, const QString &mrn)
    {
        Patient p{0, family, u"Ana"_s, QDate(1971, 3, 9), Sex::Female, mrn, {}, u"en"_s, 0};
        Referral r;
        r.receivedDate = QDate::currentDate().addDays(-60);
        r.reason = u"Low back pain"_s;
        ReferringClinician from = m_referrer;
        if (const SaveResult s = ReferralRepository(m_db->connection()).registerPatient(p, from, r); !s.ok())
            QTest::qFail(qPrintable(s.message), __FILE__, __LINE__);
        return p;
    }

    // The STarT Back questionnaire (medium risk), as the Assessment step would store it.
    void answerStartBack(qint64 visitId)
    {
        const Instruments::Definition *startBack = m_library.find(u"startback"_s);
        QVERIFY(startBack);
        const auto parsed = Instruments::parseAnswerList(*startBack, kMediumRisk.split(u','), {});
        StoredResponse r = scoredResponse(*startBack, *parsed.response, visitId, u"clinician"_s, m_clinicianId);
        QVERIFY(ResponseRepository(m_db->connection()).save(r).ok());
    }

    static int stepRow(VisitWorkflow *flow, WorkflowStep step)
    {
        for (int i = 0; i < flow->stepList()->count(); ++i)
            if (flow->stepList()->item(i)->data(Qt::UserRole).toInt() == int(step))
                return i;
        return -1;
    }

    // Opens a new PT visit for the patient from the chart, as "New visit…" does.
    VisitWorkflow *openPtVisit(MainWindow &w, const Patient &p, QDate date = QDate::currentDate())
    {
        w.openPatient(p.id);
        QString error;
        if (!w.chart()->createVisit(VisitKind::PhysicalTherapy, date, 0, u"Low back pain"_s, &error))
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return w.workflow();
    }

    // A plan of care line on the Therapy step, then a diagnosis and a goal on the Plan step.
    static void completePlanOfCare(VisitWorkflow *flow)
    {
        TherapyPage *page = flow->therapyPage();
        page->planOfCareEditor()->addLine(TherapyLine{TherapyType::TherapeuticExercise, u"Walking programme"_s, 1, 30, 2, 6});
        QVERIFY(page->saveNow());
        flow->stepList()->setCurrentRow(stepRow(flow, WorkflowStep::Plan));
        PlanPage *plan = flow->planPage();
        for (PlanItemCard *c : plan->itemsView()->cards())
            if (c->isNew())
                c->acceptButton()->click();
        if (plan->problemEditor()->problems().isEmpty())
            QVERIFY(plan->problemEditor()->addDiagnosis(u"non-specific-lbp"_s, QString()));
        QVERIFY(plan->goalsEditor()->addGoal(kGoal, flow->visit().visitDate.addDays(42)));
        QVERIFY(plan->saveNow());
    }

    // Position in the window's focus chain (the order Tab follows).
    static int focusIndex(QWidget *target)
    {
        QWidget *start = target->window();
        QWidget *w = start;
        int i = 0;
        do {
            if (w == target)
                return i;
            w = w->nextInFocusChain();
            ++i;
        } while (w && w != start);
        return -1;
    }

    static QStringList openHandoverPatients(MainWindow &w)
    {
        QStringList out;
        QTreeWidget *tree = w.handoverList()->tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() > 0)
                out << tree->topLevelItem(i)->text(1);
        return out;
    }

    static QTreeWidgetItem *certificationRow(MainWindow &w, const QString &mrn)
    {
        QTreeWidget *tree = w.certificationList()->tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(1) == mrn)
                return tree->topLevelItem(i);
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openClinic(Clinician{0, u"Sam Ortega"_s, u"DPT"_s, ClinicianRole::PhysicalTherapist, true},
                           Patient{0, u"Fixture"_s, u"Unused"_s, QDate(1960, 1, 1), Sex::Male, u"MRN-600"_s, {}, u"en"_s, 0}));
        Clinician physiatrist{0, u"Rosa Diaz"_s, u"MD"_s, ClinicianRole::Physiatrist, true};
        QVERIFY(ClinicianRepository(m_db->connection()).create(physiatrist).ok());
        m_physiatristId = physiatrist.id;
        m_referrer.name = u"Dr. Paul Ortiz"_s;
        m_referrer.practice = u"Lakeview Primary Care"_s;
        m_referrer.fax = u"612-555-0199"_s;
        QVERIFY(ReferralRepository(m_db->connection()).createReferringClinician(m_referrer).ok());
        m_library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        QVERIFY(m_library.find(u"startback"_s));
        QStringList errors;
        m_checklist = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &errors);
        QVERIFY2(m_checklist, qPrintable(errors.join(u'\n')));
        QVERIFY2(ExerciseLibrary::bundled().exercises().size() >= 3,
                 qPrintable(u"the bundled exercise library has fewer than 3 exercises: "_s + ExerciseLibrary::bundled().errors().join(u"; "_s)));
    }

    void ptVisitEndToEnd()
    {
        const Patient patient = newPatient(u"Lindqvist"_s, u"MRN-601"_s);
        MainWindow w(*m_db, m_clinicianId);
        VisitWorkflow *flow = openPtVisit(w, patient);
        QVERIFY(flow);
        QCOMPARE(flow->visit().kind, VisitKind::PhysicalTherapy);
        const qint64 visitId = flow->visit().id;
        QCOMPARE(flow->stepList()->count(), int(workflowSteps(VisitKind::PhysicalTherapy).size()));
        const int therapyRow = stepRow(flow, WorkflowStep::Therapy);
        QCOMPARE(therapyRow, 3); // after the examination
        TherapyPage *page = flow->therapyPage();
        QVERIFY(page);

        // ---- questionnaires and red flags, minimally; the examination's directional preference ----
        answerStartBack(visitId);
        flow->assessmentPage()->reload();
        QVERIFY(flow->redFlagPanel()->markRestAbsent() > 0);
        QVERIFY(flow->redFlagPanel()->saveNow());
        flow->stepList()->setCurrentRow(stepRow(flow, WorkflowStep::Examination));
        selectData(qobject_cast<QComboBox *>(flow->examinationPage()->field(u"directionalPreference"_s)),
                   directionalPreferenceCode(DirectionalPreference::Extension));
        QVERIFY(flow->examinationPage()->saveNow());

        // ---- the Therapy step: the preference is shown read-only beside the movement tests ----
        flow->stepList()->setCurrentRow(therapyRow);
        QVERIFY(page->isVisibleTo(flow));
        MovementTestingEditor *movement = page->movementEditor();
        QVERIFY2(movement->examinationPreferenceLabel()->text().contains(directionalPreferenceLabel(DirectionalPreference::Extension)),
                 qPrintable(movement->examinationPreferenceLabel()->text()));
        QVERIFY(page->planOfCareEditor()->pathwayLabel()->text().contains(u"medium"_s));
        selectData(movement->responseCombo(MovementDirection::Extension), movementResponseCode(MovementResponse::Centralises));
        selectData(movement->responseCombo(MovementDirection::Flexion), movementResponseCode(MovementResponse::Peripheralises));
        movement->movementNoteEdit()->setFocus();
        QTest::keyClicks(movement->movementNoteEdit(), u"Repeated extension in lying, 3 x 10"_s);
        selectData(movement->classificationCombo(), tbcClassCode(TbcClass::SymptomModulation));
        QTest::keyClicks(movement->classificationNoteEdit(), u"Directional preference for extension"_s);

        // Range of motion: a grade, and "painful" only once the movement is graded.
        RomGrid *rom = page->romGrid();
        QVERIFY(!rom->painfulBox(RomMovement::Flexion)->isEnabled());
        selectData(rom->gradeCombo(RomMovement::Flexion), romGradeCode(RomGrade::Limited));
        QVERIFY(rom->painfulBox(RomMovement::Flexion)->isEnabled());
        rom->painfulBox(RomMovement::Flexion)->click();
        selectData(rom->gradeCombo(RomMovement::Extension), romGradeCode(RomGrade::Full));

        // Functional tests: the unit beside the value; an impossible value says so inline.
        FunctionalTestsEditor *functional = page->functionalEditor();
        functional->addButton()->click();
        QCOMPARE(functional->rowCount(), 1);
        selectData(functional->testCombo(0), functionalTestCode(FunctionalTest::FiveTimesSitToStand));
        QVERIFY(functional->valueBox(0)->suffix().contains(functionalTestUnit(FunctionalTest::FiveTimesSitToStand)));
        functional->valueBox(0)->setValue(functionalTestMaximum(FunctionalTest::FiveTimesSitToStand) + 50);
        QVERIFY2(functional->errorText(0).startsWith(u"⚠"_s), qPrintable(functional->errorText(0)));
        QCOMPARE(functional->valueBox(0)->accessibleDescription(), page->errors().value(u"functional.0.value"_s));
        functional->valueBox(0)->setValue(14.2);
        QVERIFY(functional->errorText(0).isEmpty());
        QTest::keyClicks(functional->noteEdit(0), u"used arms"_s);
        functional->addButton()->click();
        selectData(functional->testCombo(1), functionalTestCode(FunctionalTest::WalkingTolerance));
        functional->valueBox(1)->setValue(10);

        // ---- home programme: suggestions first, three exercises, dosed, reordered ----
        HomeProgramEditor *home = page->homeProgramEditor();
        const ExerciseLibrary &library = ExerciseLibrary::bundled();
        const QList<const Exercise *> suggested = library.suggestions(DirectionalPreference::Extension, TbcClass::SymptomModulation);
        QCOMPARE(home->suggestedIds().size(), suggested.size());
        if (!suggested.isEmpty()) {
            QCOMPARE(home->picker()->itemData(0).toString(), suggested.first()->id);
            QVERIFY(home->picker()->itemText(0).contains(u"suggested"_s));
        }
        QStringList chosen;
        for (int i = 0; i < home->picker()->count() && chosen.size() < 4; ++i)
            if (const QString id = home->picker()->itemData(i).toString(); !id.isEmpty()) {
                home->picker()->setCurrentIndex(i);
                home->addButton()->click();
                chosen << id;
            }
        QCOMPARE(chosen.size(), 4);
        QCOMPARE(home->program().size(), 4);
        QCOMPARE(home->program().at(1), library.defaultPrescription(chosen.at(1))); // added with its default dose
        home->selectRow(3);
        home->findChild<QPushButton *>(u"removeExercise"_s)->click();
        QCOMPARE(home->program().size(), 3);
        chosen.removeLast();
        home->selectRow(1);
        home->doseBox(u"sets"_s)->setValue(3);
        home->doseBox(u"timesPerDay"_s)->setValue(2);
        QTest::keyClicks(home->noteEdit(), u"Stop if the leg pain spreads"_s);
        QCOMPARE(home->program().at(1).sets, 3);
        QCOMPARE(home->program().at(1).note, u"Stop if the leg pain spreads"_s);
        home->moveExercise(2, -1);
        chosen.swapItemsAt(1, 2);
        QCOMPARE(home->program().at(1).exerciseId, chosen.at(1));
        QCOMPARE(home->program().at(2).sets, 3);
        // The picture's caption is what a screen reader hears.
        home->selectRow(0);
        const Exercise *first = library.exercise(chosen.first());
        QVERIFY(first && !first->figures.isEmpty());
        QVERIFY(!home->figure()->caption().isEmpty());
        QVERIFY(home->figure()->caption().contains(contentText(first->figures.first().caption)));

        // ---- the same-day first session: the visit date by default, exercises from the programme ----
        FirstSessionEditor *session = page->sessionEditor();
        QVERIFY(!session->dateField()->isVisibleTo(page));
        session->providedBox()->click();
        QCOMPARE(session->dateField()->date(), flow->visit().visitDate);
        QVERIFY(session->errorText(u"session.response"_s).startsWith(u"⚠"_s)); // the response is asked for
        session->minutesBox()->setValue(45);
        QTest::keyClicks(session->educationEdit(), u"Pain is not damage; keep active"_s);
        QCOMPARE(session->taughtList()->count(), 3);
        QVERIFY(session->setTaught(chosen.at(0), true));
        QVERIFY(session->setTaught(chosen.at(1), true));
        QTest::keyClicks(session->manualTherapyEdit(), u"Lumbar PA mobilisation"_s);
        selectData(session->responseCombo(), sessionResponseCode(SessionResponse::Better));
        QTest::keyClicks(session->responseNoteEdit(), u"Leg pain centralised"_s);
        QVERIFY(session->errorText(u"session.response"_s).isEmpty());

        // ---- plan of care: lines with amount, frequency and duration; missing elements listed live ----
        PlanOfCareEditor *poc = page->planOfCareEditor();
        QVERIFY(poc->problemsLabel()->text().contains(u"type, amount, frequency and duration"_s));
        poc->addButton()->click();
        QCOMPARE(poc->lineCount(), 1);
        QVERIFY2(poc->errorText(0).contains(u"times a week"_s), qPrintable(poc->errorText(0)));
        selectData(poc->typeCombo(0), therapyTypeCode(TherapyType::TherapeuticExercise));
        QTest::keyClicks(poc->detailEdit(0), kLineDetail);
        poc->minutesBox(0)->setValue(30);
        poc->timesPerWeekBox(0)->setValue(2);
        poc->weeksBox(0)->setValue(6);
        QVERIFY(poc->errorText(0).isEmpty());
        poc->addButton()->click();
        selectData(poc->typeCombo(1), therapyTypeCode(TherapyType::PatientEducation));
        poc->minutesBox(1)->setValue(15);
        poc->timesPerWeekBox(1)->setValue(1);
        poc->weeksBox(1)->setValue(4);
        QTest::keyClicks(poc->rehabPotentialEdit(), u"Good"_s);
        // Diagnosis and goal still missing: they belong to the Plan step.
        QVERIFY(poc->problemsLabel()->text().contains(u"diagnosis"_s));
        QVERIFY(poc->problemsLabel()->text().contains(u"goal"_s));
        QVERIFY(!flow->stepList()->item(therapyRow)->text().contains(u"✓"_s));
        screenshot(*flow, u"therapy-filled"_s);
        if (const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS"); !dir.isEmpty())
            for (QWidget *section : QList<QWidget *>{functional, session, poc, home})
                section->grab().save(dir + u"/therapy-"_s + QString::fromLatin1(section->metaObject()->className()).section(u"::"_s, -1) + u".png"_s);

        // Autosaved; what is stored is what was entered.
        QTRY_VERIFY(!page->hasUnsavedChanges());
        QVERIFY2(page->stateLabel()->text().contains(u"saved"_s), qPrintable(page->stateLabel()->text()));
        {
            const auto stored = TherapyRepository(m_db->connection()).load(visitId);
            QVERIFY(stored);
            QCOMPARE(stored->movement.value(MovementDirection::Extension), MovementResponse::Centralises);
            QCOMPARE(stored->movement.value(MovementDirection::Flexion), MovementResponse::Peripheralises);
            QVERIFY(!stored->movement.contains(MovementDirection::SideGlideLeft));
            QCOMPARE(stored->classification, TbcClass::SymptomModulation);
            QCOMPARE(stored->rom.value(RomMovement::Flexion), (RomFinding{RomGrade::Limited, true}));
            QCOMPARE(stored->functional.size(), 2);
            QCOMPARE(stored->functional.first(), (FunctionalResult{FunctionalTest::FiveTimesSitToStand, 14.2, u"used arms"_s}));
            QVERIFY(stored->session.provided);
            QCOMPARE(stored->session.date, flow->visit().visitDate);
            QCOMPARE(stored->session.minutes, 45);
            QCOMPARE(stored->session.exercisesTaught, (QStringList{chosen.at(0), chosen.at(1)}));
            QCOMPARE(stored->session.response, SessionResponse::Better);
            QCOMPARE(stored->planOfCare.size(), 2);
            QCOMPARE(stored->planOfCare.first(), (TherapyLine{TherapyType::TherapeuticExercise, kLineDetail, 1, 30, 2, 6}));
            QCOMPARE(stored->rehabPotential, u"Good"_s);
            QCOMPARE(stored->homeProgram, home->program());
            QCOMPARE(stored->homeProgram.size(), 3);
        }

        // ---- the Plan step: a diagnosis and a long-term goal complete the plan of care ----
        flow->stepList()->setCurrentRow(stepRow(flow, WorkflowStep::Plan));
        PlanPage *plan = flow->planPage();
        for (PlanItemCard *c : plan->itemsView()->cards())
            if (c->isNew())
                c->acceptButton()->click();
        if (plan->problemEditor()->problems().isEmpty())
            QVERIFY(plan->problemEditor()->addDiagnosis(u"non-specific-lbp"_s, QString()));
        QVERIFY(plan->goalsEditor()->addGoal(kGoal, flow->visit().visitDate.addDays(42)));
        QVERIFY(plan->saveNow());
        flow->stepList()->setCurrentRow(therapyRow);
        QVERIFY2(page->planOfCareProblems().isEmpty(), qPrintable(page->planOfCareProblems().join(u'\n')));
        QVERIFY(poc->problemsLabel()->text().startsWith(u"✓"_s));
        QVERIFY(flow->stepList()->item(therapyRow)->text().contains(u"✓"_s));

        // The certification box waits for the signature.
        QVERIFY(!page->certificationBox()->sentButton()->isEnabled());
        QCOMPARE(page->certificationBox()->status()->state, CertificationState::NotSent);

        // ---- sign: read-only, certification can be recorded ----
        QString error;
        QVERIFY2(flow->signProblems().isEmpty(), qPrintable(flow->signProblems().join(u'\n')));
        QVERIFY2(flow->sign(&error), qPrintable(error));
        QVERIFY(page->isReadOnly());
        QVERIFY(!movement->responseCombo(MovementDirection::Extension)->isEnabled());
        QVERIFY(poc->detailEdit(0)->isReadOnly());
        QVERIFY(!poc->addButton()->isVisibleTo(page));
        QVERIFY(!home->addButton()->isEnabled());
        QVERIFY(page->certificationBox()->sentButton()->isEnabled());
        QVERIFY(!page->certificationBox()->returnButton()->isEnabled()); // nothing sent yet
        // Awaiting certification in the main window, not yet sent.
        QTreeWidgetItem *row = certificationRow(w, patient.mrn);
        QVERIFY(row);
        QVERIFY2(row->text(3).contains(u"Send the plan of care by"_s), qPrintable(row->text(3)));
        QCOMPARE(row->text(2), m_referrer.name);

        // ---- the Documents step: plan of care and exercise sheet, archived ----
        flow->stepList()->setCurrentRow(stepRow(flow, WorkflowStep::Documents));
        DocumentsPage *docs = flow->documentsPage();
        QVERIFY(docs->button(u"preview-pt-plan"_s) && docs->button(u"pdf-exercises"_s));
        QVERIFY(docs->exerciseLargePrintBox());
        QTemporaryDir out;
        const auto ptPlan = docs->saveDocumentPdf(DocumentKind::PtPlan, out.filePath(u"pt-plan.pdf"_s), &error);
        QVERIFY2(ptPlan, qPrintable(error));
        QCOMPARE(ptPlan->kind, u"pt-plan"_s);
        QCOMPARE(ptPlan->recipient, m_referrer.name);
        const QString planText = PdfTools::allText(ptPlan->pdf);
        for (const QString &expected : {kGoal, kLineDetail, therapyTypeLabel(TherapyType::TherapeuticExercise),
                                        therapyTypeLabel(TherapyType::PatientEducation), patient.mrn})
            QVERIFY2(planText.contains(expected, Qt::CaseInsensitive), qPrintable(u"missing \""_s + expected + u"\" in: "_s + planText));
        QVERIFY2(!planText.contains(u"DRAFT"_s), "the plan of care of a signed visit is not a draft");
        docs->exerciseLargePrintBox()->setChecked(true);
        const auto sheet = docs->saveDocumentPdf(DocumentKind::Exercises, out.filePath(u"exercises.pdf"_s), &error);
        QVERIFY2(sheet, qPrintable(error));
        QCOMPARE(sheet->kind, u"exercises"_s);
        QCOMPARE(sheet->recipient, u"patient"_s);
        const QString sheetText = PdfTools::allText(sheet->pdf);
        for (const QString &id : std::as_const(chosen))
            QVERIFY2(sheetText.contains(contentText(library.exercise(id)->name), Qt::CaseInsensitive), qPrintable(id));
        QVERIFY(sheetText.contains(u"Stop if the leg pain spreads"_s));

        // ---- record the transmission: prefilled from the referral, linked to the archived plan ----
        flow->stepList()->setCurrentRow(therapyRow);
        CertificationBox *cert = page->certificationBox();
        QCOMPARE(cert->latestPlanDocument(), ptPlan->id);
        bool seen = false;
        whenModal<TransmissionDialog>(this, [&](TransmissionDialog *d) {
            QVERIFY(d->recipientEdit()->text().contains(m_referrer.name));
            QVERIFY(d->recipientEdit()->text().contains(m_referrer.fax));
            QVERIFY(d->linkBox()->isChecked());
            QCOMPARE(d->dateField()->date(), QDate::currentDate());
            selectData(d->routeCombo(), transmissionRouteCode(TransmissionRoute::Fax));
            clickOk(d);
        }, &seen);
        cert->sentButton()->click();
        QVERIFY(seen);
        QCOMPARE(cert->status()->state, CertificationState::Sent);
        const QList<Transmission> sent = CertificationRepository(m_db->connection()).transmissions(visitId);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().documentId, ptPlan->id);
        QCOMPARE(sent.first().route, TransmissionRoute::Fax);
        QVERIFY(cert->detailLabel()->text().contains(m_referrer.fax));
        row = certificationRow(w, patient.mrn);
        QVERIFY(row);
        QVERIFY2(row->text(3).startsWith(u"Sent on"_s), qPrintable(row->text(3)));

        // ---- the signed certification comes back ----
        QVERIFY(cert->returnButton()->isEnabled());
        seen = false;
        whenModal<CertificationReturnDialog>(this, [&](CertificationReturnDialog *d) {
            QCOMPARE(d->signedByEdit()->text(), m_referrer.name);
            clickOk(d); // no date yet: refused, with the message
            QVERIFY(d->isVisible());
            d->dateField()->setDate(QDate::currentDate());
            clickOk(d);
        }, &seen);
        cert->returnButton()->click();
        QVERIFY(seen);
        QCOMPARE(cert->status()->state, CertificationState::Certified);
        QVERIFY(cert->statusLabel()->text().contains(m_referrer.name));
        QVERIFY(!cert->returnButton()->isEnabled());
        QVERIFY(!certificationRow(w, patient.mrn)); // no longer awaiting
        screenshot(w, u"therapy-certified"_s);
    }

    void redFlagBlocksSigningUntilHandedOver()
    {
        const Patient patient = newPatient(u"Moreau"_s, u"MRN-602"_s);
        MainWindow w(*m_db, m_clinicianId);
        VisitWorkflow *flow = openPtVisit(w, patient);
        QVERIFY(flow && flow->therapyPage() && flow->redFlagHandover());
        const qint64 visitId = flow->visit().id;
        const QString condition = m_checklist->conditionOf(u"cancer-history")->id;

        // A red flag the therapist finds, with the action recorded.
        RedFlagPanel *flags = flow->redFlagPanel();
        QVERIFY(flags->setItemState(u"cancer-history"_s, FlagState::Present));
        flags->markRestAbsent();
        QString error;
        QVERIFY2(flags->acknowledge(condition, u"Discussed; physiatrist review today"_s, QString(), &error), qPrintable(error));
        QVERIFY(flags->saveNow());

        // The hand-over is required: on the Red flags tab, on the Therapy step and at signing.
        HandoverPanel *tabPanel = flow->redFlagHandover();
        TherapyPage *page = flow->therapyPage();
        QCOMPARE(tabPanel->unmetRequiredCount(), 1);
        QCOMPARE(page->handoverPanel()->unmetRequiredCount(), 1);
        QVERIFY(page->handoverBanner()->isVisibleTo(page));
        QVERIFY(page->handoverBanner()->text().startsWith(u"⚠"_s));
        const int therapyRow = stepRow(flow, WorkflowStep::Therapy);
        QVERIFY(flow->stepList()->item(therapyRow)->text().contains(u"⚠"_s));
        QVERIFY(!flow->sign(&error));
        QVERIFY2(error.contains(u"physiatrist"_s), qPrintable(error));
        flow->stepList()->setCurrentRow(stepRow(flow, WorkflowStep::Assessment));
        flow->findChild<QTabWidget *>(u"assessmentTabs"_s)->setCurrentIndex(1);
        QVERIFY(tabPanel->isVisibleTo(flow));
        screenshot(w, u"therapy-redflag-handover"_s);
        QVERIFY(!VisitRepository(m_db->connection()).find(visitId)->isSigned());
        QVERIFY(!openHandoverPatients(w).contains(patient.mrn));

        // "Create task…" is prefilled with the need's detail; the physiatrist is chosen.
        int need = -1;
        for (int i = 0; i < tabPanel->needs().size(); ++i)
            if (tabPanel->needs().at(i).required)
                need = i;
        QVERIFY(need >= 0);
        bool seen = false;
        whenModal<HandoverTaskDialog>(this, [&](HandoverTaskDialog *d) {
            QCOMPARE(d->task().detail, tabPanel->needs().at(need).detail.trimmed());
            QCOMPARE(d->task().reason, HandoverReason::RedFlag);
            QVERIFY(d->fillAndAccept(HandoverReason::RedFlag, QString(), m_physiatristId));
        }, &seen);
        tabPanel->createButton(need)->click();
        QVERIFY(seen);
        const QList<HandoverTask> tasks = HandoverRepository(m_db->connection()).forVisit(visitId);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().source, condition);
        QCOMPARE(tasks.first().assigneeId, m_physiatristId);
        QCOMPARE(tasks.first().createdBy, m_clinicianId);
        QCOMPARE(tabPanel->unmetRequiredCount(), 0);
        QCOMPARE(page->handoverPanel()->unmetRequiredCount(), 0); // the other panel followed
        QVERIFY(!page->handoverBanner()->isVisibleTo(page));
        QVERIFY(page->handoverPanel()->tasksLabel()->text().contains(u"Rosa Diaz"_s));
        QVERIFY(!tabPanel->createButton(need)->isEnabled());

        // In the main window's list at once, with the count in the dock's title.
        QVERIFY(openHandoverPatients(w).contains(patient.mrn));
        QVERIFY2(w.handoverDock()->windowTitle().contains(u"(%1)"_s.arg(w.handoverList()->count())),
                 qPrintable(w.handoverDock()->windowTitle()));

        // With the plan of care complete, the visit now signs.
        QVERIFY2(flow->signBlockers().isEmpty(), qPrintable(flow->signBlockers().join(u'\n')));
        completePlanOfCare(flow);
        QVERIFY2(flow->sign(&error), qPrintable(error));

        // The chart lists the task; a physiatrist marks it done from the main window.
        flow->findChild<QPushButton *>(u"backToChart"_s)->click();
        QTRY_VERIFY(!w.workflow());
        auto *chartTasks = w.chart()->findChild<QLabel *>(u"handovers"_s);
        QVERIFY(chartTasks && chartTasks->isVisibleTo(w.chart()));
        QVERIFY2(chartTasks->text().contains(u"Open"_s), qPrintable(chartTasks->text()));
        QTreeWidget *tree = w.handoverList()->tree();
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(1) == patient.mrn)
                item = tree->topLevelItem(i);
        QVERIFY(item);
        QCOMPARE(item->text(2), handoverReasonLabel(HandoverReason::RedFlag));
        QVERIFY(item->text(3).contains(u"Sam Ortega"_s));
        tree->setCurrentItem(item);
        const int before = w.handoverList()->count();
        seen = false;
        whenModal<HandoverDoneDialog>(this, [&](HandoverDoneDialog *d) {
            QTest::keyClicks(d->outcomeEdit(), u"Seen today; bloods and MRI requested"_s);
            clickOk(d);
        }, &seen);
        w.handoverList()->doneButton()->click();
        QVERIFY(seen);
        QCOMPARE(w.handoverList()->count(), before - 1);
        QVERIFY(!openHandoverPatients(w).contains(patient.mrn));
        QVERIFY(w.handoverDock()->windowTitle().contains(u"(%1)"_s.arg(before - 1)));
        const HandoverTask done = HandoverRepository(m_db->connection()).forVisit(visitId).first();
        QVERIFY(done.done);
        QCOMPARE(done.outcome, u"Seen today; bloods and MRI requested"_s);
        QVERIFY2(chartTasks->text().contains(u"Done"_s), qPrintable(chartTasks->text()));
        QVERIFY(chartTasks->text().contains(u"bloods and MRI"_s));

        // Double-clicking a hand-over opens the patient's chart.
        w.openPatient(m_patient.id);
        HandoverTask another;
        another.patientId = patient.id;
        another.visitId = visitId;
        another.reason = HandoverReason::SurgeryQuestion;
        another.detail = u"Asks about surgery"_s;
        QVERIFY(HandoverRepository(m_db->connection(), m_clinicianId).create(another).ok());
        w.handoverList()->refresh();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(1) == patient.mrn)
                emit tree->itemActivated(tree->topLevelItem(i), 0);
        QCOMPARE(w.chart()->patientId(), patient.id);
        QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.chart()));
    }

    void certificationListShowsOverdueInBoldWithWords()
    {
        const Patient patient = newPatient(u"Okafor"_s, u"MRN-603"_s);
        // A PT visit 45 days ago whose first treatment was that day, signed, never sent.
        VisitRepository visits(m_db->connection(), m_clinicianId);
        Episode e;
        e.patientId = patient.id;
        e.startDate = QDate::currentDate().addDays(-45);
        QVERIFY(visits.createEpisode(e).ok());
        Visit v;
        v.episodeId = e.id;
        v.kind = VisitKind::PhysicalTherapy;
        v.visitDate = e.startDate;
        v.clinicianId = m_clinicianId;
        QVERIFY(visits.createVisit(v).ok());
        TherapyRecord r;
        r.visitId = v.id;
        r.session.provided = true;
        r.session.date = v.visitDate;
        r.session.response = SessionResponse::Unchanged;
        r.planOfCare << TherapyLine{TherapyType::TherapeuticExercise, QString(), 1, 30, 2, 6};
        QVERIFY(TherapyRepository(m_db->connection(), m_clinicianId).save(r).ok());
        Plans::TreatmentPlan plan;
        plan.visitId = v.id;
        plan.problems << Plans::ProblemEntry{u"non-specific-lbp"_s, {}, true};
        plan.goals << Plans::Goal{kGoal, QDate::currentDate().addDays(14)};
        Plans::PlanItem pt;
        pt.id = u"rule:pathway"_s;
        pt.kind = Plans::ItemKind::PhysicalTherapy;
        pt.text = u"Physical therapy: exercise"_s;
        pt.origin = Plans::ItemOrigin::Proposed;
        plan.items << pt;
        plan.bottomLine = u"Non-specific low back pain; physical therapy."_s;
        PlanRepository plans(m_db->connection(), m_clinicianId);
        QVERIFY(plans.save(plan).ok());
        const SaveResult signedPlan = plans.sign(v.id, m_clinicianId);
        QVERIFY2(signedPlan.ok(), qPrintable(signedPlan.message));

        MainWindow w(*m_db, m_clinicianId);
        QVERIFY(w.certificationDock()->windowTitle().contains(u"(%1)"_s.arg(w.certificationList()->count())));
        QTreeWidgetItem *row = certificationRow(w, patient.mrn);
        QVERIFY(row);
        QVERIFY2(row->text(3).startsWith(u"⚠"_s), qPrintable(row->text(3)));
        QVERIFY(row->text(3).contains(u"Overdue"_s));
        QVERIFY(row->font(3).bold());
        QVERIFY(row->font(0).bold());
        // Most urgent first: the overdue plan is the first row.
        QCOMPARE(w.certificationList()->tree()->topLevelItem(0), row);
        // Opening it goes to the visit, where the transmission is recorded.
        emit w.certificationList()->tree()->itemActivated(row, 0);
        QVERIFY(w.workflow());
        QCOMPARE(w.workflow()->visit().id, v.id);
        QVERIFY(w.workflow()->therapyPage()->certificationBox()->statusLabel()->font().bold());
        QVERIFY(w.workflow()->therapyPage()->certificationBox()->statusLabel()->text().contains(u"Overdue"_s));
    }

    void invalidEntriesStayOnScreenButOutOfTheRecord()
    {
        Visit v = newVisit();
        v.kind = VisitKind::PhysicalTherapy; // the page itself does not depend on the kind
        TherapyPage page(m_db->connection(), m_clinicianId, v, nullptr);
        QCOMPARE(page.stateLabel()->text(), u"Nothing recorded yet."_s);
        FunctionalTestsEditor *functional = page.functionalEditor();
        functional->addTest(FunctionalTest::TimedUpAndGo, 9.5);
        functional->addTest(FunctionalTest::SixMinuteWalk, functionalTestMaximum(FunctionalTest::SixMinuteWalk) * 2);
        QVERIFY(functional->errorText(0).isEmpty());
        QVERIFY(!functional->errorText(1).isEmpty());
        page.sessionEditor()->providedBox()->click();
        page.sessionEditor()->dateField()->setText(u"2026-13-45"_s);
        Q_EMIT page.sessionEditor()->dateField()->textEdited(page.sessionEditor()->dateField()->text());
        QVERIFY2(page.sessionEditor()->errorText(u"session.date"_s).contains(u"YYYY-MM-DD"_s),
                 qPrintable(page.sessionEditor()->errorText(u"session.date"_s)));
        QVERIFY(page.saveNow());
        QVERIFY(page.stateLabel()->text().startsWith(u"⚠"_s));
        const auto stored = TherapyRepository(m_db->connection()).load(v.id);
        QVERIFY(stored);
        QCOMPARE(stored->functional.size(), 1); // the valid one
        QCOMPARE(stored->functional.first().test, FunctionalTest::TimedUpAndGo);
        QVERIFY(!stored->session.provided); // saved without the session until its date is right
        QCOMPARE(functional->rowCount(), 2); // still on screen to be corrected
    }

    void aSaveThatLostARaceShowsTheConflictBanner()
    {
        Visit v = newVisit();
        TherapyPage first(m_db->connection(), m_clinicianId, v, nullptr);
        TherapyPage second(m_db->connection(), m_clinicianId, v, nullptr);
        first.romGrid()->gradeCombo(RomMovement::Flexion)->setCurrentIndex(1);
        QVERIFY(first.saveNow());
        second.romGrid()->gradeCombo(RomMovement::Extension)->setCurrentIndex(2);
        QVERIFY(!second.saveNow());
        QVERIFY(second.conflictBanner()->isVisibleTo(&second));
        QVERIFY(second.hasUnsavedChanges()); // what was typed stays on screen
        second.conflictBanner()->findChild<QPushButton *>(u"reloadButton"_s)->click();
        QVERIFY(!second.conflictBanner()->isVisibleTo(&second));
        QCOMPARE(second.romGrid()->gradeCombo(RomMovement::Flexion)->currentIndex(), 1);
    }

    void initialVisitHasNoTherapyStep()
    {
        const Visit v = newVisit();
        VisitWorkflow flow(m_db->connection(), m_clinicianId, v, m_patient, m_library);
        QVERIFY(!flow.therapyPage());
        QVERIFY(!flow.redFlagHandover());
        QCOMPARE(stepRow(&flow, WorkflowStep::Therapy), -1);
        QCOMPARE(flow.stepList()->count(), int(workflowSteps().size()));
        QVERIFY(!flow.documentsPage()->button(u"pdf-pt-plan"_s));
    }

    // Issue 8: the exercises' own text in the patient's language, with the pending-review notice
    // beside it; the therapist's own controls stay in the program's language.
    void exercisesInThePatientsLanguage()
    {
        Patient patient = newPatient(u"Moreno"_s, u"MRN-605"_s);
        patient.preferredLanguage = u"es"_s;
        QVERIFY(PatientRepository(m_db->connection(), m_clinicianId).update(patient).ok());
        MainWindow w(*m_db, m_clinicianId);
        VisitWorkflow *flow = openPtVisit(w, patient);
        HomeProgramEditor *home = flow->therapyPage()->homeProgramEditor();
        QCOMPARE(home->patientLanguage(), u"es"_s);
        const Exercise *bridge = ExerciseLibrary::bundled().exercise(u"bridge");
        QVERIFY(bridge);
        QVERIFY(home->picker()->findText(contentText(bridge->name, u"es"_s), Qt::MatchContains) >= 0);
        QVERIFY(home->addExercise(u"bridge"_s));
        QVERIFY2(home->list()->item(0)->text().contains(u"Puente"_s), qPrintable(home->list()->item(0)->text()));
        QCOMPARE(home->findChild<QLabel *>(u"exercisePurpose"_s)->text(), contentText(bridge->purpose, u"es"_s));
        QVERIFY(home->figure()->accessibleDescription().contains(contentText(bridge->figures.first().caption, u"es"_s)));
        QVERIFY(!home->translationNote()->isHidden());
        QCOMPARE(home->translationNote()->text(), u"Traducción pendiente de revisión por un traductor médico calificado."_s);
        QCOMPARE(home->addButton()->text(), u"Add to the &programme"_s); // the program's language

        home->setPatientLanguage(u"en"_s);
        QCOMPARE(home->findChild<QLabel *>(u"exercisePurpose"_s)->text(), contentText(bridge->purpose, u"en"_s));
        QVERIFY(home->translationNote()->isHidden());
        home->setPatientLanguage(u"fr"_s); // not supported: English
        QCOMPARE(home->patientLanguage(), u"en"_s);
        QVERIFY(flow->therapyPage()->saveNow());
    }

    void everyControlHasAnAccessibleName()
    {
        const Patient patient = newPatient(u"Hale"_s, u"MRN-604"_s);
        MainWindow w(*m_db, m_clinicianId);
        VisitWorkflow *flow = openPtVisit(w, patient);
        TherapyPage *page = flow->therapyPage();
        page->functionalEditor()->addButton()->click();
        page->planOfCareEditor()->addButton()->click();
        page->homeProgramEditor()->addExercise(ExerciseLibrary::bundled().exercises().first().id);
        page->sessionEditor()->providedBox()->click();
        QStringList unnamed;
        for (QWidget *wdg : page->findChildren<QWidget *>())
            if ((qobject_cast<QLineEdit *>(wdg) || qobject_cast<QPlainTextEdit *>(wdg) || qobject_cast<QComboBox *>(wdg)
                 || qobject_cast<QAbstractSpinBox *>(wdg) || qobject_cast<QListWidget *>(wdg) || qobject_cast<QCheckBox *>(wdg))
                && wdg->accessibleName().isEmpty() && !qobject_cast<QLineEdit *>(wdg->parentWidget())
                && !qobject_cast<QAbstractSpinBox *>(wdg->parentWidget()) && !qobject_cast<QComboBox *>(wdg->parentWidget()))
                unnamed << wdg->objectName() + u" ("_s + QString::fromLatin1(wdg->metaObject()->className()) + u')';
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        // Keyboard: rows added later are reached by Tab where they are shown, before "Add".
        PlanOfCareEditor *poc = page->planOfCareEditor();
        QVERIFY(focusIndex(page->sessionEditor()->responseNoteEdit()) < focusIndex(poc->typeCombo(0)));
        QVERIFY(focusIndex(poc->typeCombo(0)) < focusIndex(poc->weeksBox(0)));
        QVERIFY(focusIndex(poc->weeksBox(0)) < focusIndex(poc->addButton()));
        QVERIFY(focusIndex(poc->addButton()) < focusIndex(poc->planStartField()));
        FunctionalTestsEditor *functional = page->functionalEditor();
        QVERIFY(focusIndex(functional->noteEdit(0)) < focusIndex(functional->addButton()));
        QVERIFY(focusIndex(functional->addButton()) < focusIndex(page->sessionEditor()->providedBox()));
        // Every editable control takes focus by Tab.
        for (QWidget *wdg : page->findChildren<QAbstractSpinBox *>())
            QVERIFY(wdg->focusPolicy() & Qt::TabFocus);
        QVERIFY(page->homeProgramEditor()->figure()->focusPolicy() & Qt::TabFocus);
    }
};

QTEST_MAIN(TestTherapyPage)
#include "tst_therapypage.moc"
