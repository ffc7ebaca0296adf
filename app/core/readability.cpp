#include "core/readability.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

// Words the rules below get wrong and that patient text uses.
const QHash<QString, int> &syllableExceptions()
{
    static const QHash<QString, int> words = {
        {u"area"_s, 3},      {u"areas"_s, 3},    {u"idea"_s, 3},       {u"ideas"_s, 3},
        {u"create"_s, 2},    {u"created"_s, 3},  {u"creates"_s, 2},    {u"every"_s, 2},
        {u"maybe"_s, 2},     {u"video"_s, 3},    {u"videos"_s, 3},     {u"fluid"_s, 2},
        {u"fluids"_s, 2},    {u"recipe"_s, 3},   {u"aren't"_s, 1},     {u"weren't"_s, 1},
        {u"haven't"_s, 2},   {u"poem"_s, 2},     {u"senior"_s, 2},     {u"people"_s, 2},
        {u"business"_s, 2},  {u"wednesday"_s, 2}, {u"different"_s, 3}, {u"family"_s, 3},
        {u"element"_s, 3},   {u"naive"_s, 2},    {u"sciatica"_s, 4},   {u"opioid"_s, 3},
        {u"react"_s, 2},     {u"reaction"_s, 3}, {u"theory"_s, 3},
    };
    return words;
}

// Words whose silent e sits inside: "some|one", "every|thing", "home|work", "life|style".
const QStringList &compoundHeads()
{
    static const QStringList heads = {u"some"_s, u"every"_s, u"any"_s, u"home"_s, u"life"_s,
                                      u"care"_s, u"safe"_s, u"time"_s, u"there"_s};
    return heads;
}

// Suffixes after which a stem's final silent e stays silent: "safe|ly", "move|ment".
const QStringList &silentESuffixes()
{
    static const QStringList suffixes = {u"ments"_s, u"ment"_s, u"ness"_s, u"less"_s,
                                         u"fully"_s, u"ful"_s, u"ly"_s, u"ty"_s};
    return suffixes;
}

bool plainVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

// y is a vowel except at the start before a vowel ("yes") and between vowels ("player").
bool isVowelAt(const QString &w, qsizetype i)
{
    const QChar c = w.at(i);
    // u after q, and after g before a vowel, is a consonant: "quiet", "guess", "language".
    if (c == u'u' && i > 0
        && (w.at(i - 1) == u'q' || (w.at(i - 1) == u'g' && i + 1 < w.size() && plainVowel(w.at(i + 1)))))
        return false;
    if (plainVowel(c))
        return true;
    if (c != u'y')
        return false;
    const bool nextVowel = i + 1 < w.size() && plainVowel(w.at(i + 1));
    if (i == 0)
        return !nextVowel;
    return !(nextVowel && plainVowel(w.at(i - 1)));
}

bool isConsonantAt(const QString &w, qsizetype i)
{
    return i >= 0 && i < w.size() && !isVowelAt(w, i);
}

// Syllables a vowel group gives when its letters are said apart ("di|a", "qui|et", "se|ri|ous").
int groupSyllables(const QString &w, qsizetype start, qsizetype end)
{
    const QString g = w.mid(start, end - start);
    const QChar before = start > 0 ? w.at(start - 1) : QChar();
    const QString after = w.mid(end);
    const bool afterQorG = before == u'q' || before == u'g';
    int n = 1;
    if (g == u"ia") {
        if (!(before == u'c' || before == u't' || before == u'g' || before == u's'))
            n = 2; // "media", "trial", but "social", "initial"
    } else if (g == u"io") {
        if (!after.startsWith(u'n') || start == 0)
            n = 2; // "radio", "period", but "nation", "million"
    } else if (g == u"iou" || g == u"eou") {
        if (!(before == u'c' || before == u't' || before == u'x' || before == u'g' || before == u's'))
            n = 2; // "serious", but "anxious", "delicious"
    } else if (g == u"ie") {
        const bool oneAfter = after.isEmpty() || after == u"s" || after.startsWith(u'd') || after.startsWith(u'f')
            || after.startsWith(u'l') || after.startsWith(u'c') || after.startsWith(u'v') || after.startsWith(u"nd");
        const bool oneBefore = before == u't' || (before == u'c' && !(start >= 2 && w.at(start - 2) == u's'));
        if (!oneAfter && !oneBefore)
            n = 2; // "quiet", "client", "science", "easier", but "friend", "patient", "tried"
    } else if (g == u"ua") {
        if (!afterQorG)
            n = 2; // "usual", "actual", but "quality", "language"
    } else if (g == u"ue") {
        if (!afterQorG && (after.startsWith(u'n') || after.startsWith(u'l') || after.startsWith(u't')))
            n = 2; // "fluent", "fuel", but "true", "question"
    }
    // "doing", "being", "seeing": the vowel before -ing is its own syllable.
    if (g.size() >= 2 && g.endsWith(u'i') && after == u"ng")
        n += 1;
    return n;
}

