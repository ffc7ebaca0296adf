// The home-exercise library: every bundled file loads and reads at grade 8 or below; the strict
// loader names the file and the JSON path of each problem and leaves the exercise out;
// translation records (issue 8: every bundled exercise in Spanish, pending review; a bad record
// named by its path; an out-of-date translation left out); suggestions by directional
// preference and classification; the dose in plain words, from the program's words or others.
#include "core/readability.h"
#include "core/therapy/exerciselibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Therapy;

namespace {

QJsonObject en(const QString &s)
{
    return QJsonObject{{u"en"_s, s}};
}

QJsonArray pt(double x, double y)
{
    return QJsonArray{x, y};
}

// A small valid exercise; each broken case changes one thing.
QJsonObject good()
{
    const QJsonArray strokes{
        QJsonObject{{u"kind"_s, u"circle"_s}, {u"centre"_s, pt(80, 45)}, {u"radius"_s, 4}},
        QJsonObject{{u"kind"_s, u"line"_s}, {u"points"_s, QJsonArray{pt(40, 50), pt(74, 50)}}},
        QJsonObject{{u"kind"_s, u"polyline"_s}, {u"points"_s, QJsonArray{pt(40, 50), pt(30, 40), pt(20, 55)}}},
        QJsonObject{{u"kind"_s, u"arrow"_s}, {u"points"_s, QJsonArray{pt(50, 40), pt(50, 30)}}},
        QJsonObject{{u"kind"_s, u"floor"_s}, {u"y"_s, 56}},
    };
    return QJsonObject{
        {u"id"_s, u"sample"_s},
        {u"revision"_s, 2},
        {u"reviewedBy"_s, u"not yet reviewed"_s},
        {u"name"_s, en(u"Sample"_s)},
        {u"purpose"_s, en(u"Helps you test."_s)},
        {u"directions"_s, QJsonArray{u"extension"_s}},
        {u"classes"_s, QJsonArray{u"symptom-modulation"_s}},
        {u"steps"_s, QJsonArray{en(u"Lie down."_s), en(u"Push up."_s), en(u"Come down."_s)}},
        {u"progression"_s, en(u"Go a little higher."_s)},
        {u"cautions"_s, QJsonArray{en(u"Stop and call us if pain spreads down your leg."_s)}},
        {u"dose"_s, QJsonObject{{u"sets"_s, 2}, {u"repetitions"_s, 10}, {u"holdSeconds"_s, 5}, {u"timesPerDay"_s, 2}}},
        {u"figures"_s, QJsonArray{QJsonObject{{u"caption"_s, en(u"Lying face down"_s)}, {u"strokes"_s, strokes}}}},
    };
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// Sets the value at a path of keys and array indexes ("figures", 0, "strokes", 1, "points").
QJsonValue setAt(QJsonValue node, const QVariantList &path, int i, const QJsonValue &value)
{
    if (i == path.size())
        return value;
    if (path.at(i).typeId() == QMetaType::Int) {
        QJsonArray a = node.toArray();
        const int index = path.at(i).toInt();
        a[index] = setAt(a.at(index), path, i + 1, value);
        return a;
    }
    QJsonObject o = node.toObject();
    const QString key = path.at(i).toString();
    if (value.isUndefined() && i + 1 == path.size())
        o.remove(key);
    else
        o[key] = setAt(o.value(key), path, i + 1, value);
    return o;
}

QJsonObject changed(const QVariantList &path, const QJsonValue &value)
{
    return setAt(good(), path, 0, value).toObject();
}

QJsonObject enEs(const QString &en, const QString &es)
{
    return QJsonObject{{u"en"_s, en}, {u"es"_s, es}};
}

// good() with every text in Spanish too and its translation record, not yet reviewed.
QJsonObject translated()
{
    QJsonObject o = good();
    o[u"translations"_s] = QJsonObject{{u"es"_s, QJsonObject{{u"translatedBy"_s, u"SpineDesk project draft"_s},
                                                              {u"reviewedBy"_s, u"not yet reviewed"_s},
                                                              {u"sourceRevision"_s, 2}}}};
    o[u"name"_s] = enEs(u"Sample"_s, u"Ejemplo"_s);
    o[u"purpose"_s] = enEs(u"Helps you test."_s, u"Le ayuda a probar."_s);
    o[u"steps"_s] = QJsonArray{enEs(u"Lie down."_s, u"Acuéstese."_s), enEs(u"Push up."_s, u"Empuje hacia arriba."_s),
                               enEs(u"Come down."_s, u"Baje."_s)};
    o[u"progression"_s] = enEs(u"Go a little higher."_s, u"Suba un poco más."_s);
    o[u"cautions"_s] = QJsonArray{enEs(u"Stop and call us if pain spreads down your leg."_s,
                                       u"Pare y llámenos si el dolor baja por la pierna."_s)};
    QJsonArray figures = o.value(u"figures"_s).toArray();
    QJsonObject figure = figures.at(0).toObject();
    figure[u"caption"_s] = enEs(u"Lying face down"_s, u"Acostado boca abajo"_s);
    figures[0] = figure;
    o[u"figures"_s] = figures;
    return o;
}

QJsonObject translatedChanged(const QVariantList &path, const QJsonValue &value)
{
    return setAt(translated(), path, 0, value).toObject();
}

QStringList ids(const QList<const Exercise *> &list)
{
    QStringList out;
    for (const Exercise *e : list)
        out << e->id;
    out.sort();
    return out;
}

} // namespace

class TestExerciseLibrary : public QObject
{
    Q_OBJECT

private slots:
    void goodDocumentParses()
    {
        QStringList errors;
        const auto e = ExerciseLibrary::parse(bytes(good()), u"sample.json"_s, &errors);
        QVERIFY2(e, qPrintable(errors.join(u'\n')));
        QVERIFY(errors.isEmpty());
        QCOMPARE(e->id, u"sample"_s);
        QCOMPARE(e->fileName, u"sample.json"_s);
        QCOMPARE(e->revision, 2);
        QVERIFY(!e->isReviewed());
        QCOMPARE(e->steps.size(), 3);
        QCOMPARE(e->directions, QList<DirectionalPreference>{DirectionalPreference::Extension});
        QCOMPARE(e->classes, QList<TbcClass>{TbcClass::SymptomModulation});
        QCOMPARE(e->defaultDose.exerciseId, u"sample"_s);
        QCOMPARE(e->defaultDose.sets, 2);
        QCOMPARE(e->defaultDose.repetitions, 10);
        QCOMPARE(e->defaultDose.holdSeconds, 5);
        QCOMPARE(e->defaultDose.minutes, 0);
        QCOMPARE(e->defaultDose.timesPerDay, 2);
        QCOMPARE(e->defaultDose.daysPerWeek, 7); // the default
        QCOMPARE(e->figures.size(), 1);
        const auto &s = e->figures.first().strokes;
        QCOMPARE(s.size(), 5);
        QCOMPARE(s.at(0).kind, FigureStroke::Kind::Circle);
        QCOMPARE(s.at(0).points, QList<QPointF>{QPointF(80, 45)});
        QCOMPARE(s.at(0).radius, 4.0);
        QCOMPARE(s.at(2).points.size(), 3);
        QCOMPARE(s.at(3).kind, FigureStroke::Kind::Arrow);
        QCOMPARE(s.at(4).kind, FigureStroke::Kind::Floor);
        QCOMPARE(s.at(4).y, 56.0);
        QCOMPARE(contentText(e->figures.first().caption), u"Lying face down"_s);
    }

