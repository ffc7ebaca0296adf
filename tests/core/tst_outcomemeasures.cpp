// The clinic's outcome figures on a small hand-made set with known answers: access median and
// 90th percentile (nearest rank), filters, case mix, MCID reached at 6 and 12 weeks with
// missing follow-up kept visible (instruments.md §17: absolute or percentage threshold; ODI
// 10 points or 30 %, Ostelo 2008 [V]), surgery, ESI, low-value care and safety follow-up.
#include "core/instruments/library.h"
#include "core/outcomes/episodeoutcome.h"
#include "core/outcomes/outcomefigures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Outcomes;

namespace {
const QDate kStart(2026, 1, 5);

EpisodeFacts episode(qint64 id, int referralDaysBefore, QList<std::pair<int, double>> odi, qint64 clinician = 1)
{
    EpisodeFacts e;
    e.episodeId = id;
    e.patientId = 100 + id;
    e.firstVisit = kStart.addDays(id);
    e.referralReceived = referralDaysBefore < 0 ? QDate() : e.firstVisit.addDays(-referralDaysBefore);
    e.clinicianId = clinician;
    e.firstPlanSigned = true;
    for (const auto &[day, value] : odi)
        e.scores[u"odi"_s] << ScorePoint{e.firstVisit.addDays(day), value};
    return e;
}

const Instruments::Library &library()
{
    static const Instruments::Library lib = Instruments::Library::load(Instruments::Library::bundledDirectory());
    return lib;
}

QList<EpisodeOutcome> rows(const QList<EpisodeFacts> &facts)
{
    QList<EpisodeOutcome> out;
    for (const EpisodeFacts &f : facts)
        out << summarizeEpisode(f, library());
    return out;
}

PlanFacts plan(QDate date)
{
    PlanFacts p;
    p.date = date;
    return p;
}
} // namespace

class TestOutcomeMeasures : public QObject
{
    Q_OBJECT

private slots:
    void accessMedianAndNinetiethPercentile()
    {
        QList<EpisodeFacts> set;
        const QList<int> waits = {3, 10, 7, 21, 14, 5, 30, 9, 12, 4}; // sorted: 3 4 5 7 9 10 12 14 21 30
        for (int i = 0; i < waits.size(); ++i)
            set << episode(i + 1, waits.at(i), {});
        set << episode(20, -1, {});             // no referral date
        EpisodeFacts late = episode(21, 0, {});
        late.referralReceived = late.firstVisit.addDays(2); // a referral after the visit: a data error
        set << late;
        const Distribution d = computeFigures(rows(set), {}).access;
        QCOMPARE(d.count, 10);
        QCOMPARE(d.median, 9.5);   // (9 + 10) / 2
        QCOMPARE(d.p90, 21.0);     // rank ceil(0.9 × 10) = 9
        QCOMPARE(d.excluded, (QList<qint64>{20, 21}));
        QCOMPARE(d.episodes.size(), 10);
        QCOMPARE(computeFigures(rows({episode(1, 6, {})}), {}).access.p90, 6.0);
        QCOMPARE(computeFigures({}, {}).access.count, 0);
    }

    void filtersCombine()
    {
        EpisodeFacts a = episode(1, 5, {}, 1);
        a.conditions = {u"lumbar-stenosis"_s};
        EpisodeFacts b = episode(40, 5, {}, 2);
        b.conditions = {u"lumbar-stenosis"_s, u"radiculopathy"_s};
        b.firstVisitKind = VisitKind::PhysicalTherapy;
        EpisodeFacts c = episode(80, 5, {}, 1);
        c.conditions = {u"radiculopathy"_s};
        const QList<EpisodeOutcome> set = rows({a, b, c});

        Filter f;
        QCOMPARE(computeFigures(set, f).episodes, (QList<qint64>{1, 40, 80}));
        f.condition = u"lumbar-stenosis"_s;
        QCOMPARE(computeFigures(set, f).episodes, (QList<qint64>{1, 40}));
        f.clinicianId = 1;
        QCOMPARE(computeFigures(set, f).episodes, (QList<qint64>{1}));
        f = {};
        f.firstVisitKind = VisitKind::PhysicalTherapy;
        QCOMPARE(computeFigures(set, f).episodes, (QList<qint64>{40}));
        f = {};
        f.from = kStart.addDays(2);
        f.to = kStart.addDays(80);
        QCOMPARE(computeFigures(set, f).episodes, (QList<qint64>{40, 80}));
        f.to = kStart.addDays(79);
        QCOMPARE(computeFigures(set, f).episodes, (QList<qint64>{40}));
    }

