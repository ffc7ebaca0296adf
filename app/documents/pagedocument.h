#pragma once

// The page framework every visit document is built on (letter, PA summary, handouts).
//
// Usage: make a PageDocument for the device the document will be painted on (a QPdfWriter
// for PDF, a QPrinter for print and preview) with a PageSetup (title, language, clinic
// letterhead, patient identifiers, document id, draft, base font size); a builder may adjust
// the setup with setSetup() until it adds content. Add content in print order: section() for a
// titled section (listed in the report with the page it lands on, kept on one page with what
// follows it), paragraph() with plain-text runs (user text goes in through QTextCursor as text,
// never read as HTML), bullet(), numbered(), table() (rows are never cut across pages; the
// header repeats on a continued table), box(), figure() for a vector picture (a PageFigure
// painted by the same code as the screen), beginKeepTogether()/endKeepTogether() for blocks
// that must share a page. Then paint(): it lays the document out in the device's own units,
// moves what straddles a page to the next, and paints every page with the letterhead (first
// page of the flow), the patient's name, date of birth and record number, "Page X of Y", the
// title and document id, a DRAFT mark when the setup says so, and the setup's page notice (a
// band under the page header, e.g. a translation pending review). An optional cover page (the
// fax cover) comes first, counts in "Page X of Y" and carries no patient identifiers. The
// builder queries nothing: callers hand it text.

#include "core/clinic.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextDocument;

namespace SpineDesk {

struct DocumentReport;

// Fixed texts of the page furniture. The defaults come from the program's translation
// (tr()); a document in another language than the program's passes its own.
struct PageLabels {
    QString pageOfTotal;   // "Page %1 of %2"
    QString draft;         // "DRAFT"
    QString birthDate;     // "DOB"
    QString recordNumber;  // "MRN"
    QString documentId;    // "Document %1"
    QString phone;         // "Phone %1"
    QString fax;           // "Fax %1"
    QString notRecorded;   // "not recorded" (a missing date of birth or record number)
    static PageLabels fromTranslation();
};

struct PageSetup {
    QString title;                          // the PDF title and the footer's document name
    QString language = QStringLiteral("en"); // PDF metadata (dc:language in the XMP packet)
    ClinicProfile clinic;                   // letterhead on the first page of the flow; empty: none
    QString patientName;                    // the identifiers every page carries
    bool withoutPatient = false;            // a library handout printed for no one in particular
    QDate birthDate;
    QString recordNumber;
    QString documentId;                     // footer of every page
    bool draft = false;                     // DRAFT on every page
    qreal basePointSize = 10.5;             // body text; headings, tables and furniture scale from it
    QString dateFormat = QStringLiteral("yyyy-MM-dd"); // the date of birth in the page header
    PageLabels labels = PageLabels::fromTranslation();
    // A notice in a band under the page header of every page, in the document's language, e.g.
    // Handouts::pendingTranslationNotice() for a translation not yet reviewed (issue 8); empty: none.
    QString pageNotice;
};

// Sizes in the device's units, for builders and figures.
struct PageMetrics {
    const QPaintDevice *device = nullptr;
    qreal dpi = 72;
    qreal base = 10.5;       // body text in points
    qreal bodyWidth = 0;     // device units
    qreal pageBodyHeight = 0; // the flow's height on one page, device units

    qreal pt(qreal points) const { return points * dpi / 72; }
    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    QFont font(qreal scale = 1, bool bold = false) const; // the bundled document font
};

// A vector picture placed in the flow as one unbreakable object (a trend chart, an icon
// array). The same painter draws it on screen.
class PageFigure
{
public:
    virtual ~PageFigure() = default;
    virtual qreal height(qreal width, const PageMetrics &m) const = 0; // device units
    virtual void paint(QPainter &p, const QRectF &rect, const PageMetrics &m) const = 0;
};

// A piece of a paragraph. Text is always inserted as plain text.
struct TextRun {
    QString text;
    bool bold = false;
    bool italic = false;
};
using TextRuns = QList<TextRun>;

struct PageTable {
    QStringList header;          // repeated at the top of each page the table continues on
    QList<QStringList> rows;     // plain text cells
    QList<qreal> columnWeights;  // relative widths; empty: equal
    qreal scale = 0.9;           // cell text size relative to the body
    QList<int> boldRows;         // e.g. a totals row
};

// Paints the page the flow does not fill: the fax cover. `body` is the page's body area in
// device units (below the page header, above the footer); `totalPages` counts the cover.
using CoverPainter = std::function<void(QPainter &p, const QRectF &body, const PageMetrics &m, int totalPages)>;

class PageDocument
{
    Q_DECLARE_TR_FUNCTIONS(PageDocument)
public:
    // The document is laid out for `device` (its resolution and page layout); paint() paints
    // on the same device. The device must outlive the PageDocument.
    PageDocument(QPagedPaintDevice *device, const PageSetup &setup);
    ~PageDocument();
    PageDocument(const PageDocument &) = delete;
    PageDocument &operator=(const PageDocument &) = delete;

    const PageSetup &setup() const;
    // Changes the setup (title, language, labels, base size) before any content is added;
    // false once content exists. Builders start from the common setup and adjust it.
    bool setSetup(const PageSetup &setup);
    const PageMetrics &metrics() const;
    QFont font(qreal scale = 1, bool bold = false) const { return metrics().font(scale, bold); }

    // --- content, in print order; each returns the block number it added ---
    int documentTitle(const QString &text);           // the large heading at the top
    int section(const QString &title);                // reported, kept with what follows
    int subheading(const QString &text);              // kept with what follows, not reported
    int paragraph(const QString &text, qreal scale = 1, bool bold = false);
    int paragraph(const TextRuns &runs, qreal scale = 1);
    int labelled(const QString &label, const QString &text); // "Label: text", the label bold
    int bullet(const QString &text);
    int bullet(const TextRuns &runs);
    int numbered(int number, const QString &text);
    void table(const PageTable &table);
    void box(const QList<TextRuns> &paragraphs);      // a bordered block (e.g. the safety net)
    int figure(std::shared_ptr<const PageFigure> figure);
    void spacer(qreal points);
    void pageBreak();                                 // the next block starts a page

    // Everything added between the two calls shares a page when it fits on one.
    void beginKeepTogether();
    void endKeepTogether();

    // The fax cover: painted as page 1, before the flow, counted in "Page X of Y".
    void setCoverPage(CoverPainter painter);

    // Lays out and paints every page. Refuses (false, `error` set) without a usable font or
    // when the device cannot be painted on. `report` gets the pages and each section's page.
    bool paint(QString *error, DocumentReport *report = nullptr);

    // For tests and previews that lay out without painting.
    int pageCount();
    QTextDocument *textDocument();

    // Sets the PDF (or printer) title, creator and language metadata on the device; paint()
    // calls it, renderers that make their own QPdfWriter may call it earlier.
    static void applyMetadata(QPagedPaintDevice *device, const PageSetup &setup);

private:
    class Private;
    std::unique_ptr<Private> d;
};

// The identity line every page carries: "Name · DOB 1961-03-14 · MRN 123".
QString pageIdentityLine(const PageSetup &setup);

} // namespace SpineDesk
