// The trend chart builder (issue 7): one Qt Charts chart for the screen and the page with the
// instrument's bands shaded behind (from strata cut on the one scale), the baseline dashed, the
// verified MCID threshold drawn and an unverified one not drawn, the scores on a date axis.
#include "core/instruments/library.h"
#include "documents/trendchartbuilder.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestTrendChartBuilder : public QObject
{
    Q_OBJECT
    Instruments::Library m_library;

    const Instruments::Definition &definition(const QString &id)
    {
        const Instruments::Definition *d = m_library.find(id);
        if (!d)
            qFatal("bundled %s missing", qPrintable(id));
        return *d;
    }
    static QList<TrendPoint> points(std::initializer_list<double> values)
    {
        QList<TrendPoint> out;
        QDate day(2026, 6, 1);
        for (double v : values) {
            out << TrendPoint{day, v};
            day = day.addDays(42);
        }
        return out;
    }
    static QAbstractSeries *named(QChart *chart, const QString &name)
    {
        for (QAbstractSeries *s : chart->series())
            if (s->name() == name)
                return s;
        return nullptr;
    }

private slots:
    void initTestCase() { m_library = Instruments::Library::load(Instruments::Library::bundledDirectory()); }

    void bandsFromStrata()
    {
        const QList<TrendBand> odi = severityBands(definition(u"odi"_s), u"total"_s);
        QCOMPARE(odi.size(), 5);
        QCOMPARE(odi.first().from, 0.0);
        QCOMPARE(odi.first().to, 20.0);
        QCOMPARE(odi.at(1).from, 20.0);
        QCOMPARE(odi.at(1).to, 40.0);
        QCOMPARE(odi.last().to, 100.0);
        QVERIFY(odi.first().label.contains(u"inimal"_s));
        QCOMPARE(severityBands(definition(u"phq9"_s), u"total"_s).size(), 5);
        QCOMPARE(severityBands(definition(u"phq9"_s), u"total"_s).last().to, 27.0);
        // STarT Back's rules use two scales and a catch-all: no bands; PEG has no strata.
        QVERIFY(severityBands(definition(u"startback"_s), u"total"_s).isEmpty());
        QVERIFY(severityBands(definition(u"peg"_s), u"total"_s).isEmpty());
    }

    void odiChartHasEverything()
    {
        const TrendChartSpec spec = trendChartSpecFor(definition(u"odi"_s), u"total"_s, points({48, 40, 36}), u"ODI"_s);
        QCOMPARE(spec.baseline.value_or(-1), 48.0);
        QVERIFY(spec.mcidVerified);
        QCOMPARE(spec.mcidThreshold().value_or(-1), 38.0);
        std::unique_ptr<QChart> chart(buildTrendChart(spec, QFont()));
        QCOMPARE(chart->title(), u"ODI"_s);
        // 5 bands + baseline + MCID threshold + the scores.
        QCOMPARE(chart->series().size(), 8);
        int areas = 0;
        for (QAbstractSeries *s : chart->series())
            areas += s->type() == QAbstractSeries::SeriesTypeArea;
        QCOMPARE(areas, 5);
        QCOMPARE(chart->series().first()->type(), QAbstractSeries::SeriesTypeArea); // behind the lines
        auto *baseline = qobject_cast<QLineSeries *>(named(chart.get(), trendBaselineSeriesName(spec)));
        QVERIFY(baseline);
        QCOMPARE(baseline->pen().style(), Qt::DashLine);
        QCOMPARE(baseline->at(0).y(), 48.0);
        auto *mcid = qobject_cast<QLineSeries *>(named(chart.get(), trendMcidSeriesName(spec)));
        QVERIFY(mcid);
        QCOMPARE(mcid->at(0).y(), 38.0);
        QVERIFY(mcid->name().contains(u"38.0"_s));
        auto *score = qobject_cast<QLineSeries *>(named(chart.get(), trendScoreSeriesName(spec)));
        QVERIFY(score);
        QCOMPARE(score->count(), 3);
        QCOMPARE(score->at(2).y(), 36.0);
        QVERIFY(score->pointLabelsVisible());
        QCOMPARE(chart->axes(Qt::Horizontal).size(), 1);
        QVERIFY(qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).first()));
        auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
        QVERIFY(y);
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(y->max(), 100.0);
        QVERIFY(chart->legend()->isVisible());
        const QString text = trendChartText(spec);
        QVERIFY(text.contains(u"48.0 on 2026-06-01"_s));
        QVERIFY(text.contains(u"Baseline 48.0"_s));
        QVERIFY(text.contains(u"38.0"_s));
    }

    void unverifiedMcidIsNotDrawn()
    {
        // PHQ-9's 5 points is [R]: named unverified in the text, not drawn.
        const TrendChartSpec phq = trendChartSpecFor(definition(u"phq9"_s), u"total"_s, points({14, 9}), u"PHQ-9"_s);
        QCOMPARE(phq.mcid.value_or(-1), 5.0);
        QVERIFY(!phq.mcidVerified);
        QVERIFY(!phq.mcidThreshold());
        std::unique_ptr<QChart> chart(buildTrendChart(phq, QFont()));
        QCOMPARE(chart->series().size(), 5 + 2); // bands, baseline, scores
        QVERIFY(!named(chart.get(), trendMcidSeriesName(phq)));
        QVERIFY(trendChartText(phq).contains(u"unverified"_s));
        // PEG: no bands, a percentage-only [R] MCID: baseline and scores only.
        const TrendChartSpec peg = trendChartSpecFor(definition(u"peg"_s), u"total"_s, points({6.33, 3.67}), u"PEG"_s);
        std::unique_ptr<QChart> pegChart(buildTrendChart(peg, QFont()));
        QCOMPARE(pegChart->series().size(), 2);
        auto *score = qobject_cast<QLineSeries *>(named(pegChart.get(), trendScoreSeriesName(peg)));
        QCOMPARE(score->at(0).y(), 6.0); // shown as the definition rounds it
    }

    void onePointStillDraws()
    {
        const TrendChartSpec spec = trendChartSpecFor(definition(u"nrs-back"_s), u"total"_s, points({7}), u"NRS back"_s);
        std::unique_ptr<QChart> chart(buildTrendChart(spec, QFont()));
        auto *x = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).first());
        QVERIFY(x->min() < x->max());
        QVERIFY(named(chart.get(), trendMcidSeriesName(spec))); // verified [V]: 7 − 2 = 5
        QCOMPARE(qobject_cast<QLineSeries *>(named(chart.get(), trendMcidSeriesName(spec)))->at(0).y(), 5.0);
    }
};

QTEST_MAIN(TestTrendChartBuilder)
#include "tst_trendchartbuilder.moc"
