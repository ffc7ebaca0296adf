// The Plan step: the proposal from a demo-like visit (STarT Back matched package), a
// low-value-care advisory with both guidelines' sources, keeping an item with a reason, remove
// and restore, goals, new suggestions offered to a saved plan, signing (blocked by an open red
// flag, then plan and visit signed together), read-only after signing, and an addendum.
#include "core/plan/diagnosis.h"
#include "core/plan/lowvaluecare.h"
#include "storage/intakerepository.h"
#include "storage/planrepository.h"
#include "storage/redflagrepository.h"
#include "storage/responserepository.h"
#include "storage/signcheck.h"
#include "storage/visitrepository.h"
#include "ui/assessmentpage.h"
#include "ui/entrytable.h"
#include "ui/goalseditor.h"
#include "ui/lowvaluebanner.h"
#include "ui/planitemcard.h"
#include "ui/planitemsview.h"
#include "ui/planpage.h"
#include "ui/problemlisteditor.h"
#include "ui/visitworkflow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

#include "clinicfixture.h"

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {
const QString kPathway = u"rule:pathway"_s;
const QString kMediumRisk = u"1,1,1,1,0,0,0,0,2"_s; // STarT Back 4/0: medium (instruments.md §3)
const QString kOpioidChronic = u"opioid-chronic-lbp"_s;
} // namespace

class TestPlanPage : public QObject, protected SpineDeskTest::ClinicFixture
{
    Q_OBJECT

private:
    Instruments::Library m_library;
    std::optional<RedFlagChecklist> m_checklist;