int vowelGroupSyllables(const QString &w)
{
    int n = 0;
    qsizetype i = 0;
    while (i < w.size()) {
        if (!isVowelAt(w, i)) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < w.size() && isVowelAt(w, end))
            ++end;
        n += groupSyllables(w, i, end);
        i = end;
    }
    return n;
}

// One word of lower-case letters a–z.
int letterSyllables(const QString &w);

int endingAdjustment(const QString &w, int n)
{
    const qsizetype len = w.size();
    if (n <= 1 || len < 3)
        return 0;
    // Silent final e: "make", "while", but "table", "centre", "free", "issue".
    if (w.endsWith(u'e') && isConsonantAt(w, len - 2)) {
        const QChar c = w.at(len - 2);
        if ((c == u'l' || c == u'r') && isConsonantAt(w, len - 3) && w.at(len - 3) != c)
            return 0;
        return -1;
    }
    // -es is silent after most consonants ("makes") but not after s, x, z, ch, sh, c, g
    // ("uses", "boxes", "places", "changes") nor in consonant + les/res ("tables").
    if (len > 3 && w.endsWith(u"es") && isConsonantAt(w, len - 3)) {
        const QChar c = w.at(len - 3);
        if (c == u's' || c == u'x' || c == u'z' || c == u'c' || c == u'g')
            return 0;
        if (c == u'h' && len > 4 && (w.at(len - 4) == u'c' || w.at(len - 4) == u's'))
            return 0;
        if ((c == u'l' || c == u'r') && isConsonantAt(w, len - 4) && w.at(len - 4) != c)
            return 0;
        return -1;
    }
    // -ed is silent except after t or d ("walked", but "needed") and in consonant + led ("handled").
    if (len > 3 && w.endsWith(u"ed") && isConsonantAt(w, len - 3)) {
        const QChar c = w.at(len - 3);
        if (c == u't' || c == u'd')
            return 0;
        if ((c == u'l' || c == u'r') && isConsonantAt(w, len - 4) && w.at(len - 4) != c)
            return 0; // "handled", "hundred"
        return -1;
    }
    return 0;
}

int letterSyllables(const QString &w)
{
    if (w.isEmpty())
        return 0;
    if (const auto it = syllableExceptions().constFind(w); it != syllableExceptions().cend())
        return *it;
    if (w.endsWith(u's')) {
        if (const auto it = syllableExceptions().constFind(w.chopped(1)); it != syllableExceptions().cend())
            return *it;
    }
    for (const QString &head : compoundHeads()) {
        if (w.size() >= head.size() + 3 && w.startsWith(head)) {
            const QString rest = w.mid(head.size());
            if (vowelGroupSyllables(rest) > 0)
                return letterSyllables(head) + letterSyllables(rest);
        }
    }
    for (const QString &suffix : silentESuffixes()) {
        if (w.size() < suffix.size() + 3 || !w.endsWith(suffix))
            continue;
        const QString stem = w.chopped(suffix.size());
        if (stem.endsWith(u'e') && isConsonantAt(stem, stem.size() - 2)
            && !(stem.endsWith(u"le") && isConsonantAt(stem, stem.size() - 3)))
            return letterSyllables(stem) + letterSyllables(suffix);
        break;
    }
    const int n = vowelGroupSyllables(w);
    return qMax(1, n + endingAdjustment(w, n));
}

// Lower-case ASCII letters of a word part: accents dropped ("café" → "cafe").
QString foldLetters(QStringView part)
{
    QString out;
    const QString decomposed = part.toString().normalized(QString::NormalizationForm_D);
    for (QChar c : decomposed) {
        const QChar l = c.toLower();
        if (l >= u'a' && l <= u'z')
            out += l;
    }
    return out;
}

