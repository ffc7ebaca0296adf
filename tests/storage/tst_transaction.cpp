// Transaction: all or nothing on savepoints, so that a transaction inside another composes
// (the inner commit only counts when the outer one commits).
#include "storage/database.h"
#include "storagetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDeskTest;

class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void commitKeeps();
    void scopeExitRollsBack();
    void innerCommitUndoneByOuterRollback();
    void innerRollbackKeepsOuter();
    void commitTwiceFails();
    void committedDataReachesOtherConnections();

private:
    bool insert(const QString &name);
    QStringList names() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTransaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Database::open(m_dir->filePath(u"clinic.sqlite"_s));
    QVERIFY2(opened.database, qPrintable(opened.error));
    m_db = std::move(opened.database);
}

void TestTransaction::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

bool TestTransaction::insert(const QString &name)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT INTO clinicians (name, role) VALUES (?, 'other')"_s);
    q.addBindValue(name);
    return q.exec();
}

QStringList TestTransaction::names() const
{
    QStringList out;
    QSqlQuery q(m_db->connection());
    q.exec(u"SELECT name FROM clinicians ORDER BY id"_s);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void TestTransaction::commitKeeps()
{
    {
        Transaction tx(m_db->connection());
        QVERIFY(tx.isActive());
        QVERIFY(insert(u"a"_s));
        QVERIFY(tx.commit());
        QVERIFY(!tx.isActive());
    }
    QCOMPARE(names(), QStringList{u"a"_s});
}

void TestTransaction::scopeExitRollsBack()
{
    {
        Transaction tx(m_db->connection());
        QVERIFY(insert(u"a"_s));
        QVERIFY(insert(u"b"_s));
        QCOMPARE(names().size(), 2); // visible inside
    }
    QCOMPARE(names(), QStringList());
    // The connection is not left inside a transaction.
    QVERIFY(insert(u"c"_s));
    QVERIFY(m_db->connection().transaction());
    QVERIFY(m_db->connection().commit());
    QCOMPARE(names(), QStringList{u"c"_s});
}

void TestTransaction::innerCommitUndoneByOuterRollback()
{
    {
        Transaction outer(m_db->connection());
        QVERIFY(insert(u"outer"_s));
        {
            Transaction inner(m_db->connection());
            QVERIFY(inner.isActive());
            QVERIFY(insert(u"inner"_s));
            QVERIFY(inner.commit());
        }
        QCOMPARE(names(), (QStringList{u"outer"_s, u"inner"_s}));
    }
    QCOMPARE(names(), QStringList());
}

void TestTransaction::innerRollbackKeepsOuter()
{
    {
        Transaction outer(m_db->connection());
        QVERIFY(insert(u"before"_s));
        {
            Transaction inner(m_db->connection());
            QVERIFY(insert(u"discarded"_s));
        }
        QVERIFY(insert(u"after"_s));
        QVERIFY(outer.commit());
    }
    QCOMPARE(names(), (QStringList{u"before"_s, u"after"_s}));
}

void TestTransaction::commitTwiceFails()
{
    Transaction tx(m_db->connection());
    QVERIFY(insert(u"a"_s));
    QVERIFY(tx.commit());
    QVERIFY(!tx.commit());
    QCOMPARE(names(), QStringList{u"a"_s});
}

void TestTransaction::committedDataReachesOtherConnections()
{
    {
        Transaction tx(m_db->connection());
        QVERIFY(insert(u"shared"_s));
        RawConnection other(m_db->path(), true);
        QCOMPARE(other.scalar(u"SELECT count(*) FROM clinicians"_s).toInt(), 0); // not yet
        QVERIFY(tx.commit());
        QCOMPARE(other.scalar(u"SELECT count(*) FROM clinicians"_s).toInt(), 1);
    }
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