    // Set SPINEDESK_SCREENSHOTS to a folder to look at the layout.
    static void screenshot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        w.resize(1280, 900);
        w.show();
        QTest::qWait(50);
        w.grab().save(dir + u'/' + name + u".png"_s);
    }

    // Like the demo's first visits: back-dominant pain for four months (chronic), working, goals
    // in the patient's words, STarT Back medium risk, and a complete red-flag screen with
    // `present` items present and the rest absent.
    Visit demoVisit(const QStringList &present = {})
    {
        const Visit v = newVisit();
        Intake in;
        in.visitId = v.id;
        in.onsetDate = v.visitDate.addDays(-120);
        in.dominance = PainDominance::Back;
        in.workStatus = WorkStatus::FullDuties;
        in.goals = u"Lift my grandchild again"_s;
        if (const SaveResult r = IntakeRepository(m_db->connection(), m_clinicianId).save(in); !r.ok())
            QTest::qFail(qPrintable(r.message), __FILE__, __LINE__);

        const Instruments::Definition *startBack = m_library.find(u"startback"_s);
        const auto parsed = Instruments::parseAnswerList(*startBack, kMediumRisk.split(u','), {});
        StoredResponse r = scoredResponse(*startBack, *parsed.response, v.id, u"clinician"_s, m_clinicianId);
        if (!ResponseRepository(m_db->connection()).save(r).ok())
            QTest::qFail("the STarT Back response could not be saved", __FILE__, __LINE__);

        RedFlagRepository flags(m_db->connection(), m_clinicianId);
        auto record = flags.load(v.id);
        for (const QString &id : m_checklist->itemIds())
            record->redFlags.setState(id, present.contains(id) ? FlagState::Present : FlagState::Absent, v.visitDate);
        if (const SaveResult s = flags.save(*record); !s.ok())
            QTest::qFail(qPrintable(s.message), __FILE__, __LINE__);
        return v;
    }

    std::unique_ptr<VisitWorkflow> openPlan(const Visit &v)
    {
        auto flow = std::make_unique<VisitWorkflow>(m_db->connection(), m_clinicianId, v, m_patient, m_library);
        flow->stepList()->setCurrentRow(int(workflowSteps().indexOf(WorkflowStep::Plan)));
        return flow;
    }

    StoredPlan stored(qint64 visitId)
    {
        QString error;
        const auto s = PlanRepository(m_db->connection()).load(visitId, &error);
        if (!s)
            qWarning("%s", qPrintable(error));
        return s.value_or(StoredPlan{});
    }

    // A plan the clinician has gone through: everything accepted and one goal agreed.
    static void completePlan(PlanPage *page, QDate visitDate)
    {
        for (PlanItemCard *c : page->itemsView()->cards())
            if (c->isNew())
                c->acceptButton()->click();
        QVERIFY(page->goalsEditor()->addGoal(u"Walk to the shop and back without stopping"_s, visitDate.addDays(42)));
        QVERIFY(page->saveNow());
        QVERIFY2(page->problemsForSigning().isEmpty(), qPrintable(page->problemsForSigning().join(u'\n')));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openClinic(Clinician{0, u"Rosa Diaz"_s, u"MD"_s, ClinicianRole::Physiatrist, true},
                           Patient{0, u"Okafor"_s, u"Grace"_s, QDate(1968, 4, 12), Sex::Female, u"MRN-51"_s, {}, u"en"_s, 0}));
        m_library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        QVERIFY2(m_library.find(u"startback"_s), "the STarT Back definition is not available");
        QStringList errors;
        m_checklist = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &errors);
        QVERIFY2(m_checklist, qPrintable(errors.join(u'\n')));
    }

    void proposesTheMatchedPackageForTheStratum()
    {
        QVERIFY(workflowStepAvailable(WorkflowStep::Plan));
        const Visit v = demoVisit();
        auto flow = openPlan(v);
        PlanPage *page = flow->planPage();
        QVERIFY(page);
        const int row = int(workflowSteps().indexOf(WorkflowStep::Plan));
        QVERIFY(flow->stepList()->item(row)->flags() & Qt::ItemIsEnabled);

        // The STarT Back medium stratum proposes standard physiotherapy, with why and the source.
        const auto pathway = flow->assessmentPage()->summary().pathway;
        QVERIFY(pathway);
        QCOMPARE(pathway->stratum, u"medium"_s);
        PlanItemCard *card = page->itemsView()->card(kPathway);
        QVERIFY(card);
        QCOMPARE(card->item().kind, Plans::ItemKind::PhysicalTherapy);
        QCOMPARE(card->textEdit()->toPlainText(), pathway->treatment);
        QVERIFY(card->findChild<QLabel *>(u"rationale"_s)->text().contains(u"medium"_s));
        QVERIFY(card->findChild<QLabel *>(u"citations"_s)->text().contains(pathway->citation));
        QVERIFY(card->isNew());
        QVERIFY(!page->hasStoredPlan()); // proposed, not saved until the clinician acts
        QVERIFY(page->noticeLabel()->isVisibleTo(page));
        QVERIFY(page->itemsView()->newSuggestionsLabel()->text().contains(u"new suggestion"_s));
        // Chronic pain: the non-drug item is the exercise programme; the screen is complete and
        // clear, so imaging is deferred.
        QCOMPARE(page->itemsView()->card(u"rule:non-drug"_s)->item().kind, Plans::ItemKind::ExerciseProgramme);
        QVERIFY(page->itemsView()->card(u"rule:imaging"_s));

        // Back-dominant pain with no imaging: non-specific low back pain, primary, with its code
        // when the catalogue has a verified one.
        const QList<Plans::ProblemEntry> problems = page->problemEditor()->problems();
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().diagnosisId, u"non-specific-lbp"_s);
        QVERIFY(problems.first().primary);
        const Plans::DiagnosisDefinition *d = Plans::DiagnosisCatalogue::bundled().find(u"non-specific-lbp"_s);
        QVERIFY(d);
        QCOMPARE(page->problemEditor()->table()->item(0, 2)->text(), d->icd10cm.isEmpty() ? u"code not verified"_s : d->icd10cm);
        QVERIFY(!page->bottomLineEdit()->toPlainText().isEmpty());
        screenshot(*flow, u"plan-proposed"_s);

        // Accepting one item saves the plan; the matched package is stored as proposed.
        card->acceptButton()->click();
        QVERIFY(!card->isNew());
        QTRY_VERIFY(page->hasStoredPlan());
        const auto s = stored(v.id);
        QVERIFY(s.plan.item(kPathway));
        QCOMPARE(s.plan.item(kPathway)->origin, Plans::ItemOrigin::Proposed);
        QCOMPARE(s.plan.item(kPathway)->text, pathway->treatment);
    }

    void opioidOnAChronicEpisodeShowsBothGuidelinesAndCanBeKept()
    {
        const Visit v = demoVisit();
        auto flow = openPlan(v);
        PlanPage *page = flow->planPage();
        PlanItemsView *items = page->itemsView();
        items->kindCombo()->setCurrentIndex(items->kindCombo()->findData(Plans::itemKindCode(Plans::ItemKind::Opioid)));
        QTest::keyClicks(items->newTextEdit(), u"Tramadol 50 mg at night for two weeks"_s);
        items->addButton()->click();
        PlanItemCard *card = items->firstCard(Plans::ItemKind::Opioid);
        QVERIFY(card);
        QCOMPARE(card->item().origin, Plans::ItemOrigin::Added);

        // As soon as it is chosen: the advisory, a symbol and the word, and both sources.
        LowValueBanner *banner = card->banner();
        QVERIFY(banner->isVisibleTo(card));
        auto *text = banner->findChild<QLabel *>(u"advisory-"_s + kOpioidChronic);
        QVERIFY(text);
        QVERIFY(text->text().startsWith(u"⚠ Advisory:"_s));
        const QString sources = banner->sourcesLabel(kOpioidChronic)->text();
        QVERIFY2(sources.contains(u"NICE"_s) && sources.contains(u"ACP"_s), qPrintable(sources));
        QVERIFY(page->advisorySummary()->text().contains(u"never block"_s));
        QCOMPARE(page->unansweredAdvisories(), 1);
        screenshot(*flow, u"plan-advisory"_s);

        // Kept with a reason: recorded as a KeptWarning, never a blocker.
        QTest::keyClicks(banner->reasonEdit(kOpioidChronic), u"NSAID and duloxetine failed; risks discussed"_s);
        QVERIFY(banner->findChild<QLabel *>(u"keepStatus-"_s + kOpioidChronic)->text().startsWith(u"✓"_s));
        QCOMPARE(page->unansweredAdvisories(), 0);
        QTRY_VERIFY(!page->hasUnsavedChanges());
        const auto s = stored(v.id);
        const Plans::PlanItem *opioid = s.plan.item(card->itemId());
        QVERIFY(opioid);
        QCOMPARE(opioid->kind, Plans::ItemKind::Opioid);
        QCOMPARE(opioid->keptWarnings,
                 (QList<Plans::KeptWarning>{{kOpioidChronic, u"NSAID and duloxetine failed; risks discussed"_s}}));
        QVERIFY(Plans::isKept(*opioid, kOpioidChronic));

        // Reopened: the advisory and the reason are still beside the item.
        flow.reset();
        flow = openPlan(v);
        PlanItemCard *again = flow->planPage()->itemsView()->card(opioid->id);
        QVERIFY(again);
        QCOMPARE(again->banner()->reasonEdit(kOpioidChronic)->text(), u"NSAID and duloxetine failed; risks discussed"_s);
    }

    void removedItemsStayOnRecordAndCanBeRestored()
    {
        const Visit v = demoVisit();
        auto flow = openPlan(v);
        PlanPage *page = flow->planPage();
        PlanItemCard *activity = page->itemsView()->card(u"rule:activity"_s);
        QVERIFY(activity);
        activity->removeButton()->click();
        QVERIFY(activity->item().removed);
        QVERIFY(activity->restoreButton()->isVisibleTo(activity));
        QVERIFY(!activity->removeButton()->isVisibleTo(activity));
        QVERIFY(page->saveNow());
        QVERIFY(stored(v.id).plan.item(u"rule:activity"_s)->removed);
        QVERIFY(!stored(v.id).plan.activeItems().contains(*stored(v.id).plan.item(u"rule:activity"_s)));

        // Not proposed again when the step is opened once more.
        const int unaccepted = page->newSuggestionCount();
        page->refreshFromVisit();
        QCOMPARE(page->newSuggestionCount(), unaccepted);
        const QList<Plans::PlanItem> shown = page->plan().items;
        QCOMPARE(int(std::count_if(shown.begin(), shown.end(), [](const Plans::PlanItem &i) { return i.id == u"rule:activity"; })), 1);
        activity = page->itemsView()->card(u"rule:activity"_s);
        QVERIFY(activity->item().removed);
        activity->restoreButton()->click();
        QVERIFY(!activity->item().removed);
        QVERIFY(page->saveNow());
        QVERIFY(!stored(v.id).plan.item(u"rule:activity"_s)->removed);

        // Departing from the matched package asks why (pathways.md §1.3).
        PlanItemCard *pathway = page->itemsView()->card(kPathway);
        QVERIFY(!pathway->departureEdit()->isVisibleTo(pathway));
        pathway->textEdit()->setPlainText(u"Physiotherapy in a group programme, 6 sessions"_s);
        QCOMPARE(pathway->item().origin, Plans::ItemOrigin::Edited);
        QVERIFY(pathway->departureEdit()->isVisibleTo(pathway));
        QTest::keyClicks(pathway->departureEdit(), u"Patient prefers a group"_s);
        QVERIFY(page->saveNow());
        const Plans::PlanItem *saved = stored(v.id).plan.item(kPathway);
        QCOMPARE(saved->origin, Plans::ItemOrigin::Edited);
        QCOMPARE(saved->text, u"Physiotherapy in a group programme, 6 sessions"_s);
        QCOMPARE(saved->departureReason, u"Patient prefers a group"_s);
    }

    void problemListTakesCatalogueDiagnosesAndFreeText()
    {
        const Visit v = demoVisit();
        auto flow = openPlan(v);
        ProblemListEditor *problems = flow->planPage()->problemEditor();
        const int before = int(problems->problems().size());
        const Plans::DiagnosisCatalogue &catalogue = Plans::DiagnosisCatalogue::bundled();
        QVERIFY(!catalogue.all().isEmpty());
        const Plans::DiagnosisDefinition &d = catalogue.all().last();
        QVERIFY(problems->addDiagnosis(d.id, u"left L5"_s));
        QVERIFY(problems->addFreeText(u"Poor sleep because of pain"_s));
        QCOMPARE(problems->table()->rowCount(), before + 2);
        QCOMPARE(problems->table()->item(before, 2)->text(), d.icd10cm.isEmpty() ? u"code not verified"_s : d.icd10cm);
        QCOMPARE(problems->table()->item(before + 1, 2)->text(), u"no code (free text)"_s);
        problems->setPrimary(before + 1);
        problems->removeRow(0);
        QVERIFY(flow->planPage()->saveNow());
        const auto s = stored(v.id);
        QCOMPARE(int(s.plan.problems.size()), before + 1);
        QCOMPARE(s.plan.problems.last().text, u"Poor sleep because of pain"_s);
        QVERIFY(s.plan.problems.last().primary);
        QCOMPARE(int(std::count_if(s.plan.problems.begin(), s.plan.problems.end(), [](const auto &p) { return p.primary; })), 1);
    }

    void goalsNeedAFutureDate()
    {
        const Visit v = demoVisit();
        auto flow = openPlan(v);
        PlanPage *page = flow->planPage();
        QVERIFY(!page->goalsEditor()->problemLabel()->isHidden());
        QVERIFY(page->signingLabel()->text().contains(u"goal"_s));
        FieldErrors errors;
        QVERIFY(!page->goalsEditor()->addGoal(u"Garden for an hour"_s, v.visitDate, &errors));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, u"targetDate"_s);
        QVERIFY(page->goalsEditor()->addGoal(u"Garden for an hour"_s, v.visitDate.addDays(56)));
        QVERIFY(page->goalsEditor()->problemLabel()->isHidden());
        QCOMPARE(page->goalsEditor()->table()->table()->item(0, 1)->text(), v.visitDate.addDays(56).toString(Qt::ISODate));
        QTRY_VERIFY(page->hasStoredPlan() && !page->hasUnsavedChanges());
        QCOMPARE(stored(v.id).plan.goals, (QList<Plans::Goal>{{u"Garden for an hour"_s, v.visitDate.addDays(56)}}));
        QVERIFY(page->signingLabel()->text().startsWith(u"✓"_s));
    }

    void savedPlanIsOfferedNewSuggestions()
    {
        const Visit v = demoVisit();
        auto flow = openPlan(v);
        PlanPage *page = flow->planPage();
        completePlan(page, v.visitDate);
        QCOMPARE(page->newSuggestionCount(), 0);
        // The intake now says the patient is off work: the work item is suggested, nothing else changes.
        Intake in = IntakeRepository(m_db->connection()).load(v.id);
        in.workStatus = WorkStatus::OffWork;
        QVERIFY(IntakeRepository(m_db->connection(), m_clinicianId).save(in).ok());
        flow->stepList()->setCurrentRow(0);
        flow->stepList()->setCurrentRow(int(workflowSteps().indexOf(WorkflowStep::Plan)));
        QCOMPARE(page->newSuggestionCount(), 1);
        QVERIFY(page->itemsView()->card(u"rule:work"_s)->isNew());
        QCOMPARE(page->itemsView()->newSuggestionsLabel()->text(), u"1 new suggestion from the record: accept, edit or remove it."_s);
        QVERIFY(page->goalsEditor()->goals().size() == 1); // the clinician's work is kept
    }

    void signingWaitsForTheRedFlagThenSignsPlanAndVisit()
    {
        const Visit v = demoVisit({u"cancer-history"_s});
        auto flow = openPlan(v);
        PlanPage *page = flow->planPage();
        // The present flag has its own proposed action item.
        bool redFlagItem = false;
        for (const Plans::PlanItem &i : page->plan().items)
            redFlagItem |= i.kind == Plans::ItemKind::RedFlagAction;
        QVERIFY(redFlagItem);
        completePlan(page, v.visitDate);
        QVERIFY(!signBlockersForVisit(m_db->connection(), v.id).isEmpty());

        // The page says what stands in the way, the red flag first.
        const QString blocker = signBlockersForVisit(m_db->connection(), v.id).first().message;
        QVERIFY2(page->signingLabel()->text().contains(blocker), qPrintable(page->signingLabel()->text()));
        QString error;
        QVERIFY(!flow->sign(&error));
        QVERIFY2(error.contains(u"cannot be signed"_s), qPrintable(error));
        QVERIFY(!flow->signProblems().isEmpty());
        QVERIFY(!VisitRepository(m_db->connection()).find(v.id)->isSigned());
        QVERIFY(!stored(v.id).isSigned);
        QVERIFY(!page->isReadOnly());

        RedFlagRepository flags(m_db->connection(), m_clinicianId);
        auto record = flags.load(v.id);
        Acknowledgement ack;
        ack.target = m_checklist->conditionOf(u"cancer-history")->id;
        ack.actionTaken = u"Blood tests and MRI requested; reviewed with the patient."_s;
        ack.clinicianId = m_clinicianId;
        ack.at = QDateTime::currentDateTimeUtc();
        QVERIFY2(record->redFlags.acknowledge(*m_checklist, ack, &error), qPrintable(error));
        QVERIFY(flags.save(*record).ok());
        QVERIFY(flow->signProblems().isEmpty());

        QVERIFY2(flow->sign(&error), qPrintable(error));
        const Visit signedVisit = *VisitRepository(m_db->connection()).find(v.id);
        QVERIFY(signedVisit.isSigned());
        QCOMPARE(signedVisit.signedBy, m_clinicianId);
        const auto s = stored(v.id);
        QVERIFY(s.isSigned);
        QCOMPARE(s.signedBy, m_clinicianId);
        // The unedited red-flag item was brought up to date before signing.
        for (const Plans::PlanItem &i : s.plan.items)
            if (i.kind == Plans::ItemKind::RedFlagAction)
                QVERIFY2(!i.rationale.contains(u"Not yet acknowledged"_s), qPrintable(i.rationale));
        QCOMPARE(flow->visit().status, VisitStatus::Signed);

        // Read-only now, with the signature shown and the addendum action offered.
        QVERIFY(page->isReadOnly());
        QVERIFY(page->itemsView()->card(kPathway)->textEdit()->isReadOnly());
        QVERIFY(!page->itemsView()->addButton()->isVisibleTo(page));
        QVERIFY(page->bottomLineEdit()->isReadOnly());
        QVERIFY(!page->goalsEditor()->table()->findChild<QPushButton *>()->isEnabled());
        QVERIFY(page->revisionsLabel()->text().contains(u"Signed by"_s));
        QVERIFY(page->addendumButton()->isVisibleTo(page));
        QVERIFY(!flow->signButton()->isEnabled());
        page->bottomLineEdit()->setPlainText(u"changed"_s); // the text widget refuses only typing
        QVERIFY(page->saveNow());
        QVERIFY(stored(v.id).plan.bottomLine != u"changed"_s);
        screenshot(*flow, u"plan-signed"_s);
    }

    void addendumRecordsARevisionOnTopOfTheSignedPlan()
    {
        const Visit v = demoVisit();
        QString error;
        Plans::TreatmentPlan signedPlan;
        {
            auto flow = openPlan(v);
            completePlan(flow->planPage(), v.visitDate);
            QVERIFY2(flow->sign(&error), qPrintable(error));
            signedPlan = stored(v.id).plan;
        }
        // Reopened later: read-only, and changed only by addendum.
        auto flow = openPlan(*VisitRepository(m_db->connection()).find(v.id));
        QVERIFY(!flow->signButton()->isEnabled());
        PlanPage *page = flow->planPage();
        QVERIFY(page->isReadOnly());
        QVERIFY(page->startAddendum());
        QVERIFY(!page->followUpEdit()->isReadOnly());
        QVERIFY(page->addendumReasonEdit()->isVisibleTo(page));
        page->followUpEdit()->setText(u"in 4 weeks"_s);
        Q_EMIT page->followUpEdit()->textEdited(page->followUpEdit()->text());
        QVERIFY(!page->saveAddendum(u"  "_s, &error)); // a reason is required
        QVERIFY(!error.isEmpty());
        QVERIFY(page->saveAddendum(u"Patient travels for a month"_s, &error));
        QVERIFY(page->isReadOnly());
        QVERIFY(!page->inAddendum());
        QVERIFY(page->stateLabel()->text().contains(u"revision 1"_s));
        QVERIFY(page->revisionsLabel()->text().contains(u"Revision 1"_s));

        const auto s = stored(v.id);
        QCOMPARE(int(s.addenda.size()), 1);
        QCOMPARE(s.addenda.first().revision, 1);
        QCOMPARE(s.addenda.first().reason, u"Patient travels for a month"_s);
        QCOMPARE(s.addenda.first().authorId, m_clinicianId);
        QCOMPARE(s.current().followUp, u"in 4 weeks"_s);
        QCOMPARE(s.plan, signedPlan); // the signed plan never changes
        QCOMPARE(page->followUpEdit()->text(), u"in 4 weeks"_s);
        // The visit's addenda list says so too.
        QVERIFY(flow->findChild<QLabel *>(u"addenda"_s)->text().contains(u"Plan revision 1"_s));
    }

    void everyFieldHasAnAccessibleName()
    {
        const Visit v = demoVisit();
        auto flow = openPlan(v);
        PlanPage *page = flow->planPage();
        page->itemsView()->addItem(Plans::ItemKind::Acupuncture, u"Acupuncture, 6 sessions"_s); // an advisory with a reason field
        QStringList unnamed;
        const auto fields = page->findChildren<QWidget *>();
        for (QWidget *w : fields)
            if ((qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QComboBox *>(w)
                 || qobject_cast<QTableWidget *>(w))
                && w->accessibleName().isEmpty())
                unnamed << w->objectName() + u" ("_s + QString::fromLatin1(w->metaObject()->className()) + u')';
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void visitWithoutAPlanSignsAsBefore()
    {
        const Visit v = newVisit();
        auto flow = openPlan(v);
        QVERIFY(!flow->planPage()->hasStoredPlan());
        QString error;
        QVERIFY2(flow->sign(&error), qPrintable(error));
        QVERIFY(VisitRepository(m_db->connection()).find(v.id)->isSigned());
        QVERIFY(flow->planPage()->isReadOnly());
        QVERIFY(!flow->planPage()->addendumButton()->isVisibleTo(flow->planPage()));
    }
};

QTEST_MAIN(TestPlanPage)
#include "tst_planpage.moc"
