#include "documents/iconarray.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct IconArrayText {
    Q_DECLARE_TR_FUNCTIONS(IconArray)
};

// Unaffected icons: a neutral outline, so only the affected block carries the outcome colour.
const QColor kOutlineColour(0x70, 0x70, 0x70);

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

QString englishWords(int n)
{
    static const char *const ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                       "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                       "seventeen", "eighteen", "nineteen"};
    static const char *const tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    if (n == 100)
        return u"one hundred"_s;
    if (n < 20)
        return QString::fromLatin1(ones[n]);
    const QString t = QString::fromLatin1(tens[n / 10]);
    return n % 10 == 0 ? t : t + u'-' + QString::fromLatin1(ones[n % 10]);
}

// Feminine forms ("una", "veintiuna", "treinta y una"): the counted noun is "personas".
QString spanishWords(int n)
{
    static const QStringList upTo29 = {
        u"cero"_s, u"una"_s, u"dos"_s, u"tres"_s, u"cuatro"_s, u"cinco"_s, u"seis"_s, u"siete"_s, u"ocho"_s,
        u"nueve"_s, u"diez"_s, u"once"_s, u"doce"_s, u"trece"_s, u"catorce"_s, u"quince"_s, u"dieciséis"_s,
        u"diecisiete"_s, u"dieciocho"_s, u"diecinueve"_s, u"veinte"_s, u"veintiuna"_s, u"veintidós"_s,
        u"veintitrés"_s, u"veinticuatro"_s, u"veinticinco"_s, u"veintiséis"_s, u"veintisiete"_s, u"veintiocho"_s,
        u"veintinueve"_s};
    static const QStringList tens = {u"treinta"_s, u"cuarenta"_s, u"cincuenta"_s, u"sesenta"_s, u"setenta"_s,
                                     u"ochenta"_s, u"noventa"_s};
    if (n == 100)
        return u"cien"_s;
    if (n < 30)
        return upTo29.at(n);
    const QString t = tens.at(n / 10 - 3);
    return n % 10 == 0 ? t : t + u" y "_s + upTo29.at(n % 10);
}

qreal wrappedHeight(const QFontMetricsF &fm, qreal width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

struct LegendRow {
    bool affected;
    QString text;
};

QList<LegendRow> legendRows(const IconArraySpec &spec)
{
    return {{true, iconArrayCountLine(spec.affected, spec.affectedLabel, spec.language)},
            {false, iconArrayCountLine(spec.total - spec.affected, spec.unaffectedLabel, spec.language)}};
}
} // namespace

bool iconArraySpecValid(const IconArraySpec &spec, QString *why)
{
    QString problem;
    if (spec.total != kIconArrayTotal)
        problem = IconArrayText::tr("An icon array has %1 icons, not %2.").arg(kIconArrayTotal).arg(spec.total);
    else if (spec.affected < 0 || spec.affected > spec.total)
        problem = IconArrayText::tr("A count of %1 cannot be shown in an array of %2.").arg(spec.affected).arg(spec.total);
    else if (!spec.colour.isValid())
        problem = IconArrayText::tr("The outcome has no colour.");
    if (why)
        *why = problem;
    return problem.isEmpty();
}

qreal iconArrayCellSize(const QRectF &area)
{
    return qMin(area.width(), area.height()) / kIconArrayColumns;
}

QRectF iconArrayCellRect(const QRectF &area, int index)
{
    const qreal cell = iconArrayCellSize(area);
    const qreal side = cell * kIconArrayColumns;
    const QPointF origin(area.left() + (area.width() - side) / 2, area.top() + (area.height() - side) / 2);
    const int row = index / kIconArrayColumns;
    const int column = index % kIconArrayColumns;
    return QRectF(origin.x() + column * cell, origin.y() + row * cell, cell, cell);
}

void paintIcon(QPainter &p, const QRectF &cell, IconStyle style, const QColor &colour, bool affected)
{
    const qreal s = qMin(cell.width(), cell.height()) * 0.84;
    const QRectF box(cell.center().x() - s / 2, cell.center().y() - s / 2, s, s);
    // Non-cosmetic pen in the painter's units: a hairline at 1200 dpi would vanish (STYLE.md §12.7).
    const qreal penWidth = s * 0.08;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (affected) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
    } else {
        p.setPen(QPen(kOutlineColour, penWidth));
        p.setBrush(Qt::NoBrush);
    }
    // An outline is drawn half outside its path: shrink it so both kinds cover the same area.
    const qreal inset = affected ? 0 : penWidth / 2;
    if (style == IconStyle::Square) {
        const QRectF r = box.adjusted(s * 0.08 + inset, s * 0.08 + inset, -s * 0.08 - inset, -s * 0.08 - inset);
        p.drawRoundedRect(r, s * 0.12, s * 0.12);
    } else {
        const qreal headRadius = s * 0.17 - inset;
        const QPointF head(box.center().x(), box.top() + s * 0.19);
        p.drawEllipse(head, headRadius, headRadius);
        const QRectF body(box.center().x() - s * 0.31 + inset, box.top() + s * 0.42 + inset, s * 0.62 - 2 * inset,
                          s * 0.58 - 2 * inset);
        p.drawRoundedRect(body, s * 0.2, s * 0.2);
    }
    p.restore();
}