    void reviewedWithDate()
    {
        QJsonObject o = good();
        o[u"reviewedBy"_s] = u"Pat Therapist, PT"_s;
        o[u"reviewedOn"_s] = u"2026-11-20"_s;
        QStringList errors;
        const auto e = ExerciseLibrary::parse(bytes(o), u"sample.json"_s, &errors);
        QVERIFY2(e, qPrintable(errors.join(u'\n')));
        QVERIFY(e->isReviewed());
        QCOMPARE(e->reviewedOn, QDate(2026, 11, 20));
    }

    void translationRecord()
    {
        QStringList errors;
        auto e = ExerciseLibrary::parse(bytes(translated()), u"sample.json"_s, &errors);
        QVERIFY2(e, qPrintable(errors.join(u'\n')));
        QVERIFY(errors.isEmpty());
        QCOMPARE(e->translationState(u"en"_s), TranslationState::Source);
        QCOMPARE(e->translationState(u"es"_s), TranslationState::Pending);
        QVERIFY(e->hasText(u"es"_s));
        QCOMPARE(e->translations.value(u"es"_s).translatedBy, u"SpineDesk project draft"_s);
        QCOMPARE(e->translations.value(u"es"_s).sourceRevision, 2);
        QCOMPARE(contentText(e->steps.at(1), u"es"_s), u"Empuje hacia arriba."_s);
        QCOMPARE(contentText(e->figures.first().caption, u"es"_s), u"Acostado boca abajo"_s);

        // Reviewed by a qualified medical translator, with the date.
        QJsonObject o = translatedChanged({u"translations"_s, u"es"_s, u"reviewedBy"_s}, u"Ana Revisora, CMI"_s);
        o = setAt(o, {u"translations"_s, u"es"_s, u"reviewedOn"_s}, 0, u"2026-12-01"_s).toObject();
        e = ExerciseLibrary::parse(bytes(o), u"sample.json"_s, &errors);
        QVERIFY2(e, qPrintable(errors.join(u'\n')));
        QCOMPARE(e->translationState(u"es"_s), TranslationState::Reviewed);
        QCOMPARE(e->translations.value(u"es"_s).reviewedOn, QDate(2026, 12, 1));

        // Without a record, an exercise has no Spanish text.
        e = ExerciseLibrary::parse(bytes(good()), u"sample.json"_s, &errors);
        QVERIFY(e);
        QCOMPARE(e->translationState(u"es"_s), TranslationState::Missing);
        QVERIFY(!e->hasText(u"es"_s));
    }

