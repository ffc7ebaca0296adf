#include "storage/database.h"

#include "storage/schema.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {

QAtomicInt g_connectionCounter;

QString newConnectionName()
{
    return u"spinedesk-"_s + QString::number(g_connectionCounter.fetchAndAddRelaxed(1));
}

// Removes a connection once every handle to it is gone.
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString timestamp()
{
    return QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
}

bool sqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

// What a read-only look at an existing file found.
struct Inspection {
    enum class Kind { Empty, SpineDesk, Foreign, Damaged, Unreadable } kind = Kind::Unreadable;
    int schemaVersion = 0;
    QString detail;
};

Inspection inspect(const QString &path, const QString &copyTo = {})
{
    Inspection out;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            out.detail = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA quick_check"_s) || !q.next()) {
                out.kind = Inspection::Kind::Damaged;
                out.detail = q.lastError().text();
            } else if (q.value(0).toString() != u"ok") {
                out.kind = Inspection::Kind::Damaged;
                out.detail = q.value(0).toString();
            } else if (!q.exec(u"SELECT count(*), sum(name = 'meta') FROM sqlite_master WHERE type = 'table'"_s) || !q.next()) {
                out.kind = Inspection::Kind::Damaged;
                out.detail = q.lastError().text();
            } else if (q.value(0).toInt() == 0) {
                out.kind = Inspection::Kind::Empty;
            } else if (q.value(1).toInt() != 1) {
                out.kind = Inspection::Kind::Foreign;
            } else if (!q.exec(u"SELECT (SELECT value FROM meta WHERE key = 'application'), (SELECT value FROM meta WHERE key = 'schema_version')"_s) || !q.next()) {
                out.kind = Inspection::Kind::Foreign;
            } else {
                bool isInt = false;
                out.schemaVersion = q.value(1).toString().toInt(&isInt);
                if (q.value(0).toString() != u"SpineDesk")
                    out.kind = Inspection::Kind::Foreign;
                else if (!isInt || out.schemaVersion < 1)
                    out.kind = Inspection::Kind::Damaged, out.detail = u"schema_version is not a version number"_s;
                else
                    out.kind = Inspection::Kind::SpineDesk;
            }
            q.finish(); // VACUUM refuses to run while a statement is still in progress
            // The copy before a migration is made from this read-only connection: a
            // consistent snapshot that includes anything still in the write-ahead log.
            if (out.kind == Inspection::Kind::SpineDesk && !copyTo.isEmpty()) {
                QSqlQuery copy(db);
                copy.prepare(u"VACUUM INTO ?"_s);
                copy.addBindValue(copyTo);
                if (!copy.exec()) {
                    out.kind = Inspection::Kind::Unreadable;
                    out.detail = copy.lastError().text();
                }
            }
        }
    }
    dropConnection(name);
    return out;
}

// Writes the write-ahead log back into the main file, so the file alone is complete.
void checkpoint(const QString &path)
{
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
    }
    dropConnection(name);
}

bool configure(QSqlDatabase &db, QString *error)
{
    return Schema::exec(db, u"PRAGMA journal_mode = WAL"_s, error)
        && Schema::exec(db, u"PRAGMA foreign_keys = ON"_s, error)
        && Schema::exec(db, u"PRAGMA busy_timeout = 5000"_s, error);
}

} // namespace

int Database::currentSchemaVersion()
{
    return Schema::kCurrentVersion;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/clinic.sqlite"_s;
}

