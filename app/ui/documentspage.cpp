#include "ui/documentspage.h"

#include "storage/clinicianrepository.h"
#include "storage/dossierloader.h"
#include "storage/planrepository.h"
#include "ui/accessibilitycolours.h"
#include "ui/documentarchiveview.h"
#include "ui/documentprinting.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
bool isClinicianDocument(DocumentKind k)
{
    return k == DocumentKind::Letter || k == DocumentKind::PaSummary || k == DocumentKind::PtPlan;
}

bool writeFile(const QString &fileName, const QByteArray &bytes, QString *error)
{
    QFile out(fileName);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes) == bytes.size() && out.flush())
        return true;
    if (error)
        *error = QCoreApplication::translate("SpineDesk::DocumentsPage", "%1 could not be written: %2").arg(fileName, out.errorString());
    return false;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

DocumentsPage::DocumentsPage(QSqlDatabase db, qint64 clinicianId, const Visit &visit, const Patient &patient,
                             const Instruments::Library &instruments, const Aids::AidLibrary *aids, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
    , m_visit(visit)
    , m_patient(patient)
    , m_instruments(instruments)
    , m_aids(aids)
{
    setObjectName(u"documentsPage"_s);
    m_draft = new QLabel(tr("The plan of this visit is not signed: every document prints DRAFT on every page. "
                            "Sign the visit to send final documents."),
                         this);
    m_draft->setObjectName(u"draftNotice"_s);
    m_draft->setAccessibleName(tr("Draft notice"));
    m_draft->setWordWrap(true);
    m_draft->setStyleSheet(toneStyleSheet(u"draftNotice"_s, Tone::Caution, u"padding: 6px; font-weight: bold;"_s));
    m_message = new QLabel(this);
    m_message->setObjectName(u"documentMessage"_s);
    m_message->setAccessibleName(tr("Document status"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildDocuments());
    split->addWidget(scroll);
    split->addWidget(buildArchive());
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draft);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    refreshFromVisit();
}

QLayout *DocumentsPage::actionButtons(DocumentKind kind, QWidget *parent)
{
    const QString code = documentKindCode(kind);
    const QString label = documentKindLabel(kind);
    auto *row = new QHBoxLayout;
    row->addStretch();
    auto add = [&](const QString &prefix, const QString &text, const QString &accessible, void (DocumentsPage::*slot)(DocumentKind)) {
        auto *b = new QPushButton(text, parent);
        b->setObjectName(prefix + u'-' + code);
        b->setAccessibleName(accessible.arg(label));
        connect(b, &QPushButton::clicked, this, [this, kind, slot] { (this->*slot)(kind); });
        m_buttons.insert(b->objectName(), b);
        row->addWidget(b);
    };
    add(u"preview"_s, tr("Pre&view"), tr("Preview: %1"), &DocumentsPage::preview);
    add(u"print"_s, tr("&Print…"), tr("Print: %1"), &DocumentsPage::print);
    add(u"pdf"_s, tr("Save P&DF…"), tr("Save as PDF: %1"), &DocumentsPage::savePdf);
    return row;
}

QWidget *DocumentsPage::buildDocuments()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);

    auto *letter = new QGroupBox(documentKindLabel(DocumentKind::Letter), box);
    auto *ll = new QVBoxLayout(letter);
    m_faxCover = new QCheckBox(tr("Add a &fax cover sheet as page 1"), letter);
    m_faxCover->setObjectName(u"faxCover"_s);
    m_faxCover->setAccessibleName(tr("Fax cover sheet"));
    ll->addWidget(new QLabel(tr("In the clinic's working language, for the referring clinician."), letter));
    ll->addWidget(m_faxCover);
    ll->addLayout(actionButtons(DocumentKind::Letter, letter));

    auto *handout = new QGroupBox(documentKindLabel(DocumentKind::Handout), box);
    auto *hl = new QVBoxLayout(handout);
    auto *hf = new QFormLayout;
    m_language = new QComboBox(handout);
    m_language->setObjectName(u"handoutLanguage"_s);
    m_language->setAccessibleName(tr("Handout language"));
    m_language->addItem(tr("English"), u"en"_s);
    m_language->addItem(tr("Spanish (español)"), u"es"_s);
    // letter-and-handouts.md §5 rule 5: the patient's preferred language, overridable here.
    const QString preferred = m_patient.preferredLanguage.trimmed().toLower();
    if (!preferred.isEmpty() && m_language->findData(preferred) < 0)
        m_language->addItem(QLocale(preferred).nativeLanguageName().isEmpty() ? preferred
                                                                              : QLocale(preferred).nativeLanguageName(),
                            preferred);
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferred.isEmpty() ? u"en"_s : preferred)));
    m_largePrint = new QCheckBox(tr("&Large print"), handout);
    m_largePrint->setObjectName(u"largePrint"_s);
    m_largePrint->setAccessibleName(tr("Large print"));
    hf->addRow(tr("&Language (from the patient's record):"), m_language);
    hf->addRow(QString(), m_largePrint);
    hl->addLayout(hf);
    hl->addLayout(actionButtons(DocumentKind::Handout, handout));

    auto *pa = new QGroupBox(documentKindLabel(DocumentKind::PaSummary), box);
    auto *pl = new QVBoxLayout(pa);
    auto *pf = new QFormLayout;
    m_surgeon = new QLineEdit(pa);
    m_surgeon->setObjectName(u"surgeonName"_s);
    m_surgeon->setAccessibleName(tr("Surgeon's name"));
    m_surgeon->setPlaceholderText(tr("Optional: the surgeon the summary is addressed to"));
    pf->addRow(tr("&Surgeon:"), m_surgeon);
    pl->addLayout(pf);
    pl->addLayout(actionButtons(DocumentKind::PaSummary, pa));

    auto *library = new QGroupBox(tr("Handout library"), box);
    auto *bl = new QVBoxLayout(library);
    auto *bf = new QFormLayout;
    m_library = new QComboBox(library);
    m_library->setObjectName(u"libraryHandout"_s);
    m_library->setAccessibleName(tr("Library handout"));
    bf->addRow(tr("&Handout:"), m_library);
    bl->addWidget(new QLabel(tr("In the handout language chosen above; large print applies too."), library));
    bl->addLayout(bf);
    bl->addLayout(actionButtons(DocumentKind::LibraryHandout, library));
    connect(m_language, &QComboBox::currentIndexChanged, this, &DocumentsPage::fillLibrary);
    fillLibrary();

    if (m_visit.kind == VisitKind::PhysicalTherapy)
        addTherapyDocuments(layout, box); // the plan of care comes first: it is sent for certification
    layout->addWidget(letter);
    layout->addWidget(handout);
    layout->addWidget(pa);
    layout->addWidget(library);
    layout->addStretch();
    return box;
}

