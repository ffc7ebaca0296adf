// Follow-up views (issue 7), offscreen: the patient chart shows one trend chart per scored
// instrument scale of the selected episode, with accessible names and descriptions; the
// Assessment step of a follow-up visit lists the questionnaires due by the episode's signed
// plan with their status and says whether each change reaches the MCID (PEG's threshold
// marked unverified); the Plan step starts from the earlier plan, carried over.
#include "core/instruments/library.h"
#include "storage/planrepository.h"
#include "storage/responserepository.h"
#include "storage/visitrepository.h"
#include "ui/assessmentpage.h"
#include "ui/patientchart.h"
#include "ui/planpage.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

#include "clinicfixture.h"

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestFollowUpViews : public QObject, protected SpineDeskTest::ClinicFixture
{
    Q_OBJECT
    Instruments::Library m_library;
    Visit m_first;
    Visit m_follow;
    QDate m_firstDate;

    void score(qint64 visitId, const QString &id, const QString &answers)
    {
        const auto *d = m_library.find(id);
        QVERIFY(d);
        const auto parsed = Instruments::parseAnswerList(*d, answers.split(u','), {});
        QVERIFY(parsed.response);
        StoredResponse r = scoredResponse(*d, *parsed.response, visitId, u"clinician"_s, m_clinicianId);
        QVERIFY(ResponseRepository(m_db->connection()).save(r).ok());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openClinic(Clinician{0, u"Rosa Diaz"_s, u"MD"_s, ClinicianRole::Physiatrist, true},
                           Patient{0, u"Hall"_s, u"Jan"_s, QDate(1958, 8, 8), Sex::Female, u"A-78"_s, {}, u"en"_s, 0}));
        m_library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        m_firstDate = QDate::currentDate().addDays(-42);
        VisitRepository visits(m_db->connection(), m_clinicianId);
        Episode e;
        e.patientId = m_patient.id;
        e.title = u"Low back pain"_s;
        e.startDate = m_firstDate;
        QVERIFY(visits.createEpisode(e).ok());
        m_first.episodeId = e.id;
        m_first.visitDate = m_firstDate;
        m_first.clinicianId = m_clinicianId;
        QVERIFY(visits.createVisit(m_first).ok());
        score(m_first.id, u"peg"_s, u"6,6,6"_s);
        score(m_first.id, u"nrs-back"_s, u"8"_s);
        score(m_first.id, u"odi"_s, u"2,2,2,2,2,2,2,2,2,2"_s);

        // The first visit's signed plan asks for PEG and NRS back at follow-up.
        Plans::TreatmentPlan plan;
        plan.visitId = m_first.id;
        Plans::PlanItem pt;
        pt.id = u"rule:pathway"_s;
        pt.kind = Plans::ItemKind::PhysicalTherapy;
        pt.text = u"Physical therapy: graded exercise"_s;
        pt.origin = Plans::ItemOrigin::Proposed;
        Plans::PlanItem repeat;
        repeat.id = u"rule:repeat-questionnaires"_s;
        repeat.kind = Plans::ItemKind::RepeatQuestionnaires;
        repeat.text = u"Repeat at follow-up: PEG, NRS back."_s;
        repeat.origin = Plans::ItemOrigin::Proposed;
        repeat.instrumentIds = {u"peg"_s, u"nrs-back"_s};
        plan.items << pt << repeat;
        plan.goals << Plans::Goal{u"Walk 30 minutes"_s, QDate::currentDate().addDays(60)};
        plan.bottomLine = u"Non-specific low back pain."_s;
        PlanRepository plans(m_db->connection(), m_clinicianId);
        QVERIFY(plans.save(plan).ok());
        const SaveResult signedOk = plans.sign(m_first.id, m_clinicianId);
        QVERIFY2(signedOk.ok(), qPrintable(signedOk.message));

        m_follow.episodeId = e.id;
        m_follow.kind = VisitKind::FollowUp;
        m_follow.visitDate = QDate::currentDate();
        m_follow.clinicianId = m_clinicianId;
        QVERIFY(visits.createVisit(m_follow).ok());
        score(m_follow.id, u"peg"_s, u"3,3,3"_s); // 6 → 3: 50 %, the [R] percentage threshold
    }

    void patientChartShowsTrends()
    {
        PatientChart chart(m_db->connection(), m_clinicianId);
        chart.resize(1100, 900);
        chart.showPatient(m_patient.id);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.trendEpisodeId(), m_first.episodeId);
        // PEG, NRS back and ODI were scored in the episode: one chart each.
        const QList<QChartView *> views = chart.trendViews();
        QCOMPARE(views.size(), 3);
        QChartView *peg = chart.findChild<QChartView *>(u"trend-peg-total"_s);
        QVERIFY(peg);
        QVERIFY(peg->isVisible());
        QVERIFY(peg->accessibleName().contains(u"PEG"_s));
        QVERIFY2(peg->accessibleDescription().contains(u"3 on "_s), qPrintable(peg->accessibleDescription()));
        QVERIFY(peg->accessibleDescription().contains(u"Baseline 6"_s));
        QCOMPARE(peg->chart()->series().size(), 2); // baseline and scores: no bands, no verified MCID
        QChartView *odi = chart.findChild<QChartView *>(u"trend-odi-total"_s);
        QVERIFY(odi);
        QCOMPARE(odi->chart()->series().size(), 5 + 3); // one score: bands, baseline, the verified MCID line, scores
        if (const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS"); !dir.isEmpty())
            chart.grab().save(dir + u"/patient-chart-trends.png"_s);
        // Choosing a visit of the episode keeps its trends.
        chart.visitTree()->setCurrentItem(chart.visitTree()->topLevelItem(0)->child(1));
        QCOMPARE(chart.trendEpisodeId(), m_first.episodeId);
    }

    void assessmentListsWhatIsDue()
    {
        AssessmentPage page(m_db->connection(), m_clinicianId, m_follow, m_patient, m_library);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QList<DueQuestionnaire> due = page.dueQuestionnaires();
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).instrumentId, u"peg"_s);
        QVERIFY(due.at(0).done);
        QCOMPARE(due.at(1).instrumentId, u"nrs-back"_s);
        QVERIFY(!due.at(1).done);
        QVERIFY(page.dueLabel()->isVisible());
        const QString text = page.dueLabel()->text();
        QVERIFY2(text.startsWith(u"Due by the plan of "_s), qPrintable(text));
        QVERIFY(text.contains(u"PEG (done)"_s));
        QVERIFY(text.contains(u"(not yet)"_s));
        auto *start = page.findChild<QPushButton *>(u"startDue"_s);
        QVERIFY(start && start->isEnabled());
        QVERIFY(!start->accessibleName().isEmpty());
        // The change from baseline says which threshold, and that PEG's is unverified.
        const QString summary = page.summaryLabel()->text();
        QVERIFY2(summary.contains(u"MCID reached (percentage threshold)"_s), qPrintable(summary));
        QVERIFY(summary.contains(u"unverified threshold"_s));
        if (const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS"); !dir.isEmpty())
            page.grab().save(dir + u"/assessment-due.png"_s);

        // At a first visit nothing is listed.
        AssessmentPage first(m_db->connection(), m_clinicianId, m_first, m_patient, m_library);
        QVERIFY(first.dueQuestionnaires().isEmpty());
        QVERIFY(first.findChild<QWidget *>(u"dueQuestionnaires"_s)->isHidden());
    }

    void planStartsFromTheEarlierPlan()
    {
        AssessmentPage assessment(m_db->connection(), m_clinicianId, m_follow, m_patient, m_library);
        PlanPage page(m_db->connection(), m_clinicianId, m_follow, assessment.summary());
        const Plans::TreatmentPlan plan = page.plan();
        const Plans::PlanItem *pt = plan.item(u"rule:pathway"_s);
        QVERIFY(pt);
        QVERIFY(pt->carriedOver);
        QCOMPARE(pt->text, u"Physical therapy: graded exercise"_s);
        QCOMPARE(plan.goals.size(), 1);
        QVERIFY2(plan.bottomLine.startsWith(u"Follow-up visit."_s), qPrintable(plan.bottomLine));
        QVERIFY(plan.bottomLine.contains(u"PEG"_s));
    }
};

QTEST_MAIN(TestFollowUpViews)
#include "tst_followupviews.moc"
