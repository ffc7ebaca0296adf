#include "documents/decisionsummary.h"

#include "core/handoutcontent.h"
#include "documents/documentfont.h"
#include "documents/iconarray.h"
#include "documents/pagination.h"
#include "documents/scaleshift.h"
#include "i18n/language.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct SummaryTr {
    Q_DECLARE_TR_FUNCTIONS(DecisionSummary)
};

constexpr int kFigureObject = QTextFormat::UserObject + 1;
constexpr int kFigureIndex = QTextFormat::UserProperty + 1;

// Sizes for one rendering. Layout runs in the PDF writer's device units, so the text is
// measured with the same metrics it is drawn with and the figures are vector paths.
struct Style {
    const QPaintDevice *device = nullptr;
    qreal dpi = 1200;
    qreal base = 12; // body text, points (letter-and-handouts.md §4.2: 12, large print 14+)
    qreal width = 0; // body width, device units
    int columns = 1;
    qreal columnWidth = 0;
    qreal columnGap = 0;
    qreal arraySide = 0;

    qreal blockScale = 1; // see blockLengthScale()

    qreal pt(qreal points) const { return points * dpi / 72; }
    // Vertical block margins in points; the text layout scales those (not indents) by its own factor.
    qreal blockPt(qreal points) const { return pt(points) / blockScale; }
    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    QFont font(qreal scale = 1, bool bold = false) const
    {
        QFont f = documentFont(base * scale);
        f.setBold(bold);
        return f;
    }
    qreal gap() const { return pt(base * 0.4); }
};

// One object in the text flow: a row of icon arrays (one per option) or one scale shift.
// Each is a single line of the document, so pagination can move it but never cut it.
struct Figure {
    enum class Kind { IconArrays, ScaleShift } kind = Kind::IconArrays;
    QString id;
    QList<OptionIconArray> arrays;
    ScaleShiftSpec shift;
    qreal height = 0;
};

// Dates in words ("March 4, 2026"): a patient should not have to guess day-month order.
QString dateText(const QDate &d, const QString &lang)
{
    if (!d.isValid())
        return SummaryTr::tr("not recorded");
    const QLocale locale(lang == u"es" ? QLocale::Spanish : QLocale::English,
                         lang == u"es" ? QLocale::Spain : QLocale::UnitedStates);
    return locale.toString(d, SummaryTr::tr("MMMM d, yyyy", "date format for the patient's summary"));
}

