// Hand-over to the physiatrist and plan-of-care certification, without a database: which red
// flags require a hand-over (urgency soon or above, red-flags.md rule 4) and what the task says;
// plan items only a physician carries out are suggested; and the 30-day transmission deadline
// from the first treatment (pathways.md §6.4 [V: Noridian, Sept 2025]).
#include "core/plan/plan.h"
#include "core/redflags.h"
#include "core/therapy/certification.h"
#include "core/therapy/handover.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Therapy;

namespace {
const QDate kFirst(2026, 10, 1);
}

class TestHandover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStringList errors;
        const auto checklist = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &errors);
        QVERIFY2(checklist, qPrintable(errors.join(u'\n')));
        m_checklist = *checklist;
    }

    void redFlagsNeedingActionAreRequired()
    {
        RedFlagScreen screen;
        QVERIFY(handoverNeeds(m_checklist, screen, nullptr).isEmpty());
        screen.setState(u"infection-fever"_s, FlagState::Present, kFirst);       // urgent
        screen.setState(u"spa-inflammatory-pattern"_s, FlagState::Present, kFirst); // routine
        Acknowledgement ack;
        ack.target = u"infection"_s;
        ack.actionTaken = u"Bloods and urgent MRI"_s;
        ack.clinicianId = 1;
        ack.at = QDateTime(kFirst, QTime(9, 0), Qt::UTC);
        QString error;
        QVERIFY2(screen.acknowledge(m_checklist, ack, &error), qPrintable(error));
        const auto needs = handoverNeeds(m_checklist, screen, nullptr);
        QCOMPARE(needs.size(), 2);
        const HandoverNeed &urgent = needs.first(); // most urgent first
        QCOMPARE(urgent.source, u"infection"_s);
        QCOMPARE(urgent.reason, HandoverReason::RedFlag);
        QVERIFY(urgent.required);
        QVERIFY2(urgent.detail.contains(u"Bloods and urgent MRI"_s), qPrintable(urgent.detail));
        QVERIFY(!needs.last().required); // routine: offered, not required
        QCOMPARE(unmetHandovers(needs, {}).size(), 1);
        HandoverTask task;
        task.source = u"infection"_s;
        QVERIFY(unmetHandovers(needs, {task}).isEmpty());
    }

    void progressiveNeurologyIsNamed()
    {
        RedFlagScreen screen;
        screen.setState(u"neuro-progressive"_s, FlagState::Present, kFirst);
        const auto needs = handoverNeeds(m_checklist, screen, nullptr);
        QCOMPARE(needs.size(), 1);
        QCOMPARE(needs.first().reason, HandoverReason::ProgressiveNeurology);
        QVERIFY(needs.first().required);
        QVERIFY(needs.first().detail.contains(u"No action recorded yet"_s));
    }

    void physicianItemsAreSuggested()
    {
        Plans::TreatmentPlan plan;
        Plans::PlanItem esi;
        esi.id = u"item-1"_s;
        esi.kind = Plans::ItemKind::EpiduralInjection;
        esi.text = u"Consider a transforaminal epidural injection"_s;
        Plans::PlanItem surgeon = esi;
        surgeon.id = u"item-2"_s;
        surgeon.kind = Plans::ItemKind::SurgicalReferral;
        surgeon.removed = true; // removed items ask nothing
        plan.items << esi << surgeon;
        const auto needs = handoverNeeds(m_checklist, RedFlagScreen{}, &plan);
        QCOMPARE(needs.size(), 1);
        QCOMPARE(needs.first().reason, HandoverReason::InjectionQuestion);
        QVERIFY(!needs.first().required);
        QVERIFY(unmetHandovers(needs, {}).isEmpty());
    }

    void certificationStates()
    {
        const QDate deadline = kFirst.addDays(30);
        auto s = certificationStatus({}, {}, std::nullopt, kFirst);
        QCOMPARE(s.state, CertificationState::NoFirstTreatment);
        s = certificationStatus(kFirst, {}, std::nullopt, kFirst.addDays(25));
        QCOMPARE(s.state, CertificationState::NotSent);
        QCOMPARE(s.deadline, deadline);
        QCOMPARE(s.daysLeft, 5);
        QVERIFY2(s.summary().contains(u"5 days left"_s), qPrintable(s.summary()));
        QCOMPARE(certificationStatus(kFirst, {}, std::nullopt, deadline).state, CertificationState::NotSent); // day 30 still counts
        s = certificationStatus(kFirst, {}, std::nullopt, deadline.addDays(2));
        QCOMPARE(s.state, CertificationState::Overdue);
        QVERIFY(s.summary().contains(u"Overdue"_s) && s.summary().contains(u"2 days ago"_s));

        Transmission late;
        late.sentOn = deadline.addDays(1);
        Transmission onTime;
        onTime.sentOn = deadline;
        onTime.route = TransmissionRoute::DirectMessage;
        QCOMPARE(certificationStatus(kFirst, {late}, std::nullopt, deadline.addDays(3)).state, CertificationState::SentLate);
        s = certificationStatus(kFirst, {late, onTime}, std::nullopt, deadline.addDays(3));
        QCOMPARE(s.state, CertificationState::Sent); // the first transmission counts
        QCOMPARE(s.firstSent->route, TransmissionRoute::DirectMessage);
        CertificationReturn back;
        back.signedOn = deadline.addDays(2);
        back.signedBy = u"Dr. Bauer"_s;
        s = certificationStatus(kFirst, {onTime}, back, deadline.addDays(3));
        QCOMPARE(s.state, CertificationState::Certified);
        QVERIFY(s.summary().contains(u"Dr. Bauer"_s));
        QCOMPARE(transmissionRouteFromCode(u"direct"), TransmissionRoute::DirectMessage);
    }

private:
    RedFlagChecklist m_checklist;
};

QTEST_GUILESS_MAIN(TestHandover)
#include "tst_handover.moc"
