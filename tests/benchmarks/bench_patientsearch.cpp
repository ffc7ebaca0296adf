// Search-as-you-type over 100,000 patients: one keystroke must cost well under a frame.
// Builds the demo database once (about 20 s), then measures the model refresh that a
// keystroke triggers.
#include "storage/database.h"
#include "storage/demowriter.h"
#include "storage/patientrepository.h"
#include "ui/patientlistmodel.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class BenchPatientSearch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        auto opened = Database::open(m_dir.filePath(u"bench.sqlite"_s));
        QVERIFY(opened.database);
        m_db = std::move(opened.database);
        DemoSummary summary;
        QString error;
        QVERIFY2(DemoWriter(m_db->connection()).write(1, 100000, &summary, &error), qPrintable(error));
        QCOMPARE(PatientRepository(m_db->connection()).count(), 100000);
    }

    void keystroke_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty (first page)") << QString();
        QTest::newRow("one letter") << u"g"_s;
        QTest::newRow("family prefix") << u"garc"_s;
        QTest::newRow("given and family") << u"maria gar"_s;
        QTest::newRow("MRN prefix") << u"demo1-0999"_s;
        QTest::newRow("birth year") << u"1961"_s;
        QTest::newRow("US birth date") << u"4/2/1961"_s;
        QTest::newRow("no match") << u"zzzz"_s;
    }
    void keystroke()
    {
        QFETCH(QString, text);
        PatientListModel model(m_db->connection());
        model.setSearch(text);
        QBENCHMARK {
            model.refresh(); // what each debounced keystroke runs
        }
    }

    void scrollOnePage()
    {
        PatientListModel model(m_db->connection());
        QBENCHMARK {
            model.refresh();
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), 2 * PatientListModel::kPageSize);
    }
};

QTEST_GUILESS_MAIN(BenchPatientSearch)
#include "bench_patientsearch.moc"
