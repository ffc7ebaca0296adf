// The page framework on its own: page furniture on every page, table rows never cut across a
// page (the header repeats above a continued table), headings kept with what follows, user
// text inserted as text, the base size and setup rules, metadata, and refusing nothing to paint on.
#include "pdftools.h"

#include "documents/pagedocument.h"
#include "documents/visitdocuments.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
namespace PT = SpineDesk::PdfTools;

namespace {

PageSetup setup(bool draft = false, qreal base = 10)
{
    PageSetup s;
    s.title = u"Framework test"_s;
    s.patientName = u"Doe, Jane"_s;
    s.birthDate = QDate(1970, 1, 2);
    s.recordNumber = u"MRN-1"_s;
    s.documentId = u"DOC-7"_s;
    s.draft = draft;
    s.basePointSize = base;
    s.clinic.name = u"Test Clinic"_s;
    s.clinic.phone = u"555-1"_s;
    return s;
}

// Renders what `build` adds into a Letter-size PDF.
template<typename Build>
QByteArray render(const PageSetup &s, Build build, DocumentReport *report = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(600);
        pdf.setPageSize(QPageSize(QPageSize::Letter));
        PageDocument doc(&pdf, s);
        build(doc);
        QString error;
        if (!doc.paint(&error, report))
            return {};
    }
    return buffer.data();
}

class Box : public PageFigure
{
public:
    explicit Box(int n) : m_n(n) {}
    qreal height(qreal, const PageMetrics &m) const override { return m.pt(200); }
    void paint(QPainter &p, const QRectF &rect, const PageMetrics &m) const override
    {
        p.drawRect(rect);
        p.setFont(m.font());
        p.drawText(rect, Qt::AlignCenter, u"Figure %1"_s.arg(m_n));
    }

private:
    int m_n;
};

} // namespace

class TestPageDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!PT::tool(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is required by this test");
    }

    void furnitureOnEveryPage()
    {
        DocumentReport report;
        const QByteArray pdf = render(setup(true), [](PageDocument &d) {
            d.documentTitle(u"Title"_s);
            for (int i = 0; i < 120; ++i)
                d.paragraph(u"Paragraph %1 of the flow."_s.arg(i + 1));
        }, &report);
        QVERIFY(report.pages >= 2);
        QCOMPARE(PT::pageCount(pdf), report.pages);
        for (int page = 1; page <= report.pages; ++page) {
            const QString text = PT::pageText(pdf, page);
            QVERIFY(text.contains(u"Doe, Jane · DOB 1970-01-02 · MRN MRN-1"_s));
            QVERIFY(text.contains(u"Page %1 of %2"_s.arg(page).arg(report.pages)));
            QVERIFY(text.contains(u"Document DOC-7"_s));
            QVERIFY(text.contains(u"DRAFT"_s));
            QVERIFY2(text.contains(u"Test Clinic"_s) == (page == 1), qPrintable(text.left(300))); // letterhead on page 1 only
        }
        // Every paragraph printed once, none lost at a page break.
        const QString all = PT::allText(pdf);
        for (int i = 1; i <= 120; ++i)
            QCOMPARE(all.count(u"Paragraph %1 of the flow."_s.arg(i)), 1);
    }

    void paragraphsSplitAcrossPagesPrintOnce()
    {
        DocumentReport report;
        // Every word is unique, so a line drawn twice (even hidden, clipped away on the page
        // before) shows as a word counted twice in the extracted text.
        const auto words = [](int i) {
            QStringList w;
            for (int j = 0; j < 60; ++j)
                w << u"w%1x%2"_s.arg(i).arg(j);
            return w;
        };
        const QByteArray pdf = render(setup(), [&](PageDocument &d) {
            for (int i = 0; i < 40; ++i)
                d.paragraph(u"begin-%1 "_s.arg(i) + words(i).join(u' ') + u" finish-%1 stop"_s.arg(i));
        }, &report);
        QVERIFY(report.pages >= 2);
        const QString all = PT::allText(pdf);
        const QStringList extracted = all.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        for (int i = 0; i < 40; ++i) {
            QCOMPARE(all.count(u"begin-%1 "_s.arg(i)), 1);
            QCOMPARE(all.count(u"finish-%1 stop"_s.arg(i)), 1);
            for (const QString &w : words(i))
                QVERIFY2(extracted.count(w) == 1, qPrintable(w + u" printed "_s + QString::number(extracted.count(w)) + u" times"_s));
        }
        // Some paragraph really was split: its start and end are on different pages.
        bool split = false;
        for (int page = 1; page < report.pages; ++page) {
            const QString text = PT::pageText(pdf, page);
            for (int i = 0; i < 40; ++i)
                split = split || (text.contains(u"begin-%1 "_s.arg(i)) && !text.contains(u"finish-%1 stop"_s.arg(i)));
        }
        QVERIFY(split);
    }

    void tableRowsAreNeverCut()
    {
        PageTable t;
        t.header = {u"Key"_s, u"Value"_s};
        t.columnWeights = {1, 4};
        for (int i = 0; i < 60; ++i)
            t.rows << QStringList{u"R%1"_s.arg(i),
                                  u"start-%1 a long value that wraps over several lines of the narrow cell so the row is tall "
                                  u"enough to meet a page break somewhere in the table end-%1 stop"_s.arg(i)};
        DocumentReport report;
        const QByteArray pdf = render(setup(), [&](PageDocument &d) {
            d.section(u"Table"_s);
            d.table(t);
            d.paragraph(u"After the table."_s);
        }, &report);
        QVERIFY(report.pages >= 3);
        QSet<int> seen;
        for (int page = 1; page <= report.pages; ++page) {
            const QString text = PT::pageText(pdf, page);
            for (int i = 0; i < 60; ++i) {
                const bool start = text.contains(u"start-%1 "_s.arg(i));
                const bool end = text.contains(u"end-%1 stop"_s.arg(i));
                QVERIFY2(start == end, qPrintable(u"row %1 cut on page %2"_s.arg(i).arg(page)));
                if (start)
                    seen.insert(i);
            }
            if (text.contains(u"start-"_s)) // the header above the rows of every page
                QVERIFY2(text.contains(u"Key Value"_s), qPrintable(QString::number(page)));
        }
        QCOMPARE(seen.size(), 60);
        QVERIFY(PT::allText(pdf).contains(u"After the table."_s));
    }

    void headingStaysWithWhatFollows()
    {
        DocumentReport report;
        const QByteArray pdf = render(setup(), [](PageDocument &d) {
            for (int i = 0; i < 12; ++i) {
                d.section(u"Section %1"_s.arg(i));
                d.paragraph(u"Words before figure %1."_s.arg(i));
                d.beginKeepTogether();
                d.figure(std::make_shared<Box>(i));
                d.paragraph(u"Caption %1."_s.arg(i));
                d.endKeepTogether();
            }
        }, &report);
        QVERIFY(report.pages > 3);
        QCOMPARE(report.sectionTitles.size(), 12);
        for (int page = 1; page <= report.pages; ++page) {
            const QString text = PT::pageText(pdf, page);
            for (int i = 0; i < 12; ++i) {
                // The heading with its first paragraph; the figure with its caption.
                QCOMPARE(text.contains(u"Section %1 "_s.arg(i)), text.contains(u"Words before figure %1."_s.arg(i)));
                QCOMPARE(text.contains(u"Figure %1 "_s.arg(i)), text.contains(u"Caption %1."_s.arg(i)));
                if (text.contains(u"Section %1 "_s.arg(i)))
                    QCOMPARE(report.sectionPages.at(i), page);
            }
        }
    }

    // A kept group right after a box (a table), for every position of the box's end near the page
    // line: no page is left empty and the report gives the page the heading is on (Qt 6.4 did
    // not push a block straddling a page right after a table, and the break then skipped a page).
    void groupAfterABoxNeverLeavesAnEmptyPage()
    {
        // The spacer moves everything after it down point by point; from 330 to 390 points the
        // box's end and the heading cross the end of page 2 (363 left page 3 empty).
        for (int filler = 330; filler < 390; ++filler) {
            DocumentReport report;
            const QByteArray pdf = render(setup(false, 18), [filler](PageDocument &d) {
                for (int i = 0; i < 60; ++i)
                    d.paragraph(u"Filler line %1."_s.arg(i), 0.5);
                d.spacer(filler);
                d.section(u"Warning"_s);
                d.beginKeepTogether();
                d.box({TextRuns{{u"Boxed warning"_s, true}}, TextRuns{{u"Second line of the box."_s}}});
                d.endKeepTogether();
                d.section(u"Kept heading"_s);
                d.beginKeepTogether();
                d.figure(std::make_shared<Box>(1));
                d.paragraph(u"Kept caption."_s);
                d.endKeepTogether();
            }, &report);
            const QByteArray why = "filler " + QByteArray::number(filler);
            for (int page = 1; page <= report.pages; ++page) {
                const QString text = PT::pageText(pdf, page);
                const bool content = text.contains(u"Filler line"_s) || text.contains(u"Warning"_s) || text.contains(u"box."_s)
                    || text.contains(u"Kept"_s);
                QVERIFY2(content, QByteArray(why + ": page " + QByteArray::number(page) + " is empty").constData());
            }
            const int page = report.sectionPages.value(1); // "Kept heading"
            QVERIFY2(PT::pageText(pdf, page).contains(u"Kept heading"_s), why.constData());
            QVERIFY2(PT::pageText(pdf, page).contains(u"Kept caption."_s), why.constData());
        }
    }

    void userTextIsText()
    {
        const QString markup = u"<b>bold?</b> &amp; <a href=\"x\">link</a> <!-- c -->"_s;
        const QByteArray pdf = render(setup(), [&](PageDocument &d) {
            d.paragraph(markup);
            d.labelled(u"<i>Label</i>"_s, markup);
            d.bullet(markup);
            PageTable t;
            t.rows << QStringList{markup};
            d.table(t);
            d.box({TextRuns{{markup, true}}});
        });
        const QString text = PT::allText(pdf);
        QCOMPARE(text.count(markup), 5);
        QVERIFY(text.contains(u"<i>Label</i>: "_s));
    }

    void baseSizeAndSetup()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        PageDocument doc(&pdf, setup());
        PageSetup large = doc.setup();
        large.basePointSize = 16;
        QVERIFY(doc.setSetup(large)); // before any content
        QCOMPARE(doc.metrics().base, 16.0);
        QCOMPARE(doc.font().pointSizeF(), 16.0);
        doc.paragraph(u"text"_s);
        QVERIFY(!doc.setSetup(setup())); // not once content exists
        DocumentReport report;
        QString error;
        QVERIFY(doc.paint(&error, &report));
        QCOMPARE(report.bodyPointSize, 16.0);
    }

    void metadata()
    {
        PageSetup s = setup();
        s.language = u"es"_s;
        const QByteArray pdf = render(s, [](PageDocument &d) { d.paragraph(u"hola"_s); });
        QVERIFY(PT::info(pdf).contains(u"Framework test"_s));
        QVERIFY(PT::info(pdf, {u"-meta"_s}).contains(u"<rdf:li>es</rdf:li>"_s));
    }

    void coverPageCountsAndCarriesNoIdentifiers()
    {
        DocumentReport report;
        const QByteArray pdf = render(setup(), [](PageDocument &d) {
            d.setCoverPage([](QPainter &p, const QRectF &body, const PageMetrics &m, int pages) {
                p.setFont(m.font());
                p.drawText(body, Qt::AlignTop | Qt::AlignLeft, u"Cover of %1 pages"_s.arg(pages));
            });
            d.section(u"First"_s);
            d.paragraph(u"Body"_s);
        }, &report);
        QCOMPARE(report.pages, 2);
        QCOMPARE(report.sectionPages, QList<int>{2});
        const QString cover = PT::pageText(pdf, 1);
        QVERIFY(cover.contains(u"Cover of 2 pages"_s));
        QVERIFY(cover.contains(u"Page 1 of 2"_s));
        QVERIFY(!cover.contains(u"Doe, Jane"_s));
        QVERIFY(PT::pageText(pdf, 2).contains(u"Doe, Jane"_s));
    }

    void refusesWithoutADevice()
    {
        PageDocument doc(nullptr, setup());
        doc.paragraph(u"x"_s);
        QString error;
        QVERIFY(!doc.paint(&error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestPageDocument)
#include "tst_pagedocument.moc"
