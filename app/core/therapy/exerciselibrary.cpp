#include "core/therapy/exerciselibrary.h"

#include "core/handoutcontent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpineDesk::Therapy {

namespace {
struct ExerciseText {
    Q_DECLARE_TR_FUNCTIONS(ExerciseText)
};

// The drawing box of every figure (exerciselibrary.h): x 0–100 to the right, y 0–60 down.
constexpr qreal kFigureWidth = 100;
constexpr qreal kFigureHeight = 60;
constexpr int kMinSteps = 3;
constexpr int kMaxSteps = 6;
constexpr int kMaxFigures = 2;

// The directional preferences and classifications an exercise may be tagged with; "none",
// "not-assessed" and "not-classified" describe a patient, not an exercise.
QList<DirectionalPreference> taggableDirections()
{
    return {DirectionalPreference::Extension, DirectionalPreference::Flexion, DirectionalPreference::LateralShiftLeft,
            DirectionalPreference::LateralShiftRight};
}

QList<TbcClass> taggableClasses()
{
    return {TbcClass::SymptomModulation, TbcClass::MovementControl, TbcClass::FunctionalOptimization};
}

// Patient text carries no numbers: the printed dose is the only place a count or a time
// appears, so the therapist's dose and the wording can never disagree.
void checkNoDigits(const ContentText &text, const QString &path, ContentErrors &errors)
{
    static const QRegularExpression digit(u"\\d"_s);
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        if (digit.match(it.value()).hasMatch())
            errors.add(path + u'.' + it.key(), u"no digits in exercise text: the dose says how many and how long"_s);
}

ContentText readText(const ContentReader &r, const QString &key, ContentErrors &errors)
{
    const ContentText t = r.text(key);
    checkNoDigits(t, r.pathOf(key), errors);
    return t;
}

QList<ContentText> readTexts(const ContentReader &r, const QString &key, int min, int max, ContentErrors &errors)
{
    QList<ContentText> out;
    const QJsonArray a = r.array(key);
    if (!a.isEmpty() && (a.size() < min || a.size() > max))
        r.error(key, u"has %1 entries; %2 to %3 are allowed"_s.arg(a.size()).arg(min).arg(max));
    for (int i = 0; i < a.size(); ++i) {
        const QString path = r.pathOf(key) + u'[' + QString::number(i) + u']';
        const ContentText t = r.textValue(a.at(i), path);
        checkNoDigits(t, path, errors);
        out << t;
    }
    return out;
}

// A list of codes, present but possibly empty ("[]": suits any); unknown and repeated codes are errors.
template<typename E, typename Code>
QList<E> readCodes(const ContentReader &r, const QString &key, const QList<E> &values, Code code)
{
    QList<E> out;
    if (!r.has(key)) {
        r.error(key, u"missing (use [] when the exercise suits any)"_s);
        return out;
    }
    const QJsonArray a = r.array(key, false);
    QStringList codes;
    for (E e : values)
        codes << code(e);
    for (int i = 0; i < a.size(); ++i) {
        const QString path = key + u'[' + QString::number(i) + u']';
        const QString s = a.at(i).toString();
        const auto it = std::find_if(values.begin(), values.end(), [&](E e) { return code(e) == s; });
        if (!a.at(i).isString())
            r.error(path, u"must be a string"_s);
        else if (it == values.end())
            r.error(path, ContentReader::unknownValue(s, codes));
        else if (out.contains(*it))
            r.error(path, u"\"%1\" is given twice"_s.arg(s));
        else
            out << *it;
    }
    return out;
}

std::optional<QPointF> readPoint(const QJsonValue &v, const QString &path, ContentErrors &errors)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble()) {
        errors.add(path, u"must be a point [x, y] of two numbers"_s);
        return std::nullopt;
    }
    const QPointF p(a.at(0).toDouble(), a.at(1).toDouble());
    if (p.x() < 0 || p.x() > kFigureWidth || p.y() < 0 || p.y() > kFigureHeight) {
        errors.add(path, u"[%1, %2] is outside the %3 × %4 box"_s.arg(p.x()).arg(p.y()).arg(kFigureWidth).arg(kFigureHeight));
        return std::nullopt;
    }
    return p;
}

