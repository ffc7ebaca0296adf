#include "documents/pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk {

LineSpan lineSpan(const QTextDocument &doc, int blockNumber)
{
    const QTextBlock block = doc.findBlockByNumber(blockNumber);
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block); // lays the block out
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return {rect.top(), rect.bottom()};
    const QTextLine first = layout->lineAt(0);
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    const qreal y = rect.top(); // the layout's position plus its frames' offsets
    return {y + first.y(), y + last.y() + last.height()};
}

int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight)) + 1;
}

int laidOutPages(const QTextDocument &doc, qreal pageHeight)
{
    return qMax(1, pageOf(lineSpan(doc, doc.blockCount() - 1).bottom - 1, pageHeight));
}

namespace {

void relayout(QTextDocument &doc)
{
    // An edit only re-lays out part of a paged document (the last blocks were left without
    // lines in Qt 6.4); setting the page size again lays out all of it.
    doc.setPageSize(doc.pageSize());
}

// Starts the group's first block (or the table it is in) on a new page, or stops doing so.
void breakBefore(QTextDocument &doc, int blockNumber, bool on)
{
    QTextCursor c(doc.findBlockByNumber(blockNumber));
    const auto policy = [on](QTextFormat::PageBreakFlags flags) {
        return on ? flags | QTextFormat::PageBreak_AlwaysBefore : flags & ~QTextFormat::PageBreak_AlwaysBefore;
    };
    if (QTextTable *table = c.currentTable()) {
        QTextTableFormat f = table->format();
        f.setPageBreakPolicy(policy(f.pageBreakPolicy()));
        table->setFormat(f);
    } else {
        QTextBlockFormat f = c.blockFormat();
        f.setPageBreakPolicy(policy(f.pageBreakPolicy()));
        c.setBlockFormat(f);
    }
    relayout(doc);
}

bool onOnePage(const QTextDocument &doc, int first, int last, qreal pageHeight)
{
    // A group a hair above a page's top is already there (rounding in the layout).
    return pageOf(lineSpan(doc, first).top + 1, pageHeight) == pageOf(lineSpan(doc, last).bottom - 1, pageHeight);
}

void keepGroup(QTextDocument &doc, const KeepGroup &g, qreal pageHeight)
{
    const LineSpan top = lineSpan(doc, g.first);
    for (int last : {g.last, g.fallbackLast}) {
        if (onOnePage(doc, g.first, last, pageHeight))
            return;
        const qreal end = lineSpan(doc, last).bottom - 1;
        if (end - top.top <= pageHeight * 0.98) {
            breakBefore(doc, g.first, true);
            return;
        }
        // Spread over more than a page as laid out: too tall for one, or only spread by the space
        // a pushed unbreakable block (a figure) left behind it. Tried at a page's top, it tells.
        if (doc.findBlockByNumber(g.first).blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue; // already starts a page
        breakBefore(doc, g.first, true);
        if (onOnePage(doc, g.first, last, pageHeight))
            return;
        breakBefore(doc, g.first, false); // too tall for one page: try the shorter group
    }
}

struct RowSpan {
    int firstBlock = INT_MAX;
    qreal top = 1e300;
    qreal bottom = -1e300;
};

RowSpan rowSpan(const QTextDocument &doc, QTextTable *table, int row, bool measure)
{
    RowSpan span;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (!cell.isValid() || cell.row() != row || cell.column() != c)
            continue;
        const int first = cell.firstCursorPosition().block().blockNumber();
        span.firstBlock = std::min(span.firstBlock, first);
        if (!measure)
            continue;
        const int last = cell.lastCursorPosition().block().blockNumber();
        span.top = std::min(span.top, lineSpan(doc, first).top);
        span.bottom = std::max(span.bottom, lineSpan(doc, last).bottom);
    }
    return span;
}

void copyCell(const QTextTableCell &from, QTextTableCell to)
{
    QTextCursor source = from.firstCursorPosition();
    source.setPosition(from.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    QTextCursor target = to.firstCursorPosition();
    target.setBlockFormat(from.firstCursorPosition().blockFormat());
    target.setBlockCharFormat(from.firstCursorPosition().blockCharFormat());
    target.insertFragment(source.selection());
    to.setFormat(from.format());
}

// Rows r… of `table` move to a new table after it that starts a page and repeats the header.
QTextTable *splitTable(QTextDocument &doc, QTextTable *table, int r)
{
    const int headerRows = table->format().headerRowCount();
    const int moved = table->rows() - r;
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor at(&doc);
    at.setPosition(table->lastPosition() + 1); // the block after the table
    QTextTable *rest = at.insertTable(headerRows + moved, table->columns(), format);
    for (int row = 0; row < headerRows + moved; ++row)
        for (int c = 0; c < table->columns(); ++c)
            copyCell(table->cellAt(row < headerRows ? row : r + row - headerRows, c), rest->cellAt(row, c));
    table->removeRows(r, moved);
    return rest;
}

} // namespace

namespace {

struct Step {
    int block;
    int group;         // index into the groups, or -1 for a table row
    QTextTable *table; // for a row
    int row;
};

// Returns the change in block count (a split adds the repeated header's blocks).
int keepRow(QTextDocument &doc, Step &step, QList<Step> &later, qreal pageHeight)
{
    QTextTable *table = step.table;
    const int r = step.row;
    const RowSpan span = rowSpan(doc, table, r, true);
    if (span.top > span.bottom)
        return 0;
    if (pageOf(span.top + 1, pageHeight) == pageOf(span.bottom - 1, pageHeight) || span.bottom - span.top > pageHeight * 0.9)
        return 0;
    const int headerRows = table->format().headerRowCount();
    if (r == headerRows) {
        QTextTableFormat f = table->format();
        if (f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            return 0; // already starts a page and still does not fit
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(f);
        relayout(doc);
        return 0;
    }
    const int before = doc.blockCount();
    QTextTable *rest = splitTable(doc, table, r);
    for (Step &s : later)
        if (s.table == table && s.row > r) {
            s.table = rest;
            s.row = s.row - r + headerRows;
        }
    relayout(doc);
    return doc.blockCount() - before;
}

QList<QTextTable *> tablesIn(QTextFrame *frame)
{
    QList<QTextTable *> tables;
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(child))
            tables << t;
        else
            tables << tablesIn(child);
    }
    return tables;
}

} // namespace

