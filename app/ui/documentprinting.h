#pragma once

#include "core/visitdossier.h"
#include "documents/visitdocuments.h"

#include <QByteArray>
#include <QString>
#include <functional>

class QPrinter;
class QWidget;

namespace SpineDesk {

// Shows a document in QPrintPreviewDialog; the preview paints with paintVisitDocument, the same
// renderer as print and PDF. `printer` may be null (a high-resolution printer is made).
struct PreviewOutcome {
    bool printed = false; // the user printed from the preview
    int pagesPainted = 0; // pages of the last paint (preview or print)
    QString error;        // the renderer's refusal, if it refused
};
PreviewOutcome previewVisitDocument(QWidget *parent, const VisitDossier &dossier, const Aids::AidLibrary *aids,
                                    const DocumentRequest &request, QPrinter *printer = nullptr);

// Prints PDF bytes exactly as they are. A printer that writes a PDF file gets the bytes
// themselves (a picture of the pages would lose the text); any other printer gets each page
// rendered by QtPdf at the printer's resolution (at most kMaxRasterDpi). `progress(done, total)`
// returning false cancels. `forceRaster` renders pages even for a PDF file (tests).
inline constexpr int kMaxRasterDpi = 600;
bool printPdfBytes(const QByteArray &pdf, QPrinter *printer, QString *error,
                   const std::function<bool(int done, int total)> &progress = {}, bool forceRaster = false);

} // namespace SpineDesk
