// The sign guard (red-flags.md rules 4, 7, 9 and 11): an unacknowledged red flag of urgency
// "soon" or above, or an unacknowledged self-harm alert, blocks signing; acknowledging
// clears it; routine flags, an incomplete screen and yellow flags never block.
#include "core/signguard.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {

const QDate kDay(2026, 3, 2);

RedFlagChecklist bundled()
{
    QStringList errors;
    const auto c = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &errors);
    if (!c)
        qFatal("bundled red-flag checklist does not load: %s", qPrintable(errors.join(u'\n')));
    return *c;
}

Acknowledgement ack(const QString &target, const QString &action)
{
    Acknowledgement a;
    a.target = target;
    a.actionTaken = action;
    a.clinicianId = 3;
    a.at = QDateTime(kDay, QTime(11, 0), Qt::UTC);
    return a;
}

SafetyAlert selfHarm()
{
    return {u"self-harm"_s, u"phq9"_s, u"phq9-9"_s, std::nullopt};
}

} // namespace

class TestSignGuard : public QObject
{
    Q_OBJECT

private slots:
    void nothingBlocksAnEmptyVisit();
    void openRedFlagBlocksUntilAcknowledged();
    void selfHarmAlertBlocksUntilAcknowledged();
    void bothKindsListed();
    void routineAndIncompleteDoNotBlock();
    void alertAcknowledgementNeedsWhoWhenAndWhat();
};

void TestSignGuard::nothingBlocksAnEmptyVisit()
{
    QVERIFY(signBlockers(bundled(), RedFlagScreen(), {}).isEmpty());
}

void TestSignGuard::openRedFlagBlocksUntilAcknowledged()
{
    const RedFlagChecklist c = bundled();
    RedFlagScreen s;
    s.setState(u"ces-saddle-sensation"_s, FlagState::Present, kDay);
    s.setState(u"cancer-history"_s, FlagState::Present, kDay);

    auto blockers = signBlockers(c, s, {});
    QCOMPARE(blockers.size(), 2);
    QCOMPARE(blockers[0].kind, SignBlocker::Kind::RedFlag);
    QCOMPARE(blockers[0].id, u"ces-saddle-sensation"_s);
    QCOMPARE(blockers[0].source, u"cauda-equina"_s);
    QCOMPARE(blockers[0].urgency, Urgency::Emergency);
    QVERIFY2(blockers[0].message.contains(u"Reduced sensation in the perineum"_s), qPrintable(blockers[0].message));
    QVERIFY2(blockers[0].message.contains(u"emergency"_s), qPrintable(blockers[0].message));
    QCOMPARE(blockers[1].id, u"cancer-history"_s);
    QCOMPARE(blockers[1].urgency, Urgency::Urgent);

    QString error;
    QVERIFY2(s.acknowledge(c, ack(u"cauda-equina"_s, u"Sent to the emergency department for MRI"_s), &error), qPrintable(error));
    blockers = signBlockers(c, s, {});
    QCOMPARE(blockers.size(), 1);
    QCOMPARE(blockers[0].id, u"cancer-history"_s);

    QVERIFY2(s.acknowledge(c, ack(u"cancer-history"_s, u"MRI requested this week"_s), &error), qPrintable(error));
    QVERIFY(signBlockers(c, s, {}).isEmpty());

    // A flag marked absent after all needs nothing.
    RedFlagScreen t;
    t.setState(u"infection-fever"_s, FlagState::Present, kDay);
    QCOMPARE(signBlockers(c, t, {}).size(), 1);
    t.setState(u"infection-fever"_s, FlagState::Absent, kDay);
    QVERIFY(signBlockers(c, t, {}).isEmpty());
}

void TestSignGuard::selfHarmAlertBlocksUntilAcknowledged()
{
    const RedFlagChecklist c = bundled();
    SafetyAlert alert = selfHarm();
    auto blockers = signBlockers(c, RedFlagScreen(), {alert});
    QCOMPARE(blockers.size(), 1);
    QCOMPARE(blockers[0].kind, SignBlocker::Kind::SafetyAlert);
    QCOMPARE(blockers[0].id, u"self-harm"_s);
    QCOMPARE(blockers[0].source, u"phq9"_s);
    QVERIFY2(blockers[0].message.contains(u"self-harm"_s), qPrintable(blockers[0].message));

    QString error;
    Acknowledgement a = ack(QString(), QString());
    a.reasonNotActing = u"Passive thoughts only; safety plan agreed; GP informed"_s;
    QVERIFY2(acknowledgeAlert(alert, a, &error), qPrintable(error));
    QVERIFY(alert.isAcknowledged());
    QCOMPARE(alert.acknowledgement->target, u"self-harm"_s);
    QVERIFY(signBlockers(c, RedFlagScreen(), {alert}).isEmpty());
}

void TestSignGuard::bothKindsListed()
{
    const RedFlagChecklist c = bundled();
    RedFlagScreen s;
    s.setState(u"fracture-osteoporosis"_s, FlagState::Present, kDay);
    s.setState(u"fracture-corticosteroids"_s, FlagState::Present, kDay);
    const auto blockers = signBlockers(c, s, {selfHarm(), selfHarm()});
    QCOMPARE(blockers.size(), 4);
    QCOMPARE(blockers[0].urgency, Urgency::Urgent); // several fracture flags escalate
    QCOMPARE(blockers[2].kind, SignBlocker::Kind::SafetyAlert);
    QCOMPARE(blockers[3].kind, SignBlocker::Kind::SafetyAlert);
}

void TestSignGuard::routineAndIncompleteDoNotBlock()
{
    const RedFlagChecklist c = bundled();
    RedFlagScreen s; // nothing assessed: incomplete, but not a reason to refuse signing
    s.setState(u"age-over-50"_s, FlagState::Present, kDay);       // soft alone: routine
    s.setState(u"spa-younger-onset"_s, FlagState::Present, kDay); // routine condition
    QCOMPARE(s.concern(c), Urgency::Routine);
    QVERIFY(!s.isComplete(c));
    QVERIFY(signBlockers(c, s, {}).isEmpty());
    // A second malignancy flag makes the soft one part of a "soon" condition: both block.
    s.setState(u"failure-to-improve"_s, FlagState::Present, kDay);
    QCOMPARE(signBlockers(c, s, {}).size(), 2);
}

void TestSignGuard::alertAcknowledgementNeedsWhoWhenAndWhat()
{
    SafetyAlert alert = selfHarm();
    QString error;
    Acknowledgement a = ack(QString(), u"  "_s);
    QVERIFY(!acknowledgeAlert(alert, a, &error));
    QVERIFY2(error.contains(u"reason for not acting"_s), qPrintable(error));
    a = ack(QString(), u"Crisis line called"_s);
    a.clinicianId = 0;
    QVERIFY(!acknowledgeAlert(alert, a, &error));
    QVERIFY2(error.contains(u"clinician"_s), qPrintable(error));
    a = ack(QString(), u"Crisis line called"_s);
    a.at = {};
    QVERIFY(!acknowledgeAlert(alert, a, &error));
    QVERIFY(!alert.isAcknowledged());
    // An acknowledgement without text, set directly, still does not count.
    alert.acknowledgement = ack(u"self-harm"_s, QString());
    QVERIFY(!alert.isAcknowledged());
    QCOMPARE(signBlockers(bundled(), RedFlagScreen(), {alert}).size(), 1);
}

QTEST_GUILESS_MAIN(TestSignGuard)
#include "tst_signguard.moc"
