// The physical therapist's record: every field survives the JSON round trip, stored JSON is
// read strictly (the path of a bad value is named), field validation, and what a plan of care
// needs before signing (pathways.md §6.4: diagnoses, long-term goals, type, amount, frequency,
// duration).
#include "core/contentjson.h"
#include "core/plan/plan.h"
#include "core/therapy/therapyrecord.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Therapy;

namespace {
const QDate kDay(2026, 10, 5);

TherapyRecord fullRecord()
{
    TherapyRecord t;
    t.movement = {{MovementDirection::Extension, MovementResponse::Centralises},
                  {MovementDirection::Flexion, MovementResponse::Peripheralises},
                  {MovementDirection::SideGlideLeft, MovementResponse::NoEffect}};
    t.movementNote = u"Repeated in standing and lying"_s;
    t.classification = TbcClass::SymptomModulation;
    t.classificationNote = u"Clear directional preference"_s;
    t.rom = {{RomMovement::Flexion, {RomGrade::MarkedlyLimited, true}}, {RomMovement::RotationRight, {RomGrade::Full, false}}};
    t.functional = {{FunctionalTest::FiveTimesSitToStand, 13.5, u"used arms"_s}, {FunctionalTest::WalkingTolerance, 15, {}}};
    t.session = {true, kDay, 50, u"Pain science"_s, {u"prone-press-up"_s}, u"PA mobilisation L4-5"_s, u"Heat advice"_s,
                 SessionResponse::Better, u"Leg pain eased"_s};
    t.planOfCare = {{TherapyType::TherapeuticExercise, u"Extension bias"_s, 1, 30, 2, 6},
                    {TherapyType::ManualTherapy, {}, 1, 15, 1, 4}};
    t.planStart = kDay;
    t.rehabPotential = u"Good"_s;
    t.homeProgram = {{u"prone-press-up"_s, 1, 10, 0, 0, 4, 7, u"Every 2 hours at work"_s},
                     {u"walking-programme"_s, 0, 0, 0, 10, 2, 5, {}}};
    t.homeProgramAdvice = u"Keep moving"_s;
    return t;
}

Plans::TreatmentPlan planWith(bool diagnosis, bool goal)
{
    Plans::TreatmentPlan p;
    if (diagnosis)
        p.problems << Plans::ProblemEntry{u"non-specific-lbp"_s, {}, true};
    if (goal)
        p.goals << Plans::Goal{u"Lift the grandchild"_s, kDay.addDays(42)};
    return p;
}
} // namespace

