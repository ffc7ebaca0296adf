#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace SpineDesk {

// The clinic database file. Opening never writes to a file it refuses: a newer schema, a
// file that is not a SpineDesk database, or a damaged one are reported and left untouched.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct OpenResult {
        std::unique_ptr<Database> database; // null when refused
        QString error;                      // why it was refused
        QString preMigrationCopy;           // the copy made before migrating, if any
        int migratedFrom = -1;              // schema version before migration, -1 if none ran
    };
    struct CheckReport {
        bool ok = false;
        int schemaVersion = 0;
        QStringList problems;
    };

    static int currentSchemaVersion();
    static QString defaultPath(); // in QStandardPaths::AppDataLocation
    // Licensed instrument wording belongs to the clinic's installation: beside its database.
    static QString wordingDirectoryFor(const QString &databasePath);
    static OpenResult open(const QString &path);
    // Replaces the database at dbPath with a verified copy of backupFile. The old file is
    // kept beside it; its name is returned in keptOldFile.
    static bool restore(const QString &dbPath, const QString &backupFile, QString *keptOldFile, QString *error);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    CheckReport check();
    // A consistent copy while the database is in use, verified after writing.
    bool backupTo(const QString &file, QString *error);

private:
    Database(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
};

// All or nothing: commits on commit(), rolls back when it goes out of scope without one.
// Built on savepoints, so a transaction inside another one composes.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)
    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
};

} // namespace SpineDesk
