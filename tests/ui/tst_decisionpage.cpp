// The Decision step: the suggested aid, walking an aid with the patient (grid, arrays,
// values, choice, SURE), the record found again after reopening the visit, the ESI criteria
// panel, presentation mode, a signed visit read-only, and the intake's coded imaging.
#include "core/decisionaids/aidlibrary.h"
#include "core/handoutcontent.h"
#include "i18n/language.h"
#include "storage/decisionrepository.h"
#include "storage/intakerepository.h"
#include "storage/visitrepository.h"
#include "ui/aidlanguage.h"
#include "ui/aidview.h"
#include "ui/decisionpage.h"
#include "ui/entrytable.h"
#include "ui/esicriteriapanel.h"
#include "ui/iconarraywidget.h"
#include "ui/intakepage.h"
#include "ui/aidsure.h"
#include "ui/presentationwindow.h"
#include "ui/scaleshiftwidget.h"
#include "ui/visitworkflow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "clinicfixture.h"

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {
const QString kSciatica = u"sciatica-disc-herniation"_s;
} // namespace

class TestDecisionPage : public QObject, protected SpineDeskTest::ClinicFixture
{
    Q_OBJECT

private:
    Instruments::Library m_library;
    Aids::AidLibrary m_aids;

    // Set SPINEDESK_SCREENSHOTS to a folder to look at the layout.
    static void screenshot(QWidget &w, const QString &name, QSize size = {1280, 820})
    {
        const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        w.resize(size);
        w.show();
        QTest::qWait(50); // nested layouts settle over several passes
        w.grab().save(dir + u'/' + name + u".png"_s);
    }

    // The bundled sciatica aid, or a failure that names why it cannot be used.
    const Aids::DecisionAid *sciaticaAid()
    {
        for (const Aids::AidEntry &e : m_aids.entries())
            if (e.id == kSciatica && !e.available())
                qWarning("%s", qPrintable(u"%1 is unavailable:\n%2"_s.arg(kSciatica, e.errors.join(u'\n'))));
        for (const QString &e : m_aids.registryErrors())
            qWarning("evidence registry: %s", qPrintable(e));
        return m_aids.find(kSciatica);
    }

    // A visit whose intake points to the sciatica aid: leg-dominant pain for eight weeks and
    // an MRI showing a disc herniation that matches the symptoms.
    Visit sciaticaVisit()
    {
        const Visit v = newVisit();
        Intake in;
        in.visitId = v.id;
        in.onsetDate = v.visitDate.addDays(-56);
        in.dominance = PainDominance::Leg;
        in.painRegions = {u"below-knee-left"_s};
        ImagingStudy mri;
        mri.date = v.visitDate.addDays(-10);
        mri.modality = u"MRI"_s;
        mri.keyFinding = u"Left paracentral L5-S1 disc extrusion contacting the S1 root"_s;
        mri.finding = ImagingFinding::DiscHerniation;
        mri.level = u"L5-S1"_s;
        mri.concordance = ImagingConcordance::Concordant;
        in.imaging << mri;
        const SaveResult r = IntakeRepository(m_db->connection(), m_clinicianId).save(in);
        if (!r.ok())
            QTest::qFail(qPrintable(r.message), __FILE__, __LINE__);
        return v;
    }

