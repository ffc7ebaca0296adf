// Low-value-care advisories (pathways.md §5.4): each fires only in its context, shows its
// sources (both when the guidelines disagree), never blocks, and a kept item records why.
#include "core/plan/lowvaluecare.h"
#include "core/plan/planbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Plans;

namespace {
PlanItem item(ItemKind kind)
{
    PlanItem i;
    i.id = u"item-1"_s;
    i.kind = kind;
    i.text = itemKindLabel(kind);
    return i;
}

QStringList codes(const QList<LowValueWarning> &warnings)
{
    QStringList out;
    for (const LowValueWarning &w : warnings)
        out << w.code;
    return out;
}

LowValueContext cleanEarlyEpisode()
{
    LowValueContext c;
    c.duration = DurationClass::Acute;
    c.episodeDays = 20;
    c.redFlagScreenComplete = true;
    c.redFlagsAllAbsent = true;
    return c;
}
} // namespace

class TestLowValueCare : public QObject
{
    Q_OBJECT
private slots:
    void earlyImagingNeedsACleanCompleteScreenWithinSixWeeks()
    {
        LowValueContext c = cleanEarlyEpisode();
        QVERIFY(codes(checkItem(item(ItemKind::Imaging), c)).contains(u"early-imaging"_s));
        c.episodeDays = 42; // six weeks reached
        QVERIFY(!codes(checkItem(item(ItemKind::Imaging), c)).contains(u"early-imaging"_s));
        c = cleanEarlyEpisode();
        c.redFlagsAllAbsent = false; // a red flag justifies imaging
        QVERIFY(!codes(checkItem(item(ItemKind::Imaging), c)).contains(u"early-imaging"_s));
        c = cleanEarlyEpisode();
        c.redFlagScreenComplete = false; // an incomplete screen is not "no red flags"
        QVERIFY(!codes(checkItem(item(ItemKind::Imaging), c)).contains(u"early-imaging"_s));
        c.episodeDays = -1; // onset unknown
        QVERIFY(!codes(checkItem(item(ItemKind::Imaging), c)).contains(u"early-imaging"_s));
        // Imaging always asks for the management consequence (NICE 1.1.6).
        QVERIFY(codes(checkItem(item(ItemKind::Imaging), c)).contains(u"imaging-consequence"_s));
    }

    void opioidsForChronicPainShowBothGuidelinesAndTheOrt()
    {
        LowValueContext c;
        c.duration = DurationClass::Subacute;
        QVERIFY(checkItem(item(ItemKind::Opioid), c).isEmpty());
        c.duration = DurationClass::Chronic;
        auto w = checkItem(item(ItemKind::Opioid), c);
        QCOMPARE(codes(w), QStringList{u"opioid-chronic-lbp"_s});
        QCOMPARE(w.first().sources.size(), 2);
        QVERIFY(w.first().sources.join(u' ').contains(u"NICE"_s));
        QVERIFY(w.first().sources.join(u' ').contains(u"ACP"_s));
        QVERIFY(w.first().text.contains(u"not done"_s));
        c.ortResult = u"ORT 2 — Low risk (0–3), 2026-09-30"_s;
        c.sciatica = true;
        w = checkItem(item(ItemKind::Opioid), c);
        QVERIFY(w.first().text.contains(c.ortResult));
        QVERIFY(codes(w).contains(u"opioid-chronic-sciatica"_s));
    }

    void fusionForNonSpecificPainOnly()
    {
        LowValueContext c;
        QVERIFY(checkItem(item(ItemKind::FusionReferral), c).isEmpty());
        c.nonSpecificLbp = true;
        const auto w = checkItem(item(ItemKind::FusionReferral), c);
        QCOMPARE(codes(w), QStringList{u"fusion-non-specific"_s});
        QVERIFY(w.first().sources.first().contains(u"randomised controlled trial"_s));
        QVERIFY(checkItem(item(ItemKind::SurgicalReferral), c).isEmpty());
    }

    void injections()
    {
        LowValueContext c;
        QVERIFY(codes(checkItem(item(ItemKind::SpinalInjection), c)).contains(u"injection-non-specific"_s));
        c.radicularIndication = true;
        QVERIFY(checkItem(item(ItemKind::EpiduralInjection), c).isEmpty());
        c.centralStenosisWithClaudication = true;
        const auto w = checkItem(item(ItemKind::EpiduralInjection), c);
        QCOMPARE(codes(w), QStringList{u"epidural-stenosis-claudication"_s});
        QVERIFY(w.first().text.contains(u"not about coverage"_s));
    }

    void disagreementsShowBothSides()
    {
        const LowValueContext c;
        for (ItemKind k : {ItemKind::Acupuncture, ItemKind::Antidepressant}) {
            const auto w = checkItem(item(k), c);
            QCOMPARE(w.size(), 1);
            QVERIFY(w.first().text.contains(u"differ"_s));
            QCOMPARE(w.first().sources.size(), 2);
        }
    }

    void unverifiedAdvisoryIsMarked()
    {
        const auto w = checkItem(item(ItemKind::BedRest), LowValueContext{});
        QCOMPARE(w.size(), 1);
        QVERIFY(!w.first().verified);
        QVERIFY(w.first().sources.first().contains(u"unverified"_s));
        for (ItemKind k : {ItemKind::ParacetamolAlone, ItemKind::PassiveModality, ItemKind::Anticonvulsant})
            QVERIFY(checkItem(item(k), LowValueContext{}).first().verified);
    }

    void removedItemsAndKeptWarnings()
    {
        PlanItem opioid = item(ItemKind::Opioid);
        LowValueContext c;
        c.duration = DurationClass::Chronic;
        QVERIFY(!isKept(opioid, u"opioid-chronic-lbp"_s));
        opioid.keptWarnings << KeptWarning{u"opioid-chronic-lbp"_s, u"  "_s};
        QVERIFY(!isKept(opioid, u"opioid-chronic-lbp"_s)); // a blank reason is no reason
        opioid.keptWarnings.first().reason = u"Palliative care plan in place"_s;
        QVERIFY(isKept(opioid, u"opioid-chronic-lbp"_s));
        QCOMPARE(checkItem(opioid, c).size(), 1); // kept, still shown
        opioid.removed = true;
        QVERIFY(checkItem(opioid, c).isEmpty());
    }

    void contextFromThePlan()
    {
        AssessmentSummary summary;
        summary.redFlagsScreened = true;
        PlanContext pc;
        pc.visitDate = QDate(2026, 9, 30);
        pc.intake.onsetDate = QDate(2026, 9, 10);
        pc.summary = &summary;
        pc.problems << ProblemEntry{u"non-specific-lbp"_s, {}, true};
        const LowValueContext c = lowValueContext(pc);
        QCOMPARE(c.episodeDays, 20);
        QVERIFY(c.redFlagScreenComplete && c.redFlagsAllAbsent);
        QVERIFY(c.nonSpecificLbp);
        QVERIFY(!c.sciatica);
        TreatmentPlan plan;
        plan.items << item(ItemKind::Imaging);
        plan.items.last().id = u"item-9"_s;
        const auto all = checkPlan(plan, c);
        QVERIFY(codes(all).contains(u"early-imaging"_s));
        QCOMPARE(all.first().itemId, u"item-9"_s);
    }
};

QTEST_GUILESS_MAIN(TestLowValueCare)
#include "tst_lowvaluecare.moc"