qreal wrappedHeight(const QFont &font, const QPaintDevice *device, qreal width, const QString &text)
{
    const QFontMetricsF fm(font, device);
    return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

QString noFigureText()
{
    return SummaryTr::tr("The studies give no number for this option.");
}

struct RowMetrics {
    qreal label = 0;
    qreal legend = 0;
};

RowMetrics rowMetrics(const Style &s, const QList<OptionIconArray> &row)
{
    RowMetrics m;
    for (const OptionIconArray &a : row) {
        m.label = qMax(m.label, wrappedHeight(s.font(1, true), s.device, s.columnWidth, a.optionLabel));
        if (a.spec)
            m.legend = qMax(m.legend, iconArrayLegendHeight(*a.spec, s.font(), s.columnWidth, s.device));
    }
    return m;
}

qreal rowHeight(const Style &s, const QList<OptionIconArray> &row)
{
    const RowMetrics m = rowMetrics(s, row);
    return m.label + s.gap() + s.arraySide + s.gap() + m.legend + s.gap();
}

void paintRow(QPainter &p, const QRectF &rect, const Style &s, const QList<OptionIconArray> &row)
{
    const RowMetrics m = rowMetrics(s, row);
    for (int i = 0; i < row.size(); ++i) {
        const OptionIconArray &a = row.at(i);
        const qreal x = rect.left() + i * (s.columnWidth + s.columnGap);
        p.setFont(s.font(1, true));
        p.setPen(Qt::black);
        p.drawText(QRectF(x, rect.top(), s.columnWidth, m.label), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                   a.optionLabel);
        const QRectF square(x, rect.top() + m.label + s.gap(), s.arraySide, s.arraySide);
        if (a.spec) {
            paintIconArray(p, square, *a.spec);
            paintIconArrayLegend(p, QRectF(x, square.bottom() + s.gap(), s.columnWidth, m.legend), *a.spec, s.font());
        } else {
            // Same size as an array (rule 5), so a missing figure is not mistaken for zero.
            p.setPen(QPen(QColor(0x70, 0x70, 0x70), s.pt(0.8), Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(square);
            p.setPen(Qt::black);
            p.setFont(s.font());
            p.drawText(square.adjusted(s.gap(), s.gap(), -s.gap(), -s.gap()), Qt::AlignCenter | Qt::TextWordWrap,
                       noFigureText());
        }
    }
}

class FigureHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    FigureHandler(const Style &style, QObject *parent) : QObject(parent), m_style(style) {}

    int add(Figure figure)
    {
        figure.height = figure.kind == Figure::Kind::IconArrays
            ? rowHeight(m_style, figure.arrays)
            : scaleShiftHeight(figure.shift, m_style.font(), m_style.width, m_style.device) + m_style.gap();
        m_figures << figure;
        return int(m_figures.size()) - 1;
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const Figure *f = figure(format);
        return f ? QSizeF(m_style.width, f->height) : QSizeF();
    }

    void drawObject(QPainter *p, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const Figure *f = figure(format);
        if (!f)
            return;
        p->save();
        if (f->kind == Figure::Kind::IconArrays)
            paintRow(*p, rect, m_style, f->arrays);
        else
            paintScaleShift(*p, rect, f->shift, m_style.font());
        p->restore();
    }

private:
    const Figure *figure(const QTextFormat &format) const
    {
        const int i = format.intProperty(kFigureIndex);
        return i >= 0 && i < m_figures.size() ? &m_figures.at(i) : nullptr;
    }

    Style m_style;
    QList<Figure> m_figures;
};

struct FigurePlace {
    QString id;
    int headingBlock;
    int block;
};

struct Source {
    QString evidenceId; // empty for a citation given as text (an MCID's source)
    QString text;
};

class Builder
{
public:
    Builder(const DecisionSummaryInput &in, const Style &style, QTextDocument *doc, FigureHandler *figures)
        : m_in(in), m_lang(in.language), m_style(style), m_cursor(doc), m_figures(figures)
    {
    }

    void build();

    // Problems, kept as data so that they are worded in the program's language afterwards.
    QStringList unknownEvidence;
    QStringList unverifiedEvidence;
    QStringList missingLanguage;
    QList<KeepGroup> groups;
    QList<FigurePlace> places;

private:
    // A content text in the document's language; a missing translation is an error, not an
    // English fallback (letter-and-handouts.md §5 rule 4: one language per document).
    QString text(const ContentText &t, const QString &where)
    {
        if (!t.contains(m_lang) || t.value(m_lang).trimmed().isEmpty())
            missingLanguage << where;
        return contentText(t, m_lang);
    }

    QTextCharFormat charFormat(qreal scale, bool bold) const
    {
        QTextCharFormat f;
        f.setFont(m_style.font(scale, bold));
        f.setForeground(Qt::black);
        return f;
    }

    // `before` in block units (Style::blockPt), `indent` and `hanging` in device units.
    int block(const QString &content, qreal scale = 1, bool bold = false, qreal before = 0, qreal indent = 0,
              qreal hanging = 0)
    {
        QTextBlockFormat b;
        b.setTopMargin(before);
        b.setBottomMargin(m_style.blockPt(m_style.base * 0.25));
        b.setLeftMargin(indent);
        b.setTextIndent(-hanging);
        b.setAlignment(Qt::AlignLeft);
        if (m_first) {
            m_cursor.setBlockFormat(b);
            m_cursor.setBlockCharFormat(charFormat(scale, bold));
            m_first = false;
        } else {
            m_cursor.insertBlock(b, charFormat(scale, bold));
        }
        m_cursor.insertText(content, charFormat(scale, bold)); // plain text: nothing is read as markup
        const int number = m_cursor.block().blockNumber();
        if (m_pendingHeading >= 0 && !m_inGroup && number != m_pendingHeading) {
            groups.append({m_pendingHeading, number, number});
            m_pendingHeading = -1;
        }
        return number;
    }

    int paragraph(const QString &content, qreal scale = 1, bool bold = false) { return block(content, scale, bold); }

    void bullet(const QString &content, bool bold = false)
    {
        const QString mark = u"•  "_s;
        const qreal hanging = QFontMetricsF(m_style.font(), m_style.device).horizontalAdvance(mark);
        block(mark + content, 1, bold, 0, hanging + m_style.pt(m_style.base * 0.5), hanging);
    }

    void heading(const QString &content)
    {
        m_pendingHeading = block(content, 1.3, true, m_style.blockPt(m_style.base * 1.1));
    }

    void beginGroup()
    {
        m_groupFirst = m_pendingHeading >= 0 ? m_pendingHeading : m_cursor.block().blockNumber() + 1;
        m_pendingHeading = -1;
        m_inGroup = true;
    }

    void endGroup(int fallbackLast)
    {
        groups.append({m_groupFirst, m_cursor.block().blockNumber(), fallbackLast});
        m_inGroup = false;
    }

    int figure(Figure f, int headingBlock)
    {
        const QString id = f.id;
        const int index = m_figures->add(std::move(f));
        QTextCharFormat object;
        object.setObjectType(kFigureObject);
        object.setProperty(kFigureIndex, index);
        QTextBlockFormat b;
        b.setTopMargin(m_style.blockPt(m_style.base * 0.4));
        m_cursor.insertBlock(b);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        const int number = m_cursor.block().blockNumber();
        places.append({id, headingBlock, number});
        return number;
    }

    int source(const QString &evidenceId)
    {
        for (int i = 0; i < m_sources.size(); ++i)
            if (m_sources.at(i).evidenceId == evidenceId)
                return i + 1;
        const Aids::Evidence *e = m_in.evidence.find(evidenceId);
        if (!e) {
            unknownEvidence << evidenceId;
            return 0;
        }
        // decision-evidence.md §0 rule 2: patient-facing figures use verified entries only.
        if (e->tag != EvidenceTag::Verified) {
            unverifiedEvidence << evidenceId;
            return 0;
        }
        m_sources.append({evidenceId, e->citation});
        return int(m_sources.size());
    }

    int citation(const QString &citationText)
    {
        for (int i = 0; i < m_sources.size(); ++i)
            if (m_sources.at(i).evidenceId.isEmpty() && m_sources.at(i).text == citationText)
                return i + 1;
        m_sources.append({QString(), citationText});
        return int(m_sources.size());
    }

    QString sourcesLine(const QList<int> &numbers) const
    {
        QStringList list;
        for (int n : numbers)
            if (n > 0)
                list << QString::number(n);
        return list.size() == 1 ? SummaryTr::tr("Source %1 (see the end of this summary).").arg(list.first())
                                : SummaryTr::tr("Sources %1 (see the end of this summary).").arg(list.join(u", "_s));
    }

    QString date(const QDate &d) const { return dateText(d, m_lang); }

    QStringList shownOptions() const;
    void header();
    void options(const QStringList &shown);
    void questions(const QStringList &shown);
    void keyNumbers(const QStringList &shown);
    void outcome(const Aids::Outcome &o, const QStringList &shown, int index);
    void shift(const Aids::ScaleShift &s, int index);
    void values();
    void choice();
    void sure();
    void sureLanguage();
    void people();
    void about();

    const DecisionSummaryInput &m_in;
    const QString m_lang;
    const Style m_style;
    QTextCursor m_cursor;
    FigureHandler *m_figures;
    QList<Source> m_sources;
    bool m_first = true;
    int m_pendingHeading = -1;
    bool m_inGroup = false;
    int m_groupFirst = 0;
};

QStringList Builder::shownOptions() const
{
    // The options discussed, in the aid's fixed order (rule 5); all of them when the record
    // does not say.
    QStringList shown;
    for (const Aids::Option &o : m_in.aid.options)
        if (m_in.record.optionsDiscussed.isEmpty() || m_in.record.optionsDiscussed.contains(o.id))
            shown << o.id;
    return shown;
}

void Builder::header()
{
    if (!m_in.clinicName.isEmpty())
        paragraph(m_in.clinicName, 0.9, true);
    block(SummaryTr::tr("Your decision summary"), 1.7, true);
    paragraph(text(m_in.aid.title, u"title"_s), 1.2, true);
    block(SummaryTr::tr("Prepared for: %1").arg(m_in.patientName), 1, false, m_style.blockPt(m_style.base * 0.4));
    paragraph(SummaryTr::tr("Visit date: %1").arg(date(m_in.visitDate)));
    if (!m_in.clinicianName.isEmpty())
        paragraph(SummaryTr::tr("Clinician: %1").arg(m_in.clinicianName));

    heading(SummaryTr::tr("The decision"));
    paragraph(text(m_in.aid.condition, u"condition"_s));
    paragraph(text(m_in.aid.decision, u"decision"_s), 1, true);
}

void Builder::options(const QStringList &shown)
{
    heading(SummaryTr::tr("The options we talked about"));
    for (const QString &id : shown) {
        const Aids::Option *o = m_in.aid.option(id);
        const QString where = u"options."_s + id;
        beginGroup();
        const int first = block(text(o->label, where + u".label"_s), 1.05, true, m_style.blockPt(m_style.base * 0.4));
        paragraph(text(o->summary, where + u".summary"_s));
        if (m_in.aid.recovery.contains(id))
            paragraph(SummaryTr::tr("What recovery is like: %1").arg(text(m_in.aid.recovery.value(id), u"recovery."_s + id)));
        endGroup(first);
    }
}

void Builder::questions(const QStringList &shown)
{
    if (m_in.aid.grid.isEmpty())
        return;
    heading(SummaryTr::tr("Questions people often ask"));
    for (int r = 0; r < m_in.aid.grid.size(); ++r) {
        const Aids::GridRow &row = m_in.aid.grid.at(r);
        const QString where = u"grid[%1]"_s.arg(r);
        beginGroup();
        const int first = block(text(row.question, where + u".question"_s), 1, true, m_style.blockPt(m_style.base * 0.4));
        for (const QString &id : shown)
            if (row.answers.contains(id))
                bullet(SummaryTr::tr("%1: %2").arg(m_in.aid.optionLabel(id, m_lang),
                                                   text(row.answers.value(id), where + u".answers."_s + id)));
        if (!row.evidence.isEmpty()) {
            QList<int> numbers;
            for (const QString &e : row.evidence)
                numbers << source(e);
            paragraph(sourcesLine(numbers), 0.85);
        }
        endGroup(first);
    }
}

void Builder::outcome(const Aids::Outcome &o, const QStringList &shown, int index)
{
    const QString where = u"outcomes[%1]"_s.arg(index);
    const QList<OptionIconArray> arrays = outcomeIconArrays(m_in.aid, o, m_lang, shown);
    beginGroup();
    const int title = block(text(o.title, where + u".title"_s), 1.1, true, m_style.blockPt(m_style.base * 0.9));
    // Rule 3: the population and the time horizon above the array.
    paragraph(SummaryTr::tr("People in the studies: %1").arg(text(o.population, where + u".population"_s)));
    paragraph(SummaryTr::tr("Time: %1").arg(text(o.horizon, where + u".horizon"_s)));
    text(o.affected, where + u".affected"_s);
    text(o.unaffected, where + u".unaffected"_s);
    int firstRow = -1;
    for (int start = 0; start < arrays.size(); start += m_style.columns) {
        Figure f;
        f.kind = Figure::Kind::IconArrays;
        f.id = start == 0 ? o.id : o.id + u"#"_s + QString::number(start / m_style.columns + 1);
        f.arrays = arrays.mid(start, m_style.columns);
        const int b = figure(f, title);
        if (firstRow < 0)
            firstRow = b;
    }
    paragraph(text(o.statement, where + u".statement"_s), 1, true);
    paragraph(SummaryTr::tr("How sure we are: %1").arg(text(o.uncertainty, where + u".uncertainty"_s)));
    paragraph(SummaryTr::tr("Type of study: %1. %2").arg(text(o.design, where + u".design"_s), sourcesLine({source(o.evidence)})),
              0.85);
    endGroup(firstRow);
}

void Builder::shift(const Aids::ScaleShift &s, int index)
{
    const QString where = u"scaleShifts[%1]"_s.arg(index);
    ScaleShiftSpec spec = scaleShiftSpec(m_in.aid, s, m_lang);
    spec.scale = text(s.scale, where + u".scale"_s);
    beginGroup();
    const int title = block(text(s.title, where + u".title"_s), 1.1, true, m_style.blockPt(m_style.base * 0.9));
    paragraph(SummaryTr::tr("People in the studies: %1").arg(text(s.population, where + u".population"_s)));
    paragraph(SummaryTr::tr("Time: %1").arg(text(s.horizon, where + u".horizon"_s)));
    paragraph(SummaryTr::tr("Scale: %1").arg(spec.scale));
    Figure f;
    f.kind = Figure::Kind::ScaleShift;
    f.id = s.id;
    f.shift = spec;
    const int b = figure(f, title);
    paragraph(text(s.statement, where + u".statement"_s), 1, true);
    paragraph(SummaryTr::tr("How sure we are: %1").arg(text(s.uncertainty, where + u".uncertainty"_s)));
    QList<int> numbers{source(s.evidence)};
    if (s.mcid && !s.mcidCitation.isEmpty())
        numbers << citation(s.mcidCitation);
    paragraph(SummaryTr::tr("Type of study: %1. %2").arg(text(s.design, where + u".design"_s), sourcesLine(numbers)), 0.85);
    endGroup(b);
}

void Builder::keyNumbers(const QStringList &shown)
{
    QList<int> outcomes;
    for (int i = 0; i < m_in.aid.outcomes.size(); ++i)
        for (const QString &id : shown)
            if (m_in.aid.outcomes.at(i).countFor(id)) {
                outcomes << i;
                break;
            }
    QList<int> shifts;
    for (int i = 0; i < m_in.aid.scaleShifts.size(); ++i) {
        const Aids::ScaleShift &s = m_in.aid.scaleShifts.at(i);
        if (shown.contains(s.favours) && shown.contains(s.comparedWith))
            shifts << i;
    }
    if (outcomes.isEmpty() && shifts.isEmpty())
        return;
    heading(SummaryTr::tr("The key numbers"));
    if (!outcomes.isEmpty())
        paragraph(SummaryTr::tr("Each picture shows 100 people like those in the studies. The filled, coloured figures are the "
                                "people the sentence is about; the outlined figures are everyone else."));
    for (int i : outcomes)
        outcome(m_in.aid.outcomes.at(i), shown, i);
    for (int i : shifts)
        shift(m_in.aid.scaleShifts.at(i), i);
}

void Builder::values()
{
    heading(SummaryTr::tr("What matters to you"));
    paragraph(SummaryTr::tr("You marked how much each of these matters to you, from 0 (does not matter) to 10 (matters a lot)."));
    for (int i = 0; i < m_in.aid.values.size(); ++i) {
        const Aids::ValueStatement &v = m_in.aid.values.at(i);
        const QString statement = text(v.statement, u"values[%1].statement"_s.arg(i));
        if (m_in.record.values.contains(v.id)) {
            const int n = m_in.record.values.value(v.id);
            bullet(SummaryTr::tr("%1: %2 (%3 out of 10)").arg(statement, valueInWords(n)).arg(n));
        } else {
            bullet(SummaryTr::tr("%1: not marked").arg(statement));
        }
    }
}

void Builder::choice()
{
    heading(SummaryTr::tr("Your choice for now"));
    const QString &preferred = m_in.record.preferredOption;
    if (preferred.isEmpty() || m_in.record.undecided())
        paragraph(SummaryTr::tr("Not decided yet"), 1, true);
    else
        paragraph(text(m_in.aid.option(preferred)->label, u"options."_s + preferred + u".label"_s), 1, true);
    paragraph(SummaryTr::tr("You can change your mind. Talk to your care team at any time."));
}

void Builder::sure()
{
    heading(SummaryTr::tr("How sure you feel (SURE test)"));
    const Aids::SureResult result = m_in.record.sureResult();
    if (!result.complete || !result.score) {
        paragraph(SummaryTr::tr("SURE score: incomplete (not every question was answered)."), 1, true);
        return;
    }
    paragraph(SummaryTr::tr("Your SURE score: %1 of %2").arg(*result.score).arg(Aids::kSureItems), 1, true);
    if (!result.conflict) {
        paragraph(SummaryTr::tr("You answered yes to all four questions."));
        return;
    }
    paragraph(SummaryTr::tr("You may want more support with this decision."), 1, true);
    for (const QString &item : result.noItems)
        bullet(Aids::sureSuggestion(item));
}

void Builder::sureLanguage()
{
    // SURE is asked only in a validated translation (letter-and-handouts.md §5 rule 1).
    if (m_in.sureLanguage == u"en" && m_lang != u"en")
        paragraph(SummaryTr::tr("The SURE questions were asked in English: no validated version of them in this "
                                "language is installed."),
                  0.85);
}

void Builder::people()
{
    heading(SummaryTr::tr("Who took part"));
    QStringList names = m_in.record.participants;
    if (!m_in.clinicianName.isEmpty() && !names.contains(m_in.clinicianName))
        names << m_in.clinicianName;
    paragraph(names.isEmpty() ? SummaryTr::tr("Not recorded") : names.join(u", "_s));
}

void Builder::about()
{
    heading(SummaryTr::tr("Where the numbers come from"));
    for (int i = 0; i < m_sources.size(); ++i) {
        const Source &s = m_sources.at(i);
        const QString label = s.evidenceId.isEmpty() ? s.text : SummaryTr::tr("%1 (%2)").arg(s.text, s.evidenceId);
        const QString mark = QString::number(i + 1) + u".  "_s;
        const qreal hanging = QFontMetricsF(m_style.font(0.85), m_style.device).horizontalAdvance(u"00.  "_s);
        block(mark + label, 0.85, false, 0, hanging, hanging);
    }
    if (m_sources.isEmpty())
        paragraph(SummaryTr::tr("This summary shows no numbers from studies."), 0.85);

    heading(SummaryTr::tr("About this decision aid"));
    const Aids::DecisionAid &aid = m_in.aid;
    paragraph(SummaryTr::tr("%1, version %2").arg(text(aid.title, u"title"_s), aid.version), 0.85);
    paragraph(SummaryTr::tr("Produced: %1. Last reviewed: %2. Next review due: %3.")
                  .arg(date(aid.produced), date(aid.reviewed), date(aid.nextReview)),
              0.85);
    paragraph(SummaryTr::tr("How it is kept up to date: %1").arg(text(aid.updatePolicy, u"updatePolicy"_s)), 0.85);
    paragraph(SummaryTr::tr("Funding and conflicts of interest: %1").arg(text(aid.funding, u"funding"_s)), 0.85);
    if (!m_in.sureAttribution.isEmpty())
        paragraph(m_in.sureAttribution, 0.85);
}

void Builder::build()
{
    const QStringList shown = shownOptions();
    header();
    options(shown);
    questions(shown);
    keyNumbers(shown);
    values();
    choice();
    sure();
    sureLanguage();
    people();
    about();
}

QStringList recordProblems(const DecisionSummaryInput &in)
{
    QStringList problems;
    const Aids::DecisionAid &aid = in.aid;
    const Aids::DecisionRecord &r = in.record;
    if (!r.aidId.isEmpty() && r.aidId != aid.id)
        problems << SummaryTr::tr("The decision was recorded with the aid \"%1\", not \"%2\".").arg(r.aidId, aid.id);
    if (!r.aidVersion.isEmpty() && r.aidVersion != aid.version)
        problems << SummaryTr::tr("The decision was recorded with version %1 of the aid, but version %2 is loaded.")
                        .arg(r.aidVersion, aid.version);
    else if (!r.aidSha256.isEmpty() && !aid.sha256.isEmpty() && r.aidSha256 != aid.sha256)
        problems << SummaryTr::tr("The aid has changed since the decision was recorded.");
    for (const QString &id : r.optionsDiscussed)
        if (!aid.option(id))
            problems << SummaryTr::tr("The aid has no option \"%1\".").arg(id);
    if (!r.preferredOption.isEmpty() && !r.undecided() && !aid.option(r.preferredOption))
        problems << SummaryTr::tr("The aid has no option \"%1\".").arg(r.preferredOption);
    for (auto it = r.values.begin(); it != r.values.end(); ++it) {
        const bool known = std::any_of(aid.values.begin(), aid.values.end(), [&](const auto &v) { return v.id == it.key(); });
        if (!known)
            problems << SummaryTr::tr("The aid has no value statement \"%1\".").arg(it.key());
        else if (it.value() < 0 || it.value() > 10)
            problems << SummaryTr::tr("The value for \"%1\" is %2; it must be 0 to 10.").arg(it.key()).arg(it.value());
    }
    return problems;
}

// Draws the lines that start on this page, each on one page only. QTextLayout::draw (Qt 6.4)
// also draws the last line above its clip rectangle, which put a hidden copy of the previous
// page's last line into this page's text, read twice by text extraction and screen readers.
void drawPageLines(QPainter &p, const QTextDocument &doc, const QRectF &slice)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            continue;
        const QPointF origin = doc.documentLayout()->blockBoundingRect(block).topLeft(); // as lineSpan() measures
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qreal top = origin.y() + line.y();
            // A line starting on the bottom edge (rounding) belongs to the next page.
            if (top >= slice.top() - 1 && top < slice.bottom() - 1)
                line.draw(&p, origin);
        }
    }
}

