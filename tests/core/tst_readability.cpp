// Reading level of patient text: the English syllable counter against words whose syllables
// are known, sentence and word splitting (abbreviations, decimals, Markdown headings, bullets
// and tables), and the Flesch-Kincaid grade and Flesch reading ease on texts counted by hand.
#include "core/readability.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestReadability : public QObject
{
    Q_OBJECT

private slots:
    void syllables_data();
    void syllables();
    void words();
    void sentences_data();
    void sentences();
    void markdownBlocks_data();
    void markdownBlocks();
    void plainTextBlocks();
    void formula();
    void knownTexts_data();
    void knownTexts();
    void markdownMarkupDoesNotCount();
    void emptyText();
};

void TestReadability::syllables_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("expected");
    // Syllable counts as a dictionary divides the word.
    const QList<std::pair<QString, int>> words = {
        {u"a"_s, 1}, {u"the"_s, 1}, {u"cat"_s, 1}, {u"back"_s, 1}, {u"pain"_s, 1}, {u"you"_s, 1},
        {u"yes"_s, 1}, {u"day"_s, 1}, {u"eye"_s, 1}, {u"eyes"_s, 1},
        // silent e, -es and -ed
        {u"make"_s, 1}, {u"makes"_s, 1}, {u"while"_s, 1}, {u"where"_s, 1}, {u"there"_s, 1},
        {u"care"_s, 1}, {u"nerve"_s, 1}, {u"times"_s, 1}, {u"walked"_s, 1}, {u"called"_s, 1},
        {u"used"_s, 1}, {u"tired"_s, 1}, {u"needed"_s, 2}, {u"started"_s, 2}, {u"handled"_s, 2},
        {u"hundred"_s, 2}, {u"uses"_s, 2}, {u"changes"_s, 2}, {u"places"_s, 2}, {u"boxes"_s, 2},
        {u"active"_s, 2}, {u"before"_s, 2}, {u"because"_s, 2}, {u"medicines"_s, 3},
        {u"exercises"_s, 4},
        // -le and -re after a consonant
        {u"table"_s, 2}, {u"tables"_s, 2}, {u"simple"_s, 2}, {u"little"_s, 2}, {u"people"_s, 2},
        {u"muscle"_s, 2}, {u"whole"_s, 1}, {u"centre"_s, 2},
        // vowels said apart
        {u"diagnosis"_s, 4}, {u"trial"_s, 2}, {u"social"_s, 2}, {u"especially"_s, 4},
        {u"radio"_s, 3}, {u"period"_s, 3}, {u"nation"_s, 2}, {u"million"_s, 2},
        {u"serious"_s, 3}, {u"various"_s, 3}, {u"anxious"_s, 2}, {u"quiet"_s, 2},
        {u"science"_s, 2}, {u"patient"_s, 2}, {u"friend"_s, 1}, {u"believe"_s, 2},
        {u"worried"_s, 2}, {u"easier"_s, 3}, {u"experience"_s, 4}, {u"usual"_s, 3},
        {u"actually"_s, 4}, {u"language"_s, 2}, {u"situation"_s, 4}, {u"true"_s, 1},
        {u"issue"_s, 2}, {u"fuel"_s, 2}, {u"continued"_s, 3}, {u"question"_s, 2},
        {u"being"_s, 2}, {u"doing"_s, 2}, {u"going"_s, 2}, {u"saying"_s, 2},
        {u"beyond"_s, 2}, {u"money"_s, 2}, {u"area"_s, 3}, {u"idea"_s, 3},
        // compounds and suffixes after a silent e
        {u"someone"_s, 2}, {u"sometimes"_s, 2}, {u"something"_s, 2}, {u"everyone"_s, 3},
        {u"anything"_s, 3}, {u"homework"_s, 2}, {u"safely"_s, 2}, {u"safety"_s, 2},
        {u"likely"_s, 2}, {u"movement"_s, 2}, {u"careful"_s, 2}, {u"completely"_s, 3},
        {u"immediately"_s, 5}, {u"therefore"_s, 2},
        // longer words
        {u"appointment"_s, 3}, {u"emergency"_s, 4}, {u"department"_s, 3},
        {u"physiotherapy"_s, 6}, {u"radiculopathy"_s, 6}, {u"irritation"_s, 4},
        {u"spinal"_s, 2}, {u"clinician"_s, 3}, {u"physician"_s, 3}, {u"medication"_s, 4},
        {u"sciatica"_s, 4}, {u"opioids"_s, 3}, {u"epidural"_s, 4}, {u"genitals"_s, 3}, {u"anxiety"_s, 4},
        {u"guidance"_s, 2}, {u"urine"_s, 2}, {u"steroid"_s, 2}, {u"bladder"_s, 2}, {u"weakness"_s, 2}, {u"numbness"_s, 2}, {u"bottom"_s, 2},
        // contractions, hyphens, initialisms, digits, accents
        {u"don't"_s, 1}, {u"can't"_s, 1}, {u"isn't"_s, 2}, {u"doesn't"_s, 2},
        {u"couldn't"_s, 2}, {u"aren't"_s, 1}, {u"you'll"_s, 1}, {u"we're"_s, 1},
        {u"it\u2019s"_s, 1}, {u"follow-up"_s, 3}, {u"X-ray"_s, 2}, {u"MRI"_s, 3},
        {u"CT"_s, 2}, {u"GP"_s, 2}, {u"STOP"_s, 1}, {u"911"_s, 3}, {u"6"_s, 1},
        {u"café"_s, 2}, {u"--"_s, 0},
    };
    for (const auto &[word, n] : words)
        QTest::newRow(qPrintable(word)) << word << n;
}

