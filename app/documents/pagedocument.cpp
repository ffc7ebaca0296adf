#include "documents/pagedocument.h"

#include "documents/documentfont.h"
#include "documents/pagination.h"
#include "documents/visitdocuments.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {

constexpr int kFigureObject = QTextFormat::UserObject + 11;
constexpr int kFigureIndex = QTextFormat::UserProperty + 11;

// User text stays one paragraph: QTextCursor::insertText turns '\n' into a new block, which
// would split keep-together groups and the report's block numbers.
QString plain(const QString &text)
{
    QString s = text;
    s.replace(u"\r\n"_s, u"\n"_s);
    s.replace(u'\r', u'\n');
    s.replace(u'\n', QChar::LineSeparator);
    return s;
}

// Qt 6.4's QTextLayout::draw also draws the line just above its clip rectangle, so a block
// continued from the page before put a hidden copy of that page's last line into this page's
// text, read twice by text extraction and screen readers. Those blocks are hidden from the
// layout's own drawing and their lines on this page drawn one by one, each line on one page.
QList<QTextBlock> continuedBlocks(const QTextDocument &doc, const QRectF &slice)
{
    QList<QTextBlock> out;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (!block.isVisible() || !block.layout() || block.layout()->lineCount() == 0)
            continue;
        // Continued: the layout drew its first line on an earlier page (a line starting up
        // to 1 pt above the page line belongs to the page below, as the clip makes it).
        const QRectF r = doc.documentLayout()->blockBoundingRect(block);
        if (r.top() + block.layout()->lineAt(0).y() <= slice.top() - 1 && r.bottom() > slice.top())
            out << block;
    }
    return out;
}

void drawContinuedLines(QPainter &p, const QTextDocument &doc, const QList<QTextBlock> &blocks, const QRectF &slice)
{
    for (const QTextBlock &block : blocks) {
        const QRectF r = doc.documentLayout()->blockBoundingRect(block);
        if (const QBrush background = block.blockFormat().background(); background.style() != Qt::NoBrush)
            p.fillRect(r & slice, background);
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qreal top = r.top() + line.y();
            // The layout drew lines starting up to 1 pt above the page line on the page before.
            if (top > slice.top() - 1 && top < slice.bottom() - 1)
                line.draw(&p, r.topLeft());
        }
    }
}

class FigureHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    FigureHandler(const PageMetrics &metrics, QObject *parent) : QObject(parent), m_metrics(metrics) {}

    int add(std::shared_ptr<const PageFigure> figure)
    {
        m_heights << (figure ? figure->height(m_metrics.bodyWidth, m_metrics) : 0);
        m_figures << std::move(figure);
        return int(m_figures.size()) - 1;
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const int i = format.intProperty(kFigureIndex);
        return i >= 0 && i < m_figures.size() ? QSizeF(m_metrics.bodyWidth, m_heights.at(i)) : QSizeF();
    }

    void drawObject(QPainter *p, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const int i = format.intProperty(kFigureIndex);
        if (i < 0 || i >= m_figures.size() || !m_figures.at(i))
            return;
        // The layout draws every block the page's clip touches, its margins included: a figure
        // ending at the foot of one page would be painted again, hidden but as text, on the next.
        if (p->hasClipping() && !p->clipBoundingRect().intersects(rect))
            return;
        p->save();
        m_figures.at(i)->paint(*p, rect, m_metrics);
        p->restore();
    }

private:
    PageMetrics m_metrics;
    QList<std::shared_ptr<const PageFigure>> m_figures;
    QList<qreal> m_heights;
};

// The clinic's letterhead: logo at the left, name, address and numbers beside it, a rule below.
class Letterhead : public PageFigure
{
public:
    Letterhead(const ClinicProfile &clinic, const PageLabels &labels) : m_clinic(clinic), m_labels(labels)
    {
        if (!clinic.logoPng.isEmpty())
            m_logo = QImage::fromData(clinic.logoPng, "PNG");
    }

    qreal height(qreal width, const PageMetrics &m) const override
    {
        const Layout l = layout(width, m);
        return qMax(l.logo.height(), l.textHeight) + m.pt(m.base * 0.8);
    }

