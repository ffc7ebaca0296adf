#include "core/examination.h"

#include "core/codes.h"
#include "core/contentjson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct ExaminationText {
    Q_DECLARE_TR_FUNCTIONS(ExaminationText)
};

constexpr int kFormat = 1;
constexpr int kMaxGrade = 5;
// A wide range that catches typing errors; not a clinical cut-off.
constexpr int kMaxSlrAngle = 120;

const QList<Side> kSides = {Side::Left, Side::Right};


const QList<SensoryFinding> kSensory = {SensoryFinding::NotTested, SensoryFinding::Normal, SensoryFinding::Reduced, SensoryFinding::Absent};
const QList<ReflexFinding> kReflex = {ReflexFinding::NotTested, ReflexFinding::Normal, ReflexFinding::Reduced, ReflexFinding::Absent, ReflexFinding::Brisk};
const QList<TestResult> kTests = {TestResult::NotTested, TestResult::Negative, TestResult::Positive};
const QList<LevelSide> kLevelSides = {LevelSide::NotStated, LevelSide::Left, LevelSide::Right, LevelSide::Bilateral};
const QList<ImagingConcordance> kConcordance = {ImagingConcordance::NotAssessed, ImagingConcordance::Concordant,
                                                ImagingConcordance::Discordant, ImagingConcordance::NoImaging};

// {"left": x, "right": y}, leaving out the sides at their default.
template<typename T, typename ToJson>
QJsonObject sidesJson(const LeftRight<T> &v, const T &none, ToJson toJson)
{
    QJsonObject o;
    for (Side s : kSides)
        if (!(v[s] == none))
            o.insert(sideCode(s), toJson(v[s]));
    return o;
}

void insertIfAny(QJsonObject &into, const QString &key, const QJsonObject &value)
{
    if (!value.isEmpty())
        into.insert(key, value);
}

template<typename E, typename CodeFn>
void readSides(const ContentReader &parent, const QString &key, LeftRight<E> &out, const QList<E> &values, CodeFn code)
{
    if (!parent.has(key))
        return;
    const ContentReader r = parent.child(key);
    r.allowOnly({"left", "right"});
    for (Side s : kSides)
        if (const auto v = r.oneOf<E>(sideCode(s), values, code, false))
            out[s] = *v;
}
} // namespace

// ---- codes and labels ----

QString sideCode(Side s)
{
    return s == Side::Left ? u"left"_s : u"right"_s;
}

QList<SpinalRoot> examinedRoots()
{
    return {SpinalRoot::L2, SpinalRoot::L3, SpinalRoot::L4, SpinalRoot::L5, SpinalRoot::S1};
}

QString spinalRootCode(SpinalRoot r)
{
    switch (r) {
    case SpinalRoot::L2: return u"L2"_s;
    case SpinalRoot::L3: return u"L3"_s;
    case SpinalRoot::L4: return u"L4"_s;
    case SpinalRoot::L5: return u"L5"_s;
    case SpinalRoot::S1: break;
    }
    return u"S1"_s;
}

std::optional<SpinalRoot> spinalRootFromCode(QStringView code)
{
    return fromCode<SpinalRoot>(examinedRoots(), spinalRootCode, code);
}

QString myotomeLabel(SpinalRoot r)
{
    switch (r) {
    case SpinalRoot::L2: return ExaminationText::tr("L2 – hip flexion");
    case SpinalRoot::L3: return ExaminationText::tr("L3 – knee extension");
    case SpinalRoot::L4: return ExaminationText::tr("L4 – ankle dorsiflexion");
    case SpinalRoot::L5: return ExaminationText::tr("L5 – great toe extension");
    case SpinalRoot::S1: break;
    }
    return ExaminationText::tr("S1 – ankle plantar flexion");
}

QString dermatomeLabel(SpinalRoot r)
{
    return ExaminationText::tr("%1 dermatome").arg(spinalRootCode(r));
}

QString sensoryFindingCode(SensoryFinding f)
{
    switch (f) {
    case SensoryFinding::Normal: return u"normal"_s;
    case SensoryFinding::Reduced: return u"reduced"_s;
    case SensoryFinding::Absent: return u"absent"_s;
    case SensoryFinding::NotTested: break;
    }
    return u"not-tested"_s;
}

