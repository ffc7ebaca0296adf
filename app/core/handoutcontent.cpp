#include "core/handoutcontent.h"

#include "core/visithandouttext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpineDesk::Handouts {

namespace {

struct HandoutText {
    Q_DECLARE_TR_FUNCTIONS(HandoutContent)
};

const QStringList &knownFields()
{
    static const QStringList fields = {u"id"_s, u"title"_s, u"language"_s, u"kind"_s, u"revision"_s,
                                       u"reviewed-by"_s, u"reviewed-on"_s, u"sources"_s, u"numbers"_s,
                                       u"translated-by"_s, u"translation-reviewed-by"_s,
                                       u"translation-reviewed-on"_s, u"source-revision"_s};
    return fields;
}

const QStringList &listFields()
{
    static const QStringList fields = {u"sources"_s, u"numbers"_s};
    return fields;
}

const QStringList &translationFields()
{
    static const QStringList fields = {u"translated-by"_s, u"translation-reviewed-by"_s,
                                       u"translation-reviewed-on"_s, u"source-revision"_s};
    return fields;
}

const QStringList &languages()
{
    static const QStringList codes = {u"en"_s, u"es"_s};
    return codes;
}

class Errors
{
public:
    Errors(QString file, QStringList *out) : m_file(std::move(file)), m_out(out) {}
    void field(const QString &name, const QString &message)
    {
        add(m_file + u": "_s + name + u": "_s + message);
    }
    void line(int number, const QString &message)
    {
        add(m_file + u": "_s + HandoutText::tr("line %1").arg(number) + u": "_s + message);
    }
    bool any() const { return m_count > 0; }

private:
    void add(const QString &message)
    {
        ++m_count;
        if (m_out)
            m_out->append(message);
    }
    QString m_file;
    QStringList *m_out;
    int m_count = 0;
};

struct FrontMatter {
    QMap<QString, QString> values;
    QMap<QString, QStringList> lists;
    QMap<QString, int> lines;
    int bodyStart = 0; // index of the first body line
};

std::optional<FrontMatter> readFrontMatter(const QStringList &lines, Errors &errors)
{
    if (lines.isEmpty() || lines.first().trimmed() != u"---") {
        errors.field(u"front matter"_s, HandoutText::tr("missing: the file must start with a line \"---\""));
        return std::nullopt;
    }
    qsizetype close = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() == u"---") {
            close = i;
            break;
        }
    }
    if (close < 0) {
        errors.field(u"front matter"_s, HandoutText::tr("not closed: no second line \"---\""));
        return std::nullopt;
    }
    static const QRegularExpression keyValue(uR"(^([A-Za-z][A-Za-z0-9_-]*)\s*:\s*(.*)$)"_s);
    FrontMatter fm;
    fm.bodyStart = int(close + 1);
    QString list;
    for (qsizetype i = 1; i < close; ++i) {
        const QString line = lines.at(i);
        const int number = int(i + 1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        if (line.trimmed().startsWith(u"- ") || line.trimmed() == u"-") {
            if (list.isEmpty())
                errors.line(number, HandoutText::tr("a list item outside \"sources\" or \"numbers\""));
            else
                fm.lists[list] << line.trimmed().mid(1).trimmed();
            continue;
        }
        const auto m = keyValue.match(line);
        if (!m.hasMatch() || line.front().isSpace()) {
            errors.line(number, HandoutText::tr("expected \"field: value\" or \"  - item\" in the front matter"));
            list.clear();
            continue;
        }
        const QString key = m.captured(1);
        const QString value = m.captured(2).trimmed();
        list.clear();
        if (!knownFields().contains(key)) {
            errors.field(key, HandoutText::tr("unknown field (known: %1)").arg(knownFields().join(u", "_s)));
            continue;
        }
        if (fm.lines.contains(key)) {
            errors.field(key, HandoutText::tr("given twice (lines %1 and %2)").arg(fm.lines.value(key)).arg(number));
            continue;
        }
        fm.lines.insert(key, number);
        if (listFields().contains(key)) {
            if (!value.isEmpty())
                errors.field(key, HandoutText::tr("must be a list: one \"  - item\" per line below it"));
            list = key;
            fm.lists.insert(key, {});
        } else {
            fm.values.insert(key, value);
        }
    }
    return fm;
}