QJsonObject bundledSure()
{
    QFile file(u":/content/instruments/sure.json"_s);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

// The attribution OHRI's terms require, as published (English unless OHRI's own translation).
QString bundledSureAttribution(const QJsonObject &sure, const QString &lang)
{
    const QJsonObject attribution = sure.value(u"licence"_s).toObject().value(u"attribution"_s).toObject();
    const QString text = attribution.value(lang).toString();
    return text.isEmpty() ? attribution.value(u"en"_s).toString() : text;
}

QString bundledSureLanguage(const QJsonObject &sure, const QString &lang)
{
    for (const QJsonValue &l : sure.value(u"languages"_s).toArray())
        if (l.toObject().value(u"code"_s).toString() == lang && l.toObject().value(u"validated"_s).toBool())
            return lang;
    return u"en"_s;
}

} // namespace

QString valueInWords(int value)
{
    if (value <= 0)
        return SummaryTr::tr("does not matter");
    if (value <= 3)
        return SummaryTr::tr("matters a little");
    if (value <= 6)
        return SummaryTr::tr("matters somewhat");
    if (value <= 9)
        return SummaryTr::tr("matters a lot");
    return SummaryTr::tr("matters very much");
}

QByteArray renderDecisionSummaryPdf(const DecisionSummaryInput &in, QString *error, DecisionSummaryLayout *layout)
{
    auto fail = [error](const QStringList &problems) {
        if (error)
            *error = problems.join(u'\n');
        return QByteArray();
    };
    if (documentFontFamily().isEmpty())
        return fail({SummaryTr::tr("No font is installed, so the summary would print without text.")});
    if (in.language != u"en" && in.language != u"es")
        return fail({SummaryTr::tr("Summaries are printed in English or Spanish, not \"%1\".").arg(in.language)});
    if (const QStringList problems = recordProblems(in); !problems.isEmpty())
        return fail(problems);
    // Issue 8: a translation not yet reviewed by a qualified medical translator prints with a
    // mark on every page, or not at all.
    QString notice;
    if (in.aid.pendingReview(in.language)) {
        notice = (in.pendingReviewNotice.isEmpty() ? Handouts::pendingTranslationNotice(in.language) : in.pendingReviewNotice)
                     .simplified();
        if (notice.isEmpty())
            return fail({SummaryTr::tr("The aid's %1 texts are a translation pending review, and there is no %1 notice to "
                                       "say so on the pages.")
                             .arg(in.language)});
    }

    const QJsonObject sure = bundledSure();
    DecisionSummaryInput input = in;
    if (input.sureAttribution.isEmpty())
        input.sureAttribution = bundledSureAttribution(sure, in.language);
    if (input.sureLanguage.isEmpty())
        input.sureLanguage = bundledSureLanguage(sure, in.language);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(1200);
    pdf.setPageSize(QPageSize(QPageSize::Letter));
    pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    pdf.setCreator(u"SpineDesk"_s);

    Style style;
    style.device = &pdf;
    style.dpi = pdf.resolution();
    style.base = in.largePrint ? 16 : 12;
    style.blockScale = blockLengthScale(&pdf);
    const QRectF paint = pdf.pageLayout().paintRectPixels(pdf.resolution());
    style.width = paint.width();
    // Large print gets bigger arrays and fewer per row; every array in one summary is the same
    // size (rule 5).
    style.columnGap = style.mm(8);
    const qreal minimumColumn = style.mm(in.largePrint ? 62 : 50);
    int shown = 0;
    for (const Aids::Option &o : in.aid.options)
        if (in.record.optionsDiscussed.isEmpty() || in.record.optionsDiscussed.contains(o.id))
            ++shown;
    style.columns = qBound(1, int((style.width + style.columnGap) / (minimumColumn + style.columnGap)), qMax(1, shown));
    style.columnWidth = (style.width - (style.columns - 1) * style.columnGap) / style.columns;
    style.arraySide = qMin(style.columnWidth, style.mm(in.largePrint ? 60 : 48));

    // The program's own texts in the summary's language for as long as it is made (issue 8):
    // the window may be in another language.
    std::optional<TextLanguage> language(std::in_place, in.language);
    if (!language->ok()) {
        language.reset();
        return fail({SummaryTr::tr("The program's own texts in the summary's language (%1) cannot be loaded.").arg(in.language)});
    }
    pdf.setTitle(SummaryTr::tr("Decision summary: %1").arg(contentText(in.aid.title, in.language)));

    // The page's furniture: the notice band at the top, the patient and page at the foot. A
    // long name or a long translation wraps; it never runs into the page number.
    const QFont footerFont = documentFont(in.largePrint ? 12 : 9);
    const QFontMetricsF footerMetrics(footerFont, &pdf);
    const QString footerLeft =
        SummaryTr::tr("Decision summary for %1, visit of %2").arg(in.patientName, dateText(in.visitDate, in.language));
    const qreal footerRightWidth = footerMetrics.horizontalAdvance(SummaryTr::tr("Page %1 of %2").arg(99).arg(99));
    const qreal footerLeftWidth = style.width - footerRightWidth - style.mm(6);
    const qreal footerLine = footerMetrics.height();
    const qreal footerText =
        qMax(footerLine, footerMetrics.boundingRect(QRectF(0, 0, footerLeftWidth, 1e9), Qt::TextWordWrap, footerLeft).height());
    const qreal footerHeight = footerText + footerLine; // half a line above the rule, half below

    QFont noticeFont = documentFont(in.largePrint ? 14 : 10.5);
    noticeFont.setBold(true);
    const qreal noticePad = style.pt(4);
    QRectF noticeBand;
    qreal noticeTop = 0;
    if (!notice.isEmpty()) {
        const QRectF wrapped = QFontMetricsF(noticeFont, &pdf)
                                   .boundingRect(QRectF(0, 0, style.width - 2 * noticePad, 1e9), Qt::TextWordWrap, notice);
        noticeBand = QRectF(0, 0, style.width, wrapped.height() + 2 * noticePad);
        noticeTop = noticeBand.height() + style.pt(8);
    }
    const qreal pageHeight = paint.height() - footerHeight - noticeTop;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&pdf);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(style.font());
    auto *figures = new FigureHandler(style, &doc);
    doc.documentLayout()->registerHandler(kFigureObject, figures);

    Builder builder(input, style, &doc, figures);
    builder.build();
    if (!builder.missingLanguage.isEmpty() || !builder.unknownEvidence.isEmpty() || !builder.unverifiedEvidence.isEmpty()) {
        language.reset(); // the clinician reads the problems in the program's language
        QStringList problems;
        if (!builder.missingLanguage.isEmpty())
            problems << SummaryTr::tr("The aid has no %1 text for: %2").arg(in.language, builder.missingLanguage.join(u", "_s));
        for (const QString &id : std::as_const(builder.unknownEvidence))
            problems << SummaryTr::tr("Evidence %1 is not in the evidence registry.").arg(id);
        for (const QString &id : std::as_const(builder.unverifiedEvidence))
            problems << SummaryTr::tr("Evidence %1 is not verified, so it cannot be shown to a patient.").arg(id);
        return fail(problems);
    }

    doc.setPageSize(QSizeF(style.width, pageHeight));
    keepTogether(doc, builder.groups, pageHeight);
    const int pages = laidOutPages(doc, pageHeight);

    QPainter p(&pdf);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            pdf.newPage();
        if (!noticeBand.isEmpty()) {
            // Framed and tinted so it cannot be taken for part of the text; the text itself is black.
            p.save();
            p.setPen(QPen(QColor(0x8A, 0x5A, 0x00), style.pt(1)));
            p.setBrush(QColor(0xFF, 0xF1, 0xC6));
            p.drawRect(noticeBand);
            p.setFont(noticeFont);
            p.setPen(Qt::black);
            p.drawText(noticeBand.adjusted(noticePad, noticePad, -noticePad, -noticePad),
                       Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, notice);
            p.restore();
        }
        const QRectF slice(0, i * pageHeight, style.width, pageHeight);
        p.save();
        p.translate(0, noticeTop - slice.top());
        p.setClipRect(slice);
        p.setPen(Qt::black);
        drawPageLines(p, doc, slice);
        p.restore();

        // Patient and page on every page: pages get separated (letter-and-handouts.md §3).
        const qreal footerTop = noticeTop + pageHeight;
        p.setPen(QPen(QColor(0x70, 0x70, 0x70), style.pt(0.5)));
        p.drawLine(QPointF(0, footerTop + footerLine * 0.5), QPointF(style.width, footerTop + footerLine * 0.5));
        p.setPen(Qt::black);
        p.setFont(footerFont);
        const QRectF footer(0, footerTop + footerLine * 0.5, style.width, footerHeight - footerLine * 0.5);
        p.drawText(QRectF(footer.left(), footer.top(), footerLeftWidth, footer.height()),
                   Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, footerLeft);
        p.drawText(footer, Qt::AlignRight | Qt::AlignBottom, SummaryTr::tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    p.end();

    if (layout) {
        layout->pages = pages;
        layout->bodyPointSize = style.base;
        layout->pageNotice = notice;
        const qreal toPoints = 72.0 / style.dpi;
        const QPointF origin = pdf.pageLayout().paintRect(QPageLayout::Point).topLeft();
        layout->body = QRectF(origin.x(), origin.y() + noticeTop * toPoints, style.width * toPoints, pageHeight * toPoints);
        layout->figures.clear();
        // A line a hair above a page's top is on that page (rounding in the layout), as drawn.
        for (const FigurePlace &f : builder.places)
            layout->figures.append({f.id, pageOf(lineSpan(doc, f.headingBlock).top + 1, pageHeight),
                                    pageOf(lineSpan(doc, f.block).top + 1, pageHeight),
                                    pageOf(lineSpan(doc, f.block).bottom - 1, pageHeight)});
    }
    return buffer.data();
}

} // namespace SpineDesk

#include "decisionsummary.moc"