std::optional<SensoryFinding> sensoryFindingFromCode(QStringView code)
{
    return fromCode<SensoryFinding>(kSensory, sensoryFindingCode, code);
}

QString sensoryFindingLabel(SensoryFinding f)
{
    switch (f) {
    case SensoryFinding::Normal: return ExaminationText::tr("Normal");
    case SensoryFinding::Reduced: return ExaminationText::tr("Reduced");
    case SensoryFinding::Absent: return ExaminationText::tr("Absent");
    case SensoryFinding::NotTested: break;
    }
    return ExaminationText::tr("Not tested");
}

QString reflexFindingCode(ReflexFinding f)
{
    switch (f) {
    case ReflexFinding::Normal: return u"normal"_s;
    case ReflexFinding::Reduced: return u"reduced"_s;
    case ReflexFinding::Absent: return u"absent"_s;
    case ReflexFinding::Brisk: return u"brisk"_s;
    case ReflexFinding::NotTested: break;
    }
    return u"not-tested"_s;
}

std::optional<ReflexFinding> reflexFindingFromCode(QStringView code)
{
    return fromCode<ReflexFinding>(kReflex, reflexFindingCode, code);
}

QString reflexFindingLabel(ReflexFinding f)
{
    switch (f) {
    case ReflexFinding::Normal: return ExaminationText::tr("Normal");
    case ReflexFinding::Reduced: return ExaminationText::tr("Reduced");
    case ReflexFinding::Absent: return ExaminationText::tr("Absent");
    case ReflexFinding::Brisk: return ExaminationText::tr("Brisk");
    case ReflexFinding::NotTested: break;
    }
    return ExaminationText::tr("Not tested");
}

QString testResultCode(TestResult t)
{
    switch (t) {
    case TestResult::Negative: return u"negative"_s;
    case TestResult::Positive: return u"positive"_s;
    case TestResult::NotTested: break;
    }
    return u"not-tested"_s;
}

std::optional<TestResult> testResultFromCode(QStringView code)
{
    return fromCode<TestResult>(kTests, testResultCode, code);
}

QString testResultLabel(TestResult t)
{
    switch (t) {
    case TestResult::Negative: return ExaminationText::tr("Negative");
    case TestResult::Positive: return ExaminationText::tr("Positive");
    case TestResult::NotTested: break;
    }
    return ExaminationText::tr("Not tested");
}

QList<DirectionalPreference> directionalPreferences()
{
    return {DirectionalPreference::NotAssessed, DirectionalPreference::None, DirectionalPreference::Extension,
            DirectionalPreference::Flexion, DirectionalPreference::LateralShiftLeft, DirectionalPreference::LateralShiftRight};
}

QString directionalPreferenceCode(DirectionalPreference d)
{
    switch (d) {
    case DirectionalPreference::None: return u"none"_s;
    case DirectionalPreference::Extension: return u"extension"_s;
    case DirectionalPreference::Flexion: return u"flexion"_s;
    case DirectionalPreference::LateralShiftLeft: return u"lateral-shift-left"_s;
    case DirectionalPreference::LateralShiftRight: return u"lateral-shift-right"_s;
    case DirectionalPreference::NotAssessed: break;
    }
    return u"not-assessed"_s;
}

std::optional<DirectionalPreference> directionalPreferenceFromCode(QStringView code)
{
    return fromCode<DirectionalPreference>(directionalPreferences(), directionalPreferenceCode, code);
}

QString directionalPreferenceLabel(DirectionalPreference d)
{
    switch (d) {
    case DirectionalPreference::None: return ExaminationText::tr("No directional preference");
    case DirectionalPreference::Extension: return ExaminationText::tr("Extension");
    case DirectionalPreference::Flexion: return ExaminationText::tr("Flexion");
    case DirectionalPreference::LateralShiftLeft: return ExaminationText::tr("Lateral shift, left");
    case DirectionalPreference::LateralShiftRight: return ExaminationText::tr("Lateral shift, right");
    case DirectionalPreference::NotAssessed: break;
    }
    return ExaminationText::tr("Not assessed");
}

QList<SpinalLevel> spinalLevels()
{
    return {SpinalLevel::NotStated, SpinalLevel::NonLocalising, SpinalLevel::L1L2, SpinalLevel::L2L3,
            SpinalLevel::L3L4, SpinalLevel::L4L5, SpinalLevel::L5S1};
}