void keepTogether(QTextDocument &doc, const QList<KeepGroup> &groups, qreal pageHeight, bool tableRows)
{
    // Groups and table rows in document order: each move only shifts what comes after it, so
    // one pass settles the layout.
    QList<KeepGroup> shifted = groups;
    QList<Step> steps;
    for (int i = 0; i < groups.size(); ++i)
        steps.append({groups.at(i).first, i, nullptr, -1});
    if (tableRows)
        for (QTextTable *table : tablesIn(doc.rootFrame()))
            for (int r = table->format().headerRowCount(); r < table->rows(); ++r)
                steps.append({rowSpan(doc, table, r, false).firstBlock, -1, table, r});
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.block < b.block; });
    for (int i = 0; i < steps.size(); ++i) {
        Step &s = steps[i];
        if (s.group >= 0) {
            keepGroup(doc, shifted.at(s.group), pageHeight);
            continue;
        }
        QList<Step> later = steps.mid(i + 1);
        const int added = keepRow(doc, s, later, pageHeight);
        for (int j = 0; j < later.size(); ++j)
            steps[i + 1 + j] = later.at(j);
        if (added == 0)
            continue;
        // Blocks after the split moved by `added`; only groups refer to block numbers.
        for (int j = i + 1; j < steps.size(); ++j)
            if (steps.at(j).group >= 0) {
                KeepGroup &g = shifted[steps.at(j).group];
                g.first += added;
                g.last += added;
                g.fallbackLast += added;
            }
    }
}

qreal blockLengthScale(QPaintDevice *device)
{
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(device);
    probe.setDocumentMargin(0);
    QTextCursor c(&probe);
    c.insertText(u"a"_s);
    QTextBlockFormat f;
    f.setTopMargin(1000); // the first block's top margin is not applied, so probe the second
    c.insertBlock(f);
    c.insertText(u"b"_s);
    probe.setPageSize(QSizeF(1e6, 1e9));
    auto *layout = probe.documentLayout();
    const qreal gap = layout->blockBoundingRect(probe.lastBlock()).top() - layout->blockBoundingRect(probe.firstBlock()).bottom();
    return gap > 0 ? gap / 1000 : 1;
}

} // namespace SpineDesk
