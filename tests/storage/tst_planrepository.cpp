// The plan against a real database file: draft round trip and lost updates; signing signs the
// visit in one transaction and only when nothing blocks it (an unacknowledged red flag, a plan
// without a dated goal); a signed plan changes only by addendum (also refused by raw SQL); the
// letterhead; the archive's new fields; and the dossier the documents are made from.
#include "core/instruments/library.h"
#include "storage/auditlog.h"
#include "storage/clinicianrepository.h"
#include "storage/clinicrepository.h"
#include "storage/database.h"
#include "storage/documentarchive.h"
#include "storage/dossierloader.h"
#include "storage/intakerepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/redflagrepository.h"
#include "storage/visitrepository.h"

#include "visitfixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Plans;

namespace {
const QDate kDay(2026, 9, 30);

TreatmentPlan signablePlan(qint64 visitId)
{
    TreatmentPlan p;
    p.visitId = visitId;
    p.problems << ProblemEntry{u"non-specific-lbp"_s, {}, true};
    PlanItem pt;
    pt.id = u"rule:pathway"_s;
    pt.kind = ItemKind::PhysicalTherapy;
    pt.text = u"Physical therapy: exercise"_s;
    pt.origin = ItemOrigin::Proposed;
    p.items << pt;
    p.goals << Goal{u"Walk the dog for 30 minutes"_s, kDay.addDays(42)};
    p.bottomLine = u"Non-specific low back pain; physical therapy."_s;
    return p;
}
} // namespace

