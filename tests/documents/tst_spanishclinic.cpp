// Issue 8: a clinic working in Spanish. The clinician documents (the letter to the primary
// clinician, the follow-up letter, the prior-authorization summary, the PT plan of care) are made in the clinic's
// working language whatever the patient reads, and the outcome report in the language asked
// for. Each is rendered in Spanish with long Spanish names and texts: every section title and
// the page furniture in Spanish, none of the English section titles left, and no word outside
// the printable area or over another.
#include "pdflayout.h"
#include "pdftools.h"
#include "spanishfixture.h"

#include "core/instruments/library.h"
#include "documents/outcomesreport.h"
#include "documents/visitdocuments.h"
#include "i18n/language.h"
#include "outcomefixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
namespace PT = SpineDesk::PdfTools;

namespace {

VisitDossier spanishClinic(bool followUp, bool therapy = false)
{
    // Made in Spanish, as loadVisitDossierFor reads it for a Spanish document: the criteria the
    // core works out (ESI, PA readiness) are worded in Spanish.
    const TextLanguage scope(u"es"_s);
    VisitDossier d = therapy ? Fixture::longSpanishPtDossier(true) : Fixture::longSpanishDossier(true);
    d.clinic.workingLanguage = u"es"_s;
    d.patient.preferredLanguage = u"en"_s; // the patient's language does not decide these
    if (followUp) {
        d.previousPlan = *d.plan;
        d.previousPlan->visitId = 40;
        d.previousPlanDate = d.history.first().date;
    }
    return d;
}

QByteArray render(const VisitDossier &d, DocumentKind kind, DocumentReport *report)
{
    DocumentRequest request;
    request.kind = kind;
    request.language = u"en"_s; // a patient document's choice: ignored for these
    QString error;
    const QByteArray pdf = renderVisitDocumentPdf(d, nullptr, request, &error, report);
    if (pdf.isEmpty())
        qWarning("render failed: %s", qPrintable(error));
    return pdf;
}

QString pageOf(int page, int pages)
{
    const TextLanguage scope(u"es"_s);
    return QCoreApplication::translate("PageDocument", "Page %1 of %2").arg(page).arg(pages);
}

// The titles of the English document that Spanish words differently must not be in the text.
void verifySpanish(const QByteArray &pdf, const DocumentReport &spanish, const DocumentReport &english)
{
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(spanish.sectionTitles.size(), english.sectionTitles.size());
    QVERIFY(spanish.title != english.title);
    const QString text = PT::allText(pdf);
    // Headings stand on lines of their own; the fixture's English data (made by an English
    // program) may contain the same words inside a sentence.
    QStringList lines;
    for (const QString &line : PT::run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s}, pdf).split(u'\n'))
        lines << line.normalized(QString::NormalizationForm_KC).simplified();
    int translated = 0;
    for (int i = 0; i < english.sectionTitles.size(); ++i) {
        if (spanish.sectionTitles[i] == english.sectionTitles[i])
            continue;
        ++translated;
        QVERIFY2(text.contains(spanish.sectionTitles[i]), qPrintable(spanish.sectionTitles[i]));
        QVERIFY2(!lines.contains(english.sectionTitles[i]), qPrintable(u"English title left: "_s + english.sectionTitles[i]));
    }
    QVERIFY2(translated >= english.sectionTitles.size() - 1, qPrintable(spanish.sectionTitles.join(u" | "_s)));
    for (int p = 1; p <= spanish.pages; ++p)
        QVERIFY2(PT::pageText(pdf, p).contains(pageOf(p, spanish.pages)), qPrintable(u"page %1"_s.arg(p)));
    QVERIFY2(PT::info(pdf, {u"-meta"_s}).contains(u"<rdf:li>es</rdf:li>"_s), "the PDF's language is Spanish");
}

} // namespace

class TestSpanishClinic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const auto &t : {u"pdftotext"_s, u"pdfinfo"_s})
            QVERIFY2(!PT::tool(t).isEmpty(), qPrintable(t + u" (poppler-utils) is required by this test"_s));
        QVERIFY(installLanguage(u"en"_s)); // the program itself stays in English throughout
    }

    void clinicianDocuments_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("followUp");
        QTest::newRow("letter") << int(DocumentKind::Letter) << false;
        QTest::newRow("follow-up letter") << int(DocumentKind::Letter) << true;
        QTest::newRow("PA summary") << int(DocumentKind::PaSummary) << false;
        QTest::newRow("PT plan of care") << int(DocumentKind::PtPlan) << false;
    }

    void clinicianDocuments()
    {
        QFETCH(int, kind);
        QFETCH(bool, followUp);
        const VisitDossier spanishDossier = spanishClinic(followUp, DocumentKind(kind) == DocumentKind::PtPlan);
        VisitDossier englishDossier = spanishDossier;
        englishDossier.clinic.workingLanguage = u"en"_s;
        DocumentReport spanish, english;
        const QByteArray pdf = render(spanishDossier, DocumentKind(kind), &spanish);
        QVERIFY(!render(englishDossier, DocumentKind(kind), &english).isEmpty());
        PT::keepForLooking(pdf, u"spanish-clinic-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        verifySpanish(pdf, spanish, english);
        QCOMPARE(currentLanguage(), u"en"_s);
        const QStringList problems = PT::layoutProblems(pdf, PT::visitDocumentMargins(), QString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The outcome report takes the program's texts: in Spanish while a Spanish scope is held,
    // as `spinedesk --lang es report outcomes` does.
    void outcomeReport()
    {
        static const Instruments::Library library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        OutcomeReportRequest r;
        r.from = OutcomeFixture::kFrom;
        r.to = OutcomeFixture::kTo;
        r.clinic.name = u"Centro Regional de Columna y Rehabilitación del Valle del Río Grande"_s;
        r.preparedBy = u"Dra. Guadalupe Hernández-Villaseñor de Montemayor"_s;
        r.generatedAt = QDateTime(QDate(2026, 10, 15), QTime(9, 30));
        r.mcid = outcomeMcidThresholds(library);
        QString error;
        DocumentReport english, spanish;
        QVERIFY2(!renderOutcomeReportPdf(OutcomeFixture::figures(), r, &error, &english).isEmpty(), qPrintable(error));
        QByteArray pdf;
        {
            const TextLanguage scope(u"es"_s);
            r.language = u"es"_s;
            pdf = renderOutcomeReportPdf(OutcomeFixture::figures(), r, &error, &spanish);
        }
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        PT::keepForLooking(pdf, u"spanish-outcome-report.pdf"_s);
        verifySpanish(pdf, spanish, english);
        const QStringList problems = PT::layoutProblems(pdf, PT::visitDocumentMargins(), QString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestSpanishClinic)
#include "tst_spanishclinic.moc"