    void paint(QPainter &p, const QRectF &rect, const PageMetrics &m) const override
    {
        const Layout l = layout(rect.width(), m);
        if (!m_logo.isNull())
            p.drawImage(l.logo.translated(rect.topLeft()), m_logo);
        qreal y = rect.top();
        const qreal x = rect.left() + l.textLeft;
        const qreal w = rect.width() - l.textLeft;
        p.setPen(Qt::black);
        for (int i = 0; i < l.lines.size(); ++i) {
            const QFont f = lineFont(l.lines.at(i), i, w, m);
            p.setFont(f);
            const qreal h = QFontMetricsF(f, m.device).height();
            p.drawText(QRectF(x, y, w, h), Qt::AlignLeft | Qt::AlignVCenter, l.lines.at(i));
            y += h;
        }
        const qreal ruleY = rect.top() + qMax(l.logo.height(), l.textHeight) + m.pt(m.base * 0.3);
        p.setPen(QPen(QColor(0x40, 0x40, 0x40), m.pt(0.8)));
        p.drawLine(QPointF(rect.left(), ruleY), QPointF(rect.right(), ruleY));
    }

private:
    struct Layout {
        QRectF logo;
        qreal textLeft = 0;
        qreal textHeight = 0;
        QStringList lines;
    };

    Layout layout(qreal width, const PageMetrics &m) const
    {
        Layout l;
        if (!m_logo.isNull() && m_logo.height() > 0) {
            const qreal h = m.mm(13);
            const qreal w = qMin(width / 4, h * m_logo.width() / m_logo.height());
            l.logo = QRectF(0, 0, w, w * m_logo.height() / m_logo.width());
            l.textLeft = w + m.mm(5);
        }
        l.lines << m_clinic.name.simplified();
        for (const QString &a : m_clinic.addressLines)
            if (!a.trimmed().isEmpty())
                l.lines << a.simplified();
        QStringList numbers;
        if (!m_clinic.phone.trimmed().isEmpty())
            numbers << m_labels.phone.arg(m_clinic.phone.simplified());
        if (!m_clinic.fax.trimmed().isEmpty())
            numbers << m_labels.fax.arg(m_clinic.fax.simplified());
        if (!numbers.isEmpty())
            l.lines << numbers.join(u"   "_s);
        for (int i = 0; i < l.lines.size(); ++i)
            l.textHeight += QFontMetricsF(lineFont(l.lines.at(i), i, width - l.textLeft, m), m.device).height();
        return l;
    }

    // The name large and bold, the rest smaller; a line too long for the width (a long name in
    // large print) gets a smaller font rather than being cut off.
    static QFont lineFont(const QString &text, int i, qreal width, const PageMetrics &m)
    {
        const qreal scale = i == 0 ? 1.45 : 0.9;
        QFont f = m.font(scale, i == 0);
        const qreal advance = QFontMetricsF(f, m.device).horizontalAdvance(text);
        if (advance > width && width > 0)
            f = m.font(scale * width / advance * 0.98, i == 0);
        return f;
    }

    ClinicProfile m_clinic;
    PageLabels m_labels;
    QImage m_logo;
};

QByteArray xmpPacket(const PageSetup &setup)
{
    const QString title = setup.title.toHtmlEscaped();
    const QString lang = setup.language.toHtmlEscaped();
    const QString xml =
        u"<?xpacket begin=\"\xFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "   <dc:language><rdf:Bag><rdf:li>%2</rdf:li></rdf:Bag></dc:language>\n"
        "   <dc:format>application/pdf</dc:format>\n"
        "   <xmp:CreatorTool>SpineDesk</xmp:CreatorTool>\n"
        "   <pdf:Producer>SpineDesk</pdf:Producer>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>"_s.arg(title, lang);
    return xml.toUtf8();
}

} // namespace

PageLabels PageLabels::fromTranslation()
{
    PageLabels l;
    l.pageOfTotal = PageDocument::tr("Page %1 of %2");
    l.draft = PageDocument::tr("DRAFT");
    l.birthDate = PageDocument::tr("DOB");
    l.recordNumber = PageDocument::tr("MRN");
    l.documentId = PageDocument::tr("Document %1");
    l.phone = PageDocument::tr("Phone %1");
    l.fax = PageDocument::tr("Fax %1");
    l.notRecorded = PageDocument::tr("not recorded");
    return l;
}

