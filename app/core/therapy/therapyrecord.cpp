#include "core/therapy/therapyrecord.h"

#include "core/codetable.h"
#include "core/contentjson.h"
#include "core/plan/plan.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SpineDesk::Therapy {

namespace {
struct TherapyText {
    Q_DECLARE_TR_FUNCTIONS(TherapyText)
};

constexpr int kFormat = 1;
// Wide ranges that catch typing errors; none is a clinical limit.
constexpr int kMaxMinutes = 240;
constexpr int kMaxTimesPerDay = 10;
constexpr int kMaxTimesPerWeek = 14;
constexpr int kMaxWeeks = 52;
constexpr int kMaxSets = 20;
constexpr int kMaxRepetitions = 200;
constexpr int kMaxHoldSeconds = 600;

constexpr CodeEntry<MovementDirection> kDirections[] = {
    {MovementDirection::Flexion, u"flexion"},
    {MovementDirection::Extension, u"extension"},
    {MovementDirection::SideGlideLeft, u"side-glide-left"},
    {MovementDirection::SideGlideRight, u"side-glide-right"},
};
constexpr CodeEntry<MovementResponse> kResponses[] = {
    {MovementResponse::NotTested, u"not-tested"},
    {MovementResponse::Centralises, u"centralises"},
    {MovementResponse::Peripheralises, u"peripheralises"},
    {MovementResponse::Better, u"better"},
    {MovementResponse::Worse, u"worse"},
    {MovementResponse::NoEffect, u"no-effect"},
};
constexpr CodeEntry<TbcClass> kClasses[] = {
    {TbcClass::NotClassified, u"not-classified"},
    {TbcClass::SymptomModulation, u"symptom-modulation"},
    {TbcClass::MovementControl, u"movement-control"},
    {TbcClass::FunctionalOptimization, u"functional-optimization"},
};
constexpr CodeEntry<RomMovement> kRomMovements[] = {
    {RomMovement::Flexion, u"flexion"},
    {RomMovement::Extension, u"extension"},
    {RomMovement::SideBendLeft, u"side-bend-left"},
    {RomMovement::SideBendRight, u"side-bend-right"},
    {RomMovement::RotationLeft, u"rotation-left"},
    {RomMovement::RotationRight, u"rotation-right"},
};
constexpr CodeEntry<RomGrade> kRomGrades[] = {
    {RomGrade::NotTested, u"not-tested"},
    {RomGrade::Full, u"full"},
    {RomGrade::Limited, u"limited"},
    {RomGrade::MarkedlyLimited, u"markedly-limited"},
};
constexpr CodeEntry<FunctionalTest> kTests[] = {
    {FunctionalTest::FiveTimesSitToStand, u"five-times-sit-to-stand"},
    {FunctionalTest::ThirtySecondSitToStand, u"30-second-sit-to-stand"},
    {FunctionalTest::TimedUpAndGo, u"timed-up-and-go"},
    {FunctionalTest::WalkingTolerance, u"walking-tolerance"},
    {FunctionalTest::SixMinuteWalk, u"six-minute-walk"},
};
constexpr CodeEntry<SessionResponse> kSessionResponses[] = {
    {SessionResponse::NotRecorded, u"not-recorded"},
    {SessionResponse::Better, u"better"},
    {SessionResponse::Unchanged, u"unchanged"},
    {SessionResponse::Worse, u"worse"},
};
constexpr CodeEntry<TherapyType> kTypes[] = {
    {TherapyType::TherapeuticExercise, u"therapeutic-exercise"},
    {TherapyType::ManualTherapy, u"manual-therapy"},
    {TherapyType::NeuromuscularReeducation, u"neuromuscular-reeducation"},
    {TherapyType::FunctionalTraining, u"functional-training"},
    {TherapyType::PatientEducation, u"patient-education"},
    {TherapyType::PsychologicallyInformed, u"psychologically-informed"},
    {TherapyType::GaitTraining, u"gait-training"},
    {TherapyType::Other, u"other"},
};
} // namespace