QList<QPointF> readPoints(const ContentReader &r, int min, int max, ContentErrors &errors)
{
    QList<QPointF> out;
    const QJsonArray a = r.array(u"points"_s);
    if (a.isEmpty())
        return out; // array() has said why
    if (a.size() < min || a.size() > max) {
        r.error(u"points"_s, min == max ? u"must have exactly %1 points, not %2"_s.arg(min).arg(a.size())
                                        : u"must have at least %1 points, not %2"_s.arg(min).arg(a.size()));
        return out;
    }
    for (int i = 0; i < a.size(); ++i)
        if (const auto p = readPoint(a.at(i), r.pathOf(u"points"_s) + u'[' + QString::number(i) + u']', errors))
            out << *p;
    return out;
}

QString strokeKindCode(FigureStroke::Kind k)
{
    switch (k) {
    case FigureStroke::Kind::Line: return u"line"_s;
    case FigureStroke::Kind::Polyline: return u"polyline"_s;
    case FigureStroke::Kind::Circle: return u"circle"_s;
    case FigureStroke::Kind::Arrow: return u"arrow"_s;
    case FigureStroke::Kind::Floor: return u"floor"_s;
    }
    return {};
}

std::optional<FigureStroke> readStroke(const ContentReader &r, ContentErrors &errors)
{
    const QList<FigureStroke::Kind> kinds = {FigureStroke::Kind::Line, FigureStroke::Kind::Polyline, FigureStroke::Kind::Circle,
                                             FigureStroke::Kind::Arrow, FigureStroke::Kind::Floor};
    const auto kind = r.oneOf<FigureStroke::Kind>(u"kind"_s, kinds, strokeKindCode);
    if (!kind) {
        r.allowOnly({"kind", "points", "centre", "radius", "y"});
        return std::nullopt;
    }
    const int before = int(errors.list().size());
    FigureStroke s;
    s.kind = *kind;
    switch (*kind) {
    case FigureStroke::Kind::Line:
    case FigureStroke::Kind::Arrow:
        r.allowOnly({"kind", "points"});
        s.points = readPoints(r, 2, 2, errors);
        break;
    case FigureStroke::Kind::Polyline:
        r.allowOnly({"kind", "points"});
        s.points = readPoints(r, 2, 1000, errors);
        break;
    case FigureStroke::Kind::Circle: {
        r.allowOnly({"kind", "centre", "radius"});
        if (!r.has(u"centre"_s))
            r.error(u"centre"_s, u"missing"_s);
        const auto centre = r.has(u"centre"_s) ? readPoint(r.object().value(u"centre"_s), r.pathOf(u"centre"_s), errors)
                                               : std::nullopt;
        s.radius = r.number(u"radius"_s);
        if (s.radius <= 0 && r.has(u"radius"_s)) {
            r.error(u"radius"_s, u"must be more than 0"_s);
        } else if (centre) {
            s.points = {*centre};
            if (centre->x() - s.radius < 0 || centre->x() + s.radius > kFigureWidth || centre->y() - s.radius < 0
                || centre->y() + s.radius > kFigureHeight)
                r.error(u"radius"_s, u"the circle reaches outside the %1 × %2 box"_s.arg(kFigureWidth).arg(kFigureHeight));
        }
        break;
    }
    case FigureStroke::Kind::Floor:
        r.allowOnly({"kind", "y"});
        s.y = r.number(u"y"_s);
        if (r.has(u"y"_s) && (s.y < 0 || s.y > kFigureHeight))
            r.error(u"y"_s, u"%1 is outside the box (0 to %2)"_s.arg(s.y).arg(kFigureHeight));
        break;
    }
    if (errors.list().size() != before)
        return std::nullopt;
    return s;
}

QList<ExerciseFigure> readFigures(const ContentReader &r, ContentErrors &errors)
{
    QList<ExerciseFigure> out;
    const QJsonArray a = r.array(u"figures"_s);
    if (a.size() > kMaxFigures)
        r.error(u"figures"_s, u"has %1 figures; 1 or 2 are allowed (start and end)"_s.arg(a.size()));
    for (int i = 0; i < a.size(); ++i) {
        const ContentReader fr = r.element(a, i, u"figures"_s);
        fr.allowOnly({"caption", "strokes"});
        ExerciseFigure f;
        f.caption = readText(fr, u"caption"_s, errors);
        const QJsonArray strokes = fr.array(u"strokes"_s);
        for (int j = 0; j < strokes.size(); ++j)
            if (const auto s = readStroke(fr.element(strokes, j, u"strokes"_s), errors))
                f.strokes << *s;
        out << f;
    }
    return out;
}

