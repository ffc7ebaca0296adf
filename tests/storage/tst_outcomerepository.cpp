// The derived outcome rows (schema 7): a new database asks for one full build; signing a plan,
// signing a follow-up and adding an addendum mark the episode stale in the same transaction and
// the next rebuild recomputes it from the signed record; a draft first visit gives no row; the
// demo writer's rows equal a rebuild from the database (two paths, one definition); loading by
// date range; the patients behind a figure in the order asked.
#include "core/instruments/library.h"
#include "core/outcomes/outcomefigures.h"
#include "storage/database.h"
#include "storage/demowriter.h"
#include "storage/outcomerepository.h"
#include "storage/planrepository.h"
#include "storage/responserepository.h"
#include "storage/visitrepository.h"

#include "visitfixture.h"

#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Plans;
using namespace SpineDesk::Outcomes;

namespace {
const QDate kDay(2026, 3, 2);

const Instruments::Library &library()
{
    static const Instruments::Library lib = Instruments::Library::load(Instruments::Library::bundledDirectory());
    return lib;
}

TreatmentPlan signablePlan(qint64 visitId, ItemKind extra = ItemKind::Other)
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
    if (extra != ItemKind::Other) {
        PlanItem i;
        i.id = p.nextItemId();
        i.kind = extra;
        i.text = u"Added item"_s;
        p.items << i;
    }
    p.goals << Goal{u"Walk the dog for 30 minutes"_s, kDay.addDays(42)};
    p.bottomLine = u"Non-specific low back pain."_s;
    return p;
}

bool scoreOdi(QSqlDatabase db, qint64 visitId, const QStringList &answers, qint64 clinician)
{
    const Instruments::Definition *odi = library().find(u"odi"_s);
    const auto parsed = Instruments::parseAnswerList(*odi, answers, {});
    if (!parsed.response)
        return false;
    StoredResponse r = scoredResponse(*odi, *parsed.response, visitId, u"clinician"_s, clinician);
    return ResponseRepository(db).save(r).ok();
}

std::vector<EpisodeOutcome> sorted(QList<EpisodeOutcome> rows)
{
    std::sort(rows.begin(), rows.end(), [](const EpisodeOutcome &a, const EpisodeOutcome &b) { return a.episodeId < b.episodeId; });
    return {rows.begin(), rows.end()};
}
} // namespace

