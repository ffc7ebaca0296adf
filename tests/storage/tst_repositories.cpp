// The repositories against a real database file: patients (create, update, lost-update
// conflicts, unique MRN, search and paging), registration all-or-nothing, episodes and
// visits (sign, addenda), the intake round trip and its conflicts, and the rules the
// database itself enforces with triggers even against raw SQL.
#include "storage/auditlog.h"
#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/intakerepository.h"
#include "storage/patientrepository.h"
#include "storage/referralrepository.h"
#include "storage/visitrepository.h"
#include "storagetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDeskTest;

namespace {

Patient makePatient(const QString &family, const QString &given, QDate birth, const QString &mrn)
{
    Patient p;
    p.familyName = family;
    p.givenName = given;
    p.birthDate = birth;
    p.sex = Sex::Female;
    p.mrn = mrn;
    return p;
}

QStringList mrns(const QList<Patient> &patients)
{
    QStringList out;
    for (const auto &p : patients)
        out << p.mrn;
    return out;
}

// An intake with every field and every child list filled in, with the edge values
// (unknown sessions and relief, an ongoing course of care) that map to NULL.
Intake fullIntake(qint64 visitId)
{
    Intake in;
    in.visitId = visitId;
    in.onsetDate = QDate(2025, 11, 20);
    in.dominance = PainDominance::Leg;
    in.painRegions = {u"low-back-central"_s, u"buttock-left"_s, u"below-knee-left"_s};
    in.workStatus = WorkStatus::OffWork;
    in.occupation = u"Warehouse picker"_s;
    in.goals = u"Volver a caminar con mi perro — 30 minutos."_s;
    in.conservativeCare = {
        {0, u"Physical therapy"_s, u"Northside Physical Therapy"_s, QDate(2025, 12, 1), QDate(2026, 1, 5), 8, TreatmentResponse::Improved, u"Home program continued"_s},
        {0, u"Chiropractic care"_s, QString(), QDate(2026, 1, 10), QDate(), -1, TreatmentResponse::Unknown, QString()},
        {0, u"Massage"_s, u"Spa"_s, QDate(2026, 1, 12), QDate(2026, 1, 12), 0, TreatmentResponse::Worse, u"Once"_s},
    };
    in.medications = {
        {0, u"Naproxen"_s, TreatmentResponse::NoChange, u"Stomach upset"_s},
        {0, u"Gabapentin"_s, TreatmentResponse::Resolved, QString()},
    };
    in.injections = {
        {0, QDate(2025, 12, 20), u"Epidural steroid, transforaminal"_s, u"L4-5 left"_s, 40},
        {0, QDate(2026, 1, 2), u"Facet joint injection"_s, QString(), -1},
        {0, QDate(2026, 1, 3), u"Medial branch block"_s, u"L5-S1"_s, 0},
    };
    in.imaging = {
        {0, QDate(2025, 12, 10), u"MRI"_s, u"L4-5 disc protrusion contacting the left L5 root"_s, ImagingFinding::DiscHerniation, u"L4-5"_s,
         ImagingConcordance::Concordant},
        {0, QDate(2025, 11, 25), u"X-ray"_s, u"No acute abnormality"_s, ImagingFinding::Normal, {}, ImagingConcordance::NotAssessed},
    };
    return in;
}

void compareIntakes(const Intake &got, const Intake &want)
{
    QCOMPARE(got.visitId, want.visitId);
    QCOMPARE(got.onsetDate, want.onsetDate);
    QCOMPARE(got.dominance, want.dominance);
    QCOMPARE(got.painRegions, want.painRegions);
    QCOMPARE(got.workStatus, want.workStatus);
    QCOMPARE(got.occupation, want.occupation);
    QCOMPARE(got.goals, want.goals);
    QCOMPARE(got.conservativeCare.size(), want.conservativeCare.size());
    for (int i = 0; i < want.conservativeCare.size(); ++i) {
        const auto &g = got.conservativeCare[i], &w = want.conservativeCare[i];
        QVERIFY(g.id > 0);
        QCOMPARE(g.modality, w.modality);
        QCOMPARE(g.provider, w.provider);
        QCOMPARE(g.startDate, w.startDate);
        QCOMPARE(g.endDate, w.endDate);
        QCOMPARE(g.sessionsAttended, w.sessionsAttended);
        QCOMPARE(g.response, w.response);
        QCOMPARE(g.note, w.note);
    }
    QCOMPARE(got.medications.size(), want.medications.size());
    for (int i = 0; i < want.medications.size(); ++i) {
        QVERIFY(got.medications[i].id > 0);
        QCOMPARE(got.medications[i].name, want.medications[i].name);
        QCOMPARE(got.medications[i].response, want.medications[i].response);
        QCOMPARE(got.medications[i].note, want.medications[i].note);
    }
    QCOMPARE(got.injections.size(), want.injections.size());
    for (int i = 0; i < want.injections.size(); ++i) {
        QVERIFY(got.injections[i].id > 0);
        QCOMPARE(got.injections[i].date, want.injections[i].date);
        QCOMPARE(got.injections[i].type, want.injections[i].type);
        QCOMPARE(got.injections[i].level, want.injections[i].level);
        QCOMPARE(got.injections[i].reliefPercent, want.injections[i].reliefPercent);
    }
    QCOMPARE(got.imaging.size(), want.imaging.size());
    for (int i = 0; i < want.imaging.size(); ++i) {
        QVERIFY(got.imaging[i].id > 0);
        QCOMPARE(got.imaging[i].date, want.imaging[i].date);
        QCOMPARE(got.imaging[i].modality, want.imaging[i].modality);
        QCOMPARE(got.imaging[i].keyFinding, want.imaging[i].keyFinding);
    }
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // patients
    void createAndFindPatient();
    void createRefusesInvalidPatient();
    void updatePatient();
    void updateConflict();
    void duplicateMrnRefused();
    void search_data();
    void search();
    void searchPaging();
    void searchAnyWordOfCompoundNames();
    void searchFollowsUpdates();

    // clinicians, referrals, registration
    void clinicians();
    void referringCliniciansAndReferrals();
    void registerPatient();
    void registerPatientWithKnownClinician();
    void registerPatientIsAllOrNothing_data();
    void registerPatientIsAllOrNothing();

    // episodes and visits
    void createEpisodeAndVisit();
    void visitNeedsDateAndEpisode();
    void listVisits();
    void signVisit();
    void signConflict();
    void addenda();

    // intake
    void unsavedIntakeIsEmpty();
    void intakeRoundTrip();
    void intakeResave();
    void intakeConflict();
    void intakeConflictOnFirstSave();
    void signedIntakeRefused();
    void intakeForMissingVisit();

    // rules the database enforces
    void auditLogIsAppendOnly();
    void addendaAndDocumentsAreAppendOnly();
    void signedVisitIntakeIsReadOnlyInSql();
    void signedVisitStaysSigned();
    void signedVisitColumnsReadOnlyInSql();
    void foreignKeysEnforced();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    int rows(const QString &table) const;
    qint64 makeClinician(const QString &name = u"Dr. Ana Rivera"_s);
    Visit makeVisit(qint64 clinicianId = 0, QDate date = QDate(2026, 3, 2));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(u"clinic.sqlite"_s));
    QVERIFY2(opened.database, qPrintable(opened.error));
    m_db = std::move(opened.database);
}

