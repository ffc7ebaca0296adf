#pragma once

// Helpers shared by the storage tests: file fingerprints, a raw SQLite connection that is
// always removed again, and loading the frozen schema-v1 fixture.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace SpineDeskTest {

using namespace Qt::StringLiterals;

inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Every entry of a folder with its size, to show that nothing was added or removed.
inline QStringList listing(const QString &dir)
{
    QStringList out;
    const auto entries = QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &fi : entries)
        out << fi.fileName() + u' ' + QString::number(fi.size());
    return out;
}

// A plain QSQLITE connection, outside SpineDesk's Database, for setting up and inspecting files.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, bool readOnly = false)
        : m_name(u"raw-"_s + QString::number(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql, QString *error = nullptr) const
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (q.exec(sql) && q.next())
            return q.value(0);
        return {};
    }
    QStringList columns(const QString &table) const
    {
        QStringList out;
        QSqlQuery q(db());
        if (q.exec(u"PRAGMA table_info("_s + table + u")"_s))
            while (q.next())
                out << q.value(1).toString();
        return out;
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
    bool m_open = false;
};

// The frozen schema-v1 fixture (tests/data/schema-v1.sql) written into a new file: one
// statement per ";\n", comment lines ignored. Returns an error text, empty on success.
inline QString loadSqlFixture(const QString &sqlFile, const QString &dbPath)
{
    QFile f(sqlFile);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return u"cannot read "_s + sqlFile;
    QStringList lines;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n'))
        if (!line.trimmed().startsWith(u"--"_s))
            lines << line;
    RawConnection raw(dbPath);
    if (!raw.isOpen())
        return u"cannot open "_s + dbPath;
    const QStringList statements = lines.join(u'\n').split(u";\n"_s);
    int executed = 0;
    for (const QString &statement : statements) {
        const QString sql = statement.trimmed();
        if (sql.isEmpty())
            continue;
        QString error;
        if (!raw.exec(sql, &error))
            return error + u" in: "_s + sql.left(120);
        ++executed;
    }
    return executed > 0 ? QString() : u"no statements in "_s + sqlFile;
}

} // namespace SpineDeskTest