QList<MovementDirection> movementDirections() { return codeTableValues(kDirections); }
QString movementDirectionCode(MovementDirection d) { return codeTableCode(kDirections, d); }
std::optional<MovementDirection> movementDirectionFromCode(QStringView c) { return codeTableFind(kDirections, c); }
QString movementDirectionLabel(MovementDirection d)
{
    switch (d) {
    case MovementDirection::Flexion: return TherapyText::tr("Repeated flexion");
    case MovementDirection::Extension: return TherapyText::tr("Repeated extension");
    case MovementDirection::SideGlideLeft: return TherapyText::tr("Side glide to the left");
    case MovementDirection::SideGlideRight: break;
    }
    return TherapyText::tr("Side glide to the right");
}

QList<MovementResponse> movementResponses() { return codeTableValues(kResponses); }
QString movementResponseCode(MovementResponse r) { return codeTableCode(kResponses, r); }
std::optional<MovementResponse> movementResponseFromCode(QStringView c) { return codeTableFind(kResponses, c); }
QString movementResponseLabel(MovementResponse r)
{
    switch (r) {
    case MovementResponse::NotTested: return TherapyText::tr("Not tested");
    case MovementResponse::Centralises: return TherapyText::tr("Centralises (pain moves towards the spine)");
    case MovementResponse::Peripheralises: return TherapyText::tr("Peripheralises (pain spreads further down the leg)");
    case MovementResponse::Better: return TherapyText::tr("Better");
    case MovementResponse::Worse: return TherapyText::tr("Worse");
    case MovementResponse::NoEffect: break;
    }
    return TherapyText::tr("No effect");
}

QList<TbcClass> tbcClasses() { return codeTableValues(kClasses); }
QString tbcClassCode(TbcClass c) { return codeTableCode(kClasses, c); }
std::optional<TbcClass> tbcClassFromCode(QStringView c) { return codeTableFind(kClasses, c); }
QString tbcClassLabel(TbcClass c)
{
    switch (c) {
    case TbcClass::NotClassified: return TherapyText::tr("Not classified");
    case TbcClass::SymptomModulation: return TherapyText::tr("Symptom modulation");
    case TbcClass::MovementControl: return TherapyText::tr("Movement control");
    case TbcClass::FunctionalOptimization: break;
    }
    return TherapyText::tr("Functional optimization");
}

QList<RomMovement> romMovements() { return codeTableValues(kRomMovements); }
QString romMovementCode(RomMovement m) { return codeTableCode(kRomMovements, m); }
std::optional<RomMovement> romMovementFromCode(QStringView c) { return codeTableFind(kRomMovements, c); }
QString romMovementLabel(RomMovement m)
{
    switch (m) {
    case RomMovement::Flexion: return TherapyText::tr("Flexion");
    case RomMovement::Extension: return TherapyText::tr("Extension");
    case RomMovement::SideBendLeft: return TherapyText::tr("Side bending left");
    case RomMovement::SideBendRight: return TherapyText::tr("Side bending right");
    case RomMovement::RotationLeft: return TherapyText::tr("Rotation left");
    case RomMovement::RotationRight: break;
    }
    return TherapyText::tr("Rotation right");
}

QList<RomGrade> romGrades() { return codeTableValues(kRomGrades); }
QString romGradeCode(RomGrade g) { return codeTableCode(kRomGrades, g); }
std::optional<RomGrade> romGradeFromCode(QStringView c) { return codeTableFind(kRomGrades, c); }
QString romGradeLabel(RomGrade g)
{
    switch (g) {
    case RomGrade::NotTested: return TherapyText::tr("Not tested");
    case RomGrade::Full: return TherapyText::tr("Full");
    case RomGrade::Limited: return TherapyText::tr("Limited");
    case RomGrade::MarkedlyLimited: break;
    }
    return TherapyText::tr("Markedly limited");
}

