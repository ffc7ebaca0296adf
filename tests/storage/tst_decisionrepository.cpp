// Decision records and treatment considerations against a real database file: round trip,
// one record per aid per visit, lost-update conflicts, a signed visit refused (also by raw
// SQL), audited saves, and a stored record that cannot be read left untouched.
#include "storage/auditlog.h"
#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/intakerepository.h"
#include "storage/patientrepository.h"
#include "storage/visitrepository.h"

#include "visitfixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Aids;

namespace {
const QDate kDay(2026, 9, 30);

DecisionRecord sciatica(qint64 visitId)
{
    DecisionRecord r;
    r.visitId = visitId;
    r.aidId = u"sciatica-disc-herniation"_s;
    r.aidVersion = u"1.0"_s;
    r.aidSha256 = QString(64, u'a');
    r.optionsDiscussed = {u"conservative"_s, u"early-surgery"_s};
    r.values = {{u"avoid-operation"_s, 9}};
    r.preferredOption = u"conservative"_s;
    r.sure = {true, false, true, true};
    r.participants = {u"Patient"_s};
    return r;
}
} // namespace

class TestDecisionRepository : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_fixture.open(kDay, u"MRN-D1"_s));
        m_clinician = m_fixture.clinician;
        m_visit = m_fixture.visit;
    }
    void cleanup() { m_fixture.close(); }

    void noRecordYet()
    {
        DecisionRepository repo(db(), m_clinician);
        const auto all = repo.forVisit(m_visit.id);
        QVERIFY(all && all->isEmpty());
        const auto fresh = repo.load(m_visit.id, u"lumbar-stenosis"_s);
        QVERIFY(fresh);
        QCOMPARE(fresh->rowVersion, 0);
        QCOMPARE(fresh->sure.size(), kSureItems);
    }

    void roundTripAndResave()
    {
        DecisionRepository repo(db(), m_clinician);
        DecisionRecord r = sciatica(m_visit.id);
        QVERIFY(repo.save(r).ok());
        QCOMPARE(r.rowVersion, 1);
        QCOMPARE(r.recordedBy, m_clinician);
        auto back = repo.load(m_visit.id, r.aidId);
        QVERIFY(back);
        QCOMPARE(back->aidVersion, u"1.0"_s);
        QCOMPARE(back->aidSha256, r.aidSha256);
        QCOMPARE(back->values, r.values);
        QCOMPARE(back->preferredOption, u"conservative"_s);
        QCOMPARE(back->sureResult().score, std::optional<int>(3));
        QVERIFY(back->sureResult().conflict);
        back->preferredOption = QString::fromLatin1(kUndecided);
        QVERIFY(repo.save(*back).ok());
        QCOMPARE(repo.load(m_visit.id, r.aidId)->rowVersion, 2);
        QVERIFY(repo.load(m_visit.id, r.aidId)->undecided());
        QCOMPARE(AuditLog(db()).forEntity(u"decision"_s, m_visit.id).size(), 2);
        // A second aid at the same visit is a second record.
        DecisionRecord esi = sciatica(m_visit.id);
        esi.aidId = u"epidural-steroid-injection"_s;
        esi.optionsDiscussed = {u"no-injection"_s, u"injection"_s};
        esi.preferredOption = u"injection"_s;
        QVERIFY(repo.save(esi).ok());
        QCOMPARE(repo.forVisit(m_visit.id)->size(), 2);
    }

    void conflicts()
    {
        DecisionRepository repo(db(), m_clinician);
        DecisionRecord first = sciatica(m_visit.id);
        DecisionRecord second = sciatica(m_visit.id);
        QVERIFY(repo.save(first).ok());
        QCOMPARE(repo.save(second).status, SaveResult::Status::Conflict); // both started fresh
        DecisionRecord a = *repo.load(m_visit.id, first.aidId);
        DecisionRecord b = a;
        a.note = u"first"_s;
        b.note = u"second"_s;
        QVERIFY(repo.save(a).ok());
        QCOMPARE(repo.save(b).status, SaveResult::Status::Conflict);
        QCOMPARE(repo.load(m_visit.id, first.aidId)->note, u"first"_s);
    }

    void preferredOptionMustHaveBeenDiscussed()
    {
        DecisionRecord r = sciatica(m_visit.id);
        r.preferredOption = u"fusion"_s;
        QCOMPARE(DecisionRepository(db(), m_clinician).save(r).status, SaveResult::Status::Failed);
        QCOMPARE(DecisionRepository(db()).forVisit(m_visit.id)->size(), 0);
    }

    void signedVisitRefused()
    {
        DecisionRepository repo(db(), m_clinician);
        DecisionRecord r = sciatica(m_visit.id);
        QVERIFY(repo.save(r).ok());
        TreatmentConsiderations c;
        c.visitId = m_visit.id;
        c.injectionConsidered = true;
        QVERIFY(repo.saveConsiderations(c).ok());
        QVERIFY(VisitRepository(db()).sign(m_visit, m_clinician).ok());
        r.note = u"after signing"_s;
        const SaveResult result = repo.save(r);
        QCOMPARE(result.status, SaveResult::Status::Failed);
        QVERIFY(result.message.contains(u"addendum"_s));
        c.fusionDiscussed = true;
        QCOMPARE(repo.saveConsiderations(c).status, SaveResult::Status::Failed);
        QSqlQuery q(db());
        QVERIFY(!q.exec(u"UPDATE decisions SET data = '{}'"_s));
        QVERIFY(!q.exec(u"DELETE FROM treatment_considerations"_s));
        QVERIFY(repo.load(m_visit.id, r.aidId)->note.isEmpty());
        QVERIFY(!repo.considerations(m_visit.id)->fusionDiscussed);
    }

    void considerationsRoundTrip()
    {
        DecisionRepository repo(db(), m_clinician);
        auto c = repo.considerations(m_visit.id);
        QVERIFY(c && c->isEmpty() && c->rowVersion == 0);
        c->neurogenicClaudication = YesNoUnknown::Yes;
        c->guidance = InjectionGuidance::FluoroscopyWithContrast;
        QVERIFY(repo.saveConsiderations(*c).ok());
        TreatmentConsiderations stale = *repo.considerations(m_visit.id);
        c->levels = 1;
        QVERIFY(repo.saveConsiderations(*c).ok());
        stale.levels = 2;
        QCOMPARE(repo.saveConsiderations(stale).status, SaveResult::Status::Conflict);
        const auto back = repo.considerations(m_visit.id);
        QCOMPARE(back->toJson(), c->toJson());
        QCOMPARE(back->rowVersion, 2);
    }

    void unreadableRecordLeftUntouched()
    {
        DecisionRepository repo(db(), m_clinician);
        DecisionRecord r = sciatica(m_visit.id);
        QVERIFY(repo.save(r).ok());
        QSqlQuery q(db());
        QVERIFY(q.exec(u"UPDATE decisions SET data = '{\"values\": {\"x\": 99}}'"_s));
        QString error;
        QVERIFY(!repo.forVisit(m_visit.id, &error));
        QVERIFY2(error.contains(u"cannot be read"_s) && error.contains(u"values.x"_s), qPrintable(error));
        QVERIFY(q.exec(u"SELECT data FROM decisions"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"{\"values\": {\"x\": 99}}"_s);
    }

    void imagingFindingsRoundTrip()
    {
        IntakeRepository intakes(db(), m_clinician);
        Intake in = intakes.load(m_visit.id);
        ImagingStudy s;
        s.date = kDay.addMonths(-1);
        s.modality = u"MRI"_s;
        s.keyFinding = u"L4-5 left paracentral protrusion"_s;
        s.finding = ImagingFinding::DiscHerniation;
        s.level = u"L4-5"_s;
        s.concordance = ImagingConcordance::Concordant;
        in.imaging << s;
        QVERIFY(intakes.save(in).ok());
        const ImagingStudy back = intakes.load(m_visit.id).imaging.first();
        QCOMPARE(back.finding, ImagingFinding::DiscHerniation);
        QCOMPARE(back.level, u"L4-5"_s);
        QCOMPARE(back.concordance, ImagingConcordance::Concordant);
    }

private:
    QSqlDatabase db() const { return m_fixture.db->connection(); }
    SpineDeskTest::VisitFixture m_fixture;
    qint64 m_clinician = 0;
    Visit m_visit;
};

QTEST_GUILESS_MAIN(TestDecisionRepository)
#include "tst_decisionrepository.moc"
