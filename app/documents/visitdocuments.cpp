#include "documents/visitdocuments.h"

#include "documents/documentfont.h"
#include "documents/exercisesheet.h"
#include "documents/followupletter.h"
#include "documents/handout.h"
#include "documents/letter.h"
#include "documents/pagedocument.h"
#include "documents/pasummary.h"
#include "documents/ptplanofcare.h"
#include "i18n/language.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct DocumentsText {
    Q_DECLARE_TR_FUNCTIONS(VisitDocuments)
};

bool isClinicianDocument(DocumentKind k)
{
    return k == DocumentKind::Letter || k == DocumentKind::PaSummary || k == DocumentKind::PtPlan;
}

bool isTherapyDocument(DocumentKind k)
{
    return k == DocumentKind::PtPlan || k == DocumentKind::Exercises;
}

// The clinician documents are in the clinic's working language (letter-and-handouts.md §5
// rule 3); patient documents in the language asked for.
QString documentLanguage(const VisitDossier &dossier, const DocumentRequest &request)
{
    if (isClinicianDocument(request.kind))
        return dossier.clinic.workingLanguage.isEmpty() ? u"en"_s : dossier.clinic.workingLanguage;
    return request.language;
}

// A library handout does not depend on the plan, so it is never a draft; printed from the main
// window it belongs to no patient and carries no identifier line.
bool isDraft(const VisitDossier &dossier, const DocumentRequest &request)
{
    return request.kind != DocumentKind::LibraryHandout && dossier.isDraft();
}

QString documentId(const VisitDossier &dossier, const DocumentRequest &request, const QString &language)
{
    if (!request.documentId.isEmpty())
        return request.documentId;
    QString id = u"SD-%1-%2-r%3-%4"_s.arg(dossier.visit.id).arg(documentKindCode(request.kind)).arg(dossier.planRevision()).arg(language);
    if (request.kind == DocumentKind::LibraryHandout)
        id += u'-' + request.libraryHandoutId;
    if (isDraft(dossier, request))
        id += u"-draft"_s;
    return id;
}

PageSetup commonSetup(const VisitDossier &dossier, const DocumentRequest &request)
{
    PageSetup s;
    s.language = documentLanguage(dossier, request);
    s.title = documentKindLabel(request.kind);
    s.clinic = dossier.clinic;
    s.patientName = dossier.patient.displayName();
    s.birthDate = dossier.patient.birthDate;
    s.recordNumber = dossier.patient.mrn;
    s.documentId = documentId(dossier, request, s.language);
    s.draft = isDraft(dossier, request);
    s.withoutPatient = request.kind == DocumentKind::LibraryHandout && dossier.patient.id == 0 && dossier.patient.mrn.isEmpty();
    // letter-and-handouts.md §4.2: handouts 12 pt, large print 16 pt here (≥ 14 pt asked).
    s.basePointSize = isClinicianDocument(request.kind) ? 10 : (request.largePrint ? 16 : 12);
    return s;
}

} // namespace

QString documentKindCode(DocumentKind k)
{
    switch (k) {
    case DocumentKind::Letter: return u"letter"_s;
    case DocumentKind::Handout: return u"handout"_s;
    case DocumentKind::PaSummary: return u"pa-summary"_s;
    case DocumentKind::LibraryHandout: return u"library-handout"_s;
    case DocumentKind::PtPlan: return u"pt-plan"_s;
    case DocumentKind::Exercises: return u"exercises"_s;
    }
    return {};
}

std::optional<DocumentKind> documentKindFromCode(QStringView code)
{
    for (DocumentKind k : {DocumentKind::Letter, DocumentKind::Handout, DocumentKind::PaSummary, DocumentKind::LibraryHandout,
                           DocumentKind::PtPlan, DocumentKind::Exercises})
        if (code == documentKindCode(k))
            return k;
    return std::nullopt;
}

