// Upgrading a database written by schema version 1 (the frozen fixture tests/data/schema-v1.sql):
// a copy is kept beside the file first, the schema ends up the same as a new database's,
// the data is kept, the new search keys are filled in, and a second open migrates nothing.
#include "storage/database.h"
#include "storage/intakerepository.h"
#include "storage/patientrepository.h"
#include "storage/referralrepository.h"
#include "storage/visitrepository.h"
#include "storagetestsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDeskTest;

namespace {

const QString kFixture = QStringLiteral(SPINEDESK_TEST_DATA "/schema-v1.sql");

// name -> column names of every table, and the sorted names of indexes and triggers.
struct SchemaShape {
    QMap<QString, QStringList> tables;
    QStringList indexes;
    QStringList triggers;
};

SchemaShape shapeOf(const QString &path)
{
    SchemaShape shape;
    RawConnection raw(path, true);
    QSqlQuery q(raw.db());
    q.exec(u"SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    while (q.next()) {
        const QString type = q.value(0).toString(), name = q.value(1).toString();
        if (type == u"table")
            shape.tables.insert(name, raw.columns(name));
        else if (type == u"index")
            shape.indexes << name;
        else if (type == u"trigger")
            shape.triggers << name;
    }
    return shape;
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fixtureIsVersion1();
    void migratesFromVersion1();
    void migratedSchemaEqualsNewSchema();
    void secondOpenDoesNotMigrate();
    void failedMigrationChangesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"clinic.sqlite"_s);
    const QString error = loadSqlFixture(kFixture, m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMigration::fixtureIsVersion1()
{
    RawConnection raw(m_path, true);
    QCOMPARE(raw.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toString(), u"1"_s);
    QCOMPARE(raw.scalar(u"SELECT value FROM meta WHERE key = 'application'"_s).toString(), u"SpineDesk"_s);
    QVERIFY(!raw.columns(u"patients"_s).contains(u"family_key"_s));
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'table'"_s).toInt(), 21);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"_s).toInt(), 22);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"_s).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM patients"_s).toInt(), 2);
}

void TestMigration::migratesFromVersion1()
{
    auto opened = Database::open(m_path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.migratedFrom, 1);
    QVERIFY(opened.error.isEmpty());

    // The copy made before migrating: beside the file, named after the old version, and
    // itself still a complete version-1 database.
    const QString copy = opened.preMigrationCopy;
    QVERIFY(!copy.isEmpty());
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(QFileInfo(copy).absolutePath(), QFileInfo(m_path).absolutePath());
    QVERIFY2(copy.startsWith(m_path + u".v1-"_s) && copy.endsWith(u".bak"_s), qPrintable(copy));
    {
        RawConnection raw(copy, true);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toString(), u"1"_s);
        QVERIFY(!raw.columns(u"patients"_s).contains(u"family_key"_s));
        QCOMPARE(raw.scalar(u"SELECT family_name FROM patients WHERE id = 1"_s).toString(), u"Núñez"_s);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM intakes"_s).toInt(), 1);
        QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    Database &db = *opened.database;
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    const auto report = db.check();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u"; "_s)));

    // The data survived.
    PatientRepository patients(db.connection());
    QCOMPARE(patients.count(), 2);
    const auto nunez = patients.find(1);
    QVERIFY(nunez);
    QCOMPARE(nunez->familyName, u"Núñez"_s);
    QCOMPARE(nunez->givenName, u"María José"_s);
    QCOMPARE(nunez->birthDate, QDate(1961, 4, 2));
    QCOMPARE(nunez->sex, Sex::Female);
    QCOMPARE(nunez->mrn, u"MRN-1001"_s);
    QCOMPARE(nunez->phone, u"555-1234"_s);
    QCOMPARE(nunez->preferredLanguage, u"es"_s);
    QCOMPARE(nunez->rowVersion, 1);
    QCOMPARE(patients.find(2)->rowVersion, 3);

    const auto referrals = ReferralRepository(db.connection()).forPatient(1);
    QCOMPARE(referrals.size(), 1);
    QCOMPARE(referrals.first().reason, u"Low back pain radiating to the left leg"_s);
    QCOMPARE(ReferralRepository(db.connection()).findReferringClinician(1)->directAddress, u"polson@direct.lakeview.example"_s);

    VisitRepository visits(db.connection());
    QCOMPARE(visits.count(), 2);
    QCOMPARE(visits.find(2)->status, VisitStatus::Signed);
    QCOMPARE(visits.find(2)->signedAt, QDateTime(QDate(2026, 2, 20), QTime(17, 0), Qt::UTC));
    QCOMPARE(visits.addenda(2).size(), 1);

    const Intake in = IntakeRepository(db.connection()).load(1);
    QCOMPARE(in.rowVersion, 2);
    QCOMPARE(in.onsetDate, QDate(2025, 11, 20));
    QCOMPARE(in.dominance, PainDominance::Leg);
    QCOMPARE(in.painRegions, (QStringList{u"low-back-central"_s, u"buttock-left"_s, u"thigh-back-left"_s}));
    QCOMPARE(in.workStatus, WorkStatus::ModifiedDuties);
    QCOMPARE(in.conservativeCare.size(), 1);
    QCOMPARE(in.conservativeCare.first().sessionsAttended, 6);
    QCOMPARE(in.medications.first().note, u"Stomach upset"_s);
    QCOMPARE(in.injections.first().reliefPercent, 40);
    QCOMPARE(in.imaging.first().modality, u"MRI"_s);

    // The search keys that version 2 adds were filled in for the existing rows.
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT family_key, given_key, mrn_key FROM patients WHERE id = 1"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"nunez"_s);
        QCOMPARE(q.value(1).toString(), u"maria jose"_s);
        QCOMPARE(q.value(2).toString(), u"mrn-1001"_s);
        QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'last_written_by'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"SpineDesk "_s + QStringLiteral(SPINEDESK_VERSION));
        // The audit log and the signed-visit rules still hold after the upgrade.
        QVERIFY(!q.exec(u"DELETE FROM audit_log"_s));
        QVERIFY(!q.exec(u"UPDATE visits SET status = 'draft' WHERE id = 2"_s));
    }
    const auto found = patients.search(u"nunez"_s, 10);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, 1);
    QCOMPARE(patients.search(u"maria nunez"_s, 10).size(), 1);
    QCOMPARE(patients.search(u"NÚÑEZ erik"_s, 10).size(), 0);
    QCOMPARE(patients.search(u"mrn-100"_s, 10).size(), 2);
    QCOMPARE(patients.search(u"04/02/1961"_s, 10).size(), 1);
}