class TestOutcomeRepository : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseBuildsOnceAndDraftsGiveNoRow()
    {
        SpineDeskTest::VisitFixture f;
        QVERIFY(f.open(kDay, u"MRN-O1"_s));
        OutcomeRepository repo(f.db->connection());
        QVERIFY(repo.needsRebuild()); // never built since schema 7
        QString error;
        int reported = -1;
        QVERIFY2(repo.rebuild(library(), [&](int done, int) { reported = done; return true; }, &error), qPrintable(error));
        QCOMPARE(reported, 1);
        QVERIFY(!repo.needsRebuild());
        QCOMPARE(repo.count(), 0); // the only visit is a draft
        QVERIFY(!repo.facts(f.visit.episodeId, library(), &error));
        QVERIFY(error.isEmpty());
    }

    void signingMarksTheEpisodeAndRebuildCountsIt()
    {
        SpineDeskTest::VisitFixture f;
        QVERIFY(f.open(kDay, u"MRN-O2"_s));
        QSqlDatabase db = f.db->connection();
        OutcomeRepository repo(db);
        QString error;
        QVERIFY(repo.rebuild(library(), {}, &error));
        // Baseline ODI 50 % (all sections 2 of 5 → 20/40… computed by the bundled scorer).
        QVERIFY(scoreOdi(db, f.visit.id, QStringList(10, u"3"_s), f.clinician));
        PlanRepository plans(db, f.clinician);
        TreatmentPlan p = signablePlan(f.visit.id, ItemKind::SurgicalReferral);
        QVERIFY(plans.save(p).ok());
        QVERIFY(plans.sign(f.visit.id, f.clinician).ok());
        QCOMPARE(repo.pendingCount(), 1);
        QVERIFY2(repo.rebuild(library(), {}, &error), qPrintable(error));
        QCOMPARE(repo.pendingCount(), 0);
        QList<EpisodeOutcome> rows = repo.load({}, {}, &error);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().episodeId, f.visit.episodeId);
        QVERIFY(rows.first().evaluated);
        QVERIFY(rows.first().surgicalReferral);
        QVERIFY(rows.first().nonSpecificLbp);
        QCOMPARE(rows.first().conditions, QStringList{u"non-specific-lbp"_s});
        QCOMPARE(rows.first().mcidAt(0, 0), McidStatus::Missing); // baseline, no follow-up yet

        // A signed follow-up at 6 weeks with ODI much better: reached by the absolute threshold.
        VisitRepository visits(db);
        Visit fu;
        fu.episodeId = f.visit.episodeId;
        fu.kind = VisitKind::FollowUp;
        fu.visitDate = kDay.addDays(42);
        fu.clinicianId = f.clinician;
        QVERIFY(visits.createVisit(fu).ok());
        QVERIFY(scoreOdi(db, fu.id, QStringList(10, u"0"_s), f.clinician));
        QVERIFY(visits.sign(fu, f.clinician).ok());
        QCOMPARE(repo.pendingCount(), 1);
        QVERIFY(repo.rebuild(library(), {}, &error));
        rows = repo.load({}, {}, &error);
        QCOMPARE(rows.first().mcidAt(0, 0), McidStatus::ReachedByAbsolute);
        QCOMPARE(rows.first().mcidAt(0, 1), McidStatus::Missing);
        QCOMPARE(rows.first().followUpVisits, 1);

        // An addendum that removes the referral: the episode no longer counts as referred.
        PlanAddendum a;
        a.visitId = f.visit.id;
        a.authorId = f.clinician;
        a.reason = u"Patient declined surgery"_s;
        a.plan = plans.load(f.visit.id)->current();
        a.plan.items.removeLast();
        QVERIFY(plans.addAddendum(a).ok());
        QVERIFY(repo.needsRebuild());
        QVERIFY(repo.rebuild(library(), {}, &error));
        QVERIFY(!repo.load({}, {}, &error).first().surgicalReferral);
        // The same via the figures: one evaluated, not referred.
        const OutcomeFigures figures = computeFigures(repo.load({}, {}, &error), {});
        QCOMPARE(figures.notReferred.numerator, QList<qint64>{f.visit.episodeId});
    }

    void demoRowsEqualARebuildAndLoadByDate()
    {
        SpineDeskTest::VisitFixture f;
        QVERIFY(f.open(kDay, u"MRN-O3"_s)); // a clinic episode (draft) before the demo
        QSqlDatabase db = f.db->connection();
        DemoSummary summary;
        QString error;
        QVERIFY2(DemoWriter(db).write(7, 40, &summary, &error), qPrintable(error));
        OutcomeRepository repo(db);
        QVERIFY(repo.needsRebuild()); // the clinic's own episode was there first: still pending
        const QList<EpisodeOutcome> fromDemo = repo.load({}, {}, &error);
        QVERIFY(fromDemo.size() > 20);
        QVERIFY(std::any_of(fromDemo.begin(), fromDemo.end(), [](const EpisodeOutcome &o) { return o.followUpVisits > 0; }));
        QVERIFY2(repo.rebuildAll(library(), {}, &error), qPrintable(error));
        QVERIFY(!repo.needsRebuild());
        const QList<EpisodeOutcome> rebuilt = repo.load({}, {}, &error);
        QCOMPARE(rebuilt.size(), fromDemo.size());
        const auto a = sorted(fromDemo);
        const auto b = sorted(rebuilt);
        for (size_t i = 0; i < a.size(); ++i)
            QVERIFY2(a[i] == b[i], qPrintable(u"episode %1 differs"_s.arg(a[i].episodeId)));

        // By date of the first visit, inclusive at both ends.
        const QDate from = rebuilt.at(5).firstVisit;
        const QDate to = rebuilt.at(15).firstVisit;
        for (const EpisodeOutcome &o : repo.load(from, to, &error))
            QVERIFY(o.firstVisit >= from && o.firstVisit <= to);
        QVERIFY(repo.load(from, to, &error).size() >= 11);

        // The patients behind a figure, in the order given; an unknown id is skipped.
        const QList<qint64> ids = {rebuilt.at(3).episodeId, 999999, rebuilt.at(1).episodeId};
        const QList<OutcomePatientRow> people = repo.patients(ids, &error);
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.at(0).episodeId, rebuilt.at(3).episodeId);
        QCOMPARE(people.at(1).patientId, rebuilt.at(1).patientId);
        QVERIFY(people.at(0).mrn.startsWith(u"DEMO"_s, Qt::CaseInsensitive));
        QVERIFY(people.at(0).patientName.contains(u", "_s));
    }

    void migratingFromSixBuildsEveryRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"clinic.sqlite"_s);
        int rows = 0;
        {
            auto opened = Database::open(path);
            QVERIFY(opened.database);
            DemoSummary summary;
            QString error;
            QVERIFY(DemoWriter(opened.database->connection()).write(5, 20, &summary, &error));
            rows = OutcomeRepository(opened.database->connection()).count();
            QVERIFY(rows > 5);
            // Back to what schema 6 wrote: no outcome tables, version 6.
            QSqlQuery q(opened.database->connection());
            for (const QString &sql : {u"DROP TABLE episode_outcomes"_s, u"DROP TABLE episode_outcomes_stale"_s,
                                       u"DELETE FROM meta WHERE key = 'outcomes_rebuild'"_s,
                                       u"UPDATE meta SET value = '6' WHERE key = 'schema_version'"_s})
                QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        auto reopened = Database::open(path);
        QVERIFY2(reopened.database, qPrintable(reopened.error));
        QCOMPARE(reopened.migratedFrom, 6);
        OutcomeRepository repo(reopened.database->connection());
        QVERIFY(repo.needsRebuild());
        QCOMPARE(repo.count(), 0);
        QString error;
        bool cancelledOnce = false;
        QVERIFY(!repo.rebuild(library(), [&](int, int) { cancelledOnce = true; return false; }, &error));
        QVERIFY(cancelledOnce);
        QVERIFY(error.contains(u"Cancelled"_s));
        QCOMPARE(repo.count(), 0); // a cancelled rebuild writes nothing
        QVERIFY(repo.needsRebuild());
        QVERIFY2(repo.rebuild(library(), {}, &error), qPrintable(error));
        QCOMPARE(repo.count(), rows);
        QVERIFY(!repo.needsRebuild());
    }

    void freshDemoDatabaseNeedsNoRebuild()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"demo.sqlite"_s));
        QVERIFY(opened.database);
        DemoSummary summary;
        QString error;
        QVERIFY(DemoWriter(opened.database->connection()).write(3, 15, &summary, &error));
        OutcomeRepository repo(opened.database->connection());
        QVERIFY(!repo.needsRebuild());
        QVERIFY(repo.count() > 5);
    }
};

QTEST_GUILESS_MAIN(TestOutcomeRepository)
#include "tst_outcomerepository.moc"