// "Who reviewed it": a name with a date, or "not yet reviewed" without one.
void readReview(const FrontMatter &fm, const QString &byKey, const QString &onKey, QString *by, QDate *on,
                Errors &errors)
{
    *by = fm.values.value(byKey);
    if (!fm.values.contains(byKey) || by->isEmpty()) {
        errors.field(byKey, HandoutText::tr("missing: a reviewer's name, or \"%1\"").arg(notYetReviewed()));
        return;
    }
    const bool reviewed = *by != notYetReviewed();
    if (!reviewed) {
        if (fm.values.contains(onKey))
            errors.field(onKey, HandoutText::tr("must be absent while the file is \"%1\"").arg(notYetReviewed()));
        return;
    }
    if (!fm.values.contains(onKey)) {
        errors.field(onKey, HandoutText::tr("missing: the date of the review (YYYY-MM-DD)"));
        return;
    }
    *on = QDate::fromString(fm.values.value(onKey), Qt::ISODate);
    if (!on->isValid())
        errors.field(onKey, HandoutText::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(fm.values.value(onKey)));
}

int readPositive(const FrontMatter &fm, const QString &key, Errors &errors)
{
    if (!fm.values.contains(key)) {
        errors.field(key, HandoutText::tr("missing"));
        return 0;
    }
    bool ok = false;
    const int n = fm.values.value(key).toInt(&ok);
    if (!ok || n < 1) {
        errors.field(key, HandoutText::tr("\"%1\" is not a whole number of 1 or more").arg(fm.values.value(key)));
        return 0;
    }
    return n;
}

bool endsWithVerifiedTag(const QString &citation)
{
    return citation.endsWith(u"[V]"_s);
}

// A source is a verified fact or a SpineDesk rule (what the clinic does, clinical/README.md).
bool isUsableSource(const QString &citation)
{
    return endsWithVerifiedTag(citation) || citation.endsWith(u"[rule]"_s);
}

// --- the body: a small Markdown subset ---

std::optional<QList<Run>> parseInline(const QString &text, int line, Errors &errors)
{
    QList<Run> runs;
    QString current;
    bool bold = false;
    bool italic = false;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        if (!runs.isEmpty() && runs.last().bold == bold && runs.last().italic == italic)
            runs.last().text += current;
        else
            runs.append({current, bold, italic});
        current.clear();
    };
    static const QString escapable = u"\\*_`#-+.![]()<>|"_s;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == u'\\' && escapable.contains(next)) {
            current += next;
            ++i;
        } else if (c == u'*' && next == u'*') {
            flush();
            bold = !bold;
            ++i;
        } else if (c == u'*') {
            flush();
            italic = !italic;
        } else if (c == u'`') {
            errors.line(line, HandoutText::tr("code marks (`) are not allowed in a handout"));
            return std::nullopt;
        } else if (c == u'<' && (next.isLetter() || next == u'/' || next == u'!')) {
            errors.line(line, HandoutText::tr("HTML is not allowed in a handout"));
            return std::nullopt;
        } else if (c == u']' && next == u'(') {
            errors.line(line, HandoutText::tr("links and images are not allowed in a handout: it is printed"));
            return std::nullopt;
        } else {
            current += c;
        }
    }
    flush();
    if (bold || italic) {
        errors.line(line, HandoutText::tr("an emphasis mark (** or *) is not closed"));
        return std::nullopt;
    }
    return runs;
}

struct BodyLine {
    QString text;
    int number = 0;
};