class TestTherapyRecord : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const TherapyRecord t = fullRecord();
        ContentErrors errors(u"record"_s);
        const TherapyRecord back = TherapyRecord::fromJson(t.toJson(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.list().join(u'\n')));
        QCOMPARE(back, t);
        QVERIFY(!t.isEmpty());
        QVERIFY(TherapyRecord{}.isEmpty());
        QCOMPARE(t.durationWeeks(), 6);
        ContentErrors none(u"empty"_s);
        QCOMPARE(TherapyRecord::fromJson(TherapyRecord{}.toJson(), &none), TherapyRecord{});
        QVERIFY(none.isEmpty());
    }

    void strictReading_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown key") << u"mood"_s << QJsonValue(u"fine"_s) << u"mood"_s;
        QTest::newRow("classification") << u"classification"_s << QJsonValue(u"psychic"_s) << u"classification"_s;
        QTest::newRow("direction") << u"movement"_s << QJsonValue(QJsonObject{{u"rotation"_s, u"better"_s}}) << u"movement.rotation"_s;
        QTest::newRow("response") << u"movement"_s << QJsonValue(QJsonObject{{u"flexion"_s, u"magic"_s}}) << u"movement.flexion"_s;
        QTest::newRow("test") << u"functional"_s << QJsonValue(QJsonArray{QJsonObject{{u"test"_s, u"hop"_s}, {u"value"_s, 3}}})
                              << u"functional[0].test"_s;
        QTest::newRow("therapy type") << u"planOfCare"_s
                                      << QJsonValue(QJsonArray{QJsonObject{{u"type"_s, u"magnets"_s}, {u"timesPerWeek"_s, 1}, {u"weeks"_s, 2}}})
                                      << u"planOfCare[0].type"_s;
        QTest::newRow("date") << u"planStart"_s << QJsonValue(u"next week"_s) << u"planStart"_s;
    }

    void strictReading()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, path);
        QJsonObject json = fullRecord().toJson();
        json.insert(key, value);
        ContentErrors errors(u"therapy record of visit 7"_s);
        TherapyRecord::fromJson(json, &errors);
        QVERIFY(!errors.isEmpty());
        const QString all = errors.list().join(u'\n');
        QVERIFY2(all.contains(u"therapy record of visit 7"_s) && all.contains(path), qPrintable(all));
    }

    void validation()
    {
        TherapyRecord t = fullRecord();
        QVERIFY(t.validate(kDay).isEmpty());
        t.functional[0].value = 900; // seconds for five sit-to-stands: a typing error
        t.session.date = kDay.addDays(-1);
        t.planOfCare[1].timesPerWeek = 0;
        t.planOfCare[1].weeks = 80;
        t.homeProgram[1].minutes = 0;
        t.homeProgram << ExercisePrescription{};
        const auto errors = t.validate(kDay);
        for (const QString &field : {u"functional.0.value"_s, u"session.date"_s, u"planOfCare.1.timesPerWeek"_s, u"planOfCare.1.weeks"_s,
                                     u"homeProgram.1.repetitions"_s, u"homeProgram.2.exerciseId"_s})
            QVERIFY2(errors.contains(field), qPrintable(field + u" in "_s + errors.keys().join(u", "_s)));
        TherapyRecord session;
        session.session.provided = true;
        QVERIFY(session.validate(kDay).contains(u"session.date"_s));
        QVERIFY(session.validate(kDay).contains(u"session.response"_s));
    }

    void planOfCareElements()
    {
        const TherapyRecord t = fullRecord();
        QVERIFY(planOfCareProblems(t, planWith(true, true), kDay).isEmpty());
        QString all = planOfCareProblems(t, planWith(false, true), kDay).join(u'\n');
        QVERIFY2(all.contains(u"diagnosis"_s), qPrintable(all));
        all = planOfCareProblems(t, planWith(true, false), kDay).join(u'\n');
        QVERIFY2(all.contains(u"long-term functional goal"_s), qPrintable(all));
        Plans::TreatmentPlan pastGoal = planWith(true, false);
        pastGoal.goals << Plans::Goal{u"Walk"_s, kDay}; // not after the visit
        QVERIFY(!planOfCareProblems(t, pastGoal, kDay).isEmpty());
        TherapyRecord noLines = t;
        noLines.planOfCare.clear();
        all = planOfCareProblems(noLines, planWith(true, true), kDay).join(u'\n');
        QVERIFY2(all.contains(u"type, amount, frequency and duration"_s), qPrintable(all));
        TherapyRecord noDuration = t;
        noDuration.planOfCare[0].weeks = 0;
        all = planOfCareProblems(noDuration, planWith(true, true), kDay).join(u'\n');
        QVERIFY2(all.contains(u"Plan of care, line 1, duration (weeks)"_s), qPrintable(all));
    }

    void codesAreStable()
    {
        QCOMPARE(functionalTestCode(FunctionalTest::ThirtySecondSitToStand), u"30-second-sit-to-stand"_s);
        QCOMPARE(tbcClassCode(TbcClass::FunctionalOptimization), u"functional-optimization"_s);
        QCOMPARE(therapyTypeCode(TherapyType::PsychologicallyInformed), u"psychologically-informed"_s);
        for (TherapyType type : therapyTypes())
            QCOMPARE(therapyTypeFromCode(therapyTypeCode(type)), type);
        for (FunctionalTest test : functionalTests()) {
            QCOMPARE(functionalTestFromCode(functionalTestCode(test)), test);
            QVERIFY(!functionalTestUnit(test).isEmpty());
        }
        QVERIFY(!movementResponseFromCode(u"maybe"));
    }
};

QTEST_GUILESS_MAIN(TestTherapyRecord)
#include "tst_therapyrecord.moc"