QString documentKindLabel(DocumentKind k)
{
    switch (k) {
    case DocumentKind::Letter: return DocumentsText::tr("Letter to the referring clinician");
    case DocumentKind::Handout: return DocumentsText::tr("Patient handout");
    case DocumentKind::PaSummary: return DocumentsText::tr("Prior-authorization summary");
    case DocumentKind::LibraryHandout: return DocumentsText::tr("Patient information");
    case DocumentKind::PtPlan: return DocumentsText::tr("Physical therapy plan of care");
    case DocumentKind::Exercises: return DocumentsText::tr("Home exercise programme");
    }
    return {};
}

bool paintVisitDocument(QPagedPaintDevice *device, const VisitDossier &dossier, const Aids::AidLibrary *aids,
                        const DocumentRequest &request, QString *error, DocumentReport *report)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!device)
        return fail(DocumentsText::tr("There is no page to print on."));
    if (documentFontFamily().isEmpty())
        return fail(DocumentsText::tr("No font is installed, so the document would print without text."));
    const QString language = visitDocumentLanguage(dossier, request);
    if (language != u"en" && language != u"es")
        return fail(DocumentsText::tr("Documents are printed in English or Spanish, not \"%1\".").arg(language));
    // The plan of care and the exercise sheet belong to a physical-therapy visit's record.
    if (isTherapyDocument(request.kind)) {
        if (dossier.visit.kind != VisitKind::PhysicalTherapy)
            return fail(DocumentsText::tr("The %1 is made for physical-therapy first visits, and visit %2 is not one (%3).")
                            .arg(documentKindLabel(request.kind).toLower(), QString::number(dossier.visit.id),
                                 visitKindLabel(dossier.visit.kind).toLower()));
        if (!dossier.therapy)
            return fail(DocumentsText::tr("Visit %1 has no therapy record yet: record the evaluation and the plan of care in the "
                                          "Therapy step before printing the %2.")
                            .arg(QString::number(dossier.visit.id), documentKindLabel(request.kind).toLower()));
    }
    // Every fixed text and the page furniture in the document's language, whatever the
    // window's: one language per page (§5 rule 4).
    const TextLanguage texts(language);
    if (!texts.ok())
        return fail(DocumentsText::tr("The program's texts in \"%1\" could not be loaded, so the document is not printed.").arg(language));
    PageDocument doc(device, commonSetup(dossier, request));
    bool built = false;
    switch (request.kind) {
    case DocumentKind::Letter:
        // A follow-up visit's letter is the short one against the baseline (issue 7).
        built = usesFollowUpLetter(dossier) ? buildFollowUpLetter(doc, dossier, request, error)
                                            : buildLetter(doc, dossier, aids, request, error);
        break;
    case DocumentKind::PaSummary: built = buildPaSummary(doc, dossier, aids, request, error); break;
    case DocumentKind::Handout: built = buildVisitHandout(doc, dossier, request, error); break;
    case DocumentKind::LibraryHandout: built = buildLibraryHandout(doc, dossier, request, error); break;
    case DocumentKind::PtPlan: built = buildPtPlanOfCare(doc, dossier, request, error); break;
    case DocumentKind::Exercises: built = buildExerciseSheet(doc, dossier, request, error); break;
    }
    if (!built) {
        if (error && error->isEmpty())
            *error = DocumentsText::tr("The document could not be built.");
        return false;
    }
    return doc.paint(error, report);
}

QByteArray renderVisitDocumentPdf(const VisitDossier &dossier, const Aids::AidLibrary *aids, const DocumentRequest &request,
                                  QString *error, DocumentReport *report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(1200);
        pdf.setPageSize(QPageSize(QPageSize::Letter));
        pdf.setPageMargins(QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
        if (!paintVisitDocument(&pdf, dossier, aids, request, error, report))
            return {};
    }
    return buffer.data();
}

QString visitDocumentLanguage(const VisitDossier &dossier, const DocumentRequest &request)
{
    return documentLanguage(dossier, request);
}

QString patientDocumentLanguage(const Patient &patient)
{
    return supportedLanguageOr(patient.preferredLanguage);
}

} // namespace SpineDesk