int partSyllables(QStringView part)
{
    int digits = 0;
    bool letters = false;
    bool allUpper = true;
    int vowels = 0;
    for (QChar c : part) {
        if (c.isDigit())
            ++digits;
        if (c.isLetter()) {
            letters = true;
            if (!c.isUpper())
                allUpper = false;
            if (plainVowel(c.toLower()))
                ++vowels;
        }
    }
    if (!letters)
        return digits;
    QString word = part.toString();
    word.removeIf([](QChar c) { return c.isDigit(); });
    // Initialisms are spelled out: "MRI", "CT", "GP" (but "NICE" and "STOP" are read as words).
    if (allUpper && word.size() >= 2 && word.size() <= 4 && vowels <= 1 && !(word.size() == 4 && vowels == 1)) {
        int n = 0;
        for (QChar c : word)
            n += c.toUpper() == u'W' ? 3 : 1;
        return n + digits;
    }
    // Contractions: "isn't" adds a syllable to "is"; "don't", "can't" do not.
    const QString lower = word.toLower();
    QString plain = lower;
    plain.replace(QChar(0x2019), u'\'');
    if (const auto it = syllableExceptions().constFind(plain); it != syllableExceptions().cend())
        return *it + digits;
    if (plain.endsWith(u"n't") && plain.size() > 3) {
        // "is|n't", "could|n't" add one; "do|n't", "ca|n't", "are|n't" do not.
        const QString base = foldLetters(QStringView(plain).chopped(3));
        const bool addOne = !base.isEmpty() && !plainVowel(base.back()) && base.back() != u'y';
        return qMax(1, letterSyllables(base)) + (addOne ? 1 : 0) + digits;
    }
    // A final accented e is said: "café", "résumé".
    if (word.endsWith(QChar(0x00E9)) || word.endsWith(QChar(0x00C9)))
        return letterSyllables(foldLetters(QStringView(word).chopped(1))) + 1 + digits;
    return letterSyllables(foldLetters(word)) + digits;
}

} // namespace

double ReadabilityStats::fleschKincaidGrade() const
{
    if (isEmpty())
        return 0;
    return 0.39 * double(words) / sentences + 11.8 * double(syllables) / words - 15.59;
}

double ReadabilityStats::fleschReadingEase() const
{
    if (isEmpty())
        return 0;
    return 206.835 - 1.015 * double(words) / sentences - 84.6 * double(syllables) / words;
}

int englishSyllables(QStringView word)
{
    int n = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= word.size(); ++i) {
        if (i == word.size() || isHyphen(word.at(i))) {
            n += partSyllables(word.mid(start, i - start));
            start = i + 1;
        }
    }
    return n;
}

QStringList readabilityWords(QStringView text)
{
    QStringList words;
    const auto wordChar = [](QChar c) { return c.isLetterOrNumber() || c.isMark(); };
    qsizetype i = 0;
    while (i < text.size()) {
        if (!wordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size()) {
            const QChar c = text.at(end);
            if (wordChar(c)) {
                ++end;
            } else if ((isApostrophe(c) || isHyphen(c)) && end + 1 < text.size() && wordChar(text.at(end + 1))) {
                end += 2;
            } else {
                break;
            }
        }
        words << text.mid(i, end - i).toString();
        i = end;
    }
    return words;
}

namespace {

bool isAbbreviation(QStringView before)
{
    // The run of letters and dots that ends at the full stop.
    qsizetype start = before.size();
    while (start > 0 && (before.at(start - 1).isLetter() || before.at(start - 1) == u'.'))
        --start;
    const QString token = before.mid(start).toString().toLower();
    static const QStringList abbreviations = {u"e.g"_s, u"i.e"_s, u"dr"_s, u"mr"_s, u"mrs"_s, u"ms"_s,
                                              u"st"_s,  u"vs"_s,  u"approx"_s, u"prof"_s};
    return abbreviations.contains(token);
}

bool closesSentence(QChar c)
{
    return c == u')' || c == u'"' || c == u'\'' || c == QChar(0x201D) || c == QChar(0x2019) || c == u']'
        || c == u'*' || c == u'_';
}

} // namespace