QList<FunctionalTest> functionalTests() { return codeTableValues(kTests); }
QString functionalTestCode(FunctionalTest t) { return codeTableCode(kTests, t); }
std::optional<FunctionalTest> functionalTestFromCode(QStringView c) { return codeTableFind(kTests, c); }
QString functionalTestLabel(FunctionalTest t)
{
    switch (t) {
    case FunctionalTest::FiveTimesSitToStand: return TherapyText::tr("Five-times sit-to-stand");
    case FunctionalTest::ThirtySecondSitToStand: return TherapyText::tr("30-second sit-to-stand");
    case FunctionalTest::TimedUpAndGo: return TherapyText::tr("Timed up and go");
    case FunctionalTest::WalkingTolerance: return TherapyText::tr("Walking tolerance");
    case FunctionalTest::SixMinuteWalk: break;
    }
    return TherapyText::tr("Six-minute walk");
}

QString functionalTestUnit(FunctionalTest t)
{
    switch (t) {
    case FunctionalTest::FiveTimesSitToStand:
    case FunctionalTest::TimedUpAndGo: return TherapyText::tr("seconds");
    case FunctionalTest::ThirtySecondSitToStand: return TherapyText::tr("repetitions");
    case FunctionalTest::WalkingTolerance: return TherapyText::tr("minutes");
    case FunctionalTest::SixMinuteWalk: break;
    }
    return TherapyText::tr("metres");
}

double functionalTestMaximum(FunctionalTest t)
{
    switch (t) {
    case FunctionalTest::FiveTimesSitToStand:
    case FunctionalTest::TimedUpAndGo: return 300;        // seconds
    case FunctionalTest::ThirtySecondSitToStand: return 60; // repetitions
    case FunctionalTest::WalkingTolerance: return 600;     // minutes
    case FunctionalTest::SixMinuteWalk: break;
    }
    return 2000; // metres
}

QList<SessionResponse> sessionResponses() { return codeTableValues(kSessionResponses); }
QString sessionResponseCode(SessionResponse r) { return codeTableCode(kSessionResponses, r); }
std::optional<SessionResponse> sessionResponseFromCode(QStringView c) { return codeTableFind(kSessionResponses, c); }
QString sessionResponseLabel(SessionResponse r)
{
    switch (r) {
    case SessionResponse::NotRecorded: return TherapyText::tr("Not recorded");
    case SessionResponse::Better: return TherapyText::tr("Better after the session");
    case SessionResponse::Unchanged: return TherapyText::tr("Unchanged");
    case SessionResponse::Worse: break;
    }
    return TherapyText::tr("Worse after the session");
}

QList<TherapyType> therapyTypes() { return codeTableValues(kTypes); }
QString therapyTypeCode(TherapyType t) { return codeTableCode(kTypes, t); }
std::optional<TherapyType> therapyTypeFromCode(QStringView c) { return codeTableFind(kTypes, c); }
QString therapyTypeLabel(TherapyType t)
{
    switch (t) {
    case TherapyType::TherapeuticExercise: return TherapyText::tr("Therapeutic exercise");
    case TherapyType::ManualTherapy: return TherapyText::tr("Manual therapy");
    case TherapyType::NeuromuscularReeducation: return TherapyText::tr("Neuromuscular re-education");
    case TherapyType::FunctionalTraining: return TherapyText::tr("Functional training");
    case TherapyType::PatientEducation: return TherapyText::tr("Patient education");
    case TherapyType::PsychologicallyInformed: return TherapyText::tr("Psychologically informed physical therapy");
    case TherapyType::GaitTraining: return TherapyText::tr("Gait training");
    case TherapyType::Other: break;
    }
    return TherapyText::tr("Other");
}

bool TherapyRecord::isEmpty() const
{
    return movement.isEmpty() && movementNote.isEmpty() && classification == TbcClass::NotClassified
        && classificationNote.isEmpty() && rom.isEmpty() && functional.isEmpty() && session == FirstSession{}
        && planOfCare.isEmpty() && !planStart.isValid() && rehabPotential.isEmpty() && homeProgram.isEmpty()
        && homeProgramAdvice.isEmpty();
}

int TherapyRecord::durationWeeks() const
{
    int weeks = 0;
    for (const TherapyLine &l : planOfCare)
        weeks = std::max(weeks, l.weeks);
    return weeks;
}