bool paintIconArray(QPainter &p, const QRectF &area, const IconArraySpec &spec)
{
    if (!iconArraySpecValid(spec))
        return false;
    for (int i = 0; i < spec.total; ++i)
        paintIcon(p, iconArrayCellRect(area, i), spec.style, spec.colour, i < spec.affected);
    return true;
}

QString iconArrayText(const IconArraySpec &spec)
{
    QString why;
    if (!iconArraySpecValid(spec, &why))
        return why;
    // Worded in the figure's language, whatever the program's (textIn, i18n/language.h).
    return textIn(spec.language, "IconArray", QT_TRANSLATE_NOOP("IconArray", "%1 of %2 people %3; %4 of %2 %5."))
        .arg(spec.affected)
        .arg(spec.total)
        .arg(spec.affectedLabel)
        .arg(spec.total - spec.affected)
        .arg(spec.unaffectedLabel);
}

QString numberInWords(int n, const QString &lang)
{
    if (n < 0 || n > 100)
        return QString::number(n);
    if (lang == u"es")
        return spanishWords(n);
    if (lang.isEmpty() || lang == u"en")
        return englishWords(n);
    return QString::number(n);
}

QString iconArrayCountLine(int count, const QString &label, const QString &lang)
{
    return textIn(lang, "IconArray", QT_TRANSLATE_NOOP("IconArray", "%1 (%2) of %3 people %4"))
        .arg(capitalised(numberInWords(count, lang)))
        .arg(count)
        .arg(kIconArrayTotal)
        .arg(label);
}

qreal iconArrayLegendHeight(const IconArraySpec &spec, const QFont &font, qreal width, const QPaintDevice *device,
                            const QString &caption)
{
    const QFontMetricsF fm(font, device);
    const qreal icon = fm.height() * 1.3;
    const qreal gap = fm.height() * 0.25;
    qreal h = caption.isEmpty() ? 0 : wrappedHeight(fm, width, caption) + gap;
    for (const LegendRow &row : legendRows(spec))
        h += qMax(icon, wrappedHeight(fm, width - icon - gap, row.text)) + gap;
    return h - gap;
}

qreal paintIconArrayLegend(QPainter &p, const QRectF &area, const IconArraySpec &spec, const QFont &font,
                           const QString &caption)
{
    if (!iconArraySpecValid(spec))
        return 0;
    p.save();
    p.setFont(font);
    p.setPen(Qt::black);
    const QFontMetricsF fm(font, p.device());
    const qreal icon = fm.height() * 1.3;
    const qreal gap = fm.height() * 0.25;
    qreal y = area.top();
    if (!caption.isEmpty()) {
        const qreal h = wrappedHeight(fm, area.width(), caption);
        p.drawText(QRectF(area.left(), y, area.width(), h), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, caption);
        y += h + gap;
    }
    for (const LegendRow &row : legendRows(spec)) {
        const qreal textWidth = area.width() - icon - gap;
        const qreal h = qMax(icon, wrappedHeight(fm, textWidth, row.text));
        paintIcon(p, QRectF(area.left(), y, icon, icon), spec.style, spec.colour, row.affected);
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left() + icon + gap, y, textWidth, h), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter,
                   row.text);
        y += h + gap;
    }
    p.restore();
    return y - gap - area.top();
}

QColor outcomeColour(Aids::OutcomeKind kind)
{
    switch (kind) {
    case Aids::OutcomeKind::Benefit: return QColor(0x00, 0x72, 0xB2);
    case Aids::OutcomeKind::Harm: return QColor(0xD5, 0x5E, 0x00);
    case Aids::OutcomeKind::Course: break;
    }
    return QColor(0xCC, 0x79, 0xA7);
}

QList<OptionIconArray> outcomeIconArrays(const Aids::DecisionAid &aid, const Aids::Outcome &outcome, const QString &lang,
                                         const QStringList &optionIds, IconStyle style)
{
    QList<OptionIconArray> arrays;
    for (const Aids::Option &option : aid.options) {
        if (!optionIds.isEmpty() && !optionIds.contains(option.id))
            continue;
        OptionIconArray a;
        a.optionId = option.id;
        a.optionLabel = contentText(option.label, lang);
        if (const std::optional<int> count = outcome.countFor(option.id)) {
            IconArraySpec spec;
            spec.affected = *count;
            spec.colour = outcomeColour(outcome.kind);
            spec.style = style;
            spec.affectedLabel = contentText(outcome.affected, lang);
            spec.unaffectedLabel = contentText(outcome.unaffected, lang);
            spec.language = lang.isEmpty() ? u"en"_s : lang;
            a.spec = spec;
        }
        arrays << a;
    }
    return arrays;
}

} // namespace SpineDesk