void TestRepositories::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

int TestRepositories::rows(const QString &table) const
{
    QSqlQuery q(db());
    if (q.exec(u"SELECT count(*) FROM "_s + table) && q.next())
        return q.value(0).toInt();
    return -1;
}

qint64 TestRepositories::makeClinician(const QString &name)
{
    Clinician c;
    c.name = name;
    c.credentials = u"MD"_s;
    const auto r = ClinicianRepository(db()).create(c);
    return r.ok() ? c.id : 0;
}

Visit TestRepositories::makeVisit(qint64 clinicianId, QDate date)
{
    Patient p = makePatient(u"Núñez"_s, u"María"_s, QDate(1961, 4, 2), u"MRN-V"_s + QString::number(rows(u"patients"_s) + 1));
    PatientRepository(db()).create(p);
    Episode e;
    e.patientId = p.id;
    e.title = u"Low back pain with left leg pain"_s;
    e.startDate = date;
    VisitRepository visits(db());
    visits.createEpisode(e);
    Visit v;
    v.episodeId = e.id;
    v.kind = VisitKind::Initial;
    v.visitDate = date;
    v.clinicianId = clinicianId;
    visits.createVisit(v);
    return v;
}

// ---- patients ----

void TestRepositories::createAndFindPatient()
{
    PatientRepository repo(db(), 0);
    Patient p = makePatient(u"  Núñez "_s, u" María José"_s, QDate(1961, 4, 2), u" MRN-1001 "_s);
    p.phone = u" 555-0101 "_s;
    p.preferredLanguage = u"es"_s;
    const SaveResult r = repo.create(p);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.status, SaveResult::Status::Saved);
    QVERIFY(p.id > 0);
    QCOMPARE(p.rowVersion, 1);
    QCOMPARE(repo.count(), 1);

    const auto found = repo.find(p.id);
    QVERIFY(found);
    QCOMPARE(found->id, p.id);
    QCOMPARE(found->familyName, u"Núñez"_s); // stored trimmed
    QCOMPARE(found->givenName, u"María José"_s);
    QCOMPARE(found->birthDate, QDate(1961, 4, 2));
    QCOMPARE(found->sex, Sex::Female);
    QCOMPARE(found->mrn, u"MRN-1001"_s);
    QCOMPARE(found->phone, u"555-0101"_s);
    QCOMPARE(found->preferredLanguage, u"es"_s);
    QCOMPARE(found->rowVersion, 1);
    QCOMPARE(repo.findByMrn(u"MRN-1001"_s)->id, p.id);
    QVERIFY(!repo.findByMrn(u"MRN-9999"_s));
    QVERIFY(!repo.find(p.id + 1));

    const auto audit = AuditLog(db()).forEntity(u"patient"_s, p.id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, u"create"_s);
}

void TestRepositories::createRefusesInvalidPatient()
{
    PatientRepository repo(db());
    Patient p = makePatient(QString(), u"María"_s, QDate(1961, 4, 2), u"MRN-1"_s);
    const SaveResult r = repo.create(p);
    QCOMPARE(r.status, SaveResult::Status::Failed);
    QCOMPARE(r.message, u"Enter the family name."_s);
    QCOMPARE(p.id, 0);
    Patient future = makePatient(u"Núñez"_s, u"María"_s, QDate::currentDate().addDays(1), u"MRN-2"_s);
    QCOMPARE(repo.create(future).status, SaveResult::Status::Failed);
    QCOMPARE(repo.count(), 0);
    QCOMPARE(rows(u"audit_log"_s), 0);
}

void TestRepositories::updatePatient()
{
    PatientRepository repo(db(), 0);
    Patient p = makePatient(u"Nunes"_s, u"Maria"_s, QDate(1961, 4, 2), u"MRN-1"_s);
    QVERIFY(repo.create(p).ok());
    p.familyName = u"Núñez"_s;
    p.phone = u"612-555-0101"_s;
    p.sex = Sex::Other;
    const SaveResult r = repo.update(p);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(p.rowVersion, 2);
    const auto found = repo.find(p.id);
    QCOMPARE(found->familyName, u"Núñez"_s);
    QCOMPARE(found->phone, u"612-555-0101"_s);
    QCOMPARE(found->sex, Sex::Other);
    QCOMPARE(found->rowVersion, 2);
    // Keeping its own MRN is of course allowed.
    QVERIFY(repo.update(p).ok());
    QCOMPARE(repo.find(p.id)->rowVersion, 3);
    const auto audit = AuditLog(db()).forEntity(u"patient"_s, p.id);
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit.first().action, u"update"_s); // newest first
}

void TestRepositories::updateConflict()
{
    PatientRepository repo(db());
    Patient p = makePatient(u"Núñez"_s, u"María"_s, QDate(1961, 4, 2), u"MRN-1"_s);
    QVERIFY(repo.create(p).ok());

    // Two windows load the same patient.
    Patient first = *repo.find(p.id);
    Patient second = *repo.find(p.id);
    first.phone = u"555-0101"_s;
    QVERIFY(repo.update(first).ok());
    QCOMPARE(first.rowVersion, 2);

    second.familyName = u"Ibarra"_s;
    second.phone = u"555-9999"_s;
    const int auditBefore = rows(u"audit_log"_s);
    const SaveResult r = repo.update(second);
    QCOMPARE(r.status, SaveResult::Status::Conflict);
    QVERIFY(!r.ok());
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(second.rowVersion, 1); // the losing copy is not advanced

    const Patient stored = *repo.find(p.id);
    QCOMPARE(stored.familyName, u"Núñez"_s);
    QCOMPARE(stored.phone, u"555-0101"_s);
    QCOMPARE(stored.rowVersion, 2);
    QCOMPARE(rows(u"audit_log"_s), auditBefore);

    // A patient deleted meanwhile (or never saved) is a conflict, too, not a silent no-op.
    Patient ghost = stored;
    ghost.id = 999;
    ghost.mrn = u"MRN-GHOST"_s;
    QCOMPARE(repo.update(ghost).status, SaveResult::Status::Conflict);
}

