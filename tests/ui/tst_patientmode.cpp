// Patient self-entry mode: one question per screen, answers saved as given, PHQ-2/GAD-2
// chaining, the item-9 safety signal, and the lock that keeps the patient in the mode.
#include "core/instruments/library.h"
#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/responserepository.h"
#include "storage/visitrepository.h"
#include "i18n/language.h"
#include "ui/patientmode.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "clinicfixture.h"

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestPatientMode : public QObject, protected SpineDeskTest::ClinicFixture
{
    Q_OBJECT

private:
    Instruments::Library m_library;
    const QString m_code = u"4711"_s;


    std::unique_ptr<PatientModeWindow> open(qint64 visitId, const QStringList &ids)
    {
        auto w = std::make_unique<PatientModeWindow>(m_db->connection(), m_library, visitId, u"en"_s, ids, m_code, m_clinicianId);
        w->resize(1024, 768);
        w->show();
        return w;
    }

    QHash<QString, StoredResponse> stored(qint64 visitId)
    {
        QHash<QString, StoredResponse> out;
        for (const StoredResponse &r : ResponseRepository(m_db->connection()).forVisit(visitId))
            out.insert(r.instrumentId, r);
        return out;
    }

    static bool onThankYou(const PatientModeWindow &w) { return w.thankYouPage()->isVisible() && w.currentLinkId().isEmpty(); }

    static QStringList visibleTexts(const QWidget &w)
    {
        QStringList out;
        for (const QLabel *l : w.findChildren<QLabel *>())
            if (l->isVisible())
                out << l->text();
        for (const QPushButton *b : w.findChildren<QPushButton *>())
            if (b->isVisible())
                out << b->text();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openClinic(Clinician{0, u"Sam Reyes"_s, u"DPT"_s, ClinicianRole::PhysicalTherapist, true},
                           Patient{0, u"Núñez"_s, u"José"_s, QDate(1980, 6, 1), Sex::Male, u"MRN-77"_s, {}, u"en"_s, 0}));
        m_library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        for (const char *id : {"startback", "phq2", "phq9", "gad2", "gad7", "nrs-back"})
            QVERIFY2(m_library.find(QString::fromLatin1(id)), id);
    }

    // Keele STarT Back 1,0,0,0,1,1,1,0,3 gives total 5, psychosocial 4: high (instruments.md §3).
    void startBackCompletedGivesHighStratum()
    {
        const qint64 visit = newVisit().id;
        auto w = open(visit, {u"startback"_s});
        QCOMPARE(w->currentInstrumentId(), u"startback"_s);
        QCOMPARE(w->currentLinkId(), u"sbst-1"_s);
        QCOMPARE(w->questionNumber(), 1);
        QCOMPARE(w->questionCount(), 9);
        QCOMPARE(w->findChild<QLabel *>(u"progressLabel"_s)->text(), u"Question 1 of 9"_s);

        // Question 1 by touch: tap "Agree", then Next.
        auto *next = w->findChild<QPushButton *>(u"nextButton"_s);
        QVERIFY(!next->isEnabled()); // nothing chosen yet
        auto *agree = w->findChild<QPushButton *>(u"answer-1"_s);
        QTest::mouseClick(agree, Qt::LeftButton);
        QVERIFY(agree->isChecked());
        QCOMPARE(w->currentLinkId(), u"sbst-1"_s); // no auto-advance
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(w->currentLinkId(), u"sbst-2"_s);
        QCOMPARE(w->findChild<QProgressBar *>(u"progressBar"_s)->value(), 2);
        QVERIFY(w->findChild<QPushButton *>(u"answer-0"_s)->isVisible()); // a later screen shows its answers too

        // Question 2 by keyboard: "1" = first option (Disagree), Enter = Next.
        QTest::keyClick(w.get(), Qt::Key_1);
        QTest::keyClick(w.get(), Qt::Key_Return);
        QCOMPARE(w->currentLinkId(), u"sbst-3"_s);

        for (int v : {0, 0, 1, 1, 1, 0, 3})
            QVERIFY(w->answerCurrent(v));
        QVERIFY(onThankYou(*w));
        QVERIFY(w->isCompleted());

        const auto r = stored(visit).value(u"startback"_s);
        QVERIFY(r.id);
        QVERIFY(r.complete);
        QCOMPARE(r.mode, u"patient"_s);
        QCOMPARE(r.enteredBy, m_clinicianId);
        QCOMPARE(r.scales.value(u"total"_s).value_or(-1), 5.0);
        QCOMPARE(r.scales.value(u"psychosocial"_s).value_or(-1), 4.0);
        QCOMPARE(r.band.value_or(QString()), u"high"_s);
        QCOMPARE(ResponseRepository(m_db->connection()).forVisit(visit).size(), 1); // one row, updated
    }

    // Issue 8: a Spanish-speaking patient gets the mode in Spanish, and each questionnaire in
    // its validated Spanish version when one is installed, else in English with a notice.
    void spanishPatientWithoutValidatedWording()
    {
        QCOMPARE(currentLanguage(), u"en"_s);
        {
            PatientModeWindow w(m_db->connection(), m_library, newVisit().id, u"es"_s, {u"phq2"_s}, m_code, m_clinicianId);
            w.resize(1024, 768);
            w.show();
            QCOMPARE(currentLanguage(), u"es"_s); // the mode's own texts
            const Instruments::Definition *phq2 = m_library.find(u"phq2"_s);
            QCOMPARE(w.findChild<QLabel *>(u"questionText"_s)->text(),
                     Instruments::localized(phq2->item(w.currentLinkId())->text, u"en"_s));
            auto *notice = w.findChild<QLabel *>(u"languageNotice"_s);
            QVERIFY(notice->isVisible());
            QVERIFY(notice->text().contains(u"inglés"_s));
            QVERIFY(w.findChild<QLabel *>(u"progressLabel"_s)->text().startsWith(u"Pregunta 1 de"_s));
            QVERIFY(w.findChild<QPushButton *>(u"nextButton"_s)->text().startsWith(u"Siguiente"_s));
        }
        QCOMPARE(currentLanguage(), u"en"_s); // the clinician's window is back in its language
    }

    void spanishPatientWithImportedValidatedWording()
    {
        // A clinic's imported Spanish PHQ-2 (test wording, not the published text).
        const Instruments::Definition *phq2 = m_library.find(u"phq2"_s);
        QJsonObject items, sets;
        for (const Instruments::Item *item : phq2->allItems()) {
            if (item->type == Instruments::ItemType::Group)
                continue;
            items.insert(item->linkId, QString(u"Texto de prueba "_s + item->linkId));
            if (!item->answerSet.isEmpty()) {
                QJsonObject labels;
                for (const auto &o : phq2->answerSet(item->answerSet)->options)
                    labels.insert(o.code, QString(u"Opción "_s + o.code));
                sets.insert(item->answerSet, labels);
            }
        }
        const QJsonObject wording{{u"instrument"_s, u"phq2"_s}, {u"language"_s, u"es"_s},
                                  {u"source"_s, u"Test fixture"_s}, {u"title"_s, u"Cuestionario de prueba"_s},
                                  {u"items"_s, items}, {u"answerSets"_s, sets}};
        QTemporaryDir in, words;
        QFile f(in.filePath(u"phq2.es.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(wording).toJson());
        f.close();
        const QStringList errors = Instruments::importWording(f.fileName(), m_library, words.path());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        const auto library = Instruments::Library::load(Instruments::Library::bundledDirectory(), words.path());

        PatientModeWindow w(m_db->connection(), library, newVisit().id, u"es"_s, {u"phq2"_s}, m_code, m_clinicianId);
        w.resize(1024, 768);
        w.show();
        QCOMPARE(w.findChild<QLabel *>(u"instrumentTitle"_s)->text(), u"Cuestionario de prueba"_s);
        QCOMPARE(w.findChild<QLabel *>(u"questionText"_s)->text(), u"Texto de prueba "_s + w.currentLinkId());
        QVERIFY(!w.findChild<QLabel *>(u"languageNotice"_s)->isVisible());
        QVERIFY(visibleTexts(w).join(u'|').contains(u"Opción "_s));
        // An English-speaking patient still gets the English form.
        PatientModeWindow en(m_db->connection(), library, newVisit().id, u"en"_s, {u"phq2"_s}, m_code, m_clinicianId);
        QCOMPARE(en.findChild<QLabel *>(u"questionText"_s)->text(),
                 Instruments::localized(phq2->item(en.currentLinkId())->text, u"en"_s));
    }

    void screenShowsTitleRecallAttributionButNotParaphraseNotice()
    {
        auto w = open(newVisit().id, {u"phq2"_s});
        const Instruments::Definition &phq2 = *m_library.find(u"phq2"_s);
        QCOMPARE(phq2.wording, Instruments::WordingStatus::Paraphrase);
        QCOMPARE(w->findChild<QLabel *>(u"instrumentTitle"_s)->text(), phq2.title.value(u"en"_s));
        QVERIFY(w->findChild<QLabel *>(u"recall"_s)->text().contains(u"Past 2 weeks"_s));
        auto *attribution = w->findChild<QLabel *>(u"attribution"_s);
        QVERIFY(attribution->isVisible());
        QCOMPARE(attribution->text(), phq2.licence.attribution.value(u"en"_s));
        QCOMPARE(w->findChild<QLabel *>(u"questionText"_s)->text(), u"Little interest or pleasure"_s);
        for (const QString &t : visibleTexts(*w))
            QVERIFY2(!t.contains(u"paraphrase"_s, Qt::CaseInsensitive) && !t.contains(u"wording"_s, Qt::CaseInsensitive), qPrintable(t));
        // Large text and big touch targets.
        QVERIFY(w->font().pointSize() >= 20);
        QVERIFY(w->findChild<QLabel *>(u"questionText"_s)->font().pointSize() > w->font().pointSize());
        for (int i = 0; i < 4; ++i) {
            auto *b = w->findChild<QPushButton *>(u"answer-%1"_s.arg(i));
            QVERIFY(b);
            QVERIFY(b->height() >= 64);
            QVERIFY(b->isCheckable());
            QVERIFY(!b->accessibleName().isEmpty());
        }
        for (const char *name : {"nextButton", "backButton", "staffButton"})
            QVERIFY(!w->findChild<QPushButton *>(QString::fromLatin1(name))->accessibleName().isEmpty());
    }

    void backChangesAnAnswer()
    {
        const qint64 visit = newVisit().id;
        auto w = open(visit, {u"startback"_s});
        auto *back = w->findChild<QPushButton *>(u"backButton"_s);
        QVERIFY(!back->isEnabled());
        QVERIFY(w->answerCurrent(1));
        QVERIFY(w->answerCurrent(1));
        QCOMPARE(w->currentLinkId(), u"sbst-3"_s);
        QTest::keyClick(w.get(), Qt::Key_Backspace);
        QCOMPARE(w->currentLinkId(), u"sbst-2"_s);
        QVERIFY(w->findChild<QPushButton *>(u"answer-1"_s)->isChecked()); // the earlier answer is shown
        QTest::keyClick(w.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w->currentLinkId(), u"sbst-1"_s);
        QVERIFY(w->answerCurrent(0)); // change to Disagree
        QCOMPARE(w->currentLinkId(), u"sbst-2"_s);
        QCOMPARE(stored(visit).value(u"startback"_s).answers.value(u"sbst-1"_s).code, u"disagree"_s);
    }

    void phq2PositiveChainsToRestOfPhq9()
    {
        const qint64 visit = newVisit().id;
        auto w = open(visit, {u"phq2"_s, u"gad2"_s});
        QCOMPARE(w->questionCount(), 4);
        QVERIFY(w->answerCurrent(2)); // more than half the days
        QVERIFY(w->answerCurrent(1)); // several days: total 3, positive
        QCOMPARE(w->currentInstrumentId(), u"phq9"_s);
        QCOMPARE(w->currentLinkId(), u"phq9-3"_s); // items 1-2 are not asked again
        QCOMPARE(w->questionNumber(), 3);
        QCOMPARE(w->questionCount(), 2 + 8 + 2); // PHQ-9 items 3-9 and the difficulty item
        QCOMPARE(w->instrumentOrder(), (QStringList{u"phq2"_s, u"phq9"_s, u"gad2"_s}));
        for (int i = 3; i <= 9; ++i)
            QVERIFY(w->answerCurrent(0));
        QCOMPARE(w->currentLinkId(), u"phq9-10"_s);
        QVERIFY(w->answerCurrent(1));
        QCOMPARE(w->currentInstrumentId(), u"gad2"_s);
        QVERIFY(w->answerCurrent(0));
        QVERIFY(w->answerCurrent(1)); // GAD-2 total 1: negative, no GAD-7
        QVERIFY(onThankYou(*w));

        const auto all = stored(visit);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.value(u"phq2"_s).band.value_or(QString()), u"positive"_s);
        const StoredResponse phq9 = all.value(u"phq9"_s);
        QCOMPARE(phq9.mode, u"patient"_s);
        QCOMPARE(phq9.answers.value(u"phq9-1"_s).code, u"LA6570-1"_s);
        QCOMPARE(phq9.answers.value(u"phq9-2"_s).code, u"LA6569-3"_s);
        QVERIFY(phq9.complete);
        QCOMPARE(phq9.scales.value(u"total"_s).value_or(-1), 3.0);
        QCOMPARE(phq9.band.value_or(QString()), u"minimal"_s);
        QCOMPARE(all.value(u"gad2"_s).band.value_or(QString()), u"negative"_s);
        QVERIFY(!all.contains(u"gad7"_s));
    }

    void gad2PositiveChainsToGad7()
    {
        const qint64 visit = newVisit().id;
        auto w = open(visit, {u"gad2"_s});
        QVERIFY(w->answerCurrent(3));
        QVERIFY(w->answerCurrent(0));
        QCOMPARE(w->currentLinkId(), u"gad7-3"_s);
        QCOMPARE(w->questionCount(), 7);
        for (int i = 3; i <= 7; ++i)
            QVERIFY(w->answerCurrent(1));
        QVERIFY(onThankYou(*w));
        const StoredResponse gad7 = stored(visit).value(u"gad7"_s);
        QCOMPARE(gad7.answers.value(u"gad7-1"_s).code, u"nearly-every-day"_s);
        QCOMPARE(gad7.scales.value(u"total"_s).value_or(-1), 8.0);
        QCOMPARE(gad7.band.value_or(QString()), u"mild"_s);
    }

    void phq2NegativeDoesNotChain()
    {
        const qint64 visit = newVisit().id;
        auto w = open(visit, {u"phq2"_s});
        QVERIFY(w->answerCurrent(1));
        QVERIFY(w->answerCurrent(1)); // total 2
        QVERIFY(onThankYou(*w));
        QCOMPARE(w->questionCount(), 2);
        const auto all = stored(visit);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.value(u"phq2"_s).band.value_or(QString()), u"negative"_s);
    }

    // A screen changed back to negative before the follow-up was begun adds nothing.
    void screenChangedToNegativeDropsUnstartedFollowUp()
    {
        const qint64 visit = newVisit().id;
        auto w = open(visit, {u"phq2"_s});
        QVERIFY(w->answerCurrent(3));
        QVERIFY(w->answerCurrent(3));
        QCOMPARE(w->currentInstrumentId(), u"phq9"_s);
        QTest::keyClick(w.get(), Qt::Key_Backspace);
        QCOMPARE(w->currentLinkId(), u"phq2-2"_s);
        QVERIFY(w->answerCurrent(0)); // total 3 → still positive
        QCOMPARE(w->currentInstrumentId(), u"phq9"_s);
        QTest::keyClick(w.get(), Qt::Key_Backspace);
        QTest::keyClick(w.get(), Qt::Key_Backspace);
        QCOMPARE(w->currentLinkId(), u"phq2-1"_s);
        QVERIFY(w->answerCurrent(0)); // total 0 → negative
        QCOMPARE(w->currentLinkId(), u"phq2-2"_s);
        QCOMPARE(w->instrumentOrder(), QStringList{u"phq2"_s});
        QVERIFY(w->answerCurrent(0));
        QCOMPARE(w->currentLinkId(), QString());
        QVERIFY(onThankYou(*w));
        QCOMPARE(w->instrumentOrder(), QStringList{u"phq2"_s});
        QVERIFY(!stored(visit).contains(u"phq9"_s));
    }

    // Once the patient has begun the PHQ-9, its answers are kept and its items 1-2 follow
    // the PHQ-2; reopening the mode resumes inside the PHQ-9.
    void startedFollowUpFollowsTheScreenAndResumes()
    {
        const qint64 visit = newVisit().id;
        {
            auto w = open(visit, {u"phq2"_s});
            QVERIFY(w->answerCurrent(3));
            QVERIFY(w->answerCurrent(3));
            QVERIFY(w->answerCurrent(2)); // phq9-3: the PHQ-9 is now saved
            QCOMPARE(stored(visit).value(u"phq9"_s).answers.value(u"phq9-2"_s).code, u"LA6571-9"_s);
            QTest::keyClick(w.get(), Qt::Key_Backspace);
            QTest::keyClick(w.get(), Qt::Key_Backspace);
            QCOMPARE(w->currentLinkId(), u"phq2-2"_s);
            QVERIFY(w->answerCurrent(0));
            const StoredResponse phq9 = stored(visit).value(u"phq9"_s);
            QCOMPARE(phq9.answers.value(u"phq9-2"_s).code, u"LA6568-5"_s);
            QCOMPARE(phq9.answers.value(u"phq9-3"_s).code, u"LA6570-1"_s);
            QCOMPARE(w->currentLinkId(), u"phq9-3"_s);
        }
        auto w = open(visit, {u"phq2"_s});
        QCOMPARE(w->currentLinkId(), u"phq9-4"_s);
        QCOMPARE(w->questionNumber(), 4);
        QCOMPARE(w->questionCount(), 10);
        QCOMPARE(ResponseRepository(m_db->connection()).forVisit(visit).size(), 2);
    }

    void item9AboveZeroSignalsWithoutAlarmingThePatient()
    {
        const qint64 visit = newVisit().id;
        auto w = open(visit, {u"phq9"_s});
        QSignalSpy alerts(w.get(), &PatientModeWindow::safetyAlertRaised);
        for (int i = 1; i <= 8; ++i)
            QVERIFY(w->answerCurrent(0));
        QCOMPARE(w->currentLinkId(), u"phq9-9"_s);
        QCOMPARE(alerts.count(), 0);
        QVERIFY(w->answerCurrent(1));
        QCOMPARE(alerts.count(), 1);
        QCOMPARE(alerts.at(0).at(0).toString(), u"phq9"_s);
        QCOMPARE(alerts.at(0).at(1).toString(), u"self-harm"_s);
        // Saved at once, with the form still partial.
        const StoredResponse r = stored(visit).value(u"phq9"_s);
        QVERIFY(r.alerts.contains(u"self-harm"_s));
        // The patient simply sees the next question.
        QCOMPARE(w->currentLinkId(), u"phq9-10"_s);
        for (const QString &t : visibleTexts(*w))
            QVERIFY2(!t.contains(u"alert"_s, Qt::CaseInsensitive) && !t.contains(u"acknowledge"_s, Qt::CaseInsensitive)
                         && !t.contains(u"self-harm"_s, Qt::CaseInsensitive),
                     qPrintable(t));
        QVERIFY(w->answerCurrent(0));
        QCOMPARE(alerts.count(), 1); // raised once
        QVERIFY(stored(visit).value(u"phq9"_s).alerts.contains(u"self-harm"_s));
    }

    void closeRefusedUntilTheRightCode()
    {
        auto w = open(newVisit().id, {u"startback"_s});
        QSignalSpy finished(w.get(), &PatientModeWindow::finished);
        QVERIFY(!w->isUnlocked());
        QVERIFY(!w->close());
        QVERIFY(w->isVisible());
        QTest::keyClick(w.get(), Qt::Key_Escape);
        QVERIFY(w->isVisible());

        QTest::mouseClick(w->findChild<QPushButton *>(u"staffButton"_s), Qt::LeftButton);
        auto *code = w->findChild<QLineEdit *>(u"unlockCode"_s);
        QVERIFY(code->isVisible());
        QCOMPARE(code->echoMode(), QLineEdit::Password);
        QTest::keyClicks(code, u"1234"_s);
        QTest::mouseClick(w->findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
        QVERIFY(!w->findChild<QLabel *>(u"unlockError"_s)->text().isEmpty());
        QVERIFY(code->isVisible()); // stays on the panel
        QVERIFY(code->text().isEmpty());
        QVERIFY(!w->isUnlocked());
        QCOMPARE(finished.count(), 0);
        QVERIFY(!w->close());

        // Back to the questions and in again: nothing was lost.
        QTest::mouseClick(w->findChild<QPushButton *>(u"returnButton"_s), Qt::LeftButton);
        QCOMPARE(w->currentLinkId(), u"sbst-1"_s);
        QVERIFY(w->findChild<QLabel *>(u"questionText"_s)->isVisible());
        QTest::mouseClick(w->findChild<QPushButton *>(u"staffButton"_s), Qt::LeftButton);
        QTest::keyClicks(code, m_code);
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(w->isUnlocked());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false); // not all answered
        QVERIFY(w->close());
    }

    void finishedReportsCompletion()
    {
        auto w = open(newVisit().id, {u"phq2"_s});
        QSignalSpy finished(w.get(), &PatientModeWindow::finished);
        QVERIFY(w->answerCurrent(0));
        QVERIFY(w->answerCurrent(0));
        QVERIFY(onThankYou(*w));
        QVERIFY(w->findChild<QPushButton *>(u"staffButton"_s)->isVisible());
        QTest::mouseClick(w->findChild<QPushButton *>(u"staffButton"_s), Qt::LeftButton);
        QTest::keyClicks(w->findChild<QLineEdit *>(u"unlockCode"_s), m_code);
        QTest::mouseClick(w->findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
    }

    void partialAnswersSavedAfterEachAnswerAndResumed()
    {
        const qint64 visit = newVisit().id;
        {
            auto w = open(visit, {u"startback"_s});
            QVERIFY(w->answerCurrent(1));
            auto saved = ResponseRepository(m_db->connection()).forVisit(visit);
            QCOMPARE(saved.size(), 1);
            QVERIFY(!saved[0].complete);
            QCOMPARE(saved[0].answers.size(), 1);
            QVERIFY(!saved[0].band);
            QVERIFY(w->answerCurrent(0));
            QVERIFY(w->answerCurrent(1));
            // A tap that was not confirmed with Next is not yet an answer.
            QTest::keyClick(w.get(), Qt::Key_2);
            saved = ResponseRepository(m_db->connection()).forVisit(visit);
            QCOMPARE(saved.size(), 1);
            QCOMPARE(saved[0].answers.size(), 3);
            QCOMPARE(saved[0].answers.value(u"sbst-3"_s).code, u"agree"_s);
            QVERIFY(!saved[0].complete);
        } // the device crashed, or the window was destroyed
        auto w = open(visit, {u"startback"_s});
        QCOMPARE(w->currentLinkId(), u"sbst-4"_s); // resumes at the first unanswered question
        QCOMPARE(w->questionNumber(), 4);
        for (int v : {0, 0, 0, 0, 0, 0})
            QVERIFY(w->answerCurrent(v));
        QVERIFY(onThankYou(*w));
        const auto saved = ResponseRepository(m_db->connection()).forVisit(visit);
        QCOMPARE(saved.size(), 1); // the same row, continued
        QVERIFY(saved[0].complete);
        QCOMPARE(saved[0].scales.value(u"total"_s).value_or(-1), 2.0);
        QCOMPARE(saved[0].band.value_or(QString()), u"low"_s);
    }

    void numericRatingIsARowOfElevenButtons()
    {
        const qint64 visit = newVisit().id;
        auto w = open(visit, {u"nrs-back"_s});
        for (int v = 0; v <= 10; ++v) {
            auto *b = w->findChild<QPushButton *>(u"rating-%1"_s.arg(v));
            QVERIFY(b);
            QVERIFY(b->isVisible());
            QVERIFY(b->height() >= 64);
        }
        QCOMPARE(w->findChild<QPushButton *>(u"rating-0"_s)->accessibleName(), u"0, No pain"_s);
        QCOMPARE(w->findChild<QLabel *>(u"anchorLow"_s)->text(), u"No pain"_s);
        QCOMPARE(w->findChild<QLabel *>(u"anchorHigh"_s)->text(), u"Worst imaginable pain"_s);
        QVERIFY(!w->answerCurrent(11));
        QTest::keyClick(w.get(), Qt::Key_7); // the digit is the rating
        QVERIFY(w->findChild<QPushButton *>(u"rating-7"_s)->isChecked());
        QTest::keyClick(w.get(), Qt::Key_Enter);
        QVERIFY(onThankYou(*w));
        QCOMPARE(stored(visit).value(u"nrs-back"_s).answers.value(u"nrs-back-1"_s).number.value_or(-1), 7.0);
    }

    void unusableInstrumentsAreSkipped()
    {
        auto w = open(newVisit().id, {u"odi"_s, u"ort"_s, u"no-such-thing"_s, u"phq2"_s});
        QCOMPARE(w->skippedInstruments(), (QStringList{u"odi"_s, u"ort"_s, u"no-such-thing"_s}));
        QCOMPARE(w->currentInstrumentId(), u"phq2"_s);
        auto empty = open(newVisit().id, {});
        QVERIFY(onThankYou(*empty));
        QCOMPARE(empty->questionCount(), 0);
        QVERIFY(!empty->answerCurrent(0));
    }
};

QTEST_MAIN(TestPatientMode)
#include "tst_patientmode.moc"