QList<Block> parseBody(const QList<BodyLine> &lines, bool visitText, QMap<QString, QList<Block>> *parts, Errors &errors)
{
    QList<Block> blocks;
    std::optional<Block> open; // a paragraph or item still taking continuation lines
    QString openText;
    QString partKey;
    const auto close = [&] {
        if (!open)
            return;
        if (auto runs = parseInline(openText.simplified(), open->line, errors)) {
            open->runs = *runs;
            if (visitText) {
                if (partKey.isEmpty())
                    errors.line(open->line, HandoutText::tr("text before the first \"## key\""));
                else
                    (*parts)[partKey] << *open;
            } else {
                blocks << *open;
            }
        }
        open.reset();
        openText.clear();
    };
    static const QRegularExpression numbered(uR"(^(\d{1,2})\.\s+(.*)$)"_s);
    static const QRegularExpression key(uR"(^[a-z0-9]+([.-][a-z0-9]+)*$)"_s);
    for (const BodyLine &l : lines) {
        const QString t = l.text.trimmed();
        const bool indented = !l.text.isEmpty() && l.text.front().isSpace();
        if (t.isEmpty()) {
            close();
            continue;
        }
        if (t.startsWith(u'#')) {
            close();
            const qsizetype level = t.indexOf(QRegularExpression(u"[^#]"_s));
            const QString title = t.mid(level).trimmed();
            if (level == 1 || level < 0) {
                errors.line(l.number, HandoutText::tr("a level-1 heading: the title comes from the front matter"));
            } else if (level > 3 || (visitText && level == 3)) {
                errors.line(l.number, HandoutText::tr("headings deeper than %1 are not allowed").arg(visitText ? u"##"_s : u"###"_s));
            } else if (!t.at(level).isSpace() || title.isEmpty()) {
                errors.line(l.number, HandoutText::tr("a heading needs a space and a title after the # marks"));
            } else if (visitText) {
                if (!key.match(title).hasMatch())
                    errors.line(l.number, HandoutText::tr("\"%1\" is not a key (lower-case words joined by . or -)").arg(title));
                else if (parts->contains(title))
                    errors.line(l.number, HandoutText::tr("the key \"%1\" is given twice").arg(title));
                else
                    parts->insert(title, {});
                partKey = title;
            } else if (auto runs = parseInline(title, l.number, errors)) {
                blocks << Block{level == 2 ? Block::Kind::Heading : Block::Kind::Subheading, 0, *runs, l.number};
            }
            continue;
        }
        if (t.startsWith(u'|') || t.startsWith(u'>') || t.startsWith(u"```") || t.startsWith(u"~~~")
            || t.startsWith(u"* ") || t.startsWith(u"+ ") || t == u"---" || t == u"***" || t.startsWith(u"===")) {
            close();
            errors.line(l.number, HandoutText::tr("only ## and ### headings, paragraphs, \"- \" bullets and \"1. \" "
                                                  "numbered items are allowed in a handout"));
            continue;
        }
        if (t.startsWith(u"- ")) {
            close();
            open = Block{Block::Kind::Bullet, 0, {}, l.number};
            openText = t.mid(2);
            continue;
        }
        if (const auto m = numbered.match(t); m.hasMatch() && !indented) {
            close();
            open = Block{Block::Kind::Numbered, m.captured(1).toInt(), {}, l.number};
            openText = m.captured(2);
            continue;
        }
        if (open && (open->kind == Block::Kind::Paragraph || indented)) {
            openText += u' ' + t;
            continue;
        }
        close();
        open = Block{Block::Kind::Paragraph, 0, {}, l.number};
        openText = t;
    }
    close();
    return blocks;
}

// Every number in the text must be part of a declared phrase with its citation.
void checkNumbers(const HandoutContent &h, Errors &errors)
{
    QList<const Block *> all;
    for (const Block &b : h.blocks)
        all << &b;
    for (const QList<Block> &part : h.parts)
        for (const Block &b : part)
            all << &b;
    QList<bool> used(h.numbers.size(), false);
    static const QRegularExpression digits(u"\\d+"_s);
    for (const Block *b : all) {
        const QString text = b->text();
        QList<std::pair<qsizetype, qsizetype>> covered;
        for (int n = 0; n < h.numbers.size(); ++n) {
            const QString &phrase = h.numbers.at(n).phrase;
            for (qsizetype at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                covered.append({at, at + phrase.size()});
                used[n] = true;
            }
        }
        for (auto it = digits.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const bool ok = std::any_of(covered.begin(), covered.end(), [&m](const auto &c) {
                return m.capturedStart() >= c.first && m.capturedEnd() <= c.second;
            });
            if (!ok)
                errors.line(b->line, HandoutText::tr("the number \"%1\" has no citation: declare the phrase under "
                                                     "\"numbers\" with its source [V]")
                                         .arg(m.captured()));
        }
    }
    for (int n = 0; n < h.numbers.size(); ++n)
        if (!used.at(n))
            errors.field(u"numbers"_s, HandoutText::tr("\"%1\" does not appear in the text").arg(h.numbers.at(n).phrase));
}

} // namespace

QString notYetReviewed()
{
    return u"not yet reviewed"_s;
}

QString kindCode(Kind k)
{
    return k == Kind::VisitText ? u"visit-text"_s : u"library"_s;
}

QString Block::text() const
{
    QString s;
    for (const Run &r : runs)
        s += r.text;
    return s;
}

bool HandoutContent::isTranslationPending() const
{
    return isTranslation() && (translationReviewedBy.isEmpty() || translationReviewedBy == notYetReviewed());
}

