// The outcome dashboard and report at clinic scale (issue 7): `spinedesk demo --patients
// 100000` data, about 300,000 visits. Measures loading every episode row, recomputing the
// figures, the dashboard window's refresh on a filter change (figures, tables and the visible
// tab's charts; target under 0.3 s), the report for a quarter and for two years (load, figures,
// PDF; target under 3 s), the drill-down list's first page and a patient-list keystroke on the
// same database (target under one frame; bench_patientsearch has more cases); and checks the
// memory held with the dashboard open on every row (target under 200 MB).
// The database is built once (a few minutes) and kept beside the benchmark for later runs:
//   QT_QPA_PLATFORM=offscreen build/tests/benchmarks/bench_outcomes [-iterations N]
#include "core/instruments/library.h"
#include "core/outcomes/outcomefigures.h"
#include "documents/outcomesreport.h"
#include "storage/database.h"
#include "storage/demowriter.h"
#include "storage/outcomerepository.h"
#include "storage/patientrepository.h"
#include "ui/outcomedashboard.h"
#include "ui/outcomefilterbar.h"
#include "ui/patientlistmodel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Outcomes;

namespace {
constexpr int kPatients = 100000;

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
} // namespace

class BenchOutcomes : public QObject
{
    Q_OBJECT
    std::unique_ptr<Database> m_db;
    QList<EpisodeOutcome> m_rows;
    std::unique_ptr<OutcomeDashboard> m_dashboard; // closed before the database
    Instruments::Library m_library = Instruments::Library::load(Instruments::Library::bundledDirectory());
    QMap<QString, Instruments::Mcid> m_thresholds = outcomeMcidThresholds(m_library);

private slots:
    void initTestCase()
    {
        const QString path = QCoreApplication::applicationDirPath() + u"/bench-outcomes-100k.sqlite"_s;
        const bool exists = QFile::exists(path);
        auto opened = Database::open(path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        m_db = std::move(opened.database);
        if (!exists || PatientRepository(m_db->connection()).count() != kPatients) {
            QFile::remove(path);
            m_db.reset();
            opened = Database::open(path);
            m_db = std::move(opened.database);
            DemoSummary summary;
            QString error;
            QVERIFY2(DemoWriter(m_db->connection()).write(1, kPatients, &summary, &error), qPrintable(error));
            qInfo("built %s: %d patients, %d visits", qPrintable(path), summary.patients, summary.visits);
        }
        OutcomeRepository repo(m_db->connection());
        QVERIFY(!repo.needsRebuild());
        QVERIFY(repo.count() > kPatients / 2);
    }

    void openDashboardLoadsEveryRow()
    {
        OutcomeRepository repo(m_db->connection());
        QString error;
        QBENCHMARK {
            m_rows = repo.load({}, {}, &error);
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_rows.size() > kPatients / 2);
        const OutcomeFigures all = computeFigures(m_rows, {});
        qInfo("rows %lld; evaluated %lld; resident memory with rows and figures: %lld MiB", qlonglong(m_rows.size()),
              qlonglong(all.evaluated.size()), residentKiB() / 1024);
    }

    void filterChange_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("everything") << 0;
        QTest::newRow("one quarter") << 1;
        QTest::newRow("clinician and PT first visits") << 2;
        QTest::newRow("condition") << 3;
    }
    void filterChange()
    {
        QFETCH(int, which);
        QVERIFY(!m_rows.isEmpty());
        Filter f;
        if (which == 1) {
            f.from = QDate(2026, 4, 1);
            f.to = QDate(2026, 6, 30);
        } else if (which == 2) {
            f.clinicianId = m_rows.first().clinicianId;
            f.firstVisitKind = VisitKind::PhysicalTherapy;
        } else if (which == 3) {
            f.condition = u"non-specific-lbp"_s;
        }
        OutcomeFigures figures;
        QBENCHMARK {
            figures = computeFigures(m_rows, f);
        }
        QVERIFY(!figures.episodes.isEmpty());
    }

    void dashboardFilterChange_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("clinician") << 0;
        QTest::newRow("kind of first visit") << 1;
        QTest::newRow("dates") << 2;
    }
    // Two filter changes per iteration (set, then back), each a full refresh of the window.
    void dashboardFilterChange()
    {
        QFETCH(int, which);
        if (!m_dashboard) {
            m_dashboard = std::make_unique<OutcomeDashboard>(m_db->connection(), m_library, 0);
            m_dashboard->show();
            QVERIFY(m_dashboard->start());
            qInfo("resident memory with the dashboard open on %lld rows: %lld MiB", qlonglong(m_dashboard->rows().size()),
                  residentKiB() / 1024);
            QVERIFY(residentKiB() < 200 * 1024);
        }
        OutcomeFilterBar *f = m_dashboard->filters();
        const qint64 clinician = m_dashboard->rows().first().clinicianId;
        QBENCHMARK {
            if (which == 0) {
                f->setClinician(clinician);
                f->setClinician(0);
            } else if (which == 1) {
                f->setFirstVisitKind(VisitKind::PhysicalTherapy);
                f->setFirstVisitKind(std::nullopt);
            } else {
                f->setDates(QDate(2026, 4, 1), QDate(2026, 6, 30));
                f->setDates({}, {});
            }
        }
        qInfo("last refresh %lld ms", m_dashboard->lastRefreshMs());
    }

    void report_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("a quarter") << QDate(2026, 4, 1) << QDate(2026, 6, 30);
        QTest::newRow("two years") << QDate(2024, 10, 1) << QDate(2026, 9, 30);
    }
    void report()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        OutcomeRepository repo(m_db->connection());
        QByteArray pdf;
        QBENCHMARK {
            QString error;
            const QList<EpisodeOutcome> rows = repo.load(from, to, &error);
            Filter f;
            f.from = from;
            f.to = to;
            const OutcomeFigures figures = computeFigures(rows, f);
            OutcomeReportRequest request;
            request.from = from;
            request.to = to;
            request.generatedAt = QDateTime::currentDateTimeUtc();
            request.mcid = m_thresholds;
            pdf = renderOutcomeReportPdf(figures, request, &error);
            QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        }
        QVERIFY(pdf.startsWith("%PDF"));
    }

    void searchKeystroke_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("family prefix") << u"garc"_s;
        QTest::newRow("given and family") << u"maria gar"_s;
        QTest::newRow("MRN prefix") << u"demo1-0999"_s;
    }
    void searchKeystroke()
    {
        QFETCH(QString, text);
        PatientListModel model(m_db->connection());
        model.setSearch(text);
        QBENCHMARK {
            model.refresh(); // what each debounced keystroke runs
        }
        QVERIFY(model.rowCount() > 0);
    }

    void cleanupTestCase()
    {
        m_dashboard.reset();
        m_db.reset();
    }

    void drillDownFirstPage()
    {
        QVERIFY(!m_rows.isEmpty());
        const OutcomeFigures figures = computeFigures(m_rows, {});
        OutcomeRepository repo(m_db->connection());
        QList<OutcomePatientRow> page;
        QBENCHMARK {
            QString error;
            page = repo.patients(figures.notReferred.numerator.mid(0, 500), &error);
        }
        QCOMPARE(page.size(), 500);
    }
};

QTEST_MAIN(BenchOutcomes)
#include "bench_outcomes.moc"
