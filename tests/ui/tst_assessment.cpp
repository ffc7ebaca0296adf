// The Assessment step end to end: STarT Back completed by the patient in self-entry mode
// appears, with its stratum and matched pathway, in the clinician's summary; a visit is
// never signed over an unacknowledged red flag or self-harm alert.
#include "core/instruments/library.h"
#include "core/redflags.h"
#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/redflagrepository.h"
#include "storage/responserepository.h"
#include "storage/visitrepository.h"
#include "ui/assessmentpage.h"
#include "ui/patientmode.h"
#include "ui/visitworkflow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include "clinicfixture.h"

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestAssessment : public QObject, protected SpineDeskTest::ClinicFixture
{
    Q_OBJECT
    Instruments::Library m_library;

    // SPINEDESK_SCREENSHOTS=DIR saves what the test sees.
    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        w->grab().save(dir + u'/' + name + u".png"_s);
    }


private slots:
    void initTestCase()
    {
        QVERIFY(openClinic(Clinician{0, u"Rosa Diaz"_s, u"MD"_s, ClinicianRole::Physiatrist, true},
                           Patient{0, u"Hall"_s, u"Jan"_s, QDate(1958, 8, 8), Sex::Female, u"A-77"_s, {}, u"en"_s, 0}));
        m_library = Instruments::Library::load(Instruments::Library::bundledDirectory());
    }

    void startBackByPatientShowsInSummary()
    {
        const Visit v = newVisit();
        VisitWorkflow flow(m_db->connection(), m_clinicianId, v, m_patient, m_library);
        flow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&flow));
        flow.stepList()->setCurrentRow(1);
        AssessmentPage *page = flow.assessmentPage();
        QVERIFY(page->isVisible());
        QVERIFY(flow.emergencyBanner()->isHidden());
        QVERIFY(page->summaryLabel()->text().contains(u"no stratum yet"_s));
        // A fresh screen is never reported as negative (red-flags.md rule 7).
        QVERIFY(page->summaryLabel()->text().contains(u"Red-flag screen incomplete"_s));

        page->startPatientMode({u"startback"_s}, u"2468"_s);
        auto *mode = qobject_cast<PatientModeWindow *>(page->patientModeWindow());
        QVERIFY(mode);
        QVERIFY(!flow.isVisible()); // nothing of the clinic's screens behind the patient
        mode->resize(1024, 700);
        shoot(mode, u"6-patient-mode"_s);
        for (int answer : {1, 0, 0, 0, 1, 1, 1, 0, 3})
            QVERIFY(mode->answerCurrent(answer));
        QVERIFY(mode->thankYouPage()->isVisible());
        QVERIFY(!mode->close()); // locked until staff unlock it
        QTest::mouseClick(mode->findChild<QPushButton *>(u"staffButton"_s), Qt::LeftButton);
        QTest::keyClicks(mode->findChild<QLineEdit *>(u"unlockCode"_s), u"2468"_s);
        QTest::mouseClick(mode->findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!page->patientModeWindow());
        QVERIFY(flow.isVisible());

        const QString summary = page->summaryLabel()->text();
        QVERIFY2(summary.contains(u"STarT Back stratum: high"_s), qPrintable(summary));
        QVERIFY(summary.contains(u"Psychologically informed physical therapy"_s));
        QVERIFY(summary.contains(u"Hill JC"_s)); // the pathway carries its citation
        QCOMPARE(page->summary().pathway->stratum, u"high"_s);
        const auto stored = page->responseFor(u"startback"_s);
        QVERIFY(stored && stored->complete);
        QCOMPARE(stored->mode, u"patient"_s);
        flow.resize(1200, 760);
        shoot(&flow, u"7-assessment"_s);
    }

    void openRedFlagBlocksSigning()
    {
        Visit v = newVisit();
        QStringList errors;
        const auto checklist = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &errors);
        QVERIFY2(checklist, qPrintable(errors.join(u'\n')));
        // The first item of the most urgent condition (cauda equina).
        QString emergencyItem;
        for (const auto &condition : checklist->conditions)
            if (condition.urgency == Urgency::Emergency && emergencyItem.isEmpty())
                emergencyItem = condition.items.first().id;
        QVERIFY(!emergencyItem.isEmpty());
        RedFlagRepository flags(m_db->connection(), m_clinicianId);
        auto record = flags.load(v.id);
        QVERIFY(record);
        record->redFlags.setState(emergencyItem, FlagState::Present, v.visitDate);
        QVERIFY(flags.save(*record).ok());

        VisitWorkflow flow(m_db->connection(), m_clinicianId, v, m_patient, m_library);
        QCOMPARE(flow.assessmentPage()->summary().redFlagConcern, Urgency::Emergency);
        QVERIFY(!flow.emergencyBanner()->isHidden()); // rule 5: stays in view on every step
        QCOMPARE(flow.assessmentPage()->summary().redFlagsUnacknowledged.size(), 1);
        QVERIFY(flow.assessmentPage()->summaryLabel()->text().contains(u"1 red flag present"_s));
        QString error;
        QVERIFY(!flow.sign(&error));
        QVERIFY2(error.contains(u"cannot be signed"_s), qPrintable(error));
        QVERIFY(!VisitRepository(m_db->connection()).find(v.id)->isSigned());

        record = flags.load(v.id);
        Acknowledgement ack;
        ack.target = checklist->conditionOf(emergencyItem)->id;
        ack.actionTaken = u"Sent to the emergency department for same-day MRI."_s;
        ack.clinicianId = m_clinicianId;
        ack.at = QDateTime::currentDateTimeUtc();
        QVERIFY2(record->redFlags.acknowledge(*checklist, ack, &error), qPrintable(error));
        QVERIFY(flags.save(*record).ok());
        QVERIFY2(flow.sign(&error), qPrintable(error));
        QVERIFY(!flow.emergencyBanner()->isHidden()); // acknowledged, still shown for this visit
    }

    void selfHarmAlertStaysUntilAcknowledged()
    {
        const Visit v = newVisit();
        const auto *phq9 = m_library.find(u"phq9"_s);
        const auto parsed = Instruments::parseAnswerList(*phq9, u"0,0,0,0,0,0,0,0,1"_s.split(u','), {});
        StoredResponse r = scoredResponse(*phq9, *parsed.response, v.id, u"clinician"_s, m_clinicianId);
        QVERIFY(ResponseRepository(m_db->connection()).save(r).ok());

        VisitWorkflow flow(m_db->connection(), m_clinicianId, v, m_patient, m_library);
        flow.show();
        AssessmentPage *page = flow.assessmentPage();
        QCOMPARE(page->openAlerts(), QStringList{u"phq9:self-harm"_s});
        QVERIFY(page->findChild<QWidget *>(u"alert-phq9-self-harm"_s));
        flow.stepList()->setCurrentRow(1);
        flow.resize(1200, 760);
        shoot(&flow, u"8-alert"_s);
        QVERIFY(flow.stepList()->item(1)->text().contains(u"⚠"_s));
        QString error;
        QVERIFY(!flow.sign(&error));
        QVERIFY2(error.contains(u"self-harm"_s), qPrintable(error));

        QVERIFY(!page->acknowledgeAlert(u"phq9"_s, u"self-harm"_s, u"  "_s, &error)); // an action is required
        QVERIFY(page->acknowledgeAlert(u"phq9"_s, u"self-harm"_s, u"Safety plan made with the patient; PCP informed."_s, &error));
        QVERIFY(page->openAlerts().isEmpty());
        QVERIFY(!page->findChild<QWidget *>(u"alert-phq9-self-harm"_s));
        QVERIFY(page->summaryLabel()->text().contains(u"Alert acknowledged: phq9:self-harm"_s));
        QVERIFY2(flow.sign(&error), qPrintable(error));
    }
};

QTEST_MAIN(TestAssessment)
#include "tst_assessment.moc"