QMap<QString, QString> TherapyRecord::validate(QDate visitDate) const
{
    QMap<QString, QString> out;
    const auto range = [&](const QString &field, int value, int min, int max) {
        if (value < min || value > max)
            out.insert(field, TherapyText::tr("Enter a number from %1 to %2.").arg(min).arg(max));
    };
    for (int i = 0; i < functional.size(); ++i) {
        const FunctionalResult &f = functional.at(i);
        const double max = functionalTestMaximum(f.test);
        if (f.value < 0 || f.value > max)
            out.insert(u"functional.%1.value"_s.arg(i), TherapyText::tr("Enter %1 from 0 to %2.").arg(functionalTestUnit(f.test)).arg(max));
    }
    if (session.provided) {
        if (!session.date.isValid())
            out.insert(u"session.date"_s, TherapyText::tr("Enter the date of the first treatment."));
        else if (visitDate.isValid() && session.date < visitDate)
            out.insert(u"session.date"_s, TherapyText::tr("The first treatment cannot be before the evaluation."));
        range(u"session.minutes"_s, session.minutes, 0, kMaxMinutes);
        if (session.response == SessionResponse::NotRecorded && session.responseNote.trimmed().isEmpty())
            out.insert(u"session.response"_s, TherapyText::tr("Record how the patient responded to the session."));
    }
    for (int i = 0; i < planOfCare.size(); ++i) {
        const TherapyLine &l = planOfCare.at(i);
        const QString p = u"planOfCare.%1."_s.arg(i);
        range(p + u"timesPerDay"_s, l.timesPerDay, 1, kMaxTimesPerDay);
        range(p + u"minutes"_s, l.minutes, 0, kMaxMinutes);
        range(p + u"timesPerWeek"_s, l.timesPerWeek, 1, kMaxTimesPerWeek);
        range(p + u"weeks"_s, l.weeks, 1, kMaxWeeks);
        if (l.type == TherapyType::Other && l.detail.trimmed().isEmpty())
            out.insert(p + u"detail"_s, TherapyText::tr("Say what the therapy is."));
    }
    if (planStart.isValid() && visitDate.isValid() && planStart < visitDate)
        out.insert(u"planStart"_s, TherapyText::tr("The plan cannot start before the evaluation."));
    for (int i = 0; i < homeProgram.size(); ++i) {
        const ExercisePrescription &e = homeProgram.at(i);
        const QString p = u"homeProgram.%1."_s.arg(i);
        if (e.exerciseId.isEmpty())
            out.insert(p + u"exerciseId"_s, TherapyText::tr("Choose an exercise."));
        range(p + u"sets"_s, e.sets, 0, kMaxSets);
        range(p + u"repetitions"_s, e.repetitions, 0, kMaxRepetitions);
        range(p + u"holdSeconds"_s, e.holdSeconds, 0, kMaxHoldSeconds);
        range(p + u"minutes"_s, e.minutes, 0, kMaxMinutes);
        range(p + u"timesPerDay"_s, e.timesPerDay, 1, kMaxTimesPerDay);
        range(p + u"daysPerWeek"_s, e.daysPerWeek, 1, 7);
        if (e.repetitions == 0 && e.minutes == 0 && e.holdSeconds == 0)
            out.insert(p + u"repetitions"_s, TherapyText::tr("Give repetitions, a hold time or minutes."));
    }
    return out;
}