QStringList HandoutContent::readableBlocks() const
{
    QStringList out;
    for (const Block &b : blocks)
        out << b.text();
    for (const QList<Block> &part : parts)
        for (const Block &b : part)
            out << b.text();
    return out;
}

std::optional<HandoutContent> parseHandout(const QByteArray &bytes, const QString &fileName, QStringList *errorList)
{
    Errors errors(fileName, errorList);
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);
    const QStringList lines = text.split(u'\n');
    const auto fm = readFrontMatter(lines, errors);
    if (!fm)
        return std::nullopt;

    HandoutContent h;
    h.fileName = fileName;
    const QFileInfo info(fileName);

    static const QRegularExpression idPattern(uR"(^[a-z0-9]+(-[a-z0-9]+)*$)"_s);
    h.id = fm->values.value(u"id"_s);
    if (h.id.isEmpty())
        errors.field(u"id"_s, HandoutText::tr("missing"));
    else if (!idPattern.match(h.id).hasMatch())
        errors.field(u"id"_s, HandoutText::tr("\"%1\" must be lower-case words joined by hyphens").arg(h.id));
    else if (info.suffix() == u"md" && info.completeBaseName() != h.id)
        errors.field(u"id"_s, HandoutText::tr("\"%1\" differs from the file name \"%2\"").arg(h.id, info.fileName()));

    h.title = fm->values.value(u"title"_s);
    if (h.title.isEmpty())
        errors.field(u"title"_s, HandoutText::tr("missing"));

    h.language = fm->values.value(u"language"_s);
    const QString folder = info.dir().dirName();
    if (h.language.isEmpty())
        errors.field(u"language"_s, HandoutText::tr("missing"));
    else if (!languages().contains(h.language))
        errors.field(u"language"_s, HandoutText::tr("\"%1\" is not one of %2").arg(h.language, languages().join(u", "_s)));
    else if (languages().contains(folder) && folder != h.language)
        errors.field(u"language"_s, HandoutText::tr("\"%1\" but the file is in the folder \"%2\"").arg(h.language, folder));

    const QString kind = fm->values.value(u"kind"_s, kindCode(Kind::Library));
    if (kind == kindCode(Kind::VisitText))
        h.kind = Kind::VisitText;
    else if (kind != kindCode(Kind::Library))
        errors.field(u"kind"_s, HandoutText::tr("\"%1\" is not \"library\" or \"visit-text\"").arg(kind));

    h.revision = readPositive(*fm, u"revision"_s, errors);
    readReview(*fm, u"reviewed-by"_s, u"reviewed-on"_s, &h.reviewedBy, &h.reviewedOn, errors);

    if (!fm->lists.contains(u"sources"_s) || fm->lists.value(u"sources"_s).isEmpty())
        errors.field(u"sources"_s, HandoutText::tr("missing: at least one source from the clinical reference"));
    const QStringList sources = fm->lists.value(u"sources"_s);
    for (int i = 0; i < sources.size(); ++i) {
        if (!isUsableSource(sources.at(i)))
            errors.field(u"sources.%1"_s.arg(i + 1),
                         HandoutText::tr("\"%1\" must end with [V] or [rule]: patient handouts state only verified "
                                         "facts and the clinic's own rules")
                             .arg(sources.at(i)));
        h.sources << sources.at(i);
    }
    static const QRegularExpression numberItem(uR"re(^"([^"]+)"\s+(.+)$)re"_s);
    const QStringList numbers = fm->lists.value(u"numbers"_s);
    for (int i = 0; i < numbers.size(); ++i) {
        const auto m = numberItem.match(numbers.at(i));
        if (!m.hasMatch()) {
            errors.field(u"numbers.%1"_s.arg(i + 1), HandoutText::tr("expected \"phrase\" followed by its source"));
            continue;
        }
        if (!endsWithVerifiedTag(m.captured(2).trimmed()))
            errors.field(u"numbers.%1"_s.arg(i + 1),
                         HandoutText::tr("the source of \"%1\" must end with [V]").arg(m.captured(1)));
        h.numbers.append({m.captured(1), m.captured(2).trimmed()});
    }

    if (h.language == u"en" || h.language.isEmpty()) {
        for (const QString &key : translationFields())
            if (fm->lines.contains(key))
                errors.field(key, HandoutText::tr("only a translation has this field"));
    } else {
        h.translatedBy = fm->values.value(u"translated-by"_s);
        if (h.translatedBy.isEmpty())
            errors.field(u"translated-by"_s, HandoutText::tr("missing: who translated the file"));
        readReview(*fm, u"translation-reviewed-by"_s, u"translation-reviewed-on"_s, &h.translationReviewedBy,
                   &h.translationReviewedOn, errors);
        h.sourceRevision = readPositive(*fm, u"source-revision"_s, errors);
    }

    QList<BodyLine> body;
    for (qsizetype i = fm->bodyStart; i < lines.size(); ++i)
        body.append({lines.at(i), int(i + 1)});
    h.body = lines.mid(fm->bodyStart).join(u'\n');
    h.blocks = parseBody(body, h.kind == Kind::VisitText, &h.parts, errors);
    if (h.blocks.isEmpty() && h.parts.isEmpty())
        errors.field(u"body"_s, HandoutText::tr("empty: there is no text after the front matter"));
    for (auto it = h.parts.cbegin(); it != h.parts.cend(); ++it)
        if (it->isEmpty())
            errors.field(it.key(), HandoutText::tr("no text under this key"));
    checkNumbers(h, errors);

    if (errors.any())
        return std::nullopt;
    return h;
}

HandoutLibrary HandoutLibrary::load(const QString &root)
{
    HandoutLibrary lib;
    const QDir dir(root);
    if (!dir.exists()) {
        lib.m_errors << tr("%1: the handout folder does not exist").arg(root);
        return lib;
    }
    for (const QString &language : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir langDir(dir.filePath(language));
        for (const QString &name : langDir.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
            const QString path = langDir.filePath(name);
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                lib.m_errors << tr("%1: cannot be read: %2").arg(path, f.errorString());
                continue;
            }
            auto h = parseHandout(f.readAll(), path, &lib.m_errors);
            if (!h)
                continue;
            if (h->kind == Kind::VisitText) {
                const QStringList problems = checkVisitText(*h);
                lib.m_errors << problems;
                if (!problems.isEmpty())
                    continue;
            }
            lib.m_all << *h;
        }
    }
    // A translation must match the English revision it was made from.
    QList<HandoutContent> kept;
    for (const HandoutContent &h : std::as_const(lib.m_all)) {
        if (h.isTranslation()) {
            const HandoutContent *source = lib.find(u"en"_s, h.id);
            if (!source) {
                lib.m_errors << h.fileName + u": source-revision: "_s + tr("there is no English file with the id \"%1\"").arg(h.id);
                continue;
            }
            if (source->revision != h.sourceRevision) {
                lib.m_outOfDate.insert(h.language + u'/' + h.id, {h.sourceRevision, source->revision});
                lib.m_errors << h.fileName + u": source-revision: "_s
                        + tr("translates English revision %1, but the English file is at revision %2; update and "
                             "review the translation")
                              .arg(h.sourceRevision)
                              .arg(source->revision);
                continue;
            }
        }
        kept << h;
    }
    lib.m_all = kept;
    return lib;
}