QFont PageMetrics::font(qreal scale, bool bold) const
{
    QFont f = documentFont(base * scale);
    f.setBold(bold);
    return f;
}

QString pageIdentityLine(const PageSetup &s)
{
    const QString name = s.patientName.simplified().isEmpty() ? s.labels.notRecorded : s.patientName.simplified();
    const QString dob = s.birthDate.isValid() ? s.birthDate.toString(s.dateFormat) : s.labels.notRecorded;
    const QString mrn = s.recordNumber.simplified().isEmpty() ? s.labels.notRecorded : s.recordNumber.simplified();
    return u"%1  \u00B7  %2 %3  \u00B7  %4 %5"_s.arg(name, s.labels.birthDate, dob, s.labels.recordNumber, mrn);
}

class PageDocument::Private
{
public:
    QPagedPaintDevice *device = nullptr;
    PageSetup setup;
    PageMetrics m;
    qreal blockScale = 1;
    QRectF paintRect;     // device units, origin at the printable area's top-left
    qreal headerHeight = 0; // the identity line, its rule and the page notice's band
    qreal noticeHeight = 0; // the band alone; 0 without a notice
    qreal footerHeight = 0;

    QTextDocument doc;
    QTextCursor cursor;
    FigureHandler *figures = nullptr;
    bool started = false;
    bool editing = false; // inside the build's edit block
    bool reuseBlock = true; // the document's first, empty block
    int pendingHeading = -1;
    bool inGroup = false;
    int groupFirst = -1;
    bool groupHasHeading = false;
    QList<KeepGroup> groups;
    QList<QPair<QString, int>> sections;
    CoverPainter cover;
    bool paginated = false;
    int flowPages = 0;

    qreal blockPt(qreal points) const { return m.pt(points) / blockScale; }

    QTextCharFormat charFormat(qreal scale, bool bold, bool italic = false) const
    {
        QTextCharFormat f;
        f.setFont(m.font(scale, bold));
        f.setFontItalic(italic);
        f.setForeground(Qt::black);
        return f;
    }

    QTextBlockFormat blockFormat(qreal before, qreal indent = 0, qreal hanging = 0) const
    {
        QTextBlockFormat b;
        b.setTopMargin(before);
        b.setBottomMargin(blockPt(m.base * 0.2));
        b.setLeftMargin(indent);
        b.setTextIndent(-hanging);
        b.setAlignment(Qt::AlignLeft);
        b.setLineHeight(106, QTextBlockFormat::ProportionalHeight);
        return b;
    }

    void configure(const PageSetup &s)
    {
        setup = s;
        m.device = device;
        m.dpi = device ? device->logicalDpiY() : 72;
        m.base = s.basePointSize > 0 ? s.basePointSize : 10.5;
        const QFontMetricsF fm(furnitureFont(), device);
        headerHeight = fm.height() + m.pt(9);
        footerHeight = fm.height() + m.pt(7);
        m.bodyWidth = paintRect.width();
        noticeHeight = noticeRect(fm.height()).height();
        if (noticeHeight > 0)
            headerHeight += noticeHeight + m.pt(6);
        m.pageBodyHeight = qMax(paintRect.height() - headerHeight - footerHeight, m.pt(72));
        doc.setDefaultFont(m.font());
        delete figures;
        figures = new FigureHandler(m, &doc);
        doc.documentLayout()->registerHandler(kFigureObject, figures);
    }

    QFont furnitureFont() const { return documentFont(qBound(7.5, m.base * 0.8, 12.0)); }

    // The identity line within `room` (long names, a translated "date of birth", large print):
    // first a smaller font, down to three quarters of the furniture's size, then a shortened
    // name; the date of birth and the record number are never cut.
    std::pair<QString, QFont> identityLine(const QFont &font, qreal room) const
    {
        const QString line = pageIdentityLine(setup);
        const qreal width = QFontMetricsF(font, device).horizontalAdvance(line);
        if (width <= room)
            return {line, font};
        QFont smaller = font;
        smaller.setPointSizeF(qMax(font.pointSizeF() * 0.75, font.pointSizeF() * room / width * 0.98));
        const QFontMetricsF fm(smaller, device);
        if (fm.horizontalAdvance(line) <= room)
            return {line, smaller};
        PageSetup shorter = setup;
        shorter.patientName.clear();
        const qreal nameRoom = room - fm.horizontalAdvance(pageIdentityLine(shorter)) + fm.horizontalAdvance(setup.labels.notRecorded);
        shorter.patientName = fm.elidedText(setup.patientName.simplified(), Qt::ElideRight,
                                            qMax(nameRoom, fm.horizontalAdvance(u"MMMMMMMMMM"_s)));
        return {pageIdentityLine(shorter), smaller};
    }

