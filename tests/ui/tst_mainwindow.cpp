// The first real path through SpineDesk, driven through its widgets: a patient and
// referral entered in the dialog, found by search, a visit opened, the intake filled, the
// program restarted, and everything still there.
#include "core/durationclass.h"
#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/demowriter.h"
#include "storage/patientrepository.h"
#include "storage/referralrepository.h"
#include "storage/visitrepository.h"
#include "ui/application.h"
#include "ui/assessmentpage.h"
#include "ui/datefield.h"
#include "ui/entrytable.h"
#include "ui/intakepage.h"
#include "ui/mainwindow.h"
#include "ui/patientchart.h"
#include "ui/patientdialog.h"
#include "ui/patientlistmodel.h"
#include "ui/visitworkflow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    qint64 m_clinicianId = 0;
    qint64 m_visitId = 0;
    QDate m_onset = QDate::currentDate().addDays(-50);

    QString path() const { return m_dir.filePath(u"clinic.sqlite"_s); }

    static void type(QWidget *parent, const QString &objectName, const QString &text)
    {
        auto *edit = parent->findChild<QWidget *>(objectName);
        QVERIFY2(edit, qPrintable(objectName));
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }

    // SPINEDESK_SCREENSHOTS=DIR saves what the test sees, for looking at the screens.
    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        w->grab().save(dir + u'/' + name + u".png"_s);
    }

    static QPushButton *saveButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setApplicationIdentity();
        auto opened = Database::open(path());
        QVERIFY(opened.database);
        Clinician me{0, u"Ada Quinn"_s, u"MD"_s, ClinicianRole::Physiatrist, true};
        QVERIFY(ClinicianRepository(opened.database->connection()).create(me).ok());
        m_clinicianId = me.id;
    }

    void firstRunShowsEmptyState()
    {
        auto opened = Database::open(path());
        MainWindow w(*opened.database, m_clinicianId);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentPage(), w.emptyState());
        QVERIFY(w.emptyState()->findChild<QPushButton *>(u"loadDemo"_s));
        QCOMPARE(w.patientModel()->rowCount(), 0);
        shoot(&w, u"1-empty-state"_s);
    }

    void createPatientThroughDialog()
    {
        auto opened = Database::open(path());
        MainWindow w(*opened.database, m_clinicianId);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        bool sawValidation = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PatientDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            type(dialog, u"familyName"_s, u"Garza"_s);
            type(dialog, u"birthDate"_s, u"1961-04-02"_s);
            // Saving with fields missing keeps the dialog open, says why beside each
            // field, and keeps what was typed.
            QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            auto *givenError = dialog->findChild<QLabel *>(u"givenNameError"_s);
            auto *mrnError = dialog->findChild<QLabel *>(u"mrnError"_s);
            auto *reasonError = dialog->findChild<QLabel *>(u"reasonError"_s);
            QVERIFY(givenError && !givenError->isHidden() && givenError->text().contains(u"given name"_s));
            QVERIFY(mrnError && !mrnError->isHidden());
            QVERIFY(reasonError && !reasonError->isHidden());
            QVERIFY(dialog->findChild<QLabel *>(u"familyNameError"_s)->isHidden());
            QCOMPARE(dialog->findChild<QLineEdit *>(u"familyName"_s)->text(), u"Garza"_s);
            sawValidation = true;
            shoot(dialog, u"2-patient-dialog-validation"_s);

            type(dialog, u"givenName"_s, u"Elena"_s);
            type(dialog, u"mrn"_s, u"MRN-1001"_s);
            type(dialog, u"phone"_s, u"612-555-0142"_s);
            type(dialog, u"referrerName"_s, u"Dr. Paul Ortiz"_s);
            type(dialog, u"referrerPractice"_s, u"Lakeview Primary Care"_s);
            type(dialog, u"referrerFax"_s, u"612-555-0199"_s);
            type(dialog, u"referrerDirect"_s, u"pauls@direct.lakeview.example"_s);
            type(dialog, u"reason"_s, u"Low back pain radiating to the left leg"_s);
            type(dialog, u"question"_s, u"Is an injection indicated?"_s);
            QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        });
        w.newPatient();
        QVERIFY(sawValidation);
        QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.chart()));
        QCOMPARE(w.chart()->patient().familyName, u"Garza"_s);
        QVERIFY(w.chart()->findChild<QLabel *>(u"referrals"_s)->text().contains(u"Dr. Paul Ortiz"_s));
        QVERIFY(w.chart()->findChild<QLabel *>(u"referrals"_s)->text().contains(u"Is an injection indicated?"_s));
        shoot(&w, u"3-chart"_s);
    }

    void findBySearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("family name prefix") << u"gar"_s;
        QTest::newRow("given and family") << u"elena garza"_s;
        QTest::newRow("MRN") << u"mrn-1001"_s;
        QTest::newRow("ISO date of birth") << u"1961-04-02"_s;
        QTest::newRow("US date of birth") << u"4/2/1961"_s;
    }
    void findBySearch()
    {
        QFETCH(QString, text);
        auto opened = Database::open(path());
        // A second patient that must not match.
        Patient other{0, u"Olson"_s, u"Mark"_s, QDate(1970, 1, 1), Sex::Male, u"MRN-2002"_s, {}, u"en"_s, 0};
        PatientRepository repo(opened.database->connection());
        if (!repo.findByMrn(other.mrn))
            QVERIFY(repo.create(other).ok());
        MainWindow w(*opened.database, m_clinicianId);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.patientModel()->rowCount(), 2);
        QTest::keyClicks(w.searchField(), text);
        QTRY_COMPARE(w.patientModel()->rowCount(), 1);
        QCOMPARE(w.patientModel()->patientAt(0)->mrn, u"MRN-1001"_s);
    }

    void openVisitAndFillIntake()
    {
        auto opened = Database::open(path());
        MainWindow w(*opened.database, m_clinicianId);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClicks(w.searchField(), u"garza"_s);
        QTest::keyClick(w.searchField(), Qt::Key_Return);
        QTRY_COMPARE(w.patientModel()->rowCount(), 1);
        QTest::keyClick(w.patientView(), Qt::Key_Return);
        QTRY_COMPARE(w.chart()->patient().mrn, u"MRN-1001"_s);

        QString error;
        QVERIFY2(w.chart()->createVisit(VisitKind::Initial, QDate::currentDate(), 0, u"Low back and left leg pain"_s, &error), qPrintable(error));
        VisitWorkflow *flow = w.workflow();
        QVERIFY(flow);
        QCOMPARE(w.currentPage(), static_cast<QWidget *>(flow));
        m_visitId = flow->visit().id;
        // The steps built in this version (Intake to Plan at least) are enabled; any other says so.
        QCOMPARE(flow->stepList()->count(), 6);
        for (int i = 0; i < 6; ++i) {
            const bool built = workflowStepAvailable(workflowSteps().at(i));
            QVERIFY(built || i > 4);
            QCOMPARE(bool(flow->stepList()->item(i)->flags() & Qt::ItemIsEnabled), built);
            QCOMPARE(flow->stepList()->item(i)->text().contains(u"not available in this version"_s), !built);
        }

        IntakePage *intake = flow->intakePage();
        QTest::keyClicks(intake->onsetField(), m_onset.toString(Qt::ISODate));
        QCOMPARE(intake->durationLabel()->text().left(8), durationClassLabel(DurationClass::Subacute).left(8));
        QVERIFY(intake->durationLabel()->text().contains(u"7 weeks"_s));
        intake->dominanceCombo()->setFocus();
        intake->dominanceCombo()->setCurrentIndex(intake->dominanceCombo()->findData(u"leg"_s));
        QTest::mouseClick(intake->regionBox(u"below-knee-left"_s), Qt::LeftButton);
        QTest::mouseClick(intake->regionBox(u"buttock-left"_s), Qt::LeftButton);
        intake->workStatusCombo()->setCurrentIndex(intake->workStatusCombo()->findData(u"modified-duties"_s));
        QTest::keyClicks(intake->occupationEdit(), u"Warehouse lead"_s);
        QTest::keyClicks(intake->goalsEdit(), u"Lift my granddaughter"_s);
        QVERIFY(intake->careTable()->addEntry({{u"modality"_s, u"Physical therapy"_s}, {u"provider"_s, u"Northside PT"_s},
                                               {u"startDate"_s, m_onset.addDays(7)}, {u"endDate"_s, m_onset.addDays(35)},
                                               {u"sessionsAttended"_s, 6}, {u"response"_s, u"improved"_s}}));
        FieldErrors problems;
        QVERIFY(!intake->careTable()->addEntry({{u"modality"_s, u""_s}, {u"startDate"_s, m_onset.addDays(10)},
                                                {u"endDate"_s, m_onset}}, &problems));
        QCOMPARE(problems.size(), 2); // no modality, ends before it starts
        QVERIFY(intake->medicationTable()->addEntry({{u"name"_s, u"Naproxen"_s}, {u"response"_s, u"no-change"_s}}));
        QVERIFY(intake->injectionTable()->addEntry({{u"date"_s, m_onset.addDays(20)}, {u"type"_s, u"Epidural steroid, transforaminal"_s},
                                                    {u"level"_s, u"L5-S1 left"_s}, {u"reliefPercent"_s, 40}}));
        QVERIFY(intake->imagingTable()->addEntry({{u"date"_s, m_onset.addDays(14)}, {u"modality"_s, u"MRI"_s},
                                                  {u"keyFinding"_s, u"L5-S1 disc extrusion contacting the left S1 root"_s}}));
        QVERIFY(intake->isComplete());
        // Drafts save themselves shortly after each change.
        QTRY_VERIFY(!intake->hasUnsavedChanges());
        QVERIFY(flow->stepList()->item(0)->text().contains(u"✓"_s));
        shoot(&w, u"4-intake"_s);
    }

    void everythingSurvivesRestart()
    {
        QVERIFY(m_visitId > 0);
        auto opened = Database::open(path()); // a new database connection and a new window
        QVERIFY(opened.database);
        MainWindow w(*opened.database, m_clinicianId);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.patientModel()->rowCount(), 2);
        QCOMPARE(w.recentVisits()->count(), 1);
        QCOMPARE(w.recentVisits()->item(0)->data(Qt::UserRole).toLongLong(), m_visitId);
        QVERIFY(w.recentVisits()->item(0)->text().contains(u"Garza, Elena"_s));
        w.recentVisits()->setCurrentRow(0);
        QTest::keyClick(w.recentVisits(), Qt::Key_Return);
        QVERIFY(w.workflow());

        IntakePage *intake = w.workflow()->intakePage();
        QCOMPARE(intake->onsetField()->date(), m_onset);
        QCOMPARE(intake->dominanceCombo()->currentData().toString(), u"leg"_s);
        QVERIFY(intake->regionBox(u"below-knee-left"_s)->isChecked());
        QVERIFY(intake->regionBox(u"buttock-left"_s)->isChecked());
        QVERIFY(!intake->regionBox(u"below-knee-right"_s)->isChecked());
        QCOMPARE(intake->workStatusCombo()->currentData().toString(), u"modified-duties"_s);
        QCOMPARE(intake->occupationEdit()->text(), u"Warehouse lead"_s);
        QCOMPARE(intake->goalsEdit()->toPlainText(), u"Lift my granddaughter"_s);
        const Intake saved = intake->intake();
        QCOMPARE(saved.conservativeCare.size(), 1);
        QCOMPARE(saved.conservativeCare[0].provider, u"Northside PT"_s);
        QCOMPARE(saved.conservativeCare[0].sessionsAttended, 6);
        QCOMPARE(saved.conservativeCare[0].endDate, m_onset.addDays(35));
        QCOMPARE(saved.conservativeCare[0].response, TreatmentResponse::Improved);
        QCOMPARE(saved.medications.size(), 1);
        QCOMPARE(saved.medications[0].name, u"Naproxen"_s);
        QCOMPARE(saved.injections.size(), 1);
        QCOMPARE(saved.injections[0].reliefPercent, 40);
        QCOMPARE(saved.imaging.size(), 1);
        QCOMPARE(saved.imaging[0].modality, u"MRI"_s);
        QCOMPARE(intake->careTable()->table()->rowCount(), 1);
    }

    void signedVisitIsReadOnlyWithAddenda()
    {
        auto opened = Database::open(path());
        MainWindow w(*opened.database, m_clinicianId);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openVisit(m_visitId);
        VisitWorkflow *flow = w.workflow();
        QVERIFY(flow);
        QString error;
        QVERIFY2(flow->sign(&error), qPrintable(error));
        QVERIFY(!flow->signButton()->isEnabled());
        QVERIFY(!flow->intakePage()->onsetField()->isEnabled());
        QVERIFY(flow->intakePage()->goalsEdit()->isReadOnly());
        QVERIFY(!flow->sign(&error)); // once signed, always signed
        QVERIFY(flow->addAddendum(u"Patient called: leg pain now also at night."_s, &error));
        QVERIFY(!flow->addAddendum(u"   "_s, &error));

        const auto visit = VisitRepository(opened.database->connection()).find(m_visitId);
        QVERIFY(visit && visit->isSigned());
        QCOMPARE(visit->signedBy, m_clinicianId);
        const auto addenda = VisitRepository(opened.database->connection()).addenda(m_visitId);
        QCOMPARE(addenda.size(), 1);
        QCOMPARE(addenda[0].authorId, m_clinicianId);
        QVERIFY(flow->findChild<QLabel *>(u"addenda"_s)->text().contains(u"leg pain now also at night"_s));
        QVERIFY(flow->findChild<QLabel *>(u"visitHeader"_s)->text().contains(u"Ada Quinn, MD"_s));
        shoot(&w, u"5-signed-visit"_s);
    }

    void editLostRaceIsReportedNotApplied()
    {
        auto opened = Database::open(path());
        PatientRepository repo(opened.database->connection());
        const Patient before = *repo.findByMrn(u"MRN-1001"_s);
        PatientDialog dialog(opened.database->connection(), m_clinicianId, before);
        dialog.show();
        QCOMPARE(dialog.findChild<QLineEdit *>(u"givenName"_s)->text(), u"Elena"_s);
        // Another workstation corrects the phone number first.
        Patient theirs = before;
        theirs.phone = u"612-555-0000"_s;
        QVERIFY(repo.update(theirs).ok());
        auto *given = dialog.findChild<QLineEdit *>(u"givenName"_s);
        given->clear();
        QTest::keyClicks(given, u"Helena"_s);
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *why = dialog.findChild<QLabel *>(u"saveError"_s);
        QVERIFY(why && !why->isHidden() && why->text().contains(u"Someone else changed"_s));
        QCOMPARE(repo.find(before.id)->givenName, u"Elena"_s);
        QCOMPARE(repo.find(before.id)->phone, u"612-555-0000"_s);
        QCOMPARE(given->text(), u"Helena"_s); // still there to copy

        PatientDialog fresh(opened.database->connection(), m_clinicianId, *repo.find(before.id));
        fresh.show();
        auto *freshGiven = fresh.findChild<QLineEdit *>(u"givenName"_s);
        freshGiven->clear();
        QTest::keyClicks(freshGiven, u"Helena"_s);
        QTest::mouseClick(saveButton(&fresh), Qt::LeftButton);
        QCOMPARE(fresh.result(), int(QDialog::Accepted));
        QCOMPARE(repo.find(before.id)->givenName, u"Helena"_s);
        QCOMPARE(repo.find(before.id)->phone, u"612-555-0000"_s);
    }

    void newReferralForExistingPatient()
    {
        auto opened = Database::open(path());
        PatientRepository patients(opened.database->connection());
        const Patient p = *patients.findByMrn(u"MRN-1001"_s);
        PatientDialog dialog(opened.database->connection(), m_clinicianId, p, nullptr, true);
        dialog.show();
        QVERIFY(!dialog.findChild<QLineEdit *>(u"familyName"_s)->isVisible()); // the patient part is not asked again
        auto *referrer = dialog.findChild<QComboBox *>(u"referrer"_s);
        referrer->setCurrentIndex(referrer->findText(u"Dr. Paul Ortiz"_s, Qt::MatchStartsWith));
        QVERIFY(referrer->currentIndex() > 0);
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // no reason given
        QVERIFY(!dialog.findChild<QLabel *>(u"reasonError"_s)->isHidden());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"reason"_s), u"New right leg pain after a fall"_s);
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto referrals = ReferralRepository(opened.database->connection()).forPatient(p.id);
        QCOMPARE(referrals.size(), 2);
        QVERIFY(std::any_of(referrals.begin(), referrals.end(), [](const Referral &r) { return r.reason.contains(u"after a fall"_s); }));
        QCOMPARE(ReferralRepository(opened.database->connection()).referringClinicians().size(), 1); // the same Dr. Ortiz
        QCOMPARE(patients.count(), 2); // no new patient
    }

    void everyDemoVisitOpensOnEveryBuiltStep()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"demo.sqlite"_s));
        QVERIFY(opened.database);
        DemoSummary summary;
        QString error;
        QVERIFY2(DemoWriter(opened.database->connection()).write(4, 12, &summary, &error), qPrintable(error));
        const auto clinicians = ClinicianRepository(opened.database->connection()).list();
        MainWindow w(*opened.database, clinicians.first().id);
        w.show();
        VisitFilter all;
        int withStratum = 0;
        for (const VisitRow &row : VisitRepository(opened.database->connection()).list(all)) {
            w.openVisit(row.visit.id);
            VisitWorkflow *flow = w.workflow();
            QVERIFY(flow);
            for (int step = 0; step < 4; ++step)
                flow->stepList()->setCurrentRow(step);
            const auto &s = flow->assessmentPage()->summary();
            QVERIFY(!s.instruments.isEmpty()); // every demo visit has questionnaires
            withStratum += s.pathway ? 1 : 0;
            // Signed demo visits were signed lawfully: nothing stands open on them.
            if (row.visit.isSigned())
                QVERIFY2(flow->signBlockers().isEmpty(), qPrintable(flow->signBlockers().join(u'\n')));
        }
        QVERIFY(withStratum >= 12); // each episode's first visit has STarT Back
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
