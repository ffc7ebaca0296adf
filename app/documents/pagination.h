#pragma once

#include <QList>

class QPaintDevice;
class QTextDocument;

namespace SpineDesk {

// Qt 6.4 pagination helpers shared by the page framework (pagedocument.h) and the decision
// summary. Positions are in the document's layout units (the paint device's), pages of height
// `pageHeight` stacked from y = 0.

// Where a block's lines are. blockBoundingRect() is not enough on a paged document: when a
// line is pushed to the next page, the line moves within its layout but the rect is placed at
// the layout's position (Qt 6.4), so a figure looked cut across two pages when it was not.
struct LineSpan {
    qreal top = 0;
    qreal bottom = 0;
};
LineSpan lineSpan(const QTextDocument &doc, int blockNumber);

int pageOf(qreal y, qreal pageHeight); // 1-based

// The number of pages the laid-out document fills (QTextDocument::pageCount() can lag behind
// the last relayout in Qt 6.4; this counts from the last line).
int laidOutPages(const QTextDocument &doc, qreal pageHeight);

// Blocks that should share a page: a heading with what follows it, a caption with its figure.
// `fallbackLast` is the shorter group tried when the whole does not fit on one page.
struct KeepGroup {
    int first;
    int last;
    int fallbackLast;
};

// Moves each group that straddles a page to the next page. With `tableRows`, table rows are
// kept whole too: Qt 6.4 splits a row across pages line by line, so a straddling first body row
// moves the whole table, and a later one splits the table there, the rest starting the next page
// under a copy of the header rows. Groups and rows are settled in document order, each move only
// shifting what follows, so one pass settles the layout. A group whose first block is in a table
// moves the table; groups and rows taller than a page stay split.
void keepTogether(QTextDocument &doc, const QList<KeepGroup> &groups, qreal pageHeight, bool tableRows = false);

// QTextDocumentLayout scales vertical block margins (not indents) from its default resolution
// to the paint device's (qt_defaultDpi, private). Measured, not assumed to be 96 dpi.
qreal blockLengthScale(QPaintDevice *device);

} // namespace SpineDesk