    // "Title · Document id", shortened to `room` so that it never runs into the page number or
    // off the page (a long title, a translated one, large print): the title gives way first,
    // since the id is what identifies the copy.
    QString footerLeft(const QFontMetricsF &fm, qreal room) const
    {
        const QString separator = u"  \u00B7  "_s;
        const QString id = setup.documentId.isEmpty() ? QString() : setup.labels.documentId.arg(setup.documentId);
        QString text = QStringList{setup.title, id}.join(separator);
        if (setup.title.isEmpty() || id.isEmpty())
            text = setup.title + id;
        if (fm.horizontalAdvance(text) <= room)
            return text;
        if (!setup.title.isEmpty() && !id.isEmpty()) {
            const qreal titleRoom = room - fm.horizontalAdvance(separator + id);
            const QString title = titleRoom > fm.horizontalAdvance(u"MMMM"_s) ? fm.elidedText(setup.title, Qt::ElideRight, titleRoom)
                                                                            : QString();
            text = title.isEmpty() ? id : title + separator + id;
        }
        return fm.elidedText(text, Qt::ElideMiddle, room);
    }

    // The page notice: bold, a little larger than the furniture, wrapped inside a framed band.
    // One line when it fits at the furniture's size or larger (large print would wrap it).
    QFont noticeFont() const
    {
        QFont f = documentFont(qBound(8.5, m.base * 0.9, 13.0));
        f.setBold(true);
        const qreal room = m.bodyWidth - 2 * noticePadding();
        const qreal width = QFontMetricsF(f, device).horizontalAdvance(setup.pageNotice.simplified());
        if (width > room) {
            const qreal fitted = f.pointSizeF() * room / width * 0.98;
            const qreal floor = qBound(7.5, m.base * 0.8, 12.0); // the furniture's size
            if (fitted >= floor)
                f.setPointSizeF(fitted);
        }
        return f;
    }
    qreal noticePadding() const { return m.pt(4); }
    // The band below the identity line and its rule; empty without a notice.
    QRectF noticeRect(qreal identityLineHeight) const
    {
        const QString text = setup.pageNotice.simplified();
        if (text.isEmpty())
            return {};
        const qreal pad = noticePadding();
        const QRectF wrapped = QFontMetricsF(noticeFont(), device)
                                   .boundingRect(QRectF(0, 0, m.bodyWidth - 2 * pad, 1e9), Qt::TextWordWrap | Qt::AlignLeft, text);
        return QRectF(0, identityLineHeight + m.pt(6), m.bodyWidth, wrapped.height() + 2 * pad);
    }

    // The letterhead opens the flow; it waits for the first content so a builder can still
    // change the setup (base size, title) before anything is laid out.
    void start()
    {
        if (started)
            return;
        started = true;
        // One edit block for the whole build: without it every cell of a table re-lays out
        // the table (seconds for a few hundred cells in Qt 6.4).
        cursor.beginEditBlock();
        editing = true;
        if (!setup.clinic.isEmpty())
            insertFigure(std::make_shared<Letterhead>(setup.clinic, setup.labels));
    }

    int insertFigure(std::shared_ptr<const PageFigure> f)
    {
        const int index = figures->add(std::move(f));
        QTextCharFormat object;
        object.setObjectType(kFigureObject);
        object.setProperty(kFigureIndex, index);
        const int n = startBlock(blockFormat(blockPt(m.base * 0.3)), charFormat(1, false));
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        closePendingHeading(n);
        return n;
    }

    int startBlock(const QTextBlockFormat &b, const QTextCharFormat &c)
    {
        start();
        paginated = false;
        if (reuseBlock) {
            cursor.setBlockFormat(b);
            cursor.setBlockCharFormat(c);
            reuseBlock = false;
        } else {
            cursor.insertBlock(b, c);
        }
        return cursor.block().blockNumber();
    }