void TestReadability::syllables()
{
    QFETCH(QString, word);
    QFETCH(int, expected);
    QCOMPARE(englishSyllables(word), expected);
}

void TestReadability::words()
{
    QCOMPARE(readabilityWords(u"Don't stay in bed — keep moving: walk, swim or cycle."_s),
             (QStringList{u"Don't"_s, u"stay"_s, u"in"_s, u"bed"_s, u"keep"_s, u"moving"_s, u"walk"_s,
                          u"swim"_s, u"or"_s, u"cycle"_s}));
    QCOMPARE(readabilityWords(u"• A follow-up visit, in 2–3 weeks."_s),
             (QStringList{u"A"_s, u"follow-up"_s, u"visit"_s, u"in"_s, u"2"_s, u"3"_s, u"weeks"_s}));
    QCOMPARE(readabilityWords(u"- 'quoted' -dash- and/or"_s),
             (QStringList{u"quoted"_s, u"dash"_s, u"and"_s, u"or"_s}));
}

void TestReadability::sentences_data()
{
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("full stops, ! and ?") << QStringList{u"Walk every day. Keep going! Is it safe? Yes."_s}
                                          << QStringList{u"Walk every day."_s, u"Keep going!"_s, u"Is it safe?"_s, u"Yes."_s};
    QTest::newRow("abbreviations") << QStringList{u"Dr. Lee will see you. Use heat, e.g. a warm pack, if it helps."_s}
                                   << QStringList{u"Dr. Lee will see you."_s, u"Use heat, e.g. a warm pack, if it helps."_s};
    QTest::newRow("decimals and web addresses") << QStringList{u"Take 2.5 mg. See nhs.uk for more."_s}
                                                << QStringList{u"Take 2.5 mg."_s, u"See nhs.uk for more."_s};
    QTest::newRow("closing quote and bracket") << QStringList{u"Say \"stop.\" Then rest (for a bit.) Go on."_s}
                                               << QStringList{u"Say \"stop.\""_s, u"Then rest (for a bit.)"_s, u"Go on."_s};
    QTest::newRow("block ends a sentence") << QStringList{u"When to get help"_s, u"You cannot pass urine"_s, u"Call us"_s}
                                           << QStringList{u"When to get help"_s, u"You cannot pass urine"_s, u"Call us"_s};
    QTest::newRow("colon does not") << QStringList{u"Go now if: you feel numb."_s} << QStringList{u"Go now if: you feel numb."_s};
    QTest::newRow("no words, no sentence") << QStringList{u"—"_s, u"  "_s, u"..."_s} << QStringList{};
}

void TestReadability::sentences()
{
    QFETCH(QStringList, blocks);
    QFETCH(QStringList, expected);
    QCOMPARE(readabilitySentences(blocks), expected);
}

void TestReadability::markdownBlocks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("heading, paragraph, list")
        << u"# Looking after your back\n\nKeep moving.\nIt helps you get better.\n\n- Walk\n- Swim and\n  cycle\n1. First\n2) Second\n"_s
        << QStringList{u"Looking after your back"_s, u"Keep moving. It helps you get better."_s, u"Walk"_s,
                       u"Swim and cycle"_s, u"First"_s, u"Second"_s};
    QTest::newRow("emphasis, links, images, html")
        << u"**Go** to the *emergency* _department_ [today](https://example.org). ![a picture](x.png)<br/>Now.\n"_s
        << QStringList{u"Go to the emergency department today. Now."_s};
    QTest::newRow("setext heading and rules") << u"Title\n=====\n\nText.\n\n---\n\n***\nMore text.\n"_s
                                              << QStringList{u"Title"_s, u"Text."_s, u"More text."_s};
    QTest::newRow("table") << u"| Symptom | What to do |\n|---|:--:|\n| Fever | Call us |\n"_s
                           << QStringList{u"Symptom"_s, u"What to do"_s, u"Fever"_s, u"Call us"_s};
    QTest::newRow("quote and code fence") << u"> Keep active.\n\n```\nnot text\n```\nAfter.\n"_s
                                          << QStringList{u"Keep active."_s, u"After."_s};
    QTest::newRow("snake_case stays") << u"a file_name here\n"_s << QStringList{u"a file_name here"_s};
}

