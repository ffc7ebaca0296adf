// Every bundled definition loads, passes its own test vectors, and reproduces the published
// worked examples of ../shared/clinical/instruments.md when scored from the command-line
// answer convention.
#include "core/instruments/change.h"
#include "core/instruments/library.h"
#include "core/instruments/scorer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk::Instruments;

class TestBundledInstruments : public QObject
{
    Q_OBJECT
    Library m_library;

    Result scoreList(const QString &id, const QString &answers, const QString &sex = {})
    {
        const Definition *d = m_library.find(id);
        [&] { QVERIFY2(d, qPrintable(id)); }();
        const ParsedAnswers p = parseAnswerList(*d, answers.split(u','), sex);
        [&] { QVERIFY2(p.response, qPrintable(p.error)); }();
        return score(*d, *p.response);
    }
    double shown(const QString &id, const Result &r, const QString &scale = u"total"_s)
    {
        return m_library.find(id)->scale(scale)->rounded(*r.scales.value(scale));
    }

private slots:
    void initTestCase() { m_library = Library::load(Library::bundledDirectory()); }

    void everyRequiredInstrumentIsAvailable_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"startback", "peg", "nrs-back", "nrs-leg", "phq2", "phq9", "gad2", "gad7", "fabq", "ort", "odi", "sure"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void everyRequiredInstrumentIsAvailable()
    {
        QFETCH(QString, id);
        const LibraryEntry *e = m_library.entry(id);
        QVERIFY2(e, qPrintable(id));
        QVERIFY2(e->available(), qPrintable(e->errors.join(u'\n')));
        QVERIFY(!e->definition->tests.isEmpty());
        QVERIFY(runTestVectors(*e->definition).isEmpty());
        // Classes A and B carry the attribution they must show and print.
        if (e->definition->licence.licenceClass != u"C")
            QVERIFY(!localized(e->definition->licence.attribution, u"en"_s).isEmpty());
    }

    void startBackKeeleVectors()
    {
        Result r = scoreList(u"startback"_s, u"0,0,0,0,1,1,1,0,2"_s);
        QCOMPARE(shown(u"startback"_s, r), 3.0);
        QCOMPARE(shown(u"startback"_s, r, u"psychosocial"_s), 3.0);
        QCOMPARE(*r.band, u"low"_s); // total <= 3 wins
        r = scoreList(u"startback"_s, u"1,0,0,0,1,1,1,0,3"_s);
        QCOMPARE(*r.band, u"high"_s);
        r = scoreList(u"startback"_s, u"1,1,1,1,0,0,0,0,2"_s);
        QCOMPARE(*r.band, u"medium"_s);
        r = scoreList(u"startback"_s, u"1,1,1,1,1,1,1,1,-"_s);
        QVERIFY(!r.complete);
        QVERIFY(!r.band);
    }

    void odiWorkedExamples()
    {
        QCOMPARE(shown(u"odi"_s, scoreList(u"odi"_s, u"2,2,2,2,2,2,2,2,2,2"_s)), 40.0);
        const Result one = scoreList(u"odi"_s, u"1,2,1,2,1,2,1,-,3,3"_s); // 16 of 45
        QCOMPARE(shown(u"odi"_s, one), 35.6);
        QCOMPARE(*one.band, u"moderate"_s);
        QVERIFY(!scoreList(u"odi"_s, u"1,2,1,2,1,2,-,-,3,3"_s).complete);
    }

    void phq9AlertFiresOnPartialForm()
    {
        const Result r = scoreList(u"phq9"_s, u"-,-,-,-,-,-,-,-,1"_s);
        QVERIFY(!r.complete);
        QCOMPARE(r.alertCodes(), QStringList{u"self-harm"_s});
        QCOMPARE(*scoreList(u"phq9"_s, u"2,2,2,2,1,1,0,0,0"_s).band, u"moderate"_s);
    }

    void ortBySex()
    {
        QCOMPARE(shown(u"ort"_s, scoreList(u"ort"_s, u"0,0,1,0,0,1,0,0,0,0"_s, u"female"_s)), 9.0);
        QCOMPARE(shown(u"ort"_s, scoreList(u"ort"_s, u"1,0,0,1,0,0,1,0,0,0"_s, u"male"_s)), 7.0);
        QCOMPARE(shown(u"ort"_s, scoreList(u"ort"_s, u"0,0,0,0,0,0,0,1,0,0"_s, u"male"_s)), 0.0);
        const ParsedAnswers noSex = parseAnswerList(*m_library.find(u"ort"_s), u"0,0,0,0,0,0,0,1,0,0"_s.split(u','), {});
        QVERIFY(!noSex.response);
    }

    void sureAndScreens()
    {
        QCOMPARE(*scoreList(u"sure"_s, u"1,0,1,1"_s).band, u"conflict"_s);
        QCOMPARE(*scoreList(u"sure"_s, u"1,1,1,1"_s).band, u"no-conflict"_s);
        QCOMPARE(*scoreList(u"phq2"_s, u"1,2"_s).band, u"positive"_s);
        QCOMPARE(*scoreList(u"gad2"_s, u"1,1"_s).band, u"negative"_s);
    }

    void mcidAgainstBaseline()
    {
        const Scale *odi = m_library.find(u"odi"_s)->scale(u"total"_s);
        QVERIFY(odi->mcid);
        auto c = changeFromBaseline(*odi, 40.0, 28.0); // 12 points, 30 %
        QVERIFY(c && c->mcidReached());
        QVERIFY(c->mcidAbsoluteMet);
        c = changeFromBaseline(*odi, 20.0, 13.0); // 7 points but 35 %
        QVERIFY(c->mcidReached() && !c->mcidAbsoluteMet && c->mcidPercentMet);
        c = changeFromBaseline(*odi, 40.0, 45.0); // worse
        QVERIFY(!c->mcidReached());
        QCOMPARE(c->improvement, -5.0);
        QVERIFY(!changeFromBaseline(*odi, std::nullopt, 20.0));
    }
};

QTEST_GUILESS_MAIN(TestBundledInstruments)
#include "tst_bundledinstruments.moc"
