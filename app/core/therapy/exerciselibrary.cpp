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

// Every patient text of an exercise with its JSON path, for the translation checks.
QList<std::pair<QString, ContentText *>> patientTexts(Exercise &e)
{
    QList<std::pair<QString, ContentText *>> out = {{u"name"_s, &e.name}, {u"purpose"_s, &e.purpose}};
    for (int i = 0; i < e.steps.size(); ++i)
        out.append({u"steps[%1]"_s.arg(i), &e.steps[i]});
    out.append({u"progression"_s, &e.progression});
    for (int i = 0; i < e.cautions.size(); ++i)
        out.append({u"cautions[%1]"_s.arg(i), &e.cautions[i]});
    for (int i = 0; i < e.figures.size(); ++i)
        out.append({u"figures[%1].caption"_s.arg(i), &e.figures[i].caption});
    return out;
}

// "translations": one record per language other than English; a language's record and its
// texts come together (every text has it, and no text has a language without a record).
QMap<QString, ExerciseTranslation> readTranslations(const ContentReader &r, Exercise &e, ContentErrors &errors)
{
    QMap<QString, ExerciseTranslation> out;
    static const QStringList kTranslated = {u"es"_s};
    if (r.has(u"translations"_s)) {
        const ContentReader records = r.child(u"translations"_s);
        for (auto it = records.object().begin(); it != records.object().end(); ++it) {
            const QString lang = it.key();
            if (!kTranslated.contains(lang)) {
                records.error(lang, lang == u"en" ? u"English is the source, not a translation"_s
                                             : ContentReader::unknownValue(lang, kTranslated));
                continue;
            }
            const ContentReader lr = records.child(lang);
            lr.allowOnly({"translatedBy", "reviewedBy", "reviewedOn", "sourceRevision"});
            ExerciseTranslation t;
            t.translatedBy = lr.string(u"translatedBy"_s);
            t.reviewedBy = lr.string(u"reviewedBy"_s);
            if (t.isReviewed()) {
                const QString on = lr.string(u"reviewedOn"_s);
                t.reviewedOn = QDate::fromString(on, Qt::ISODate);
                if (!on.isEmpty() && !t.reviewedOn.isValid())
                    lr.error(u"reviewedOn"_s, u"\"%1\" is not a date (YYYY-MM-DD)"_s.arg(on));
            } else if (lr.has(u"reviewedOn"_s)) {
                lr.error(u"reviewedOn"_s, u"must be absent while the translation is \"%1\""_s.arg(Handouts::notYetReviewed()));
            }
            t.sourceRevision = lr.integer(u"sourceRevision"_s, 1, 100000);
            out.insert(lang, t);
        }
    }
    for (const auto &[path, text] : patientTexts(e)) {
        for (const QString &lang : out.keys())
            if (!text->contains(lang))
                errors.add(path + u'.' + lang, u"missing: translations.%1 is recorded, so every text needs \"%1\""_s.arg(lang));
        for (const QString &lang : text->keys())
            if (lang != u"en" && !out.contains(lang))
                errors.add(path + u'.' + lang, u"a translation without a record: add translations.%1 (who translated it, its "
                                                "review and source revision)"_s.arg(lang));
    }
    return out;
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

bool ExerciseTranslation::isReviewed() const
{
    return !reviewedBy.isEmpty() && reviewedBy != Handouts::notYetReviewed();
}

TranslationState Exercise::translationState(const QString &lang) const
{
    if (lang.isEmpty() || lang == u"en")
        return TranslationState::Source;
    const auto it = translations.constFind(lang);
    if (it == translations.cend())
        return TranslationState::Missing;
    if (it->outOfDate)
        return TranslationState::OutOfDate;
    return it->isReviewed() ? TranslationState::Reviewed : TranslationState::Pending;
}

bool Exercise::hasText(const QString &lang) const
{
    const TranslationState s = translationState(lang);
    return s == TranslationState::Source || s == TranslationState::Pending || s == TranslationState::Reviewed;
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
    r.allowOnly({"id", "revision", "reviewedBy", "reviewedOn", "translations", "name", "purpose", "directions", "classes",
                 "steps", "progression", "cautions", "dose", "figures"});
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
    e.translations = readTranslations(r, e, errs);
    if (!finish())
        return std::nullopt;
    // A translation of an older revision is left out, never shown: the exercise stays
    // available in English and the problem is listed.
    for (auto it = e.translations.begin(); it != e.translations.end(); ++it) {
        if (it->sourceRevision == e.revision)
            continue;
        it->outOfDate = true;
        for (const auto &text : patientTexts(e))
            text.second->remove(it.key());
        if (errors)
            errors->append(fileName + u": translations."_s + it.key() + u".sourceRevision: "_s
                           + u"translates revision %1, but the file is at revision %2: the \"%3\" texts are left out until "
                             "the translation is updated and reviewed"_s.arg(it->sourceRevision).arg(e.revision).arg(it.key()));
    }
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

DoseWords DoseWords::fromTranslation()
{
    DoseWords w;
    // Singular and plural spelled out: there is no English .qm to resolve "%n …(s)".
    w.repetition = ExerciseText::tr("1 repetition");
    w.repetitions = ExerciseText::tr("%1 repetitions");
    w.setOf = ExerciseText::tr("1 set of %1");
    w.setsOf = ExerciseText::tr("%1 sets of %2");
    w.set = ExerciseText::tr("1 set");
    w.sets = ExerciseText::tr("%1 sets");
    w.second = ExerciseText::tr("1 second");
    w.seconds = ExerciseText::tr("%1 seconds");
    w.holdEach = ExerciseText::tr("hold each for %1");
    w.hold = ExerciseText::tr("hold for %1");
    w.minute = ExerciseText::tr("1 minute");
    w.minutes = ExerciseText::tr("%1 minutes");
    w.forTime = ExerciseText::tr("for %1");
    w.onceADay = ExerciseText::tr("once a day");
    w.twiceADay = ExerciseText::tr("twice a day");
    w.timesADay = ExerciseText::tr("%1 times a day");
    w.everyDay = ExerciseText::tr("every day");
    w.dayAWeek = ExerciseText::tr("1 day a week");
    w.daysAWeek = ExerciseText::tr("%1 days a week");
    w.asShown = ExerciseText::tr("as your therapist showed you");
    return w;
}

QString dosageText(const ExercisePrescription &dose, const DoseWords &w)
{
    const auto count = [](int n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); };
    QStringList parts;
    const QString reps = count(dose.repetitions, w.repetition, w.repetitions);
    if (dose.sets > 0 && dose.repetitions > 0)
        parts << (dose.sets == 1 ? w.setOf.arg(reps) : w.setsOf.arg(dose.sets).arg(reps));
    else if (dose.repetitions > 0)
        parts << reps;
    else if (dose.sets > 0)
        parts << count(dose.sets, w.set, w.sets);
    if (dose.holdSeconds > 0) {
        const QString secs = count(dose.holdSeconds, w.second, w.seconds);
        parts << (dose.repetitions > 0 ? w.holdEach.arg(secs) : w.hold.arg(secs));
    }
    if (dose.minutes > 0)
        parts << w.forTime.arg(count(dose.minutes, w.minute, w.minutes));
    if (dose.timesPerDay == 1)
        parts << w.onceADay;
    else if (dose.timesPerDay == 2)
        parts << w.twiceADay;
    else if (dose.timesPerDay > 2)
        parts << w.timesADay.arg(dose.timesPerDay);
    if (dose.daysPerWeek >= 7)
        parts << w.everyDay;
    else if (dose.daysPerWeek > 0)
        parts << count(dose.daysPerWeek, w.dayAWeek, w.daysAWeek);
    if (dose.sets <= 0 && dose.repetitions <= 0 && dose.holdSeconds <= 0 && dose.minutes <= 0)
        parts.prepend(w.asShown);
    QString text = parts.join(u", "_s);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString dosageText(const ExercisePrescription &dose, const QString &lang)
{
    Q_UNUSED(lang);
    return dosageText(dose, DoseWords::fromTranslation());
}

} // namespace SpineDesk::Therapy