void TestReadability::markdownBlocks()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, expected);
    QCOMPARE(SpineDesk::markdownBlocks(markdown), expected);
}

void TestReadability::plainTextBlocks()
{
    // pdftotext output: wrapped lines join, blank lines and bullets start a block.
    const QString text = u"When to get help\n\nGo to the emergency department today if you\ncannot pass urine.\n• You feel numb\n• Your legs are weak\n"_s;
    QCOMPARE(SpineDesk::plainTextBlocks(text),
             (QStringList{u"When to get help"_s, u"Go to the emergency department today if you cannot pass urine."_s,
                          u"You feel numb"_s, u"Your legs are weak"_s}));
}

void TestReadability::formula()
{
    ReadabilityStats s;
    s.sentences = 10;
    s.words = 150;
    s.syllables = 210;
    // 0.39 × 15 + 11.8 × 1.4 − 15.59 = 5.85 + 16.52 − 15.59
    QVERIFY(qAbs(s.fleschKincaidGrade() - 6.78) < 1e-9);
    // 206.835 − 1.015 × 15 − 84.6 × 1.4
    QVERIFY(qAbs(s.fleschReadingEase() - 73.17) < 1e-9);
}

void TestReadability::knownTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("sentences");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("syllables");
    QTest::addColumn<double>("grade");
    QTest::addColumn<double>("ease");
    // One-syllable words: diction's `style` gives Kincaid -1.4 and Flesch 116.1 for this line.
    QTest::newRow("cat") << u"The cat sat on the mat."_s << 1 << 6 << 6 << -1.45 << 116.145;
    // ra-dic-u-lop-a-thy (6) is (1) ir-ri-ta-tion (4) of (1) a (1) spi-nal (2) nerve (1) root (1)
    QTest::newRow("clinical") << u"Radiculopathy is irritation of a spinal nerve root."_s << 1 << 8 << 17
                              << 0.39 * 8 + 11.8 * 17 / 8 - 15.59 << 206.835 - 1.015 * 8 - 84.6 * 17 / 8;
    // Keep (1) mov-ing (2). It (1) helps (1) your (1) back (1) get (1) bet-ter (2).
    // Rest (1) for (1) a (1) day (1) or (1) two (1) if (1) you (1) need (1) to (1).
    QTest::newRow("plain") << u"Keep moving. It helps your back get better.\n\nRest for a day or two if you need to."_s
                           << 3 << 18 << 20 << 0.39 * 18 / 3 + 11.8 * 20 / 18 - 15.59
                           << 206.835 - 1.015 * 18 / 3 - 84.6 * 20 / 18;
}

void TestReadability::knownTexts()
{
    QFETCH(QString, text);
    QFETCH(int, sentences);
    QFETCH(int, words);
    QFETCH(int, syllables);
    QFETCH(double, grade);
    QFETCH(double, ease);
    const ReadabilityStats s = measurePlainText(text);
    QCOMPARE(s.sentences, sentences);
    QCOMPARE(s.words, words);
    QCOMPARE(s.syllables, syllables);
    QVERIFY2(qAbs(s.fleschKincaidGrade() - grade) < 1e-9, qPrintable(QString::number(s.fleschKincaidGrade())));
    QVERIFY2(qAbs(s.fleschReadingEase() - ease) < 1e-9, qPrintable(QString::number(s.fleschReadingEase())));
}

void TestReadability::markdownMarkupDoesNotCount()
{
    // The same words with and without markup measure the same.
    const QString plain = u"Looking after your back\n\nKeep moving. It helps.\n\nWalk\n\nSwim"_s;
    const QString markdown = u"## Looking after *your* back\n\n**Keep moving.** It [helps](https://example.org).\n\n- Walk\n- Swim\n"_s;
    const ReadabilityStats a = measurePlainText(plain);
    const ReadabilityStats b = measureMarkdown(markdown);
    QCOMPARE(b.sentences, 5);
    QCOMPARE(a.sentences, b.sentences);
    QCOMPARE(a.words, b.words);
    QCOMPARE(a.syllables, b.syllables);
}

void TestReadability::emptyText()
{
    const ReadabilityStats s = measureMarkdown(u"# \n\n---\n"_s);
    QVERIFY(s.isEmpty());
    QCOMPARE(s.fleschKincaidGrade(), 0.0);
    QCOMPARE(s.fleschReadingEase(), 0.0);
}

QTEST_GUILESS_MAIN(TestReadability)
#include "tst_readability.moc"
