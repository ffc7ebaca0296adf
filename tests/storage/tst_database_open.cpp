// Database::open: a new file is created at the current schema; an existing SpineDesk file
// opens without migrating; and every file it refuses (newer schema, not SQLite, a foreign
// SQLite file, a damaged file) is left byte-for-byte as it was, with a message that says why.
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/demowriter.h"
#include "storagetestsupport.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDeskTest;

namespace {

// A real SpineDesk database with some content, closed again (its write-ahead log folded in).
void makeDatabase(const QString &path, int demoPatients = 0)
{
    auto opened = Database::open(path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    if (demoPatients > 0) {
        DemoSummary summary;
        QString error;
        QVERIFY2(DemoWriter(opened.database->connection()).write(11, demoPatients, &summary, &error), qPrintable(error));
    }
}

} // namespace

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private slots:
    void createsNewFile();
    void initialisesEmptyFile();
    void reopensWithoutMigration();
    void refusesNewerSchema();
    void refusesGarbage_data();
    void refusesGarbage();
    void refusesForeignSqlite();
    void refusesSqliteWithForeignMeta();
    void refusesDamagedFile();
    void refusesBadSchemaVersion();
    void refusesFolderAndEmptyPath();
    void checkReportsProblems();

private:
    // Opens path expecting a refusal; the file and its folder must be exactly as before.
    QString expectRefusal(const QString &path);
};

QString TestDatabaseOpen::expectRefusal(const QString &path)
{
    // SQLite's read-only look at a WAL-mode file leaves its shared-memory index and an
    // empty write-ahead log beside it; those are SQLite's, not content. Nothing else may appear.
    const auto ownFiles = [](const QString &folder) {
        QStringList out;
        for (const QString &entry : listing(folder))
            if (!entry.section(u' ', 0, 0).endsWith(u"-shm"_s) && !entry.section(u' ', 0, 0).endsWith(u"-wal"_s))
                out << entry;
        return out;
    };
    const QString folder = QFileInfo(path).absolutePath();
    const QByteArray before = sha256(path);
    const QStringList folderBefore = ownFiles(folder);
    const bool walBefore = QFileInfo::exists(path + u"-wal"_s);
    auto opened = Database::open(path);
    [&] {
        QVERIFY(!opened.database);
        QVERIFY(!opened.error.isEmpty());
        QCOMPARE(opened.migratedFrom, -1);
        QVERIFY(opened.preMigrationCopy.isEmpty());
        QVERIFY(!before.isEmpty());
        QCOMPARE(sha256(path), before);
        QCOMPARE(ownFiles(folder), folderBefore);
        if (!walBefore && QFileInfo::exists(path + u"-wal"_s))
            QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0); // no page was written to the log
    }();
    return opened.error;
}

void TestDatabaseOpen::createsNewFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"clinic/data/clinic.sqlite"_s); // folders are made as needed
    auto opened = Database::open(path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QVERIFY(opened.error.isEmpty());
    QCOMPARE(opened.migratedFrom, 0);
    QVERIFY(opened.preMigrationCopy.isEmpty()); // nothing to copy for a new file
    QVERIFY(QFileInfo::exists(path));
    Database &db = *opened.database;
    QCOMPARE(db.path(), path);
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(Database::currentSchemaVersion(), 8);

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'application'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"SpineDesk"_s);
    QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'last_written_by'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"SpineDesk "_s + QStringLiteral(SPINEDESK_VERSION));
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                   "('patients', 'visits', 'intakes', 'audit_log', 'documents', 'addenda')"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 6);
    q.finish();

    const auto report = db.check();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u"; "_s)));
    QCOMPARE(report.schemaVersion, Database::currentSchemaVersion());
}

void TestDatabaseOpen::initialisesEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.sqlite"_s);
    QVERIFY(writeFile(path, {}));
    auto opened = Database::open(path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.migratedFrom, 0);
    QCOMPARE(opened.database->schemaVersion(), Database::currentSchemaVersion());

    // An SQLite file without any table is taken as new, too.
    const QString blank = dir.filePath(u"blank.sqlite"_s);
    {
        RawConnection raw(blank);
        QVERIFY(raw.exec(u"PRAGMA user_version = 7"_s));
    }
    QVERIFY(QFileInfo(blank).size() > 0);
    auto second = Database::open(blank);
    QVERIFY2(second.database, qPrintable(second.error));
    QCOMPARE(second.migratedFrom, 0);
    QCOMPARE(second.database->schemaVersion(), Database::currentSchemaVersion());
}

void TestDatabaseOpen::reopensWithoutMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clinic.sqlite"_s);
    {
        auto opened = Database::open(path);
        QVERIFY(opened.database);
        Patient p;
        p.familyName = u"Núñez"_s;
        p.givenName = u"María"_s;
        p.birthDate = QDate(1961, 4, 2);
        p.mrn = u"MRN-1"_s;
        QVERIFY(PatientRepository(opened.database->connection()).create(p).ok());
    }
    const QStringList folder = listing(dir.path());
    auto again = Database::open(path);
    QVERIFY2(again.database, qPrintable(again.error));
    QCOMPARE(again.migratedFrom, -1);
    QVERIFY(again.preMigrationCopy.isEmpty());
    QCOMPARE(PatientRepository(again.database->connection()).count(), 1);
    again.database.reset();
    QCOMPARE(listing(dir.path()), folder); // no copy was made beside it
}