void DocumentsPage::addTherapyDocuments(QLayout *layout, QWidget *parent)
{
    auto *plan = new QGroupBox(tr("Plan of care (for certification)"), parent);
    plan->setObjectName(u"ptPlanBox"_s);
    auto *pl = new QVBoxLayout(plan);
    auto *planText = new QLabel(tr("For the referring clinician to sign and return: diagnoses, long-term goals, and the type, amount, "
                                   "frequency and duration of therapy, with a certification block. Record when it was sent on the "
                                   "Therapy step."),
                                plan);
    planText->setWordWrap(true);
    pl->addWidget(planText);
    pl->addLayout(actionButtons(DocumentKind::PtPlan, plan));

    auto *exercises = new QGroupBox(tr("Home exercise programme"), parent);
    exercises->setObjectName(u"exercisesBox"_s);
    auto *el = new QVBoxLayout(exercises);
    auto *exerciseText = new QLabel(tr("For the patient: each exercise with its picture, dose, how to progress and when to stop. "
                                       "In the handout language chosen below."),
                                    exercises);
    exerciseText->setWordWrap(true);
    m_exerciseLargePrint = new QCheckBox(tr("Large &print exercise sheet"), exercises);
    m_exerciseLargePrint->setObjectName(u"exerciseLargePrint"_s);
    m_exerciseLargePrint->setAccessibleName(tr("Large print exercise sheet"));
    el->addWidget(exerciseText);
    el->addWidget(m_exerciseLargePrint);
    el->addLayout(actionButtons(DocumentKind::Exercises, exercises));
    layout->addWidget(plan);
    layout->addWidget(exercises);
}

