// The prior-authorization summary (esi-and-authorization.md §5.3), rendered to PDF and read
// back with poppler: its sections in order, identifiers and "Page X of Y" on every page, the
// imaging age in months at the summary date, PROM baselines and latest scores with dates, the
// conservative-care totals, nicotine, behavioural health with the item-9 alert, the readiness
// checklist, every ESI criterion, DRAFT until signed, and never a word of approval.
#include "dossierfixture.h"
#include "pdftools.h"

#include "core/plan/pareadiness.h"
#include "documents/pagedocument.h"
#include "documents/pasummary.h"
#include "documents/visitdocuments.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
namespace PT = SpineDesk::PdfTools;

namespace {

QByteArray render(const VisitDossier &d, DocumentReport *report = nullptr)
{
    DocumentRequest request;
    request.kind = DocumentKind::PaSummary;
    QString error;
    const QByteArray pdf = renderVisitDocumentPdf(d, nullptr, request, &error, report);
    if (pdf.isEmpty())
        qWarning("render failed: %s", qPrintable(error));
    return pdf;
}

// The builder on its own, with a fixed summary date.
QByteArray renderOn(const VisitDossier &d, QDate summaryDate)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(600);
        pdf.setPageSize(QPageSize(QPageSize::Letter));
        PageSetup setup;
        setup.title = u"PA summary"_s;
        setup.patientName = d.patient.displayName();
        setup.birthDate = d.patient.birthDate;
        setup.recordNumber = d.patient.mrn;
        PageDocument doc(&pdf, setup);
        QString error;
        DocumentRequest request;
        request.kind = DocumentKind::PaSummary;
        if (!buildPaSummary(doc, d, nullptr, request, &error, summaryDate) || !doc.paint(&error))
            return {};
    }
    return buffer.data();
}

void keep(const QByteArray &pdf, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS"); !dir.isEmpty()) {
        QFile f(dir + u'/' + name);
        if (f.open(QIODevice::WriteOnly))
            f.write(pdf);
    }
}

} // namespace

class TestPaSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const auto &t : {u"pdftotext"_s, u"pdffonts"_s, u"pdfinfo"_s})
            QVERIFY2(!PT::tool(t).isEmpty(), qPrintable(t + u" (poppler-utils) is required by this test"_s));
    }

    void sectionsInOrderOnTheirPages()
    {
        DocumentReport report;
        const QByteArray pdf = render(Fixture::dossier(true), &report);
        QVERIFY(!pdf.isEmpty());
        keep(pdf, u"pa-summary.pdf"_s);
        QCOMPARE(report.sectionTitles, paSummarySectionTitles(true));
        QCOMPARE(report.pages, PT::pageCount(pdf));
        for (int i = 0; i < report.sectionTitles.size(); ++i)
            QVERIFY2(PT::pageText(pdf, report.sectionPages.at(i)).contains(report.sectionTitles.at(i)),
                     qPrintable(report.sectionTitles.at(i)));
        QCOMPARE(report.sectionPages.last(), report.pages);
        for (int page = 1; page <= report.pages; ++page) {
            const QString text = PT::pageText(pdf, page);
            QVERIFY(text.contains(QLatin1String(Fixture::kPatientName)));
            QVERIFY(text.contains(QLatin1String(Fixture::kBirthDate)));
            QVERIFY(text.contains(QLatin1String(Fixture::kMrn)));
            QVERIFY(text.contains(u"Page %1 of %2"_s.arg(page).arg(report.pages)));
            QVERIFY(!text.contains(u"DRAFT"_s));
        }
        const QString page1 = PT::pageText(pdf, 1);
        QVERIFY(page1.contains(u"To: Dr Sam Surgeon"_s));
        QVERIFY(page1.contains(u"Referring clinician: Dr Pat Primary, Hillside Family Medicine"_s));
    }

    void content()
    {
        const QByteArray pdf = render(Fixture::dossier(true));
        const QString text = PT::allText(pdf);
        QVERIFY(text.contains(u"ICD-10-CM M51.16"_s));
        QVERIFY(text.contains(u"Red-flag screen complete: all items absent"_s));
        QVERIFY(text.contains(u"Exception to the conservative-care requirement (rapid motor loss or cauda equina syndrome):"_s));
        // Neurological examination by root and side.
        QVERIFY(text.contains(u"Strength left"_s));
        QVERIFY(text.contains(u"Sensation right"_s));
        // PROMs: baseline and latest with dates.
        QVERIFY2(text.contains(u"ODI 48 (Moderate disability) 2026-08-03 36 (Moderate disability) 2026-10-05"_s), qPrintable(text));
        QVERIFY(text.contains(u"PEG 7.3 2026-08-03 6.3 2026-10-05"_s));
        // Conservative care with totals.
        QVERIFY(text.contains(u"Physical therapy Hillside PT 2026-07-01 2026-08-26 8 12"_s));
        QVERIFY(text.contains(u"Totals 2 entries PT 8 PT 12"_s));
        // Nicotine.
        QVERIFY(text.contains(u"Cotinine: ≤10 ng/mL on 2026-09-28"_s));
        // Behavioural health with the item-9 alert and the plan's care.
        QVERIFY(text.contains(u"PHQ-9: 11 on 2026-10-05 (Moderate)"_s));
        QVERIFY(text.contains(u"Alert (PHQ-9, self-harm): acknowledged"_s));
        QVERIFY(text.contains(u"Behavioural-health follow-up for depressive symptoms"_s));
        // Shared decision.
        QVERIFY(text.contains(u"3 of 4: decisional conflict"_s));
        // Readiness checklist: every element with its status.
        const VisitDossier d = Fixture::dossier(true);
        QVERIFY(!d.readiness.elements.isEmpty());
        for (const Plans::ReadinessElement &e : d.readiness.elements) {
            QVERIFY2(text.contains(e.title), qPrintable(e.title));
            QVERIFY(text.contains(e.title + u' ' + Plans::readinessStatusLabel(e.status)));
        }
        // Every ESI criterion E1–E16.
        QVERIFY(d.esi);
        QCOMPARE(d.esi->criteria.size(), 16);
        for (int i = 1; i <= 16; ++i)
            QVERIFY2(text.contains(u"E%1 "_s.arg(i)), qPrintable(QString::number(i)));
        QVERIFY(text.contains(d.esi->summaryLine()));
        QVERIFY(text.contains(u"Electronically signed by Alex Spine, MD"_s));
    }

    void neverSaysApproved()
    {
        for (bool signedPlan : {true, false}) {
            const QString text = PT::allText(render(Fixture::dossier(signedPlan)));
            QVERIFY(!text.isEmpty());
            QVERIFY(!text.contains(u"approved"_s, Qt::CaseInsensitive));
            QVERIFY(!text.contains(u"will be covered"_s, Qt::CaseInsensitive));
        }
    }

    void imagingAgeInMonthsAtTheSummaryDate()
    {
        const VisitDossier d = Fixture::dossier(true);
        // The imaging table's text, between its header and the note under it.
        auto ageCell = [](const QString &text) {
            const qsizetype from = text.indexOf(u"Age (months)"_s);
            const qsizetype to = text.indexOf(u"Age: whole months"_s);
            return from >= 0 && to > from ? text.mid(from + 12, to - from - 12) : QString();
        };
        static const QRegularExpression six(uR"((^|\s)6(\s|$))"_s);
        static const QRegularExpression one(uR"((^|\s)1(\s|$))"_s);
        QCOMPARE(Plans::monthsBetween(QDate(2026, 8, 20), QDate(2027, 3, 1)), 6);
        const QString later = PT::allText(renderOn(d, QDate(2027, 3, 1)));
        QVERIFY(later.contains(u"Age: whole months from the study to the date of this summary (2027-03-01)"_s));
        QVERIFY2(ageCell(later).contains(six), qPrintable(ageCell(later)));
        QVERIFY(!ageCell(later).contains(one));
        const QString soon = PT::allText(renderOn(d, QDate(2026, 10, 5)));
        QVERIFY2(ageCell(soon).contains(one), qPrintable(ageCell(soon)));
        QVERIFY(!ageCell(soon).contains(six));
    }

    void withoutEsiTheTableIsAbsent()
    {
        VisitDossier d = Fixture::dossier(true);
        d.esi.reset();
        DocumentReport report;
        const QString text = PT::allText(render(d, &report));
        QCOMPARE(report.sectionTitles, paSummarySectionTitles(false));
        QVERIFY(!text.contains(u"ESI criteria:"_s));
    }

    void addressedToTheSurgeonsOfficeWithoutAName()
    {
        VisitDossier d = Fixture::dossier(true);
        d.surgeonName.clear();
        QVERIFY(PT::pageText(render(d), 1).contains(u"To: the surgeon's office"_s));
    }

    void draftOnEveryPageUntilSigned()
    {
        DocumentReport report;
        const QByteArray pdf = render(Fixture::dossier(false), &report);
        QVERIFY(report.pages >= 2);
        for (int page = 1; page <= report.pages; ++page)
            QVERIFY(PT::pageText(pdf, page).contains(u"DRAFT"_s));
        QVERIFY(PT::allText(pdf).contains(u"Not signed: this summary is a draft."_s));
    }

    void fontsEmbedded()
    {
        const QList<PT::FontRow> fonts = PT::fonts(render(Fixture::dossier(true)));
        QVERIFY(!fonts.isEmpty());
        for (const auto &f : fonts)
            QVERIFY2(f.embedded, qPrintable(f.name));
    }
};

QTEST_MAIN(TestPaSummary)
#include "tst_pasummary.moc"
