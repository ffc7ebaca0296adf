#include "ui/documentprinting.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTemporaryFile>
#include <memory>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct PrintingText {
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

PreviewOutcome previewVisitDocument(QWidget *parent, const VisitDossier &dossier, const Aids::AidLibrary *aids,
                                    const DocumentRequest &request, QPrinter *printer)
{
    PreviewOutcome outcome;
    std::unique_ptr<QPrinter> own;
    if (!printer) {
        own = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer = own.get();
    }
    if (printer->docName().isEmpty())
        printer->setDocName(documentKindLabel(request.kind));
    QPrintPreviewDialog dialog(printer, parent);
    dialog.setObjectName(u"documentPreview"_s);
    dialog.setAccessibleName(PrintingText::tr("Print preview"));
    dialog.setWindowTitle(PrintingText::tr("Preview — %1").arg(documentKindLabel(request.kind)));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        DocumentReport report;
        QString error;
        if (paintVisitDocument(target, dossier, aids, request, &error, &report))
            outcome.pagesPainted = report.pages;
        else
            outcome.error = error;
    });
    // The dialog accepts only after it printed (its Print action); closing it rejects.
    outcome.printed = dialog.exec() == QDialog::Accepted && outcome.error.isEmpty();
    return outcome;
}

bool printPdfBytes(const QByteArray &pdf, QPrinter *printer, QString *error,
                   const std::function<bool(int done, int total)> &progress, bool forceRaster)
{
    if (!printer)
        return fail(error, PrintingText::tr("There is no printer to print on."));
    if (!pdf.startsWith("%PDF"))
        return fail(error, PrintingText::tr("The archived document is not a PDF."));
    if (!forceRaster && printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()) {
        QFile out(printer->outputFileName());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(pdf) != pdf.size() || !out.flush())
            return fail(error, PrintingText::tr("%1 could not be written: %2").arg(printer->outputFileName(), out.errorString()));
        if (progress)
            progress(1, 1);
        return true;
    }

    // QPdfDocument reads a file synchronously; a device would load in the background.
    QTemporaryFile file;
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush())
        return fail(error, PrintingText::tr("The archived document could not be prepared for printing: %1").arg(file.errorString()));
    QPdfDocument document;
    if (document.load(file.fileName()) != QPdfDocument::Error::None || document.pageCount() < 1)
        return fail(error, PrintingText::tr("The archived document could not be read."));
    const int pages = document.pageCount();

    // The paper is the archived page's own size, with no margins: the page is printed as it is.
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(QPageSize(document.pagePointSize(0), QPageSize::Point), QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(printer))
        return fail(error, PrintingText::tr("The printer could not start the job."));
    const qreal deviceDpi = printer->resolution();
    const qreal dpi = qMin<qreal>(deviceDpi, kMaxRasterDpi);
    for (int i = 0; i < pages; ++i) {
        if (progress && !progress(i, pages)) {
            painter.end();
            printer->abort();
            return fail(error, PrintingText::tr("Printing was cancelled."));
        }
        if (i > 0 && !printer->newPage()) {
            painter.end();
            return fail(error, PrintingText::tr("The printer could not start page %1.").arg(i + 1));
        }
        const QSizeF points = document.pagePointSize(i);
        const QSize pixels((points * dpi / 72).toSize());
        QImage page = document.render(i, pixels);
        if (page.isNull()) {
            painter.end();
            printer->abort();
            return fail(error, PrintingText::tr("Page %1 of the archived document could not be rendered.").arg(i + 1));
        }
        // QtPdf leaves the background transparent: the page goes onto white paper.
        QImage paper(page.size(), QImage::Format_RGB32);
        paper.fill(Qt::white);
        {
            QPainter onPaper(&paper);
            onPaper.drawImage(0, 0, page);
        }
        painter.drawImage(QRectF(QPointF(0, 0), points * deviceDpi / 72), paper);
    }
    if (progress)
        progress(pages, pages);
    if (!painter.end())
        return fail(error, PrintingText::tr("The printer did not finish the job."));
    return true;
}

} // namespace SpineDesk