QString spinalLevelCode(SpinalLevel l)
{
    switch (l) {
    case SpinalLevel::NonLocalising: return u"non-localising"_s;
    case SpinalLevel::L1L2: return u"L1-2"_s;
    case SpinalLevel::L2L3: return u"L2-3"_s;
    case SpinalLevel::L3L4: return u"L3-4"_s;
    case SpinalLevel::L4L5: return u"L4-5"_s;
    case SpinalLevel::L5S1: return u"L5-S1"_s;
    case SpinalLevel::NotStated: break;
    }
    return u"not-stated"_s;
}

std::optional<SpinalLevel> spinalLevelFromCode(QStringView code)
{
    return fromCode<SpinalLevel>(spinalLevels(), spinalLevelCode, code);
}

QString spinalLevelLabel(SpinalLevel l)
{
    switch (l) {
    case SpinalLevel::NonLocalising: return ExaminationText::tr("Findings do not point to one level");
    case SpinalLevel::NotStated: return ExaminationText::tr("Not stated");
    default: break;
    }
    return spinalLevelCode(l);
}

QString levelSideCode(LevelSide s)
{
    switch (s) {
    case LevelSide::Left: return u"left"_s;
    case LevelSide::Right: return u"right"_s;
    case LevelSide::Bilateral: return u"bilateral"_s;
    case LevelSide::NotStated: break;
    }
    return u"not-stated"_s;
}

std::optional<LevelSide> levelSideFromCode(QStringView code)
{
    return fromCode<LevelSide>(kLevelSides, levelSideCode, code);
}

QString levelSideLabel(LevelSide s)
{
    switch (s) {
    case LevelSide::Left: return ExaminationText::tr("Left");
    case LevelSide::Right: return ExaminationText::tr("Right");
    case LevelSide::Bilateral: return ExaminationText::tr("Both sides");
    case LevelSide::NotStated: break;
    }
    return ExaminationText::tr("Side not stated");
}

QString imagingConcordanceCode(ImagingConcordance c)
{
    switch (c) {
    case ImagingConcordance::Concordant: return u"concordant"_s;
    case ImagingConcordance::Discordant: return u"discordant"_s;
    case ImagingConcordance::NoImaging: return u"no-imaging"_s;
    case ImagingConcordance::NotAssessed: break;
    }
    return u"not-assessed"_s;
}

std::optional<ImagingConcordance> imagingConcordanceFromCode(QStringView code)
{
    return fromCode<ImagingConcordance>(kConcordance, imagingConcordanceCode, code);
}

QString imagingConcordanceLabel(ImagingConcordance c)
{
    switch (c) {
    case ImagingConcordance::Concordant: return ExaminationText::tr("Imaging concordant with the findings");
    case ImagingConcordance::Discordant: return ExaminationText::tr("Imaging discordant with the findings");
    case ImagingConcordance::NoImaging: return ExaminationText::tr("No imaging");
    case ImagingConcordance::NotAssessed: break;
    }
    return ExaminationText::tr("Concordance not assessed");
}

// ---- the examination ----

bool Examination::sameFindings(const Examination &o) const
{
    return roots == o.roots && patellar == o.patellar && achilles == o.achilles && straightLegRaise == o.straightLegRaise
        && crossedStraightLegRaise == o.crossedStraightLegRaise && femoralStretch == o.femoralStretch && gait == o.gait
        && directionalPreference == o.directionalPreference && level == o.level && levelSide == o.levelSide
        && imagingConcordance == o.imagingConcordance && note == o.note;
}

bool Examination::isEmpty() const
{
    Examination blank;
    return sameFindings(blank);
}