    // A heading waits for the next block so the two can be kept on one page.
    void closePendingHeading(int number)
    {
        if (pendingHeading >= 0 && number != pendingHeading) {
            if (!inGroup) // inside a group the group keeps the heading
                groups.append({pendingHeading, number, number});
            pendingHeading = -1;
        }
    }

    int block(const TextRuns &runs, qreal scale, const QTextBlockFormat &b, bool bold = false)
    {
        const int number = startBlock(b, charFormat(scale, bold));
        for (const TextRun &r : runs)
            cursor.insertText(plain(r.text), charFormat(scale, bold || r.bold, r.italic)); // text, never markup
        closePendingHeading(number);
        return number;
    }

    // The empty block Qt keeps after a table becomes a hairline of its own: Qt 6.4 does not push
    // a block that straddles a page when it directly follows a table, and a page break before
    // it then skips a page.
    void afterFrame()
    {
        cursor.movePosition(QTextCursor::End);
        QTextBlockFormat b = blockFormat(0);
        b.setBottomMargin(0);
        b.setLineHeight(1, QTextBlockFormat::FixedHeight);
        cursor.setBlockFormat(b);
        cursor.setBlockCharFormat(charFormat(0.2, false));
        reuseBlock = false;
    }

    // Table lengths (border, padding, margins) are scaled by the layout like block margins.
    QTextTableFormat tableFormat(int columns, const QList<qreal> &weights, qreal border) const
    {
        QTextTableFormat t;
        t.setBorder(border);
        t.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        t.setBorderBrush(QColor(0x60, 0x60, 0x60));
        t.setBorderCollapse(true);
        t.setCellSpacing(0);
        t.setCellPadding(blockPt(m.base * 0.25));
        t.setTopMargin(blockPt(m.base * 0.3));
        t.setBottomMargin(blockPt(m.base * 0.3));
        t.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        qreal total = 0;
        for (int c = 0; c < columns; ++c)
            total += c < weights.size() && weights.at(c) > 0 ? weights.at(c) : 1;
        QList<QTextLength> widths;
        for (int c = 0; c < columns; ++c) {
            const qreal w = c < weights.size() && weights.at(c) > 0 ? weights.at(c) : 1;
            widths << QTextLength(QTextLength::PercentageLength, 100 * w / total);
        }
        t.setColumnWidthConstraints(widths);
        return t;
    }

    void paginate()
    {
        start();
        if (paginated)
            return;
        if (editing) {
            cursor.endEditBlock();
            editing = false;
        }
        doc.setPageSize(QSizeF(m.bodyWidth, m.pageBodyHeight));
        keepTogether(doc, groups, m.pageBodyHeight, true);
        flowPages = laidOutPages(doc, m.pageBodyHeight);
        paginated = true;
    }

    int coverPages() const { return cover ? 1 : 0; }