void TestRepositories::duplicateMrnRefused()
{
    PatientRepository repo(db());
    Patient a = makePatient(u"Núñez"_s, u"María"_s, QDate(1961, 4, 2), u"MRN-1"_s);
    QVERIFY(repo.create(a).ok());
    Patient b = makePatient(u"Anderson"_s, u"Erik"_s, QDate(1975, 11, 23), u"MRN-1"_s);
    const SaveResult r = repo.create(b);
    QCOMPARE(r.status, SaveResult::Status::Failed);
    QVERIFY2(r.message.contains(u"MRN-1"_s), qPrintable(r.message));
    QCOMPARE(b.id, 0);
    b.mrn = u"  MRN-1 "_s; // the same once trimmed
    QCOMPARE(repo.create(b).status, SaveResult::Status::Failed);
    QCOMPARE(repo.count(), 1);

    // Taking another patient's MRN in an update is refused as well.
    b.mrn = u"MRN-2"_s;
    QVERIFY(repo.create(b).ok());
    b.mrn = u"MRN-1"_s;
    b.phone = u"555-0101"_s;
    QCOMPARE(repo.update(b).status, SaveResult::Status::Failed);
    QCOMPARE(repo.find(b.id)->mrn, u"MRN-2"_s);
    QCOMPARE(repo.find(b.id)->phone, QString());
    QCOMPARE(repo.find(b.id)->rowVersion, 1);

    // The database's own UNIQUE constraint backs this up.
    QSqlQuery q(db());
    QVERIFY(!q.exec(u"INSERT INTO patients (family_name, given_name, birth_date, sex, mrn, created_at) VALUES ('X', 'Y', '2000-01-01', 'male', 'MRN-1', 'now')"_s));
}

void TestRepositories::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // MRNs in list order (family, given, id)

    QTest::newRow("everyone") << QString() << QStringList{u"B2001"_s, u"NU-5"_s, u"C3001"_s, u"A1002"_s, u"A1001"_s};
    QTest::newRow("accent-insensitive") << u"nunez"_s << QStringList{u"A1001"_s};
    QTest::newRow("typed with accents") << u"NÚÑEZ"_s << QStringList{u"A1001"_s};
    QTest::newRow("family prefix") << u"nun"_s << QStringList{u"A1002"_s, u"A1001"_s};
    QTest::newRow("family or MRN prefix") << u"nu"_s << QStringList{u"NU-5"_s, u"A1002"_s, u"A1001"_s};
    QTest::newRow("given name prefix") << u"mar"_s << QStringList{u"A1001"_s};
    QTest::newRow("given name, accent typed") << u"José"_s << QStringList{u"C3001"_s};
    QTest::newRow("Ekström as ekstrom") << u"ekstrom"_s << QStringList{u"NU-5"_s};
    QTest::newRow("MRN exact") << u"b2001"_s << QStringList{u"B2001"_s};
    QTest::newRow("MRN prefix") << u"A100"_s << QStringList{u"A1002"_s, u"A1001"_s};
    QTest::newRow("ISO date") << u"1961-04-02"_s << QStringList{u"A1001"_s};
    QTest::newRow("ISO month") << u"1961-04"_s << QStringList{u"NU-5"_s, u"A1001"_s};
    QTest::newRow("ISO year") << u"1961"_s << QStringList{u"B2001"_s, u"NU-5"_s, u"A1001"_s};
    QTest::newRow("MM/DD/YYYY") << u"04/02/1961"_s << QStringList{u"A1001"_s};
    QTest::newRow("M/D/YYYY") << u"4/2/1961"_s << QStringList{u"A1001"_s};
    QTest::newRow("same day other year") << u"04/02/1990"_s << QStringList{u"C3001"_s};
    QTest::newRow("impossible date") << u"02/30/1961"_s << QStringList();
    QTest::newRow("two terms AND") << u"nora 1961"_s << QStringList{u"B2001"_s};
    QTest::newRow("name and US date") << u"nunez, 04/02/1961"_s << QStringList{u"A1001"_s};
    QTest::newRow("family and given") << u"nunez maria"_s << QStringList{u"A1001"_s};
    QTest::newRow("terms that match different patients") << u"nunez carlos"_s << QStringList();
    QTest::newRow("letter and year") << u"a 1961"_s << QStringList{u"B2001"_s, u"A1001"_s};
    QTest::newRow("no match") << u"zimmerman"_s << QStringList();
    QTest::newRow("not a substring search") << u"unez"_s << QStringList();
    QTest::newRow("SQL characters are text") << u"%' OR 1=1 --"_s << QStringList();
}

void TestRepositories::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    PatientRepository repo(db());
    const QList<Patient> people = {
        makePatient(u"Núñez"_s, u"María"_s, QDate(1961, 4, 2), u"A1001"_s),
        makePatient(u"Nunes"_s, u"Carlos"_s, QDate(1975, 11, 23), u"A1002"_s),
        makePatient(u"Anderson"_s, u"Nora"_s, QDate(1961, 12, 5), u"B2001"_s),
        makePatient(u"García"_s, u"José"_s, QDate(1990, 4, 2), u"C3001"_s),
        makePatient(u"Ekström"_s, u"Erik"_s, QDate(1961, 4, 20), u"NU-5"_s),
    };
    for (Patient p : people)
        QVERIFY(repo.create(p).ok());
    QCOMPARE(mrns(repo.search(text, 50)), expected);
}

void TestRepositories::searchPaging()
{
    PatientRepository repo(db());
    // Twelve patients, inserted out of order; two share a family name.
    const QStringList families = {u"Lee"_s, u"Ali"_s, u"Yang"_s, u"Brown"_s, u"Ortiz"_s, u"Hansen"_s,
                                  u"Moore"_s, u"Carlson"_s, u"Dahl"_s, u"Ali"_s, u"Flores"_s, u"Thao"_s};
    for (int i = 0; i < families.size(); ++i) {
        Patient p = makePatient(families[i], i == 9 ? u"Aaron"_s : u"Zoe"_s, QDate(1980, 1, 1).addDays(i), u"P"_s + QString::number(i));
        QVERIFY(repo.create(p).ok());
    }
    const auto all = repo.search(QString(), 100);
    QCOMPARE(all.size(), 12);
    QStringList order;
    for (const auto &p : all)
        order << p.familyName + u'/' + p.givenName;
    QCOMPARE(order.mid(0, 4), (QStringList{u"Ali/Aaron"_s, u"Ali/Zoe"_s, u"Brown/Zoe"_s, u"Carlson/Zoe"_s}));

    QList<Patient> paged;
    for (int offset = 0; offset < 12; offset += 5) {
        const auto page = repo.search(QString(), 5, offset);
        QCOMPARE(page.size(), offset + 5 <= 12 ? 5 : 12 - offset);
        paged += page;
    }
    QCOMPARE(mrns(paged), mrns(all));
    QCOMPARE(repo.search(QString(), 5, 12).size(), 0);
    QCOMPARE(repo.search(QString(), 0).size(), 0);
    QCOMPARE(mrns(repo.search(u"ali"_s, 1, 1)), QStringList{u"P1"_s});
    QCOMPARE(mrns(repo.search(QString(), -1)), mrns(all)); // -1: no limit
}

