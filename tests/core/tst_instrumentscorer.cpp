// Scoring rules that the bundled instruments may not all exercise: skipped items, proration,
// lookups, multi-choice, alerts on a partial form, missing-data limits.
#include "core/instruments/loader.h"
#include "core/instruments/scorer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk::Instruments;

namespace {
// Four 0-3 items; q4 is asked only when q1 is "yes"-like (score >= 2). Scales cover the
// methods the bundled content does not all use.
const char *kDefinition = R"({
  "id": "rules", "version": "1", "revision": 1,
  "title": {"en": "Rules"}, "shortTitle": {"en": "R"}, "construct": {"en": "Scoring rules"},
  "citations": [{"text": "Tests", "tag": "V"}],
  "licence": {"class": "A", "holder": "None", "terms": "Free", "attribution": {"en": "Test"}},
  "wording": {"status": "paraphrase", "source": "tests"},
  "languages": [{"code": "en", "validated": true}],
  "administration": {"mode": "self-report"},
  "answerSets": [{"id": "f4", "options": [
      {"code": "a0", "score": 0, "label": {"en": "Never"}}, {"code": "a1", "score": 1, "label": {"en": "Sometimes"}},
      {"code": "a2", "score": 2, "label": {"en": "Often"}}, {"code": "a3", "score": 3, "label": {"en": "Always"}},
      {"code": "na", "notApplicable": true, "label": {"en": "Does not apply"}}]},
    {"id": "body", "options": [
      {"code": "back", "score": 1, "label": {"en": "Back"}}, {"code": "leg", "score": 2, "label": {"en": "Leg"}}]}],
  "items": [
    {"linkId": "q1", "number": "1", "type": "choice", "answerSet": "f4", "text": {"en": "One"},
     "alerts": [{"code": "watch", "severity": "urgent", "when": {"operator": ">=", "score": 3}, "message": {"en": "Always"}}]},
    {"linkId": "q2", "number": "2", "type": "choice", "answerSet": "f4", "text": {"en": "Two"}},
    {"linkId": "q3", "number": "3", "type": "choice", "answerSet": "f4", "text": {"en": "Three"}},
    {"linkId": "q4", "number": "4", "type": "choice", "answerSet": "f4", "text": {"en": "Four"},
     "enableWhen": [{"question": "q1", "operator": ">=", "answer": 2}]},
    {"linkId": "where", "number": "5", "type": "multi-choice", "answerSet": "body", "text": {"en": "Where"}, "required": false}],
  "scales": [
    {"id": "sum", "label": {"en": "Sum"}, "method": "sum", "items": ["q1", "q2", "q3", "q4"],
     "missing": {"allowed": 1, "handling": "prorate"}, "range": [0, 12], "step": 0.25,
     "rounding": {"decimals": 1, "mode": "half-up"}, "direction": "higher-is-worse"},
    {"id": "avg", "label": {"en": "Mean"}, "method": "mean", "items": ["q1", "q2", "q3"],
     "missing": {"allowed": 0, "handling": "none"}, "range": [0, 3], "step": 0.01,
     "rounding": {"decimals": 2, "mode": "half-up"}, "direction": "higher-is-worse"},
    {"id": "t", "label": {"en": "T"}, "method": "lookup", "from": "avg", "table": {"0": 40, "1": 50, "2": 60, "3": 70},
     "missing": {"allowed": 0, "handling": "none"}, "range": [40, 70],
     "rounding": {"decimals": 0, "mode": "half-up"}, "direction": "higher-is-worse"}],
  "tests": [{"name": "all zero", "answers": ["0", "0", "0", "0", "-"],
             "expect": {"complete": true, "scales": {"sum": 0, "avg": 0, "t": 40}, "band": null}}]
})";

Definition definition()
{
    LoadResult r = parseDefinition(QByteArray(kDefinition), u"rules.json"_s);
    if (!r.errors.isEmpty())
        qWarning("%s", qPrintable(r.errors.join(u'\n')));
    return *r.definition;
}

Response answers(std::initializer_list<std::pair<const char *, const char *>> codes)
{
    Response r;
    for (const auto &[linkId, code] : codes) {
        Answer a;
        a.code = QString::fromLatin1(code);
        r.answers.insert(QString::fromLatin1(linkId), a);
    }
    return r;
}
} // namespace