QWidget *DocumentsPage::buildArchive()
{
    auto *box = new QGroupBox(tr("Archive: what was printed or sent"), this);
    auto *layout = new QVBoxLayout(box);
    m_archive = new DocumentArchiveView(box);
    auto *reprint = new QPushButton(tr("&Reprint exactly…"), box);
    reprint->setObjectName(u"reprint"_s);
    reprint->setAccessibleName(tr("Reprint the archived document exactly"));
    auto *copy = new QPushButton(tr("Save a &copy…"), box);
    copy->setObjectName(u"saveCopy"_s);
    copy->setAccessibleName(tr("Save a copy of the archived document"));
    m_buttons.insert(reprint->objectName(), reprint);
    m_buttons.insert(copy->objectName(), copy);
    connect(reprint, &QPushButton::clicked, this, &DocumentsPage::reprintSelected);
    connect(copy, &QPushButton::clicked, this, &DocumentsPage::saveSelectedCopy);
    auto update = [this, reprint, copy] {
        const bool any = m_archive->currentDocumentId() > 0;
        reprint->setEnabled(any);
        copy->setEnabled(any);
    };
    connect(m_archive, &QTreeWidget::currentItemChanged, this, update);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(reprint);
    buttons->addWidget(copy);
    layout->addWidget(m_archive, 1);
    layout->addLayout(buttons);
    update();
    return box;
}

QPushButton *DocumentsPage::button(const QString &objectName) const
{
    return m_buttons.value(objectName);
}

void DocumentsPage::fillLibrary()
{
    const QString current = m_library->currentData().toString();
    m_library->clear();
    for (const LibraryHandout &h : libraryHandouts(m_language->currentData().toString()))
        m_library->addItem(h.title, h.id);
    if (m_library->count() == 0)
        m_library->setPlaceholderText(tr("No library handouts in this language"));
    m_library->setCurrentIndex(qMax(0, m_library->findData(current)));
    for (const QString &prefix : {u"preview-"_s, u"print-"_s, u"pdf-"_s})
        if (QPushButton *b = button(prefix + documentKindCode(DocumentKind::LibraryHandout)))
            b->setEnabled(m_library->count() > 0);
}

void DocumentsPage::setVisit(const Visit &visit)
{
    m_visit = visit;
    refreshFromVisit();
}

void DocumentsPage::refreshFromVisit()
{
    const auto stored = PlanRepository(m_db).load(m_visit.id);
    m_draft->setVisible(!stored || !stored->isSigned);
    reloadArchive();
}

void DocumentsPage::reloadArchive()
{
    QHash<qint64, QString> names;
    for (const Clinician &c : ClinicianRepository(m_db).list(false))
        names.insert(c.id, c.signatureName());
    m_archive->setDocuments(DocumentArchive(m_db).forVisit(m_visit.id), names);
}

void DocumentsPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"#documentMessage { %1 }"_s.arg(problemTextStyle()) : QString());
    m_message->setVisible(!text.isEmpty());
}

DocumentRequest DocumentsPage::request(DocumentKind kind) const
{
    DocumentRequest r;
    r.kind = kind;
    if (!isClinicianDocument(kind)) {
        r.language = m_language->currentData().toString();
        r.largePrint = kind == DocumentKind::Exercises ? m_exerciseLargePrint && m_exerciseLargePrint->isChecked()
                                                       : m_largePrint->isChecked();
    }
    r.faxCover = kind == DocumentKind::Letter && m_faxCover->isChecked();
    if (kind == DocumentKind::LibraryHandout)
        r.libraryHandoutId = m_library->currentData().toString();
    return r;
}

std::optional<VisitDossier> DocumentsPage::loadDossier(DocumentKind kind, QString *error) const
{
    const DocumentRequest r = request(kind);
    auto dossier = loadVisitDossierFor([&r](const VisitDossier &d) { return visitDocumentLanguage(d, r); }, m_db, m_instruments,
                                       m_visit.id, error, m_clinicianId);
    if (dossier && !m_surgeon->text().trimmed().isEmpty())
        dossier->surgeonName = m_surgeon->text().trimmed();
    return dossier;
}