class TestPlanRepository : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_fixture.open(kDay, u"MRN-P1"_s));
        m_clinician = m_fixture.clinician;
        m_visit = m_fixture.visit;
    }
    void cleanup() { m_fixture.close(); }

    void draftRoundTripAndConflict()
    {
        PlanRepository repo(db(), m_clinician);
        auto fresh = repo.load(m_visit.id);
        QVERIFY(fresh);
        QCOMPARE(fresh->plan.rowVersion, 0);
        QVERIFY(!fresh->isSigned);
        TreatmentPlan a = signablePlan(m_visit.id);
        QVERIFY(repo.save(a).ok());
        QCOMPARE(a.rowVersion, 1);
        TreatmentPlan b = repo.load(m_visit.id)->plan;
        QCOMPARE(b.items, a.items);
        QCOMPARE(b.goals, a.goals);
        a.followUp = u"in 2–3 weeks"_s;
        b.followUp = u"in 6 weeks"_s;
        QVERIFY(repo.save(a).ok());
        QCOMPARE(repo.save(b).status, SaveResult::Status::Conflict);
        QCOMPARE(repo.load(m_visit.id)->plan.followUp, u"in 2–3 weeks"_s);
        TreatmentPlan twin = signablePlan(m_visit.id); // both started fresh
        QCOMPARE(repo.save(twin).status, SaveResult::Status::Conflict);
        QCOMPARE(AuditLog(db()).forEntity(u"plan"_s, m_visit.id).size(), 2);
    }

    void signingNeedsACompletePlan()
    {
        PlanRepository repo(db(), m_clinician);
        QVERIFY(repo.signProblems(m_visit.id).join(u' ').contains(u"no saved plan"_s));
        TreatmentPlan p = signablePlan(m_visit.id);
        p.goals.clear();
        QVERIFY(repo.save(p).ok());
        QVERIFY(!repo.sign(m_visit.id, m_clinician).ok());
        QVERIFY(!VisitRepository(db()).find(m_visit.id)->isSigned());
        p.goals << Goal{u"Back to gardening"_s, kDay.addDays(30)};
        QVERIFY(repo.save(p).ok());
        QVERIFY(repo.signProblems(m_visit.id).isEmpty());
        QVERIFY(!repo.sign(m_visit.id, 0).ok());
    }

    void unacknowledgedRedFlagBlocksSigning()
    {
        PlanRepository repo(db(), m_clinician);
        TreatmentPlan p = signablePlan(m_visit.id);
        QVERIFY(repo.save(p).ok());
        RedFlagRepository flags(db(), m_clinician);
        FlagScreenRecord rec = *flags.load(m_visit.id);
        rec.redFlags.setState(u"ces-bladder"_s, FlagState::Present, kDay);
        QVERIFY(flags.save(rec).ok());
        const SaveResult blocked = repo.sign(m_visit.id, m_clinician);
        QVERIFY(!blocked.ok());
        QVERIFY2(blocked.message.contains(u"auda"_s), qPrintable(blocked.message)); // names the flag
        QVERIFY(!repo.load(m_visit.id)->isSigned);
        QVERIFY(!VisitRepository(db()).find(m_visit.id)->isSigned());

        QStringList errors;
        const auto checklist = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &errors);
        QVERIFY(checklist);
        Acknowledgement ack;
        ack.target = u"cauda-equina"_s;
        ack.actionTaken = u"Same-day MRI arranged"_s;
        ack.clinicianId = m_clinician;
        ack.at = QDateTime(kDay, QTime(10, 0), Qt::UTC);
        QString error;
        rec = *flags.load(m_visit.id);
        QVERIFY2(rec.redFlags.acknowledge(*checklist, ack, &error), qPrintable(error));
        QVERIFY(flags.save(rec).ok());
        const SaveResult signedOk = repo.sign(m_visit.id, m_clinician);
        QVERIFY2(signedOk.ok(), qPrintable(signedOk.message));
    }

    void signedPlanChangesOnlyByAddendum()
    {
        PlanRepository repo(db(), m_clinician);
        TreatmentPlan p = signablePlan(m_visit.id);
        QVERIFY(repo.save(p).ok());
        QVERIFY(repo.sign(m_visit.id, m_clinician).ok());
        auto stored = repo.load(m_visit.id);
        QVERIFY(stored->isSigned);
        QCOMPARE(stored->signedBy, m_clinician);
        QVERIFY(stored->signedAt.isValid());
        QVERIFY(VisitRepository(db()).find(m_visit.id)->isSigned());
        QCOMPARE(repo.save(stored->plan).status, SaveResult::Status::Failed);

        QSqlQuery raw(db());
        QVERIFY(!raw.exec(u"UPDATE plans SET data = '{}' WHERE visit_id = %1"_s.arg(m_visit.id)));
        QVERIFY(!raw.exec(u"DELETE FROM plans WHERE visit_id = %1"_s.arg(m_visit.id)));

        PlanAddendum add;
        add.visitId = m_visit.id;
        add.authorId = m_clinician;
        add.plan = stored->plan;
        QVERIFY(!repo.addAddendum(add).ok()); // no reason, no change
        add.reason = u"MRI result reviewed"_s;
        QVERIFY(!repo.addAddendum(add).ok()); // no change
        add.plan.items.first().text = u"Physical therapy twice weekly for 6 weeks"_s;
        add.plan.items.first().origin = ItemOrigin::Edited;
        const SaveResult ok = repo.addAddendum(add);
        QVERIFY2(ok.ok(), qPrintable(ok.message));
        QCOMPARE(add.revision, 1);
        stored = repo.load(m_visit.id);
        QCOMPARE(stored->addenda.size(), 1);
        QCOMPARE(stored->current().items.first().text, u"Physical therapy twice weekly for 6 weeks"_s);
        QCOMPARE(stored->plan.items.first().text, u"Physical therapy: exercise"_s); // the signed plan stays
        QCOMPARE(VisitRepository(db()).addenda(m_visit.id).size(), 1);
        QVERIFY(!raw.exec(u"UPDATE plan_addenda SET reason = 'x'"_s));
        QVERIFY(!raw.exec(u"DELETE FROM plan_addenda"_s));
        PlanAddendum second = add;
        second.plan.goals.first().text = u"Walk the dog for 45 minutes"_s;
        QVERIFY(repo.addAddendum(second).ok());
        QCOMPARE(second.revision, 2);
    }

    void letterheadRoundTrip()
    {
        ClinicRepository repo(db(), m_clinician);
        QVERIFY(repo.load().isEmpty());
        ClinicProfile p;
        QVERIFY(!repo.save(p).ok()); // a letterhead needs a name
        p.name = u"Lakeside Medical Spine Center"_s;
        p.addressLines = {u"100 Lake St"_s, u"Minneapolis, MN 55401"_s};
        p.phone = u"555-0300"_s;
        p.fax = u"555-0301"_s;
        p.logoPng = QByteArray("\x89PNG fake", 9);
        QVERIFY(repo.save(p).ok());
        ClinicProfile back = repo.load();
        QCOMPARE(back.addressLines, p.addressLines);
        QCOMPARE(back.logoPng, p.logoPng);
        ClinicProfile stale = back;
        back.phone = u"555-0399"_s;
        QVERIFY(repo.save(back).ok());
        QCOMPARE(repo.save(stale).status, SaveResult::Status::Conflict);
    }

    void archiveKeepsRecipientRouteAndRevision()
    {
        DocumentArchive archive(db(), m_clinician);
        ArchivedDocument doc;
        doc.visitId = m_visit.id;
        doc.kind = u"letter"_s;
        doc.language = u"en"_s;
        doc.revision = 2;
        doc.recipient = u"Dr. Barbara Bauer"_s;
        doc.route = u"fax"_s;
        doc.pdf = QByteArray("%PDF-1.4 fake\x00\x01", 15);
        QVERIFY(archive.add(doc).ok());
        const auto back = archive.find(doc.id);
        QVERIFY(back);
        QCOMPARE(back->pdf, doc.pdf); // bytes identical
        QCOMPARE(back->sha256, doc.sha256);
        QCOMPARE(back->revision, 2);
        QCOMPARE(back->recipient, doc.recipient);
        QCOMPARE(back->route, u"fax"_s);
        QVERIFY(archive.recordReprint(*back, u"print"_s));
        QCOMPARE(AuditLog(db()).forEntity(u"document"_s, doc.id).size(), 2);
        QSqlQuery raw(db());
        QVERIFY(!raw.exec(u"UPDATE documents SET kind = 'handout'"_s));
    }

    void dossierGathersTheVisit()
    {
        Intake in = IntakeRepository(db()).load(m_visit.id);
        in.onsetDate = kDay.addDays(-100);
        in.nicotine = NicotineStatus::Former;
        in.nicotineDate = kDay;
        in.cotinine = u"≤10 ng/mL"_s;
        QVERIFY(IntakeRepository(db()).save(in).ok());
        TreatmentPlan p = signablePlan(m_visit.id);
        QVERIFY(PlanRepository(db()).save(p).ok());
        ClinicProfile clinic;
        clinic.name = u"Lakeside"_s;
        QVERIFY(ClinicRepository(db()).save(clinic).ok());
        Instruments::Library library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        QString error;
        auto d = loadVisitDossier(db(), library, m_visit.id, &error, m_clinician);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->patient.mrn, u"MRN-P1"_s);
        QCOMPARE(d->clinic.name, u"Lakeside"_s);
        QCOMPARE(d->clinician->name, u"Dr. Ana Rivera"_s);
        QCOMPARE(d->intake.nicotine, NicotineStatus::Former);
        QCOMPARE(d->intake.cotinine, u"≤10 ng/mL"_s);
        QVERIFY(d->plan);
        QCOMPARE(d->plan->items.size(), 1);
        QVERIFY(d->isDraft());
        QCOMPARE(d->history.size(), 1);
        QVERIFY(!d->readiness.elements.isEmpty());
        QCOMPARE(d->summary.duration, DurationClass::Chronic);
        QVERIFY(!loadVisitDossier(db(), library, 9999, &error));
        QVERIFY(error.contains(u"9999"_s));
    }

private:
    QSqlDatabase db() const { return m_fixture.db->connection(); }
    SpineDeskTest::VisitFixture m_fixture;
    qint64 m_clinician = 0;
    Visit m_visit;
};

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "tst_planrepository.moc"
