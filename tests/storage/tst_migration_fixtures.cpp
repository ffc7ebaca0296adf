// Upgrading databases written by schema versions 2 to 5 and 7 (tests/data/schema-v2.sql …
// schema-v7.sql, dumped from SpineDesk 0.1.0 with three demo patients): the copy is kept, the
// data survives, and the result has the same tables, indexes and triggers as a new database.
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/visitrepository.h"
#include "storagetestsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDeskTest;

namespace {
QStringList shape(const QString &path)
{
    RawConnection raw(path, true);
    QSqlQuery q(raw.db());
    q.exec(u"SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
    QStringList out;
    while (q.next()) {
        QString line = q.value(0).toString() + u' ' + q.value(1).toString();
        if (q.value(0).toString() == u"table")
            line += u" ("_s + raw.columns(q.value(1).toString()).join(u", "_s) + u')';
        out << line;
    }
    return out;
}
} // namespace

class TestMigrationFixtures : public QObject
{
    Q_OBJECT
private slots:
    void migrates_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("from version 2") << 2;
        QTest::newRow("from version 3") << 3;
        QTest::newRow("from version 4") << 4;
        QTest::newRow("from version 5") << 5;
        QTest::newRow("from version 7") << 7;
    }

    void migrates()
    {
        QFETCH(int, version);
        const QString v = QString::number(version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"clinic.sqlite"_s);
        const QString error = loadSqlFixture(QStringLiteral(SPINEDESK_TEST_DATA) + u"/schema-v"_s + v + u".sql"_s, path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int imagingRows = 0;
        {
            RawConnection raw(path);
            QCOMPARE(raw.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toString(), v);
            imagingRows = raw.scalar(u"SELECT COUNT(*) FROM imaging_studies"_s).toInt();
            // A document archived before version 8, which records each document's page notice.
            QString why;
            QVERIFY2(raw.exec(u"INSERT INTO documents (visit_id, kind, language, created_by, created_at, sha256, pdf) "
                              "VALUES (1, 'letter', 'en', 1, '2026-03-02T17:00:00Z', 'abc', x'25504446')"_s, &why),
                     qPrintable(why));
        }
        auto opened = Database::open(path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QCOMPARE(opened.migratedFrom, version);
        QVERIFY(QFileInfo(opened.preMigrationCopy).fileName().startsWith(u"clinic.sqlite.v"_s + v + u'-'));
        {
            RawConnection copy(opened.preMigrationCopy, true);
            QCOMPARE(copy.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toString(), v);
        }
        {
            // Version 4 codes imaging findings; studies recorded before stay, marked not coded.
            RawConnection raw(path, true);
            if (version < 4)
                QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM imaging_studies WHERE finding = 'not-coded'"_s).toInt(), imagingRows);
            // Version 5 records nicotine status; intakes recorded before say "not recorded".
            if (version < 5)
                QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM intakes WHERE nicotine <> 'not-recorded'"_s).toInt(), 0);
            // Version 6 adds the therapist's tables, empty for visits recorded before.
            if (version < 6)
                QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM therapy_records"_s).toInt(), 0);
            // Version 8: documents archived before printed no notice.
            QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM documents WHERE notice = ''"_s).toInt(),
                     raw.scalar(u"SELECT COUNT(*) FROM documents"_s).toInt());
            QVERIFY(raw.scalar(u"SELECT COUNT(*) FROM documents"_s).toInt() >= 1);
        }
        QCOMPARE(opened.database->schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(opened.database->check().ok);

        PatientRepository patients(opened.database->connection());
        QCOMPARE(patients.count(), 3);
        QCOMPARE(patients.search(u"demo9-000002"_s, 10).size(), 1);
        VisitFilter all;
        QCOMPARE(VisitRepository(opened.database->connection()).list(all).size(), 3);
        opened.database.reset();

        // The same shape as a database made new by this version.
        const QString fresh = dir.filePath(u"fresh.sqlite"_s);
        QVERIFY(Database::open(fresh).database);
        QCOMPARE(shape(path), shape(fresh));
        QVERIFY(shape(path).join(u'\n').contains(u"table alert_acknowledgements"_s));
        QVERIFY(shape(path).join(u'\n').contains(u"table treatment_considerations"_s));
        QVERIFY(shape(path).join(u'\n').contains(u"trigger decisions_signed_update"_s));
        QVERIFY(shape(path).join(u'\n').contains(u"table plan_addenda"_s));
        QVERIFY(shape(path).join(u'\n').contains(u"trigger plans_signed_update"_s));
        QVERIFY(shape(path).join(u'\n').contains(u"table handover_tasks"_s));
        QVERIFY(shape(path).join(u'\n').contains(u"trigger therapy_records_signed_update"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigrationFixtures)
#include "tst_migration_fixtures.moc"
