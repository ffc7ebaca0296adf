// DemoWriter: writes DemoGenerator's patients deterministically (two databases, same seed,
// same rows), refuses a seed that is already present, and keeps nothing when cancelled.
#include "core/demogenerator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/demowriter.h"
#include "storage/intakerepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/therapyrepository.h"
#include "storage/certificationrepository.h"
#include "storage/handoverrepository.h"
#include "storage/visitrepository.h"
#include "storagetestsupport.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDeskTest;

namespace {

// Every row of a query as text, for comparing two databases.
QStringList dump(const QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {u"error: "_s + q.lastError().text()};
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        out << row.join(u'|');
    }
    return out;
}

bool containsMrn(const QList<Patient> &patients, const QString &mrn)
{
    for (const auto &p : patients)
        if (p.mrn == mrn)
            return true;
    return false;
}

int count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toInt() : -1;
}

// Everything except created_at, which records when the rows were written.
const QStringList kComparedTables = {
    u"SELECT id, family_name, given_name, birth_date, sex, mrn, phone, preferred_language, row_version, family_key, given_key, mrn_key FROM patients ORDER BY id"_s,
    u"SELECT * FROM referrals ORDER BY id"_s,
    u"SELECT * FROM referring_clinicians ORDER BY id"_s,
    u"SELECT * FROM clinicians ORDER BY id"_s,
    u"SELECT * FROM episodes ORDER BY id"_s,
    u"SELECT id, episode_id, patient_id, kind, status, visit_date, clinician_id, signed_by, signed_at, row_version FROM visits ORDER BY id"_s,
    u"SELECT * FROM intakes ORDER BY visit_id"_s,
    u"SELECT * FROM conservative_care ORDER BY id"_s,
    u"SELECT * FROM medication_trials ORDER BY id"_s,
    u"SELECT * FROM prior_injections ORDER BY id"_s,
    u"SELECT * FROM imaging_studies ORDER BY id"_s,
};

} // namespace

class TestDemoWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sameSeedGivesIdenticalRows();
    void rowsMatchTheGenerator();
    void sameSeedTwiceRefused();
    void otherSeedAdds();
    void cancelKeepsNothing_data();
    void cancelKeepsNothing();
    void progressIsReported();
    void refusesBadArguments();
    void ptFirstVisitsAreComplete();

