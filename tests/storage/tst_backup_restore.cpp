// Backup and restore: a backup is a checked, complete copy and never overwrites a file;
// a restore keeps the old database beside the new one, brings back the backup's data,
// and refuses anything that is not a sound SpineDesk database without touching the current one.
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storagetestsupport.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDeskTest;

namespace {

Patient patient(const QString &family, const QString &mrn)
{
    Patient p;
    p.familyName = family;
    p.givenName = u"Test"_s;
    p.birthDate = QDate(1970, 5, 6);
    p.mrn = mrn;
    return p;
}

QStringList familyNames(Database &db)
{
    QStringList out;
    for (const Patient &p : PatientRepository(db.connection()).search(QString(), 100))
        out << p.familyName;
    return out;
}

QStringList familyNamesIn(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened.database)
        return {u"<"_s + opened.error + u">"_s};
    return familyNames(*opened.database);
}

} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void backupIsCompleteAndChecked();
    void backupRefusesToOverwrite();
    void backupRefusesUnwritableTarget();
    void restoreKeepsOldFileAndBringsBackData();
    void restoreIntoEmptyPlace();
    void restoreRefusesGarbage();
    void restoreRefusesForeignAndMissingFiles();
    void restoreUpgradesOlderBackup();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestBackupRestore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"clinic.sqlite"_s);
    auto opened = Database::open(m_path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    m_db = std::move(opened.database);
    Patient a = patient(u"Alpha"_s, u"MRN-A"_s);
    QVERIFY(PatientRepository(m_db->connection()).create(a).ok());
}

void TestBackupRestore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestBackupRestore::backupIsCompleteAndChecked()
{
    const QString backup = m_dir->filePath(u"backups/clinic-backup.sqlite"_s);
    QVERIFY(QDir().mkpath(QFileInfo(backup).absolutePath()));
    QString error;
    QVERIFY2(m_db->backupTo(backup, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(QFileInfo::exists(backup));

    // Written while the database is open and in use; the backup alone is complete.
    Patient b = patient(u"Beta"_s, u"MRN-B"_s);
    QVERIFY(PatientRepository(m_db->connection()).create(b).ok());

    auto opened = Database::open(backup);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.migratedFrom, -1);
    const auto report = opened.database->check();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u"; "_s)));
    QCOMPARE(report.schemaVersion, Database::currentSchemaVersion());
    QCOMPARE(familyNames(*opened.database), QStringList{u"Alpha"_s});
    QCOMPARE(familyNames(*m_db), (QStringList{u"Alpha"_s, u"Beta"_s}));
}