// The default dose: every key optional; see resources/exercises/README.md for the defaults.
ExercisePrescription readDose(const ContentReader &r)
{
    ExercisePrescription d;
    const ContentReader dr = r.child(u"dose"_s);
    dr.allowOnly({"sets", "repetitions", "holdSeconds", "minutes", "timesPerDay", "daysPerWeek"});
    // The ranges catch typing errors; they are not clinical limits.
    d.sets = dr.integer(u"sets"_s, 1, 10, false, 0);
    d.repetitions = dr.integer(u"repetitions"_s, 1, 100, false, 0);
    d.holdSeconds = dr.integer(u"holdSeconds"_s, 1, 600, false, 0);
    d.minutes = dr.integer(u"minutes"_s, 1, 120, false, 0);
    d.timesPerDay = dr.integer(u"timesPerDay"_s, 1, 12, false, 1);
    d.daysPerWeek = dr.integer(u"daysPerWeek"_s, 1, 7, false, 7);
    if (r.has(u"dose"_s) && r.object().value(u"dose"_s).isObject()) {
        if (!dr.has(u"repetitions"_s) && !dr.has(u"holdSeconds"_s) && !dr.has(u"minutes"_s))
            dr.error({}, u"needs repetitions, holdSeconds or minutes"_s);
        if (dr.has(u"sets"_s) && !dr.has(u"repetitions"_s))
            dr.error(u"sets"_s, u"given without repetitions"_s);
    }
    return d;
}

QString expectedId(const QString &fileName)
{
    const QString base = QFileInfo(fileName).fileName();
    return base.endsWith(u".json"_s) ? base.chopped(5) : QFileInfo(fileName).completeBaseName();
}
} // namespace

bool Exercise::isReviewed() const
{
    return !reviewedBy.isEmpty() && reviewedBy != Handouts::notYetReviewed();
}

std::optional<Exercise> ExerciseLibrary::parse(const QByteArray &json, const QString &fileName, QStringList *errors)
{
    ContentErrors errs(fileName);
    const auto finish = [&]() -> bool {
        if (errors)
            errors->append(errs.list());
        return errs.isEmpty();
    };
    const auto object = ContentReader::parseDocument(json, &errs);
    if (!object) {
        finish();
        return std::nullopt;
    }
    const ContentReader r(*object, QString(), &errs);
    r.allowOnly({"id", "revision", "reviewedBy", "reviewedOn", "name", "purpose", "directions", "classes", "steps",
                 "progression", "cautions", "dose", "figures"});
    Exercise e;
    e.fileName = fileName;
    e.id = r.id(u"id"_s);
    if (!e.id.isEmpty() && e.id != expectedId(fileName))
        r.error(u"id"_s, u"\"%1\" differs from the file name (expected \"%2\")"_s.arg(e.id, expectedId(fileName)));
    e.revision = r.integer(u"revision"_s, 1, 100000);
    e.reviewedBy = r.string(u"reviewedBy"_s);
    if (e.isReviewed()) {
        const QString on = r.string(u"reviewedOn"_s);
        e.reviewedOn = QDate::fromString(on, Qt::ISODate);
        if (!on.isEmpty() && !e.reviewedOn.isValid())
            r.error(u"reviewedOn"_s, u"\"%1\" is not a date (YYYY-MM-DD)"_s.arg(on));
    } else if (r.has(u"reviewedOn"_s)) {
        r.error(u"reviewedOn"_s, u"must be absent while the file is \"%1\""_s.arg(Handouts::notYetReviewed()));
    }
    e.name = readText(r, u"name"_s, errs);
    e.purpose = readText(r, u"purpose"_s, errs);
    e.directions = readCodes<DirectionalPreference>(r, u"directions"_s, taggableDirections(), directionalPreferenceCode);
    e.classes = readCodes<TbcClass>(r, u"classes"_s, taggableClasses(), tbcClassCode);
    e.steps = readTexts(r, u"steps"_s, kMinSteps, kMaxSteps, errs);
    e.progression = readText(r, u"progression"_s, errs);
    e.cautions = readTexts(r, u"cautions"_s, 1, 6, errs);
    e.defaultDose = readDose(r);
    e.defaultDose.exerciseId = e.id;
    e.figures = readFigures(r, errs);
    if (!finish())
        return std::nullopt;
    return e;
}

