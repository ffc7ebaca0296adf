#pragma once

#include "core/visitdossier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace SpineDesk {

namespace Aids {
class AidLibrary;
}

// The documents a visit produces (issue 5). One renderer per kind serves preview, print and
// PDF: `paintVisitDocument` paints onto any paged device (a QPrinter behind the print dialog
// or the preview, or a QPdfWriter), and `renderVisitDocumentPdf` is that same painting into
// a PDF.
// PtPlan and Exercises (issue 6) are made for physical-therapy first visits: the plan of care
// with the referring clinician's certification block, and the home exercise programme.
enum class DocumentKind { Letter, Handout, PaSummary, LibraryHandout, PtPlan, Exercises };
QString documentKindCode(DocumentKind k); // "letter", "handout", "pa-summary", "library-handout", "pt-plan", "exercises"
std::optional<DocumentKind> documentKindFromCode(QStringView code);
QString documentKindLabel(DocumentKind k);

struct DocumentRequest {
    DocumentKind kind = DocumentKind::Letter;
    QString language = QStringLiteral("en"); // "en" or "es"; one language per document
    bool largePrint = false;                   // handouts: body ≥ 16 pt
    bool faxCover = false;                     // letter: a fax cover sheet as page 1
    QString libraryHandoutId;                  // LibraryHandout: resources/handouts/<lang>/<id>.md
    QString documentId;                        // printed in the footer; empty: one is made
};

// The language a document is printed in: the clinic's working language for the clinician
// documents (letter-and-handouts.md §5 rule 3), the request's for the patient's.
QString visitDocumentLanguage(const VisitDossier &dossier, const DocumentRequest &request);
// The patient's preferred language when SpineDesk prints in it, else English (§5 rule 5).
QString patientDocumentLanguage(const Patient &patient);

// What the renderer reports about the pages it made (tests check pagination with it).
struct DocumentReport {
    int pages = 0;
    qreal bodyPointSize = 0;
    QString title;
    QStringList sectionTitles;   // in print order
    QList<int> sectionPages;     // the page each section title landed on
    QString pageNotice;          // the notice printed on every page (PageSetup::pageNotice); empty: none
};

// `aids` may be null (the letter then names the aid by id and version only). The dossier may
// be for a visit without a signed plan: every page then says DRAFT. Refuses (empty result and
// `error` set) without a usable font, with a language it has no text for, or with a library
// handout id that does not exist.
QByteArray renderVisitDocumentPdf(const VisitDossier &dossier, const Aids::AidLibrary *aids,
                                  const DocumentRequest &request, QString *error, DocumentReport *report = nullptr);
bool paintVisitDocument(QPagedPaintDevice *device, const VisitDossier &dossier, const Aids::AidLibrary *aids,
                        const DocumentRequest &request, QString *error, DocumentReport *report = nullptr);

// The standalone handouts in resources/handouts/<lang>/ (id, title), for the Documents step
// and the main window.
struct LibraryHandout {
    QString id;
    QString title;
    QString language;
};
QList<LibraryHandout> libraryHandouts(const QString &language);

} // namespace SpineDesk
