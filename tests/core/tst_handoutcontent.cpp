// Handout content: the strict front-matter loader (each bad field named with the file), the
// Markdown subset, the rule that every number carries a cited phrase, translation review
// rules, the visit-text keys, and the reading grade of every bundled file (≤ 8, target 6).
#include "core/handoutcontent.h"
#include "core/readability.h"
#include "core/visithandouttext.h"

#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Handouts;

namespace {

const char kGood[] = R"(---
id: sample
title: A sample handout
language: en
revision: 3
reviewed-by: Dr Alex Spine
reviewed-on: 2026-11-02
sources:
  - NICE NG59, keep active (pathways.md §3) [V]
  - What the clinic does [rule]
numbers:
  - "first 6 weeks" Choosing Wisely (pathways.md §5.1) [V]
---

Intro text.

## Keep moving

Walk **every** day and *rest* a little.
In the first 6 weeks you may not need a scan.

- First point
  that wraps
- Second \*point\*

### Details

1. One
2. Two
)";

QByteArray withField(const QByteArray &file, const QByteArray &from, const QByteArray &to)
{
    QByteArray out = file;
    out.replace(from, to);
    return out;
}

struct Parsed {
    std::optional<HandoutContent> content;
    QStringList errors;
};

Parsed parse(const QByteArray &bytes, const QString &name = u"handouts/en/sample.md"_s)
{
    Parsed p;
    p.content = parseHandout(bytes, name, &p.errors);
    return p;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray visitTextFile(const QString &language, const QString &extra = {}, const QString &id = kVisitTextId)
{
    const bool translation = language != u"en";
    QString s = u"---\nid: %2\ntitle: Your visit summary\nlanguage: %1\nkind: visit-text\nrevision: 1\n"
                "reviewed-by: not yet reviewed\n"_s.arg(language, id);
    if (translation)
        s += u"translated-by: T. Traductora\ntranslation-reviewed-by: not yet reviewed\nsource-revision: 1\n"_s;
    s += u"sources:\n  - x [rule]\n---\n"_s;
    for (const VisitTextKey &k : textKeys(id))
        if (translation || k.presence == VisitTextKey::Presence::Required)
            s += u"\n## "_s + k.key + u"\n\nText "_s + k.placeholders.join(u' ') + u"\n"_s;
    return (s + extra).toUtf8();
}

// The "## key" headings of a visit-text file, in order.
QStringList keysOf(const HandoutContent &h)
{
    QStringList keys;
    for (const QString &line : h.body.split(u'\n'))
        if (line.startsWith(u"## "))
            keys << line.mid(3).trimmed();
    return keys;
}

} // namespace

class TestHandoutContent : public QObject
{
    Q_OBJECT

private slots:
    void parsesAGoodFile()
    {
        const Parsed p = parse(kGood);
        QVERIFY2(p.content, qPrintable(p.errors.join(u'\n')));
        const HandoutContent &h = *p.content;
        QCOMPARE(h.id, u"sample"_s);
        QCOMPARE(h.title, u"A sample handout"_s);
        QCOMPARE(h.language, u"en"_s);
        QCOMPARE(h.kind, Kind::Library);
        QCOMPARE(h.revision, 3);
        QVERIFY(h.isReviewed());
        QCOMPARE(h.reviewedOn, QDate(2026, 11, 2));
        QCOMPARE(h.sources.size(), 2);
        QCOMPARE(h.numbers.size(), 1);
        QCOMPARE(h.numbers.first().phrase, u"first 6 weeks"_s);
        QVERIFY(!h.isTranslation());
        QVERIFY(!h.isTranslationPending());

        QCOMPARE(h.blocks.size(), 8);
        QCOMPARE(h.blocks.at(0).kind, Block::Kind::Paragraph);
        QCOMPARE(h.blocks.at(1).kind, Block::Kind::Heading);
        QCOMPARE(h.blocks.at(1).text(), u"Keep moving"_s);
        const Block &para = h.blocks.at(2);
        QCOMPARE(para.text(), u"Walk every day and rest a little. In the first 6 weeks you may not need a scan."_s);
        QCOMPARE(para.runs.at(1), (Run{u"every"_s, true, false}));
        QCOMPARE(para.runs.at(3), (Run{u"rest"_s, false, true}));
        QCOMPARE(h.blocks.at(3).kind, Block::Kind::Bullet);
        QCOMPARE(h.blocks.at(3).text(), u"First point that wraps"_s);
        QCOMPARE(h.blocks.at(4).text(), u"Second *point*"_s);
        QCOMPARE(h.blocks.at(5).kind, Block::Kind::Subheading);
        QCOMPARE(h.blocks.at(7).kind, Block::Kind::Numbered);
        QCOMPARE(h.blocks.at(7).number, 2);
    }

