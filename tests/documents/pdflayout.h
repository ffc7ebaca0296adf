#pragma once

// Where the words of a rendered PDF sit, from poppler's pdftotext -bbox, for the layout tests
// of long (Spanish) text: no word outside the printable area, no word drawn over another.

#include "pdftools.h"

#include <QMarginsF>
#include <QRectF>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace SpineDesk::PdfTools {

struct PageWords {
    QSizeF size; // points
    QList<std::pair<QRectF, QString>> words;
};

inline QList<PageWords> wordBoxes(const QByteArray &pdf)
{
    const QString html = run(u"pdftotext"_s, {u"-bbox"_s, u"-enc"_s, u"UTF-8"_s}, pdf);
    static const QRegularExpression page(uR"re(<page width="([\d.]+)" height="([\d.]+)">)re"_s);
    static const QRegularExpression word(
        uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"_s);
    QList<PageWords> pages;
    qsizetype at = 0;
    for (auto p = page.globalMatch(html); p.hasNext();) {
        const auto m = p.next();
        PageWords pw;
        pw.size = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
        pages << pw;
        at = m.capturedEnd();
        const qsizetype end = html.indexOf(u"</page>"_s, at);
        for (auto w = word.globalMatch(html.mid(at, end < 0 ? -1 : end - at)); w.hasNext();) {
            const auto wm = w.next();
            const QRectF box(QPointF(wm.captured(1).toDouble(), wm.captured(2).toDouble()),
                             QPointF(wm.captured(3).toDouble(), wm.captured(4).toDouble()));
            const QString text = QTextDocumentFragment::fromHtml(wm.captured(5)).toPlainText();
            pages.last().words.append({box, text.normalized(QString::NormalizationForm_KC)}); // "ﬁ" as "fi"
        }
    }
    return pages;
}

// Words outside the page less its margins (in points, with a point of tolerance), and words
// that overlap another by more than a third of the smaller one, on the pages of a document that
// carries `notice` in a band under its page header. The band marks where the body starts: a
// paragraph continued from the page before is painted whole but clipped to the body, so its
// earlier lines sit, invisible, above the band in the PDF's text (QTextDocumentLayout draws every
// line of a block the clip touches); words above the band are only checked for lying on the page.
// Each problem names the page and the words; a page without the notice is a problem too.
inline QStringList layoutProblems(const QByteArray &pdf, const QMarginsF &margins, const QString &notice)
{
    QStringList problems;
    const QList<PageWords> pages = wordBoxes(pdf);
    if (pages.isEmpty())
        problems << u"no pages read from the PDF"_s;
    const QStringList noticeWords = notice.simplified().split(u' ', Qt::SkipEmptyParts);
    for (int p = 0; p < pages.size(); ++p) {
        const PageWords &pw = pages.at(p);
        const QRectF area = QRectF(QPointF(0, 0), pw.size).marginsRemoved(margins).adjusted(-1, -1, 1, 1);
        const auto outside = [&](const QRectF &box, const QString &text) {
            if (!area.contains(box))
                problems << u"page %1: \"%2\" lies outside the printable area (%3, %4 – %5, %6)"_s.arg(p + 1).arg(text)
                                .arg(box.left(), 0, 'f', 1).arg(box.top(), 0, 'f', 1).arg(box.right(), 0, 'f', 1).arg(box.bottom(), 0, 'f', 1);
        };
        // The band: the notice's words on one line, in its own font (the same box height) — hidden
        // words of another size may lie across it.
        QList<qsizetype> band;
        for (qsizetype c = 0; c < pw.words.size() && band.size() != noticeWords.size(); ++c) {
            if (pw.words.at(c).second != noticeWords.first())
                continue;
            const QRectF line = pw.words.at(c).first;
            QStringList wanted = noticeWords;
            band.clear();
            for (qsizetype i = 0; i < pw.words.size(); ++i) {
                const QRectF &box = pw.words.at(i).first;
                if (qAbs(box.top() - line.top()) < 0.3 && qAbs(box.bottom() - line.bottom()) < 0.3
                    && wanted.removeOne(pw.words.at(i).second))
                    band << i;
            }
        }
        if (band.size() != noticeWords.size()) {
            problems << u"page %1: the notice \"%2\" is not there on one line"_s.arg(p + 1).arg(notice);
            continue;
        }
        qreal bandTop = 1e9;
        qreal bandBottom = -1e9;
        for (qsizetype k : std::as_const(band)) {
            const auto &[box, text] = pw.words.at(k);
            bandTop = qMin(bandTop, box.top());
            bandBottom = qMax(bandBottom, box.bottom());
            outside(box, text);
        }
        QList<std::pair<QRectF, QString>> below;
        for (qsizetype i = 0; i < pw.words.size(); ++i) {
            if (band.contains(i))
                continue;
            const auto &[box, text] = pw.words.at(i);
            const qreal y = box.center().y();
            if (y > bandBottom)
                below.append(pw.words.at(i));
            else if (y >= area.top() && y < bandTop) // the identity line (and hidden lines beside it)
                outside(box, text);
        }
        for (int i = 0; i < below.size(); ++i) {
            const auto &[box, text] = below.at(i);
            outside(box, text);
            for (int j = i + 1; j < below.size(); ++j) {
                const auto &[other, otherText] = below.at(j);
                const QRectF both = box.intersected(other);
                const qreal smaller = qMin(box.width() * box.height(), other.width() * other.height());
                if (!both.isEmpty() && both.width() * both.height() > smaller / 3)
                    problems << u"page %1: \"%2\" overlaps \"%3\""_s.arg(p + 1).arg(text, otherText);
            }
        }
    }
    return problems;
}

// The printable area renderVisitDocumentPdf uses: 16 mm at the sides, 12 mm top and bottom.
inline QMarginsF visitDocumentMargins()
{
    constexpr qreal mm = 72 / 25.4;
    return QMarginsF(16 * mm, 12 * mm, 16 * mm, 12 * mm);
}

} // namespace SpineDesk::PdfTools