const HandoutLibrary &HandoutLibrary::bundled()
{
    static const HandoutLibrary lib = load(u":/content/handouts"_s);
    return lib;
}

QList<const HandoutContent *> HandoutLibrary::handouts(const QString &language) const
{
    QList<const HandoutContent *> out;
    for (const HandoutContent &h : m_all)
        if (h.language == language && h.kind == Kind::Library)
            out << &h;
    std::sort(out.begin(), out.end(), [](const HandoutContent *a, const HandoutContent *b) {
        return a->title.localeAwareCompare(b->title) < 0;
    });
    return out;
}

const HandoutContent *HandoutLibrary::find(const QString &language, const QString &id) const
{
    for (const HandoutContent &h : m_all)
        if (h.language == language && h.id == id)
            return &h;
    return nullptr;
}

bool HandoutLibrary::isOutOfDate(const QString &language, const QString &id, int *translates, int *current) const
{
    const auto it = m_outOfDate.constFind(language + u'/' + id);
    if (it == m_outOfDate.cend())
        return false;
    if (translates)
        *translates = it->first;
    if (current)
        *current = it->second;
    return true;
}

QString pendingTranslationNotice(const QString &language, const HandoutLibrary &library)
{
    if (language == u"en")
        return {};
    const HandoutContent *text = library.find(language, kVisitTextId);
    if (!text)
        return {};
    QStringList parts;
    for (const Block &b : text->parts.value(u"notice.translation-pending"_s))
        parts << b.text().simplified();
    return parts.join(u' ');
}

} // namespace SpineDesk::Handouts
