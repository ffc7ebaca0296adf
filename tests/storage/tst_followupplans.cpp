// A follow-up visit's view of the episode's plan (issue 7): the newest earlier signed plan with
// its addenda (never a draft, never a later visit's), the due questionnaire ids surviving the
// database round trip, and the dossier carrying it as previousPlan.
#include "core/instruments/library.h"
#include "storage/dossierloader.h"
#include "storage/planrepository.h"
#include "storage/visitrepository.h"

#include "visitfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Plans;

namespace {
const QDate kDay(2026, 6, 1);

TreatmentPlan signablePlan(qint64 visitId, QDate day, const QString &text)
{
    TreatmentPlan p;
    p.visitId = visitId;
    p.problems << ProblemEntry{u"non-specific-lbp"_s, {}, true};
    PlanItem pt;
    pt.id = u"rule:pathway"_s;
    pt.kind = ItemKind::PhysicalTherapy;
    pt.text = text;
    pt.origin = ItemOrigin::Proposed;
    PlanItem repeat;
    repeat.id = u"rule:repeat-questionnaires"_s;
    repeat.kind = ItemKind::RepeatQuestionnaires;
    repeat.text = u"Repeat at follow-up: ODI, PEG."_s;
    repeat.origin = ItemOrigin::Proposed;
    repeat.instrumentIds = {u"odi"_s, u"peg"_s};
    p.items << pt << repeat;
    p.goals << Goal{u"Walk the dog for 30 minutes"_s, day.addDays(42)};
    p.bottomLine = u"Non-specific low back pain; physical therapy."_s;
    return p;
}
} // namespace

class TestFollowUpPlans : public QObject
{
    Q_OBJECT

    Visit addVisit(VisitKind kind, QDate date)
    {
        Visit v;
        v.episodeId = m_fixture.visit.episodeId;
        v.kind = kind;
        v.visitDate = date;
        v.clinicianId = m_fixture.clinician;
        const SaveResult r = VisitRepository(db(), m_fixture.clinician).createVisit(v);
        if (!r.ok())
            qWarning("%s", qPrintable(r.message));
        return v;
    }

private slots:
    void init() { QVERIFY(m_fixture.open(kDay, u"MRN-F1"_s)); }
    void cleanup() { m_fixture.close(); }

    void signedPlanBeforeTheVisit()
    {
        PlanRepository repo(db(), m_fixture.clinician);
        const Visit first = m_fixture.visit;
        const Visit follow = addVisit(VisitKind::FollowUp, kDay.addDays(42));
        const Visit later = addVisit(VisitKind::FollowUp, kDay.addDays(90));

        // A draft plan is not the episode's plan.
        TreatmentPlan p = signablePlan(first.id, kDay, u"Physical therapy: exercise"_s);
        QVERIFY(repo.save(p).ok());
        QString error;
        QVERIFY(!repo.signedPlanBefore(first.episodeId, follow.visitDate, follow.id, &error));
        QVERIFY(error.isEmpty());

        const SaveResult signedOk = repo.sign(first.id, m_fixture.clinician);
        QVERIFY2(signedOk.ok(), qPrintable(signedOk.message));
        auto found = repo.signedPlanBefore(first.episodeId, follow.visitDate, follow.id, &error);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(found->visitId, first.id);
        QCOMPARE(found->visitDate, kDay);
        QCOMPARE(found->revision, 0);
        const PlanItem *repeat = found->plan.item(u"rule:repeat-questionnaires"_s);
        QVERIFY(repeat);
        QCOMPARE(repeat->instrumentIds, (QStringList{u"odi"_s, u"peg"_s})); // survives the JSON column

        // An addendum is the plan a later visit sees.
        PlanAddendum a;
        a.visitId = first.id;
        a.authorId = m_fixture.clinician;
        a.reason = u"Therapy changed"_s;
        a.plan = found->plan;
        a.plan.items.first().text = u"Physical therapy: graded activity"_s;
        const SaveResult added = repo.addAddendum(a);
        QVERIFY2(added.ok(), qPrintable(added.message));
        found = repo.signedPlanBefore(first.episodeId, follow.visitDate, follow.id);
        QVERIFY(found);
        QCOMPARE(found->revision, 1);
        QCOMPARE(found->plan.items.first().text, u"Physical therapy: graded activity"_s);

        // Not its own plan, nor a later visit's.
        QVERIFY(!repo.signedPlanBefore(first.episodeId, first.visitDate, first.id));
        TreatmentPlan late = signablePlan(later.id, later.visitDate, u"Later plan"_s);
        QVERIFY(repo.save(late).ok());
        QVERIFY(repo.sign(later.id, m_fixture.clinician).ok());
        QCOMPARE(repo.signedPlanBefore(first.episodeId, follow.visitDate, follow.id)->visitId, first.id);
        QCOMPARE(repo.signedPlanBefore(first.episodeId, later.visitDate.addDays(1), 0)->visitId, later.id);

        // The dossier of the follow-up carries it.
        const auto library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        const auto d = loadVisitDossier(db(), library, follow.id, &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY(d->previousPlan);
        QCOMPARE(d->previousPlanDate, kDay);
        QCOMPARE(d->previousPlan->items.first().text, u"Physical therapy: graded activity"_s);
        const auto own = loadVisitDossier(db(), library, first.id, &error);
        QVERIFY(own);
        QVERIFY(!own->previousPlan);
    }

private:
    QSqlDatabase db() const { return m_fixture.db->connection(); }
    SpineDeskTest::VisitFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestFollowUpPlans)
#include "tst_followupplans.moc"