ExerciseLibrary ExerciseLibrary::loadDirectory(const QString &dir)
{
    ExerciseLibrary lib;
    const QDir d(dir);
    if (!d.exists()) {
        lib.m_errors << ExerciseText::tr("%1: the exercise folder does not exist").arg(dir);
        return lib;
    }
    QHash<QString, QString> seen; // id → file
    for (const QString &name : d.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            lib.m_errors << ExerciseText::tr("%1: cannot be read: %2").arg(name, f.errorString());
            continue;
        }
        auto e = parse(f.readAll(), name, &lib.m_errors);
        if (!e)
            continue;
        if (seen.contains(e->id)) {
            lib.m_errors << name + u": id: "_s + u"duplicate id \"%1\" (also in %2)"_s.arg(e->id, seen.value(e->id));
            continue;
        }
        seen.insert(e->id, name);
        lib.m_exercises << *e;
    }
    std::sort(lib.m_exercises.begin(), lib.m_exercises.end(), [](const Exercise &a, const Exercise &b) {
        return contentText(a.name).localeAwareCompare(contentText(b.name)) < 0;
    });
    return lib;
}

const ExerciseLibrary &ExerciseLibrary::bundled()
{
    static const ExerciseLibrary lib = loadDirectory(u":/content/exercises"_s);
    return lib;
}

const Exercise *ExerciseLibrary::exercise(QStringView id) const
{
    for (const Exercise &e : m_exercises)
        if (e.id == id)
            return &e;
    return nullptr;
}

QList<const Exercise *> ExerciseLibrary::suggestions(DirectionalPreference preference, TbcClass classification) const
{
    // A directional exercise suits only its own preference (none or not assessed: none of them);
    // an exercise tagged with classes suits those classes, or any when the patient is not classified.
    QList<const Exercise *> out;
    for (const Exercise &e : m_exercises) {
        const bool direction = e.directions.isEmpty() || e.directions.contains(preference);
        const bool kind = e.classes.isEmpty() || classification == TbcClass::NotClassified || e.classes.contains(classification);
        if (direction && kind)
            out << &e;
    }
    return out;
}

ExercisePrescription ExerciseLibrary::defaultPrescription(QStringView id) const
{
    if (const Exercise *e = exercise(id))
        return e->defaultDose;
    return {}; // unknown id: an empty prescription (exerciseId empty) the caller can detect
}

QString dosageText(const ExercisePrescription &dose, const QString &lang)
{
    // Until issue 8 brings the reviewed Spanish wording, "es" (and any other language) gets the
    // English text through the application's translator; tr() is the place it will hook in.
    Q_UNUSED(lang);
    // Singular and plural spelled out: there is no English .qm to resolve "%n …(s)".
    const auto count = [](int n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); };
    QStringList parts;
    const QString reps = count(dose.repetitions, ExerciseText::tr("1 repetition"), ExerciseText::tr("%1 repetitions"));
    if (dose.sets > 0 && dose.repetitions > 0)
        parts << (dose.sets == 1 ? ExerciseText::tr("1 set of %1").arg(reps)
                                 : ExerciseText::tr("%1 sets of %2").arg(dose.sets).arg(reps));
    else if (dose.repetitions > 0)
        parts << reps;
    else if (dose.sets > 0)
        parts << count(dose.sets, ExerciseText::tr("1 set"), ExerciseText::tr("%1 sets"));
    if (dose.holdSeconds > 0) {
        const QString secs = count(dose.holdSeconds, ExerciseText::tr("1 second"), ExerciseText::tr("%1 seconds"));
        parts << (dose.repetitions > 0 ? ExerciseText::tr("hold each for %1").arg(secs) : ExerciseText::tr("hold for %1").arg(secs));
    }
    if (dose.minutes > 0)
        parts << ExerciseText::tr("for %1").arg(count(dose.minutes, ExerciseText::tr("1 minute"), ExerciseText::tr("%1 minutes")));
    if (dose.timesPerDay == 1)
        parts << ExerciseText::tr("once a day");
    else if (dose.timesPerDay == 2)
        parts << ExerciseText::tr("twice a day");
    else if (dose.timesPerDay > 2)
        parts << ExerciseText::tr("%1 times a day").arg(dose.timesPerDay);
    if (dose.daysPerWeek >= 7)
        parts << ExerciseText::tr("every day");
    else if (dose.daysPerWeek > 0)
        parts << count(dose.daysPerWeek, ExerciseText::tr("1 day a week"), ExerciseText::tr("%1 days a week"));
    if (dose.sets <= 0 && dose.repetitions <= 0 && dose.holdSeconds <= 0 && dose.minutes <= 0)
        parts.prepend(ExerciseText::tr("as your therapist showed you"));
    QString text = parts.join(u", "_s);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace SpineDesk::Therapy
