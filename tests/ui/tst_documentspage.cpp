// The Documents step: listed archive, a letter archived with its hash, a handout the renderer
// refuses (its message shown, no silent fallback), "reprint exactly" from the archived bytes
// (audited), printing through the preview after the plan is signed, the Handouts menu of the
// main window, and a letter printed through a real CUPS queue (a private cupsd with cups-pdf,
// started by tests/print/cups-setup.sh as a CTest fixture).
#include "core/plan/plan.h"
#include "documents/visitdocuments.h"
#include "storage/auditlog.h"
#include "storage/documentarchive.h"
#include "storage/planrepository.h"
#include "storage/referralrepository.h"
#include "ui/documentarchiveview.h"
#include "ui/documentprinting.h"
#include "ui/documentspage.h"
#include "ui/mainwindow.h"
#include "ui/visitworkflow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

#include "../documents/pdftools.h"
#include "clinicfixture.h"
#include "i18n/language.h"
#include "storage/clinicrepository.h"

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {
const QString kMrn = u"MRN-5150"_s;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Acts on the print preview once it is the active modal window, then closes it: accepted
// when `act` returns true (as the preview's own Print action does), rejected otherwise. The
// polling timer belongs to the driver, so it stops when the test function that made it ends.
class PreviewDriver
{
public:
    using Act = std::function<bool(QPrintPreviewDialog *, QPrintPreviewWidget *)>;
    bool seen = false;
    int pageCount = 0;

    PreviewDriver()
    {
        m_timer.setInterval(25);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { poll(); });
    }

    void arm(Act act, int tries = 200)
    {
        m_act = std::move(act);
        m_tries = tries;
        m_timer.start();
    }

private:
    void poll()
    {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (--m_tries <= 0)
                m_timer.stop();
            return;
        }
        m_timer.stop();
        seen = true;
        auto *widget = dialog->findChild<QPrintPreviewWidget *>();
        if (!widget) {
            dialog->reject();
            return;
        }
        widget->updatePreview(); // paintRequested on the preview's printer
        pageCount = widget->pageCount();
        if (m_act(dialog, widget))
            dialog->accept();
        else
            dialog->reject();
    }

    QTimer m_timer;
    Act m_act;
    int m_tries = 0;
};
} // namespace

class TestDocumentsPage : public QObject, protected SpineDeskTest::ClinicFixture
{
    Q_OBJECT

private:
    Instruments::Library m_library;
    Aids::AidLibrary m_aids;
    QTemporaryDir m_out;

    std::unique_ptr<DocumentsPage> openPage(const Visit &v, const Patient &patient)
    {
        return std::make_unique<DocumentsPage>(m_db->connection(), m_clinicianId, v, patient, m_library, &m_aids);
    }

    Plans::TreatmentPlan signablePlan(const Visit &v)
    {
        Plans::TreatmentPlan p;
        p.visitId = v.id;
        p.problems << Plans::ProblemEntry{u"non-specific-lbp"_s, {}, true};
        Plans::PlanItem pt;
        pt.id = u"rule:pathway"_s;
        pt.kind = Plans::ItemKind::PhysicalTherapy;
        pt.text = u"Physical therapy: exercise"_s;
        pt.origin = Plans::ItemOrigin::Proposed;
        p.items << pt;
        p.goals << Plans::Goal{u"Walk the dog for 30 minutes"_s, v.visitDate.addDays(42)};
        p.bottomLine = u"Non-specific low back pain; physical therapy."_s;
        return p;
    }

    qsizetype reprintEntries(qint64 documentId)
    {
        qsizetype n = 0;
        for (const AuditEntry &e : AuditLog(m_db->connection()).forEntity(u"document"_s, documentId))
            n += e.detail.startsWith(u"reprint"_s) ? 1 : 0;
        return n;
    }