FieldErrors Examination::validate() const
{
    FieldErrors out;
    for (SpinalRoot r : examinedRoots())
        for (Side s : kSides) {
            const int g = root(r).strength[s];
            if (g != kNotTested && (g < 0 || g > kMaxGrade))
                out.append({u"strength."_s + spinalRootCode(r) + u'.' + sideCode(s),
                            ExaminationText::tr("Grade strength from 0 to %1, or leave it not tested.").arg(kMaxGrade)});
        }
    for (Side s : kSides) {
        const StraightLegRaise &slr = straightLegRaise[s];
        const QString field = u"straightLegRaise."_s + sideCode(s) + u".angle"_s;
        if (slr.angle == kNotTested)
            continue;
        if (slr.result != TestResult::Positive)
            out.append({field, ExaminationText::tr("An angle is recorded only for a positive test.")});
        else if (slr.angle < 1 || slr.angle > kMaxSlrAngle)
            out.append({field, ExaminationText::tr("Enter the angle from 1 to %1 degrees.").arg(kMaxSlrAngle)});
    }
    const bool levelChosen = level != SpinalLevel::NotStated && level != SpinalLevel::NonLocalising;
    if (levelSide != LevelSide::NotStated && !levelChosen)
        out.append({u"levelSide"_s, ExaminationText::tr("Choose the level before its side.")});
    if ((imagingConcordance == ImagingConcordance::Concordant || imagingConcordance == ImagingConcordance::Discordant)
        && level == SpinalLevel::NotStated)
        out.append({u"imagingConcordance"_s, ExaminationText::tr("Choose the level the findings point to before judging concordance with imaging.")});
    return out;
}

QJsonObject Examination::toJson() const
{
    QJsonObject o{{u"format"_s, kFormat}};
    QJsonObject strength, sensation;
    for (SpinalRoot r : examinedRoots()) {
        insertIfAny(strength, spinalRootCode(r), sidesJson(root(r).strength, kNotTested, [](int g) { return QJsonValue(g); }));
        insertIfAny(sensation, spinalRootCode(r),
                    sidesJson(root(r).sensation, SensoryFinding::NotTested, [](SensoryFinding f) { return QJsonValue(sensoryFindingCode(f)); }));
    }
    insertIfAny(o, u"strength"_s, strength);
    insertIfAny(o, u"sensation"_s, sensation);
    QJsonObject reflexes;
    const auto reflexJson = [](ReflexFinding f) { return QJsonValue(reflexFindingCode(f)); };
    insertIfAny(reflexes, u"patellar"_s, sidesJson(patellar, ReflexFinding::NotTested, reflexJson));
    insertIfAny(reflexes, u"achilles"_s, sidesJson(achilles, ReflexFinding::NotTested, reflexJson));
    insertIfAny(o, u"reflexes"_s, reflexes);
    insertIfAny(o, u"straightLegRaise"_s, sidesJson(straightLegRaise, StraightLegRaise{}, [](const StraightLegRaise &slr) {
                    QJsonObject t{{u"result"_s, testResultCode(slr.result)}};
                    if (slr.angle != kNotTested)
                        t.insert(u"angle"_s, slr.angle);
                    return QJsonValue(t);
                }));
    if (crossedStraightLegRaise != TestResult::NotTested)
        o.insert(u"crossedStraightLegRaise"_s, testResultCode(crossedStraightLegRaise));
    insertIfAny(o, u"femoralStretch"_s,
                sidesJson(femoralStretch, TestResult::NotTested, [](TestResult t) { return QJsonValue(testResultCode(t)); }));
    if (!(gait == Gait{}))
        o.insert(u"gait"_s, QJsonObject{{u"description"_s, gait.description}, {u"antalgic"_s, gait.antalgic},
                                         {u"heelWalkDifficulty"_s, gait.heelWalkDifficulty}, {u"toeWalkDifficulty"_s, gait.toeWalkDifficulty}});
    o.insert(u"directionalPreference"_s, directionalPreferenceCode(directionalPreference));
    o.insert(u"level"_s, QJsonObject{{u"segment"_s, spinalLevelCode(level)}, {u"side"_s, levelSideCode(levelSide)}});
    o.insert(u"imagingConcordance"_s, imagingConcordanceCode(imagingConcordance));
    if (!note.isEmpty())
        o.insert(u"note"_s, note);
    return o;
}