    void caseMixCountsKeepTheirEpisodes()
    {
        EpisodeFacts a = episode(1, 5, {});
        a.stratum = u"high"_s;
        a.duration = DurationClass::Chronic;
        a.conditions = {u"radiculopathy"_s, u"lumbar-stenosis"_s};
        EpisodeFacts b = episode(2, 5, {});
        b.stratum = u"low"_s;
        b.duration = DurationClass::Acute;
        EpisodeFacts c = episode(3, 5, {});
        c.stratum = u"high"_s;
        c.duration = DurationClass::Chronic;
        c.conditions = {u"radiculopathy"_s};
        const OutcomeFigures f = computeFigures(rows({a, b, c}), {});
        QCOMPARE(f.strata.value(u"high"_s), (QList<qint64>{1, 3}));
        QCOMPARE(f.strata.value(u"low"_s), (QList<qint64>{2}));
        QCOMPARE(f.durations.value(u"chronic"_s), (QList<qint64>{1, 3}));
        QCOMPARE(f.durations.value(u"acute"_s), (QList<qint64>{2}));
        QCOMPARE(f.conditions.value(u"radiculopathy"_s), (QList<qint64>{1, 3}));
        QCOMPARE(f.conditions.value(u"lumbar-stenosis"_s), (QList<qint64>{1}));
        QCOMPARE(f.conditions.value(QString()), (QList<qint64>{2})); // not recorded, still counted
    }

    void mcidAtSixAndTwelveWeeks()
    {
        const QList<EpisodeFacts> set = {
            episode(1, 5, {{0, 50}, {42, 38}}),           // −12 at 6 weeks: absolute
            episode(2, 5, {{0, 20}, {40, 13}}),           // −7 = 35 %: percentage only
            episode(3, 5, {{0, 40}, {44, 35}}),           // −5 = 12.5 %: not reached
            episode(4, 5, {{0, 40}}),                     // no follow-up: missing
            episode(5, 5, {{0, 40}, {70, 10}}),           // only at 10 weeks: missing at 6, in at 12 (84 − 14)
            episode(6, 5, {{42, 30}}),                    // no baseline: not eligible
            episode(7, 5, {{0, 60}, {35, 55}, {49, 40}}), // equidistant (±7): the earlier, −5, not reached
        };
        const OutcomeFigures f = computeFigures(rows(set), {});
        QCOMPARE(f.mcid.size(), kOutcomeScaleCount * kTimePointCount);
        const McidFigure &six = f.mcid.at(0); // ODI, 6 weeks
        QCOMPARE(six.scale.instrumentId, u"odi"_s);
        QCOMPARE(six.at.weeks, 6);
        QCOMPARE(six.eligible, (QList<qint64>{1, 2, 3, 4, 5, 7}));
        QCOMPARE(six.reached.denominator, (QList<qint64>{1, 2, 3, 7}));
        QCOMPARE(six.reached.numerator, (QList<qint64>{1, 2}));
        QCOMPARE(six.missing, (QList<qint64>{4, 5}));
        QCOMPARE(six.byAbsolute, 1);
        QCOMPARE(six.byPercentOnly, 1);
        QCOMPARE(six.reached.percent(), 50.0);

        const McidFigure &twelve = f.mcid.at(1);
        QCOMPARE(twelve.at.weeks, 12);
        QCOMPARE(twelve.reached.denominator, (QList<qint64>{5}));
        QCOMPARE(twelve.reached.numerator, (QList<qint64>{5}));
        QCOMPARE(twelve.missing, (QList<qint64>{1, 2, 3, 4, 7}));
        QCOMPARE(f.mcid.at(2).scale.instrumentId, u"peg"_s);
        QCOMPARE(f.mcid.at(2).eligible.size(), 0); // nobody scored the PEG

        // Per episode, as storage keeps it.
        const EpisodeOutcome first = summarizeEpisode(set.at(0), library());
        QCOMPARE(first.mcidAt(0, 0), McidStatus::ReachedByAbsolute);
        QCOMPARE(first.mcidAt(0, 1), McidStatus::Missing);
        QCOMPARE(first.mcidAt(1, 0), McidStatus::NotEligible);
        QCOMPARE(summarizeEpisode(set.at(1), library()).mcidAt(0, 0), McidStatus::ReachedByPercent);
        QCOMPARE(summarizeEpisode(set.at(5), library()).mcidAt(0, 0), McidStatus::NotEligible);
        for (McidStatus s : {McidStatus::NotEligible, McidStatus::Missing, McidStatus::NotReached, McidStatus::ReachedByPercent,
                             McidStatus::ReachedByAbsolute})
            QCOMPARE(mcidStatusFromCode(mcidStatusCode(s)), s);
        QVERIFY(!mcidStatusFromCode(u"reached"));
    }

