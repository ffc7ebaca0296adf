#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk {
class ContentErrors;
namespace Plans {
struct TreatmentPlan;
}
}

namespace SpineDesk::Therapy {

// What a physical therapist records at a first visit (issue 6), beyond the shared
// questionnaires, red-flag screen and examination: movement testing, the treatment-based
// classification, range of motion, functional tests, the same-day first session, the plan of
// care and the home exercise programme. One JSON document per visit (therapy_records.data).
// SpineDesk records findings; it infers no classification and applies no norms to them.

enum class MovementDirection { Flexion, Extension, SideGlideLeft, SideGlideRight };
QList<MovementDirection> movementDirections();
QString movementDirectionCode(MovementDirection d); // "flexion", "extension", "side-glide-left", "side-glide-right"
std::optional<MovementDirection> movementDirectionFromCode(QStringView code);
QString movementDirectionLabel(MovementDirection d);

// The symptom response to repeated movements in one direction.
enum class MovementResponse { NotTested, Centralises, Peripheralises, Better, Worse, NoEffect };
QList<MovementResponse> movementResponses();
QString movementResponseCode(MovementResponse r); // "not-tested", "centralises", "peripheralises", "better", "worse", "no-effect"
std::optional<MovementResponse> movementResponseFromCode(QStringView code);
QString movementResponseLabel(MovementResponse r);

// Treatment-based classification, as the therapist judges it.
enum class TbcClass { NotClassified, SymptomModulation, MovementControl, FunctionalOptimization };
QList<TbcClass> tbcClasses();
QString tbcClassCode(TbcClass c); // "not-classified", "symptom-modulation", "movement-control", "functional-optimization"
std::optional<TbcClass> tbcClassFromCode(QStringView code);
QString tbcClassLabel(TbcClass c);

enum class RomMovement { Flexion, Extension, SideBendLeft, SideBendRight, RotationLeft, RotationRight };
QList<RomMovement> romMovements();
QString romMovementCode(RomMovement m); // "flexion", "extension", "side-bend-left", …
std::optional<RomMovement> romMovementFromCode(QStringView code);
QString romMovementLabel(RomMovement m);

// Observed lumbar range, graded by the therapist (no degrees, no norms).
enum class RomGrade { NotTested, Full, Limited, MarkedlyLimited };
QList<RomGrade> romGrades();
QString romGradeCode(RomGrade g); // "not-tested", "full", "limited", "markedly-limited"
std::optional<RomGrade> romGradeFromCode(QStringView code);
QString romGradeLabel(RomGrade g);

struct RomFinding {
    RomGrade grade = RomGrade::NotTested;
    bool painful = false;
    bool operator==(const RomFinding &o) const = default;
};

// Functional tests with the unit each is recorded in. Values are stored as measured; no
// reference values are applied (none are in ../shared/clinical).
enum class FunctionalTest { FiveTimesSitToStand, ThirtySecondSitToStand, TimedUpAndGo, WalkingTolerance, SixMinuteWalk };
QList<FunctionalTest> functionalTests();
QString functionalTestCode(FunctionalTest t); // "five-times-sit-to-stand", "30-second-sit-to-stand", "timed-up-and-go", "walking-tolerance", "six-minute-walk"
std::optional<FunctionalTest> functionalTestFromCode(QStringView code);
QString functionalTestLabel(FunctionalTest t);
QString functionalTestUnit(FunctionalTest t); // "seconds", "repetitions", "minutes", "metres" (translated)
double functionalTestMaximum(FunctionalTest t); // catches typing errors; not a clinical limit

struct FunctionalResult {
    FunctionalTest test = FunctionalTest::FiveTimesSitToStand;
    double value = 0;
    QString note; // e.g. "stopped by leg pain", "used arms"
    bool operator==(const FunctionalResult &o) const = default;
};

// What happened at the same-day first treatment session.
enum class SessionResponse { NotRecorded, Better, Unchanged, Worse };
QList<SessionResponse> sessionResponses();
QString sessionResponseCode(SessionResponse r); // "not-recorded", "better", "unchanged", "worse"
std::optional<SessionResponse> sessionResponseFromCode(QStringView code);
QString sessionResponseLabel(SessionResponse r);

struct FirstSession {
    bool provided = false;          // a first treatment was given on the evaluation day
    QDate date;                     // the first treatment date: starts the 30-day certification clock
    int minutes = 0;                // 0: not recorded
    QString education;              // what was explained; empty: none
    QStringList exercisesTaught;    // exercise ids from the library
    QString manualTherapy;          // technique and region; empty: none
    QString other;
    SessionResponse response = SessionResponse::NotRecorded;
    QString responseNote;           // the patient's response in the therapist's words
    bool operator==(const FirstSession &o) const = default;
};

// The plan of care's "type of therapy".
enum class TherapyType {
    TherapeuticExercise,
    ManualTherapy,
    NeuromuscularReeducation,
    FunctionalTraining,
    PatientEducation,
    PsychologicallyInformed, // PT with cognitive-behavioural techniques (pathways.md §1.1)
    GaitTraining,
    Other,
};
QList<TherapyType> therapyTypes();
QString therapyTypeCode(TherapyType t); // "therapeutic-exercise", "manual-therapy", …
std::optional<TherapyType> therapyTypeFromCode(QStringView code);
QString therapyTypeLabel(TherapyType t);

// One line of the plan of care: type, amount, frequency and duration (pathways.md §6.4).
struct TherapyLine {
    TherapyType type = TherapyType::TherapeuticExercise;
    QString detail;          // e.g. "directional-preference exercises, progressing to loading"
    int timesPerDay = 1;     // amount: sessions of this type a day it is given
    int minutes = 0;         // amount: minutes a session (0: not stated)
    int timesPerWeek = 0;    // frequency
    int weeks = 0;           // duration
    bool operator==(const TherapyLine &o) const = default;
};

// One exercise of the home programme, dosed for this patient.
struct ExercisePrescription {
    QString exerciseId;      // ExerciseLibrary id
    int sets = 0;            // 0: not used for this exercise
    int repetitions = 0;
    int holdSeconds = 0;
    int minutes = 0;         // for timed exercises such as walking
    int timesPerDay = 0;
    int daysPerWeek = 7;
    QString note;            // patient-specific instruction, printed under the exercise
    bool operator==(const ExercisePrescription &o) const = default;
};

struct TherapyRecord {
    qint64 visitId = 0;
    QMap<MovementDirection, MovementResponse> movement; // directions not tested are absent
    QString movementNote;
    TbcClass classification = TbcClass::NotClassified;
    QString classificationNote;
    QMap<RomMovement, RomFinding> rom;                   // movements not tested are absent
    QList<FunctionalResult> functional;
    FirstSession session;
    QList<TherapyLine> planOfCare;
    QDate planStart;                                     // default: the first treatment date
    QString rehabPotential;                              // the therapist's words; optional
    QList<ExercisePrescription> homeProgram;             // in print order
    QString homeProgramAdvice;                           // general advice on the sheet; optional
    int rowVersion = 0;

    bool isEmpty() const;
    // The plan-of-care duration: the longest line, in weeks (0 when none is set).
    int durationWeeks() const;
    // Field-by-field problems for the page: "planOfCare.0.timesPerWeek", "functional.1.value",
    // "session.date", "homeProgram.2.exerciseId" (unknown ids are checked by the caller).
    QMap<QString, QString> validate(QDate visitDate) const;

    QJsonObject toJson() const; // visitId and rowVersion are the database's
    static TherapyRecord fromJson(const QJsonObject &json, ContentErrors *errors);
    bool operator==(const TherapyRecord &o) const = default;
};

// What a PT plan of care still lacks before the therapist can sign it (pathways.md §6.4 and
// letter-and-handouts.md §7): a diagnosis on the problem list, a long-term functional goal with
// a date, and at least one complete therapy line (type, amount, frequency, duration). The
// record's own validation problems are listed too. Empty: the plan of care is complete.
QStringList planOfCareProblems(const TherapyRecord &record, const Plans::TreatmentPlan &plan, QDate visitDate);

} // namespace SpineDesk::Therapy