    struct CupsState {
        bool ok = false;
        QString skipReason, server, queue, outDir, logDir;
    };
    // What tests/print/cups-setup.sh wrote (SPINEDESK_CUPS_STATE/status).
    static CupsState cupsState()
    {
        CupsState s;
        const QString state = qEnvironmentVariable("SPINEDESK_CUPS_STATE");
        if (state.isEmpty()) {
            s.skipReason = u"no private CUPS server: run this test through ctest, whose fixture runs tests/print/cups-setup.sh"_s;
            return s;
        }
        const QString status = QString::fromUtf8(readFile(state + u"/status"_s));
        if (status.isEmpty()) {
            s.skipReason = u"the CUPS set-up (tests/print/cups-setup.sh) left no status in %1"_s.arg(state);
            return s;
        }
        if (status.startsWith(u"skip: "_s)) {
            s.skipReason = status.mid(6).trimmed();
            return s;
        }
        for (const QString &line : status.split(u'\n')) {
            const QString key = line.section(u'=', 0, 0), value = line.section(u'=', 1);
            if (key == u"server")
                s.server = value;
            else if (key == u"queue")
                s.queue = value;
            else if (key == u"outdir")
                s.outDir = value;
            else if (key == u"logs")
                s.logDir = value;
        }
        s.ok = status.startsWith(u"ok"_s) && !s.server.isEmpty() && !s.queue.isEmpty() && !s.outDir.isEmpty();
        if (!s.ok)
            s.skipReason = u"the CUPS set-up's status is incomplete: "_s + status.simplified();
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openClinic(Clinician{0, u"Ana Lee"_s, u"MD"_s, ClinicianRole::Physiatrist, true},
                           Patient{0, u"Moreau"_s, u"Luc"_s, QDate(1979, 3, 2), Sex::Male, kMrn, {}, u"en"_s, 0}));
        m_library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        m_aids = Aids::AidLibrary::load();
        QVERIFY(m_out.isValid());
        QVERIFY2(!PdfTools::tool(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is needed to read the PDFs back");
        // The private scheduler, when the fixture started one: set before anything asks CUPS
        // (libcups reads CUPS_SERVER once). The job runs as a user unknown to the system, so
        // cups-pdf writes it to its anonymous folder rather than into a home folder.
        const CupsState cups = cupsState();
        if (cups.ok) {
            qputenv("CUPS_SERVER", cups.server.toLocal8Bit());
            qputenv("CUPS_USER", "spinedesk-print-test");
        }
    }

    void documentsStepIsAvailableForDraftVisits()
    {
        QVERIFY(workflowStepAvailable(WorkflowStep::Documents));
        const Visit v = newVisit();
        VisitWorkflow flow(m_db->connection(), m_clinicianId, v, m_patient, m_library, nullptr, &m_aids);
        const int row = int(workflowSteps().indexOf(WorkflowStep::Documents));
        QVERIFY(flow.stepList()->item(row)->flags() & Qt::ItemIsEnabled);
        QVERIFY(!flow.stepList()->item(row)->text().contains(u"not available"_s));
        flow.stepList()->setCurrentRow(row);
        QVERIFY(flow.documentsPage());
        QVERIFY(flow.documentsPage()->isVisibleTo(&flow) || flow.documentsPage()->parentWidget());
        // The plan is not signed: the page says the documents are drafts.
        QVERIFY(!flow.documentsPage()->draftNotice()->isHidden());
        QVERIFY(flow.documentsPage()->draftNotice()->text().contains(u"DRAFT"_s));
        for (const QString &name : {u"preview-letter"_s, u"print-letter"_s, u"pdf-letter"_s, u"preview-handout"_s,
                                    u"pdf-pa-summary"_s, u"preview-library-handout"_s, u"reprint"_s, u"saveCopy"_s}) {
            QPushButton *b = flow.documentsPage()->button(name);
            QVERIFY2(b, qPrintable(name));
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(name));
        }
    }

