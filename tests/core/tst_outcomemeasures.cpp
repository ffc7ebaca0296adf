// The clinic's outcome figures on a small hand-made set with known answers: access median and
// 90th percentile (nearest rank), filters, case-mix counts, and MCID reached at 6 and 12 weeks
// with missing follow-up listed (instruments.md §17: absolute or percentage threshold; ODI
// 10 points or 30 %, Ostelo 2008 [V]).
#include "core/outcomes/outcomemeasures.h"

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
    for (const auto &[day, value] : odi)
        e.scores[u"odi"_s] << ScorePoint{e.firstVisit.addDays(day), value};
    return e;
}

Instruments::Scale odiScale()
{
    Instruments::Scale s;
    s.id = u"percent"_s;
    s.min = 0;
    s.max = 100;
    s.higherIsBetter = false;
    s.mcid = Instruments::Mcid{10.0, 30.0, u"Ostelo 2008"_s, u"V"_s};
    return s;
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
        const Distribution d = accessDays(set);
        QCOMPARE(d.count, 10);
        QCOMPARE(d.median, 9.5);   // (9 + 10) / 2
        QCOMPARE(d.p90, 21.0);     // rank ceil(0.9 × 10) = 9
        QCOMPARE(d.excluded, (QList<qint64>{20, 21}));
        QCOMPARE(accessDays({episode(1, 6, {})}).p90, 6.0);
        QCOMPARE(accessDays({}).count, 0);
    }

    void filtersCombine()
    {
        EpisodeFacts a = episode(1, 5, {}, 1);
        a.conditions = {u"lumbar-stenosis"_s};
        EpisodeFacts b = episode(40, 5, {}, 2);
        b.firstVisitKind = VisitKind::PhysicalTherapy;
        Filter f;
        QVERIFY(f.matches(a) && f.matches(b));
        f.to = kStart.addDays(10);
        QVERIFY(f.matches(a) && !f.matches(b));
        f = {};
        f.clinicianId = 2;
        QVERIFY(!f.matches(a) && f.matches(b));
        f.firstVisitKind = VisitKind::Initial;
        QVERIFY(!f.matches(b));
        f = {};
        f.condition = u"lumbar-stenosis"_s;
        QVERIFY(f.matches(a) && !f.matches(b));
    }

    void caseMixCountsKeepTheirEpisodes()
    {
        EpisodeFacts a = episode(1, 5, {}), b = episode(2, 5, {}), c = episode(3, 5, {});
        a.stratum = u"high"_s;
        b.stratum = u"low"_s;
        c.stratum = u"high"_s;
        const auto byStratum = countBy({a, b, c}, [](const EpisodeFacts &e) { return QStringList{e.stratum}; });
        QCOMPARE(byStratum.value(u"high"_s), (QList<qint64>{1, 3}));
        QCOMPARE(byStratum.value(u"low"_s), (QList<qint64>{2}));
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
        const McidFigure six = mcidAt(set, u"odi"_s, odiScale(), TimePoint{6, 14});
        QCOMPARE(six.eligible, (QList<qint64>{1, 2, 3, 4, 5, 7}));
        QCOMPARE(six.reached.denominator, (QList<qint64>{1, 2, 3, 7}));
        QCOMPARE(six.reached.numerator, (QList<qint64>{1, 2}));
        QCOMPARE(six.missing, (QList<qint64>{4, 5}));
        QCOMPARE(six.byAbsolute, 1);
        QCOMPARE(six.byPercentOnly, 1);
        QCOMPARE(six.reached.percent(), 50.0);

        const McidFigure twelve = mcidAt(set, u"odi"_s, odiScale(), TimePoint{12, 21});
        QCOMPARE(twelve.reached.denominator, (QList<qint64>{5}));
        QCOMPARE(twelve.reached.numerator, (QList<qint64>{5}));
        QCOMPARE(twelve.missing, (QList<qint64>{1, 2, 3, 4, 7}));
        QCOMPARE(mcidAt(set, u"peg"_s, odiScale(), TimePoint{}).eligible.size(), 0);
        // Per episode, as storage will keep it.
        QCOMPARE(mcidStatus(set.at(0), u"odi"_s, odiScale(), TimePoint{6, 14}), McidStatus::ReachedByAbsolute);
        QCOMPARE(mcidStatus(set.at(1), u"odi"_s, odiScale(), TimePoint{6, 14}), McidStatus::ReachedByPercent);
        QCOMPARE(mcidStatus(set.at(3), u"odi"_s, odiScale(), TimePoint{6, 14}), McidStatus::Missing);
        QCOMPARE(mcidStatus(set.at(5), u"odi"_s, odiScale(), TimePoint{6, 14}), McidStatus::NotEligible);
        QCOMPARE(mcidStatusCode(McidStatus::NotReached), u"not-reached"_s);
    }
};

QTEST_GUILESS_MAIN(TestOutcomeMeasures)
#include "tst_outcomemeasures.moc"