void TestRepositories::searchAnyWordOfCompoundNames()
{
    PatientRepository repo(db());
    Patient a = makePatient(u"García López"_s, u"Ana María"_s, QDate(1970, 1, 2), u"W1"_s);
    Patient b = makePatient(u"De la Cruz"_s, u"José"_s, QDate(1971, 3, 4), u"W2"_s);
    Patient c = makePatient(u"O'Brien-Smith"_s, u"Liam"_s, QDate(1972, 5, 6), u"W3"_s);
    for (Patient *p : {&a, &b, &c})
        QVERIFY(repo.create(*p).ok());
    QCOMPARE(mrns(repo.search(u"lopez"_s, 10)), QStringList{u"W1"_s});
    QCOMPARE(mrns(repo.search(u"maria"_s, 10)), QStringList{u"W1"_s});
    QCOMPARE(mrns(repo.search(u"cruz"_s, 10)), QStringList{u"W2"_s});
    QCOMPARE(mrns(repo.search(u"jose cruz"_s, 10)), QStringList{u"W2"_s});
    QCOMPARE(mrns(repo.search(u"smith"_s, 10)), QStringList{u"W3"_s});
    QCOMPARE(mrns(repo.search(u"brien"_s, 10)), QStringList{u"W3"_s});
    // A renamed patient is found by the new words only.
    a.familyName = u"Ruiz"_s;
    QVERIFY(repo.update(a).ok());
    QVERIFY(repo.search(u"lopez"_s, 10).isEmpty());
    QCOMPARE(mrns(repo.search(u"ruiz ana"_s, 10)), QStringList{u"W1"_s});
}

void TestRepositories::searchFollowsUpdates()
{
    PatientRepository repo(db());
    Patient p = makePatient(u"Smith"_s, u"Maria"_s, QDate(1961, 4, 2), u"MRN-1"_s);
    QVERIFY(repo.create(p).ok());
    QCOMPARE(repo.search(u"nunez"_s, 10).size(), 0);
    p.familyName = u"Núñez"_s;
    p.mrn = u"XY-77"_s;
    QVERIFY(repo.update(p).ok());
    QCOMPARE(repo.search(u"nunez"_s, 10).size(), 1);
    QCOMPARE(repo.search(u"smith"_s, 10).size(), 0);
    QCOMPARE(repo.search(u"xy-7"_s, 10).size(), 1);
    QCOMPARE(repo.search(u"mrn"_s, 10).size(), 0);
}

// ---- clinicians, referrals, registration ----

void TestRepositories::clinicians()
{
    ClinicianRepository repo(db());
    Clinician a{0, u"Dr. Zoe Okafor"_s, u"DO"_s, ClinicianRole::Physiatrist, true};
    Clinician b{0, u"Ana Lindqvist"_s, u"DPT"_s, ClinicianRole::PhysicalTherapist, true};
    Clinician c{0, u"Retired Person"_s, QString(), ClinicianRole::Other, false};
    for (Clinician *x : {&a, &b, &c})
        QVERIFY(repo.create(*x).ok());
    Clinician nameless;
    QCOMPARE(repo.create(nameless).status, SaveResult::Status::Failed);

    const auto found = repo.find(b.id);
    QVERIFY(found);
    QCOMPARE(found->name, u"Ana Lindqvist"_s);
    QCOMPARE(found->credentials, u"DPT"_s);
    QCOMPARE(found->role, ClinicianRole::PhysicalTherapist);
    QVERIFY(found->active);
    QStringList active, all;
    for (const auto &x : repo.list())
        active << x.name;
    for (const auto &x : repo.list(false))
        all << x.name;
    QCOMPARE(active, (QStringList{u"Ana Lindqvist"_s, u"Dr. Zoe Okafor"_s}));
    QCOMPARE(all, (QStringList{u"Ana Lindqvist"_s, u"Dr. Zoe Okafor"_s, u"Retired Person"_s}));
    QVERIFY(!repo.find(c.id)->active);
}

void TestRepositories::referringCliniciansAndReferrals()
{
    ReferralRepository repo(db());
    ReferringClinician c{0, u"Dr. Paul Olson"_s, u"Lakeview Primary Care"_s, u"555-0101"_s, u"555-0201"_s, u"polson@direct.lakeview.example"_s, 0};
    QVERIFY(repo.createReferringClinician(c).ok());
    QVERIFY(c.id > 0);
    QCOMPARE(c.rowVersion, 1);
    const auto found = repo.findReferringClinician(c.id);
    QCOMPARE(found->practice, u"Lakeview Primary Care"_s);
    QCOMPARE(found->fax, u"555-0201"_s);
    QCOMPARE(found->directAddress, u"polson@direct.lakeview.example"_s);
    ReferringClinician bad{0, u"Dr. X"_s, QString(), QString(), QString(), u"not-an-address"_s, 0};
    QCOMPARE(repo.createReferringClinician(bad).status, SaveResult::Status::Failed);
    QCOMPARE(repo.referringClinicians().size(), 1);

    Patient p = makePatient(u"Núñez"_s, u"María"_s, QDate(1961, 4, 2), u"MRN-1"_s);
    QVERIFY(PatientRepository(db()).create(p).ok());
    Referral older{0, p.id, c.id, QDate(2025, 6, 1), u"Low back pain"_s, u"Please evaluate."_s, 0};
    Referral newer{0, p.id, 0, QDate(2026, 1, 10), u"Leg pain"_s, QString(), 0};
    QVERIFY(repo.create(older).ok());
    QVERIFY(repo.create(newer).ok());
    const auto list = repo.forPatient(p.id);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].id, newer.id); // newest first
    QCOMPARE(list[0].referringClinicianId, 0); // none recorded
    QCOMPARE(list[1].referringClinicianId, c.id);
    QCOMPARE(list[1].question, u"Please evaluate."_s);
    QCOMPARE(list[1].receivedDate, QDate(2025, 6, 1));

    Referral noReason{0, p.id, c.id, QDate(2026, 1, 1), u" "_s, QString(), 0};
    QCOMPARE(repo.create(noReason).status, SaveResult::Status::Failed);
    QCOMPARE(repo.forPatient(p.id).size(), 2);
}

