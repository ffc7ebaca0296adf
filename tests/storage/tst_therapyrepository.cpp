// The physical therapist's visit against a real database file: the therapy record's round trip,
// lost updates and the signed-visit lock (also for raw SQL); hand-over tasks (a red flag on a PT
// visit blocks signing until one exists; completing needs an outcome; they are never deleted);
// plan-of-care signing needs every element; transmissions and the signed certification with the
// 30-day deadline; and the dossier carries it all.
#include "core/instruments/library.h"
#include "storage/certificationrepository.h"
#include "storage/dossierloader.h"
#include "storage/handoverrepository.h"
#include "storage/planrepository.h"
#include "storage/redflagrepository.h"
#include "storage/therapyrepository.h"

#include "visitfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Therapy;

namespace {
const QDate kDay = QDate::currentDate().addDays(-40);

TherapyRecord completeRecord(qint64 visitId)
{
    TherapyRecord t;
    t.visitId = visitId;
    t.movement = {{MovementDirection::Extension, MovementResponse::Centralises}};
    t.classification = TbcClass::SymptomModulation;
    t.rom = {{RomMovement::Flexion, {RomGrade::Limited, true}}};
    t.functional = {{FunctionalTest::FiveTimesSitToStand, 14.2, u"used arms"_s}};
    t.session.provided = true;
    t.session.date = kDay;
    t.session.minutes = 45;
    t.session.education = u"Hurt is not harm"_s;
    t.session.response = SessionResponse::Better;
    t.planOfCare << TherapyLine{TherapyType::TherapeuticExercise, u"Extension bias"_s, 1, 30, 2, 6};
    t.homeProgram << ExercisePrescription{u"prone-press-up"_s, 1, 10, 0, 0, 3, 7, {}};
    return t;
}

Plans::TreatmentPlan ptPlan(qint64 visitId)
{
    Plans::TreatmentPlan p;
    p.visitId = visitId;
    p.problems << Plans::ProblemEntry{u"non-specific-lbp"_s, {}, true};
    Plans::PlanItem item;
    item.id = u"rule:pathway"_s;
    item.kind = Plans::ItemKind::PhysicalTherapy;
    item.text = u"Physical therapy"_s;
    item.origin = Plans::ItemOrigin::Proposed;
    p.items << item;
    p.goals << Plans::Goal{u"Sit through a school concert (90 minutes)"_s, kDay.addDays(42)};
    p.bottomLine = u"Extension-responsive low back pain; PT started today."_s;
    return p;
}
} // namespace