void TestMigration::migratedSchemaEqualsNewSchema()
{
    QCOMPARE(Database::open(m_path).migratedFrom, 1);
    const QString fresh = m_dir->filePath(u"fresh.sqlite"_s);
    QCOMPARE(Database::open(fresh).migratedFrom, 0);
    const SchemaShape migrated = shapeOf(m_path), created = shapeOf(fresh);
    QCOMPARE(migrated.tables.keys(), created.tables.keys());
    for (auto it = created.tables.cbegin(); it != created.tables.cend(); ++it)
        QCOMPARE(migrated.tables.value(it.key()), it.value());
    QCOMPARE(migrated.indexes, created.indexes);
    QCOMPARE(migrated.triggers, created.triggers);
    QVERIFY(migrated.indexes.contains(u"patients_family_key"_s)); // the v2 step ran
    QVERIFY(migrated.tables.contains(u"alert_acknowledgements"_s)); // and the v3 step
}

void TestMigration::secondOpenDoesNotMigrate()
{
    QString copy;
    {
        auto first = Database::open(m_path);
        QVERIFY2(first.database, qPrintable(first.error));
        QCOMPARE(first.migratedFrom, 1);
        copy = first.preMigrationCopy;
    }
    const QStringList folder = listing(m_dir->path());
    auto second = Database::open(m_path);
    QVERIFY2(second.database, qPrintable(second.error));
    QCOMPARE(second.migratedFrom, -1);
    QVERIFY(second.preMigrationCopy.isEmpty());
    QCOMPARE(second.database->schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(PatientRepository(second.database->connection()).search(u"nunez"_s, 10).size(), 1);
    second.database.reset();
    QCOMPARE(listing(m_dir->path()), folder); // no second copy
    QVERIFY(QFileInfo::exists(copy));
}

void TestMigration::failedMigrationChangesNothing()
{
    // Something in the way of version 2: a table with the name of one of its indexes.
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(u"CREATE TABLE patients_mrn_key (x)"_s));
    }
    auto opened = Database::open(m_path);
    QVERIFY(!opened.database);
    QCOMPARE(opened.migratedFrom, -1);
    QVERIFY2(opened.error.contains(u"schema version 1"_s), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(u"Nothing was changed"_s), qPrintable(opened.error));

    RawConnection raw(m_path, true);
    QCOMPARE(raw.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toString(), u"1"_s);
    QVERIFY(!raw.columns(u"patients"_s).contains(u"family_key"_s)); // the whole upgrade was rolled back
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"_s).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM patients"_s).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