void TestRepositories::registerPatient()
{
    ReferralRepository repo(db());
    Patient p = makePatient(u"Núñez"_s, u"María"_s, QDate(1961, 4, 2), u"MRN-1"_s);
    ReferringClinician from{0, u"Dr. Paul Olson"_s, u"Lakeview Primary Care"_s, QString(), QString(), QString(), 0};
    Referral r{0, 0, 0, QDate(2026, 1, 10), u"Low back pain radiating to the left leg"_s, u"Is an injection indicated?"_s, 0};
    const SaveResult result = repo.registerPatient(p, from, r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(p.id > 0);
    QVERIFY(from.id > 0);
    QVERIFY(r.id > 0);
    QCOMPARE(r.patientId, p.id);
    QCOMPARE(r.referringClinicianId, from.id);
    QCOMPARE(rows(u"patients"_s), 1);
    QCOMPARE(rows(u"referring_clinicians"_s), 1);
    const auto referrals = repo.forPatient(p.id);
    QCOMPARE(referrals.size(), 1);
    QCOMPARE(referrals.first().referringClinicianId, from.id);
    QCOMPARE(repo.findReferringClinician(from.id)->name, u"Dr. Paul Olson"_s);
}

void TestRepositories::registerPatientWithKnownClinician()
{
    ReferralRepository repo(db());
    ReferringClinician known{0, u"Dr. Paul Olson"_s, QString(), QString(), QString(), QString(), 0};
    QVERIFY(repo.createReferringClinician(known).ok());
    ReferringClinician from = known;
    from.name = u"Changed, but used as it is"_s;
    Patient p = makePatient(u"Núñez"_s, u"María"_s, QDate(1961, 4, 2), u"MRN-1"_s);
    Referral r{0, 0, 0, QDate(2026, 1, 10), u"Low back pain"_s, QString(), 0};
    QVERIFY(repo.registerPatient(p, from, r).ok());
    QCOMPARE(from.id, known.id);
    QCOMPARE(rows(u"referring_clinicians"_s), 1);
    QCOMPARE(repo.findReferringClinician(known.id)->name, u"Dr. Paul Olson"_s);
    QCOMPARE(repo.forPatient(p.id).first().referringClinicianId, known.id);
}

void TestRepositories::registerPatientIsAllOrNothing_data()
{
    QTest::addColumn<QString>("broken");
    QTest::newRow("invalid referral") << u"referral"_s;
    QTest::newRow("invalid referring clinician") << u"clinician"_s;
    QTest::newRow("invalid patient") << u"patient"_s;
    QTest::newRow("duplicate MRN") << u"mrn"_s;
}

void TestRepositories::registerPatientIsAllOrNothing()
{
    QFETCH(QString, broken);
    Patient existing = makePatient(u"Anderson"_s, u"Erik"_s, QDate(1975, 11, 23), u"MRN-TAKEN"_s);
    QVERIFY(PatientRepository(db()).create(existing).ok());
    const int patientsBefore = rows(u"patients"_s), auditBefore = rows(u"audit_log"_s);

    Patient p = makePatient(u"Núñez"_s, u"María"_s, QDate(1961, 4, 2), u"MRN-1"_s);
    ReferringClinician from{0, u"Dr. Paul Olson"_s, QString(), QString(), QString(), QString(), 0};
    Referral r{0, 0, 0, QDate(2026, 1, 10), u"Low back pain"_s, QString(), 0};
    if (broken == u"referral")
        r.reason.clear();
    else if (broken == u"clinician")
        from.phone = u"12"_s;
    else if (broken == u"patient")
        p.birthDate = QDate();
    else
        p.mrn = u"MRN-TAKEN"_s;

    const SaveResult result = ReferralRepository(db()).registerPatient(p, from, r);
    QCOMPARE(result.status, SaveResult::Status::Failed);
    QVERIFY(!result.message.isEmpty());
    // Nothing of it is left: no patient, no referring clinician, no referral, no audit entry.
    QCOMPARE(rows(u"patients"_s), patientsBefore);
    QCOMPARE(rows(u"referring_clinicians"_s), 0);
    QCOMPARE(rows(u"referrals"_s), 0);
    QCOMPARE(rows(u"audit_log"_s), auditBefore);
    QVERIFY(!PatientRepository(db()).findByMrn(u"MRN-1"_s));
    // And the caller's objects carry no ids from the rolled-back transaction.
    QCOMPARE(p.id, 0);
    QCOMPARE(p.rowVersion, 0);
    QCOMPARE(from.id, 0);

    // The same registration, corrected, then succeeds.
    r.reason = u"Low back pain"_s;
    from.phone.clear();
    p.birthDate = QDate(1961, 4, 2);
    p.mrn = u"MRN-1"_s;
    QVERIFY(ReferralRepository(db()).registerPatient(p, from, r).ok());
    QCOMPARE(rows(u"patients"_s), patientsBefore + 1);
    QCOMPARE(rows(u"referrals"_s), 1);
}

// ---- episodes and visits ----

void TestRepositories::createEpisodeAndVisit()
{
    Patient p = makePatient(u"Núñez"_s, u"María"_s, QDate(1961, 4, 2), u"MRN-1"_s);
    QVERIFY(PatientRepository(db()).create(p).ok());
    const qint64 clinician = makeClinician();
    VisitRepository repo(db());

    Episode e;
    e.patientId = p.id;
    e.title = u" Low back pain with left leg pain "_s;
    e.startDate = QDate(2026, 3, 2);
    QVERIFY(repo.createEpisode(e).ok());
    QVERIFY(e.id > 0);
    QCOMPARE(e.rowVersion, 1);
    Episode later{0, p.id, u"Recurrence"_s, QDate(2026, 9, 1), false, 0};
    QVERIFY(repo.createEpisode(later).ok());
    const auto episodes = repo.episodesForPatient(p.id);
    QCOMPARE(episodes.size(), 2);
    QCOMPARE(episodes[0].id, later.id); // newest first
    QCOMPARE(episodes[1].title, u"Low back pain with left leg pain"_s);
    QCOMPARE(episodes[1].startDate, QDate(2026, 3, 2));
    QVERIFY(!episodes[1].closed);

    Visit v;
    v.episodeId = e.id;
    v.patientId = 12345; // ignored: the patient is the episode's
    v.kind = VisitKind::PhysicalTherapy;
    v.visitDate = QDate(2026, 3, 2);
    v.clinicianId = clinician;
    QVERIFY(repo.createVisit(v).ok());
    QVERIFY(v.id > 0);
    QCOMPARE(v.patientId, p.id);
    QCOMPARE(v.status, VisitStatus::Draft);
    QCOMPARE(v.rowVersion, 1);
    Visit followUp{0, e.id, 0, VisitKind::FollowUp, VisitStatus::Signed, QDate(2026, 4, 6), 0, 0, {}, 0};
    QVERIFY(repo.createVisit(followUp).ok());
    QCOMPARE(followUp.status, VisitStatus::Draft); // a new visit is always a draft

    const auto found = repo.find(v.id);
    QVERIFY(found);
    QCOMPARE(found->episodeId, e.id);
    QCOMPARE(found->patientId, p.id);
    QCOMPARE(found->kind, VisitKind::PhysicalTherapy);
    QCOMPARE(found->status, VisitStatus::Draft);
    QCOMPARE(found->visitDate, QDate(2026, 3, 2));
    QCOMPARE(found->clinicianId, clinician);
    QCOMPARE(found->signedBy, 0);
    QVERIFY(!found->signedAt.isValid());
    QCOMPARE(repo.find(followUp.id)->clinicianId, 0); // none chosen yet
    QCOMPARE(repo.visitsForEpisode(e.id).size(), 2);
    QCOMPARE(repo.visitsForEpisode(e.id).first().id, v.id); // oldest first
    QCOMPARE(repo.visitsForEpisode(later.id).size(), 0);
    QCOMPARE(repo.count(), 2);
    QCOMPARE(AuditLog(db()).forEntity(u"visit"_s, v.id).first().detail, u"pt"_s);
}

void TestRepositories::visitNeedsDateAndEpisode()
{
    VisitRepository repo(db());
    Episode noDate;
    QCOMPARE(repo.createEpisode(noDate).status, SaveResult::Status::Failed);
    Episode orphan{0, 999, u"x"_s, QDate(2026, 1, 1), false, 0};
    QCOMPARE(repo.createEpisode(orphan).status, SaveResult::Status::Failed); // no such patient
    Visit v;
    v.episodeId = 999;
    v.visitDate = QDate(2026, 1, 1);
    QCOMPARE(repo.createVisit(v).status, SaveResult::Status::Failed);
    const Visit good = makeVisit();
    Visit undated;
    undated.episodeId = good.episodeId;
    QCOMPARE(repo.createVisit(undated).status, SaveResult::Status::Failed);
    QCOMPARE(repo.count(), 1);
    QCOMPARE(rows(u"episodes"_s), 1);
}

void TestRepositories::listVisits()
{
    const qint64 rivera = makeClinician(u"Dr. Ana Rivera"_s);
    const Visit a = makeVisit(rivera, QDate(2026, 1, 5));
    Visit b = makeVisit(0, QDate(2026, 2, 5));
    VisitRepository repo(db());
    Visit c{0, a.episodeId, 0, VisitKind::FollowUp, VisitStatus::Draft, QDate(2026, 3, 5), rivera, 0, {}, 0};
    QVERIFY(repo.createVisit(c).ok());
    QVERIFY(repo.sign(b, rivera).ok());

    const auto all = repo.list({});
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].visit.id, c.id); // newest first
    QCOMPARE(all[1].visit.id, b.id);
    QCOMPARE(all[2].visit.id, a.id);
    QCOMPARE(all[0].patientName, u"Núñez, María"_s);
    QCOMPARE(all[0].clinicianName, u"Dr. Ana Rivera"_s);
    QCOMPARE(all[1].clinicianName, QString());
    QCOMPARE(all[2].mrn, PatientRepository(db()).find(a.patientId)->mrn);

    VisitFilter f;
    f.kind = VisitKind::FollowUp;
    QCOMPARE(repo.list(f).size(), 1);
    f = {};
    f.status = VisitStatus::Signed;
    QCOMPARE(repo.list(f).size(), 1);
    QCOMPARE(repo.list(f).first().visit.id, b.id);
    f = {};
    f.status = VisitStatus::Draft;
    f.kind = VisitKind::Initial;
    QCOMPARE(repo.list(f).size(), 1);
    f = {};
    f.patientId = a.patientId;
    QCOMPARE(repo.list(f).size(), 2);
    f = {};
    f.limit = 2;
    QCOMPARE(repo.list(f).size(), 2);
}