private:
    std::unique_ptr<Database> openNew(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDemoWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDemoWriter::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestDemoWriter::openNew(const QString &name)
{
    auto opened = Database::open(m_dir->filePath(name));
    return std::move(opened.database);
}

void TestDemoWriter::sameSeedGivesIdenticalRows()
{
    auto a = openNew(u"a.sqlite"_s), b = openNew(u"b.sqlite"_s);
    QVERIFY(a && b);
    DemoSummary sa, sb;
    QString error;
    QVERIFY2(DemoWriter(a->connection()).write(31, 120, &sa, &error), qPrintable(error));
    QVERIFY2(DemoWriter(b->connection()).write(31, 120, &sb, &error), qPrintable(error));
    QCOMPARE(sa.patients, 120);
    QCOMPARE(sb.patients, 120);
    QCOMPARE(sa.visits, sb.visits);
    QCOMPARE(sa.visits, count(a->connection(), u"visits"_s));
    QVERIFY(sa.visits >= 120);

    for (const QString &sql : kComparedTables) {
        const QStringList rowsA = dump(a->connection(), sql), rowsB = dump(b->connection(), sql);
        QVERIFY2(!rowsA.isEmpty(), qPrintable(sql));
        QCOMPARE(rowsA, rowsB);
    }
    QVERIFY(a->check().ok);
}

void TestDemoWriter::rowsMatchTheGenerator()
{
    auto db = openNew(u"clinic.sqlite"_s);
    QVERIFY(db);
    DemoSummary summary;
    QString error;
    QVERIFY2(DemoWriter(db->connection(), 0).write(5, 40, &summary, &error), qPrintable(error));

    const DemoGenerator gen(5);
    PatientRepository patients(db->connection());
    VisitRepository visits(db->connection());
    IntakeRepository intakes(db->connection());
    DecisionRepository decisions(db->connection());
    int expectedVisits = 0, expectedSigned = 0, expectedIntakes = 0, expectedDecisions = 0;
    for (int i = 0; i < 40; ++i) {
        const DemoPatient dp = gen.patient(i);
        const auto stored = patients.findByMrn(dp.patient.mrn);
        QVERIFY2(stored, qPrintable(dp.patient.mrn));
        QCOMPARE(stored->familyName, dp.patient.familyName);
        QCOMPARE(stored->givenName, dp.patient.givenName);
        QCOMPARE(stored->birthDate, dp.patient.birthDate);
        QCOMPARE(stored->sex, dp.patient.sex);
        QCOMPARE(stored->phone, dp.patient.phone);
        QCOMPARE(stored->preferredLanguage, dp.patient.preferredLanguage);
        // Found by the search box, accent-insensitively, like any patient.
        const QString text = dp.patient.familyName + u' ' + dp.patient.givenName + u' ' + dp.patient.birthDate.toString(Qt::ISODate);
        QVERIFY2(containsMrn(patients.search(text, 200), dp.patient.mrn), qPrintable(text));

        const auto episodes = visits.episodesForPatient(stored->id);
        QCOMPARE(episodes.size(), dp.episodes.size());
        for (int e = 0; e < dp.episodes.size(); ++e) {
            const DemoEpisode &want = dp.episodes[e];
            const Episode &got = episodes[dp.episodes.size() - 1 - e]; // newest first
            QCOMPARE(got.startDate, want.episode.startDate);
            QCOMPARE(got.closed, want.episode.closed);
            const auto storedVisits = visits.visitsForEpisode(got.id);
            QCOMPARE(storedVisits.size(), want.visits.size());
            for (int v = 0; v < want.visits.size(); ++v) {
                const Visit &sv = storedVisits[v];
                const DemoVisit &wv = want.visits[v];
                QCOMPARE(sv.kind, wv.visit.kind);
                QCOMPARE(sv.visitDate, wv.visit.visitDate);
                QCOMPARE(sv.status, wv.visit.status);
                QCOMPARE(sv.signedAt, wv.visit.signedAt.toUTC());
                if (sv.isSigned())
                    QCOMPARE(sv.signedBy, sv.clinicianId);
                expectedSigned += sv.isSigned() ? 1 : 0;
                ++expectedVisits;
                const Intake in = intakes.load(sv.id);
                QCOMPARE(in.rowVersion, wv.intake ? 1 : 0);
                if (wv.intake) {
                    ++expectedIntakes;
                    QCOMPARE(in.onsetDate, wv.intake->onsetDate);
                    QCOMPARE(in.painRegions, wv.intake->painRegions);
                    QCOMPARE(in.goals, wv.intake->goals);
                    QCOMPARE(in.conservativeCare.size(), wv.intake->conservativeCare.size());
                    QCOMPARE(in.medications.size(), wv.intake->medications.size());
                    QCOMPARE(in.injections.size(), wv.intake->injections.size());
                    QCOMPARE(in.imaging.size(), wv.intake->imaging.size());
                    for (int k = 0; k < in.imaging.size(); ++k)
                        QCOMPARE(in.imaging[k].finding, wv.intake->imaging[k].finding);
                }
                // The Decision step: a readable record for the suggested aid, signed with the visit.
                const auto records = decisions.forVisit(sv.id);
                QVERIFY(records);
                QCOMPARE(records->size(), wv.decision ? 1 : 0);
                if (wv.decision) {
                    ++expectedDecisions;
                    QCOMPARE(records->first().aidId, wv.decision->aidId);
                    QCOMPARE(records->first().preferredOption, wv.decision->preferredOption);
                    QCOMPARE(records->first().sure, wv.decision->sure);
                }
                QCOMPARE(decisions.considerations(sv.id)->isEmpty(), !wv.considerations.has_value() || wv.considerations->isEmpty());
            }
        }
    }
    QCOMPARE(summary.visits, expectedVisits);
    QCOMPARE(count(db->connection(), u"visits"_s), expectedVisits);
    QCOMPARE(count(db->connection(), u"intakes"_s), expectedIntakes);
    QCOMPARE(count(db->connection(), u"decisions"_s), expectedDecisions);
    QVERIFY2(expectedDecisions > 0, "40 demo patients should include decision records");
    QCOMPARE(dump(db->connection(), u"SELECT count(*) FROM visits WHERE status = 'signed'"_s), QStringList{QString::number(expectedSigned)});
    QCOMPARE(count(db->connection(), u"clinicians"_s), 4);
    QCOMPARE(count(db->connection(), u"referring_clinicians"_s), 30);
    QCOMPARE(count(db->connection(), u"referrals"_s), 40);

    const auto audit = AuditLog(db->connection()).recent(10);
    QCOMPARE(audit.size(), 1); // one entry for the whole run
    QCOMPARE(audit.first().action, u"demo"_s);
    QCOMPARE(audit.first().detail, u"seed 5, 40 patients"_s);
}

void TestDemoWriter::sameSeedTwiceRefused()
{
    auto db = openNew(u"clinic.sqlite"_s);
    QVERIFY(db);
    DemoSummary summary;
    QString error;
    QVERIFY(DemoWriter(db->connection()).write(77, 25, &summary, &error));
    const QStringList before = dump(db->connection(), kComparedTables.first());

    for (int n : {25, 1, 10, 300}) {
        error.clear();
        QVERIFY(!DemoWriter(db->connection()).write(77, n, &summary, &error));
        QVERIFY2(error.contains(u"seed 77"_s), qPrintable(error));
        QCOMPARE(summary.patients, 0);
        QCOMPARE(summary.visits, 0);
    }
    QCOMPARE(dump(db->connection(), kComparedTables.first()), before);
    QCOMPARE(count(db->connection(), u"audit_log"_s), 1);
}

void TestDemoWriter::otherSeedAdds()
{
    auto db = openNew(u"clinic.sqlite"_s);
    QVERIFY(db);
    DemoSummary first, second;
    QString error;
    QVERIFY(DemoWriter(db->connection()).write(7, 15, &first, &error));
    // Seed 77's MRNs share seed 7's prefix text ("DEMO7…"); they are still told apart.
    QVERIFY2(DemoWriter(db->connection()).write(77, 15, &second, &error), qPrintable(error));
    QCOMPARE(count(db->connection(), u"patients"_s), 30);
    QCOMPARE(count(db->connection(), u"visits"_s), first.visits + second.visits);
    // The demo clinicians are shared, not duplicated.
    QCOMPARE(count(db->connection(), u"clinicians"_s), 4);
    QCOMPARE(count(db->connection(), u"referring_clinicians"_s), 30);
}

void TestDemoWriter::cancelKeepsNothing_data()
{
    QTest::addColumn<int>("cancelAt"); // the `done` value at which the callback says stop
    QTest::addColumn<int>("patients");
    QTest::newRow("at the start") << 0 << 10;
    QTest::newRow("part-way") << 500 << 1200;
    QTest::newRow("later still") << 1000 << 1200;
}

void TestDemoWriter::cancelKeepsNothing()
{
    QFETCH(int, cancelAt);
    QFETCH(int, patients);
    auto db = openNew(u"clinic.sqlite"_s);
    QVERIFY(db);
    QList<int> calls;
    DemoSummary summary;
    QString error;
    const bool ok = DemoWriter(db->connection()).write(3, patients, &summary, &error, [&](int done, int total) {
        calls << done;
        return !(done >= cancelAt && total == patients);
    });
    QVERIFY(!ok);
    QVERIFY2(error.contains(u"Cancelled"_s), qPrintable(error));
    QCOMPARE(calls.last(), cancelAt);
    QCOMPARE(summary.patients, 0);
    QCOMPARE(summary.visits, 0);
    for (const QString &table : {u"patients"_s, u"visits"_s, u"episodes"_s, u"referrals"_s, u"intakes"_s, u"conservative_care"_s,
                                 u"clinicians"_s, u"referring_clinicians"_s, u"audit_log"_s})
        QCOMPARE(count(db->connection(), table), 0);

    // The database is usable afterwards, and the same seed can then be written.
    QVERIFY2(DemoWriter(db->connection()).write(3, 10, &summary, &error), qPrintable(error));
    QCOMPARE(count(db->connection(), u"patients"_s), 10);
}

void TestDemoWriter::progressIsReported()
{
    auto db = openNew(u"clinic.sqlite"_s);
    QVERIFY(db);
    QList<std::pair<int, int>> calls;
    DemoSummary summary;
    QString error;
    QVERIFY(DemoWriter(db->connection()).write(9, 1100, &summary, &error, [&](int done, int total) {
        calls.append({done, total});
        return true;
    }));
    const QList<std::pair<int, int>> expected = {{0, 1100}, {500, 1100}, {1000, 1100}, {1100, 1100}};
    QCOMPARE(calls, expected);
    QCOMPARE(summary.patients, 1100);
    QCOMPARE(PatientRepository(db->connection()).count(), 1100);
    QCOMPARE(PatientRepository(db->connection()).search(u"DEMO9-001100"_s, 5).size(), 1);
}

void TestDemoWriter::refusesBadArguments()
{
    auto db = openNew(u"clinic.sqlite"_s);
    QVERIFY(db);
    DemoSummary summary;
    QString error;
    QVERIFY(!DemoWriter(db->connection()).write(1, 0, &summary, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!DemoWriter(db->connection()).write(DemoGenerator::kMaxSeed + 1, 5, &summary, &error));
    QVERIFY2(error.contains(QString::number(DemoGenerator::kMaxSeed)), qPrintable(error));
    QVERIFY(DemoWriter(db->connection()).write(DemoGenerator::kMaxSeed, 2, &summary, &error));
    QCOMPARE(count(db->connection(), u"patients"_s), 2);
}

QTEST_GUILESS_MAIN(TestDemoWriter)
#include "tst_demowriter.moc"

// Every PT first visit has the therapist's record; a signed one carries a plan of care with
// all its elements; transmissions and certifications are recorded for older ones.
void TestDemoWriter::ptFirstVisitsAreComplete()
{
    auto db = openNew(u"pt.sqlite"_s);
    QVERIFY(db);
    DemoSummary summary;
    QString error;
    QVERIFY2(DemoWriter(db->connection()).write(5, 300, &summary, &error), qPrintable(error));
    const QSqlDatabase c = db->connection();
    VisitFilter filter;
    filter.kind = VisitKind::PhysicalTherapy;
    filter.limit = 1000;
    const auto visits = VisitRepository(c).list(filter);
    QVERIFY(visits.size() > 30);
    int signedCount = 0;
    for (const auto &row : visits) {
        const auto therapy = TherapyRepository(c).load(row.visit.id, &error);
        QVERIFY2(therapy && !therapy->isEmpty(), qPrintable(error));
        QVERIFY(!therapy->homeProgram.isEmpty());
        const auto plan = PlanRepository(c).load(row.visit.id, &error);
        QVERIFY2(plan && plan->plan.rowVersion > 0, qPrintable(error));
        if (row.visit.isSigned()) {
            ++signedCount;
            QVERIFY(plan->isSigned);
            const QStringList problems = Therapy::planOfCareProblems(*therapy, plan->plan, row.visit.visitDate);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
    }
    QVERIFY(signedCount > 0);
    QVERIFY(count(c, u"care_plan_transmissions"_s) > 0);
    QVERIFY(count(c, u"care_plan_certifications"_s) > 0);
    QVERIFY(count(c, u"care_plan_certifications"_s) < count(c, u"care_plan_transmissions"_s));
    QVERIFY(!CertificationRepository(c).awaiting(QDate::currentDate()).isEmpty());
    QVERIFY(db->check().ok);
}
