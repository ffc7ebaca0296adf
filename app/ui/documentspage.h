#pragma once

#include "core/instruments/library.h"
#include "core/patient.h"
#include "core/visit.h"
#include "core/visitdossier.h"
#include "documents/visitdocuments.h"
#include "storage/documentarchive.h"

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;

namespace SpineDesk {

class DocumentArchiveView;

// The Documents step (issue 5): the letter to the referring clinician (optional fax cover),
// the patient handout (language from the patient's record, overridable; large print), the
// prior-authorization summary (optional surgeon) and any library handout, each previewed,
// printed or saved as PDF by the one renderer (paintVisitDocument). Every document printed or
// saved is archived with its bytes and hash, so what was sent can be reprinted exactly from
// the archive list. A visit whose plan is not signed shows a DRAFT notice, and its documents
// say DRAFT on every page. Documents are available for draft and signed visits.
class DocumentsPage : public QWidget
{
    Q_OBJECT
public:
    DocumentsPage(QSqlDatabase db, qint64 clinicianId, const Visit &visit, const Patient &patient,
                  const Instruments::Library &instruments, const Aids::AidLibrary *aids, QWidget *parent = nullptr);

    void setVisit(const Visit &visit); // after signing elsewhere
    // Re-reads the plan's state (DRAFT notice) and the archive (the step was opened).
    void refreshFromVisit();

    // What the page's controls ask for.
    DocumentRequest request(DocumentKind kind) const;
    // The visit's dossier as stored now, with the surgeon typed on the page.
    std::optional<VisitDossier> loadDossier(DocumentKind kind, QString *error) const; // in that document's language
    // Who the document goes to, as archived: the referrer's name, "patient", the surgeon.
    static QString recipientFor(DocumentKind kind, const VisitDossier &dossier);

    // The actions behind the buttons, without dialogs. Each archives what it printed or saved
    // (route "print", "pdf", "preview-print") and returns the archived row.
    std::optional<ArchivedDocument> printDocument(DocumentKind kind, QPrinter *printer, const QString &route, QString *error);
    std::optional<ArchivedDocument> saveDocumentPdf(DocumentKind kind, const QString &fileName, QString *error);
    // The archived bytes again, never a new rendering; each reprint is recorded in the audit log.
    bool reprintExactly(qint64 documentId, QPrinter *printer, QString *error,
                        const std::function<bool(int done, int total)> &progress = {}, bool forceRaster = false);
    bool saveArchivedCopy(qint64 documentId, const QString &fileName, QString *error);

    // The same with their dialogs (QPrintPreviewDialog, QPrintDialog, file dialogs).
    void preview(DocumentKind kind);
    void print(DocumentKind kind);
    void savePdf(DocumentKind kind);
    void reprintSelected();
    void saveSelectedCopy();

    QLabel *draftNotice() const { return m_draft; }
    QLabel *messageLabel() const { return m_message; }
    QCheckBox *faxCoverBox() const { return m_faxCover; }
    QCheckBox *largePrintBox() const { return m_largePrint; }
    // PT visits: large print for the home exercise programme (nullptr for other visits).
    QCheckBox *exerciseLargePrintBox() const { return m_exerciseLargePrint; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *surgeonEdit() const { return m_surgeon; }
    QComboBox *libraryBox() const { return m_library; }
    DocumentArchiveView *archiveView() const { return m_archive; }
    QPushButton *button(const QString &objectName) const; // "preview-letter", "print-handout", "pdf-pa-summary", …

signals:
    void documentArchived(qint64 documentId);

private:
    QWidget *buildDocuments();
    void addTherapyDocuments(QLayout *layout, QWidget *parent);
    QWidget *buildArchive();
    QLayout *actionButtons(DocumentKind kind, QWidget *parent);
    void fillLibrary();
    void reloadArchive();
    void showMessage(const QString &text, bool problem);
    std::optional<ArchivedDocument> archive(DocumentKind kind, const VisitDossier &dossier, const QByteArray &pdf,
                                            const DocumentReport &report, const QString &route, QString *error);
    std::optional<ArchivedDocument> archived(qint64 documentId, QString *error) const;

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Visit m_visit;
    Patient m_patient;
    const Instruments::Library &m_instruments;
    const Aids::AidLibrary *m_aids;
    QLabel *m_draft = nullptr;
    QLabel *m_message = nullptr;
    QCheckBox *m_faxCover = nullptr;
    QCheckBox *m_largePrint = nullptr;
    QCheckBox *m_exerciseLargePrint = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_surgeon = nullptr;
    QComboBox *m_library = nullptr;
    DocumentArchiveView *m_archive = nullptr;
    QHash<QString, QPushButton *> m_buttons;
};

} // namespace SpineDesk
