#pragma once

#include "core/intake.h"
#include "core/validation.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace SpineDesk {

enum class Side { Left, Right };
QString sideCode(Side s); // "left", "right"

// The lumbosacral roots examined (issue 3: myotomes and dermatomes L2 to S1).
enum class SpinalRoot { L2, L3, L4, L5, S1 };
QList<SpinalRoot> examinedRoots();
QString spinalRootCode(SpinalRoot r); // "L2" … "S1"
std::optional<SpinalRoot> spinalRootFromCode(QStringView code);
// Standard anatomical labels for display only ("L4 – ankle dorsiflexion"); nothing is
// inferred from them.
QString myotomeLabel(SpinalRoot r);
QString dermatomeLabel(SpinalRoot r);

enum class SensoryFinding { NotTested, Normal, Reduced, Absent };
QString sensoryFindingCode(SensoryFinding f);
std::optional<SensoryFinding> sensoryFindingFromCode(QStringView code);
QString sensoryFindingLabel(SensoryFinding f);

enum class ReflexFinding { NotTested, Normal, Reduced, Absent, Brisk };
QString reflexFindingCode(ReflexFinding f);
std::optional<ReflexFinding> reflexFindingFromCode(QStringView code);
QString reflexFindingLabel(ReflexFinding f);

enum class TestResult { NotTested, Negative, Positive };
QString testResultCode(TestResult t);
std::optional<TestResult> testResultFromCode(QStringView code);
QString testResultLabel(TestResult t);

enum class DirectionalPreference { NotAssessed, None, Extension, Flexion, LateralShiftLeft, LateralShiftRight };
QList<DirectionalPreference> directionalPreferences();
QString directionalPreferenceCode(DirectionalPreference d);
std::optional<DirectionalPreference> directionalPreferenceFromCode(QStringView code);
QString directionalPreferenceLabel(DirectionalPreference d);

// The level the clinician judges the findings point to; SpineDesk infers no level itself.
enum class SpinalLevel { NotStated, NonLocalising, L1L2, L2L3, L3L4, L4L5, L5S1 };
QList<SpinalLevel> spinalLevels();
QString spinalLevelCode(SpinalLevel l); // "not-stated", "non-localising", "L1-2" … "L5-S1"
std::optional<SpinalLevel> spinalLevelFromCode(QStringView code);
QString spinalLevelLabel(SpinalLevel l);

enum class LevelSide { NotStated, Left, Right, Bilateral };
QString levelSideCode(LevelSide s);
std::optional<LevelSide> levelSideFromCode(QStringView code);
QString levelSideLabel(LevelSide s);

// ImagingConcordance is declared in core/intake.h (imaging studies carry it too).

template<typename T>
struct LeftRight {
    T left;
    T right;
    T &operator[](Side s) { return s == Side::Left ? left : right; }
    const T &operator[](Side s) const { return s == Side::Left ? left : right; }
    bool operator==(const LeftRight &o) const = default;
};

constexpr int kNotTested = -1;

struct RootFindings {
    LeftRight<int> strength{kNotTested, kNotTested}; // myotome, graded 0–5, kNotTested when not tested
    LeftRight<SensoryFinding> sensation{SensoryFinding::NotTested, SensoryFinding::NotTested}; // dermatome
    bool operator==(const RootFindings &o) const = default;
};

struct StraightLegRaise {
    TestResult result = TestResult::NotTested;
    int angle = kNotTested; // degrees at which it became positive
    bool operator==(const StraightLegRaise &o) const = default;
};

struct Gait {
    QString description;
    bool antalgic = false;
    bool heelWalkDifficulty = false;
    bool toeWalkDifficulty = false;
    bool operator==(const Gait &o) const = default;
};

// The Examination step of a visit (issue 3).
struct Examination {
    qint64 visitId = 0;
    std::array<RootFindings, 5> roots; // indexed by SpinalRoot
    LeftRight<ReflexFinding> patellar{ReflexFinding::NotTested, ReflexFinding::NotTested}; // L4
    LeftRight<ReflexFinding> achilles{ReflexFinding::NotTested, ReflexFinding::NotTested}; // S1
    LeftRight<StraightLegRaise> straightLegRaise{};
    TestResult crossedStraightLegRaise = TestResult::NotTested;
    LeftRight<TestResult> femoralStretch{TestResult::NotTested, TestResult::NotTested};
    Gait gait;
    DirectionalPreference directionalPreference = DirectionalPreference::NotAssessed;
    SpinalLevel level = SpinalLevel::NotStated;
    LevelSide levelSide = LevelSide::NotStated;
    ImagingConcordance imagingConcordance = ImagingConcordance::NotAssessed;
    QString note;
    int rowVersion = 0;

    RootFindings &root(SpinalRoot r) { return roots[size_t(r)]; }
    const RootFindings &root(SpinalRoot r) const { return roots[size_t(r)]; }

    bool isEmpty() const; // nothing recorded
    // Field names are paths such as "strength.L4.left" or "straightLegRaise.right.angle".
    FieldErrors validate() const;

    // visitId and rowVersion are the database's and are not part of the JSON.
    QJsonObject toJson() const;
    static std::optional<Examination> fromJson(const QJsonObject &json, QString *error);

    bool sameFindings(const Examination &o) const; // everything but visitId and rowVersion
};

} // namespace SpineDesk