QString DocumentsPage::recipientFor(DocumentKind kind, const VisitDossier &dossier)
{
    switch (kind) {
    case DocumentKind::Letter:
    case DocumentKind::PtPlan:
        return dossier.referrer && !dossier.referrer->name.trimmed().isEmpty() ? dossier.referrer->name.trimmed()
                                                                               : tr("referring clinician");
    case DocumentKind::PaSummary:
        return dossier.surgeonName.trimmed().isEmpty() ? tr("surgeon's office or payer") : dossier.surgeonName.trimmed();
    case DocumentKind::Handout:
    case DocumentKind::LibraryHandout:
    case DocumentKind::Exercises: break;
    }
    return u"patient"_s;
}

std::optional<ArchivedDocument> DocumentsPage::archive(DocumentKind kind, const VisitDossier &dossier, const QByteArray &pdf,
                                                       const DocumentReport &report, const QString &route, QString *error)
{
    ArchivedDocument d;
    d.notice = report.pageNotice;
    d.visitId = m_visit.id;
    d.kind = documentKindCode(kind);
    d.language = visitDocumentLanguage(dossier, request(kind)); // the clinic's for the clinician documents (§5 rule 3)
    d.revision = dossier.planRevision();
    d.recipient = recipientFor(kind, dossier);
    d.route = route;
    d.pdf = pdf;
    const SaveResult saved = DocumentArchive(m_db, m_clinicianId).add(d);
    if (!saved.ok()) {
        if (error)
            *error = tr("The document was made but could not be archived: %1").arg(saved.message);
        return std::nullopt;
    }
    reloadArchive();
    emit documentArchived(d.id);
    return d;
}

std::optional<ArchivedDocument> DocumentsPage::printDocument(DocumentKind kind, QPrinter *printer, const QString &route,
                                                             QString *error)
{
    const auto dossier = loadDossier(kind, error);
    if (!dossier)
        return std::nullopt;
    const DocumentRequest r = request(kind);
    // The archive keeps the PDF of the very request that is printed (same renderer, same id).
    DocumentReport report;
    const QByteArray pdf = renderVisitDocumentPdf(*dossier, m_aids, r, error, &report);
    if (pdf.isEmpty())
        return std::nullopt;
    if (printer->docName().isEmpty())
        printer->setDocName(documentKindLabel(kind));
    if (!paintVisitDocument(printer, *dossier, m_aids, r, error))
        return std::nullopt;
    return archive(kind, *dossier, pdf, report, route, error);
}

std::optional<ArchivedDocument> DocumentsPage::saveDocumentPdf(DocumentKind kind, const QString &fileName, QString *error)
{
    const auto dossier = loadDossier(kind, error);
    if (!dossier)
        return std::nullopt;
    DocumentReport report;
    const QByteArray pdf = renderVisitDocumentPdf(*dossier, m_aids, request(kind), error, &report);
    if (pdf.isEmpty() || !writeFile(fileName, pdf, error))
        return std::nullopt;
    return archive(kind, *dossier, pdf, report, u"pdf"_s, error);
}

std::optional<ArchivedDocument> DocumentsPage::archived(qint64 documentId, QString *error) const
{
    auto doc = DocumentArchive(m_db).find(documentId);
    if (!doc || doc->visitId != m_visit.id) {
        if (error)
            *error = tr("The archived document was not found.");
        return std::nullopt;
    }
    // What was sent must be what is reprinted: refuse bytes that no longer match their hash.
    if (sha256(doc->pdf) != doc->sha256) {
        if (error)
            *error = tr("The archived document does not match its recorded SHA-256 and was not reprinted.");
        return std::nullopt;
    }
    return doc;
}

