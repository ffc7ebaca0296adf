// The letter to the referring clinician, rendered to PDF and read back with poppler: every
// section of letter-and-handouts.md §3 in its order, the patient's name, date of birth and
// record number and "Page X of Y" on every page, DRAFT on every page of an unsigned plan and
// nowhere on a signed one, long plans paginate with each section where the report says, fonts
// embedded, user text printed literally, the trend chart, the fax cover and printing through
// QPrinter with the same renderer.
#include "dossierfixture.h"
#include "pdftools.h"

#include "core/decisionaids/aidlibrary.h"
#include "documents/letter.h"
#include "documents/visitdocuments.h"

#include <QPrinter>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
namespace PT = SpineDesk::PdfTools;

namespace {

QByteArray render(const VisitDossier &d, DocumentReport *report = nullptr, bool faxCover = false)
{
    DocumentRequest request;
    request.kind = DocumentKind::Letter;
    request.faxCover = faxCover;
    QString error;
    const QByteArray pdf = renderVisitDocumentPdf(d, nullptr, request, &error, report);
    if (pdf.isEmpty())
        qWarning("render failed: %s", qPrintable(error));
    return pdf;
}


} // namespace

class TestLetter : public QObject
{
    Q_OBJECT

    // Identifiers and page numbers on each page; DRAFT on each page or on none.
    static void verifyPages(const QByteArray &pdf, int pages, bool draft, int firstFlowPage = 1)
    {
        QCOMPARE(PT::pageCount(pdf), pages);
        for (int page = 1; page <= pages; ++page) {
            const QString text = PT::pageText(pdf, page);
            const QByteArray whereBytes = "page " + QByteArray::number(page);
            const char *where = whereBytes.constData();
            if (page >= firstFlowPage) {
                QVERIFY2(text.contains(QLatin1String(Fixture::kPatientName)), where);
                QVERIFY2(text.contains(QLatin1String(Fixture::kBirthDate)), where);
                QVERIFY2(text.contains(QLatin1String(Fixture::kMrn)), where);
            }
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), where);
            QVERIFY2(text.contains(u"SD-42-letter"_s), where); // the document id in the footer
            QVERIFY2(text.contains(u"DRAFT"_s) == draft, where);
        }
    }