QString Database::wordingDirectoryFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + u"/instrument-wording"_s;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    dropConnection(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

Database::OpenResult Database::open(const QString &path)
{
    OpenResult result;
    if (path.isEmpty()) {
        result.error = tr("No database file was given.");
        return result;
    }
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        result.error = tr("%1 is a folder, not a database file.").arg(path);
        return result;
    }
    int from = 0;
    if (info.exists() && info.size() > 0) {
        if (!sqliteHeader(path)) {
            result.error = tr("%1 is not a SpineDesk database (it is not an SQLite file). It was not changed.").arg(path);
            return result;
        }
        Inspection seen = inspect(path);
        switch (seen.kind) {
        case Inspection::Kind::Unreadable:
            result.error = tr("%1 could not be read: %2").arg(path, seen.detail);
            return result;
        case Inspection::Kind::Damaged:
            result.error = tr("%1 is damaged and was not opened (%2). It was not changed; restore it from a backup with 'spinedesk restore'.").arg(path, seen.detail);
            return result;
        case Inspection::Kind::Foreign:
            result.error = tr("%1 is an SQLite file but not a SpineDesk database. It was not changed.").arg(path);
            return result;
        case Inspection::Kind::Empty:
            break;
        case Inspection::Kind::SpineDesk:
            if (seen.schemaVersion > Schema::kCurrentVersion) {
                result.error = tr("%1 was written by a newer SpineDesk: it has schema version %2 and this program knows version %3 at most. "
                                  "It was not changed; open it with a newer SpineDesk.")
                                   .arg(path).arg(seen.schemaVersion).arg(Schema::kCurrentVersion);
                return result;
            }
            from = seen.schemaVersion;
            if (from < Schema::kCurrentVersion) {
                const QString copy = path + u".v"_s + QString::number(from) + u"-"_s + timestamp() + u".bak"_s;
                seen = inspect(path, copy);
                if (seen.kind != Inspection::Kind::SpineDesk) {
                    result.error = tr("%1 needs an upgrade, but the copy before upgrading could not be made: %2. It was not changed.").arg(path, seen.detail);
                    return result;
                }
                result.preMigrationCopy = copy;
            }
            break;
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        result.error = tr("The folder %1 could not be created.").arg(info.absolutePath());
        return result;
    }

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    QString error;
    if (!db.open()) {
        result.error = tr("%1 could not be opened: %2").arg(path, db.lastError().text());
        return result;
    }
    if (!configure(db, &error)) {
        result.error = tr("%1 could not be set up: %2").arg(path, error);
        return result;
    }
    if (from < Schema::kCurrentVersion) {
        if (!Schema::migrate(db, from, &error)) {
            result.error = tr("%1 could not be upgraded from schema version %2: %3. Nothing was changed.").arg(path).arg(from).arg(error);
            return result;
        }
        result.migratedFrom = from;
    }
    result.database = std::move(database);
    return result;
}

Database::CheckReport Database::check()
{
    CheckReport report;
    report.schemaVersion = schemaVersion();
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA integrity_check"_s)) {
        report.problems << q.lastError().text();
    } else {
        while (q.next())
            if (q.value(0).toString() != u"ok")
                report.problems << q.value(0).toString();
    }
    if (q.exec(u"PRAGMA foreign_key_check"_s)) {
        while (q.next())
            report.problems << tr("Row %1 of table %2 refers to a missing row in %3.")
                                   .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    if (report.schemaVersion != Schema::kCurrentVersion)
        report.problems << tr("Schema version is %1; expected %2.").arg(report.schemaVersion).arg(Schema::kCurrentVersion);
    report.ok = report.problems.isEmpty();
    return report;
}

bool Database::backupTo(const QString &file, QString *error)
{
    if (QFileInfo::exists(file)) {
        *error = tr("%1 already exists; choose a new file name for the backup.").arg(file);
        return false;
    }
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        *error = tr("The backup cannot replace the database itself.");
        return false;
    }
    QSqlQuery q(connection());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(file);
    if (!q.exec()) {
        *error = tr("The backup could not be written to %1: %2").arg(file, q.lastError().text());
        QFile::remove(file);
        return false;
    }
    auto verified = Database::open(file);
    if (!verified.database || !verified.database->check().ok) {
        *error = tr("The backup at %1 failed its check and was removed.").arg(file);
        verified.database.reset();
        QFile::remove(file);
        return false;
    }
    return true;
}

bool Database::restore(const QString &dbPath, const QString &backupFile, QString *keptOldFile, QString *error)
{
    if (!QFileInfo::exists(backupFile)) {
        *error = tr("The backup %1 does not exist.").arg(backupFile);
        return false;
    }
    // Check a private copy of the backup first, so the backup itself is never written to.
    const QString staged = dbPath + u".restoring-"_s + timestamp();
    QFile::remove(staged);
    if (!QDir().mkpath(QFileInfo(dbPath).absolutePath()) || !QFile::copy(backupFile, staged)) {
        *error = tr("The backup %1 could not be copied.").arg(backupFile);
        return false;
    }
    {
        auto candidate = Database::open(staged);
        if (!candidate.preMigrationCopy.isEmpty()) // the backup itself is the original
            QFile::remove(candidate.preMigrationCopy);
        if (!candidate.database) {
            *error = tr("The backup was not restored: %1").arg(candidate.error);
            // A refused file can leave SQLite's -wal/-shm beside it; remove them with it.
            for (const auto *suffix : {"", "-wal", "-shm"})
                QFile::remove(staged + QString::fromLatin1(suffix));
            return false;
        }
        const CheckReport report = candidate.database->check();
        if (!report.ok) {
            *error = tr("The backup was not restored; it failed its check: %1").arg(report.problems.join(u"; "_s));
            candidate.database.reset();
            QFile::remove(staged);
            return false;
        }
    }
    checkpoint(staged);
    for (const auto *suffix : {"-wal", "-shm"})
        QFile::remove(staged + QString::fromLatin1(suffix));

    keptOldFile->clear();
    if (QFileInfo::exists(dbPath)) {
        // Fold the old file's write-ahead log into it so the kept copy is complete.
        checkpoint(dbPath);
        const QString kept = dbPath + u".before-restore-"_s + timestamp();
        if (!QFile::rename(dbPath, kept)) {
            *error = tr("The current database could not be moved aside; nothing was restored.");
            QFile::remove(staged);
            return false;
        }
        for (const auto *suffix : {"-wal", "-shm"})
            QFile::remove(dbPath + QString::fromLatin1(suffix));
        *keptOldFile = kept;
    }
    if (!QFile::rename(staged, dbPath)) {
        *error = tr("The restored file could not be put in place; the old database is kept at %1.").arg(*keptOldFile);
        return false;
    }
    return true;
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
    , m_name(u"sp"_s + QString::number(g_connectionCounter.fetchAndAddRelaxed(1)))
{
    QSqlQuery q(m_db);
    m_active = q.exec(u"SAVEPOINT "_s + m_name);
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK TO "_s + m_name);
    q.exec(u"RELEASE "_s + m_name);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    m_active = !q.exec(u"RELEASE "_s + m_name);
    return !m_active;
}

} // namespace SpineDesk