void TestRepositories::signVisit()
{
    const qint64 clinician = makeClinician();
    Visit v = makeVisit(clinician);
    VisitRepository repo(db());

    QCOMPARE(repo.sign(v, 0).status, SaveResult::Status::Failed); // nobody to sign
    QCOMPARE(repo.find(v.id)->status, VisitStatus::Draft);

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const SaveResult r = repo.sign(v, clinician);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(v.status, VisitStatus::Signed);
    QCOMPARE(v.signedBy, clinician);
    QCOMPARE(v.rowVersion, 2);
    const Visit stored = *repo.find(v.id);
    QCOMPARE(stored.status, VisitStatus::Signed);
    QCOMPARE(stored.signedBy, clinician);
    QCOMPARE(stored.rowVersion, 2);
    QVERIFY(stored.signedAt.isValid());
    QVERIFY(stored.signedAt >= before && stored.signedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(stored.signedAt.toSecsSinceEpoch(), v.signedAt.toSecsSinceEpoch());
    QCOMPARE(AuditLog(db()).forEntity(u"visit"_s, v.id).first().action, u"sign"_s);

    // Signing twice is refused.
    const SaveResult again = repo.sign(v, clinician);
    QCOMPARE(again.status, SaveResult::Status::Failed);
    QVERIFY(again.message.contains(u"addendum"_s));
}

void TestRepositories::signConflict()
{
    const qint64 clinician = makeClinician();
    const Visit v = makeVisit(clinician);
    VisitRepository repo(db());
    Visit first = *repo.find(v.id), second = *repo.find(v.id);
    QVERIFY(repo.sign(first, clinician).ok());
    const qint64 other = makeClinician(u"Dr. Other"_s);
    QCOMPARE(repo.sign(second, other).status, SaveResult::Status::Conflict);
    QCOMPARE(second.status, VisitStatus::Draft);
    QCOMPARE(repo.find(v.id)->signedBy, clinician);
}

void TestRepositories::addenda()
{
    const qint64 clinician = makeClinician();
    Visit v = makeVisit(clinician);
    VisitRepository repo(db());
    Addendum onDraft{0, v.id, clinician, {}, u"Too early"_s};
    QCOMPARE(repo.addAddendum(onDraft).status, SaveResult::Status::Failed);
    QCOMPARE(repo.addenda(v.id).size(), 0);

    QVERIFY(repo.sign(v, clinician).ok());
    Addendum empty{0, v.id, clinician, {}, u"   "_s};
    QCOMPARE(repo.addAddendum(empty).status, SaveResult::Status::Failed);
    Addendum anonymous{0, v.id, 0, {}, u"Who wrote this?"_s};
    QCOMPARE(repo.addAddendum(anonymous).status, SaveResult::Status::Failed);
    Addendum missingVisit{0, 999, clinician, {}, u"Nowhere"_s};
    QCOMPARE(repo.addAddendum(missingVisit).status, SaveResult::Status::Failed);

    Addendum first{0, v.id, clinician, {}, u"  Patient called: pain improving.  "_s};
    Addendum second{0, v.id, clinician, {}, u"MRI report received."_s};
    QVERIFY(repo.addAddendum(first).ok());
    QVERIFY(repo.addAddendum(second).ok());
    QVERIFY(first.id > 0 && first.createdAt.isValid());
    const auto list = repo.addenda(v.id);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].text, u"Patient called: pain improving."_s);
    QCOMPARE(list[0].authorId, clinician);
    QCOMPARE(list[0].visitId, v.id);
    QCOMPARE(list[1].text, u"MRI report received."_s);
    QCOMPARE(list[0].createdAt.toSecsSinceEpoch(), first.createdAt.toSecsSinceEpoch());
    // The signed visit itself did not change.
    QCOMPARE(repo.find(v.id)->rowVersion, 2);
}

// ---- intake ----