    void surgeryAndInjections()
    {
        EpisodeFacts referred = episode(1, 5, {});
        PlanFacts p = plan(referred.firstVisit);
        p.surgicalReferral = true;
        referred.plans << p;
        EpisodeFacts fusion = episode(2, 5, {});
        p = plan(fusion.firstVisit);
        p.fusionReferral = true;
        fusion.plans << p;
        EpisodeFacts conservative = episode(3, 5, {});
        conservative.plans << plan(conservative.firstVisit);
        EpisodeFacts notEvaluated = episode(4, 5, {}); // first visit's plan still a draft
        notEvaluated.firstPlanSigned = false;
        p = plan(notEvaluated.firstVisit);
        p.surgicalReferral = true;
        notEvaluated.plans << p;
        // ESI: met at both plans; met once and not documented later; recommended without a check.
        EpisodeFacts esiMet = episode(5, 5, {});
        p = plan(esiMet.firstVisit);
        p.epidural = true;
        p.esiCriteriaMet = true;
        esiMet.plans << p;
        p.date = esiMet.firstVisit.addDays(30);
        esiMet.plans << p;
        EpisodeFacts esiMixed = episode(6, 5, {});
        p.esiCriteriaMet = true;
        esiMixed.plans << p;
        p.esiCriteriaMet = false;
        esiMixed.plans << p;
        EpisodeFacts esiUnchecked = episode(7, 5, {});
        p.esiCriteriaMet.reset();
        esiUnchecked.plans << p;

        const OutcomeFigures f = computeFigures(rows({referred, fusion, conservative, notEvaluated, esiMet, esiMixed, esiUnchecked}), {});
        QCOMPARE(f.evaluated, (QList<qint64>{1, 2, 3, 5, 6, 7}));
        QCOMPARE(f.surgicalReferral.numerator, (QList<qint64>{1, 2}));
        QCOMPARE(f.surgicalReferral.denominator.size(), 6);
        QCOMPARE(f.notReferred.numerator, (QList<qint64>{3, 5, 6, 7}));
        QCOMPARE(f.esiRecommended.numerator, (QList<qint64>{5, 6, 7}));
        QCOMPARE(f.esiCriteriaMet.denominator, (QList<qint64>{5, 6, 7}));
        QCOMPARE(f.esiCriteriaMet.numerator, (QList<qint64>{5})); // missing data is never "met"
    }

