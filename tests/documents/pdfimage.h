#pragma once

// A rendered PDF page as an image, for tests that look at pictures (needs Qt Gui; the rest of
// pdftools.h does not, so the command-line tests can use it too).

#include "pdftools.h"

#include <QImage>

namespace SpineDesk::PdfTools {

// One page (1-based) rendered by pdftoppm, in colour; a null image on failure.
inline QImage pageImage(const QByteArray &pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString file = writePdf(dir, pdf);
    if (file.isEmpty())
        return {};
    QProcess p;
    p.start(tool(u"pdftoppm"_s), {u"-png"_s, u"-r"_s, QString::number(dpi), u"-f"_s, QString::number(page), u"-l"_s,
                                  QString::number(page), u"-singlefile"_s, file, dir.filePath(u"page"_s)});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QImage(dir.filePath(u"page.png"_s));
}

} // namespace SpineDesk::PdfTools
