// The strict loader: a sound definition loads; every kind of broken one is refused with
// an error that names the file and the JSON path.
#include "core/instruments/library.h"
#include "core/instruments/loader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk::Instruments;

namespace {
QJsonObject text(const QString &en)
{
    return QJsonObject{{u"en"_s, en}};
}

// A small but complete definition: two agree/disagree items and a five-point item.
QJsonObject sound()
{
    QJsonArray agree{QJsonObject{{u"code"_s, u"disagree"_s}, {u"score"_s, 0}, {u"label"_s, text(u"Disagree"_s)}},
                     QJsonObject{{u"code"_s, u"agree"_s}, {u"score"_s, 1}, {u"label"_s, text(u"Agree"_s)}}};
    auto item = [](const QString &id, const QString &set) {
        return QJsonObject{{u"linkId"_s, id}, {u"number"_s, id.right(1)}, {u"type"_s, u"choice"_s}, {u"text"_s, text(u"Item "_s + id)},
                           {u"answerSet"_s, set}};
    };
    QJsonObject rating{{u"linkId"_s, u"q3"_s}, {u"number"_s, u"3"_s}, {u"type"_s, u"numeric-rating"_s}, {u"text"_s, text(u"Pain"_s)},
                       {u"min"_s, 0}, {u"max"_s, 4}};
    QJsonObject total{{u"id"_s, u"total"_s}, {u"label"_s, text(u"Total"_s)}, {u"method"_s, u"sum"_s},
                      {u"items"_s, QJsonArray{u"q1"_s, u"q2"_s, u"q3"_s}},
                      {u"missing"_s, QJsonObject{{u"allowed"_s, 0}, {u"handling"_s, u"none"_s}}},
                      {u"range"_s, QJsonArray{0, 6}}, {u"rounding"_s, QJsonObject{{u"decimals"_s, 0}, {u"mode"_s, u"half-up"_s}}},
                      {u"direction"_s, u"higher-is-worse"_s}};
    QJsonArray rules{QJsonObject{{u"code"_s, u"low"_s}, {u"label"_s, text(u"Low"_s)}, {u"severity"_s, 0},
                                 {u"when"_s, QJsonArray{QJsonObject{{u"scale"_s, u"total"_s}, {u"operator"_s, u"<="_s}, {u"value"_s, 2}}}}},
                     QJsonObject{{u"code"_s, u"high"_s}, {u"label"_s, text(u"High"_s)}, {u"severity"_s, 2}, {u"when"_s, QJsonArray{}}}};
    return {
        {u"id"_s, u"demo"_s}, {u"version"_s, u"1"_s}, {u"revision"_s, 1}, {u"title"_s, text(u"Demo scale"_s)},
        {u"shortTitle"_s, text(u"Demo"_s)}, {u"construct"_s, text(u"Testing"_s)},
        {u"citations"_s, QJsonArray{QJsonObject{{u"text"_s, u"Made up for tests"_s}, {u"tag"_s, u"V"_s}}}},
        {u"licence"_s, QJsonObject{{u"class"_s, u"A"_s}, {u"holder"_s, u"Nobody"_s}, {u"terms"_s, u"Free"_s},
                                   {u"attribution"_s, text(u"Test attribution"_s)}}},
        {u"wording"_s, QJsonObject{{u"status"_s, u"paraphrase"_s}, {u"source"_s, u"tests"_s}}},
        {u"languages"_s, QJsonArray{QJsonObject{{u"code"_s, u"en"_s}, {u"validated"_s, true}}}},
        {u"administration"_s, QJsonObject{{u"mode"_s, u"self-report"_s}}},
        {u"answerSets"_s, QJsonArray{QJsonObject{{u"id"_s, u"agree2"_s}, {u"options"_s, agree}}}},
        {u"items"_s, QJsonArray{item(u"q1"_s, u"agree2"_s), item(u"q2"_s, u"agree2"_s), rating}},
        {u"scales"_s, QJsonArray{total}},
        {u"strata"_s, QJsonObject{{u"citation"_s, u"tests"_s}, {u"tag"_s, u"V"_s}, {u"rules"_s, rules}}},
        {u"tests"_s, QJsonArray{QJsonObject{{u"name"_s, u"low"_s}, {u"answers"_s, QJsonArray{u"1"_s, u"0"_s, u"1"_s}},
                                            {u"expect"_s, QJsonObject{{u"complete"_s, true}, {u"scales"_s, QJsonObject{{u"total"_s, 2}}},
                                                                      {u"band"_s, u"low"_s}}}}}},
    };
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// Sets a value at a dotted path such as "items[1].answerSet".
void setAt(QJsonObject &root, const QString &path, const QJsonValue &value);

QJsonValue setIn(const QJsonValue &node, QStringList parts, const QJsonValue &value)
{
    const QString part = parts.takeFirst();
    const int bracket = part.indexOf(u'[');
    const QString key = bracket < 0 ? part : part.left(bracket);
    QJsonObject o = node.toObject();
    if (bracket < 0) {
        if (parts.isEmpty()) {
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
        } else {
            o.insert(key, setIn(o.value(key), parts, value));
        }
        return o;
    }
    const int index = part.mid(bracket + 1, part.size() - bracket - 2).toInt();
    QJsonArray a = o.value(key).toArray();
    a[index] = parts.isEmpty() ? value : setIn(a.at(index), parts, value);
    o.insert(key, a);
    return o;
}

void setAt(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    root = setIn(root, path.split(u'.'), value).toObject();
}
} // namespace

class TestInstrumentLoader : public QObject
{
    Q_OBJECT
private slots:
    void soundDefinitionLoads()
    {
        const LoadResult r = parseDefinition(bytes(sound()), u"demo.json"_s);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(u'\n')));
        QVERIFY(r.definition);
        QCOMPARE(r.definition->scoredItems().size(), 3);
        QCOMPARE(r.definition->sha256.size(), 64);
        // The hash is of the canonical form: formatting does not change it.
        const LoadResult compact = parseDefinition(QJsonDocument(sound()).toJson(QJsonDocument::Compact), u"demo.json"_s);
        QCOMPARE(compact.definition->sha256, r.definition->sha256);
    }

    void brokenDefinitions_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // the error must contain this

        QTest::newRow("unknown top-level key") << u"colour"_s << QJsonValue(u"red"_s) << u"demo.json: colour: unknown key"_s;
        QTest::newRow("unknown nested key") << u"items[0].colour"_s << QJsonValue(1) << u"demo.json: items[0].colour: unknown key"_s;
        QTest::newRow("missing required key") << u"version"_s << QJsonValue(QJsonValue::Undefined) << u"demo.json: version: missing"_s;
        QTest::newRow("wrong type") << u"revision"_s << QJsonValue(u"one"_s) << u"demo.json: revision: must be a whole number"_s;
        QTest::newRow("not a number") << u"scales[0].step"_s << QJsonValue(u"fine"_s) << u"demo.json: scales[0].step: must be a number"_s;
        QTest::newRow("no English text") << u"title"_s << QJsonValue(QJsonObject{{u"es"_s, u"Demo"_s}}) << u"demo.json: title.en: missing"_s;
        QTest::newRow("duplicate linkId") << u"items[1].linkId"_s << QJsonValue(u"q1"_s) << u"demo.json: items[1].linkId: duplicate linkId \"q1\""_s;
        QTest::newRow("duplicate answer code") << u"answerSets[0].options[1].code"_s << QJsonValue(u"disagree"_s)
                                               << u"demo.json: answerSets[0].options[1].code: duplicate answer code"_s;
        QTest::newRow("dangling answer set") << u"items[0].answerSet"_s << QJsonValue(u"nope"_s)
                                             << u"demo.json: items[0].answerSet: unknown answer set \"nope\""_s;
        QTest::newRow("dangling scale item") << u"scales[0].items[2]"_s << QJsonValue(u"q9"_s)
                                             << u"demo.json: scales[0].items[2]: unknown item \"q9\""_s;
        QTest::newRow("dangling stratum scale") << u"strata.rules[0].when[0].scale"_s << QJsonValue(u"sum"_s)
                                                << u"demo.json: strata.rules[0].when[0].scale: unknown scale \"sum\""_s;
        QTest::newRow("cut-off out of range") << u"strata.rules[0].when[0].value"_s << QJsonValue(9)
                                              << u"demo.json: strata.rules[0].when[0].value: 9 is outside the range"_s;
        QTest::newRow("unreachable stratum") << u"strata.rules[0].when[0]"_s
                                             << QJsonValue(QJsonObject{{u"scale"_s, u"total"_s}, {u"operator"_s, u">="_s}, {u"value"_s, 0}})
                                             << u"demo.json: strata.rules[1]: band \"high\" can never be reached"_s;
        QTest::newRow("gap between strata") << u"strata.rules[1].when"_s
                                            << QJsonValue(QJsonArray{QJsonObject{{u"scale"_s, u"total"_s}, {u"operator"_s, u">="_s}, {u"value"_s, 4}}})
                                            << u"demo.json: strata.rules: no band for total = 3"_s;
        QTest::newRow("unknown operator") << u"strata.rules[0].when[0].operator"_s << QJsonValue(u"=<"_s)
                                          << u"demo.json: strata.rules[0].when[0].operator: unknown value \"=<\""_s;
        QTest::newRow("enableWhen on itself") << u"items[0].enableWhen"_s
                                              << QJsonValue(QJsonArray{QJsonObject{{u"question"_s, u"q1"_s}, {u"operator"_s, u"exists"_s}}})
                                              << u"demo.json: items[0].enableWhen[0].question: an item cannot depend on itself"_s;
        QTest::newRow("test vector of the wrong length") << u"tests[0].answers"_s << QJsonValue(QJsonArray{u"1"_s})
                                                         << u"demo.json: tests[0].answers: has 1 values; the instrument has 3 scored items"_s;
        QTest::newRow("id not the file name") << u"id"_s << QJsonValue(u"other"_s) << u"demo.json: id: \"other\" does not match"_s;
        QTest::newRow("class C with wording") << u"licence.class"_s << QJsonValue(u"C"_s)
                                              << u"demo.json: wording.status: a class C instrument ships without wording"_s;
        QTest::newRow("numeric item without range") << u"items[2].max"_s << QJsonValue(QJsonValue::Undefined)
                                                    << u"demo.json: items[2].min: numeric items need min and max"_s;
    }
    void brokenDefinitions()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject broken = sound();
        setAt(broken, path, value);
        const LoadResult r = parseDefinition(bytes(broken), u"demo.json"_s);
        QVERIFY(!r.definition);
        QVERIFY2(std::any_of(r.errors.begin(), r.errors.end(), [&](const QString &e) { return e.contains(expected); }),
                 qPrintable(r.errors.join(u'\n')));
    }

    void enableWhenCycle()
    {
        QJsonObject d = sound();
        setAt(d, u"items[0].enableWhen"_s, QJsonArray{QJsonObject{{u"question"_s, u"q2"_s}, {u"operator"_s, u"exists"_s}}});
        setAt(d, u"items[1].enableWhen"_s, QJsonArray{QJsonObject{{u"question"_s, u"q1"_s}, {u"operator"_s, u"exists"_s}}});
        const LoadResult r = parseDefinition(bytes(d), u"demo.json"_s);
        QVERIFY(!r.definition);
        QVERIFY2(r.errors.join(u'\n').contains(u"enableWhen forms a cycle"_s), qPrintable(r.errors.join(u'\n')));
    }

    void notJson()
    {
        const LoadResult r = parseDefinition("{ \"id\": \"demo\", ", u"demo.json"_s);
        QVERIFY(!r.definition);
        QVERIFY(r.errors.value(0).startsWith(u"demo.json: not valid JSON"_s));
        QVERIFY(!parseDefinition("[1, 2]", u"demo.json"_s).definition);
    }

    void libraryListsBrokenFilesAsUnavailable()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &content) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        write(u"demo.json"_s, bytes(sound()));
        write(u"broken.json"_s, "{ not json");
        QJsonObject failing = sound();
        setAt(failing, u"id"_s, u"failing"_s);
        setAt(failing, u"tests[0].expect.band"_s, u"high"_s); // a vector that does not hold
        write(u"failing.json"_s, bytes(failing));
        const Library lib = Library::load(dir.path());
        QCOMPARE(lib.entries().size(), 3);
        QVERIFY(lib.find(u"demo"_s));
        QVERIFY(!lib.find(u"broken"_s));
        QVERIFY(lib.entry(u"broken"_s)->errors.value(0).startsWith(u"broken.json: not valid JSON"_s));
        QVERIFY(!lib.find(u"failing"_s));
        QVERIFY2(lib.entry(u"failing"_s)->errors.join(u'\n').contains(u"band is low, expected high"_s),
                 qPrintable(lib.entry(u"failing"_s)->errors.join(u'\n')));
    }

    void importWordingChecksEverything()
    {
        QTemporaryDir defs, words;
        QFile f(defs.filePath(u"demo.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes(sound()));
        f.close();
        Library lib = Library::load(defs.path(), words.path());
        QCOMPARE(lib.find(u"demo"_s)->wording, WordingStatus::Paraphrase);

        QJsonObject wording{{u"instrument"_s, u"demo"_s}, {u"language"_s, u"en"_s}, {u"source"_s, u"Made-up licence 42"_s},
                            {u"items"_s, QJsonObject{{u"q1"_s, u"Licensed one"_s}, {u"q2"_s, u"Licensed two"_s}}},
                            {u"answerSets"_s, QJsonObject{{u"agree2"_s, QJsonObject{{u"disagree"_s, u"No"_s}, {u"agree"_s, u"Yes"_s}}}}}};
        QTemporaryDir in;
        auto writeWording = [&](const QJsonObject &o) {
            QFile w(in.filePath(u"wording.json"_s));
            w.open(QIODevice::WriteOnly | QIODevice::Truncate);
            w.write(bytes(o));
            return w.fileName();
        };
        // Item q3 is missing: refused, nothing installed.
        QStringList errors = importWording(writeWording(wording), lib, words.path());
        QVERIFY2(errors.join(u'\n').contains(u"wording.json: items.q3: missing"_s), qPrintable(errors.join(u'\n')));
        QVERIFY(QDir(words.path()).entryList(QDir::Files).isEmpty());
        // An unknown answer code is refused too.
        QJsonObject extra = wording;
        setAt(extra, u"items.q3"_s, u"Licensed three"_s);
        setAt(extra, u"answerSets.agree2.maybe"_s, u"Maybe"_s);
        errors = importWording(writeWording(extra), lib, words.path());
        QVERIFY2(errors.join(u'\n').contains(u"answerSets.agree2.maybe: unknown answer code"_s), qPrintable(errors.join(u'\n')));

        setAt(wording, u"items.q3"_s, u"Licensed three"_s);
        errors = importWording(writeWording(wording), lib, words.path());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        lib = Library::load(defs.path(), words.path());
        const Definition *d = lib.find(u"demo"_s);
        QCOMPARE(d->wording, WordingStatus::Verbatim);
        QCOMPARE(d->wordingSource, u"Made-up licence 42"_s);
        QCOMPARE(localized(d->item(u"q1"_s)->text, u"en"_s), u"Licensed one"_s);
        QCOMPARE(localized(d->answerSet(u"agree2"_s)->option(u"agree"_s)->label, u"en"_s), u"Yes"_s);
    }

    // Issue 8: a translation is used only when the definition lists it as validated, and it
    // adds a language without changing the English form's status.
    void translationNeedsAValidatedVersion()
    {
        QTemporaryDir defs, words, in;
        QJsonObject def = sound();
        auto writeDef = [&](const QJsonObject &o) {
            QFile f(defs.filePath(u"demo.json"_s));
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(bytes(o));
        };
        writeDef(def);
        QJsonObject spanish{{u"instrument"_s, u"demo"_s}, {u"language"_s, u"es"_s}, {u"source"_s, u"Validated Spanish version, test"_s},
                            {u"title"_s, u"Demostración"_s}, {u"recall"_s, u"Las últimas 2 semanas"_s},
                            {u"items"_s, QJsonObject{{u"q1"_s, u"Uno"_s}, {u"q2"_s, u"Dos"_s}, {u"q3"_s, u"Tres"_s}}},
                            {u"answerSets"_s, QJsonObject{{u"agree2"_s, QJsonObject{{u"disagree"_s, u"No"_s}, {u"agree"_s, u"Sí"_s}}}}}};
        QFile w(in.filePath(u"demo.es.json"_s));
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write(bytes(spanish));
        w.close();

        // Not listed as validated: refused, whatever the text.
        Library lib = Library::load(defs.path(), words.path());
        QCOMPARE(presentationLanguage(*lib.find(u"demo"_s), u"es"_s), u"en"_s);
        QStringList errors = importWording(w.fileName(), lib, words.path());
        QVERIFY2(errors.join(u'\n').contains(u"demo.es.json: language: \"es\" is not a validated translation of demo"_s),
                 qPrintable(errors.join(u'\n')));
        QVERIFY(QDir(words.path()).entryList(QDir::Files).isEmpty());

        // Listed as validated: imported, asked in Spanish; English stays a paraphrase.
        QJsonArray languages = def.value(u"languages"_s).toArray();
        languages.append(QJsonObject{{u"code"_s, u"es"_s}, {u"translator"_s, u"Test validation"_s}, {u"validated"_s, true}});
        def.insert(u"languages"_s, languages);
        writeDef(def);
        lib = Library::load(defs.path(), words.path());
        QCOMPARE(presentationLanguage(*lib.find(u"demo"_s), u"es"_s), u"en"_s); // listed, not yet installed
        errors = importWording(w.fileName(), lib, words.path());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        lib = Library::load(defs.path(), words.path());
        const Definition *d = lib.find(u"demo"_s);
        QVERIFY(d);
        QCOMPARE(presentationLanguage(*d, u"es"_s), u"es"_s);
        QCOMPARE(presentationLanguage(*d, u"en"_s), u"en"_s);
        QCOMPARE(d->wording, WordingStatus::Paraphrase);
        QCOMPARE(d->installedWording.value(u"es"_s), u"Validated Spanish version, test"_s);
        QCOMPARE(localized(d->item(u"q2"_s)->text, u"es"_s), u"Dos"_s);
        QCOMPARE(localized(d->title, u"es"_s), u"Demostración"_s);
        QCOMPARE(localized(d->recall, u"es"_s), u"Las últimas 2 semanas"_s);
        QCOMPARE(localized(d->answerSet(u"agree2"_s)->option(u"agree"_s)->label, u"es"_s), u"Sí"_s);
    }

    // The bundled definitions list only the Spanish versions instruments.md names as validated.
    void bundledSpanishVersions()
    {
        const Library lib = Library::load(Library::bundledDirectory());
        for (const char *id : {"startback", "phq9", "phq2", "gad7", "gad2"}) {
            const Definition *d = lib.find(QString::fromLatin1(id));
            QVERIFY2(d && hasValidatedTranslation(*d, u"es"_s), id);
            QCOMPARE(presentationLanguage(*d, u"es"_s), u"en"_s); // no Spanish wording is shipped
        }
        for (const char *id : {"odi", "peg", "nrs-back", "nrs-leg", "fabq", "ort", "sure"}) {
            const Definition *d = lib.find(QString::fromLatin1(id));
            QVERIFY2(d && !hasValidatedTranslation(*d, u"es"_s), id);
        }
    }
};

QTEST_GUILESS_MAIN(TestInstrumentLoader)
#include "tst_instrumentloader.moc"
