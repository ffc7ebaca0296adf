// Two-step screening (instruments.md §8–9): which follow-up a screen calls for, and how the
// screen's answers become the follow-up's first answers.
#include "core/instruments/library.h"
#include "core/instruments/screening.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk::Instruments;

class TestScreening : public QObject
{
    Q_OBJECT

private:
    Library m_library;

    const Definition &def(const QString &id)
    {
        const Definition *d = m_library.find(id);
        if (!d)
            qFatal("instrument %s not available", qPrintable(id));
        return *d;
    }

    Response answers(const QString &id, const QStringList &values)
    {
        const ParsedAnswers p = parseAnswerList(def(id), values, {});
        if (!p.response)
            qFatal("%s", qPrintable(p.error));
        return *p.response;
    }

private slots:
    void initTestCase() { m_library = Library::load(Library::bundledDirectory()); }

    void followUp_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("expected");
        QTest::newRow("phq2 0,0 negative") << u"phq2"_s << QStringList{u"0"_s, u"0"_s} << QString();
        QTest::newRow("phq2 1,1 = 2 below the cut-point") << u"phq2"_s << QStringList{u"1"_s, u"1"_s} << QString();
        QTest::newRow("phq2 2,1 = 3 at the cut-point") << u"phq2"_s << QStringList{u"2"_s, u"1"_s} << u"phq9"_s;
        QTest::newRow("phq2 3,3") << u"phq2"_s << QStringList{u"3"_s, u"3"_s} << u"phq9"_s;
        QTest::newRow("phq2 incomplete") << u"phq2"_s << QStringList{u"3"_s, u"-"_s} << QString();
        QTest::newRow("gad2 1,1 negative") << u"gad2"_s << QStringList{u"1"_s, u"1"_s} << QString();
        QTest::newRow("gad2 0,3 positive") << u"gad2"_s << QStringList{u"0"_s, u"3"_s} << u"gad7"_s;
    }

    void followUp()
    {
        QFETCH(QString, screen);
        QFETCH(QStringList, values);
        QFETCH(QString, expected);
        const auto next = followUpInstrument(screen, score(def(screen), answers(screen, values)));
        QCOMPARE(next.value_or(QString()), expected);
    }

    void onlyScreensChain()
    {
        Result r;
        r.band = u"positive"_s;
        QVERIFY(!followUpInstrument(u"phq9"_s, r));
        QVERIFY(!followUpInstrument(u"startback"_s, r));
        QCOMPARE(*followUpInstrument(u"phq2"_s, r), u"phq9"_s);
    }

    void phq2AnswersBecomePhq9Items1And2()
    {
        const Response screen = answers(u"phq2"_s, {u"2"_s, u"1"_s});
        QCOMPARE(carriedItems(def(u"phq2"_s), def(u"phq9"_s)), (QStringList{u"phq9-1"_s, u"phq9-2"_s}));
        const Response full = carryOver(def(u"phq2"_s), screen, def(u"phq9"_s));
        QCOMPARE(full.answers.size(), 2);
        QCOMPARE(full.answers.value(u"phq9-1"_s).code, u"LA6570-1"_s); // same LOINC answer codes
        QCOMPARE(full.answers.value(u"phq9-2"_s).code, u"LA6569-3"_s);
        // Scored as the PHQ-9 with the rest answered 0: total 3.
        Response rest = full;
        for (int i = 3; i <= 9; ++i)
            rest.answers.insert(u"phq9-%1"_s.arg(i), Answer{u"LA6568-5"_s, {}, {}, {}});
        const Result r = score(def(u"phq9"_s), rest);
        QVERIFY(r.complete);
        QCOMPARE(r.scales.value(u"total"_s).value_or(-1), 3.0);
    }

    void gad2AnswersBecomeGad7Items1And2()
    {
        const Response full = carryOver(def(u"gad2"_s), answers(u"gad2"_s, {u"3"_s, u"0"_s}), def(u"gad7"_s));
        QCOMPARE(full.answers.value(u"gad7-1"_s).code, u"nearly-every-day"_s);
        QCOMPARE(full.answers.value(u"gad7-2"_s).code, u"not-at-all"_s);
        QVERIFY(!full.answers.contains(u"gad7-3"_s));
    }

    void followUpOwnAnswersKeptAndCarriedReplaced()
    {
        Response existing;
        existing.answers.insert(u"phq9-1"_s, Answer{u"LA6571-9"_s, {}, {}, {}});
        existing.answers.insert(u"phq9-5"_s, Answer{u"LA6569-3"_s, {}, {}, {}});
        const Response full = carryOver(def(u"phq2"_s), answers(u"phq2"_s, {u"0"_s, u"-"_s}), def(u"phq9"_s), existing);
        QCOMPARE(full.answers.value(u"phq9-1"_s).code, u"LA6568-5"_s); // the screen wins
        QVERIFY(!full.answers.contains(u"phq9-2"_s));                   // unanswered on the screen
        QCOMPARE(full.answers.value(u"phq9-5"_s).code, u"LA6569-3"_s); // the follow-up's own answer stays
    }

    // When the two forms use different codes, the option at the same position is taken.
    void differentCodesMapByPosition()
    {
        const auto form = [](const QString &id, const QString &prefix, int items) {
            Definition d;
            d.id = id;
            AnswerSet set;
            set.id = u"f"_s;
            for (int i = 0; i < 4; ++i) {
                AnswerOption o;
                o.code = prefix + QString::number(i);
                o.score = i;
                set.options << o;
            }
            d.answerSets << set;
            Item intro;
            intro.linkId = id + u"-intro"_s;
            intro.type = ItemType::Display;
            d.items << intro;
            for (int i = 1; i <= items; ++i) {
                Item item;
                item.linkId = id + u"-"_s + QString::number(i);
                item.type = ItemType::Choice;
                item.answerSet = u"f"_s;
                d.items << item;
            }
            return d;
        };
        const Definition screen = form(u"s"_s, u"s"_s, 2);
        const Definition full = form(u"f"_s, u"f"_s, 5);
        Response r;
        r.answers.insert(u"s-1"_s, Answer{u"s3"_s, {}, {}, {}});
        r.answers.insert(u"s-2"_s, Answer{u"s1"_s, {}, {}, {}});
        QCOMPARE(carriedItems(screen, full), (QStringList{u"f-1"_s, u"f-2"_s})); // display items do not count
        const Response out = carryOver(screen, r, full);
        QCOMPARE(out.answers.value(u"f-1"_s).code, u"f3"_s);
        QCOMPARE(out.answers.value(u"f-2"_s).code, u"f1"_s);
        QCOMPARE(out.answers.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestScreening)
#include "tst_screening.moc"