    void lowValueCareHasItsOwnDenominators()
    {
        EpisodeFacts earlyImaged = episode(1, 5, {});
        earlyImaged.episodeDaysAtFirstVisit = 20;
        earlyImaged.duration = DurationClass::Acute;
        PlanFacts p = plan(earlyImaged.firstVisit);
        p.lowValueCodes = {u"early-imaging"_s, u"imaging-consequence"_s};
        earlyImaged.plans << p;
        EpisodeFacts earlyClean = episode(2, 5, {});
        earlyClean.episodeDaysAtFirstVisit = 41;
        earlyClean.plans << plan(earlyClean.firstVisit);
        EpisodeFacts sixWeeks = episode(3, 5, {}); // 42 days: no longer "first 6 weeks"
        sixWeeks.episodeDaysAtFirstVisit = 42;
        EpisodeFacts chronicOpioid = episode(4, 5, {});
        chronicOpioid.duration = DurationClass::Chronic;
        chronicOpioid.nonSpecificLbp = true;
        p = plan(chronicOpioid.firstVisit);
        p.lowValueCodes = {u"opioid-chronic-sciatica"_s, u"fusion-non-specific"_s};
        chronicOpioid.plans << p;
        EpisodeFacts chronicClean = episode(5, 5, {});
        chronicClean.duration = DurationClass::Chronic;
        EpisodeFacts unknownOnset = episode(6, 5, {}); // neither denominator
        unknownOnset.episodeDaysAtFirstVisit = -1;

        const OutcomeFigures f = computeFigures(rows({earlyImaged, earlyClean, sixWeeks, chronicOpioid, chronicClean, unknownOnset}), {});
        QCOMPARE(f.earlyImaging.denominator, (QList<qint64>{1, 2}));
        QCOMPARE(f.earlyImaging.numerator, (QList<qint64>{1}));
        QCOMPARE(f.opioidChronic.denominator, (QList<qint64>{4, 5}));
        QCOMPARE(f.opioidChronic.numerator, (QList<qint64>{4}));
        QCOMPARE(f.fusionNonSpecific.denominator, (QList<qint64>{4}));
        QCOMPARE(f.fusionNonSpecific.numerator, (QList<qint64>{4}));
    }

    void safetyAlertsAndFollowUpCompletion()
    {
        EpisodeFacts followed = episode(1, 5, {});
        followed.safetyAlerts = {{followed.firstVisit, true}, {followed.firstVisit.addDays(40), true}};
        followed.followUpVisits = 2;
        EpisodeFacts open = episode(2, 5, {});
        open.safetyAlerts = {{open.firstVisit, true}, {open.firstVisit.addDays(40), false}};
        EpisodeFacts none = episode(3, 5, {});
        none.followUpVisits = 1;
        const OutcomeFigures f = computeFigures(rows({followed, open, none}), {});
        QCOMPARE(f.safetyFollowUp.denominator, (QList<qint64>{1, 2}));
        QCOMPARE(f.safetyFollowUp.numerator, (QList<qint64>{1}));
        QCOMPARE(f.followUpSeen.numerator, (QList<qint64>{1, 3}));
        QCOMPARE(f.followUpSeen.denominator.size(), 3);
        const EpisodeOutcome o = summarizeEpisode(open, library());
        QCOMPARE(o.safetyAlerts, 2);
        QCOMPARE(o.safetyFollowedUp, 1);
    }

    void everyMeasureIsDefined()
    {
        const QList<MeasureDefinition> defs = measureDefinitions();
        QStringList ids;
        for (const MeasureDefinition &d : defs) {
            ids << d.id;
            QVERIFY2(!d.numerator.isEmpty() && !d.denominator.isEmpty() && !d.source.isEmpty(), qPrintable(d.id));
        }
        for (const QString &id : {u"access"_s, u"mcid"_s, u"surgery"_s, u"esi"_s, u"low-value-imaging"_s, u"low-value-opioid"_s,
                                  u"low-value-fusion"_s, u"safety"_s, u"completion"_s})
            QVERIFY2(ids.contains(id), qPrintable(id));
        QCOMPARE(Proportion{}.percent(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestOutcomeMeasures)
#include "tst_outcomemeasures.moc"