class TestInstrumentScorer : public QObject
{
    Q_OBJECT
private slots:
    void skippedItemIsNeitherAnsweredNorMissing()
    {
        const Definition d = definition();
        // q1 = 1, so q4 is not asked: the sum is over three items, none missing.
        const Result r = score(d, answers({{"q1", "a1"}, {"q2", "a2"}, {"q3", "a3"}}));
        QVERIFY(!isEnabled(d, *d.item(u"q4"_s), answers({{"q1", "a1"}})));
        QCOMPARE(*r.scales.value(u"sum"_s), 6.0);
        QVERIFY(r.complete);
    }

    void prorationWithinTheAllowance()
    {
        const Definition d = definition();
        // q1 = 2 asks q4; q4 unanswered is one missing of four: 2+1+3 = 6 scaled by 4/3.
        const Result r = score(d, answers({{"q1", "a2"}, {"q2", "a1"}, {"q3", "a3"}}));
        QCOMPARE(*r.scales.value(u"sum"_s), 8.0);
        // Two missing is beyond the allowance: no sum, incomplete.
        const Result two = score(d, answers({{"q1", "a2"}, {"q2", "a1"}}));
        QVERIFY(!two.scales.value(u"sum"_s));
        QVERIFY(!two.complete);
    }

    void notApplicableCountsAsUnanswered()
    {
        const Definition d = definition();
        const Result r = score(d, answers({{"q1", "a1"}, {"q2", "na"}, {"q3", "a3"}}));
        QCOMPARE(*r.scales.value(u"sum"_s), 6.0); // (1+3) x 3/2
        QVERIFY(!r.scales.value(u"avg"_s));       // the mean allows none missing
        QVERIFY(!r.scales.value(u"t"_s));         // and its lookup follows
    }

    void meanRoundingAndLookup()
    {
        const Definition d = definition();
        const Result r = score(d, answers({{"q1", "a1"}, {"q2", "a1"}, {"q3", "a1"}}));
        QCOMPARE(*r.scales.value(u"avg"_s), 1.0);
        QCOMPARE(*r.scales.value(u"t"_s), 50.0);
        const Result thirds = score(d, answers({{"q1", "a1"}, {"q2", "a1"}, {"q3", "a2"}}));
        QCOMPARE(d.scale(u"avg"_s)->rounded(*thirds.scales.value(u"avg"_s)), 1.33);
        QVERIFY(!thirds.scales.value(u"t"_s)); // 1.33 is not in the table
        QCOMPARE(d.scale(u"sum"_s)->rounded(35.55), 35.6); // half up despite binary noise
    }

    void alertFiresOnAPartialForm()
    {
        const Definition d = definition();
        const Result r = score(d, answers({{"q1", "a3"}}));
        QVERIFY(!r.complete);
        QCOMPARE(r.alertCodes(), QStringList{u"watch"_s});
        QCOMPARE(r.alerts.first().severity, u"urgent"_s);
        QCOMPARE(r.alerts.first().linkId, u"q1"_s);
    }

    void commandLineAnswers()
    {
        const Definition d = definition();
        QCOMPARE(d.scoredItems().size(), 5);
        ParsedAnswers p = parseAnswerList(d, {u"3"_s, u"-"_s, u"4"_s, u"0"_s, u"1"_s}, {});
        QVERIFY2(p.response, qPrintable(p.error));
        QCOMPARE(p.response->answers.value(u"q1"_s).code, u"a3"_s);
        QVERIFY(!p.response->answers.contains(u"q2"_s));
        QCOMPARE(p.response->answers.value(u"q3"_s).code, u"na"_s);
        QCOMPARE(p.response->answers.value(u"where"_s).codes, QStringList{u"leg"_s});
        QVERIFY(!parseAnswerList(d, {u"0"_s}, {}).response);
        QVERIFY(parseAnswerList(d, {u"5"_s, u"0"_s, u"0"_s, u"0"_s, u"-"_s}, {}).error.contains(u"not an option position"_s));
        QVERIFY(parseAnswerList(d, {u"x"_s, u"0"_s, u"0"_s, u"0"_s, u"-"_s}, {}).error.contains(u"not a number"_s));
        QVERIFY(parseAnswerList(d, {u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"-"_s}, u"other"_s).error.contains(u"--sex"_s));
        QVERIFY(runTestVectors(d).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInstrumentScorer)
#include "tst_instrumentscorer.moc"