    // A translation of an older revision: the exercise loads in English, the Spanish texts are
    // left out and the problem is listed.
    void outOfDateTranslationIsLeftOut()
    {
        QStringList errors;
        const auto e = ExerciseLibrary::parse(bytes(translatedChanged({u"translations"_s, u"es"_s, u"sourceRevision"_s}, 1)),
                                              u"sample.json"_s, &errors);
        QVERIFY(e);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(u"sample.json: translations.es.sourceRevision: translates revision 1, but the file is "
                                           "at revision 2"_s),
                 qPrintable(errors.first()));
        QCOMPARE(e->translationState(u"es"_s), TranslationState::OutOfDate);
        QVERIFY(!e->hasText(u"es"_s));
        QVERIFY(!e->name.contains(u"es"_s));
        QVERIFY(!e->steps.at(0).contains(u"es"_s));
        QVERIFY(!e->figures.first().caption.contains(u"es"_s));
        QCOMPARE(contentText(e->name, u"es"_s), u"Sample"_s); // never the old Spanish

        QTemporaryDir dir;
        QFile f(dir.filePath(u"sample.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes(translatedChanged({u"translations"_s, u"es"_s, u"sourceRevision"_s}, 1)));
        f.close();
        const ExerciseLibrary lib = ExerciseLibrary::loadDirectory(dir.path());
        QCOMPARE(lib.exercises().size(), 1);
        QCOMPARE(lib.errors().size(), 1);
        QVERIFY(lib.errors().first().contains(u"translations.es.sourceRevision"_s));
    }

    void badTranslationRecordRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const auto add = [](const char *name, const QJsonObject &o, const QString &expected) {
            QTest::newRow(name) << bytes(o) << expected;
        };
        add("unknown key in the record", translatedChanged({u"translations"_s, u"es"_s, u"reviewer"_s}, u"Ana"_s),
            u"sample.json: translations.es.reviewer: unknown key"_s);
        add("no translator", translatedChanged({u"translations"_s, u"es"_s, u"translatedBy"_s}, QJsonValue::Undefined),
            u"sample.json: translations.es.translatedBy: missing"_s);
        add("no review state", translatedChanged({u"translations"_s, u"es"_s, u"reviewedBy"_s}, QJsonValue::Undefined),
            u"sample.json: translations.es.reviewedBy: missing"_s);
        add("review date while not reviewed", translatedChanged({u"translations"_s, u"es"_s, u"reviewedOn"_s}, u"2026-12-01"_s),
            u"sample.json: translations.es.reviewedOn: must be absent"_s);
        add("reviewer without a date", translatedChanged({u"translations"_s, u"es"_s, u"reviewedBy"_s}, u"Ana Revisora"_s),
            u"sample.json: translations.es.reviewedOn: missing"_s);
        QJsonObject badDate = translatedChanged({u"translations"_s, u"es"_s, u"reviewedBy"_s}, u"Ana Revisora"_s);
        badDate = setAt(badDate, {u"translations"_s, u"es"_s, u"reviewedOn"_s}, 0, u"1 Dec"_s).toObject();
        add("bad review date", badDate, u"sample.json: translations.es.reviewedOn: \"1 Dec\" is not a date"_s);
        add("no source revision", translatedChanged({u"translations"_s, u"es"_s, u"sourceRevision"_s}, QJsonValue::Undefined),
            u"sample.json: translations.es.sourceRevision: missing"_s);
        add("source revision not a number", translatedChanged({u"translations"_s, u"es"_s, u"sourceRevision"_s}, u"two"_s),
            u"sample.json: translations.es.sourceRevision: must be a whole number"_s);
        add("record not an object", translatedChanged({u"translations"_s, u"es"_s}, u"draft"_s),
            u"sample.json: translations.es: must be an object"_s);
        add("translations not an object", translatedChanged({u"translations"_s}, QJsonArray{}),
            u"sample.json: translations: must be an object"_s);
        add("unknown language", translatedChanged({u"translations"_s, u"fr"_s}, QJsonObject{}),
            u"sample.json: translations.fr: unknown value \"fr\""_s);
        add("English as a translation", translatedChanged({u"translations"_s, u"en"_s}, QJsonObject{}),
            u"sample.json: translations.en: English is the source"_s);
        add("a text without Spanish", translatedChanged({u"steps"_s, 1}, en(u"Push up."_s)),
            u"sample.json: steps[1].es: missing: translations.es is recorded"_s);
        add("a caption without Spanish", translatedChanged({u"figures"_s, 0, u"caption"_s}, en(u"Lying face down"_s)),
            u"sample.json: figures[0].caption.es: missing"_s);
        add("Spanish without a record", changed({u"purpose"_s}, enEs(u"Helps you test."_s, u"Le ayuda a probar."_s)),
            u"sample.json: purpose.es: a translation without a record"_s);
        add("digit in a Spanish step", translatedChanged({u"steps"_s, 0, u"es"_s}, u"Acuéstese 2 veces."_s),
            u"sample.json: steps[0].es: no digits"_s);
        add("empty Spanish text", translatedChanged({u"progression"_s, u"es"_s}, u" "_s),
            u"sample.json: progression.es: must be a non-empty string"_s);
    }