QStringList readabilitySentences(const QStringList &blocks)
{
    QStringList sentences;
    const auto add = [&sentences](QStringView s) {
        const QString t = s.toString().simplified();
        if (!readabilityWords(t).isEmpty())
            sentences << t;
    };
    for (const QString &block : blocks) {
        const QString text = block.simplified();
        qsizetype start = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c != u'.' && c != u'!' && c != u'?' && c != QChar(0x2026))
                continue;
            qsizetype end = i + 1;
            while (end < text.size() && (text.at(end) == u'.' || text.at(end) == u'!' || text.at(end) == u'?'))
                ++end;
            while (end < text.size() && closesSentence(text.at(end)))
                ++end;
            if (end < text.size() && !text.at(end).isSpace())
                continue; // "2.5", "e.g.,", "nih.gov"
            if (c == u'.' && end == i + 1 && isAbbreviation(QStringView(text).left(i)))
                continue;
            add(QStringView(text).mid(start, end - start));
            start = end;
            i = end - 1;
        }
        add(QStringView(text).mid(start));
    }
    return sentences;
}

QStringList plainTextBlocks(const QString &text)
{
    QStringList blocks;
    QString current;
    const auto flush = [&] {
        if (!current.trimmed().isEmpty())
            blocks << current.simplified();
        current.clear();
    };
    static const QRegularExpression bullet(uR"(^\s*[•◦▪‣–\-*]\s+)"_s);
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (const auto m = bullet.match(line); m.hasMatch()) {
            flush();
            current = line.mid(m.capturedLength());
            continue;
        }
        current += u' ' + line;
    }
    flush();
    return blocks;
}

namespace {

QString inlineText(QString s)
{
    static const QRegularExpression image(uR"(!\[[^\]]*\]\([^)]*\))"_s);
    static const QRegularExpression link(uR"(\[([^\]]*)\]\([^)]*\))"_s);
    static const QRegularExpression tag(uR"(<[^>]*>)"_s);
    static const QRegularExpression underscores(uR"((^|\W)_+|_+(\W|$))"_s);
    static const QRegularExpression escape(uR"(\\(.))"_s);
    s.remove(image);
    s.replace(link, u"\\1"_s);
    s.remove(tag);
    s.remove(u'*');
    s.remove(u'`');
    s.replace(underscores, u"\\1\\2"_s);
    s.replace(escape, u"\\1"_s);
    return s.simplified();
}

} // namespace

QStringList markdownBlocks(const QString &markdown)
{
    QStringList blocks;
    QString current;
    const auto flush = [&] {
        const QString t = inlineText(current);
        if (!t.isEmpty())
            blocks << t;
        current.clear();
    };
    static const QRegularExpression heading(uR"(^#{1,6}\s+(.*?)\s*#*\s*$)"_s);
    static const QRegularExpression listItem(uR"(^\s*(?:[-*+]|\d+[.)])\s+(.*)$)"_s);
    static const QRegularExpression rule(uR"(^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+)\s*$)"_s);
    static const QRegularExpression quote(uR"(^\s*>\s?)"_s);
    static const QRegularExpression tableSeparator(uR"(^[\s|:\-]+$)"_s);
    bool inFence = false;
    const QStringList lines = markdown.split(u'\n');
    for (QString line : lines) {
        if (line.trimmed().startsWith(u"```") || line.trimmed().startsWith(u"~~~")) {
            flush();
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        line.remove(quote);
        if (line.trimmed().isEmpty() || rule.match(line).hasMatch()) {
            flush(); // a rule under a paragraph line makes it a heading: a block either way
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch()) {
            flush();
            current = m.captured(1);
            flush();
            continue;
        }
        if (line.trimmed().startsWith(u'|')) {
            flush();
            if (tableSeparator.match(line).hasMatch())
                continue;
            for (const QString &cell : line.split(u'|')) {
                current = cell;
                flush();
            }
            continue;
        }
        if (const auto m = listItem.match(line); m.hasMatch()) {
            flush();
            current = m.captured(1);
            continue;
        }
        current += u' ' + line;
    }
    flush();
    return blocks;
}

ReadabilityStats measureBlocks(const QStringList &blocks)
{
    ReadabilityStats stats;
    for (const QString &sentence : readabilitySentences(blocks)) {
        ++stats.sentences;
        for (const QString &word : readabilityWords(sentence)) {
            const int n = englishSyllables(word);
            ++stats.words;
            stats.syllables += n;
            if (n >= 3)
                ++stats.polysyllables;
        }
    }
    return stats;
}

ReadabilityStats measurePlainText(const QString &text)
{
    return measureBlocks(plainTextBlocks(text));
}

ReadabilityStats measureMarkdown(const QString &markdown)
{
    return measureBlocks(markdownBlocks(markdown));
}

} // namespace SpineDesk