    std::unique_ptr<VisitWorkflow> openWorkflow(const Visit &v, const QString &patientLanguage = u"en"_s)
    {
        Patient patient = m_patient;
        patient.preferredLanguage = patientLanguage;
        auto flow = std::make_unique<VisitWorkflow>(m_db->connection(), m_clinicianId, v, patient, m_library, nullptr, &m_aids);
        flow->stepList()->setCurrentRow(int(workflowSteps().indexOf(WorkflowStep::Decision)));
        return flow;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openClinic(Clinician{0, u"Ana Lee"_s, u"MD"_s, ClinicianRole::Physiatrist, true},
                           Patient{0, u"Moreau"_s, u"Luc"_s, QDate(1979, 3, 2), Sex::Male, u"MRN-77"_s, {}, u"en"_s, 0}));
        m_library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        m_aids = Aids::AidLibrary::load();
        QVERIFY2(m_library.find(u"sure"_s), "the SURE instrument is not available");
    }

    void decisionStepIsAvailable()
    {
        QVERIFY(workflowStepAvailable(WorkflowStep::Decision));
        const Visit v = newVisit();
        auto flow = openWorkflow(v);
        QVERIFY(flow->decisionPage());
        const int row = int(workflowSteps().indexOf(WorkflowStep::Decision));
        QVERIFY(flow->stepList()->item(row)->flags() & Qt::ItemIsEnabled);
        QCOMPARE(flow->stepList()->currentRow(), row);
    }

    void walksTheSciaticaAidAndFindsTheRecordAfterReopening()
    {
        const Aids::DecisionAid *aid = sciaticaAid();
        QVERIFY2(aid, "the bundled sciatica-disc-herniation aid is missing or unavailable (see the warnings above)");
        QVERIFY2(aid->options.size() >= 2 && aid->values.size() >= 2, "the sciatica aid needs two options and two values");
        const Visit v = sciaticaVisit();
        const QString firstValue = aid->values[0].id, secondValue = aid->values[1].id;
        const QString preferred = aid->options[1].id;
        const QStringList sure = Aids::sureItemIds();
        QCOMPARE(sure.size(), Aids::kSureItems);
        {
            auto flow = openWorkflow(v);
            DecisionPage *page = flow->decisionPage();

            // The intake points to the sciatica aid, with its reason and an Open button.
            bool suggested = false;
            for (const Aids::AidSuggestion &s : page->suggestions())
                suggested |= s.aidId == kSciatica && !s.reason.isEmpty();
            QVERIFY(suggested);
            auto *row = page->findChild<QWidget *>(u"suggestion-"_s + kSciatica);
            QVERIFY(row);
            QVERIFY(!row->findChild<QLabel *>(u"reason"_s)->text().isEmpty());
            auto *open = page->findChild<QPushButton *>(u"open-"_s + kSciatica);
            QVERIFY(open);
            // Any available aid can be opened from the chooser as well.
            QVERIFY(page->aidChooser()->findData(kSciatica) >= 0);
            open->click();
            AidView *view = page->aidView(kSciatica);
            QVERIFY(view);
            QCOMPARE(page->tabs()->currentWidget(), static_cast<QWidget *>(view));

            // Option grid: the options are the columns, in the aid's order; questions are rows.
            QTableWidget *grid = view->optionGrid();
            QCOMPARE(grid->columnCount(), int(aid->options.size()) + 2);
            for (int i = 0; i < aid->options.size(); ++i)
                QCOMPARE(grid->horizontalHeaderItem(i + 1)->text(), contentText(aid->options[i].label));
            QVERIFY(grid->rowCount() >= aid->grid.size());
            QCOMPARE(grid->item(1, 0)->text(), contentText(aid->grid[0].question));
            QCOMPARE(grid->item(1, grid->columnCount() - 1)->text(), aid->grid[0].evidence.join(u", "_s));
            QVERIFY(!view->findChild<QLabel *>(u"decisionQuestion"_s)->text().isEmpty());

            // Outcomes: one array per option with a figure, each with its text equivalent.
            if (!aid->outcomes.isEmpty()) {
                QVERIFY(!view->iconArrays().isEmpty());
                for (IconArrayWidget *a : view->iconArrays()) {
                    QVERIFY2(a->accessibleDescription().contains(u"of 100"_s), qPrintable(a->accessibleDescription()));
                    QVERIFY(!a->accessibleName().isEmpty());
                }
            }
            QCOMPARE(view->scaleShifts().size(), aid->scaleShifts.size());
            view->showSection(AidView::Outcomes);
            screenshot(*flow, u"decision-outcomes"_s);
            view->showSection(AidView::Options);
            screenshot(*flow, u"decision-options"_s);

            // Values: two sliders set by the patient; the others stay "not marked".
            QVERIFY(view->valueLabel(firstValue)->text().contains(u"Not marked"_s));
            view->valueSlider(firstValue)->setValue(8);
            view->valueSlider(secondValue)->setValue(2);
            QCOMPARE(view->valueLabel(firstValue)->text(), u"8 of 10"_s);
            QCOMPARE(view->record().values, (QMap<QString, int>{{firstValue, 8}, {secondValue, 2}}));
            view->showSection(AidView::Values);
            screenshot(*flow, u"decision-values"_s);

            // Knowledge check: the right answer to the first question is confirmed.
            const Aids::KnowledgeQuestion &q = aid->knowledge.first();
            view->knowledgeButton(q.id, q.answer)->click();
            view->checkAnswersButton()->click();
            QVERIFY(view->knowledgeResult(q.id)->text().startsWith(u"✓"_s));

            // Choice and who took part.
            view->preferredButton(preferred)->click();
            QVERIFY(view->discussedBox(aid->options[0].id)->isChecked()); // all discussed by default
            QVERIFY(view->participantsEdit()->text().contains(u"Ana Lee"_s));
            view->participantsEdit()->setText(u"Patient, Ana Lee, Spouse"_s);
            Q_EMIT view->participantsEdit()->textEdited(view->participantsEdit()->text());
            view->showSection(AidView::Choice);
            screenshot(*flow, u"decision-choice"_s);
            view->showSection(AidView::Knowledge);
            screenshot(*flow, u"decision-knowledge"_s);

            // SURE yes, no, yes, yes: 3 of 4 flags decisional conflict with a suggestion.
            QVERIFY(view->sureResultLabel()->text().contains(u"incomplete"_s));
            view->sureButton(sure[0], true)->click();
            view->sureButton(sure[1], false)->click();
            view->sureButton(sure[2], true)->click();
            QVERIFY(view->sureResultLabel()->text().contains(u"incomplete"_s));
            QVERIFY(view->conflictFlag()->isHidden());
            view->sureButton(sure[3], true)->click();
            QVERIFY2(view->sureResultLabel()->text().contains(u"3 of 4"_s), qPrintable(view->sureResultLabel()->text()));
            QVERIFY(!view->conflictFlag()->isHidden());
            QVERIFY(view->conflictFlag()->text().contains(u"Decisional conflict"_s));
            QVERIFY(view->findChild<QLabel *>(u"sureAdvice"_s)->text().contains(Aids::sureSuggestion(sure[1])));
            view->showSection(AidView::Sure);
            screenshot(*flow, u"decision-sure"_s);

            // The footer carries version, dates, funding and the sources.
            QVERIFY(view->footer()->text().contains(aid->version));
            QVERIFY(!view->findChild<QLabel *>(u"aidSources"_s)->text().isEmpty());

            view->findChild<QPushButton *>(u"saveRecord"_s)->click();
            QVERIFY2(!view->hasUnsavedChanges(), qPrintable(view->stateLabel()->text()));
            QVERIFY(flow->saveDraft());
        }

        const auto stored = DecisionRepository(m_db->connection()).load(v.id, kSciatica);
        QVERIFY(stored && stored->rowVersion > 0);
        QCOMPARE(stored->aidVersion, aid->version);
        QCOMPARE(stored->aidSha256, aid->sha256);
        QCOMPARE(stored->preferredOption, preferred);
        QCOMPARE(stored->sureResult().score, std::optional<int>(3));
        QVERIFY(stored->sureResult().conflict);

        auto flow = openWorkflow(v);
        AidView *view = flow->decisionPage()->aidView(kSciatica);
        QVERIFY2(view, "the saved record's aid is opened again");
        QCOMPARE(view->valueSlider(firstValue)->value(), 8);
        QCOMPARE(view->valueSlider(secondValue)->value(), 2);
        QCOMPARE(view->valueLabel(secondValue)->text(), u"2 of 10"_s);
        QVERIFY(view->preferredButton(preferred)->isChecked());
        QVERIFY(view->sureResultLabel()->text().contains(u"3 of 4"_s));
        QVERIFY(!view->conflictFlag()->isHidden());
        QVERIFY(view->sureButton(sure[1], false)->isChecked());
        QCOMPARE(view->participantsEdit()->text(), u"Patient, Ana Lee, Spouse"_s);
        const Aids::KnowledgeQuestion &q = aid->knowledge.first();
        QVERIFY(view->knowledgeButton(q.id, q.answer)->isChecked());
        QVERIFY(!view->hasUnsavedChanges());
        // The step is marked done once a choice is recorded.
        const int row = int(workflowSteps().indexOf(WorkflowStep::Decision));
        QVERIFY(flow->stepList()->item(row)->text().contains(u"✓"_s));
    }

    void esiPanelListsEveryCriterionWithMissingData()
    {
        const Visit v = newVisit(); // nothing recorded: most criteria lack data
        auto flow = openWorkflow(v);
        DecisionPage *page = flow->decisionPage();
        QVERIFY(!page->esiPanelShown());
        qobject_cast<QCheckBox *>(page->field(u"injectionConsidered"_s))->click();
        QVERIFY(page->esiPanelShown());
        QTableWidget *table = page->esiPanel()->table();
        QStringList codes;
        bool notDocumented = false;
        for (int r = 0; r < table->rowCount(); ++r) {
            codes << table->item(r, 0)->text();
            if (table->item(r, 0)->data(Qt::UserRole).toString() == criterionStatusCode(CriterionStatus::NotDocumented)) {
                notDocumented = true;
                // Status in words and a symbol, not colour alone.
                QVERIFY(table->item(r, 2)->text().contains(criterionStatusLabel(CriterionStatus::NotDocumented)));
                QVERIFY(table->item(r, 2)->text().startsWith(EsiCriteriaPanel::statusSymbol(CriterionStatus::NotDocumented)));
            }
        }
        QStringList expected;
        for (int i = 1; i <= 16; ++i)
            expected << u"E%1"_s.arg(i);
        QCOMPARE(codes, expected);
        QVERIFY(notDocumented);
        QVERIFY(page->esiPanel()->summaryLabel()->text().contains(u"not documented"_s));
        // The injection being considered suggests the ESI aid, and it is saved with the visit.
        bool esiSuggested = false;
        for (const auto &s : page->suggestions())
            esiSuggested |= s.aidId == u"epidural-steroid-injection"_s;
        QVERIFY(esiSuggested);
        QTRY_VERIFY(!page->hasUnsavedChanges());
        QVERIFY(DecisionRepository(m_db->connection()).considerations(v.id)->injectionConsidered);
        screenshot(*flow, u"decision-esi"_s);

        // The panel also stays while the ESI aid is open; its mean differences are scale shifts.
        const Aids::DecisionAid *esiAid = m_aids.find(u"epidural-steroid-injection"_s);
        QVERIFY2(esiAid, "the bundled epidural-steroid-injection aid is missing or unavailable");
        AidView *esiView = page->openAid(esiAid->id);
        QVERIFY(esiView);
        QCOMPARE(esiView->scaleShifts().size(), esiAid->scaleShifts.size());
        for (ScaleShiftWidget *w : esiView->scaleShifts())
            QVERIFY(!w->accessibleDescription().isEmpty());
        qobject_cast<QCheckBox *>(page->field(u"injectionConsidered"_s))->click();
        QVERIFY(page->esiPanelShown());
        esiView->showSection(AidView::Outcomes);
        screenshot(*flow, u"decision-esi-aid"_s);
        QVERIFY(page->field(u"injectionConsidered"_s)->height() > 0);
    }

    void iconArrayHasATextEquivalent()
    {
        IconArraySpec spec;
        spec.affected = 39;
        spec.colour = outcomeColour(Aids::OutcomeKind::Course);
        spec.affectedLabel = u"had an operation"_s;
        spec.unaffectedLabel = u"did not"_s;
        IconArrayWidget w(spec, u"Surgery: had an operation"_s);
        QVERIFY2(w.accessibleDescription().contains(u"39 of 100"_s), qPrintable(w.accessibleDescription()));
        QVERIFY(w.heightForWidth(240) > 240); // the legend sits under the square array
        w.resize(240, w.heightForWidth(240));
        QVERIFY(!w.grab().isNull());
    }

    void presentationModeShowsTheCurrentSection()
    {
        const Aids::DecisionAid *aid = sciaticaAid();
        QVERIFY2(aid, "the bundled sciatica-disc-herniation aid is missing or unavailable (see the warnings above)");
        const Visit v = sciaticaVisit();
        auto flow = openWorkflow(v);
        AidView *view = flow->decisionPage()->openAid(kSciatica);
        QVERIFY(view);
        view->showSection(AidView::Values);
        view->present(); // one screen offscreen: opens on this one without asking
        PresentationWindow *p = view->presentation();
        QVERIFY(p);
        QVERIFY(p->isVisible());
        QVERIFY(p->isWindow());
        QVERIFY(QTest::qWaitForWindowActive(p));
        QCOMPARE(p->pageCount(), 2 + int(aid->outcomes.size() + aid->scaleShifts.size()));
        QCOMPARE(p->currentPage(), p->pageCount() - 1); // the values page
        // A value marked in presentation mode reaches the record.
        p->valueSlider(aid->values[0].id)->setValue(9);
        QCOMPARE(view->record().values.value(aid->values[0].id), 9);
        screenshot(*p, u"presentation-values"_s, {1280, 860});
        p->showPage(0);
        QCOMPARE(p->optionGrid()->columnCount(), int(aid->options.size()) + 2);
        QTest::keyClick(p, Qt::Key_PageDown);
        QCOMPARE(p->currentPage(), 1);
        screenshot(*p, u"presentation-outcome"_s, {1280, 860});
        QTest::keyClick(p, Qt::Key_Escape);
        QVERIFY(!p->isVisible());
    }

    // Issue 8: a Spanish-speaking patient gets the aid in Spanish on an English screen: its
    // texts and the fixed texts of the patient's parts, the languages as visible buttons, the
    // pending-review mark (in Spanish) in the view and on every page of presentation mode, and
    // SURE in English with a notice. Switching the language keeps what was marked.
    void spanishPatientSeesTheAidInSpanish()
    {
        const Aids::DecisionAid *aid = sciaticaAid();
        QVERIFY2(aid, "the bundled sciatica-disc-herniation aid is missing or unavailable (see the warnings above)");
        QVERIFY(aid->hasLanguage(u"es"_s) && aid->pendingReview(u"es"_s));
        QCOMPARE(currentLanguage(), u"en"_s); // the program, and the clinician, in English
        const QString mark = Handouts::pendingTranslationNotice(u"es"_s);
        QVERIFY(mark.startsWith(u"Traducción pendiente de revisión"_s));
        const Visit v = sciaticaVisit();
        auto flow = openWorkflow(v, u"es"_s);
        DecisionPage *page = flow->decisionPage();
        AidView *view = page->openAid(kSciatica);
        QVERIFY(view);
        QCOMPARE(view->language(), u"es"_s);
        QCOMPARE(page->tabs()->tabText(page->tabs()->indexOf(view)), contentText(aid->title, u"es"_s));
        QCOMPARE(view->findChild<QLabel *>(u"aidTitle"_s)->text(), contentText(aid->title, u"es"_s));
        QCOMPARE(view->findChild<QLabel *>(u"condition"_s)->text(), contentText(aid->condition, u"es"_s));
        QTableWidget *grid = view->optionGrid();
        QCOMPARE(grid->horizontalHeaderItem(1)->text(), contentText(aid->options[0].label, u"es"_s));
        QCOMPARE(grid->item(1, 0)->text(), contentText(aid->grid[0].question, u"es"_s));
        QCOMPARE(grid->item(1, 1)->text(), contentText(aid->grid[0].answers.value(aid->options[0].id), u"es"_s));
        // The fixed texts around them follow the aid's language, not the program's.
        QCOMPARE(grid->horizontalHeaderItem(0)->text(), textIn(u"es"_s, "AidSections", "Your question"));
        QCOMPARE(view->valueLabel(aid->values[0].id)->text(), textIn(u"es"_s, "SpineDesk::AidValuesSection", "Not marked yet"));

        // The mark, in Spanish.
        QVERIFY(view->reviewMark()->isVisibleTo(view));
        QVERIFY(view->reviewMark()->text().contains(mark));
        // The languages in plain sight, Spanish chosen.
        QAbstractButton *spanish = view->languageSwitch()->button(u"es"_s);
        QAbstractButton *english = view->languageSwitch()->button(u"en"_s);
        QVERIFY(spanish && english);
        QVERIFY(spanish->isVisibleTo(view) && spanish->isEnabled() && spanish->isChecked());
        QCOMPARE(spanish->text(), u"Español"_s);
        QVERIFY(!english->isChecked());
        // The icon arrays say their numbers in Spanish words with the Spanish legend.
        QVERIFY(!view->iconArrays().isEmpty());
        const IconArrayWidget *array = view->iconArrays().first();
        QCOMPARE(array->spec().language, u"es"_s);
        QVERIFY2(array->accessibleDescription().contains(contentText(aid->outcomes[0].affected, u"es"_s)),
                 qPrintable(array->accessibleDescription()));
        QVERIFY(iconArrayCountLine(array->spec().affected, array->spec().affectedLabel, u"es"_s)
                    .startsWith(numberInWords(array->spec().affected, u"es"_s).left(3), Qt::CaseInsensitive));
        // SURE: no validated Spanish version, so its own English wording with a notice.
        const Instruments::Definition *sure = m_library.find(u"sure"_s);
        AidSureSection *sureSection = view->sureSection();
        QVERIFY(sureSection->languageNotice()->isVisibleTo(sureSection));
        QCOMPARE(sureSection->languageNotice()->text(),
                 textIn(u"es"_s, "SpineDesk::AidSureSection",
                        "No validated version of the SURE test in this language is installed, so its questions are shown in English."));
        const QString sureId = Aids::sureItemIds().first();
        QCOMPARE(view->findChild<QLabel *>(u"sureText-"_s + sureId)->text(), Instruments::localized(sure->item(sureId)->text, u"en"_s));
        // The sources: citations as published, without the registry's English descriptions.
        const QString cited = aid->citedEvidence().first();
        const QString sources = view->findChild<QLabel *>(u"aidSources"_s)->text();
        QVERIFY(sources.contains(m_aids.registry().find(cited)->citation));
        QVERIFY(!sources.contains(m_aids.registry().find(cited)->population));
        QVERIFY(sources.contains(contentText(aid->updatePolicy, u"es"_s)));
        screenshot(*flow, u"decision-aid-es"_s);

        // Presentation mode: everything in Spanish, the mark on every page.
        view->showSection(AidView::Values);
        view->present();
        QPointer<PresentationWindow> p = view->presentation();
        QVERIFY(p && p->isVisible());
        QCOMPARE(p->language(), u"es"_s);
        QCOMPARE(p->optionGrid()->horizontalHeaderItem(1)->text(), contentText(aid->options[0].label, u"es"_s));
        QCOMPARE(p->pageTitle(0), textIn(u"es"_s, "SpineDesk::PresentationWindow", "The options"));
        QVERIFY(p->languageSwitch()->button(u"es"_s)->isChecked());
        QVERIFY(p->languageSwitch()->button(u"en"_s)->isVisible());
        for (int i = 0; i < p->pageCount(); ++i) {
            p->showPage(i);
            QVERIFY2(p->reviewMark()->isVisible() && p->reviewMark()->text().contains(mark), qPrintable(u"page %1"_s.arg(i)));
        }
        screenshot(*p, u"presentation-es"_s, {1280, 860});
        p->showPage(1);
        screenshot(*p, u"presentation-es-outcome"_s, {1280, 860});

        // The patient marks a value and asks for English: the presentation comes back in
        // English on the same page, the view too, the mark gone and the value kept.
        const QString valueId = aid->values[0].id;
        p->showPage(p->pageCount() - 1);
        p->valueSlider(valueId)->setValue(8);
        p->languageSwitch()->button(u"en"_s)->click();
        QCOMPARE(view->language(), u"en"_s);
        QCOMPARE(page->tabs()->tabText(page->tabs()->indexOf(view)), contentText(aid->title, u"en"_s));
        QCOMPARE(view->findChild<QLabel *>(u"aidTitle"_s)->text(), contentText(aid->title, u"en"_s));
        QVERIFY(!view->reviewMark()->isVisibleTo(view));
        QVERIFY(view->languageSwitch()->button(u"en"_s)->isChecked());
        QCOMPARE(view->record().values.value(valueId, -1), 8);
        QCOMPARE(view->valueSlider(valueId)->value(), 8);
        QPointer<PresentationWindow> again = view->presentation();
        QVERIFY(again && again != p.data());
        QVERIFY(again->isVisible());
        QCOMPARE(again->language(), u"en"_s);
        QCOMPARE(again->currentPage(), again->pageCount() - 1);
        QVERIFY(!again->reviewMark()->isVisible());
        QCOMPARE(again->valueSlider(valueId)->value(), 8);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!p); // the Spanish window is gone, not hidden behind

        // And back from the view's own buttons.
        view->languageSwitch()->button(u"es"_s)->click();
        QCOMPARE(view->language(), u"es"_s);
        QVERIFY(view->reviewMark()->isVisibleTo(view));
        QCOMPARE(view->record().values.value(valueId, -1), 8);
        QVERIFY(view->presentation() && view->presentation()->language() == u"es"_s);
        view->presentation()->close();
    }

    void aidLanguageFallsBackAndReviewEndsTheMark()
    {
        const Aids::DecisionAid *bundled = sciaticaAid();
        QVERIFY(bundled);
        const Visit v = newVisit();
        const Instruments::Definition *sure = m_library.find(u"sure"_s);
        // An aid with no Spanish: English for a Spanish-speaking patient, Spanish shown but disabled.
        Aids::DecisionAid englishOnly = *bundled;
        englishOnly.translations.clear();
        AidView english(m_db->connection(), m_clinicianId, v, englishOnly, m_aids.registry(), sure, {}, u"es"_s, u"Ana Lee"_s);
        QCOMPARE(english.language(), u"en"_s);
        QVERIFY(!english.languageSwitch()->button(u"es"_s)->isEnabled());
        QVERIFY(english.languageSwitch()->button(u"es"_s)->isVisibleTo(&english));
        QVERIFY(!english.reviewMark()->isVisibleTo(&english));
        english.setLanguage(u"es"_s); // refused: nothing to show
        QCOMPARE(english.language(), u"en"_s);
        // A reviewed translation: Spanish without the mark.
        Aids::DecisionAid reviewed = *bundled;
        reviewed.translations[u"es"_s].reviewedBy = u"Ana Revisora, CMI"_s;
        reviewed.translations[u"es"_s].reviewedOn = QDate(2026, 12, 1);
        AidView spanish(m_db->connection(), m_clinicianId, v, reviewed, m_aids.registry(), sure, {}, u"es"_s, u"Ana Lee"_s);
        QCOMPARE(spanish.language(), u"es"_s);
        QVERIFY(!spanish.reviewMark()->isVisibleTo(&spanish));
        QCOMPARE(spanish.findChild<QLabel *>(u"aidTitle"_s)->text(), contentText(reviewed.title, u"es"_s));
    }

    void signedVisitIsReadOnly()
    {
        const Aids::DecisionAid *aid = sciaticaAid();
        QVERIFY2(aid, "the bundled sciatica-disc-herniation aid is missing or unavailable (see the warnings above)");
        Visit v = sciaticaVisit();
        {
            auto flow = openWorkflow(v);
            AidView *view = flow->decisionPage()->openAid(kSciatica);
            view->valueSlider(aid->values[0].id)->setValue(7);
            view->preferredButton(QString::fromLatin1(Aids::kUndecided))->click();
            QVERIFY(view->saveNow());
        }
        QVERIFY(VisitRepository(m_db->connection(), m_clinicianId).sign(v, m_clinicianId).ok());
        auto flow = openWorkflow(v);
        DecisionPage *page = flow->decisionPage();
        AidView *view = page->aidView(kSciatica);
        QVERIFY(view);
        QVERIFY(view->isReadOnly());
        QCOMPARE(view->valueSlider(aid->values[0].id)->value(), 7);
        QVERIFY(!view->valueSlider(aid->values[0].id)->isEnabled());
        QVERIFY(view->preferredButton(QString::fromLatin1(Aids::kUndecided))->isChecked());
        QVERIFY(!view->preferredButton(QString::fromLatin1(Aids::kUndecided))->isEnabled());
        QVERIFY(!view->sureButton(Aids::sureItemIds().first(), true)->isEnabled());
        QVERIFY(view->participantsEdit()->isReadOnly());
        QVERIFY(!page->field(u"injectionConsidered"_s)->isEnabled());
    }

    void unavailableAidIsListedWithItsError()
    {
        QTemporaryDir dir;
        QFile broken(dir.filePath(u"broken-aid.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"id": "broken-aid", "version": 1})");
        broken.close();
        const Aids::AidLibrary aids = Aids::AidLibrary::load(dir.path());
        QCOMPARE(aids.entries().size(), 1);
        QVERIFY(!aids.entries().first().available());
        VisitWorkflow flow(m_db->connection(), m_clinicianId, newVisit(), m_patient, m_library, nullptr, &aids);
        DecisionPage *page = flow.decisionPage();
        QVERIFY(!page->unavailableLabel()->isHidden());
        QVERIFY(page->unavailableLabel()->text().contains(u"broken-aid"_s));
        QVERIFY(page->unavailableLabel()->text().contains(aids.entries().first().errors.first()));
        const int i = page->aidChooser()->findData(u"broken-aid"_s);
        QVERIFY(i >= 0); // listed, not hidden, and cannot be chosen
        QVERIFY(!qobject_cast<QStandardItemModel *>(page->aidChooser()->model())->item(i)->isEnabled());
        QVERIFY(!page->openAid(u"broken-aid"_s));
    }

    void imagingTableKeepsTheCodedFinding()
    {
        const Visit v = newVisit();
        {
            IntakePage page(m_db->connection(), m_clinicianId, v, m_patient);
            FieldErrors errors;
            QVERIFY(page.imagingTable()->addEntry({{u"date"_s, v.visitDate.addDays(-3)},
                                                   {u"modality"_s, u"MRI"_s},
                                                   {u"keyFinding"_s, u"L4-5 central stenosis"_s},
                                                   {u"finding"_s, imagingFindingCode(ImagingFinding::Stenosis)},
                                                   {u"level"_s, u"L4-5"_s},
                                                   {u"concordance"_s, imagingConcordanceCode(ImagingConcordance::Concordant)}},
                                                  &errors));
            QVERIFY(page.saveNow());
            const QTableWidget *t = page.imagingTable()->table();
            QStringList cells;
            for (int c = 0; c < t->columnCount(); ++c)
                cells << t->item(0, c)->text();
            QVERIFY2(cells.contains(imagingFindingLabel(ImagingFinding::Stenosis)), qPrintable(cells.join(u" | "_s)));
            QVERIFY(cells.contains(u"L4-5"_s));
        }
        const Intake stored = IntakeRepository(m_db->connection()).load(v.id);
        QCOMPARE(stored.imaging.size(), 1);
        QCOMPARE(stored.imaging[0].finding, ImagingFinding::Stenosis);
        QCOMPARE(stored.imaging[0].level, u"L4-5"_s);
        QCOMPARE(stored.imaging[0].concordance, ImagingConcordance::Concordant);
        IntakePage again(m_db->connection(), m_clinicianId, v, m_patient);
        const auto entries = again.imagingTable()->entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].value(u"finding"_s).toString(), imagingFindingCode(ImagingFinding::Stenosis));
        QCOMPARE(entries[0].value(u"concordance"_s).toString(), imagingConcordanceCode(ImagingConcordance::Concordant));
    }
};

QTEST_MAIN(TestDecisionPage)
#include "tst_decisionpage.moc"