private slots:
    void initTestCase()
    {
        // Fail, not skip, without poppler: it is how the PDF's content is checked.
        for (const auto &t : {u"pdftotext"_s, u"pdffonts"_s, u"pdfinfo"_s})
            QVERIFY2(!PT::tool(t).isEmpty(), qPrintable(t + u" (poppler-utils) is required by this test"_s));
    }

    void sectionsInOrder()
    {
        DocumentReport report;
        const QByteArray pdf = render(Fixture::dossier(true), &report);
        QVERIFY(!pdf.isEmpty());
        PdfTools::keepForLooking(pdf, u"letter.pdf"_s);
        QCOMPARE(report.sectionTitles, letterSectionTitles());
        QCOMPARE(report.sectionPages.size(), report.sectionTitles.size());
        QCOMPARE(report.sectionPages.at(0), 1); // bottom line on page 1
        QCOMPARE(report.sectionPages.at(1), 1); // problem list on page 1
        QVERIFY(std::is_sorted(report.sectionPages.begin(), report.sectionPages.end()));
        QCOMPARE(report.sectionPages.last(), report.pages); // signature on the last page
        QVERIFY2(report.pages <= 3, qPrintable(QString::number(report.pages)));

        const QString text = PT::allText(pdf);
        qsizetype at = 0;
        for (const QString &title : letterSectionTitles()) {
            const qsizetype found = text.indexOf(title, at);
            QVERIFY2(found >= 0, qPrintable(u"missing or out of order: "_s + title));
            at = found + title.size();
        }
        // Header and page-1 content.
        const QString page1 = PT::pageText(pdf, 1);
        QVERIFY(page1.contains(u"Riverside Spine Center"_s));
        QVERIFY(page1.contains(u"Phone 555-0142"_s));
        QVERIFY(page1.contains(u"Fax 555-0143"_s));
        QVERIFY(page1.contains(u"Dr Pat Primary"_s));
        QVERIFY(page1.contains(u"Alex Spine, MD"_s));
        QVERIFY(page1.contains(u"Is she a candidate for an injection or for surgery?"_s));
        QVERIFY(page1.contains(u"Bottom line: Left L5 radiculopathy"_s));
        // Problem list: a code only where the catalogue has one.
        QVERIFY(page1.contains(u"ICD-10-CM M51.16"_s));
        QVERIFY(page1.contains(u"Depressive symptoms, moderate (PHQ-9 11)"_s));
        QVERIFY(!text.contains(u"PHQ-9 11): ICD"_s));
    }

    void contentOfTheSections()
    {
        const QByteArray pdf = render(Fixture::dossier(true));
        const QString text = PT::allText(pdf);
        // History with dates and response.
        QVERIFY(text.contains(u"2026-06-15, 16 weeks before the visit"_s));
        QVERIFY(text.contains(u"Physical therapy; Hillside PT; 2026-07-01 to 2026-08-26; 12 sessions attended"_s));
        QVERIFY(text.contains(u"Ibuprofen 400 mg three times a day"_s));
        // Red flags: complete and all absent, as the core said.
        QVERIFY(text.contains(u"Red-flag screen complete: all items absent"_s));
        // Examination by root and side.
        QVERIFY(text.contains(u"4/5"_s));
        QVERIFY(text.contains(u"Positive at 40°"_s, Qt::CaseInsensitive));
        // Measures with band, baseline and MCID meaning; the unverified MCID says so.
        QVERIFY(text.contains(u"Moderate disability"_s));
        QVERIFY(text.contains(u"12 better (25 %); MCID reached (absolute threshold)"_s));
        QVERIFY(text.contains(u"MCID unverified"_s));
        QVERIFY(text.contains(u"minimal clinically important difference"_s));
        QVERIFY(text.contains(u"Safety alert, PHQ-9 (self-harm): acknowledged"_s));
        // Imaging with concordance.
        QVERIFY(text.contains(u"Left paracentral disc extrusion"_s));
        // Shared decision: SURE 3 of 4 flags decisional conflict; the aid by id and version.
        QVERIFY(text.contains(u"3 of 4: decisional conflict"_s));
        QVERIFY(text.contains(u"lumbar-disc-herniation\", version 1.2"_s));
        // ESI one-liner and the plan, without the removed item.
        QVERIFY(text.contains(u"ESI criteria:"_s));
        QVERIFY(text.contains(u"transforaminal epidural steroid injection"_s));
        QVERIFY(!text.contains(u"No further imaging now"_s));
        QVERIFY(text.contains(u"Walk the dog for 30 minutes without stopping (by 2026-11-30)"_s));
        // Numbered requests.
        QVERIFY(text.contains(u"1. Please review her PHQ-9 in 4 weeks"_s));
        QVERIFY(text.contains(u"2. Please stop ibuprofen"_s));
        // Safety net and copies.
        QVERIFY(text.contains(u"Cauda equina"_s));
        QVERIFY(text.contains(u"Patient: Testperson, Maria"_s));
        QVERIFY(text.contains(u"Dr Sam Surgeon, spine surgery"_s));
        // Signature.
        QVERIFY(text.contains(u"Electronically signed by Alex Spine, MD"_s));
        QVERIFY(text.contains(u"2026-10-05 16:20"_s));
    }

    void namesTheAidFromTheLibrary()
    {
        const Aids::AidLibrary aids = Aids::AidLibrary::load();
        const Aids::DecisionAid *aid = nullptr;
        for (const auto &e : aids.entries())
            if (e.available() && e.aid->options.size() >= 2 && !e.aid->values.isEmpty()) {
                aid = aids.find(e.id);
                break;
            }
        QVERIFY2(aid, "no bundled decision aid is available");
        VisitDossier d = Fixture::dossier(true);
        Aids::DecisionRecord &r = d.decisions.first();
        r.aidId = aid->id;
        r.aidVersion = aid->version;
        r.optionsDiscussed = {aid->options.at(0).id, aid->options.at(1).id};
        r.values = {{aid->values.first().id, 7}};
        r.preferredOption = aid->options.at(1).id;
        DocumentRequest request;
        QString error;
        const QByteArray pdf = renderVisitDocumentPdf(d, &aids, request, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString text = PT::allText(pdf);
        const QString title = contentText(aid->title, u"en"_s).simplified();
        QVERIFY2(text.contains(u"%1, version %2"_s.arg(title, aid->version)), qPrintable(title));
        QVERIFY(text.contains(aid->optionLabel(aid->options.at(0).id, u"en"_s).simplified()));
        QVERIFY(text.contains(u"Patient's choice: "_s + aid->optionLabel(aid->options.at(1).id, u"en"_s).simplified()));
        QVERIFY(text.contains(contentText(aid->values.first().statement, u"en"_s).simplified().left(30)));
    }

    void keptLowValueAdvisoryWithItsReason()
    {
        VisitDossier d = Fixture::dossier(true);
        Plans::PlanItem opioid;
        opioid.id = u"item-9"_s;
        opioid.kind = Plans::ItemKind::Opioid;
        opioid.text = u"Tramadol 50 mg at night for 2 weeks"_s;
        opioid.keptWarnings = {{u"opioid-chronic-lbp"_s, u"NSAID not tolerated; reviewed with the patient"_s}};
        d.plan->items.insert(3, opioid);
        const QString text = PT::allText(render(d));
        QVERIFY(text.contains(u"Tramadol 50 mg at night for 2 weeks"_s));
        QVERIFY(text.contains(u"Low-value-care advisory kept: Opioids for chronic low back pain: the guidelines differ."_s));
        QVERIFY(text.contains(u"Reason: NSAID not tolerated; reviewed with the patient"_s));
    }

    void emptySectionsSaySo()
    {
        VisitDossier d = Fixture::dossier(false);
        d.summary.redFlagsScreened = false;
        d.summary.redFlagStatus.clear();
        d.examination.reset();
        d.decisions.clear();
        d.intake.imaging.clear();
        d.plan->items.removeIf([](const Plans::PlanItem &i) { return i.kind == Plans::ItemKind::RequestToPrimary; });
        const QString text = PT::allText(render(d));
        QVERIFY(text.contains(u"Not assessed: no red-flag screen was recorded"_s));
        QVERIFY(!text.contains(u"negative"_s, Qt::CaseInsensitive));
        QVERIFY(!text.contains(u"all items absent"_s));
        QVERIFY(text.contains(u"Not assessed: no examination was recorded"_s));
        QVERIFY(text.contains(u"No decision aid was used at this visit."_s));
        QVERIFY(text.contains(u"No imaging studies recorded."_s));
        QVERIFY(text.contains(u"Requests to the primary clinician None."_s));
        QVERIFY(text.contains(u"Not signed: this letter is a draft"_s));
    }

    void identifiersAndPageNumbersOnEveryPage()
    {
        DocumentReport report;
        const QByteArray pdf = render(Fixture::dossier(true), &report);
        QVERIFY(report.pages >= 2);
        verifyPages(pdf, report.pages, false);
    }

    void draftOnEveryPageUntilSigned()
    {
        DocumentReport report;
        const QByteArray draft = render(Fixture::dossier(false), &report);
        PdfTools::keepForLooking(draft, u"letter-draft.pdf"_s);
        verifyPages(draft, report.pages, true);
        QVERIFY(PT::allText(draft).contains(u"SD-42-letter-r0-en-draft"_s));
    }

    void longPlanPaginates()
    {
        DocumentReport report;
        const QByteArray pdf = render(Fixture::longDossier(false), &report);
        PdfTools::keepForLooking(pdf, u"letter-long.pdf"_s);
        QVERIFY2(report.pages > 2, qPrintable(QString::number(report.pages)));
        verifyPages(pdf, report.pages, true);
        QCOMPARE(report.sectionTitles, letterSectionTitles());
        for (int i = 0; i < report.sectionTitles.size(); ++i) {
            const QString page = PT::pageText(pdf, report.sectionPages.at(i));
            QVERIFY2(page.contains(report.sectionTitles.at(i)),
                     qPrintable(u"%1 not on page %2"_s.arg(report.sectionTitles.at(i)).arg(report.sectionPages.at(i))));
        }
        QCOMPARE(report.sectionPages.at(0), 1);
        QCOMPARE(report.sectionPages.at(1), 1);
        QCOMPARE(report.sectionPages.last(), report.pages);
        // Every one of the 40 items is printed.
        const QString text = PT::allText(pdf);
        for (int i = 10; i <= 40; ++i)
            QVERIFY2(text.contains(u"Plan item %1:"_s.arg(i)), qPrintable(QString::number(i)));
        // The chart over 10 visits is there, whole.
        QVERIFY(text.contains(u"ODI over this episode"_s));
    }

    void fontsEmbedded()
    {
        const QList<PT::FontRow> fonts = PT::fonts(render(Fixture::dossier(true)));
        QVERIFY(!fonts.isEmpty());
        for (const auto &f : fonts)
            QVERIFY2(f.embedded, qPrintable(f.name));
    }

    void userMarkupPrintsLiterally()
    {
        const QString text = PT::allText(render(Fixture::dossier(true)));
        QVERIFY(text.contains(QLatin1String(Fixture::kMarkupText)));
        VisitDossier d = Fixture::dossier(true);
        d.patient.givenName = u"<i>Ana</i> & Co"_s;
        d.plan->bottomLine = u"<h1>Big</h1>\nSecond line &lt;"_s;
        const QByteArray pdf = render(d);
        QVERIFY(PT::pageText(pdf, 2).contains(u"Testperson, <i>Ana</i> & Co"_s));
        QVERIFY(PT::allText(pdf).contains(u"<h1>Big</h1> Second line &lt;"_s));
    }

    void trendChartNeedsTwoTimePoints()
    {
        VisitDossier d = Fixture::dossier(true);
        const auto chart = letterTrendChart(d);
        QVERIFY(chart);
        QCOMPARE(chart->points.size(), 2);
        QCOMPARE(chart->baseline.value_or(-1), 48.0);
        QCOMPARE(chart->mcid.value_or(-1), 10.0); // the ODI MCID is verified [V]
        QCOMPARE(chart->maximum, 100.0);
        QVERIFY(PT::allText(render(d)).contains(u"ODI over this episode (0 to 100, lower is better)"_s));

        d.history.removeFirst();
        QVERIFY(!letterTrendChart(d));
        QVERIFY(!PT::allText(render(d)).contains(u"over this episode"_s));
    }

    void faxCoverCountsItself()
    {
        DocumentReport plain;
        render(Fixture::dossier(true), &plain);
        DocumentReport withCover;
        const QByteArray pdf = render(Fixture::dossier(true), &withCover, true);
        PdfTools::keepForLooking(pdf, u"letter-fax.pdf"_s);
        QCOMPARE(withCover.pages, plain.pages + 1);
        const QString cover = PT::pageText(pdf, 1);
        QVERIFY(cover.contains(u"Pages, including this cover %1"_s.arg(withCover.pages)));
        QVERIFY(cover.contains(u"Dr Pat Primary, Hillside Family Medicine"_s));
        QVERIFY(cover.contains(u"555-0100"_s));
        QVERIFY(cover.contains(u"Riverside Spine Center"_s));
        QVERIFY(cover.contains(u"Confidential"_s));
        QVERIFY(!cover.contains(u"Testperson"_s)); // no patient identifiers on a cover
        QCOMPARE(withCover.sectionPages.first(), 2);
        verifyPages(pdf, withCover.pages, false, 2);
    }

    void metadata()
    {
        const QByteArray pdf = render(Fixture::dossier(true));
        const QStringList info = PT::info(pdf).split(u'\n');
        QVERIFY(std::any_of(info.begin(), info.end(), [](const QString &l) {
            return l.startsWith(u"Title:"_s) && l.mid(6).trimmed() == u"Letter to the referring clinician"_s;
        }));
        const QString xmp = PT::info(pdf, {u"-meta"_s});
        QVERIFY2(xmp.contains(u"<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>"_s), qPrintable(xmp));
    }

    void addendaListed()
    {
        VisitDossier d = Fixture::dossier(true);
        Plans::PlanAddendum a;
        a.revision = 1;
        a.createdAt = QDateTime(QDate(2026, 10, 9), QTime(9, 5));
        a.reason = u"Injection postponed at the patient's request"_s;
        a.plan = *d.plan;
        d.addenda << a;
        DocumentReport report;
        const QString text = PT::allText(render(d, &report));
        QVERIFY(text.contains(u"Addendum 1, 2026-10-09 09:05: Injection postponed at the patient's request"_s));
        QVERIFY(report.sectionTitles.contains(u"Addenda"_s));
        QVERIFY(text.contains(u"SD-42-letter-r1-en"_s));
    }

    void printsThroughQPrinter()
    {
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
        printer.setPageSize(QPageSize(QPageSize::A4));
        DocumentRequest request;
        QString error;
        DocumentReport report;
        QVERIFY2(paintVisitDocument(&printer, Fixture::dossier(false), nullptr, request, &error, &report), qPrintable(error));
        QFile f(printer.outputFileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        verifyPages(pdf, report.pages, true);
        QVERIFY(PT::allText(pdf).contains(u"Requests to the primary clinician"_s));
    }

    void refusesAnUnknownClinicLanguage()
    {
        VisitDossier d = Fixture::dossier(true);
        d.clinic.workingLanguage = u"fr"_s;
        DocumentRequest request;
        QString error;
        QVERIFY(renderVisitDocumentPdf(d, nullptr, request, &error).isEmpty());
        QVERIFY(error.contains(u"fr"_s));
    }

    void kindCodes()
    {
        for (DocumentKind k : {DocumentKind::Letter, DocumentKind::Handout, DocumentKind::PaSummary, DocumentKind::LibraryHandout})
            QCOMPARE(documentKindFromCode(documentKindCode(k)), k);
        QCOMPARE(documentKindCode(DocumentKind::PaSummary), u"pa-summary"_s);
        QVERIFY(!documentKindFromCode(u"nope"));
        QVERIFY(!documentKindLabel(DocumentKind::Letter).isEmpty());
    }
};

QTEST_MAIN(TestLetter)
#include "tst_letter.moc"