    void paintFurniture(QPainter &p, int page, int total)
    {
        const QFont small = furnitureFont();
        const QFontMetricsF fm(small, device);
        p.save();
        if (setup.draft) {
            // Under the text, light enough to read through.
            p.save();
            QFont big = documentFont(72);
            big.setBold(true);
            p.setFont(big);
            p.setPen(QColor(0xE2, 0xE2, 0xE2));
            p.translate(paintRect.center() - paintRect.topLeft());
            p.rotate(-40);
            const qreal w = QFontMetricsF(big, device).horizontalAdvance(setup.labels.draft);
            p.drawText(QPointF(-w / 2, 0), setup.labels.draft);
            p.restore();
        }
        p.setFont(small);
        p.setPen(Qt::black);
        const QRectF header(0, 0, m.bodyWidth, fm.height());
        if (!(cover && page == 1) && !setup.withoutPatient) {
            QFont bold = small;
            bold.setBold(true);
            const qreal draftWidth = setup.draft ? QFontMetricsF(bold, device).horizontalAdvance(setup.labels.draft) + m.pt(10) : 0;
            const auto [line, font] = identityLine(small, m.bodyWidth - draftWidth);
            p.setFont(font);
            p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, line);
            p.setFont(small);
        }
        if (setup.draft) {
            QFont bold = small;
            bold.setBold(true);
            p.setFont(bold);
            p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, setup.labels.draft);
            p.setFont(small);
        }
        p.setPen(QPen(QColor(0x70, 0x70, 0x70), m.pt(0.5)));
        p.drawLine(QPointF(0, header.bottom() + m.pt(2)), QPointF(m.bodyWidth, header.bottom() + m.pt(2)));
        if (const QRectF band = noticeRect(fm.height()); !band.isEmpty()) {
            // Framed and tinted so it cannot be taken for part of the text; the text itself is black.
            p.save();
            p.setPen(QPen(QColor(0x8A, 0x5A, 0x00), m.pt(1)));
            p.setBrush(QColor(0xFF, 0xF1, 0xC6));
            p.drawRect(band);
            p.setFont(noticeFont());
            p.setPen(Qt::black);
            const qreal pad = noticePadding();
            p.drawText(band.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter,
                       setup.pageNotice.simplified());
            p.restore();
        }

        const QRectF footer(0, paintRect.height() - fm.height(), m.bodyWidth, fm.height());
        p.drawLine(QPointF(0, footer.top() - m.pt(2)), QPointF(m.bodyWidth, footer.top() - m.pt(2)));
        p.setPen(Qt::black);
        const QString pageNumber = setup.labels.pageOfTotal.arg(page).arg(total);
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, footerLeft(fm, m.bodyWidth - fm.horizontalAdvance(pageNumber) - m.pt(10)));
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageNumber);
        p.restore();
    }
};

PageDocument::PageDocument(QPagedPaintDevice *device, const PageSetup &setup) : d(std::make_unique<Private>())
{
    d->device = device;
    if (device) {
        d->paintRect = device->pageLayout().paintRectPixels(device->logicalDpiY());
        d->paintRect.moveTopLeft(QPointF(0, 0));
        d->blockScale = blockLengthScale(device);
        d->doc.documentLayout()->setPaintDevice(device);
    }
    d->doc.setDocumentMargin(0);
    d->doc.setUndoRedoEnabled(false);
    d->cursor = QTextCursor(&d->doc);
    d->configure(setup);
}

bool PageDocument::setSetup(const PageSetup &setup)
{
    if (d->started)
        return false;
    d->configure(setup);
    return true;
}

PageDocument::~PageDocument() = default;

const PageSetup &PageDocument::setup() const
{
    return d->setup;
}

const PageMetrics &PageDocument::metrics() const
{
    return d->m;
}

int PageDocument::documentTitle(const QString &text)
{
    const int n = d->block({{text}}, 1.5, d->blockFormat(d->blockPt(d->m.base * 0.4)), true);
    d->pendingHeading = n;
    return n;
}

int PageDocument::section(const QString &title)
{
    const int n = d->block({{title}}, 1.15, d->blockFormat(d->blockPt(d->m.base * 0.7)), true);
    d->sections.append({title, n});
    d->pendingHeading = n;
    return n;
}

int PageDocument::subheading(const QString &text)
{
    const int n = d->block({{text}}, 1.0, d->blockFormat(d->blockPt(d->m.base * 0.3)), true);
    d->pendingHeading = n;
    return n;
}

int PageDocument::paragraph(const QString &text, qreal scale, bool bold)
{
    return d->block({{text}}, scale, d->blockFormat(0), bold);
}

int PageDocument::paragraph(const TextRuns &runs, qreal scale)
{
    return d->block(runs, scale, d->blockFormat(0));
}

int PageDocument::labelled(const QString &label, const QString &text)
{
    return paragraph(TextRuns{{tr("%1: ").arg(label), true}, {text}});
}

int PageDocument::bullet(const QString &text)
{
    return bullet(TextRuns{{text}});
}

int PageDocument::bullet(const TextRuns &runs)
{
    const QString mark = u"\u2022  "_s;
    const qreal hanging = QFontMetricsF(d->m.font(), d->device).horizontalAdvance(mark);
    TextRuns all{{mark}};
    all += runs;
    return d->block(all, 1, d->blockFormat(0, hanging + d->m.pt(d->m.base * 0.6), hanging));
}