namespace {
// "planOfCare.0.weeks" → "Plan of care, line 1, duration (weeks)": problems are read by people.
QString fieldLabel(const QString &key)
{
    const QStringList parts = key.split(u'.');
    const QString section = parts.value(0);
    const QString field = parts.size() == 3 ? parts.at(2) : parts.value(1);
    const int row = parts.size() == 3 ? parts.at(1).toInt() + 1 : 0;
    static const QMap<QString, const char *> fields = {
        {u"timesPerDay"_s, QT_TRANSLATE_NOOP("TherapyText", "times a day")},
        {u"minutes"_s, QT_TRANSLATE_NOOP("TherapyText", "minutes")},
        {u"timesPerWeek"_s, QT_TRANSLATE_NOOP("TherapyText", "frequency (times a week)")},
        {u"weeks"_s, QT_TRANSLATE_NOOP("TherapyText", "duration (weeks)")},
        {u"detail"_s, QT_TRANSLATE_NOOP("TherapyText", "detail")},
        {u"value"_s, QT_TRANSLATE_NOOP("TherapyText", "result")},
        {u"date"_s, QT_TRANSLATE_NOOP("TherapyText", "date")},
        {u"response"_s, QT_TRANSLATE_NOOP("TherapyText", "patient's response")},
        {u"exerciseId"_s, QT_TRANSLATE_NOOP("TherapyText", "exercise")},
        {u"sets"_s, QT_TRANSLATE_NOOP("TherapyText", "sets")},
        {u"repetitions"_s, QT_TRANSLATE_NOOP("TherapyText", "repetitions")},
        {u"holdSeconds"_s, QT_TRANSLATE_NOOP("TherapyText", "hold (seconds)")},
        {u"daysPerWeek"_s, QT_TRANSLATE_NOOP("TherapyText", "days a week")},
    };
    const QString what = fields.contains(field) ? TherapyText::tr(fields.value(field)) : field;
    if (section == u"planOfCare")
        return TherapyText::tr("Plan of care, line %1, %2").arg(row).arg(what);
    if (section == u"functional")
        return TherapyText::tr("Functional test %1, %2").arg(row).arg(what);
    if (section == u"homeProgram")
        return TherapyText::tr("Home exercise %1, %2").arg(row).arg(what);
    if (section == u"session")
        return TherapyText::tr("First session, %1").arg(what);
    if (section == u"planStart")
        return TherapyText::tr("Plan start");
    return key;
}
} // namespace

QStringList planOfCareProblems(const TherapyRecord &record, const Plans::TreatmentPlan &plan, QDate visitDate)
{
    QStringList out;
    if (plan.problems.isEmpty())
        out << TherapyText::tr("The plan of care needs a diagnosis: add one to the problem list on the Plan step.");
    bool goal = false;
    for (const Plans::Goal &g : plan.goals)
        goal = goal || (!g.text.trimmed().isEmpty() && g.targetDate.isValid() && g.targetDate > visitDate);
    if (!goal)
        out << TherapyText::tr("The plan of care needs a long-term functional goal with a target date (Plan step).");
    if (record.planOfCare.isEmpty())
        out << TherapyText::tr("The plan of care needs the type, amount, frequency and duration of therapy.");
    const QMap<QString, QString> errors = record.validate(visitDate);
    for (auto it = errors.begin(); it != errors.end(); ++it)
        out << TherapyText::tr("%1: %2").arg(fieldLabel(it.key()), it.value());
    return out;
}

// ---- JSON ----

namespace {
template<typename K, typename V, typename KC, typename VJ>
QJsonObject mapJson(const QMap<K, V> &map, KC keyCode, VJ valueJson)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(keyCode(it.key()), valueJson(it.value()));
    return o;
}

void insertText(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void insertInt(QJsonObject &o, const QString &key, int value, int omitted = 0)
{
    if (value != omitted)
        o.insert(key, value);
}

QDate readDate(const ContentReader &r, const QString &key)
{
    if (!r.has(key))
        return {};
    const QDate d = QDate::fromString(r.string(key), Qt::ISODate);
    if (!d.isValid())
        r.error(key, u"not an ISO date"_s);
    return d;
}
} // namespace