class TestTherapyRepository : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_fixture.open(kDay, u"MRN-PT1"_s, VisitKind::PhysicalTherapy));
        m_clinician = m_fixture.clinician;
        m_visit = m_fixture.visit;
    }
    void cleanup() { m_fixture.close(); }

    void recordRoundTripAndLostUpdate()
    {
        TherapyRepository repo(db(), m_clinician);
        auto empty = repo.load(m_visit.id);
        QVERIFY(empty && empty->isEmpty() && empty->rowVersion == 0);
        TherapyRecord t = completeRecord(m_visit.id);
        QVERIFY(repo.save(t).ok());
        QCOMPARE(t.rowVersion, 1);
        auto back = repo.load(m_visit.id);
        QVERIFY(back);
        QCOMPARE(*back, t);
        // The first treatment date is a column for the certification list.
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT first_treatment FROM therapy_records"_s) && q.next());
        QCOMPARE(q.value(0).toString(), kDay.toString(Qt::ISODate));

        TherapyRecord other = *back;
        other.movementNote = u"second window"_s;
        QVERIFY(repo.save(other).ok());
        t.movementNote = u"first window"_s;
        QCOMPARE(repo.save(t).status, SaveResult::Status::Conflict);
        QCOMPARE(repo.load(m_visit.id)->movementNote, u"second window"_s);
    }

    void damagedRecordIsReportedNotLost()
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(u"INSERT INTO therapy_records (visit_id, data) VALUES (%1, '{\"format\":1,\"classification\":\"psychic\"}')"_s
                           .arg(m_visit.id)));
        QString error;
        QVERIFY(!TherapyRepository(db()).load(m_visit.id, &error));
        QVERIFY2(error.contains(u"classification"_s) && error.contains(u"psychic"_s), qPrintable(error));
        QVERIFY(q.exec(u"SELECT data FROM therapy_records"_s) && q.next());
        QVERIFY(q.value(0).toString().contains(u"psychic"_s)); // untouched
    }

    void ptVisitSignsWithACompletePlanOfCare()
    {
        PlanRepository plans(db(), m_clinician);
        Plans::TreatmentPlan p = ptPlan(m_visit.id);
        p.problems.clear();
        QVERIFY(plans.save(p).ok());
        QString problems = plans.signProblems(m_visit.id).join(u'\n');
        QVERIFY2(problems.contains(u"diagnosis"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"type, amount, frequency and duration"_s), qPrintable(problems));
        QVERIFY(!plans.sign(m_visit.id, m_clinician).ok());

        // The old path (a visit signed without a plan) is closed for PT visits.
        Visit v = *VisitRepository(db()).find(m_visit.id);
        QVERIFY(!VisitRepository(db(), m_clinician).sign(v, m_clinician).ok());

        p.problems = ptPlan(m_visit.id).problems;
        QVERIFY(plans.save(p).ok());
        TherapyRecord t = completeRecord(m_visit.id);
        t.planOfCare.first().timesPerWeek = 0; // frequency missing
        TherapyRepository therapy(db(), m_clinician);
        QVERIFY(therapy.save(t).ok());
        problems = plans.signProblems(m_visit.id).join(u'\n');
        QVERIFY2(problems.contains(u"Plan of care, line 1, frequency (times a week)"_s), qPrintable(problems));
        t.planOfCare.first().timesPerWeek = 2;
        QVERIFY(therapy.save(t).ok());
        QVERIFY2(plans.signProblems(m_visit.id).isEmpty(), qPrintable(plans.signProblems(m_visit.id).join(u'\n')));
        QVERIFY(plans.sign(m_visit.id, m_clinician).ok());

        // Signed: the record is locked, for the repository and for raw SQL.
        QCOMPARE(therapy.save(t).status, SaveResult::Status::Failed);
        QSqlQuery q(db());
        QVERIFY(!q.exec(u"UPDATE therapy_records SET data = '{}'"_s));
        QVERIFY(!q.exec(u"DELETE FROM therapy_records"_s));
    }

    void redFlagOnAPtVisitNeedsAHandOver()
    {
        { Plans::TreatmentPlan p = ptPlan(m_visit.id); QVERIFY(PlanRepository(db(), m_clinician).save(p).ok()); }
        TherapyRecord t = completeRecord(m_visit.id);
        QVERIFY(TherapyRepository(db(), m_clinician).save(t).ok());
        RedFlagRepository flags(db(), m_clinician);
        FlagScreenRecord rec = *flags.load(m_visit.id);
        rec.redFlags.setState(u"neuro-progressive"_s, FlagState::Present, kDay);
        QStringList errors;
        const auto checklist = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &errors);
        QVERIFY(checklist);
        Acknowledgement ack;
        ack.target = u"neuro-deficit"_s;
        ack.actionTaken = u"Urgent MRI requested"_s;
        ack.clinicianId = m_clinician;
        ack.at = QDateTime(kDay, QTime(10, 0), Qt::UTC);
        QString error;
        QVERIFY2(rec.redFlags.acknowledge(*checklist, ack, &error), qPrintable(error));
        QVERIFY(flags.save(rec).ok());

        // Acknowledged, but on a PT visit the physiatrist must have it too.
        PlanRepository plans(db(), m_clinician);
        const QString problems = plans.signProblems(m_visit.id).join(u'\n');
        QVERIFY2(problems.contains(u"physiatrist"_s) && problems.contains(u"Urgent MRI requested"_s), qPrintable(problems));
        QVERIFY(!plans.sign(m_visit.id, m_clinician).ok());

        const auto needs = handoverNeeds(*checklist, rec.redFlags, nullptr);
        QCOMPARE(needs.size(), 1);
        QCOMPARE(needs.first().reason, HandoverReason::ProgressiveNeurology);
        HandoverTask task;
        task.visitId = m_visit.id;
        task.reason = needs.first().reason;
        task.source = needs.first().source;
        task.detail = needs.first().detail;
        HandoverRepository handovers(db(), m_clinician);
        QVERIFY(!HandoverRepository(db()).create(task).ok()); // nobody to hand over from
        QVERIFY(handovers.create(task).ok());
        QVERIFY(task.id > 0);
        QCOMPARE(task.patientId, m_visit.patientId);
        QVERIFY2(plans.signProblems(m_visit.id).isEmpty(), qPrintable(plans.signProblems(m_visit.id).join(u'\n')));

        // The main window's list, then done with an outcome; never deleted, never reopened.
        const auto open = handovers.open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().mrn, u"MRN-PT1"_s);
        QCOMPARE(open.first().patientName, u"Núñez, María"_s);
        QCOMPARE(open.first().createdByName, u"Dr. Ana Rivera, MD"_s);
        QCOMPARE(handovers.openCount(), 1);
        QVERIFY(!handovers.complete(task, u"  "_s).ok());
        HandoverTask stale = task;
        QVERIFY(handovers.complete(task, u"Seen today; MRI booked"_s).ok());
        QCOMPARE(handovers.complete(stale, u"again"_s).status, SaveResult::Status::Conflict);
        QCOMPARE(handovers.openCount(), 0);
        QCOMPARE(handovers.forPatient(m_visit.patientId).first().outcome, u"Seen today; MRI booked"_s);
        QSqlQuery q(db());
        QVERIFY(!q.exec(u"DELETE FROM handover_tasks"_s));
        QVERIFY(!q.exec(u"UPDATE handover_tasks SET status = 'open'"_s));
        QVERIFY(plans.sign(m_visit.id, m_clinician).ok());
    }

    void certificationTracksTheThirtyDays()
    {
        CertificationRepository certs(db(), m_clinician);
        const QDate today = QDate::currentDate();
        Transmission t;
        t.visitId = m_visit.id;
        t.sentOn = kDay.addDays(3);
        t.recipient = u"Dr. Bauer, fax 555-0200"_s;
        QVERIFY(!certs.recordTransmission(t).ok()); // not signed yet
        { Plans::TreatmentPlan p = ptPlan(m_visit.id); QVERIFY(PlanRepository(db(), m_clinician).save(p).ok()); }
        TherapyRecord record = completeRecord(m_visit.id);
        QVERIFY(TherapyRepository(db(), m_clinician).save(record).ok());
        QVERIFY(PlanRepository(db(), m_clinician).sign(m_visit.id, m_clinician).ok());

        auto status = certs.status(m_visit.id, today);
        QVERIFY(status);
        QCOMPARE(status->deadline, kDay.addDays(30));
        QCOMPARE(status->state, CertificationState::Overdue); // 40 days ago, not sent
        QCOMPARE(certs.awaiting(today).size(), 1);
        QCOMPARE(certs.awaiting(today).first().status.state, CertificationState::Overdue);

        Therapy::CertificationReturn r;
        r.visitId = m_visit.id;
        r.signedOn = kDay.addDays(5);
        r.signedBy = u"Dr. Barbara Bauer"_s;
        QVERIFY(!certs.recordReturn(r).ok()); // not sent yet
        Transmission future = t;
        future.sentOn = today.addDays(1);
        QVERIFY(!certs.recordTransmission(future).ok());
        QVERIFY(certs.recordTransmission(t).ok());
        QCOMPARE(certs.status(m_visit.id, today)->state, CertificationState::Sent);
        QCOMPARE(certs.awaiting(today).first().status.state, CertificationState::Sent);
        r.signedOn = kDay.addDays(1); // before it was sent
        QVERIFY(!certs.recordReturn(r).ok());
        r.signedOn = kDay.addDays(6);
        QVERIFY(certs.recordReturn(r).ok());
        QVERIFY(!certs.recordReturn(r).ok()); // once
        QCOMPARE(certs.status(m_visit.id, today)->state, CertificationState::Certified);
        QVERIFY(certs.awaiting(today).isEmpty());
        QSqlQuery q(db());
        QVERIFY(!q.exec(u"DELETE FROM care_plan_transmissions"_s));
        QVERIFY(!q.exec(u"UPDATE care_plan_certifications SET signed_by = 'x'"_s));

        // The dossier carries it for the plan-of-care document.
        const auto library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        QString error;
        const auto dossier = loadVisitDossier(db(), library, m_visit.id, &error);
        QVERIFY2(dossier, qPrintable(error));
        QVERIFY(dossier->therapy);
        QCOMPARE(dossier->therapy->planOfCare.size(), 1);
        QCOMPARE(dossier->transmissions.size(), 1);
        QVERIFY(dossier->certification);
        QCOMPARE(dossier->certification->signedBy, u"Dr. Barbara Bauer"_s);
    }

    void legacyPtVisitsAreNotListed()
    {
        // A PT visit signed before schema 6 (no therapy record) has no plan of care to certify.
        QSqlQuery q(db());
        QVERIFY(q.exec(u"UPDATE visits SET status = 'signed', signed_by = %1, signed_at = '2026-01-01T00:00:00Z' WHERE id = %2"_s
                           .arg(m_clinician)
                           .arg(m_visit.id)));
        QVERIFY(CertificationRepository(db()).awaiting(QDate::currentDate()).isEmpty());
        QCOMPARE(CertificationRepository(db()).status(m_visit.id, QDate::currentDate())->state, CertificationState::NoFirstTreatment);
    }

    void initialVisitHasNoCertification()
    {
        SpineDeskTest::VisitFixture other;
        QVERIFY(other.open(kDay, u"MRN-I1"_s));
        QVERIFY(!CertificationRepository(other.db->connection()).status(other.visit.id, kDay));
        other.close();
    }

private:
    QSqlDatabase db() const { return m_fixture.db->connection(); }
    SpineDeskTest::VisitFixture m_fixture;
    qint64 m_clinician = 0;
    Visit m_visit;
};

QTEST_GUILESS_MAIN(TestTherapyRepository)
#include "tst_therapyrepository.moc"
