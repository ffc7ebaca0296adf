// The red-flag and yellow-flag panels on their own: three states, concern, action banners
// that block signing until acknowledged, shared record, autosave, conflicts, read-only.
#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/redflagrepository.h"
#include "storage/signcheck.h"
#include "storage/visitrepository.h"
#include "ui/flagscreeneditor.h"
#include "ui/redflagpanel.h"
#include "ui/yellowflagpanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "clinicfixture.h"

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestRedFlagPanel : public QObject, protected SpineDeskTest::ClinicFixture
{
    Q_OBJECT

private:


    FlagScreenRecord stored(qint64 visitId)
    {
        const auto rec = RedFlagRepository(m_db->connection()).load(visitId);
        return rec.value_or(FlagScreenRecord{});
    }

    static QWidget *banner(QWidget &panel, const QString &conditionId)
    {
        return panel.findChild<QWidget *>(u"actionBanner-"_s + conditionId);
    }

    // Set SPINEDESK_SCREENSHOTS to a folder to look at the layout.
    static void screenshot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        w.resize(1100, 900);
        w.show();
        QCoreApplication::processEvents();
        w.grab().save(dir + u'/' + name + u".png"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openClinic(Clinician{0, u"Ana Ortiz"_s, u"MD"_s, ClinicianRole::Physiatrist, true},
                           Patient{0, u"Lind"_s, u"Eva"_s, QDate(1958, 3, 9), Sex::Female, u"MRN-31"_s, {}, u"en"_s, 0}));
    }

    void freshScreenIsNotAssessedAndIncomplete()
    {
        const Visit v = newVisit();
        RedFlagPanel panel(m_db->connection(), m_clinicianId, v);
        QVERIFY(panel.editor()->redChecklist());
        const QStringList ids = panel.editor()->redChecklist()->itemIds();
        QVERIFY(ids.size() > 20);
        for (const QString &id : ids) {
            QCOMPARE(panel.itemState(id), FlagState::NotAssessed);
            QVERIFY(panel.stateButton(id, FlagState::NotAssessed)->isChecked());
            QVERIFY(!panel.stateButton(id, FlagState::Absent)->isChecked());
        }
        QCOMPARE(panel.concern(), Urgency::None);
        QVERIFY(!panel.hasEmergency());
        QCOMPARE(panel.statusText(), u"Red-flag screen incomplete"_s);
        QCOMPARE(panel.findChild<QLabel *>(u"screenStatus"_s)->text(), panel.statusText());
        QVERIFY(panel.openActionConditions().isEmpty());
        // Items without a checked source carry the marker.
        QVERIFY(panel.findChild<QLabel *>(u"unverified-night-pain"_s));
        QVERIFY(!panel.findChild<QLabel *>(u"unverified-ces-bladder"_s));
        screenshot(panel, u"redflags-fresh"_s);
    }

    void caudaEquinaIsAnEmergencyThatBlocksSigningUntilAcknowledged()
    {
        const Visit v = newVisit();
        RedFlagPanel panel(m_db->connection(), m_clinicianId, v);
        panel.show();
        QSignalSpy emergency(&panel, &RedFlagPanel::emergencyChanged);
        panel.stateButton(u"ces-bladder"_s, FlagState::Present)->click();
        QCOMPARE(panel.itemState(u"ces-bladder"_s), FlagState::Present);
        QCOMPARE(panel.concern(), Urgency::Emergency);
        QCOMPARE(emergency.count(), 1);
        QCOMPARE(emergency.first().first().toBool(), true);
        QVERIFY(panel.findChild<QLabel *>(u"concern"_s)->text().contains(u"Emergency"_s));
        QWidget *b = banner(panel, u"cauda-equina"_s);
        QVERIFY(b && b->isVisible());
        QVERIFY(b->findChild<QLabel *>(u"actionText"_s)->text().contains(u"MRI"_s));
        QCOMPARE(panel.openActionConditions(), QStringList{u"cauda-equina"_s});
        screenshot(panel, u"redflags-emergency"_s);

        QVERIFY(panel.saveNow());
        auto blockers = signBlockersForVisit(m_db->connection(), v.id);
        QCOMPARE(blockers.size(), 1);
        QCOMPARE(blockers.first().id, u"ces-bladder"_s);

        QString error;
        QVERIFY(!panel.acknowledge(u"cauda-equina"_s, u"  "_s, QString(), &error)); // neither action nor reason
        QVERIFY(!error.isEmpty());
        QVERIFY(banner(panel, u"cauda-equina"_s));
        QVERIFY(panel.acknowledge(u"cauda-equina"_s, u"Sent to the emergency department"_s, QString(), &error));
        QVERIFY(!banner(panel, u"cauda-equina"_s));
        QVERIFY(signBlockersForVisit(m_db->connection(), v.id).isEmpty());
        auto *acks = panel.findChild<QLabel *>(u"acknowledgements"_s);
        QVERIFY(acks->isVisible());
        QVERIFY(acks->text().contains(u"Sent to the emergency department"_s));
        QVERIFY(acks->text().contains(u"Ana Ortiz"_s));
        screenshot(panel, u"redflags-acknowledged"_s);
        const auto rec = stored(v.id);
        QCOMPARE(rec.redFlags.acknowledgements().size(), 1);
        QCOMPARE(rec.redFlags.acknowledgements().first().clinicianId, m_clinicianId);
        QVERIFY(rec.redFlags.acknowledgements().first().at.isValid());
        // Still an emergency after acknowledging: the workflow's banner stays (rule 5).
        QVERIFY(panel.hasEmergency());
        QCOMPARE(emergency.count(), 1);

        // Later edits still save over the recorded acknowledgement, and a new flag of the
        // same condition needs its own.
        panel.stateButton(u"ces-saddle-sensation"_s, FlagState::Present)->click();
        QVERIFY(panel.saveNow());
        QVERIFY(banner(panel, u"cauda-equina"_s));
        QCOMPARE(signBlockersForVisit(m_db->connection(), v.id).size(), 1);
        QVERIFY(panel.acknowledge(u"ces-saddle-sensation"_s, QString(), u"Already on the way to the emergency department"_s, &error));
        QVERIFY(signBlockersForVisit(m_db->connection(), v.id).isEmpty());

        // Back to absent: the emergency is over.
        panel.setItemState(u"ces-bladder"_s, FlagState::Absent);
        panel.setItemState(u"ces-saddle-sensation"_s, FlagState::Absent);
        QCOMPARE(emergency.count(), 2);
        QCOMPARE(emergency.last().first().toBool(), false);
    }

    void softFlagAloneIsRoutineOnly()
    {
        const Visit v = newVisit();
        RedFlagPanel panel(m_db->connection(), m_clinicianId, v);
        QSignalSpy emergency(&panel, &RedFlagPanel::emergencyChanged);
        QVERIFY(panel.setItemState(u"age-over-50"_s, FlagState::Present));
        QCOMPARE(panel.concern(), Urgency::Routine);
        QVERIFY(panel.openActionConditions().isEmpty());
        QCOMPARE(emergency.count(), 0);
        QVERIFY(panel.findChild<QLabel *>(u"conditionConcern-malignancy"_s)->text().contains(u"Routine review"_s));
        QVERIFY(panel.saveNow());
        QVERIFY(signBlockersForVisit(m_db->connection(), v.id).isEmpty());
        // A second malignancy flag is no longer "soft alone".
        QVERIFY(panel.setItemState(u"weight-loss"_s, FlagState::Present));
        QCOMPARE(panel.concern(), Urgency::Soon);
        QCOMPARE(panel.openActionConditions(), QStringList{u"malignancy"_s});
    }

    void keyboardSetsStates()
    {
        const Visit v = newVisit();
        RedFlagPanel panel(m_db->connection(), m_clinicianId, v);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QRadioButton *na = panel.stateButton(u"infection-fever"_s, FlagState::NotAssessed);
        na->setFocus();
        QTest::keyClick(na, Qt::Key_A);
        QCOMPARE(panel.itemState(u"infection-fever"_s), FlagState::Absent);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P);
        QCOMPARE(panel.itemState(u"infection-fever"_s), FlagState::Present);
        QCOMPARE(panel.concern(), Urgency::Urgent);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N);
        QCOMPARE(panel.itemState(u"infection-fever"_s), FlagState::NotAssessed);
    }

    void markRestAbsentKeepsAnswers()
    {
        const Visit v = newVisit();
        RedFlagPanel panel(m_db->connection(), m_clinicianId, v);
        QVERIFY(panel.setItemState(u"spa-younger-onset"_s, FlagState::Present));
        const int total = int(panel.editor()->redChecklist()->itemIds().size());
        QCOMPARE(panel.markRestAbsent(), total - 1);
        QCOMPARE(panel.itemState(u"spa-younger-onset"_s), FlagState::Present);
        QCOMPARE(panel.itemState(u"ces-bladder"_s), FlagState::Absent);
        QVERIFY(!panel.findChild<QPushButton *>(u"markRestAbsent"_s)->isEnabled());
        QVERIFY(!panel.statusText().contains(u"incomplete"_s));
        QVERIFY(panel.setItemState(u"spa-younger-onset"_s, FlagState::Absent));
        QCOMPARE(panel.statusText(), u"Red-flag screen complete: all items absent"_s);
        QVERIFY(panel.saveNow());
        QVERIFY(stored(v.id).redFlags.allAbsent(*panel.editor()->redChecklist()));
    }

    void autosavesAndSavesOnClose()
    {
        const Visit v = newVisit();
        {
            RedFlagPanel panel(m_db->connection(), m_clinicianId, v);
            panel.setItemState(u"fracture-osteoporosis"_s, FlagState::Absent);
            QVERIFY(panel.hasUnsavedChanges());
            QTRY_VERIFY(!panel.hasUnsavedChanges());
            QCOMPARE(stored(v.id).redFlags.state(u"fracture-osteoporosis"_s), FlagState::Absent);
            QCOMPARE(panel.findChild<QLabel *>(u"saveState"_s)->text(), u"All changes saved."_s);
            panel.setItemState(u"fracture-trauma"_s, FlagState::Absent);
        } // closed before the timer fired
        QCOMPARE(stored(v.id).redFlags.state(u"fracture-trauma"_s), FlagState::Absent);
    }

    void bothPanelsShareOneRecord()
    {
        const Visit v = newVisit();
        FlagScreenEditor editor(m_db->connection(), m_clinicianId, v);
        RedFlagPanel red(&editor);
        YellowFlagPanel yellow(&editor);
        QVERIFY(red.setItemState(u"fracture-corticosteroids"_s, FlagState::Present));
        yellow.itemBox(u"avoidance"_s)->click();
        QTest::keyClicks(yellow.noteEdit(u"work"_s), u"Warehouse, lifting all day"_s);
        QVERIFY(yellow.saveNow());
        QVERIFY(!editor.hasConflict());
        const auto rec = stored(v.id);
        QCOMPARE(rec.redFlags.state(u"fracture-corticosteroids"_s), FlagState::Present);
        QVERIFY(rec.yellowFlags.isChecked(u"avoidance"_s));
        QCOMPARE(rec.yellowFlags.note(u"work"_s), u"Warehouse, lifting all day"_s);
        QVERIFY(yellow.findChild<QLabel *>(u"yellowSummary"_s)->text().contains(u"Behaviours"_s));
        screenshot(yellow, u"yellowflags"_s);
    }

    void yellowFlagsSavedAndReloadedWithoutTouchingRedFlags()
    {
        const Visit v = newVisit();
        {
            RedFlagPanel red(m_db->connection(), m_clinicianId, v);
            red.setItemState(u"cancer-history"_s, FlagState::Present);
            QString error;
            QVERIFY(red.acknowledge(u"malignancy"_s, u"MRI requested"_s, QString(), &error));
        }
        const RedFlagScreen before = stored(v.id).redFlags;
        {
            YellowFlagPanel yellow(m_db->connection(), m_clinicianId, v);
            QVERIFY(yellow.setChecked(u"poor-sleep"_s, true));
            QVERIFY(yellow.setNote(u"family"_s, u"Lives alone"_s));
            QVERIFY(yellow.saveNow());
        }
        const auto rec = stored(v.id);
        QCOMPARE(rec.redFlags, before);
        QVERIFY(rec.yellowFlags.isChecked(u"poor-sleep"_s));
        YellowFlagPanel again(m_db->connection(), m_clinicianId, v);
        QVERIFY(again.itemBox(u"poor-sleep"_s)->isChecked());
        QVERIFY(!again.itemBox(u"avoidance"_s)->isChecked());
        QCOMPARE(again.noteEdit(u"family"_s)->toPlainText(), u"Lives alone"_s);
        // Yellow flags never block signing (rule 9).
        QVERIFY(signBlockersForVisit(m_db->connection(), v.id).isEmpty());
    }

    void signedVisitIsReadOnly()
    {
        Visit v = newVisit();
        {
            RedFlagPanel panel(m_db->connection(), m_clinicianId, v);
            panel.setItemState(u"spa-inflammatory-pattern"_s, FlagState::Present);
        }
        QVERIFY(VisitRepository(m_db->connection()).sign(v, m_clinicianId).ok());
        FlagScreenEditor editor(m_db->connection(), m_clinicianId, v);
        RedFlagPanel red(&editor);
        YellowFlagPanel yellow(&editor);
        QVERIFY(red.isReadOnly());
        QVERIFY(!red.stateButton(u"ces-bladder"_s, FlagState::Present)->isEnabled());
        QVERIFY(red.stateButton(u"spa-inflammatory-pattern"_s, FlagState::Present)->isChecked());
        QVERIFY(!red.setItemState(u"ces-bladder"_s, FlagState::Present));
        QVERIFY(!red.findChild<QPushButton *>(u"markRestAbsent"_s)->isEnabled());
        QVERIFY(!yellow.itemBox(u"avoidance"_s)->isEnabled());
        QVERIFY(yellow.noteEdit(u"work"_s)->isReadOnly());
        QVERIFY(!yellow.setChecked(u"avoidance"_s, true));
        QCOMPARE(red.findChild<QLabel *>(u"saveState"_s)->text(), u"This visit is signed. Changes are recorded as addenda."_s);

        // Switching an open panel to read-only works the same way.
        const Visit draft = newVisit();
        RedFlagPanel open(m_db->connection(), m_clinicianId, draft);
        QVERIFY(open.stateButton(u"ces-bladder"_s, FlagState::Present)->isEnabled());
        open.setReadOnly(true);
        QVERIFY(!open.stateButton(u"ces-bladder"_s, FlagState::Present)->isEnabled());
    }

    void lostRaceShowsConflictBanner()
    {
        const Visit v = newVisit();
        RedFlagPanel mine(m_db->connection(), m_clinicianId, v);
        RedFlagPanel theirs(m_db->connection(), m_clinicianId, v);
        mine.show();
        QVERIFY(theirs.setItemState(u"infection-fever"_s, FlagState::Absent));
        QVERIFY(theirs.saveNow());
        QVERIFY(mine.setItemState(u"infection-fever"_s, FlagState::Present));
        QVERIFY(!mine.saveNow());
        auto *bannerWidget = mine.findChild<QWidget *>(u"conflictBanner"_s);
        QVERIFY(bannerWidget->isVisible());
        QVERIFY(mine.findChild<QLabel *>(u"saveState"_s)->text().contains(u"not saved"_s));
        QCOMPARE(mine.itemState(u"infection-fever"_s), FlagState::Present); // still on screen
        QCOMPARE(stored(v.id).redFlags.state(u"infection-fever"_s), FlagState::Absent);
        QString error;
        QVERIFY(!mine.acknowledge(u"infection"_s, u"MRI"_s, QString(), &error)); // must reload first
        bannerWidget->findChild<QPushButton *>(u"reloadButton"_s)->click();
        QVERIFY(!bannerWidget->isVisible());
        QCOMPARE(mine.itemState(u"infection-fever"_s), FlagState::Absent);
        QVERIFY(mine.setItemState(u"infection-fever"_s, FlagState::Present));
        QVERIFY(mine.saveNow());
        QCOMPARE(stored(v.id).redFlags.state(u"infection-fever"_s), FlagState::Present);
    }
};

QTEST_MAIN(TestRedFlagPanel)
#include "tst_redflagpanel.moc"