void TestBackupRestore::backupRefusesToOverwrite()
{
    const QString existing = m_dir->filePath(u"existing.sqlite"_s);
    QVERIFY(writeFile(existing, "keep me"));
    QString error;
    QVERIFY(!m_db->backupTo(existing, &error));
    QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    QCOMPARE(readAll(existing), QByteArray("keep me"));

    // Not over the database itself either.
    const QByteArray before = sha256(m_path);
    error.clear();
    QVERIFY(!m_db->backupTo(m_path, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(sha256(m_path), before);
    QCOMPARE(familyNames(*m_db), QStringList{u"Alpha"_s});

    // A second backup to the same name is refused too.
    const QString backup = m_dir->filePath(u"b.sqlite"_s);
    QVERIFY(m_db->backupTo(backup, &error));
    const QByteArray first = sha256(backup);
    QVERIFY(!m_db->backupTo(backup, &error));
    QCOMPARE(sha256(backup), first);
}

void TestBackupRestore::backupRefusesUnwritableTarget()
{
    const QString target = m_dir->filePath(u"no-such-folder/backup.sqlite"_s);
    QString error;
    QVERIFY(!m_db->backupTo(target, &error));
    QVERIFY2(error.contains(target), qPrintable(error));
    QVERIFY(!QFileInfo::exists(target));
}

void TestBackupRestore::restoreKeepsOldFileAndBringsBackData()
{
    const QString backup = m_dir->filePath(u"backup.sqlite"_s);
    QString error;
    QVERIFY2(m_db->backupTo(backup, &error), qPrintable(error));
    Patient b = patient(u"Beta"_s, u"MRN-B"_s);
    QVERIFY(PatientRepository(m_db->connection()).create(b).ok());
    m_db.reset(); // the program closes the database before restoring

    const QByteArray backupBytes = sha256(backup);
    QString kept;
    QVERIFY2(Database::restore(m_path, backup, &kept, &error), qPrintable(error));

    // The old database is kept beside the restored one, complete (with Beta).
    QVERIFY(!kept.isEmpty());
    QVERIFY(QFileInfo::exists(kept));
    QCOMPARE(QFileInfo(kept).absolutePath(), QFileInfo(m_path).absolutePath());
    QVERIFY2(kept.startsWith(m_path + u".before-restore-"_s), qPrintable(kept));
    QVERIFY(!QFileInfo::exists(kept + u"-wal"_s));
    {
        RawConnection raw(kept, true);
        QCOMPARE(raw.scalar(u"SELECT group_concat(family_name, ',') FROM (SELECT family_name FROM patients ORDER BY id)"_s).toString(),
                 u"Alpha,Beta"_s);
    }

    // The restored database has the backup's data and no more.
    QCOMPARE(familyNamesIn(m_path), QStringList{u"Alpha"_s});
    auto reopened = Database::open(m_path);
    QVERIFY2(reopened.database, qPrintable(reopened.error));
    QCOMPARE(reopened.migratedFrom, -1);
    QVERIFY(reopened.database->check().ok);
    reopened.database.reset();

    // The backup itself was only read, and no staging file is left behind.
    QCOMPARE(sha256(backup), backupBytes);
    for (const QString &entry : listing(m_dir->path()))
        QVERIFY2(!entry.contains(u".restoring-"_s), qPrintable(entry));
}

void TestBackupRestore::restoreIntoEmptyPlace()
{
    const QString backup = m_dir->filePath(u"backup.sqlite"_s);
    QString error;
    QVERIFY(m_db->backupTo(backup, &error));
    const QString target = m_dir->filePath(u"new-workstation/clinic.sqlite"_s);
    QString kept = u"not cleared"_s;
    QVERIFY2(Database::restore(target, backup, &kept, &error), qPrintable(error));
    QVERIFY(kept.isEmpty()); // nothing was there to keep
    QCOMPARE(familyNamesIn(target), QStringList{u"Alpha"_s});
}

void TestBackupRestore::restoreRefusesGarbage()
{
    Patient b = patient(u"Beta"_s, u"MRN-B"_s);
    QVERIFY(PatientRepository(m_db->connection()).create(b).ok());
    m_db.reset();
    const QByteArray before = sha256(m_path);
    const QStringList folderBefore = listing(m_dir->path());

    QRandomGenerator rng(4242);
    QByteArray garbage(16384, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(rng.bounded(256));
    QTemporaryDir elsewhere; // the backup lives outside the database folder
    const QString backup = elsewhere.filePath(u"garbage-backup.sqlite"_s);
    QVERIFY(writeFile(backup, garbage));

    QString kept = u"untouched"_s, error;
    QVERIFY(!Database::restore(m_path, backup, &kept, &error));
    QVERIFY2(error.contains(u"not restored"_s), qPrintable(error));
    QCOMPARE(kept, u"untouched"_s);
    QCOMPARE(sha256(m_path), before);
    QCOMPARE(listing(m_dir->path()), folderBefore); // no kept copy, no staging file
    QCOMPARE(readAll(backup), garbage);
    QCOMPARE(familyNamesIn(m_path), (QStringList{u"Alpha"_s, u"Beta"_s}));
}

void TestBackupRestore::restoreRefusesForeignAndMissingFiles()
{
    m_db.reset();
    const QByteArray before = sha256(m_path);

    const QString foreign = m_dir->filePath(u"foreign.sqlite"_s);
    {
        RawConnection raw(foreign);
        QVERIFY(raw.exec(u"CREATE TABLE notes (text TEXT)"_s));
    }
    QString kept, error;
    QVERIFY(!Database::restore(m_path, foreign, &kept, &error));
    QVERIFY2(error.contains(u"not a SpineDesk database"_s), qPrintable(error));
    QCOMPARE(sha256(m_path), before);

    // A backup from a newer program is refused as well.
    const QString newer = m_dir->filePath(u"newer.sqlite"_s);
    QVERIFY(Database::open(newer).database);
    {
        RawConnection raw(newer);
        QVERIFY(raw.exec(u"UPDATE meta SET value = '9' WHERE key = 'schema_version'"_s));
    }
    QVERIFY(!Database::restore(m_path, newer, &kept, &error));
    QVERIFY2(error.contains(u"schema version 9"_s), qPrintable(error));
    QCOMPARE(sha256(m_path), before);

    error.clear();
    QVERIFY(!Database::restore(m_path, m_dir->filePath(u"missing.sqlite"_s), &kept, &error));
    QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
    QCOMPARE(sha256(m_path), before);
    for (const QString &entry : listing(m_dir->path()))
        QVERIFY2(!entry.contains(u".before-restore-"_s) && !entry.contains(u".restoring-"_s), qPrintable(entry));
}

void TestBackupRestore::restoreUpgradesOlderBackup()
{
    m_db.reset();
    const QString old = m_dir->filePath(u"old-backup.sqlite"_s);
    const QString loadError = loadSqlFixture(QStringLiteral(SPINEDESK_TEST_DATA "/schema-v1.sql"), old);
    QVERIFY2(loadError.isEmpty(), qPrintable(loadError));
    const QByteArray oldBytes = sha256(old);

    QString kept, error;
    QVERIFY2(Database::restore(m_path, old, &kept, &error), qPrintable(error));
    QCOMPARE(sha256(old), oldBytes); // the backup itself is not upgraded
    QVERIFY(QFileInfo::exists(kept));
    auto restored = Database::open(m_path);
    QVERIFY2(restored.database, qPrintable(restored.error));
    QCOMPARE(restored.migratedFrom, -1); // upgraded during the restore
    QCOMPARE(restored.database->schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(familyNames(*restored.database), (QStringList{u"Anderson"_s, u"Núñez"_s}));
    restored.database.reset();
    for (const QString &entry : listing(m_dir->path()))
        QVERIFY2(!entry.contains(u".bak"_s), qPrintable(entry)); // no pre-migration copy of the staging file
}

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_backup_restore.moc"