int PageDocument::numbered(int number, const QString &text)
{
    const QString mark = QString::number(number) + u".  "_s;
    const qreal hanging = QFontMetricsF(d->m.font(), d->device).horizontalAdvance(u"00.  "_s);
    return d->block({{mark}, {text}}, 1, d->blockFormat(0, hanging + d->m.pt(d->m.base * 0.3), hanging));
}

void PageDocument::table(const PageTable &t)
{
    const int columns = int(qMax(t.header.size(), t.rows.isEmpty() ? qsizetype(0) : t.rows.first().size()));
    if (columns == 0)
        return;
    d->paginated = false;
    const int headerRows = t.header.isEmpty() ? 0 : 1;
    const int rows = headerRows + int(t.rows.size());
    if (d->reuseBlock) {
        // insertTable needs a block before it; make the reused block an empty spacer.
        d->startBlock(d->blockFormat(0), d->charFormat(0.5, false));
    }
    QTextTableFormat format = d->tableFormat(columns, t.columnWeights, d->blockPt(0.5));
    format.setHeaderRowCount(headerRows);
    QTextTable *table = d->cursor.insertTable(rows, columns, format);
    int firstRowLast = -1;
    for (int r = 0; r < rows; ++r) {
        const bool isHeader = r < headerRows;
        const QStringList cells = isHeader ? t.header : t.rows.at(r - headerRows);
        const bool bold = isHeader || t.boldRows.contains(r - headerRows);
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = table->cellAt(r, c);
            if (isHeader) {
                QTextTableCellFormat cf = cell.format().toTableCellFormat();
                cf.setBackground(QColor(0xEE, 0xEE, 0xEE));
                cell.setFormat(cf);
            }
            QTextCursor cc = cell.firstCursorPosition();
            QTextBlockFormat b;
            b.setAlignment(Qt::AlignLeft);
            cc.setBlockFormat(b);
            cc.setBlockCharFormat(d->charFormat(t.scale, bold));
            cc.insertText(plain(c < cells.size() ? cells.at(c) : QString()), d->charFormat(t.scale, bold));
            if (r == qMin(rows - 1, headerRows))
                firstRowLast = qMax(firstRowLast, cc.block().blockNumber());
        }
    }
    // A heading stays with the table's header and first row.
    if (firstRowLast >= 0)
        d->closePendingHeading(firstRowLast);
    d->afterFrame();
}

void PageDocument::box(const QList<TextRuns> &paragraphs)
{
    d->paginated = false;
    if (d->reuseBlock)
        d->startBlock(d->blockFormat(0), d->charFormat(0.5, false));
    QTextTableFormat format = d->tableFormat(1, {}, d->blockPt(1.2));
    format.setCellPadding(d->blockPt(d->m.base * 0.6));
    QTextTable *table = d->cursor.insertTable(1, 1, format);
    QTextCursor cc = table->cellAt(0, 0).firstCursorPosition();
    int last = cc.block().blockNumber();
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            cc.insertBlock(d->blockFormat(0), d->charFormat(1, false));
        else {
            cc.setBlockFormat(d->blockFormat(0));
            cc.setBlockCharFormat(d->charFormat(1, false));
        }
        for (const TextRun &r : paragraphs.at(i))
            cc.insertText(plain(r.text), d->charFormat(1, r.bold, r.italic));
        last = cc.block().blockNumber();
    }
    d->closePendingHeading(last);
    d->afterFrame();
}

int PageDocument::figure(std::shared_ptr<const PageFigure> f)
{
    return d->insertFigure(std::move(f));
}

void PageDocument::spacer(qreal points)
{
    QTextBlockFormat b = d->blockFormat(0);
    b.setBottomMargin(0);
    b.setLineHeight(d->blockPt(points), QTextBlockFormat::FixedHeight); // scaled by the layout like margins
    d->startBlock(b, d->charFormat(0.2, false));
}

void PageDocument::pageBreak()
{
    QTextBlockFormat b = d->blockFormat(0);
    b.setBottomMargin(0);
    b.setLineHeight(1, QTextBlockFormat::FixedHeight);
    b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
    d->startBlock(b, d->charFormat(0.2, false));
}

void PageDocument::beginKeepTogether()
{
    if (d->inGroup)
        endKeepTogether();
    d->start();
    d->groupHasHeading = d->pendingHeading >= 0;
    d->groupFirst = d->groupHasHeading ? d->pendingHeading : d->doc.blockCount() + (d->reuseBlock ? -1 : 0);
    d->pendingHeading = -1;
    d->inGroup = true;
}

