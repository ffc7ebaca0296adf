// A follow-up visit in core (issue 7): the questionnaires due by the plan (its ids, or for an
// older plan the baseline's instruments with an MCID), each score against the baseline with the
// MCID reached by the absolute or the percentage threshold or not, PEG's [R] threshold marked
// unverified, the plan item's new keys in JSON (old plans still load), and the follow-up plan
// carrying problems, goals and items over with a bottom line that states the change.
#include "core/contentjson.h"
#include "core/followup.h"
#include "core/stratifiedcare.h"
#include "core/visitdossier.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Plans;

namespace {
const QDate kBaseline(2026, 6, 1);
const QDate kNow(2026, 7, 13);

ScoreRecord score(const QString &id, QDate date, double total, bool complete = true)
{
    ScoreRecord r;
    r.instrumentId = id;
    r.date = date;
    r.complete = complete;
    r.scales.insert(u"total"_s, total);
    return r;
}

const Instruments::Library &library()
{
    static const Instruments::Library lib = Instruments::Library::load(Instruments::Library::bundledDirectory());
    return lib;
}

PlanItem item(const QString &id, ItemKind kind, const QString &text)
{
    PlanItem i;
    i.id = id;
    i.kind = kind;
    i.text = text;
    i.origin = ItemOrigin::Proposed;
    return i;
}
} // namespace