    void badTranslationRecordRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QStringList errors;
        const auto e = ExerciseLibrary::parse(json, u"sample.json"_s, &errors);
        QVERIFY(!e);
        const bool found = std::any_of(errors.cbegin(), errors.cend(), [&](const QString &m) { return m.startsWith(expected); });
        QVERIFY2(found, qPrintable(u"expected \"%1…\" in:\n%2"_s.arg(expected, errors.join(u'\n'))));
    }

    void brokenDocumentRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // the start of one error message

        const auto add = [](const char *name, const QJsonObject &o, const QString &expected) {
            QTest::newRow(name) << bytes(o) << expected;
        };
        QJsonObject o = good();
        o[u"colour"_s] = u"red"_s;
        add("unknown key", o, u"sample.json: colour: unknown key"_s);
        add("missing name", changed({u"name"_s}, QJsonValue::Undefined), u"sample.json: name: missing"_s);
        add("missing English", changed({u"purpose"_s}, QJsonObject{{u"es"_s, u"Ayuda."_s}}), u"sample.json: purpose.en: missing"_s);
        add("id differs from file", changed({u"id"_s}, u"other"_s), u"sample.json: id: \"other\" differs from the file name"_s);
        add("bad id", changed({u"id"_s}, u"Sample One"_s), u"sample.json: id: \"Sample One\" is not an id"_s);
        add("missing directions", changed({u"directions"_s}, QJsonValue::Undefined), u"sample.json: directions: missing"_s);
        add("unknown direction", changed({u"directions"_s}, QJsonArray{u"extention"_s}),
            u"sample.json: directions[0]: unknown value \"extention\""_s);
        add("patient-only direction", changed({u"directions"_s}, QJsonArray{u"none"_s}),
            u"sample.json: directions[0]: unknown value \"none\""_s);
        add("repeated direction", changed({u"directions"_s}, QJsonArray{u"flexion"_s, u"flexion"_s}),
            u"sample.json: directions[1]: \"flexion\" is given twice"_s);
        add("unknown class", changed({u"classes"_s}, QJsonArray{u"stabilisation"_s}),
            u"sample.json: classes[0]: unknown value \"stabilisation\""_s);
        add("too few steps", changed({u"steps"_s}, QJsonArray{en(u"Lie down."_s)}), u"sample.json: steps: has 1 entries"_s);
        add("digit in a step", changed({u"steps"_s, 1, u"en"_s}, u"Push up 10 times."_s), u"sample.json: steps[1].en: no digits"_s);
        add("step not a text", changed({u"steps"_s, 0}, u"Lie down."_s), u"sample.json: steps[0]: must be an object"_s);
        add("no cautions", changed({u"cautions"_s}, QJsonArray{}), u"sample.json: cautions: must not be empty"_s);
        add("missing dose", changed({u"dose"_s}, QJsonValue::Undefined), u"sample.json: dose: missing"_s);
        add("unknown dose key", changed({u"dose"_s, u"weeks"_s}, 6), u"sample.json: dose.weeks: unknown key"_s);
        add("dose out of range", changed({u"dose"_s, u"daysPerWeek"_s}, 8), u"sample.json: dose.daysPerWeek: must be a whole number from 1 to 7"_s);
        add("dose without an amount", changed({u"dose"_s}, QJsonObject{{u"timesPerDay"_s, 2}}),
            u"sample.json: dose: needs repetitions, holdSeconds or minutes"_s);
        add("sets without repetitions", changed({u"dose"_s}, QJsonObject{{u"sets"_s, 2}, {u"minutes"_s, 5}}),
            u"sample.json: dose.sets: given without repetitions"_s);
        add("reviewed date while not reviewed", changed({u"reviewedOn"_s}, u"2026-11-20"_s),
            u"sample.json: reviewedOn: must be absent"_s);
        o = good();
        o[u"reviewedBy"_s] = u"Pat Therapist, PT"_s;
        add("reviewer without a date", o, u"sample.json: reviewedOn: missing"_s);
        add("no figures", changed({u"figures"_s}, QJsonArray{}), u"sample.json: figures: must not be empty"_s);
        const QJsonValue figure = good().value(u"figures"_s).toArray().at(0);
        add("three figures", changed({u"figures"_s}, QJsonArray{figure, figure, figure}), u"sample.json: figures: has 3 figures"_s);
        add("missing caption", changed({u"figures"_s, 0, u"caption"_s}, QJsonValue::Undefined),
            u"sample.json: figures[0].caption: missing"_s);
        add("digit in a caption", changed({u"figures"_s, 0, u"caption"_s, u"en"_s}, u"Step 1"_s),
            u"sample.json: figures[0].caption.en: no digits"_s);
        add("unknown stroke kind", changed({u"figures"_s, 0, u"strokes"_s, 0, u"kind"_s}, u"spline"_s),
            u"sample.json: figures[0].strokes[0].kind: unknown value \"spline\""_s);
        add("key of another kind", changed({u"figures"_s, 0, u"strokes"_s, 1, u"radius"_s}, 3),
            u"sample.json: figures[0].strokes[1].radius: unknown key"_s);
        add("point outside the box", changed({u"figures"_s, 0, u"strokes"_s, 1, u"points"_s, 1}, pt(104, 30)),
            u"sample.json: figures[0].strokes[1].points[1]: [104, 30] is outside the 100 × 60 box"_s);
        add("negative coordinate", changed({u"figures"_s, 0, u"strokes"_s, 2, u"points"_s, 0}, pt(10, -1)),
            u"sample.json: figures[0].strokes[2].points[0]: [10, -1] is outside"_s);
        add("point not a pair", changed({u"figures"_s, 0, u"strokes"_s, 1, u"points"_s, 0}, QJsonArray{1, 2, 3}),
            u"sample.json: figures[0].strokes[1].points[0]: must be a point [x, y]"_s);
        add("line with three points", changed({u"figures"_s, 0, u"strokes"_s, 1, u"points"_s}, QJsonArray{pt(1, 1), pt(2, 2), pt(3, 3)}),
            u"sample.json: figures[0].strokes[1].points: must have exactly 2 points, not 3"_s);
        add("polyline with one point", changed({u"figures"_s, 0, u"strokes"_s, 2, u"points"_s}, QJsonArray{pt(1, 1)}),
            u"sample.json: figures[0].strokes[2].points: must have at least 2 points, not 1"_s);
        add("arrow with one point", changed({u"figures"_s, 0, u"strokes"_s, 3, u"points"_s}, QJsonArray{pt(1, 1)}),
            u"sample.json: figures[0].strokes[3].points: must have exactly 2 points, not 1"_s);
        add("circle reaching outside", changed({u"figures"_s, 0, u"strokes"_s, 0, u"centre"_s}, pt(98, 30)),
            u"sample.json: figures[0].strokes[0].radius: the circle reaches outside"_s);
        add("circle without radius", changed({u"figures"_s, 0, u"strokes"_s, 0, u"radius"_s}, QJsonValue::Undefined),
            u"sample.json: figures[0].strokes[0].radius: missing"_s);
        add("floor below the box", changed({u"figures"_s, 0, u"strokes"_s, 4, u"y"_s}, 61),
            u"sample.json: figures[0].strokes[4].y: 61 is outside the box"_s);
        QTest::newRow("not JSON") << QByteArray("{\"id\": ") << u"sample.json: not valid JSON"_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"sample.json: the top level must be an object"_s;
    }

    void brokenDocumentRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QStringList errors;
        const auto e = ExerciseLibrary::parse(json, u"sample.json"_s, &errors);
        QVERIFY(!e);
        const bool found = std::any_of(errors.cbegin(), errors.cend(), [&](const QString &m) { return m.startsWith(expected); });
        QVERIFY2(found, qPrintable(u"expected \"%1…\" in:\n%2"_s.arg(expected, errors.join(u'\n'))));
    }

    void directoryLeavesBadFilesOut()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        QJsonObject a = good();
        a[u"id"_s] = u"alpha"_s;
        write(u"alpha.json"_s, bytes(a));
        QJsonObject b = good();
        b[u"id"_s] = u"beta"_s;
        b.remove(u"steps"_s);
        write(u"beta.json"_s, bytes(b));
        write(u"gamma.json"_s, QByteArray("not json at all"));
        write(u"notes.txt"_s, QByteArray("ignored"));

        const ExerciseLibrary lib = ExerciseLibrary::loadDirectory(dir.path());
        QCOMPARE(lib.exercises().size(), 1);
        QCOMPARE(lib.exercises().first().id, u"alpha"_s);
        QVERIFY(lib.exercise(u"alpha"));
        QVERIFY(!lib.exercise(u"beta"));
        QCOMPARE(lib.errors().size(), 2);
        QVERIFY2(lib.errors().at(0).startsWith(u"beta.json: steps: missing"_s), qPrintable(lib.errors().at(0)));
        QVERIFY2(lib.errors().at(1).startsWith(u"gamma.json: not valid JSON"_s), qPrintable(lib.errors().at(1)));

        // The same id twice (the file filter ignores case): the second file is left out.
        write(u"alpha.JSON"_s, bytes(a));
        const ExerciseLibrary twice = ExerciseLibrary::loadDirectory(dir.path());
        QCOMPARE(twice.exercises().size(), 1);
        const bool duplicate = std::any_of(twice.errors().cbegin(), twice.errors().cend(), [](const QString &m) {
            return m.contains(u": id: duplicate id \"alpha\" (also in alpha."_s);
        });
        QVERIFY2(duplicate, qPrintable(twice.errors().join(u'\n')));

        const ExerciseLibrary none = ExerciseLibrary::loadDirectory(dir.filePath(u"missing"_s));
        QVERIFY(none.exercises().isEmpty());
        QCOMPARE(none.errors().size(), 1);
    }

    void bundledFilesLoad()
    {
        const ExerciseLibrary &lib = ExerciseLibrary::bundled();
        QVERIFY2(lib.errors().isEmpty(), qPrintable(lib.errors().join(u'\n')));
        QVERIFY(lib.exercises().size() >= 12);
        QSet<QString> seen;
        for (const Exercise &e : lib.exercises()) {
            QVERIFY2(!seen.contains(e.id), qPrintable(e.id));
            seen.insert(e.id);
            QCOMPARE(e.fileName, e.id + u".json"_s);
            QVERIFY2(!e.isReviewed(), qPrintable(e.id + u": bundled files ship \"not yet reviewed\""_s));
            QVERIFY(e.steps.size() >= 3 && e.steps.size() <= 6);
            QVERIFY(!e.cautions.isEmpty());
            QVERIFY(e.figures.size() >= 1 && e.figures.size() <= 2);
            QCOMPARE(e.defaultDose.exerciseId, e.id);
            QCOMPARE(lib.defaultPrescription(e.id), e.defaultDose);
            QVERIFY2(!Therapy::dosageText(e.defaultDose).isEmpty(), qPrintable(e.id));
            // Every figure is a person: a head, a floor or a wall/chair line, and a caption.
            for (const ExerciseFigure &f : e.figures) {
                QVERIFY(!contentText(f.caption).isEmpty());
                QVERIFY(std::any_of(f.strokes.cbegin(), f.strokes.cend(),
                                    [](const FigureStroke &s) { return s.kind == FigureStroke::Kind::Circle; }));
            }
            // The start figure shows the movement with an arrow.
            const auto &first = e.figures.first().strokes;
            const bool arrow = std::any_of(first.cbegin(), first.cend(), [](const FigureStroke &s) { return s.kind == FigureStroke::Kind::Arrow; })
                || (e.figures.size() == 2 && std::any_of(e.figures.last().strokes.cbegin(), e.figures.last().strokes.cend(),
                                                          [](const FigureStroke &s) { return s.kind == FigureStroke::Kind::Arrow; }));
            QVERIFY2(arrow, qPrintable(e.id + u": no arrow shows the movement"_s));
            // Every exercise tells the patient when to stop and call.
            const bool call = std::any_of(e.cautions.cbegin(), e.cautions.cend(),
                                          [](const ContentText &c) { return contentText(c).contains(u"call us"_s); });
            QVERIFY2(call, qPrintable(e.id));
            // Issue 8: every exercise in Spanish, translated from this revision, pending review.
            QCOMPARE(e.translations.keys(), QStringList{u"es"_s});
            const ExerciseTranslation &es = e.translations.value(u"es"_s);
            QCOMPARE(es.sourceRevision, e.revision);
            QVERIFY2(!es.translatedBy.isEmpty(), qPrintable(e.id));
            QCOMPARE(e.translationState(u"es"_s), TranslationState::Pending);
            QList<ContentText> texts = {e.name, e.purpose, e.progression};
            texts += e.steps;
            texts += e.cautions;
            for (const ExerciseFigure &f : e.figures)
                texts << f.caption;
            for (const ContentText &t : std::as_const(texts)) {
                QVERIFY2(t.contains(u"es"_s) && t.value(u"es"_s) != t.value(u"en"_s), qPrintable(e.id + u": "_s + t.value(u"en"_s)));
            }
            const bool llamar = std::any_of(e.cautions.cbegin(), e.cautions.cend(),
                                            [](const ContentText &c) { return contentText(c, u"es"_s).contains(u"lámenos"_s); });
            QVERIFY2(llamar, qPrintable(e.id + u": no Spanish caution says to call us"_s));
        }
        QVERIFY(!lib.exercise(u"no-such-exercise"));
        QCOMPARE(lib.defaultPrescription(u"no-such-exercise"), ExercisePrescription{});
    }

    void bundledListIsSortedByName()
    {
        const auto &list = ExerciseLibrary::bundled().exercises();
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY(contentText(list.at(i - 1).name).localeAwareCompare(contentText(list.at(i).name)) <= 0);
    }

    void bundledTextReadsAtGradeEightOrBelow()
    {
        for (const Exercise &e : ExerciseLibrary::bundled().exercises()) {
            QStringList steps;
            for (const ContentText &s : e.steps)
                steps << contentText(s);
            const ReadabilityStats st = measureBlocks(steps);
            QVERIFY2(st.fleschKincaidGrade() <= 8.0,
                     qPrintable(u"%1: steps at grade %2"_s.arg(e.id).arg(st.fleschKincaidGrade(), 0, 'f', 1)));
            // The rest of what the sheet prints for the exercise is held to the same ceiling.
            QStringList all = steps;
            all << contentText(e.name) << contentText(e.purpose) << contentText(e.progression);
            for (const ContentText &c : e.cautions)
                all << contentText(c);
            const ReadabilityStats whole = measureBlocks(all);
            qInfo("%s: steps grade %.1f, sheet text grade %.1f", qPrintable(e.id), st.fleschKincaidGrade(), whole.fleschKincaidGrade());
            QVERIFY2(whole.fleschKincaidGrade() <= 8.0,
                     qPrintable(u"%1: sheet text at grade %2"_s.arg(e.id).arg(whole.fleschKincaidGrade(), 0, 'f', 1)));
        }
    }

    void suggestions_data()
    {
        QTest::addColumn<DirectionalPreference>("preference");
        QTest::addColumn<TbcClass>("classification");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("extension, symptom modulation")
            << DirectionalPreference::Extension << TbcClass::SymptomModulation
            << QStringList{u"prone-lying-on-elbows"_s, u"prone-press-up"_s, u"sciatic-nerve-slider"_s, u"standing-back-bend"_s};
        QTest::newRow("flexion, symptom modulation")
            << DirectionalPreference::Flexion << TbcClass::SymptomModulation
            << QStringList{u"knee-to-chest"_s, u"sciatic-nerve-slider"_s, u"seated-flexion"_s};
        QTest::newRow("lateral shift right, symptom modulation")
            << DirectionalPreference::LateralShiftRight << TbcClass::SymptomModulation
            << QStringList{u"sciatic-nerve-slider"_s, u"side-glide-at-wall"_s};
        QTest::newRow("no preference, movement control")
            << DirectionalPreference::None << TbcClass::MovementControl
            << QStringList{u"abdominal-bracing"_s, u"bird-dog"_s, u"bridge"_s, u"pelvic-tilt"_s};
        // A directional exercise is a symptom-modulation exercise: not offered for movement control.
        QTest::newRow("extension, movement control")
            << DirectionalPreference::Extension << TbcClass::MovementControl
            << QStringList{u"abdominal-bracing"_s, u"bird-dog"_s, u"bridge"_s, u"pelvic-tilt"_s};
        QTest::newRow("not assessed, functional optimization")
            << DirectionalPreference::NotAssessed << TbcClass::FunctionalOptimization
            << QStringList{u"bridge"_s, u"sit-to-stand-practice"_s, u"walking-programme"_s};
        QTest::newRow("extension, not classified")
            << DirectionalPreference::Extension << TbcClass::NotClassified
            << QStringList{u"abdominal-bracing"_s, u"bird-dog"_s, u"bridge"_s, u"pelvic-tilt"_s, u"prone-lying-on-elbows"_s,
                           u"prone-press-up"_s, u"sciatic-nerve-slider"_s, u"sit-to-stand-practice"_s,
                           u"standing-back-bend"_s, u"walking-programme"_s};
    }

    void suggestions()
    {
        QFETCH(DirectionalPreference, preference);
        QFETCH(TbcClass, classification);
        QFETCH(QStringList, expected);
        const ExerciseLibrary &lib = ExerciseLibrary::bundled();
        QVERIFY2(lib.errors().isEmpty(), qPrintable(lib.errors().join(u'\n')));
        QCOMPARE(ids(lib.suggestions(preference, classification)), expected);
    }

    void dosageText_data()
    {
        QTest::addColumn<int>("sets");
        QTest::addColumn<int>("repetitions");
        QTest::addColumn<int>("holdSeconds");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("timesPerDay");
        QTest::addColumn<int>("daysPerWeek");
        QTest::addColumn<QString>("expected");

        QTest::newRow("sets, hold, twice daily") << 2 << 10 << 5 << 0 << 2 << 7
                                                 << u"2 sets of 10 repetitions, hold each for 5 seconds, twice a day, every day"_s;
        QTest::newRow("walking") << 0 << 0 << 0 << 10 << 3 << 5 << u"For 10 minutes, 3 times a day, 5 days a week"_s;
        QTest::newRow("singulars") << 1 << 1 << 1 << 0 << 1 << 1 << u"1 set of 1 repetition, hold each for 1 second, once a day, 1 day a week"_s;
        QTest::newRow("repetitions only") << 0 << 10 << 0 << 0 << 3 << 7 << u"10 repetitions, 3 times a day, every day"_s;
        QTest::newRow("a hold on its own") << 0 << 0 << 30 << 0 << 1 << 7 << u"Hold for 30 seconds, once a day, every day"_s;
        QTest::newRow("one minute") << 0 << 0 << 0 << 1 << 2 << 6 << u"For 1 minute, twice a day, 6 days a week"_s;
        QTest::newRow("nothing set") << 0 << 0 << 0 << 0 << 0 << 0 << u"As your therapist showed you"_s;
    }

    void dosageText()
    {
        QFETCH(int, sets);
        QFETCH(int, repetitions);
        QFETCH(int, holdSeconds);
        QFETCH(int, minutes);
        QFETCH(int, timesPerDay);
        QFETCH(int, daysPerWeek);
        QFETCH(QString, expected);
        ExercisePrescription d;
        d.exerciseId = u"any"_s;
        d.sets = sets;
        d.repetitions = repetitions;
        d.holdSeconds = holdSeconds;
        d.minutes = minutes;
        d.timesPerDay = timesPerDay;
        d.daysPerWeek = daysPerWeek;
        QCOMPARE(Therapy::dosageText(d), expected);
        QCOMPARE(Therapy::dosageText(d, DoseWords::fromTranslation()), expected);
    }

    // The same rule with other words: what the Spanish exercise sheet passes from its content.
    void dosageTextWithOtherWords()
    {
        DoseWords w;
        w.repetition = u"1 repetición"_s;
        w.repetitions = u"%1 repeticiones"_s;
        w.setOf = u"1 serie de %1"_s;
        w.setsOf = u"%1 series de %2"_s;
        w.set = u"1 serie"_s;
        w.sets = u"%1 series"_s;
        w.second = u"1 segundo"_s;
        w.seconds = u"%1 segundos"_s;
        w.holdEach = u"mantenga cada una durante %1"_s;
        w.hold = u"mantenga la posición durante %1"_s;
        w.minute = u"1 minuto"_s;
        w.minutes = u"%1 minutos"_s;
        w.forTime = u"durante %1"_s;
        w.onceADay = u"una vez al día"_s;
        w.twiceADay = u"dos veces al día"_s;
        w.timesADay = u"%1 veces al día"_s;
        w.everyDay = u"todos los días"_s;
        w.dayAWeek = u"1 día a la semana"_s;
        w.daysAWeek = u"%1 días a la semana"_s;
        w.asShown = u"como le enseñó su fisioterapeuta"_s;
        ExercisePrescription d;
        d.sets = 2;
        d.repetitions = 10;
        d.holdSeconds = 5;
        d.timesPerDay = 2;
        d.daysPerWeek = 7;
        QCOMPARE(Therapy::dosageText(d, w), u"2 series de 10 repeticiones, mantenga cada una durante 5 segundos, dos veces al día, todos los días"_s);
        d = {};
        d.minutes = 10;
        d.timesPerDay = 3;
        d.daysPerWeek = 5;
        QCOMPARE(Therapy::dosageText(d, w), u"Durante 10 minutos, 3 veces al día, 5 días a la semana"_s);
        d = {};
        d.sets = 1;
        d.repetitions = 1;
        d.holdSeconds = 1;
        d.timesPerDay = 1;
        d.daysPerWeek = 1;
        QCOMPARE(Therapy::dosageText(d, w), u"1 serie de 1 repetición, mantenga cada una durante 1 segundo, una vez al día, 1 día a la semana"_s);
        d = {};
        d.timesPerDay = 0;
        d.daysPerWeek = 0;
        QCOMPARE(Therapy::dosageText(d, w), u"Como le enseñó su fisioterapeuta"_s);
    }
};

QTEST_GUILESS_MAIN(TestExerciseLibrary)
#include "tst_exerciselibrary.moc"