    void badFrontMatterNamesFileAndField_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected"); // a part of one error message
        const QByteArray g(kGood);
        QTest::newRow("no front matter") << QByteArray("Just text\n") << u"sample.md: front matter: missing"_s;
        QTest::newRow("not closed") << QByteArray("---\nid: sample\n") << u"sample.md: front matter: not closed"_s;
        QTest::newRow("unknown field") << withField(g, "revision: 3\n", "revision: 3\nauthor: me\n")
                                       << u"sample.md: author: unknown field"_s;
        QTest::newRow("field twice") << withField(g, "revision: 3\n", "revision: 3\nrevision: 4\n")
                                     << u"sample.md: revision: given twice"_s;
        QTest::newRow("no id") << withField(g, "id: sample\n", "") << u"sample.md: id: missing"_s;
        QTest::newRow("id not the file name") << withField(g, "id: sample\n", "id: other\n")
                                              << u"sample.md: id: \"other\" differs from the file name"_s;
        QTest::newRow("id not a slug") << withField(g, "id: sample\n", "id: Sample One\n") << u"sample.md: id:"_s;
        QTest::newRow("no title") << withField(g, "title: A sample handout\n", "title:\n") << u"sample.md: title: missing"_s;
        QTest::newRow("unknown language") << withField(g, "language: en\n", "language: fr\n")
                                          << u"sample.md: language: \"fr\" is not one of"_s;
        QTest::newRow("language not the folder") << withField(g, "language: en\n", "language: es\n")
                                                 << u"sample.md: language: \"es\" but the file is in the folder \"en\""_s;
        QTest::newRow("bad kind") << withField(g, "revision: 3\n", "revision: 3\nkind: poster\n") << u"sample.md: kind:"_s;
        QTest::newRow("revision zero") << withField(g, "revision: 3\n", "revision: 0\n") << u"sample.md: revision:"_s;
        QTest::newRow("revision text") << withField(g, "revision: 3\n", "revision: three\n") << u"sample.md: revision:"_s;
        QTest::newRow("no reviewer") << withField(g, "reviewed-by: Dr Alex Spine\n", "") << u"sample.md: reviewed-by: missing"_s;
        QTest::newRow("reviewer without date") << withField(g, "reviewed-on: 2026-11-02\n", "")
                                               << u"sample.md: reviewed-on: missing"_s;
        QTest::newRow("bad review date") << withField(g, "reviewed-on: 2026-11-02\n", "reviewed-on: 2 Nov\n")
                                         << u"sample.md: reviewed-on: \"2 Nov\" is not a date"_s;
        QTest::newRow("not reviewed but dated") << withField(g, "reviewed-by: Dr Alex Spine\n", "reviewed-by: not yet reviewed\n")
                                                << u"sample.md: reviewed-on: must be absent"_s;
        QTest::newRow("no sources") << withField(g, "  - NICE NG59, keep active (pathways.md §3) [V]\n  - What the clinic does [rule]\n", "")
                                    << u"sample.md: sources: missing"_s;
        QTest::newRow("recalled source") << withField(g, "keep active (pathways.md §3) [V]", "bed rest 48 hours [R]")
                                         << u"sample.md: sources.1: \"NICE NG59, bed rest 48 hours [R]\" must end with [V] or [rule]"_s;
        QTest::newRow("list with a value") << withField(g, "sources:\n", "sources: NICE\n") << u"sample.md: sources: must be a list"_s;
        QTest::newRow("stray list item") << withField(g, "revision: 3\n", "revision: 3\n  - loose\n")
                                         << u"sample.md: line 6: a list item outside"_s;
        QTest::newRow("not key value") << withField(g, "revision: 3\n", "revision: 3\njust words\n")
                                       << u"sample.md: line 6: expected \"field: value\""_s;
        QTest::newRow("number item without quotes") << withField(g, "\"first 6 weeks\"", "first 6 weeks")
                                                    << u"sample.md: numbers.1: expected \"phrase\""_s;
        QTest::newRow("number cited secondary") << withField(g, "(pathways.md §5.1) [V]", "(pathways.md §5.1) [S]")
                                                << u"sample.md: numbers.1: the source of \"first 6 weeks\" must end with [V]"_s;
        QTest::newRow("translation field in English") << withField(g, "revision: 3\n", "revision: 3\nsource-revision: 1\n")
                                                      << u"sample.md: source-revision: only a translation"_s;
    }

    void badFrontMatterNamesFileAndField()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        const Parsed p = parse(file);
        QVERIFY(!p.content);
        const bool found = std::any_of(p.errors.begin(), p.errors.end(), [&](const QString &e) { return e.contains(expected); });
        QVERIFY2(found, qPrintable(u"expected \"%1\" in:\n%2"_s.arg(expected, p.errors.join(u'\n'))));
    }

    void badBodyNamesTheLine_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("level-1 heading") << QByteArray("# Title\n") << u"line 15: a level-1 heading"_s;
        QTest::newRow("table") << QByteArray("| a | b |\n") << u"line 15: only ## and ### headings"_s;
        QTest::newRow("star bullet") << QByteArray("* item\n") << u"line 15: only ## and ###"_s;
        QTest::newRow("link") << QByteArray("See [this](https://example.org).\n") << u"line 15: links and images"_s;
        QTest::newRow("html") << QByteArray("Text <b>bold</b>\n") << u"line 15: HTML"_s;
        QTest::newRow("code") << QByteArray("Run `this`\n") << u"line 15: code marks"_s;
        QTest::newRow("unclosed bold") << QByteArray("Some **bold text\n") << u"line 15: an emphasis mark"_s;
        QTest::newRow("uncited number") << QByteArray("Take 2 tablets.\n") << u"line 15: the number \"2\" has no citation"_s;
        QTest::newRow("uncited number beside a cited one") << QByteArray("In the first 6 weeks, or 6 weeks later.\n")
                                                           << u"the number \"6\" has no citation"_s;
        QTest::newRow("empty body") << QByteArray("\n\n") << u"sample.md: body: empty"_s;
    }

    void badBodyNamesTheLine()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QByteArray file(kGood);
        file.truncate(file.indexOf("---\n\nIntro") + 4);
        file += "\n" + body;
        const Parsed p = parse(file);
        QVERIFY(!p.content);
        const bool found = std::any_of(p.errors.begin(), p.errors.end(), [&](const QString &e) { return e.contains(expected); });
        QVERIFY2(found, qPrintable(u"expected \"%1\" in:\n%2"_s.arg(expected, p.errors.join(u'\n'))));
    }

    void declaredNumberMustBeUsed()
    {
        const Parsed p = parse(withField(kGood, "In the first 6 weeks you may not need a scan.", "You may not need a scan."));
        QVERIFY(!p.content);
        QVERIFY2(p.errors.join(u'\n').contains(u"sample.md: numbers: \"first 6 weeks\" does not appear in the text"_s),
                 qPrintable(p.errors.join(u'\n')));
    }

    void libraryListsOnlyGoodAndPrintableFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray good(kGood);
        QVERIFY(write(dir.filePath(u"en/sample.md"_s), good));
        QVERIFY(write(dir.filePath(u"en/broken.md"_s), withField(good, "id: sample\n", "id: broken\nrevision: 9\n")));
        QVERIFY(write(dir.filePath(u"en/binary.md"_s), QByteArray("\x00\x01\x02---", 6)));
        // Spanish: one reviewed translation, one draft, one out of date.
        const QByteArray es = withField(withField(good, "language: en\n", "language: es\n"), "revision: 3\n",
                                        "revision: 1\ntranslated-by: T. Traductora\ntranslation-reviewed-by: R. Revisora\n"
                                        "translation-reviewed-on: 2026-11-10\nsource-revision: 3\n");
        QVERIFY(write(dir.filePath(u"es/sample.md"_s), es));
        QVERIFY(write(dir.filePath(u"en/second.md"_s), withField(good, "id: sample\n", "id: second\n")));
        QVERIFY(write(dir.filePath(u"es/second.md"_s),
                      withField(withField(es, "id: sample\n", "id: second\n"), "translation-reviewed-by: R. Revisora\ntranslation-reviewed-on: 2026-11-10\n",
                                "translation-reviewed-by: not yet reviewed\n")));
        QVERIFY(write(dir.filePath(u"en/third.md"_s), withField(good, "id: sample\n", "id: third\n")));
        QVERIFY(write(dir.filePath(u"es/third.md"_s), withField(withField(es, "id: sample\n", "id: third\n"), "source-revision: 3", "source-revision: 2")));

        const HandoutLibrary lib = HandoutLibrary::load(dir.path());
        const QString errors = lib.errors().join(u'\n');
        QVERIFY2(errors.contains(u"broken.md: revision: given twice"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"binary.md: front matter: missing"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"es/third.md: source-revision: translates English revision 2"_s), qPrintable(errors));
        QCOMPARE(lib.errors().size(), 3);

        QCOMPARE(lib.handouts(u"en"_s).size(), 3);
        QList<QString> es_ids;
        for (const HandoutContent *h : lib.handouts(u"es"_s))
            es_ids << h->id;
        es_ids.sort();
        // Issue 8: a translation pending review is offered (it prints with the notice); the
        // out-of-date one is not.
        QCOMPARE(es_ids, (QList<QString>{u"sample"_s, u"second"_s}));
        QVERIFY(!lib.find(u"es"_s, u"sample"_s)->isTranslationPending());
        QCOMPARE(lib.find(u"es"_s, u"sample"_s)->translationReviewedOn, QDate(2026, 11, 10));
        QVERIFY(lib.find(u"es"_s, u"second"_s)->isTranslationPending());
        QVERIFY(!lib.find(u"es"_s, u"third"_s));
        int translates = 0;
        int current = 0;
        QVERIFY(lib.isOutOfDate(u"es"_s, u"third"_s, &translates, &current));
        QCOMPARE(translates, 2);
        QCOMPARE(current, 3);
        QVERIFY(!lib.isOutOfDate(u"es"_s, u"second"_s));
        QVERIFY(!lib.find(u"en"_s, u"broken"_s));
    }

    void missingFolderIsAnErrorNotACrash()
    {
        const HandoutLibrary lib = HandoutLibrary::load(u"/nonexistent/handouts"_s);
        QVERIFY(lib.all().isEmpty());
        QCOMPARE(lib.errors().size(), 1);
    }

    void visitTextKeysAreChecked()
    {
        auto p = parse(visitTextFile(u"en"_s), u"handouts/en/visit-handout.md"_s);
        QVERIFY2(p.content, qPrintable(p.errors.join(u'\n')));
        QVERIFY2(checkVisitText(*p.content).isEmpty(), qPrintable(checkVisitText(*p.content).join(u'\n')));

        QByteArray bad = visitTextFile(u"en"_s, u"\n## item.unheard-of\n\nText\n"_s);
        bad.replace("## next.copy-surgeon\n\nText {name}\n", "## next.copy-surgeon\n\nText without the name\n");
        bad.replace("## goals.none\n\nText \n", "## goals.none\n\nText {goal}\n");
        bad.replace("## label.note\n\nText \n", "");
        p = parse(bad, u"handouts/en/visit-handout.md"_s);
        QVERIFY2(p.content, qPrintable(p.errors.join(u'\n')));
        const QString errors = checkVisitText(*p.content).join(u'\n');
        QVERIFY2(errors.contains(u"visit-handout.md: item.unheard-of: unknown key"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"visit-handout.md: next.copy-surgeon: the text must contain {name}"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"visit-handout.md: goals.none: {goal} is not filled in here"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"visit-handout.md: label.note: missing"_s), qPrintable(errors));

        // The diagnosis words are translation-only: English takes them from the catalogue.
        const QString dx = diagnosisKey(u"lumbar-stenosis"_s);
        p = parse(visitTextFile(u"en"_s, u"\n## "_s + dx + u"\n\nNarrow.\n"_s), u"handouts/en/visit-handout.md"_s);
        QVERIFY2(p.content, qPrintable(p.errors.join(u'\n')));
        QVERIFY2(checkVisitText(*p.content).join(u'\n').contains(u"visit-handout.md: "_s + dx + u": only a translation"_s),
                 qPrintable(checkVisitText(*p.content).join(u'\n')));
        p = parse(visitTextFile(u"es"_s), u"handouts/es/visit-handout.md"_s);
        QVERIFY2(p.content, qPrintable(p.errors.join(u'\n')));
        QVERIFY2(checkVisitText(*p.content).isEmpty(), qPrintable(checkVisitText(*p.content).join(u'\n')));
        QByteArray es = visitTextFile(u"es"_s);
        es.replace(QByteArray("## " + dx.toUtf8() + "\n\nText \n"), "");
        p = parse(es, u"handouts/es/visit-handout.md"_s);
        QVERIFY2(p.content, qPrintable(p.errors.join(u'\n')));
        QVERIFY2(checkVisitText(*p.content).join(u'\n').contains(u"es/visit-handout.md: "_s + dx + u": missing"_s),
                 qPrintable(checkVisitText(*p.content).join(u'\n')));

        // The exercise sheet's wording has its own keys, the dose words among them.
        p = parse(visitTextFile(u"en"_s, {}, kExerciseSheetTextId), u"handouts/en/exercise-sheet.md"_s);
        QVERIFY2(p.content, qPrintable(p.errors.join(u'\n')));
        QVERIFY2(checkVisitText(*p.content).isEmpty(), qPrintable(checkVisitText(*p.content).join(u'\n')));
        QByteArray sheet = visitTextFile(u"en"_s, {}, kExerciseSheetTextId);
        sheet.replace("## dose.sets-of\n\nText {n} {repetitions}\n", "## dose.sets-of\n\nText {n}\n");
        p = parse(sheet, u"handouts/en/exercise-sheet.md"_s);
        QVERIFY2(p.content, qPrintable(p.errors.join(u'\n')));
        QVERIFY2(checkVisitText(*p.content).join(u'\n').contains(u"exercise-sheet.md: dose.sets-of: the text must contain {repetitions}"_s),
                 qPrintable(checkVisitText(*p.content).join(u'\n')));
        // A visit-text file of no known document.
        p = parse(visitTextFile(u"en"_s, u"\n## intro\n\nText\n"_s, u"poster"_s), u"handouts/en/poster.md"_s);
        QVERIFY2(p.content, qPrintable(p.errors.join(u'\n')));
        QVERIFY2(checkVisitText(*p.content).join(u'\n').contains(u"poster.md: id: \"poster\" has no list of keys"_s),
                 qPrintable(checkVisitText(*p.content).join(u'\n')));

        // A library file is not visit text; a visit-text key given twice is a parse error.
        QVERIFY(!checkVisitText(*parse(kGood).content).isEmpty());
        p = parse(visitTextFile(u"en"_s, u"\n## intro\n\nAgain\n"_s), u"handouts/en/visit-handout.md"_s);
        QVERIFY(!p.content);
        QVERIFY(p.errors.join(u'\n').contains(u"the key \"intro\" is given twice"_s));
    }

    // Issue 8: every English file has a Spanish translation that loads strictly, matches the
    // English revision, is marked pending review, has the same keys or the same blocks in the
    // same order, states the same numbers with the same citations, keeps its sentences short,
    // and never leaves an English text in place.
    void bundledSpanish()
    {
        const HandoutLibrary &lib = HandoutLibrary::bundled();
        QVERIFY2(lib.errors().isEmpty(), qPrintable(lib.errors().join(u'\n')));
        int files = 0;
        for (const HandoutContent &en : lib.all()) {
            if (en.language != u"en")
                continue;
            ++files;
            const HandoutContent *es = lib.find(u"es"_s, en.id);
            QVERIFY2(es, qPrintable(u"no Spanish file for "_s + en.id));
            const QByteArray where = es->fileName.toUtf8();
            QCOMPARE(es->kind, en.kind);
            QCOMPARE(es->sourceRevision, en.revision);
            QVERIFY2(es->isTranslationPending(), where.constData());
            QVERIFY2(es->translatedBy.contains(u"not a qualified medical translator"_s), where.constData());
            QCOMPARE(es->translationReviewedBy, notYetReviewed());
            QVERIFY2(es->title != en.title, where.constData());
            QCOMPARE(es->sources, en.sources + (es->id == kVisitTextId ? QStringList{es->sources.last()} : QStringList{}));
            // The same numbers with the same citations, in Spanish phrases.
            QCOMPARE(es->numbers.size(), en.numbers.size());
            static const QRegularExpression digits(u"\\d+"_s);
            for (int i = 0; i < en.numbers.size(); ++i) {
                QCOMPARE(es->numbers.at(i).citation, en.numbers.at(i).citation);
                QCOMPARE(digits.match(es->numbers.at(i).phrase).captured(), digits.match(en.numbers.at(i).phrase).captured());
                QVERIFY(es->numbers.at(i).phrase != en.numbers.at(i).phrase);
            }
            if (en.kind == Kind::VisitText) {
                QStringList expected = keysOf(en);
                for (const VisitTextKey &k : textKeys(en.id))
                    if (k.presence == VisitTextKey::Presence::TranslationOnly)
                        expected << k.key;
                QCOMPARE(keysOf(*es), expected);
                for (const QString &key : keysOf(en)) {
                    QStringList a;
                    QStringList b;
                    for (const Block &x : en.parts.value(key))
                        a << x.text();
                    for (const Block &x : es->parts.value(key))
                        b << x.text();
                    QCOMPARE(es->parts.value(key).size(), en.parts.value(key).size());
                    // Only a text made of placeholders alone ("{n}") may read the same.
                    if (a.join(u' ').contains(QRegularExpression(u"[A-Za-z]{3}"_s)) && key != u"goal")
                        QVERIFY2(a != b, qPrintable(en.id + u": "_s + key));
                }
            } else {
                QCOMPARE(es->blocks.size(), en.blocks.size());
                for (int i = 0; i < en.blocks.size(); ++i) {
                    QCOMPARE(es->blocks.at(i).kind, en.blocks.at(i).kind);
                    QVERIFY2(es->blocks.at(i).text() != en.blocks.at(i).text(), qPrintable(es->blocks.at(i).text()));
                }
            }
            // Short sentences: a project check, not a reading formula (no Spanish formula is
            // implemented, §4.1); Spanish runs longer, but not by more than 30 %.
            const ReadabilityStats se = measureBlocks(QStringList{en.title} + en.readableBlocks());
            const ReadabilityStats ss = measureBlocks(QStringList{es->title} + es->readableBlocks());
            const double enLength = double(se.words) / se.sentences;
            const double esLength = double(ss.words) / ss.sentences;
            qInfo("%s: %.1f words a sentence in English, %.1f in Spanish", qPrintable(en.id), enLength, esLength);
            QVERIFY2(esLength <= enLength * 1.3, where.constData());
        }
        QCOMPARE(files, 7);
        QCOMPARE(lib.handouts(u"es"_s).size(), lib.handouts(u"en"_s).size());
        QCOMPARE(pendingTranslationNotice(u"es"_s), u"Traducción pendiente de revisión por un traductor médico calificado."_s);
        QVERIFY(pendingTranslationNotice(u"en"_s).isEmpty());
        QVERIFY(pendingTranslationNotice(u"fr"_s).isEmpty());
    }

    void everyPrintedPlanKindHasAPlace()
    {
        for (Plans::ItemKind k : Plans::itemKinds()) {
            if (handoutPlace(k) == HandoutPlace::NotPrinted)
                QVERIFY(itemKey(k).isEmpty());
        }
        QCOMPARE(handoutPlace(Plans::ItemKind::RequestToPrimary), HandoutPlace::NotPrinted);
        QCOMPARE(handoutPlace(Plans::ItemKind::Nsaid), HandoutPlace::Medicines);
        QCOMPARE(itemKey(Plans::ItemKind::PhysicalTherapy), u"item.physical-therapy"_s);
    }

    // The bundled files load without errors, and each reads at grade 8 or below.
    void bundledHandouts()
    {
        const HandoutLibrary &lib = HandoutLibrary::bundled();
        QVERIFY2(lib.errors().isEmpty(), qPrintable(lib.errors().join(u'\n')));
        QStringList ids;
        for (const HandoutContent *h : lib.handouts(u"en"_s))
            ids << h->id;
        ids.sort();
        QCOMPARE(ids, (QStringList{u"back-pain-and-scans"_s, u"looking-after-your-back"_s, u"sciatica"_s,
                                   u"what-to-expect"_s, u"when-to-get-help"_s}));
        const HandoutContent *visit = lib.find(u"en"_s, kVisitTextId);
        QVERIFY(visit);
        QCOMPARE(visit->kind, Kind::VisitText);
        QVERIFY(lib.find(u"en"_s, kExerciseSheetTextId));

        // The Flesch-Kincaid grade is an English formula (letter-and-handouts.md §4.1); the
        // Spanish files are held to their English source's shape instead (bundledSpanish).
        for (const HandoutContent &h : lib.all()) {
            if (h.language != u"en")
                continue;
            const ReadabilityStats s = measureBlocks(QStringList{h.title} + h.readableBlocks());
            const double grade = s.fleschKincaidGrade();
            qInfo("%s/%s: grade %.1f, reading ease %.0f (%d sentences, %d words, %d syllables)", qPrintable(h.language),
                  qPrintable(h.id), grade, s.fleschReadingEase(), s.sentences, s.words, s.syllables);
            QVERIFY2(grade <= 8.0, qPrintable(u"%1 reads at grade %2"_s.arg(h.fileName).arg(grade, 0, 'f', 1)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHandoutContent)
#include "tst_handoutcontent.moc"