    void handoutLanguageDefaultsToThePatientsAndRefusalIsShown()
    {
        const Visit v = newVisit();
        Patient spanish = m_patient;
        spanish.preferredLanguage = u"es"_s;
        QCOMPARE(openPage(v, spanish)->languageBox()->currentData().toString(), u"es"_s);
        QCOMPARE(openPage(v, m_patient)->languageBox()->currentData().toString(), u"en"_s);

        // A Spanish library handout prints the pending-review notice on every page; the archive keeps
        // that notice with the document and the archive list shows it.
        {
            auto page = openPage(v, spanish);
            QString why;
            const auto made = page->saveDocumentPdf(DocumentKind::LibraryHandout, m_out.filePath(u"es.pdf"_s), &why);
            QVERIFY2(made, qPrintable(why));
            const QString notice = u"Traducción pendiente de revisión por un traductor médico calificado."_s;
            QCOMPARE(made->language, u"es"_s);
            QCOMPARE(made->notice, notice);
            QCOMPARE(DocumentArchive(m_db->connection()).find(made->id)->notice, notice);
            QCOMPARE(page->archiveView()->topLevelItem(0)->text(DocumentArchiveView::Notice), notice);
            const auto english = page->saveDocumentPdf(DocumentKind::Letter, m_out.filePath(u"en.pdf"_s), &why);
            QVERIFY2(english, qPrintable(why));
            QCOMPARE(english->notice, QString()); // the clinician's letter, in English, has none
        }
        const Visit fresh = newVisit(); // the refusal below expects an empty archive

        // A language the renderer has no text for: its message is shown, and nothing is archived.
        Patient french = m_patient;
        french.preferredLanguage = u"fr"_s;
        auto page = openPage(fresh, french);
        QCOMPARE(page->languageBox()->currentData().toString(), u"fr"_s);
        QString error;
        QVERIFY(!page->saveDocumentPdf(DocumentKind::Handout, m_out.filePath(u"fr.pdf"_s), &error));
        QVERIFY(!error.isEmpty());
        PreviewDriver guard; // a preview must not open; if it did, close it so the test fails instead of hanging
        guard.arm([](QPrintPreviewDialog *, QPrintPreviewWidget *) { return false; }, 20);
        page->preview(DocumentKind::Handout);
        QVERIFY(!guard.seen);
        QVERIFY(!page->messageLabel()->isHidden());
        QCOMPARE(page->messageLabel()->text(), error);
        QVERIFY(DocumentArchive(m_db->connection()).forVisit(fresh.id).isEmpty());
        QVERIFY(!QFile::exists(m_out.filePath(u"fr.pdf"_s)));
    }

