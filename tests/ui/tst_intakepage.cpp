// The Intake step on its own: autosave, a save that lost a race, impossible dates.
#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/intakerepository.h"
#include "storage/patientrepository.h"
#include "storage/visitrepository.h"
#include "ui/datefield.h"
#include "ui/intakepage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include "clinicfixture.h"

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestIntakePage : public QObject, protected SpineDeskTest::ClinicFixture
{
    Q_OBJECT

private:
    Visit m_visit;


private slots:
    void initTestCase()
    {
        QVERIFY(openClinic(Clinician{0, u"Sam Reyes"_s, u"DPT"_s, ClinicianRole::PhysicalTherapist, true},
                           Patient{0, u"Núñez"_s, u"José"_s, QDate(1980, 6, 1), Sex::Male, u"MRN-77"_s, {}, u"es"_s, 0}));
    }

    void autosavesEachChange()
    {
        const Visit v = newVisit();
        IntakePage page(m_db->connection(), m_clinicianId, v, m_patient);
        page.show();
        QTest::keyClicks(page.goalsEdit(), u"Walk to church"_s);
        QVERIFY(page.hasUnsavedChanges());
        QTRY_VERIFY(!page.hasUnsavedChanges());
        QCOMPARE(IntakeRepository(m_db->connection()).load(v.id).goals, u"Walk to church"_s);
        QCOMPARE(page.findChild<QLabel *>(u"saveState"_s)->text(), page.tr("All changes saved."));
    }

    void pendingChangesSavedOnClose()
    {
        const Visit v = newVisit();
        {
            IntakePage page(m_db->connection(), m_clinicianId, v, m_patient);
            QTest::keyClicks(page.occupationEdit(), u"Teacher"_s);
            QVERIFY(page.hasUnsavedChanges());
        } // closed before the autosave timer fired
        QCOMPARE(IntakeRepository(m_db->connection()).load(v.id).occupation, u"Teacher"_s);
    }

    void lostRaceIsReportedNotApplied()
    {
        const Visit v = newVisit();
        IntakePage mine(m_db->connection(), m_clinicianId, v, m_patient);
        IntakePage theirs(m_db->connection(), m_clinicianId, v, m_patient);
        mine.show();
        QTest::keyClicks(theirs.goalsEdit(), u"Their goal"_s);
        QVERIFY(theirs.saveNow());
        QTest::keyClicks(mine.goalsEdit(), u"My goal"_s);
        QVERIFY(!mine.saveNow());
        QVERIFY(mine.findChild<QWidget *>(u"conflictBanner"_s)->isVisible());
        QVERIFY(mine.findChild<QLabel *>(u"saveState"_s)->text().contains(u"not saved"_s));
        QCOMPARE(mine.goalsEdit()->toPlainText(), u"My goal"_s); // still on screen
        QCOMPARE(IntakeRepository(m_db->connection()).load(v.id).goals, u"Their goal"_s);
        // Reloading shows the saved version and saving works again.
        mine.findChild<QWidget *>(u"conflictBanner"_s)->findChild<QPushButton *>()->click();
        QCOMPARE(mine.goalsEdit()->toPlainText(), u"Their goal"_s);
        QVERIFY(!mine.findChild<QWidget *>(u"conflictBanner"_s)->isVisible());
        QTest::keyClick(mine.goalsEdit(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(mine.goalsEdit(), u", then mine"_s);
        QVERIFY(mine.saveNow());
        QCOMPARE(IntakeRepository(m_db->connection()).load(v.id).goals, u"Their goal, then mine"_s);
    }

    void impossibleOnsetIsFlaggedAndNotStored()
    {
        const Visit v = newVisit();
        IntakePage page(m_db->connection(), m_clinicianId, v, m_patient);
        page.show();
        QTest::keyClicks(page.onsetField(), QDate::currentDate().addDays(3).toString(Qt::ISODate));
        QVERIFY(page.durationLabel()->text().contains(u"Unknown"_s));
        auto errors = page.findChildren<QLabel *>();
        const bool shown = std::any_of(errors.begin(), errors.end(), [](QLabel *l) {
            return l->isVisible() && l->text().contains(u"after the visit date"_s);
        });
        QVERIFY(shown);
        QVERIFY(page.saveNow());
        QVERIFY(!IntakeRepository(m_db->connection()).load(v.id).onsetDate.isValid());

        page.onsetField()->clear();
        QTest::keyClicks(page.onsetField(), QDate::currentDate().addDays(-100).toString(u"MM/dd/yyyy"_s));
        QVERIFY(page.durationLabel()->text().contains(u"Chronic"_s));
        QVERIFY(page.saveNow());
        QCOMPARE(IntakeRepository(m_db->connection()).load(v.id).onsetDate, QDate::currentDate().addDays(-100));
    }

    void signedVisitShowsReadOnly()
    {
        Visit v = newVisit();
        Intake in;
        in.visitId = v.id;
        in.goals = u"Garden again"_s;
        QVERIFY(IntakeRepository(m_db->connection()).save(in).ok());
        QVERIFY(VisitRepository(m_db->connection()).sign(v, m_clinicianId).ok());
        IntakePage page(m_db->connection(), m_clinicianId, v, m_patient);
        page.setReadOnly(true);
        QVERIFY(page.goalsEdit()->isReadOnly());
        QVERIFY(!page.onsetField()->isEnabled());
        QCOMPARE(page.goalsEdit()->toPlainText(), u"Garden again"_s);
        in.goals = u"Changed after signing"_s;
        QCOMPARE(IntakeRepository(m_db->connection()).save(in).status, SaveResult::Status::Failed);
        QCOMPARE(IntakeRepository(m_db->connection()).load(v.id).goals, u"Garden again"_s);
    }

    void nicotineStatusDateAndCotinineAreStored()
    {
        const Visit v = newVisit();
        const QDate tested = QDate::currentDate().addDays(-30);
        {
            IntakePage page(m_db->connection(), m_clinicianId, v, m_patient);
            page.show();
            QCOMPARE(page.nicotineCombo()->currentData().toString(), u"not-recorded"_s);
            for (QWidget *w : std::initializer_list<QWidget *>{page.nicotineCombo(), page.nicotineDateField(), page.cotinineEdit()})
                QVERIFY(!w->accessibleName().isEmpty());
            page.nicotineCombo()->setCurrentIndex(page.nicotineCombo()->findData(u"former"_s));
            // A date in the future is flagged and kept out of the record.
            QTest::keyClicks(page.nicotineDateField(), QDate::currentDate().addDays(5).toString(Qt::ISODate));
            QVERIFY(!page.nicotineDateField()->accessibleDescription().isEmpty());
            QVERIFY(page.saveNow());
            QVERIFY(!IntakeRepository(m_db->connection()).load(v.id).nicotineDate.isValid());
            page.nicotineDateField()->clear();
            QTest::keyClicks(page.nicotineDateField(), tested.toString(Qt::ISODate));
            QVERIFY(page.nicotineDateField()->accessibleDescription().isEmpty());
            QTest::keyClicks(page.cotinineEdit(), u"<10 ng/mL"_s);
            QTRY_VERIFY(!page.hasUnsavedChanges());
        }
        const Intake in = IntakeRepository(m_db->connection()).load(v.id);
        QCOMPARE(in.nicotine, NicotineStatus::Former);
        QCOMPARE(in.nicotineDate, tested);
        QCOMPARE(in.cotinine, u"<10 ng/mL"_s);
        IntakePage again(m_db->connection(), m_clinicianId, v, m_patient);
        QCOMPARE(again.nicotineCombo()->currentData().toString(), u"former"_s);
        QCOMPARE(again.nicotineDateField()->date(), tested);
        QCOMPARE(again.cotinineEdit()->text(), u"<10 ng/mL"_s);
        again.setReadOnly(true);
        QVERIFY(!again.nicotineCombo()->isEnabled());
    }
};

QTEST_MAIN(TestIntakePage)
#include "tst_intakepage.moc"
