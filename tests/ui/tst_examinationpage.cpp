// The Examination step on its own: round trip, messages beside fields, autosave, conflicts,
// read-only after signing.
#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/examinationrepository.h"
#include "storage/patientrepository.h"
#include "storage/visitrepository.h"
#include "ui/examinationpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "clinicfixture.h"

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestExaminationPage : public QObject, protected SpineDeskTest::ClinicFixture
{
    Q_OBJECT

private:


    Examination stored(qint64 visitId) { return ExaminationRepository(m_db->connection()).load(visitId).value_or(Examination{}); }

    static void choose(ExaminationPage &page, const QString &path, const QString &code)
    {
        auto *combo = qobject_cast<QComboBox *>(page.field(path));
        QVERIFY2(combo, qPrintable(path));
        const int i = combo->findData(code);
        QVERIFY2(i >= 0, qPrintable(path + u" "_s + code));
        combo->setCurrentIndex(i);
    }
    static QSpinBox *angle(ExaminationPage &page, const QString &side)
    {
        return qobject_cast<QSpinBox *>(page.field(u"straightLegRaise."_s + side + u".angle"_s));
    }

    // Set SPINEDESK_SCREENSHOTS to a folder to look at the layout.
    static void screenshot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        w.resize(1100, 700);
        w.show();
        QCoreApplication::processEvents();
        w.grab().save(dir + u'/' + name + u".png"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openClinic(Clinician{0, u"Sam Reyes"_s, u"DPT"_s, ClinicianRole::PhysicalTherapist, true},
                           Patient{0, u"Okafor"_s, u"Chidi"_s, QDate(1975, 1, 20), Sex::Male, u"MRN-52"_s, {}, u"en"_s, 0}));
    }

    void roundTrip()
    {
        const Visit v = newVisit();
        Examination expected;
        {
            ExaminationPage page(m_db->connection(), m_clinicianId, v);
            QVERIFY(page.examination().isEmpty());
            choose(page, u"strength.L5.left"_s, u"3"_s);
            choose(page, u"strength.L5.right"_s, u"5"_s);
            choose(page, u"strength.S1.left"_s, u"4"_s);
            choose(page, u"sensation.L5.left"_s, sensoryFindingCode(SensoryFinding::Reduced));
            choose(page, u"achilles.left"_s, reflexFindingCode(ReflexFinding::Reduced));
            choose(page, u"patellar.right"_s, reflexFindingCode(ReflexFinding::Normal));
            choose(page, u"straightLegRaise.left.result"_s, testResultCode(TestResult::Positive));
            angle(page, u"left"_s)->setValue(40);
            choose(page, u"straightLegRaise.right.result"_s, testResultCode(TestResult::Negative));
            choose(page, u"crossedStraightLegRaise"_s, testResultCode(TestResult::Negative));
            choose(page, u"femoralStretch.left"_s, testResultCode(TestResult::Negative));
            QTest::keyClicks(qobject_cast<QLineEdit *>(page.field(u"gait.description"_s)), u"Slow, guarded"_s);
            qobject_cast<QCheckBox *>(page.field(u"gait.antalgic"_s))->click();
            qobject_cast<QCheckBox *>(page.field(u"gait.heelWalkDifficulty"_s))->click();
            choose(page, u"directionalPreference"_s, directionalPreferenceCode(DirectionalPreference::Extension));
            choose(page, u"level"_s, spinalLevelCode(SpinalLevel::L4L5));
            choose(page, u"levelSide"_s, levelSideCode(LevelSide::Left));
            choose(page, u"imagingConcordance"_s, imagingConcordanceCode(ImagingConcordance::Concordant));
            QTest::keyClicks(qobject_cast<QPlainTextEdit *>(page.field(u"note"_s)), u"Left L5 radiculopathy"_s);
            expected = page.examination();
            QVERIFY(expected.validate().isEmpty());
            QVERIFY(page.hasUnsavedChanges());
            QTRY_VERIFY(!page.hasUnsavedChanges()); // autosaved
            QCOMPARE(page.findChild<QLabel *>(u"saveState"_s)->text(), u"All changes saved."_s);
        }
        QCOMPARE(expected.root(SpinalRoot::L5).strength.left, 3);
        QCOMPARE(expected.straightLegRaise.left.angle, 40);
        QVERIFY(stored(v.id).sameFindings(expected));
        ExaminationPage again(m_db->connection(), m_clinicianId, v);
        QVERIFY(again.examination().sameFindings(expected));
        QCOMPARE(qobject_cast<QComboBox *>(again.field(u"strength.L5.left"_s))->currentText(), u"3"_s);
        QCOMPARE(angle(again, u"left"_s)->value(), 40);
        screenshot(again, u"examination"_s);
    }

    void outOfRangeValueIsFlaggedAndKeptOutOfTheRecord()
    {
        const Visit v = newVisit();
        ExaminationPage page(m_db->connection(), m_clinicianId, v);
        page.show();
        choose(page, u"straightLegRaise.right.result"_s, testResultCode(TestResult::Positive));
        angle(page, u"right"_s)->setValue(150);
        const QString message = page.errorText(u"straightLegRaise.right.angle"_s);
        QVERIFY2(message.contains(u"120"_s), qPrintable(message));
        QVERIFY(page.findChild<QLabel *>(u"straightLegRaise.left.angleError"_s)->isVisible());
        QCOMPARE(page.field(u"straightLegRaise.right.angle"_s)->accessibleDescription(), message.mid(2));
        screenshot(page, u"examination-error"_s);
        QVERIFY(page.saveNow()); // the rest is saved
        QVERIFY(page.findChild<QLabel *>(u"saveState"_s)->text().contains(u"except"_s));
        QCOMPARE(stored(v.id).straightLegRaise.right.result, TestResult::Positive);
        QCOMPARE(stored(v.id).straightLegRaise.right.angle, kNotTested);
        QCOMPARE(angle(page, u"right"_s)->value(), 150); // still on screen to correct

        angle(page, u"right"_s)->setValue(55);
        QVERIFY(page.errorText(u"straightLegRaise.right.angle"_s).isEmpty());
        QVERIFY(page.saveNow());
        QCOMPARE(stored(v.id).straightLegRaise.right.angle, 55);

        // A side with no level, and an angle for a negative test, are explained too.
        choose(page, u"levelSide"_s, levelSideCode(LevelSide::Right));
        QVERIFY(page.errorText(u"levelSide"_s).contains(u"level"_s));
        choose(page, u"straightLegRaise.right.result"_s, testResultCode(TestResult::Negative));
        QVERIFY(page.errorText(u"straightLegRaise.right.angle"_s).contains(u"positive"_s));
        QVERIFY(page.saveNow());
        QCOMPARE(stored(v.id).levelSide, LevelSide::NotStated);
        QCOMPARE(stored(v.id).straightLegRaise.right.result, TestResult::Negative);
        choose(page, u"level"_s, spinalLevelCode(SpinalLevel::L5S1));
        QVERIFY(page.errorText(u"levelSide"_s).isEmpty());
    }

    void pendingChangesSavedOnClose()
    {
        const Visit v = newVisit();
        {
            ExaminationPage page(m_db->connection(), m_clinicianId, v);
            choose(page, u"strength.L3.right"_s, u"2"_s);
            QVERIFY(page.hasUnsavedChanges());
        }
        QCOMPARE(stored(v.id).root(SpinalRoot::L3).strength.right, 2);
    }

    void signedVisitIsReadOnly()
    {
        Visit v = newVisit();
        Examination e;
        e.visitId = v.id;
        e.root(SpinalRoot::L4).strength.left = 4;
        QVERIFY(ExaminationRepository(m_db->connection()).save(e).ok());
        QVERIFY(VisitRepository(m_db->connection()).sign(v, m_clinicianId).ok());
        ExaminationPage page(m_db->connection(), m_clinicianId, v);
        QVERIFY(page.isReadOnly());
        QVERIFY(!page.field(u"strength.L4.left"_s)->isEnabled());
        QVERIFY(!page.field(u"straightLegRaise.left.angle"_s)->isEnabled());
        QVERIFY(qobject_cast<QPlainTextEdit *>(page.field(u"note"_s))->isReadOnly());
        QCOMPARE(page.examination().root(SpinalRoot::L4).strength.left, 4);
        QCOMPARE(page.findChild<QLabel *>(u"saveState"_s)->text(), u"This visit is signed. Changes are recorded as addenda."_s);

        const Visit draft = newVisit();
        ExaminationPage open(m_db->connection(), m_clinicianId, draft);
        QVERIFY(open.field(u"level"_s)->isEnabled());
        open.setReadOnly(true);
        QVERIFY(!open.field(u"level"_s)->isEnabled());
    }

    void lostRaceShowsConflictBanner()
    {
        const Visit v = newVisit();
        ExaminationPage mine(m_db->connection(), m_clinicianId, v);
        ExaminationPage theirs(m_db->connection(), m_clinicianId, v);
        mine.show();
        choose(theirs, u"strength.L2.left"_s, u"5"_s);
        QVERIFY(theirs.saveNow());
        choose(mine, u"strength.L2.left"_s, u"1"_s);
        QVERIFY(!mine.saveNow());
        auto *banner = mine.findChild<QWidget *>(u"conflictBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(mine.findChild<QLabel *>(u"saveState"_s)->text().contains(u"not saved"_s));
        QCOMPARE(mine.examination().root(SpinalRoot::L2).strength.left, 1);
        QCOMPARE(stored(v.id).root(SpinalRoot::L2).strength.left, 5);
        banner->findChild<QPushButton *>(u"reloadButton"_s)->click();
        QVERIFY(!banner->isVisible());
        QCOMPARE(mine.examination().root(SpinalRoot::L2).strength.left, 5);
        choose(mine, u"strength.L2.right"_s, u"4"_s);
        QVERIFY(mine.saveNow());
        QCOMPARE(stored(v.id).root(SpinalRoot::L2).strength.right, 4);
    }
};

QTEST_MAIN(TestExaminationPage)
#include "tst_examinationpage.moc"