    // Issue 8: a clinic working in Spanish prints its letter in Spanish from an English window,
    // the sentences worked out while the visit is read (the red-flag screen's status) included.
    void clinicLanguageLetterFromAnotherWindowLanguage()
    {
        ClinicRepository clinics(m_db->connection());
        ClinicProfile profile = clinics.load();
        const QString before = profile.workingLanguage;
        if (profile.name.isEmpty())
            profile.name = u"Clínica de Columna"_s;
        profile.workingLanguage = u"es"_s;
        QVERIFY(clinics.save(profile).ok());
        const auto restore = qScopeGuard([&] {
            ClinicProfile p = ClinicRepository(m_db->connection()).load();
            p.workingLanguage = before.isEmpty() ? u"en"_s : before;
            QVERIFY(ClinicRepository(m_db->connection()).save(p).ok());
        });
        QCOMPARE(currentLanguage(), u"en"_s);
        const Visit v = newVisit();
        auto page = openPage(v, m_patient);
        QString error;
        const auto made = page->saveDocumentPdf(DocumentKind::Letter, m_out.filePath(u"carta.pdf"_s), &error);
        QVERIFY2(made, qPrintable(error));
        QCOMPARE(made->language, u"es"_s);
        const QString text = PdfTools::allText(made->pdf);
        QVERIFY2(text.contains(u"Página 1 de"_s), qPrintable(text.left(300)));
        QVERIFY2(text.contains(u"señales de alarma"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Red-flag screen"_s), qPrintable(text));
        QCOMPARE(currentLanguage(), u"en"_s); // the window's language is untouched
    }

    void makingALetterArchivesItWithItsHash()
    {
        const Visit v = newVisit();
        auto page = openPage(v, m_patient);
        QCOMPARE(page->archiveView()->topLevelItemCount(), 0);
        const QString file = m_out.filePath(u"letter.pdf"_s);
        QString error;
        const auto made = page->saveDocumentPdf(DocumentKind::Letter, file, &error);
        QVERIFY2(made, qPrintable(error));

        const QList<ArchivedDocument> docs = DocumentArchive(m_db->connection()).forVisit(v.id);
        QCOMPARE(docs.size(), 1);
        const ArchivedDocument &d = docs.first();
        QCOMPARE(d.id, made->id);
        QVERIFY(d.pdf.startsWith("%PDF"));
        QCOMPARE(d.sha256, sha256(d.pdf));
        QCOMPARE(readFile(file), d.pdf); // the file saved is the archived document
        QCOMPARE(d.kind, u"letter"_s);
        QCOMPARE(d.language, u"en"_s);
        QCOMPARE(d.revision, 0);
        QCOMPARE(d.route, u"pdf"_s);
        QCOMPARE(d.createdBy, m_clinicianId);
        QVERIFY(!d.recipient.isEmpty());
        const QString text = PdfTools::allText(d.pdf);
        QVERIFY2(text.contains(kMrn), qPrintable(text.left(400)));
        QVERIFY2(text.contains(u"DRAFT"_s), "an unsigned plan's letter says DRAFT");

        // The archive list shows it: kind, route, who, the hash shortened with the full one as tooltip.
        DocumentArchiveView *view = page->archiveView();
        QCOMPARE(view->topLevelItemCount(), 1);
        QTreeWidgetItem *row = view->topLevelItem(0);
        QCOMPARE(row->data(0, Qt::UserRole).toLongLong(), d.id);
        QCOMPARE(row->text(DocumentArchiveView::Kind), documentKindLabel(DocumentKind::Letter));
        QVERIFY(row->text(DocumentArchiveView::Who).startsWith(u"Ana Lee"_s));
        QCOMPARE(row->toolTip(DocumentArchiveView::Sha256), d.sha256);
        QVERIFY(d.sha256.startsWith(row->text(DocumentArchiveView::Sha256).chopped(1)));
        QVERIFY(!row->text(DocumentArchiveView::When).isEmpty());

        // Printing (here to a PDF file printer) archives too, with the route.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_out.filePath(u"printed-letter.pdf"_s));
        page->faxCoverBox()->setChecked(true);
        const auto printed = page->printDocument(DocumentKind::Letter, &printer, u"print"_s, &error);
        QVERIFY2(printed, qPrintable(error));
        QCOMPARE(printed->route, u"print"_s);
        QVERIFY(PdfTools::allText(readFile(printer.outputFileName())).contains(kMrn));
        QCOMPARE(PdfTools::pageCount(printed->pdf), PdfTools::pageCount(readFile(printer.outputFileName())));
        QCOMPARE(page->archiveView()->topLevelItemCount(), 2);

        // A fresh page on the same visit lists what was archived.
        QCOMPARE(openPage(v, m_patient)->archiveView()->topLevelItemCount(), 2);
    }

    void reprintExactlyUsesTheArchivedBytes()
    {
        const Visit v = newVisit();
        auto page = openPage(v, m_patient);
        QString error;
        const auto made = page->saveDocumentPdf(DocumentKind::Letter, m_out.filePath(u"reprint-source.pdf"_s), &error);
        QVERIFY2(made, qPrintable(error));
        const qsizetype before = reprintEntries(made->id);

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_out.filePath(u"reprint.pdf"_s));
        QVERIFY2(page->reprintExactly(made->id, &printer, &error), qPrintable(error));
        const QByteArray again = readFile(printer.outputFileName());
        QCOMPARE(PdfTools::allText(again), PdfTools::allText(made->pdf));
        QCOMPARE(sha256(again), made->sha256); // not a re-render: the very bytes
        QCOMPARE(reprintEntries(made->id), before + 1);

        // To a printer, the pages are rendered from the archived PDF by QtPdf (forced here
        // onto a PDF file so that the result can be read back), with progress and audit.
        QPrinter raster(QPrinter::ScreenResolution);
        raster.setOutputFormat(QPrinter::PdfFormat);
        raster.setOutputFileName(m_out.filePath(u"reprint-raster.pdf"_s));
        QList<int> steps;
        QVERIFY2(page->reprintExactly(made->id, &raster, &error, [&](int done, int) { steps << done; return true; }, true),
                 qPrintable(error));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(raster.outputFileName()), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), PdfTools::pageCount(made->pdf));
        QVERIFY(steps.size() >= pdf.pageCount());
        const QImage first = pdf.render(0, QSize(300, 400));
        QImage onWhite(first.size(), QImage::Format_RGB32);
        onWhite.fill(Qt::white);
        QPainter(&onWhite).drawImage(0, 0, first);
        int dark = 0;
        for (int y = 0; y < onWhite.height(); ++y)
            for (int x = 0; x < onWhite.width(); ++x)
                dark += qGray(onWhite.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(dark > 100, "the reprinted page is blank");
        QCOMPARE(reprintEntries(made->id), before + 2);

        // Cancelling stops the job and records nothing.
        QPrinter cancelled(QPrinter::ScreenResolution);
        cancelled.setOutputFormat(QPrinter::PdfFormat);
        cancelled.setOutputFileName(m_out.filePath(u"reprint-cancelled.pdf"_s));
        QVERIFY(!page->reprintExactly(made->id, &cancelled, &error, [](int, int) { return false; }, true));
        QCOMPARE(reprintEntries(made->id), before + 2);

        // A saved copy is the archived bytes and is audited as well.
        QVERIFY2(page->saveArchivedCopy(made->id, m_out.filePath(u"copy.pdf"_s), &error), qPrintable(error));
        QCOMPARE(readFile(m_out.filePath(u"copy.pdf"_s)), made->pdf);
        QCOMPARE(reprintEntries(made->id), before + 3);
    }