class TestFollowUp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (const QString &id : {u"odi"_s, u"peg"_s, u"nrs-back"_s, u"phq9"_s, u"startback"_s})
            QVERIFY2(library().find(id), qPrintable(id));
    }

    void dueFromThePlanIds()
    {
        TreatmentPlan plan;
        PlanItem repeat = item(u"rule:repeat-questionnaires"_s, ItemKind::RepeatQuestionnaires, u"Repeat: ODI, PEG"_s);
        repeat.instrumentIds = {u"odi"_s, u"peg"_s};
        plan.items << item(u"rule:pathway"_s, ItemKind::PhysicalTherapy, u"PT"_s) << repeat;
        // The baseline also had NRS back: the plan's list wins.
        const QList<ScoreRecord> baseline{score(u"nrs-back"_s, kBaseline, 7), score(u"odi"_s, kBaseline, 40)};
        QCOMPARE(dueQuestionnaires(plan, baseline, library()), (QStringList{u"odi"_s, u"peg"_s}));

        const QList<DueQuestionnaire> status = dueStatus({u"odi"_s, u"peg"_s}, {score(u"odi"_s, kNow, 30), score(u"peg"_s, kNow, 5, false)},
                                                         library());
        QCOMPARE(status.size(), 2);
        QCOMPARE(status.at(0).title, u"ODI"_s);
        QVERIFY(status.at(0).done);
        QVERIFY(!status.at(1).done); // incomplete is not done
    }

    void dueFromAnOldPlan()
    {
        TreatmentPlan old;
        old.items << item(u"rule:repeat-questionnaires"_s, ItemKind::RepeatQuestionnaires, u"Repeat at follow-up: ODI, PEG."_s);
        // No ids on the item: the baseline's complete instruments with an MCID, in order.
        const QList<ScoreRecord> baseline{score(u"startback"_s, kBaseline, 5), score(u"odi"_s, kBaseline, 40),
                                          score(u"peg"_s, kBaseline, 6), score(u"nrs-back"_s, kBaseline, 7, false),
                                          score(u"phq9"_s, kBaseline, 11)};
        QCOMPARE(dueQuestionnaires(old, baseline, library()), (QStringList{u"odi"_s, u"peg"_s, u"phq9"_s}));
        QCOMPARE(dueQuestionnaires(std::nullopt, baseline, library()), (QStringList{u"odi"_s, u"peg"_s, u"phq9"_s}));
        // A removed item asks for nothing by itself.
        PlanItem removed = item(u"rule:repeat-questionnaires"_s, ItemKind::RepeatQuestionnaires, u"x"_s);
        removed.instrumentIds = {u"nrs-back"_s};
        removed.removed = true;
        TreatmentPlan p;
        p.items << removed;
        QCOMPARE(dueQuestionnaires(p, baseline, library()), (QStringList{u"odi"_s, u"peg"_s, u"phq9"_s}));
    }

    void comparisonSaysWhichThreshold()
    {
        const QList<ScoreRecord> baseline{score(u"odi"_s, kBaseline, 48), score(u"nrs-back"_s, kBaseline, 8),
                                          score(u"peg"_s, kBaseline, 6), score(u"phq9"_s, kBaseline, 12)};
        const QList<ScoreRecord> now{score(u"odi"_s, kNow, 36), score(u"nrs-back"_s, kNow, 5), score(u"peg"_s, kNow, 3),
                                     score(u"phq9"_s, kNow, 10), score(u"startback"_s, kNow, 3)};
        const BaselineComparison c = compareWithBaseline(baseline, now, library());
        QCOMPARE(c.lines.size(), 4); // STarT Back has no baseline

        // ODI 48 → 36: 12 points (≥ 10) but 25 % (< 30): the absolute threshold.
        const ComparisonLine *odi = c.line(u"odi"_s);
        QVERIFY(odi);
        QCOMPARE(odi->change.improvement, 12.0);
        QCOMPARE(qRound(*odi->change.percent), 25);
        QCOMPARE(odi->result(), McidResult::ReachedAbsolute);
        QVERIFY(odi->mcidVerified());
        QCOMPARE(odi->baselineDate, kBaseline);
        QCOMPARE(odi->changeText(), u"12.0 better (25 %)"_s);
        QCOMPARE(odi->mcidText(), u"MCID reached (absolute threshold, 10.0 points)"_s);

        // NRS 8 → 5: 3 points and 37.5 %: both.
        QCOMPARE(c.line(u"nrs-back"_s)->result(), McidResult::ReachedBoth);

        // PEG 6 → 3: 50 %, the [R] percentage threshold: reached, shown as unverified.
        const ComparisonLine *peg = c.line(u"peg"_s);
        QCOMPARE(peg->result(), McidResult::ReachedPercent);
        QVERIFY(!peg->mcidVerified());
        QVERIFY2(peg->mcidText().contains(u"percentage threshold"_s), qPrintable(peg->mcidText()));
        QVERIFY2(peg->mcidText().endsWith(u"unverified threshold"_s), qPrintable(peg->mcidText()));

        // PHQ-9 12 → 10: 2 points, MCID 5 [R]: not reached, unverified.
        const ComparisonLine *phq = c.line(u"phq9"_s);
        QCOMPARE(phq->result(), McidResult::NotReached);
        QVERIFY2(phq->mcidText().startsWith(u"MCID not reached (needs 5 points)"_s), qPrintable(phq->mcidText()));
        QVERIFY(phq->mcidText().contains(u"unverified"_s));
    }

    void percentAloneAndNotReached()
    {
        // ODI 20 → 13: 7 points (< 10) but 35 % (≥ 30).
        BaselineComparison c = compareWithBaseline({score(u"odi"_s, kBaseline, 20)}, {score(u"odi"_s, kNow, 13)}, library());
        QCOMPARE(c.lines.first().result(), McidResult::ReachedPercent);
        QCOMPARE(c.lines.first().mcidText(), u"MCID reached (percentage threshold, 30 %)"_s);
        // ODI 48 → 44: neither.
        c = compareWithBaseline({score(u"odi"_s, kBaseline, 48)}, {score(u"odi"_s, kNow, 44)}, library());
        QCOMPARE(c.lines.first().result(), McidResult::NotReached);
        QCOMPARE(c.lines.first().mcidText(), u"MCID not reached (needs 10.0 points or 30 %)"_s);
        // Worse.
        c = compareWithBaseline({score(u"odi"_s, kBaseline, 30)}, {score(u"odi"_s, kNow, 34)}, library());
        QCOMPARE(c.lines.first().changeText(), u"4.0 worse (-13 %)"_s);
    }

    void comparisonFromHistory()
    {
        QList<VisitHistoryEntry> history;
        history << VisitHistoryEntry{1, kBaseline, VisitKind::Initial, {score(u"odi"_s, kBaseline, 48)}};
        history << VisitHistoryEntry{2, kBaseline.addDays(20), VisitKind::FollowUp, {score(u"odi"_s, kBaseline.addDays(20), 44)}};
        history << VisitHistoryEntry{3, kNow, VisitKind::FollowUp, {score(u"odi"_s, kNow, 30)}};
        const QList<ScoreRecord> base = baselineScores(history, 3);
        QCOMPARE(base.size(), 1);
        QCOMPARE(base.first().scales.value(u"total"_s).value_or(-1), 48.0); // the first, not the latest
        const BaselineComparison c = compareWithBaseline(history, 3, library());
        QCOMPARE(c.lines.size(), 1);
        QCOMPARE(c.lines.first().change.improvement, 18.0);
        QCOMPARE(c.lines.first().result(), McidResult::ReachedBoth);
    }

    void planItemKeysInJson()
    {
        TreatmentPlan p;
        PlanItem repeat = item(u"rule:repeat-questionnaires"_s, ItemKind::RepeatQuestionnaires, u"Repeat"_s);
        repeat.instrumentIds = {u"odi"_s, u"peg"_s};
        repeat.carriedOver = true;
        p.items << repeat << item(u"rule:pathway"_s, ItemKind::PhysicalTherapy, u"PT"_s);
        const QJsonObject json = p.toJson();
        // Unset keys are not written, so plans that do not use them keep their stored form.
        QVERIFY(!json.value(u"items"_s).toArray().at(1).toObject().contains(u"instrumentIds"_s));
        QVERIFY(!json.value(u"items"_s).toArray().at(1).toObject().contains(u"carriedOver"_s));
        ContentErrors errors(u"plan"_s);
        const TreatmentPlan back = TreatmentPlan::fromJson(json, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.list().join(u"; "_s)));
        QCOMPARE(back.items, p.items);

        // A plan written before the keys existed still loads; the reader stays strict.
        TreatmentPlan plain;
        plain.items << item(u"rule:follow-up"_s, ItemKind::FollowUp, u"Follow-up"_s);
        QJsonObject oldItem = plain.toJson().value(u"items"_s).toArray().at(0).toObject();
        QCOMPARE(oldItem.keys(), (QStringList{u"citations"_s, u"departureReason"_s, u"id"_s, u"keptWarnings"_s, u"kind"_s, u"origin"_s,
                                              u"rationale"_s, u"removed"_s, u"text"_s})); // the form before issue 7
        const QJsonObject old{{u"items"_s, QJsonArray{oldItem}}};
        ContentErrors oldErrors(u"plan"_s);
        const TreatmentPlan oldPlan = TreatmentPlan::fromJson(old, &oldErrors);
        QVERIFY(oldErrors.isEmpty());
        QVERIFY(oldPlan.items.first().instrumentIds.isEmpty());
        QVERIFY(!oldPlan.items.first().carriedOver);
        QJsonObject bad = old;
        oldItem.insert(u"carriedover"_s, true); // misspelt: refused
        bad.insert(u"items"_s, QJsonArray{oldItem});
        ContentErrors badErrors(u"plan"_s);
        TreatmentPlan::fromJson(bad, &badErrors);
        QVERIFY(!badErrors.isEmpty());
    }

    void followUpPlanCarriesOver()
    {
        TreatmentPlan current;
        current.problems << ProblemEntry{u"non-specific-lbp"_s, {}, true};
        current.goals << Goal{u"Walk the dog for 30 minutes"_s, kNow.addDays(30)};
        current.copiesTo << u"Physical therapist"_s;
        current.followUp = u"in 6 weeks"_s;
        PlanItem pt = item(u"rule:pathway"_s, ItemKind::PhysicalTherapy, u"Physical therapy: exercise"_s);
        PlanItem added = item(u"item-1"_s, ItemKind::RequestToPrimary, u"Please review sleep"_s);
        added.origin = ItemOrigin::Added;
        PlanItem gone = item(u"rule:medication"_s, ItemKind::Nsaid, u"Naproxen"_s);
        gone.removed = true;
        PlanItem oldFollow = item(u"rule:follow-up"_s, ItemKind::FollowUp, u"Old follow-up"_s);
        PlanItem oldRepeat = item(u"rule:repeat-questionnaires"_s, ItemKind::RepeatQuestionnaires, u"Old repeat"_s);
        oldRepeat.instrumentIds = {u"odi"_s};
        current.items << pt << added << gone << oldFollow << oldRepeat;

        // This visit: ODI 48 → 36 with the bundled scale.
        const Instruments::Scale *odi = library().find(u"odi"_s)->scale(u"total"_s);
        AssessmentSummary summary;
        summary.pathway = startBackPathway(u"medium"_s);
        summary.duration = DurationClass::Chronic;
        summary.redFlagsScreened = true;
        InstrumentLine line;
        line.instrumentId = u"odi"_s;
        line.title = u"ODI"_s;
        line.date = kNow;
        line.complete = true;
        ScaleLine s;
        s.scaleId = u"total"_s;
        s.value = 36;
        s.decimals = 0;
        s.change = Instruments::changeFromBaseline(*odi, 48, 36);
        s.mcidCitation = u"Ostelo RW et al. Spine 2008;33:90-94 [V]"_s;
        line.scales << s;
        summary.instruments << line;
        PlanContext context;
        context.visitDate = kNow;
        context.visitKind = VisitKind::FollowUp;
        context.intake.onsetDate = kNow.addDays(-200);
        context.summary = &summary;

        const TreatmentPlan plan = proposeFollowUpPlan(current, context);
        QCOMPARE(plan.problems, current.problems);
        QCOMPARE(plan.goals, current.goals);
        QCOMPARE(plan.copiesTo, current.copiesTo);
        QCOMPARE(plan.followUp, u"in 6 weeks"_s); // chronic: the rule sets none, the agreed interval stays
        const PlanItem *carriedPt = plan.item(u"rule:pathway"_s);
        QVERIFY(carriedPt);
        QVERIFY(carriedPt->carriedOver);
        QCOMPARE(carriedPt->text, pt.text);
        QVERIFY(plan.item(u"item-1"_s) && plan.item(u"item-1"_s)->carriedOver);
        QVERIFY(!plan.item(u"rule:medication"_s)); // removed items are not carried
        // The follow-up and repeat rules ran again on this visit.
        const PlanItem *follow = plan.item(u"rule:follow-up"_s);
        QVERIFY(follow);
        QVERIFY(!follow->carriedOver);
        QVERIFY(follow->text != oldFollow.text);
        const PlanItem *repeat = plan.item(u"rule:repeat-questionnaires"_s);
        QVERIFY(repeat);
        QCOMPARE(repeat->instrumentIds, QStringList{u"odi"_s});
        QVERIFY(!repeat->carriedOver);
        // The bottom line states the change in words.
        QVERIFY2(plan.bottomLine.contains(u"ODI 36, 12 better (25 %) against the baseline of 48: MCID reached by the absolute threshold."_s),
                 qPrintable(plan.bottomLine));
        QVERIFY(plan.bottomLine.contains(u"2 items carried over"_s));
        QVERIFY(plan.bottomLine.contains(u"requests to you"_s));
        // The plan survives its JSON with the marks.
        ContentErrors errors(u"plan"_s);
        QCOMPARE(TreatmentPlan::fromJson(plan.toJson(), &errors).items, plan.items);
        QVERIFY(errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFollowUp)
#include "tst_followup.moc"
