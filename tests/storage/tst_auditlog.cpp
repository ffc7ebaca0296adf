// AuditLog: entries are recorded with time, actor, action and entity, read back newest
// first, per entity, and limited; the repositories record their actor.
#include "storage/auditlog.h"
#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storagetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDeskTest;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordAndRead();
    void repositoriesRecordTheActor();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Database::open(m_dir->filePath(u"clinic.sqlite"_s));
    QVERIFY2(opened.database, qPrintable(opened.error));
    m_db = std::move(opened.database);
}

void TestAuditLog::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAuditLog::recordAndRead()
{
    AuditLog system(m_db->connection());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(system.record(u"backup"_s, u"database"_s, 0, u"/tmp/x.sqlite"_s));
    QVERIFY(system.record(u"view"_s, u"patient"_s, 7));
    QVERIFY(system.record(u"print"_s, u"visit"_s, 3, u"letter"_s));
    QVERIFY(system.record(u"view"_s, u"patient"_s, 8));
    QVERIFY(system.record(u"update"_s, u"patient"_s, 7));

    const auto recent = system.recent(3);
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent[0].action, u"update"_s); // newest first
    QCOMPARE(recent[1].entityId, 8);
    QCOMPARE(recent[2].detail, u"letter"_s);
    QCOMPARE(system.recent(-1).size(), 5);

    const auto first = system.recent(-1).last();
    QCOMPARE(first.action, u"backup"_s);
    QCOMPARE(first.entity, u"database"_s);
    QCOMPARE(first.entityId, 0); // none
    QCOMPARE(first.clinicianId, 0); // the system
    QCOMPARE(first.detail, u"/tmp/x.sqlite"_s);
    QVERIFY(first.at.isValid());
    QVERIFY(first.at >= before && first.at <= QDateTime::currentDateTimeUtc().addSecs(1));

    const auto patient7 = system.forEntity(u"patient"_s, 7);
    QCOMPARE(patient7.size(), 2);
    QCOMPARE(patient7[0].action, u"update"_s);
    QCOMPARE(patient7[1].action, u"view"_s);
    QCOMPARE(system.forEntity(u"visit"_s, 7).size(), 0);

    // Nothing empty is stored as NULL text.
    RawConnection raw(m_db->path(), true);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM audit_log WHERE detail IS NULL"_s).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM audit_log WHERE entity_id IS NULL"_s).toInt(), 1);
}

void TestAuditLog::repositoriesRecordTheActor()
{
    Clinician c{0, u"Dr. Ana Rivera"_s, u"MD"_s, ClinicianRole::Physiatrist, true};
    QVERIFY(ClinicianRepository(m_db->connection()).create(c).ok());
    Patient p;
    p.familyName = u"Núñez"_s;
    p.givenName = u"María"_s;
    p.birthDate = QDate(1961, 4, 2);
    p.mrn = u"MRN-1"_s;
    QVERIFY(PatientRepository(m_db->connection(), c.id).create(p).ok());
    const auto entries = AuditLog(m_db->connection()).forEntity(u"patient"_s, p.id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().clinicianId, c.id);
    QCOMPARE(entries.first().action, u"create"_s);
    QCOMPARE(AuditLog(m_db->connection()).forEntity(u"clinician"_s, c.id).first().clinicianId, 0);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