QJsonObject TherapyRecord::toJson() const
{
    QJsonObject o{{u"format"_s, kFormat}};
    o.insert(u"movement"_s, mapJson(movement, movementDirectionCode, [](MovementResponse r) { return QJsonValue(movementResponseCode(r)); }));
    insertText(o, u"movementNote"_s, movementNote);
    o.insert(u"classification"_s, tbcClassCode(classification));
    insertText(o, u"classificationNote"_s, classificationNote);
    o.insert(u"rom"_s, mapJson(rom, romMovementCode, [](const RomFinding &f) {
        return QJsonValue(QJsonObject{{u"grade"_s, romGradeCode(f.grade)}, {u"painful"_s, f.painful}});
    }));
    QJsonArray tests;
    for (const FunctionalResult &f : functional) {
        QJsonObject t{{u"test"_s, functionalTestCode(f.test)}, {u"value"_s, f.value}};
        insertText(t, u"note"_s, f.note);
        tests.append(t);
    }
    o.insert(u"functional"_s, tests);
    QJsonObject s{{u"provided"_s, session.provided}, {u"response"_s, sessionResponseCode(session.response)}};
    if (session.date.isValid())
        s.insert(u"date"_s, session.date.toString(Qt::ISODate));
    insertInt(s, u"minutes"_s, session.minutes);
    insertText(s, u"education"_s, session.education);
    if (!session.exercisesTaught.isEmpty())
        s.insert(u"exercisesTaught"_s, QJsonArray::fromStringList(session.exercisesTaught));
    insertText(s, u"manualTherapy"_s, session.manualTherapy);
    insertText(s, u"other"_s, session.other);
    insertText(s, u"responseNote"_s, session.responseNote);
    o.insert(u"session"_s, s);
    QJsonArray lines;
    for (const TherapyLine &l : planOfCare) {
        QJsonObject j{{u"type"_s, therapyTypeCode(l.type)}, {u"timesPerDay"_s, l.timesPerDay},
                      {u"timesPerWeek"_s, l.timesPerWeek}, {u"weeks"_s, l.weeks}};
        insertText(j, u"detail"_s, l.detail);
        insertInt(j, u"minutes"_s, l.minutes);
        lines.append(j);
    }
    o.insert(u"planOfCare"_s, lines);
    if (planStart.isValid())
        o.insert(u"planStart"_s, planStart.toString(Qt::ISODate));
    insertText(o, u"rehabPotential"_s, rehabPotential);
    QJsonArray program;
    for (const ExercisePrescription &e : homeProgram) {
        QJsonObject j{{u"exercise"_s, e.exerciseId}, {u"timesPerDay"_s, e.timesPerDay}, {u"daysPerWeek"_s, e.daysPerWeek}};
        insertInt(j, u"sets"_s, e.sets);
        insertInt(j, u"repetitions"_s, e.repetitions);
        insertInt(j, u"holdSeconds"_s, e.holdSeconds);
        insertInt(j, u"minutes"_s, e.minutes);
        insertText(j, u"note"_s, e.note);
        program.append(j);
    }
    o.insert(u"homeProgram"_s, program);
    insertText(o, u"homeProgramAdvice"_s, homeProgramAdvice);
    return o;
}