void TestRepositories::unsavedIntakeIsEmpty()
{
    const Visit v = makeVisit();
    const Intake in = IntakeRepository(db()).load(v.id);
    QCOMPARE(in.visitId, v.id);
    QCOMPARE(in.rowVersion, 0);
    QVERIFY(in.isEmpty());
}

void TestRepositories::intakeRoundTrip()
{
    const Visit v = makeVisit();
    IntakeRepository repo(db());
    Intake in = fullIntake(v.id);
    const SaveResult r = repo.save(in);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(in.rowVersion, 1);
    const Intake loaded = repo.load(v.id);
    QCOMPARE(loaded.rowVersion, 1);
    compareIntakes(loaded, fullIntake(v.id));
    if (QTest::currentTestFailed())
        return;

    // An intake with nothing in it round-trips as empty.
    const Visit other = makeVisit();
    Intake blank;
    blank.visitId = other.id;
    QVERIFY(repo.save(blank).ok());
    const Intake blankLoaded = repo.load(other.id);
    QVERIFY(blankLoaded.isEmpty());
    QCOMPARE(blankLoaded.rowVersion, 1);
    QCOMPARE(blankLoaded.painRegions, QStringList());
    // Each visit has its own intake.
    QCOMPARE(repo.load(v.id).conservativeCare.size(), 3);
}

void TestRepositories::intakeResave()
{
    const Visit v = makeVisit();
    IntakeRepository repo(db());
    Intake in = fullIntake(v.id);
    QVERIFY(repo.save(in).ok());

    // Edit what was loaded: remove, reorder and change child entries, clear the onset.
    Intake edited = repo.load(v.id);
    edited.onsetDate = QDate();
    edited.dominance = PainDominance::Back;
    edited.painRegions = {u"low-back-central"_s};
    edited.occupation.clear();
    edited.conservativeCare.removeAt(1);
    std::swap(edited.imaging[0], edited.imaging[1]);
    edited.medications.clear();
    edited.injections[0].reliefPercent = 100;
    QVERIFY(repo.save(edited).ok());
    QCOMPARE(edited.rowVersion, 2);

    const Intake loaded = repo.load(v.id);
    QCOMPARE(loaded.rowVersion, 2);
    edited.rowVersion = loaded.rowVersion;
    compareIntakes(loaded, edited);
    QCOMPARE(rows(u"conservative_care"_s), 2);
    QCOMPARE(rows(u"medication_trials"_s), 0);
    QCOMPARE(rows(u"prior_injections"_s), 3);
    QCOMPARE(loaded.imaging.first().modality, u"X-ray"_s);
    QCOMPARE(loaded.injections.first().reliefPercent, 100);
    QCOMPARE(AuditLog(db()).forEntity(u"intake"_s, v.id).size(), 2);
}

void TestRepositories::intakeConflict()
{
    const Visit v = makeVisit();
    IntakeRepository repo(db());
    Intake in = fullIntake(v.id);
    QVERIFY(repo.save(in).ok());

    Intake first = repo.load(v.id), second = repo.load(v.id);
    first.goals = u"Sleep through the night."_s;
    first.medications.removeLast();
    QVERIFY(repo.save(first).ok());
    QCOMPARE(first.rowVersion, 2);

    second.goals = u"Play golf."_s;
    second.imaging.clear();
    second.conservativeCare.clear();
    const SaveResult r = repo.save(second);
    QCOMPARE(r.status, SaveResult::Status::Conflict);
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(second.rowVersion, 1);

    // The stored intake is the first window's, children included.
    const Intake stored = repo.load(v.id);
    QCOMPARE(stored.rowVersion, 2);
    QCOMPARE(stored.goals, u"Sleep through the night."_s);
    QCOMPARE(stored.medications.size(), 1);
    QCOMPARE(stored.imaging.size(), 2);
    QCOMPARE(stored.conservativeCare.size(), 3);
}

void TestRepositories::intakeConflictOnFirstSave()
{
    const Visit v = makeVisit();
    IntakeRepository repo(db());
    Intake first = repo.load(v.id), second = repo.load(v.id); // both new
    first.goals = u"first"_s;
    second.goals = u"second"_s;
    second.medications = {{0, u"Naproxen"_s, TreatmentResponse::Improved, QString()}};
    QVERIFY(repo.save(first).ok());
    QCOMPARE(repo.save(second).status, SaveResult::Status::Conflict);
    QCOMPARE(second.rowVersion, 0);
    QCOMPARE(repo.load(v.id).goals, u"first"_s);
    QCOMPARE(rows(u"medication_trials"_s), 0);
}

void TestRepositories::signedIntakeRefused()
{
    const qint64 clinician = makeClinician();
    Visit v = makeVisit(clinician);
    IntakeRepository intakes(db());
    Intake in = fullIntake(v.id);
    QVERIFY(intakes.save(in).ok());
    QVERIFY(VisitRepository(db()).sign(v, clinician).ok());

    Intake late = intakes.load(v.id);
    late.goals = u"Changed after signing"_s;
    late.imaging.clear();
    const SaveResult r = intakes.save(late);
    QCOMPARE(r.status, SaveResult::Status::Failed);
    QVERIFY2(r.message.contains(u"addendum"_s), qPrintable(r.message));
    QCOMPARE(late.rowVersion, 1);
    const Intake stored = intakes.load(v.id);
    QCOMPARE(stored.goals, fullIntake(v.id).goals);
    QCOMPARE(stored.imaging.size(), 2);
    QCOMPARE(stored.rowVersion, 1);

    // A signed visit without an intake cannot get one either.
    Visit bare = makeVisit(clinician);
    QVERIFY(VisitRepository(db()).sign(bare, clinician).ok());
    Intake fresh = fullIntake(bare.id);
    QCOMPARE(intakes.save(fresh).status, SaveResult::Status::Failed);
    QCOMPARE(intakes.load(bare.id).rowVersion, 0);
}

void TestRepositories::intakeForMissingVisit()
{
    Intake in = fullIntake(4242);
    QCOMPARE(IntakeRepository(db()).save(in).status, SaveResult::Status::Failed);
    QCOMPARE(rows(u"intakes"_s), 0);
    QCOMPARE(rows(u"conservative_care"_s), 0);
}

// ---- rules the database enforces ----

void TestRepositories::auditLogIsAppendOnly()
{
    Patient p = makePatient(u"Núñez"_s, u"María"_s, QDate(1961, 4, 2), u"MRN-1"_s);
    QVERIFY(PatientRepository(db(), 0).create(p).ok());
    QVERIFY(AuditLog(db()).record(u"view"_s, u"patient"_s, p.id, u"opened the chart"_s));
    QCOMPARE(rows(u"audit_log"_s), 2);

    QSqlQuery q(db());
    QVERIFY(!q.exec(u"UPDATE audit_log SET action = 'nothing', detail = ''"_s));
    QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(u"DELETE FROM audit_log"_s));
    QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(u"DELETE FROM audit_log WHERE action = 'view'"_s));
    QCOMPARE(rows(u"audit_log"_s), 2);
    const auto entries = AuditLog(db()).forEntity(u"patient"_s, p.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].action, u"view"_s);
    QCOMPARE(entries[0].detail, u"opened the chart"_s);
    QCOMPARE(entries[1].action, u"create"_s);
}