    void signedPlanPrintedThroughThePreview()
    {
        const Visit v = newVisit();
        Plans::TreatmentPlan plan = signablePlan(v);
        QVERIFY(PlanRepository(m_db->connection(), m_clinicianId).save(plan).ok());
        VisitWorkflow flow(m_db->connection(), m_clinicianId, v, m_patient, m_library, nullptr, &m_aids);
        QString error;
        QVERIFY2(flow.sign(&error), qPrintable(error));
        QVERIFY(flow.visit().isSigned());
        flow.stepList()->setCurrentRow(int(workflowSteps().indexOf(WorkflowStep::Documents)));
        DocumentsPage *page = flow.documentsPage();
        QVERIFY(page->draftNotice()->isHidden());
        flow.resize(1100, 800);
        flow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&flow));

        const QString printed = m_out.filePath(u"preview-printed.pdf"_s);
        PreviewDriver driver;
        driver.arm([&](QPrintPreviewDialog *dialog, QPrintPreviewWidget *widget) {
            dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
            dialog->printer()->setOutputFileName(printed);
            widget->print(); // what the preview's Print action does after its dialog
            return true;
        });
        QTest::mouseClick(page->button(u"preview-letter"_s), Qt::LeftButton);
        QVERIFY(driver.seen);
        QVERIFY2(driver.pageCount > 0, "the preview painted no page");

        const QList<ArchivedDocument> docs = DocumentArchive(m_db->connection()).forVisit(v.id);
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs.first().kind, u"letter"_s);
        QCOMPARE(docs.first().route, u"preview-print"_s);
        const QString archivedText = PdfTools::allText(docs.first().pdf);
        QVERIFY(archivedText.contains(kMrn));
        QVERIFY2(!archivedText.contains(u"DRAFT"_s), "a signed plan's letter is not a draft");
        const QByteArray paper = readFile(printed);
        QVERIFY(paper.startsWith("%PDF"));
        QVERIFY(PdfTools::allText(paper).contains(kMrn));
        QCOMPARE(PdfTools::pageCount(paper), driver.pageCount);
        QVERIFY(page->messageLabel()->text().contains(docs.first().sha256.left(12)));
        QCOMPARE(page->archiveView()->topLevelItemCount(), 1);
        // Set SPINEDESK_SCREENSHOTS to a folder to look at the layout.
        if (const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS"); !dir.isEmpty()) {
            QTest::qWait(50);
            flow.grab().save(dir + u"/documents-step.png"_s);
        }

        // Only looking at a preview archives nothing.
        PreviewDriver look;
        look.arm([](QPrintPreviewDialog *, QPrintPreviewWidget *) { return false; });
        page->preview(DocumentKind::Handout);
        QVERIFY(look.seen);
        QVERIFY(look.pageCount > 0);
        QCOMPARE(DocumentArchive(m_db->connection()).forVisit(v.id).size(), 1);
    }

    void handoutsMenuPreviewsALibraryHandoutWithoutAPatient()
    {
        const QList<LibraryHandout> library = libraryHandouts(u"en"_s);
        QVERIFY2(!library.isEmpty(), "resources/handouts/en lists no handouts");
        MainWindow w(*m_db, m_clinicianId);
        auto *menu = w.findChild<QMenu *>(u"handoutsMenu"_s);
        QVERIFY(menu);
        QAction *action = w.findChild<QAction *>(u"handout-"_s + library.first().id);
        QVERIFY(action);
        QVERIFY(menu->actions().contains(action));
        PreviewDriver driver;
        driver.arm([](QPrintPreviewDialog *, QPrintPreviewWidget *) { return false; });
        QString error;
        QVERIFY2(w.previewLibraryHandout(library.first().id, &error), qPrintable(error));
        QVERIFY(driver.seen);
        QVERIFY(driver.pageCount > 0);
        // An unknown handout is refused with the renderer's message.
        QVERIFY(!w.previewLibraryHandout(u"no-such-handout"_s, &error));
        QVERIFY(!error.isEmpty());
    }

    // Needs the private scheduler of tests/print/cups-setup.sh (run by CTest as a fixture).
    void printsALetterThroughARealCupsQueue()
    {
        const CupsState cups = cupsState();
        if (!cups.ok)
            QSKIP(qPrintable(u"CUPS cannot run here: "_s + cups.skipReason));
        const QString queue = cups.queue, outDir = cups.outDir;
        QVERIFY2(QPrinterInfo::availablePrinterNames().contains(queue),
                 qPrintable(u"Qt does not see the queue %1 on CUPS_SERVER=%2 (printers: %3)"_s.arg(
                     queue, qEnvironmentVariable("CUPS_SERVER"), QPrinterInfo::availablePrinterNames().join(u", "_s))));

        const Visit v = newVisit();
        auto page = openPage(v, m_patient);
        QPrinter printer(QPrinterInfo::printerInfo(queue), QPrinter::HighResolution);
        QCOMPARE(printer.printerName(), queue);
        QCOMPARE(printer.outputFormat(), QPrinter::NativeFormat);
        // cups-pdf names the file after the document's title and the job: the new PDF in its
        // folder is this job's. Wait (bounded) until it is complete.
        const QDir out(outDir);
        const QStringList before = out.entryList({u"*.pdf"_s}, QDir::Files);
        QString error;
        const auto printed = page->printDocument(DocumentKind::Letter, &printer, u"print"_s, &error);
        QVERIFY2(printed, qPrintable(error));
        QCOMPARE(printed->route, u"print"_s);

        QString found;
        QElapsedTimer clock;
        clock.start();
        qint64 lastSize = -1;
        while (found.isEmpty() && clock.elapsed() < 60000) {
            QTest::qWait(250);
            QStringList now = out.entryList({u"*.pdf"_s}, QDir::Files);
            now.removeIf([&](const QString &f) { return before.contains(f); });
            if (now.isEmpty())
                continue;
            const qint64 size = QFileInfo(out.filePath(now.first())).size();
            if (size > 0 && size == lastSize)
                found = out.filePath(now.first());
            lastSize = size;
        }
        QVERIFY2(!found.isEmpty(), qPrintable(u"no new PDF appeared in %1 within 60 s; see %2/error_log"_s.arg(outDir, cups.logDir)));
        const QByteArray paper = readFile(found);
        QFile::remove(found); // leave nothing behind in the cups-pdf folder
        QVERIFY(paper.startsWith("%PDF"));
        const QString text = PdfTools::allText(paper);
        QVERIFY2(text.contains(kMrn), qPrintable(text.left(400)));
        QCOMPARE(PdfTools::pageCount(paper), PdfTools::pageCount(printed->pdf));
    }
};

QTEST_MAIN(TestDocumentsPage)
#include "tst_documentspage.moc"