void PageDocument::endKeepTogether()
{
    if (!d->inGroup)
        return;
    d->inGroup = false;
    const int last = d->reuseBlock ? d->doc.blockCount() - 2 : d->cursor.block().blockNumber();
    if (last < d->groupFirst)
        return;
    // Too tall for a page: keep at least the heading with the first block after it.
    const int fallback = d->groupHasHeading ? qMin(last, d->groupFirst + 1) : last;
    d->groups.append({d->groupFirst, last, fallback});
}

void PageDocument::setCoverPage(CoverPainter painter)
{
    d->cover = std::move(painter);
}

int PageDocument::pageCount()
{
    d->paginate();
    return d->coverPages() + d->flowPages;
}

QTextDocument *PageDocument::textDocument()
{
    return &d->doc;
}

void PageDocument::applyMetadata(QPagedPaintDevice *device, const PageSetup &setup)
{
    if (auto *pdf = dynamic_cast<QPdfWriter *>(device)) {
        pdf->setTitle(setup.title);
        pdf->setCreator(u"SpineDesk"_s);
        // Qt 6.4 writes no /Lang entry; the language goes into the XMP metadata instead.
        pdf->setDocumentXmpMetadata(xmpPacket(setup));
    } else if (auto *printer = dynamic_cast<QPrinter *>(device)) {
        printer->setDocName(setup.title);
        printer->setCreator(u"SpineDesk"_s);
    }
}

bool PageDocument::paint(QString *error, DocumentReport *report)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (documentFontFamily().isEmpty())
        return fail(tr("No font is installed, so the document would print without text."));
    if (!d->device)
        return fail(tr("There is no page to print on."));
    if (d->inGroup)
        endKeepTogether();
    d->start();
    d->paginate();
    const int total = d->coverPages() + d->flowPages;

    applyMetadata(d->device, d->setup);
    QPainter p;
    if (!p.begin(d->device))
        return fail(tr("The printer or file could not be opened for painting."));
    const QRectF body(0, d->headerHeight, d->m.bodyWidth, d->m.pageBodyHeight);
    for (int page = 1; page <= total; ++page) {
        if (page > 1 && !d->device->newPage()) {
            p.end();
            return fail(tr("The printer refused a new page."));
        }
        d->paintFurniture(p, page, total);
        if (d->cover && page == 1) {
            p.save();
            d->cover(p, body, d->m, total);
            p.restore();
            continue;
        }
        const int flowPage = page - d->coverPages() - 1;
        const QRectF slice(0, flowPage * d->m.pageBodyHeight, d->m.bodyWidth, d->m.pageBodyHeight);
        p.save();
        p.translate(body.left(), body.top() - slice.top());
        p.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        // The layout draws every block its clip touches, whole; a block ending exactly on the
        // page line would otherwise be painted (invisibly, but as text) on the next page too.
        context.clip = slice.adjusted(0, 1, 0, -1);
        context.palette.setColor(QPalette::Text, Qt::black);
        // The continued paragraph first: it is at the top of the page, and text extraction
        // and screen readers read an untagged PDF in drawing order.
        QList<QTextBlock> continued = continuedBlocks(d->doc, slice);
        drawContinuedLines(p, d->doc, continued, slice);
        for (QTextBlock &block : continued)
            block.setVisible(false); // the flag only: the layout is not redone
        d->doc.documentLayout()->draw(&p, context);
        for (QTextBlock &block : continued)
            block.setVisible(true);
        p.restore();
    }
    p.end();

    if (report) {
        report->pages = total;
        report->pageNotice = d->setup.pageNotice.simplified();
        report->bodyPointSize = d->m.base;
        report->title = d->setup.title;
        report->sectionTitles.clear();
        report->sectionPages.clear();
        for (const auto &[title, block] : d->sections) {
            report->sectionTitles << title;
            // + 1: a block moved to a page's top by a page break sits a hair above it (rounding in the layout).
            report->sectionPages << d->coverPages() + pageOf(lineSpan(d->doc, block).top + 1, d->m.pageBodyHeight);
        }
    }
    return true;
}

} // namespace SpineDesk

#include "pagedocument.moc"