void TestRepositories::addendaAndDocumentsAreAppendOnly()
{
    const qint64 clinician = makeClinician();
    Visit v = makeVisit(clinician);
    VisitRepository repo(db());
    QVERIFY(repo.sign(v, clinician).ok());
    Addendum a{0, v.id, clinician, {}, u"Original text"_s};
    QVERIFY(repo.addAddendum(a).ok());
    QSqlQuery q(db());
    QVERIFY(!q.exec(u"UPDATE addenda SET text = 'rewritten'"_s));
    QVERIFY(!q.exec(u"DELETE FROM addenda"_s));
    QCOMPARE(repo.addenda(v.id).first().text, u"Original text"_s);

    // An archived document is kept exactly as it was generated.
    q.prepare(u"INSERT INTO documents (visit_id, kind, language, created_by, created_at, sha256, pdf) VALUES (?, 'letter', 'en', ?, ?, ?, ?)"_s);
    const QByteArray pdf("%PDF-1.4 fake");
    q.addBindValue(v.id);
    q.addBindValue(clinician);
    q.addBindValue(u"2026-03-02T17:00:00Z"_s);
    q.addBindValue(QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    q.addBindValue(pdf);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(u"UPDATE documents SET pdf = x'00'"_s));
    QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(u"DELETE FROM documents"_s));
    QVERIFY(q.exec(u"SELECT pdf FROM documents"_s) && q.next());
    QCOMPARE(q.value(0).toByteArray(), pdf);
}

void TestRepositories::signedVisitIntakeIsReadOnlyInSql()
{
    const qint64 clinician = makeClinician();
    Visit v = makeVisit(clinician);
    Visit draft = makeVisit(clinician);
    IntakeRepository intakes(db());
    Intake in = fullIntake(v.id);
    QVERIFY(intakes.save(in).ok());
    Intake draftIntake = fullIntake(draft.id);
    QVERIFY(intakes.save(draftIntake).ok());
    QVERIFY(VisitRepository(db()).sign(v, clinician).ok());

    const QString id = QString::number(v.id);
    const QStringList refused = {
        u"UPDATE intakes SET goals = 'tampered' WHERE visit_id = "_s + id,
        u"DELETE FROM intakes WHERE visit_id = "_s + id,
        u"UPDATE intakes SET visit_id = 9999 WHERE visit_id = "_s + id,
        u"INSERT INTO conservative_care (visit_id, position, modality) VALUES ("_s + id + u", 9, 'Yoga')"_s,
        u"UPDATE conservative_care SET sessions_attended = 99 WHERE visit_id = "_s + id,
        u"DELETE FROM conservative_care WHERE visit_id = "_s + id,
        u"INSERT INTO medication_trials (visit_id, position, name) VALUES ("_s + id + u", 9, 'Tramadol')"_s,
        u"UPDATE medication_trials SET name = 'x' WHERE visit_id = "_s + id,
        u"DELETE FROM medication_trials WHERE visit_id = "_s + id,
        u"INSERT INTO prior_injections (visit_id, position, injection_type) VALUES ("_s + id + u", 9, 'x')"_s,
        u"UPDATE prior_injections SET relief_percent = 100 WHERE visit_id = "_s + id,
        u"DELETE FROM prior_injections WHERE visit_id = "_s + id,
        u"INSERT INTO imaging_studies (visit_id, position, modality) VALUES ("_s + id + u", 9, 'CT')"_s,
        u"UPDATE imaging_studies SET key_finding = 'x' WHERE visit_id = "_s + id,
        u"DELETE FROM imaging_studies WHERE visit_id = "_s + id,
    };
    QSqlQuery q(db());
    for (const QString &sql : refused) {
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        QVERIFY2(q.lastError().text().contains(u"signed"_s), qPrintable(sql + u" → "_s + q.lastError().text()));
    }
    const Intake stored = intakes.load(v.id);
    Intake expected = fullIntake(v.id);
    compareIntakes(stored, expected);
    QCOMPARE(stored.rowVersion, 1);

    // The draft visit's rows are still editable in SQL: the triggers single out signed visits.
    QVERIFY(q.exec(u"UPDATE intakes SET goals = 'edited' WHERE visit_id = "_s + QString::number(draft.id)));
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(q.exec(u"DELETE FROM medication_trials WHERE visit_id = "_s + QString::number(draft.id)));
    QCOMPARE(q.numRowsAffected(), 2);
}

void TestRepositories::signedVisitStaysSigned()
{
    const qint64 clinician = makeClinician();
    Visit v = makeVisit(clinician);
    QVERIFY(VisitRepository(db()).sign(v, clinician).ok());
    QSqlQuery q(db());
    QVERIFY(!q.exec(u"UPDATE visits SET status = 'draft' WHERE id = "_s + QString::number(v.id)));
    QVERIFY2(q.lastError().text().contains(u"cannot be reopened"_s), qPrintable(q.lastError().text()));
    QCOMPARE(VisitRepository(db()).find(v.id)->status, VisitStatus::Signed);
}

void TestRepositories::signedVisitColumnsReadOnlyInSql()
{
    const qint64 clinician = makeClinician();
    Visit v = makeVisit(clinician);
    QVERIFY(VisitRepository(db()).sign(v, clinician).ok());
    const QString id = QString::number(v.id);
    QSqlQuery q(db());
    for (const QString &set : {u"visit_date = '2020-01-01'"_s, u"kind = 'pt'"_s, u"signed_by = NULL"_s, u"clinician_id = NULL"_s}) {
        QVERIFY2(!q.exec(u"UPDATE visits SET "_s + set + u" WHERE id = "_s + id), qPrintable(set));
        QVERIFY(q.lastError().text().contains(u"signed"_s));
    }
    const auto stored = VisitRepository(db()).find(v.id);
    QCOMPARE(stored->visitDate, v.visitDate);
    QCOMPARE(stored->kind, v.kind);
    QCOMPARE(stored->signedBy, clinician);
}

void TestRepositories::foreignKeysEnforced()
{
    QSqlQuery q(db());
    QVERIFY(!q.exec(u"INSERT INTO visits (episode_id, patient_id, kind, visit_date, created_at) VALUES (77, 88, 'initial', '2026-01-01', 'now')"_s));
    QVERIFY(!q.exec(u"INSERT INTO referrals (patient_id, received_date, reason) VALUES (77, '2026-01-01', 'x')"_s));
    const Visit v = makeVisit();
    QVERIFY(!q.exec(u"DELETE FROM patients WHERE id = "_s + QString::number(v.patientId)));
    QCOMPARE(rows(u"patients"_s), 1);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