bool DocumentsPage::reprintExactly(qint64 documentId, QPrinter *printer, QString *error,
                                   const std::function<bool(int done, int total)> &progress, bool forceRaster)
{
    const auto doc = archived(documentId, error);
    if (!doc)
        return false;
    if (printer->docName().isEmpty())
        printer->setDocName(DocumentArchiveView::kindLabel(doc->kind));
    if (!printPdfBytes(doc->pdf, printer, error, progress, forceRaster))
        return false;
    const bool toFile = printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty();
    if (!DocumentArchive(m_db, m_clinicianId).recordReprint(*doc, toFile && !forceRaster ? u"pdf"_s : u"print"_s)) {
        if (error)
            *error = tr("The document was reprinted, but the reprint could not be recorded in the audit log.");
        return false;
    }
    return true;
}

bool DocumentsPage::saveArchivedCopy(qint64 documentId, const QString &fileName, QString *error)
{
    const auto doc = archived(documentId, error);
    if (!doc || !writeFile(fileName, doc->pdf, error))
        return false;
    if (!DocumentArchive(m_db, m_clinicianId).recordReprint(*doc, u"pdf"_s)) {
        if (error)
            *error = tr("The copy was saved, but it could not be recorded in the audit log.");
        return false;
    }
    return true;
}

void DocumentsPage::preview(DocumentKind kind)
{
    QString error;
    const auto dossier = loadDossier(kind, &error);
    if (!dossier)
        return showMessage(error, true);
    const DocumentRequest r = request(kind);
    // Rendered first: a refusal (e.g. a language without text) is shown before any dialog, and
    // the bytes are what the archive keeps if the preview is printed.
    DocumentReport report;
    const QByteArray pdf = renderVisitDocumentPdf(*dossier, m_aids, r, &error, &report);
    if (pdf.isEmpty())
        return showMessage(error, true);
    QPrinter printer(QPrinter::HighResolution);
    const PreviewOutcome outcome = previewVisitDocument(this, *dossier, m_aids, r, &printer);
    if (!outcome.error.isEmpty())
        return showMessage(outcome.error, true);
    if (!outcome.printed)
        return showMessage({}, false); // only looked at: nothing was sent
    if (const auto d = archive(kind, *dossier, pdf, report, u"preview-print"_s, &error))
        showMessage(tr("%1: printed from the preview and archived (SHA-256 %2…).").arg(documentKindLabel(kind), d->sha256.left(12)), false);
    else
        showMessage(error, true);
}

void DocumentsPage::print(DocumentKind kind)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(documentKindLabel(kind));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print — %1").arg(documentKindLabel(kind)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto d = printDocument(kind, &printer, u"print"_s, &error);
    QApplication::restoreOverrideCursor();
    if (d)
        showMessage(tr("%1: printed and archived (SHA-256 %2…).").arg(documentKindLabel(kind), d->sha256.left(12)), false);
    else
        showMessage(error, true);
}

void DocumentsPage::savePdf(DocumentKind kind)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"%1-%2-%3.pdf"_s.arg(m_patient.mrn.isEmpty() ? u"patient"_s : m_patient.mrn,
                                                                 documentKindCode(kind), m_visit.visitDate.toString(Qt::ISODate)));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save %1 as PDF").arg(documentKindLabel(kind)), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    QString error;
    if (const auto d = saveDocumentPdf(kind, file, &error))
        showMessage(tr("%1: saved to %2 and archived (SHA-256 %3…).").arg(documentKindLabel(kind), file, d->sha256.left(12)), false);
    else
        showMessage(error, true);
}

void DocumentsPage::reprintSelected()
{
    const qint64 id = m_archive->currentDocumentId();
    if (id <= 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Reprint exactly"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QProgressDialog progress(tr("Printing the archived pages…"), tr("Cancel"), 0, 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QString error;
    const bool ok = reprintExactly(id, &printer, &error, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    showMessage(ok ? tr("The archived document was reprinted exactly, and the reprint recorded.") : error, !ok);
}

void DocumentsPage::saveSelectedCopy()
{
    const qint64 id = m_archive->currentDocumentId();
    if (id <= 0)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Save a copy of the archived document"),
                                                      QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                          .filePath(u"archived-document-%1.pdf"_s.arg(id)),
                                                      tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    QString error;
    const bool ok = saveArchivedCopy(id, file, &error);
    showMessage(ok ? tr("The archived document was saved to %1, and the copy recorded.").arg(file) : error, !ok);
}

} // namespace SpineDesk