TherapyRecord TherapyRecord::fromJson(const QJsonObject &json, ContentErrors *errors)
{
    const ContentReader r(json, {}, errors);
    r.allowOnly({"format", "movement", "movementNote", "classification", "classificationNote", "rom", "functional",
                 "session", "planOfCare", "planStart", "rehabPotential", "homeProgram", "homeProgramAdvice"});
    r.integer(u"format"_s, kFormat, kFormat);
    TherapyRecord t;
    if (r.has(u"movement"_s)) {
        const ContentReader m = r.child(u"movement"_s);
        for (auto it = m.object().begin(); it != m.object().end(); ++it) {
            const auto dir = movementDirectionFromCode(it.key());
            const auto resp = m.oneOf<MovementResponse>(it.key(), movementResponses(), movementResponseCode);
            if (!dir)
                m.error(it.key(), u"unknown direction"_s);
            else if (resp)
                t.movement.insert(*dir, *resp);
        }
    }
    t.movementNote = r.string(u"movementNote"_s, false);
    t.classification = r.oneOf<TbcClass>(u"classification"_s, tbcClasses(), tbcClassCode, false).value_or(TbcClass::NotClassified);
    t.classificationNote = r.string(u"classificationNote"_s, false);
    if (r.has(u"rom"_s)) {
        const ContentReader m = r.child(u"rom"_s);
        for (auto it = m.object().begin(); it != m.object().end(); ++it) {
            const auto which = romMovementFromCode(it.key());
            const ContentReader f = m.child(it.key());
            f.allowOnly({"grade", "painful"});
            RomFinding finding;
            finding.grade = f.oneOf<RomGrade>(u"grade"_s, romGrades(), romGradeCode).value_or(RomGrade::NotTested);
            finding.painful = f.boolean(u"painful"_s);
            if (!which)
                m.error(it.key(), u"unknown movement"_s);
            else
                t.rom.insert(*which, finding);
        }
    }
    const QJsonArray tests = r.array(u"functional"_s, false);
    for (int i = 0; i < tests.size(); ++i) {
        const ContentReader e = r.element(tests, i, u"functional"_s);
        e.allowOnly({"test", "value", "note"});
        FunctionalResult f;
        f.test = e.oneOf<FunctionalTest>(u"test"_s, functionalTests(), functionalTestCode).value_or(FunctionalTest::FiveTimesSitToStand);
        f.value = e.number(u"value"_s);
        f.note = e.string(u"note"_s, false);
        t.functional << f;
    }
    if (r.has(u"session"_s)) {
        const ContentReader s = r.child(u"session"_s);
        s.allowOnly({"provided", "date", "minutes", "education", "exercisesTaught", "manualTherapy", "other", "response", "responseNote"});
        t.session.provided = s.boolean(u"provided"_s);
        t.session.date = readDate(s, u"date"_s);
        t.session.minutes = s.integer(u"minutes"_s, 0, kMaxMinutes, false);
        t.session.education = s.string(u"education"_s, false);
        t.session.exercisesTaught = s.strings(u"exercisesTaught"_s, false);
        t.session.manualTherapy = s.string(u"manualTherapy"_s, false);
        t.session.other = s.string(u"other"_s, false);
        t.session.response = s.oneOf<SessionResponse>(u"response"_s, sessionResponses(), sessionResponseCode, false)
                                 .value_or(SessionResponse::NotRecorded);
        t.session.responseNote = s.string(u"responseNote"_s, false);
    }
    const QJsonArray lines = r.array(u"planOfCare"_s, false);
    for (int i = 0; i < lines.size(); ++i) {
        const ContentReader e = r.element(lines, i, u"planOfCare"_s);
        e.allowOnly({"type", "detail", "timesPerDay", "minutes", "timesPerWeek", "weeks"});
        TherapyLine l;
        l.type = e.oneOf<TherapyType>(u"type"_s, therapyTypes(), therapyTypeCode).value_or(TherapyType::Other);
        l.detail = e.string(u"detail"_s, false);
        // Drafts may hold out-of-range numbers; validate() reports them, reading keeps them.
        l.timesPerDay = e.integer(u"timesPerDay"_s, 0, 1000, false, 1);
        l.minutes = e.integer(u"minutes"_s, 0, 10000, false);
        l.timesPerWeek = e.integer(u"timesPerWeek"_s, 0, 1000, false);
        l.weeks = e.integer(u"weeks"_s, 0, 1000, false);
        t.planOfCare << l;
    }
    t.planStart = readDate(r, u"planStart"_s);
    t.rehabPotential = r.string(u"rehabPotential"_s, false);
    const QJsonArray program = r.array(u"homeProgram"_s, false);
    for (int i = 0; i < program.size(); ++i) {
        const ContentReader e = r.element(program, i, u"homeProgram"_s);
        e.allowOnly({"exercise", "sets", "repetitions", "holdSeconds", "minutes", "timesPerDay", "daysPerWeek", "note"});
        ExercisePrescription p;
        p.exerciseId = e.string(u"exercise"_s, false);
        p.sets = e.integer(u"sets"_s, 0, 1000, false);
        p.repetitions = e.integer(u"repetitions"_s, 0, 10000, false);
        p.holdSeconds = e.integer(u"holdSeconds"_s, 0, 10000, false);
        p.minutes = e.integer(u"minutes"_s, 0, 10000, false);
        p.timesPerDay = e.integer(u"timesPerDay"_s, 0, 1000, false);
        p.daysPerWeek = e.integer(u"daysPerWeek"_s, 0, 7, false, 7);
        p.note = e.string(u"note"_s, false);
        t.homeProgram << p;
    }
    t.homeProgramAdvice = r.string(u"homeProgramAdvice"_s, false);
    return t;
}

} // namespace SpineDesk::Therapy