std::optional<Examination> Examination::fromJson(const QJsonObject &json, QString *error)
{
    ContentErrors errs(u"examination"_s);
    const ContentReader r(json, {}, &errs);
    r.allowOnly({"format", "strength", "sensation", "reflexes", "straightLegRaise", "crossedStraightLegRaise",
                 "femoralStretch", "gait", "directionalPreference", "level", "imagingConcordance", "note"});
    r.integer(u"format"_s, kFormat, kFormat);
    Examination e;

    // Roots as object keys: {"L4": {"left": 4}}.
    const auto readRoots = [&](const QString &key, const auto &readOne) {
        if (!r.has(key))
            return;
        const ContentReader rr = r.child(key);
        for (auto it = rr.object().begin(); it != rr.object().end(); ++it) {
            const auto which = spinalRootFromCode(it.key());
            if (!which) {
                QStringList codes;
                for (SpinalRoot x : examinedRoots())
                    codes << spinalRootCode(x);
                rr.error(it.key(), u"not an examined root: "_s + ContentReader::unknownValue(it.key(), codes));
                continue;
            }
            readOne(rr, it.key(), e.root(*which));
        }
    };
    readRoots(u"strength"_s, [](const ContentReader &rr, const QString &key, RootFindings &f) {
        const ContentReader s = rr.child(key);
        s.allowOnly({"left", "right"});
        for (Side side : kSides)
            if (s.has(sideCode(side)))
                f.strength[side] = s.integer(sideCode(side), 0, kMaxGrade, true, kNotTested);
    });
    readRoots(u"sensation"_s, [](const ContentReader &rr, const QString &key, RootFindings &f) {
        readSides(rr, key, f.sensation, kSensory, sensoryFindingCode);
    });
    if (r.has(u"reflexes"_s)) {
        const ContentReader rf = r.child(u"reflexes"_s);
        rf.allowOnly({"patellar", "achilles"});
        readSides(rf, u"patellar"_s, e.patellar, kReflex, reflexFindingCode);
        readSides(rf, u"achilles"_s, e.achilles, kReflex, reflexFindingCode);
    }
    if (r.has(u"straightLegRaise"_s)) {
        const ContentReader slr = r.child(u"straightLegRaise"_s);
        slr.allowOnly({"left", "right"});
        for (Side side : kSides) {
            if (!slr.has(sideCode(side)))
                continue;
            const ContentReader t = slr.child(sideCode(side));
            t.allowOnly({"result", "angle"});
            e.straightLegRaise[side].result = t.oneOf<TestResult>(u"result"_s, kTests, testResultCode).value_or(TestResult::NotTested);
            e.straightLegRaise[side].angle = t.integer(u"angle"_s, 1, kMaxSlrAngle, false, kNotTested);
        }
    }
    e.crossedStraightLegRaise = r.oneOf<TestResult>(u"crossedStraightLegRaise"_s, kTests, testResultCode, false).value_or(TestResult::NotTested);
    readSides(r, u"femoralStretch"_s, e.femoralStretch, kTests, testResultCode);
    if (r.has(u"gait"_s)) {
        const ContentReader g = r.child(u"gait"_s);
        g.allowOnly({"description", "antalgic", "heelWalkDifficulty", "toeWalkDifficulty"});
        e.gait.description = g.string(u"description"_s, false);
        e.gait.antalgic = g.boolean(u"antalgic"_s);
        e.gait.heelWalkDifficulty = g.boolean(u"heelWalkDifficulty"_s);
        e.gait.toeWalkDifficulty = g.boolean(u"toeWalkDifficulty"_s);
    }
    e.directionalPreference = r.oneOf<DirectionalPreference>(u"directionalPreference"_s, directionalPreferences(), directionalPreferenceCode, false)
                                  .value_or(DirectionalPreference::NotAssessed);
    if (r.has(u"level"_s)) {
        const ContentReader l = r.child(u"level"_s);
        l.allowOnly({"segment", "side"});
        e.level = l.oneOf<SpinalLevel>(u"segment"_s, spinalLevels(), spinalLevelCode, false).value_or(SpinalLevel::NotStated);
        e.levelSide = l.oneOf<LevelSide>(u"side"_s, kLevelSides, levelSideCode, false).value_or(LevelSide::NotStated);
    }
    e.imagingConcordance = r.oneOf<ImagingConcordance>(u"imagingConcordance"_s, kConcordance, imagingConcordanceCode, false)
                               .value_or(ImagingConcordance::NotAssessed);
    e.note = r.string(u"note"_s, false);
    if (!errs.isEmpty()) {
        if (error)
            *error = errs.list().join(u"; "_s);
        return std::nullopt;
    }
    return e;
}

} // namespace SpineDesk