void TestDatabaseOpen::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.sqlite"_s);
    makeDatabase(path);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"UPDATE meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(Database::currentSchemaVersion() + 1)));
    }
    const QString error = expectRefusal(path);
    QVERIFY2(error.contains(u"schema version %1"_s.arg(Database::currentSchemaVersion() + 1)), qPrintable(error));
    QVERIFY2(error.contains(u"version %1"_s.arg(Database::currentSchemaVersion())), qPrintable(error));
    QVERIFY2(error.contains(u"newer SpineDesk"_s), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));

    // Much newer, too.
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"UPDATE meta SET value = '41' WHERE key = 'schema_version'"_s));
    }
    const QString error41 = expectRefusal(path);
    QVERIFY2(error41.contains(u"schema version 41"_s), qPrintable(error41));
}

void TestDatabaseOpen::refusesGarbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QRandomGenerator rng(20260615); // fixed: the same bytes every run
    QByteArray random(8192, Qt::Uninitialized);
    for (char &c : random)
        c = char(rng.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("text") << QByteArray("patient,mrn\nNunez,MRN-1\n");
    QByteArray fakeHeader = QByteArray("SQLite format 3", 15) + '\0' + random.left(4096);
    QTest::newRow("SQLite header, random pages") << fakeHeader;
}

void TestDatabaseOpen::refusesGarbage()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"garbage.sqlite"_s);
    QVERIFY(writeFile(path, bytes));
    const QString error = expectRefusal(path);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(u"not a SpineDesk database"_s) || error.contains(u"damaged"_s) || error.contains(u"could not be read"_s),
             qPrintable(error));
    if (!bytes.startsWith("SQLite format 3"))
        QVERIFY2(error.contains(u"not an SQLite file"_s), qPrintable(error));
    QCOMPARE(readAll(path), bytes);
}

void TestDatabaseOpen::refusesForeignSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.sqlite"_s);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s));
        QVERIFY(raw.exec(u"INSERT INTO notes (text) VALUES ('shopping list')"_s));
    }
    const QString error = expectRefusal(path);
    QVERIFY2(error.contains(u"SQLite file but not a SpineDesk database"_s), qPrintable(error));
    RawConnection check(path, true);
    QCOMPARE(check.scalar(u"SELECT count(*) FROM sqlite_master"_s).toInt(), 1); // no table was added
}

void TestDatabaseOpen::refusesSqliteWithForeignMeta()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other-app.sqlite"_s);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s));
        QVERIFY(raw.exec(u"INSERT INTO meta VALUES ('application', 'OtherApp'), ('schema_version', '1')"_s));
    }
    QVERIFY2(expectRefusal(path).contains(u"not a SpineDesk database"_s), "a meta table alone does not make it ours");

    const QString noColumns = dir.filePath(u"meta-without-key.sqlite"_s);
    {
        RawConnection raw(noColumns);
        QVERIFY(raw.exec(u"CREATE TABLE meta (name TEXT)"_s));
    }
    QVERIFY(expectRefusal(noColumns).contains(u"not a SpineDesk database"_s));
}

void TestDatabaseOpen::refusesDamagedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.sqlite"_s);
    makeDatabase(path, 60); // enough rows for many pages
    QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("SQLite format 3"));
    const int pageSize = (uchar(bytes[16]) << 8 | uchar(bytes[17])) == 1 ? 65536 : (uchar(bytes[16]) << 8 | uchar(bytes[17]));
    const int pages = int(bytes.size() / pageSize);
    QVERIFY2(pages >= 20, qPrintable(QString::number(pages)));

    // Overwrite the middle of the file, from the middle of one page to the middle of another:
    // the page headers in between are destroyed while page 1 (the schema) stays intact.
    const int from = pageSize * (pages / 2) + pageSize / 2;
    const int to = from + 3 * pageSize;
    for (int i = from; i < to; ++i)
        bytes[i] = char(0xA5);
    QVERIFY(writeFile(path, bytes));

    const QString error = expectRefusal(path);
    QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    QVERIFY2(error.contains(u"restore"_s), qPrintable(error));
    QCOMPARE(readAll(path), bytes);
}

void TestDatabaseOpen::refusesBadSchemaVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad-version.sqlite"_s);
    makeDatabase(path);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"UPDATE meta SET value = 'two' WHERE key = 'schema_version'"_s));
    }
    QVERIFY(expectRefusal(path).contains(u"damaged"_s));
}

void TestDatabaseOpen::refusesFolderAndEmptyPath()
{
    QTemporaryDir dir;
    auto folder = Database::open(dir.path());
    QVERIFY(!folder.database);
    QVERIFY2(folder.error.contains(u"folder"_s), qPrintable(folder.error));

    auto empty = Database::open(QString());
    QVERIFY(!empty.database);
    QVERIFY(!empty.error.isEmpty());
}

void TestDatabaseOpen::checkReportsProblems()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clinic.sqlite"_s);
    auto opened = Database::open(path);
    QVERIFY(opened.database);
    QSqlQuery q(opened.database->connection());
    // A dangling reference written behind the program's back is reported by check().
    QVERIFY(q.exec(u"PRAGMA foreign_keys = OFF"_s));
    QVERIFY(q.exec(u"INSERT INTO episodes (patient_id, title, start_date) VALUES (999, 'orphan', '2026-01-01')"_s));
    QVERIFY(q.exec(u"PRAGMA foreign_keys = ON"_s));
    q.finish();
    const auto report = opened.database->check();
    QVERIFY(!report.ok);
    QCOMPARE(report.schemaVersion, Database::currentSchemaVersion());
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().contains(u"episodes"_s) && report.problems.first().contains(u"patients"_s),
             qPrintable(report.problems.first()));
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database_open.moc"
