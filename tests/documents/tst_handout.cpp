// The patient's visit handout and the handout library, rendered to PDF through
// renderVisitDocumentPdf and read back with poppler's pdftotext: the required sections, the
// diagnosis in plain words without codes, identifiers and "Page X of Y" on every page, the
// Flesch-Kincaid grade of the printed body text (ceiling 8, target 6), large print (16 pt, more
// pages), and patient text with markup printed literally. In Spanish (issue 8): the visit
// handout (standard and large print) and every library handout in Spanish only, with the
// pending-translation notice on every page; a reviewed translation without it; an out-of-date
// translation refused; a long-Spanish fixture that keeps its layout (no word outside the
// printable area or over another, the safety net's boxes whole, a sensible page count).
#include "core/handoutcontent.h"
#include "core/plan/diagnosis.h"
#include "core/readability.h"
#include "core/visithandouttext.h"
#include "documents/handout.h"
#include "documents/visitdocuments.h"
#include "i18n/language.h"

#include "dossierfixture.h"
#include "pdflayout.h"
#include "pdftools.h"
#include "spanishfixture.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QtTest>

// At most grade 8, the hard ceiling; grade 6 is the target.
#define VERIFY_GRADE(pdf, dossier, name)                                                                           \
    do {                                                                                                           \
        const ReadabilityStats stats_ = measure(pdf, dossier, name);                                               \
        QVERIFY(stats_.words > 50);                                                                                \
        QVERIFY2(stats_.fleschKincaidGrade() <= 8.0,                                                               \
                 qPrintable(QStringLiteral("%1 reads at grade %2").arg(name).arg(stats_.fleschKincaidGrade(), 0, 'f', 1))); \
    } while (false)

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {


DocumentRequest visitRequest(bool largePrint = false, const QString &language = u"en"_s)
{
    DocumentRequest r;
    r.kind = DocumentKind::Handout;
    r.language = language;
    r.largePrint = largePrint;
    return r;
}

DocumentRequest libraryRequest(const QString &id, bool largePrint = false, const QString &language = u"en"_s)
{
    DocumentRequest r = visitRequest(largePrint, language);
    r.kind = DocumentKind::LibraryHandout;
    r.libraryHandoutId = id;
    return r;
}

// The dossier the tests print: the fixture, with the clinician's own activity note (text with
// markup in it) and a goal typed with markup.
VisitDossier handoutDossier(bool planSigned = true)
{
    VisitDossier d = Fixture::dossier(planSigned);
    for (Plans::PlanItem &i : d.plan->items)
        if (i.id == u"item-1")
            i.origin = Plans::ItemOrigin::Added;
    d.plan->goals << Plans::Goal{u"Garden <i>again</i> & sleep"_s, QDate(2027, 3, 1)};
    return d;
}

// Page text in reading order without the page furniture (identifier line, letterhead, footer),
// as blocks for the readability measure: pdftotext's default output keeps a blank line between
// blocks, and list items start with a bullet.
QString bodyText(const QByteArray &pdf, const VisitDossier &d)
{
    const int pages = PdfTools::pageCount(pdf);
    QStringList furniture = {d.patient.mrn, d.clinic.name, d.clinic.phone};
    furniture += d.clinic.addressLines;
    static const QRegularExpression pageOf(uR"(^Page \d+ of \d+$)"_s);
    QString out;
    for (int p = 1; p <= pages; ++p) {
        const QString text = PdfTools::run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(p), u"-l"_s,
                                                            QString::number(p)}, pdf);
        for (const QString &raw : text.split(u'\n')) {
            const QString line = raw.normalized(QString::NormalizationForm_KC).trimmed();
            const bool isFurniture = pageOf.match(line).hasMatch() || line.contains(u"Document SD-"_s)
                || line == u"DRAFT" || std::any_of(furniture.begin(), furniture.end(), [&line](const QString &f) {
                       return !f.isEmpty() && line.contains(f);
                   });
            out += (isFurniture ? QString() : line) + u'\n';
        }
    }
    return out;
}

QString notice()
{
    return Handouts::pendingTranslationNotice(u"es"_s);
}

// A handout built from another library than the bundled one, on the same page as
// renderVisitDocumentPdf.
QByteArray renderFrom(const Handouts::HandoutLibrary &library, const VisitDossier &d, const DocumentRequest &r, QString *error,
                      DocumentReport *report = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(1200);
        pdf.setPageSize(QPageSize(QPageSize::Letter));
        pdf.setPageMargins(QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
        PageSetup s;
        s.language = r.language;
        s.clinic = d.clinic;
        s.patientName = d.patient.displayName();
        s.birthDate = d.patient.birthDate;
        s.recordNumber = d.patient.mrn;
        s.documentId = u"SD-test"_s;
        PageDocument doc(&pdf, s);
        const bool built = r.kind == DocumentKind::Handout ? buildVisitHandout(doc, d, r, library, error)
                                                           : buildLibraryHandout(doc, d, r, library, error);
        if (!built || !doc.paint(error, report))
            return {};
    }
    return buffer.data();
}

// The English wording a Spanish document must not print: every text of the English visit
// wording, safety net and `libraryId` with at least two words (up to a placeholder), and the
// diagnoses' English plain words.
QStringList englishTexts(const QString &libraryId = {})
{
    QStringList out;
    const auto &lib = Handouts::HandoutLibrary::bundled();
    const auto addText = [&out](QString t) {
        t = t.section(u'{', 0, 0).simplified();
        if (t.count(u' ') >= 1)
            out << t;
    };
    for (const QString &id : {Handouts::kVisitTextId, Handouts::kSafetyNetId, libraryId}) {
        const Handouts::HandoutContent *en = id.isEmpty() ? nullptr : lib.find(u"en"_s, id);
        if (!en)
            continue;
        addText(en->title);
        for (const Handouts::Block &b : en->blocks)
            addText(b.text());
        for (const QList<Handouts::Block> &part : en->parts)
            for (const Handouts::Block &b : part)
                addText(b.text());
    }
    for (const Plans::DiagnosisDefinition &dx : Plans::DiagnosisCatalogue::bundled().all())
        addText(dx.patientWords);
    return out;
}

// The program's own Spanish for a text of the page furniture, when the translation has it
// (the .ts is being finished in parallel); empty while it is still English.
QString spanishFurniture(const char *context, const char *source)
{
    const TextLanguage scope(u"es"_s);
    const QString t = QCoreApplication::translate(context, source);
    return t == QLatin1String(source) ? QString() : t;
}

// Every page: the notice, the identifiers, and the page number in Spanish once translated.
void verifySpanishPages(const QByteArray &pdf, const VisitDossier &d, int pages, bool withNotice = true)
{
    QCOMPARE(PdfTools::pageCount(pdf), pages);
    const QString pageOf = spanishFurniture("PageDocument", "Page %1 of %2");
    for (int p = 1; p <= pages; ++p) {
        const QString text = PdfTools::pageText(pdf, p);
        QCOMPARE(text.contains(notice()), withNotice);
        QVERIFY2(text.contains(d.patient.mrn), qPrintable(u"no record number on page %1"_s.arg(p)));
        QVERIFY2(text.contains(d.patient.birthDate.toString(u"yyyy-MM-dd"_s)), qPrintable(u"no date of birth on page %1"_s.arg(p)));
        if (!pageOf.isEmpty()) {
            QVERIFY2(text.contains(pageOf.arg(p).arg(pages)), qPrintable(text));
            QVERIFY2(!text.contains(u"Page %1 of"_s.arg(p)), qPrintable(text));
        }
    }
}

// The document's flow without the page furniture (identifiers, notice, document id, page
// number), in drawing order (how a screen reader reads an untagged PDF), so a paragraph split
// across two pages reads as one only when nothing of the page before repeats on the next.
QString flowText(const QByteArray &pdf, const VisitDossier &d)
{
    QStringList kept;
    for (int p = 1; p <= PdfTools::pageCount(pdf); ++p) {
        const QString page = PdfTools::run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(p), u"-l"_s,
                                                           QString::number(p)},
                                           pdf);
        for (const QString &line : page.split(u'\n')) {
            const QString l = line.normalized(QString::NormalizationForm_KC).simplified();
            if (l.isEmpty() || l == notice() || l.contains(d.patient.mrn) || l.startsWith(u"Documento SD-"_s)
                || l.startsWith(u"Página "_s))
                continue;
            kept << l;
        }
    }
    return kept.join(u' ');
}

void verifyNoEnglish(const QString &text, const QString &libraryId = {})
{
    for (const QString &en : englishTexts(libraryId))
        QVERIFY2(!text.contains(en), qPrintable(u"English text in a Spanish document: "_s + en));
}

} // namespace

class TestHandout : public QObject
{
    Q_OBJECT

    QByteArray render(const VisitDossier &d, const DocumentRequest &r, DocumentReport *report, QString *error = nullptr)
    {
        QString e;
        const QByteArray pdf = renderVisitDocumentPdf(d, nullptr, r, &e, report);
        if (error)
            *error = e;
        else if (pdf.isEmpty())
            qWarning("render failed: %s", qPrintable(e));
        return pdf;
    }

    static void verifyIdentifiersOnEveryPage(const QByteArray &pdf, const VisitDossier &d, int pages)
    {
        QCOMPARE(PdfTools::pageCount(pdf), pages);
        for (int p = 1; p <= pages; ++p) {
            const QString text = PdfTools::pageText(pdf, p);
            QVERIFY2(text.contains(u"Testperson, Maria"_s), qPrintable(u"no name on page %1"_s.arg(p)));
            QVERIFY2(text.contains(d.patient.mrn), qPrintable(u"no record number on page %1"_s.arg(p)));
            QVERIFY2(text.contains(u"1968-04-12"_s), qPrintable(u"no date of birth on page %1"_s.arg(p)));
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(p).arg(pages)), qPrintable(u"no page number on page %1"_s.arg(p)));
        }
    }

    // Flesch-Kincaid grade of the printed body text (letter-and-handouts.md §4.1).
    static ReadabilityStats measure(const QByteArray &pdf, const VisitDossier &d, const QString &name)
    {
        const ReadabilityStats s = measurePlainText(bodyText(pdf, d));
        qInfo("%s: grade %.1f, reading ease %.0f (%d sentences, %d words, %d syllables)", qPrintable(name),
              s.fleschKincaidGrade(), s.fleschReadingEase(), s.sentences, s.words, s.syllables);
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!PdfTools::tool(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is required by this test");
        const auto &lib = Handouts::HandoutLibrary::bundled();
        QVERIFY2(lib.errors().isEmpty(), qPrintable(lib.errors().join(u'\n')));
    }

    void visitHandoutHasTheRequiredSections()
    {
        const VisitDossier d = handoutDossier();
        DocumentReport report;
        const QByteArray pdf = render(d, visitRequest(), &report);
        QVERIFY(!pdf.isEmpty());
        PdfTools::keepForLooking(pdf, u"visit-handout.pdf"_s);
        QCOMPARE(report.title, u"Your visit summary"_s);
        QCOMPARE(report.sectionTitles, (QStringList{u"What we found"_s, u"Your goals"_s, u"Your plan"_s, u"At home"_s,
                                                    u"What happens next"_s, u"When to get help"_s, u"How to reach us"_s}));
        const QString text = PdfTools::allText(pdf);
        const auto *dx = Plans::DiagnosisCatalogue::bundled().find(u"lumbar-disc-radiculopathy"_s);
        QVERIFY(dx);
        const QStringList expected = {
            u"Your visit summary"_s,
            u"Date of your visit: October 5, 2026"_s,
            u"Seen by: Alex Spine, MD"_s,
            dx->patientWords,                                          // the diagnosis in words
            u"Walk the dog for 30 minutes without stopping, by November 30, 2026"_s, // goals with dates
            u"Return to full duties at work, by January 15, 2027"_s,
            u"The main points:"_s,                                     // the plan in ≤ 3 key points
            u"1. We talked about an injection near the nerve in your back (an epidural)."_s,
            u"2. See a physical therapist."_s,
            u"3. Get support for your mood and stress."_s,
            u"Stay active. Keep up your usual activities as much as the pain allows."_s, // how active to be
            u"Come back to see us in 6 weeks."_s,                      // follow-up
            u"We will send a copy of this plan to your primary care clinician, Dr Pat Primary."_s,
            u"Go to the emergency department now"_s,                   // the safety net
            u"You cannot pass urine, or it is hard to start."_s,
            u"Call us or your primary care clinician today"_s,
            u"Riverside Spine Center"_s, u"Phone: 555-0142"_s,          // clinic contact
            u"It has not yet been checked by a clinician."_s,
        };
        for (const QString &s : expected)
            QVERIFY2(text.contains(s), qPrintable(u"missing: %1"_s.arg(s)));
        QVERIFY(!text.contains(u"Also in your plan"_s)); // three plan items: all are key points
        QVERIFY(!text.contains(u"Medicines"_s));          // no medication in this plan
        QVERIFY(!text.contains(u"spine surgeon"_s));      // not referred

        // No codes, no clinician wording, nothing meant for the primary clinician.
        static const QRegularExpression icd(uR"(\b[A-Z]\d{2}\.\d)"_s);
        QVERIFY2(!icd.match(text).hasMatch(), qPrintable(icd.match(text).captured()));
        for (const QString &s : {dx->icd10cm, dx->label, u"radiculopathy"_s, u"transforaminal"_s, u"PHQ-9"_s,
                                 u"Please review"_s, u"Depressive"_s, u"STarT Back"_s, u"left L5"_s})
            if (!s.isEmpty())
                QVERIFY2(!text.contains(s, Qt::CaseInsensitive), qPrintable(u"must not print: %1"_s.arg(s)));
        verifyIdentifiersOnEveryPage(pdf, d, report.pages);
        QCOMPARE(report.bodyPointSize, 12.0);
    }

    void visitHandoutReadsAtGradeEightOrBelow()
    {
        const VisitDossier d = handoutDossier();
        DocumentReport report;
        const QByteArray pdf = render(d, visitRequest(), &report);
        QVERIFY(!pdf.isEmpty());
        VERIFY_GRADE(pdf, d, u"visit handout"_s);
    }

    void medicinesSurgeonAndTheRestOfThePlan()
    {
        VisitDossier d = handoutDossier();
        auto add = [&d](const QString &id, Plans::ItemKind kind, const QString &text, Plans::ItemOrigin origin) {
            Plans::PlanItem i;
            i.id = id;
            i.kind = kind;
            i.text = text;
            i.origin = origin;
            d.plan->items << i;
        };
        add(u"rule:medication"_s, Plans::ItemKind::MedicationAdvice, u"NSAID lowest effective dose; not paracetamol alone"_s,
            Plans::ItemOrigin::Proposed);
        add(u"item-8"_s, Plans::ItemKind::Nsaid, u"Naproxen with food, twice a day"_s, Plans::ItemOrigin::Added);
        add(u"rule:surgical-referral"_s, Plans::ItemKind::SurgicalReferral, u"Referral to a spine surgeon (PA 7 of 9)"_s,
            Plans::ItemOrigin::Proposed);
        add(u"item-9"_s, Plans::ItemKind::Other, u"Swim twice a week"_s, Plans::ItemOrigin::Added);
        DocumentReport report;
        const QByteArray pdf = render(d, visitRequest(), &report);
        QVERIFY(!pdf.isEmpty());
        PdfTools::keepForLooking(pdf, u"visit-handout-full.pdf"_s);
        QVERIFY(report.sectionTitles.contains(u"Medicines"_s));
        const QString text = PdfTools::allText(pdf);
        for (const QString &s : {u"1. See a spine surgeon to talk about an operation."_s, u"Also in your plan:"_s,
                                 u"Note from your clinician: Swim twice a week"_s,
                                 u"An anti-inflammatory pain medicine (NSAID). Take the lowest dose that helps"_s,
                                 u"Note from your clinician: Naproxen with food, twice a day"_s,
                                 u"Try the other steps in your plan before medicines."_s,
                                 u"We will also send a copy to the spine surgeon, Dr Sam Surgeon."_s})
            QVERIFY2(text.contains(s), qPrintable(u"missing: %1"_s.arg(s)));
        QVERIFY(!text.contains(u"paracetamol alone"_s)); // a rule's clinician wording never prints
        QVERIFY(!text.contains(u"PA 7 of 9"_s));
        VERIFY_GRADE(pdf, d, u"visit handout with medicines and referral"_s);
    }

    void urgentRedFlagPutsTheSafetyNetFirst()
    {
        VisitDossier d = handoutDossier();
        d.summary.redFlagConcern = Urgency::Emergency;
        DocumentReport report;
        const QByteArray pdf = render(d, visitRequest(), &report);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(report.sectionTitles.first(), u"When to get help"_s);
        QCOMPARE(report.sectionPages.first(), 1);
        QCOMPARE(report.sectionTitles.count(u"When to get help"_s), 1);
    }

    void largePrintIsLargerAndLonger()
    {
        const VisitDossier d = handoutDossier();
        DocumentReport standard;
        DocumentReport large;
        QVERIFY(!render(d, visitRequest(false), &standard).isEmpty());
        const QByteArray pdf = render(d, visitRequest(true), &large);
        QVERIFY(!pdf.isEmpty());
        PdfTools::keepForLooking(pdf, u"visit-handout-large.pdf"_s);
        QVERIFY(large.bodyPointSize >= 16);
        QCOMPARE(standard.bodyPointSize, 12.0);
        qInfo("visit handout: %d pages standard, %d pages large print", standard.pages, large.pages);
        QVERIFY2(large.pages > standard.pages, qPrintable(u"%1 vs %2"_s.arg(large.pages).arg(standard.pages)));
        QCOMPARE(large.sectionTitles, standard.sectionTitles);
        verifyIdentifiersOnEveryPage(pdf, d, large.pages);
        VERIFY_GRADE(pdf, d, u"visit handout, large print"_s);
    }

    void patientTextWithMarkupPrintsLiterally()
    {
        const VisitDossier d = handoutDossier();
        DocumentReport report;
        const QByteArray pdf = render(d, visitRequest(), &report);
        const QString text = PdfTools::allText(pdf);
        QVERIFY2(text.contains(u"Note from your clinician: Walk <b>daily</b> & stretch &amp; rest"_s), qPrintable(text));
        QVERIFY(text.contains(u"Garden <i>again</i> & sleep, by March 1, 2027"_s));
    }

    void draftPlanSaysDraftOnEveryPage()
    {
        const VisitDossier d = handoutDossier(false);
        DocumentReport report;
        const QByteArray pdf = render(d, visitRequest(), &report);
        QVERIFY(!pdf.isEmpty());
        for (int p = 1; p <= report.pages; ++p)
            QVERIFY2(PdfTools::pageText(pdf, p).contains(u"DRAFT"_s), qPrintable(u"page %1"_s.arg(p)));
    }

    void noPlanIsRefused()
    {
        VisitDossier d = handoutDossier();
        d.plan.reset();
        QString error;
        QVERIFY(render(d, visitRequest(), nullptr, &error).isEmpty());
        QVERIFY2(error.contains(u"no plan yet"_s), qPrintable(error));
    }

    void spanishVisitHandout_data()
    {
        QTest::addColumn<bool>("largePrint");
        QTest::newRow("12 pt") << false;
        QTest::newRow("large print") << true;
    }

    void spanishVisitHandout()
    {
        QFETCH(bool, largePrint);
        const VisitDossier d = Fixture::spanishDossier();
        DocumentReport report;
        const QByteArray pdf = render(d, visitRequest(largePrint, u"es"_s), &report);
        QVERIFY(!pdf.isEmpty());
        PdfTools::keepForLooking(pdf, largePrint ? u"visit-handout-es-large.pdf"_s : u"visit-handout-es.pdf"_s);
        QCOMPARE(report.title, u"Resumen de su visita"_s);
        QCOMPARE(report.bodyPointSize, largePrint ? 16.0 : 12.0);
        QCOMPARE(report.pageNotice, notice());
        QCOMPARE(report.sectionTitles, (QStringList{u"Lo que encontramos"_s, u"Sus objetivos"_s, u"Su plan"_s, u"En casa"_s,
                                                    u"Qué pasa después"_s, u"Cuándo pedir ayuda"_s,
                                                    u"Cómo comunicarse con nosotros"_s}));
        const QString text = PdfTools::allText(pdf);
        const auto &visitText = *Handouts::HandoutLibrary::bundled().find(u"es"_s, Handouts::kVisitTextId);
        const QString dx = visitText.parts.value(Handouts::diagnosisKey(u"lumbar-disc-radiculopathy"_s)).first().text();
        for (const QString &s : {u"Resumen de su visita"_s, u"Fecha de su visita: 5 de octubre de 2026"_s,
                                 u"Le atendió: Alex Spine, MD"_s, dx,
                                 u"Pasear al perro media hora sin parar, para el 30 de noviembre de 2026"_s,
                                 u"Los puntos principales:"_s,
                                 u"1. Hablamos de una inyección cerca del nervio en la espalda (una epidural)."_s,
                                 u"2. Vaya a un fisioterapeuta."_s, u"3. Busque apoyo para su estado de ánimo y el estrés."_s,
                                 u"Manténgase activo."_s,
                                 u"Nota de su profesional de salud: Camine todos los días y descanse cuando lo necesite"_s,
                                 u"Su próxima cita: dentro de seis semanas."_s,
                                 u"Enviaremos una copia de este plan a su médico de atención primaria, Dr Pat Primary."_s,
                                 u"Vaya ahora a la sala de emergencias"_s, u"No puede orinar, o le cuesta empezar a orinar."_s,
                                 u"Llámenos hoy a nosotros o a su médico de atención primaria"_s,
                                 u"Riverside Spine Center"_s, u"Teléfono: 555-0142"_s,
                                 u"Todavía no la ha revisado un profesional clínico."_s})
            QVERIFY2(text.contains(s), qPrintable(u"missing: %1"_s.arg(s)));
        verifyNoEnglish(text);
        verifySpanishPages(pdf, d, report.pages);
        QVERIFY2(PdfTools::info(pdf, {u"-meta"_s}).contains(u"<rdf:li>es</rdf:li>"_s), "the PDF's language is Spanish");
        const QStringList problems = PdfTools::layoutProblems(pdf, PdfTools::visitDocumentMargins(), notice());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void spanishLibraryHandouts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("largePrint");
        const QList<LibraryHandout> list = SpineDesk::libraryHandouts(u"es"_s);
        QCOMPARE(list.size(), 5);
        for (const LibraryHandout &h : list) {
            QTest::newRow(qPrintable(h.id)) << h.id << false;
            QTest::newRow(qPrintable(h.id + u", large print"_s)) << h.id << true;
        }
    }

    void spanishLibraryHandouts()
    {
        QFETCH(QString, id);
        QFETCH(bool, largePrint);
        const VisitDossier d = Fixture::spanishDossier();
        const auto *content = Handouts::HandoutLibrary::bundled().find(u"es"_s, id);
        QVERIFY(content);
        QVERIFY(content->isTranslationPending());
        DocumentReport report;
        const QByteArray pdf = render(d, libraryRequest(id, largePrint, u"es"_s), &report);
        QVERIFY(!pdf.isEmpty());
        PdfTools::keepForLooking(pdf, u"library-es-%1%2.pdf"_s.arg(id, largePrint ? u"-large"_s : QString()));
        QCOMPARE(report.title, content->title);
        QCOMPARE(report.pageNotice, notice());
        QStringList headings;
        for (const Handouts::Block &b : content->blocks)
            if (b.kind == Handouts::Block::Kind::Heading)
                headings << b.text();
        QCOMPARE(report.sectionTitles, headings + QStringList{u"Cómo comunicarse con nosotros"_s});
        const QString text = PdfTools::allText(pdf);
        QVERIFY(text.contains(content->title));
        const QString flow = flowText(pdf, d);
        for (const Handouts::Block &b : content->blocks)
            QVERIFY2(flow.contains(b.text().simplified()), qPrintable(u"missing: %1"_s.arg(b.text())));
        QVERIFY(text.contains(u"Versión 1 de esta hoja."_s));
        verifyNoEnglish(text, id);
        verifySpanishPages(pdf, d, report.pages);
        const QStringList problems = PdfTools::layoutProblems(pdf, PdfTools::visitDocumentMargins(), notice());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The Documents step lists the Spanish handouts; the program's own language is untouched.
    void spanishListAndProgramLanguage()
    {
        QCOMPARE(currentLanguage(), u"en"_s);
        QStringList titles;
        for (const LibraryHandout &h : SpineDesk::libraryHandouts(u"es"_s)) {
            QCOMPARE(h.language, u"es"_s);
            titles << h.title;
        }
        QVERIFY(titles.contains(u"Cuándo pedir ayuda"_s));
        QVERIFY(!render(Fixture::spanishDossier(), visitRequest(false, u"es"_s), nullptr).isEmpty());
        QCOMPARE(currentLanguage(), u"en"_s); // the document's language was only for the document
        QCOMPARE(QCoreApplication::translate("PageDocument", "Page %1 of %2"), u"Page %1 of %2"_s);
    }

    // A translation reviewed by a qualified medical translator prints without the notice; one
    // text still pending is enough to bring it back.
    void reviewedTranslationPrintsWithoutTheNotice()
    {
        QTemporaryDir dir;
        QVERIFY(Fixture::copyHandouts(dir, [](const QString &language, const QString &, QString text) {
            return language == u"es" ? Fixture::reviewedTranslation(text) : text;
        }));
        const Handouts::HandoutLibrary reviewed = Handouts::HandoutLibrary::load(dir.path());
        QVERIFY2(reviewed.errors().isEmpty(), qPrintable(reviewed.errors().join(u'\n')));
        QVERIFY(!reviewed.find(u"es"_s, u"sciatica"_s)->isTranslationPending());
        const VisitDossier d = Fixture::spanishDossier();
        for (const DocumentRequest &r : {visitRequest(false, u"es"_s), libraryRequest(u"sciatica"_s, false, u"es"_s)}) {
            QString error;
            DocumentReport report;
            const QByteArray pdf = renderFrom(reviewed, d, r, &error, &report);
            QVERIFY2(!pdf.isEmpty(), qPrintable(error));
            QVERIFY(report.pageNotice.isEmpty());
            verifySpanishPages(pdf, d, report.pages, false);
            QVERIFY(!PdfTools::allText(pdf).contains(u"pendiente de revisión"_s));
        }

        QTemporaryDir partly;
        QVERIFY(Fixture::copyHandouts(partly, [](const QString &language, const QString &id, QString text) {
            return language == u"es" && id != u"when-to-get-help" ? Fixture::reviewedTranslation(text) : text;
        }));
        const Handouts::HandoutLibrary mixed = Handouts::HandoutLibrary::load(partly.path());
        QString error;
        DocumentReport report;
        QByteArray pdf = renderFrom(mixed, d, visitRequest(false, u"es"_s), &error, &report);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QCOMPARE(report.pageNotice, notice()); // its safety net is still pending
        verifySpanishPages(pdf, d, report.pages);
        pdf = renderFrom(mixed, d, libraryRequest(u"sciatica"_s, false, u"es"_s), &error, &report);
        QVERIFY(report.pageNotice.isEmpty()); // this sheet prints nothing pending
    }

    // A translation made from an older English revision is refused, saying so.
    void outOfDateTranslationIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(Fixture::copyHandouts(dir, [](const QString &language, const QString &id, QString text) {
            if (language == u"en" && (id == u"sciatica" || id == Handouts::kVisitTextId))
                text.replace(QRegularExpression(u"\nrevision: (\\d+)\n"_s), u"\nrevision: 9\n"_s);
            return text;
        }));
        const Handouts::HandoutLibrary lib = Handouts::HandoutLibrary::load(dir.path());
        const QString errors = lib.errors().join(u'\n');
        QVERIFY2(errors.contains(u"es/sciatica.md: source-revision: translates English revision 1, but the English file is at "
                                 "revision 9"_s),
                 qPrintable(errors));
        const VisitDossier d = Fixture::spanishDossier();
        QString error;
        QVERIFY(renderFrom(lib, d, libraryRequest(u"sciatica"_s, false, u"es"_s), &error).isEmpty());
        QVERIFY2(error.contains(u"Spanish text of the handout \"sciatica\" is out of date"_s), qPrintable(error));
        QVERIFY2(error.contains(u"revision 1"_s) && error.contains(u"revision 9"_s), qPrintable(error));
        error.clear();
        QVERIFY(renderFrom(lib, d, visitRequest(false, u"es"_s), &error).isEmpty());
        QVERIFY2(error.contains(u"out of date"_s), qPrintable(error));
        // English still prints.
        QVERIFY2(!renderFrom(lib, d, libraryRequest(u"sciatica"_s), &error).isEmpty(), qPrintable(error));
    }

    // Long names, a long plan, long clinician notes, in Spanish: the layout holds.
    void longSpanishKeepsItsLayout_data()
    {
        QTest::addColumn<bool>("largePrint");
        QTest::newRow("12 pt") << false;
        QTest::newRow("large print") << true;
    }

    void longSpanishKeepsItsLayout()
    {
        QFETCH(bool, largePrint);
        const VisitDossier d = Fixture::longSpanishDossier();
        DocumentReport es;
        const QByteArray pdf = render(d, visitRequest(largePrint, u"es"_s), &es);
        QVERIFY(!pdf.isEmpty());
        PdfTools::keepForLooking(pdf, largePrint ? u"visit-handout-es-long-large.pdf"_s : u"visit-handout-es-long.pdf"_s);
        DocumentReport en;
        QVERIFY(!render(d, visitRequest(largePrint), &en).isEmpty());
        qInfo("long visit handout: %d pages in Spanish, %d in English", es.pages, en.pages);
        // Longer Spanish costs at most one page more than the same plan in English.
        QVERIFY2(es.pages <= en.pages + 1, qPrintable(u"%1 vs %2"_s.arg(es.pages).arg(en.pages)));
        QVERIFY(es.pages <= (largePrint ? 10 : 6));
        QCOMPARE(es.sectionTitles.size(), 8); // medicines too
        verifySpanishPages(pdf, d, es.pages);
        // The long name gives way in the identity line; the date of birth and record number never do.
        for (int p = 1; p <= es.pages; ++p)
            QVERIFY2(PdfTools::pageText(pdf, p).contains(u"Fernández-Castellanos de la"_s), qPrintable(u"page %1"_s.arg(p)));
        const QStringList problems = PdfTools::layoutProblems(pdf, PdfTools::visitDocumentMargins(), notice());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The safety net: each box whole on one page, the first with the section title.
        const auto pageOf = [&](const QString &s) {
            for (int p = 1; p <= es.pages; ++p)
                if (PdfTools::pageText(pdf, p).contains(s))
                    return p;
            return -1;
        };
        const int emergency = pageOf(u"Vaya ahora a la sala de emergencias"_s);
        QVERIFY(emergency > 0);
        QCOMPARE(pageOf(u"No espere a su próxima visita."_s), emergency);
        QCOMPARE(es.sectionPages.at(es.sectionTitles.indexOf(u"Cuándo pedir ayuda"_s)), emergency);
        const int call = pageOf(u"Llámenos hoy a nosotros o a su médico de atención primaria"_s);
        QVERIFY(call > 0);
        QCOMPARE(pageOf(u"Si no puede comunicarse con nadie, vaya a la sala de emergencias."_s), call);
    }

    void libraryHandoutList()
    {
        const QList<LibraryHandout> list = SpineDesk::libraryHandouts(u"en"_s);
        QStringList ids;
        for (const LibraryHandout &h : list) {
            ids << h.id;
            QVERIFY(!h.title.isEmpty());
            QCOMPARE(h.language, u"en"_s);
        }
        QCOMPARE(list.size(), 5);
        for (const QString &id : {u"what-to-expect"_s, u"looking-after-your-back"_s, u"when-to-get-help"_s,
                                  u"back-pain-and-scans"_s, u"sciatica"_s})
            QVERIFY2(ids.contains(id), qPrintable(id));
        QVERIFY(!ids.contains(u"visit-handout"_s)); // the visit wording is not a handout of its own
    }

    // From the main window a library handout belongs to no patient: no identifier line, no
    // DRAFT (it does not depend on a plan), and its own text on every page.
    void libraryHandoutWithoutPatient()
    {
        const VisitDossier nobody;
        DocumentReport report;
        const QByteArray pdf = render(nobody, libraryRequest(u"when-to-get-help"_s), &report);
        QVERIFY(!pdf.isEmpty());
        for (int p = 1; p <= report.pages; ++p) {
            const QString text = PdfTools::pageText(pdf, p);
            QVERIFY2(!text.contains(u"DRAFT"_s), qPrintable(text));
            QVERIFY2(!text.contains(u"MRN"_s), qPrintable(text));
        }
        // For a patient with an unsigned plan it carries the identifiers and still no DRAFT.
        const QByteArray forPatient = render(handoutDossier(false), libraryRequest(u"when-to-get-help"_s), &report);
        QVERIFY(!PdfTools::pageText(forPatient, 1).contains(u"DRAFT"_s));
        QVERIFY(PdfTools::pageText(forPatient, 1).contains(handoutDossier(false).patient.mrn));
    }

    void renderEachLibraryHandout_data()
    {
        QTest::addColumn<QString>("id");
        for (const LibraryHandout &h : SpineDesk::libraryHandouts(u"en"_s))
            QTest::newRow(qPrintable(h.id)) << h.id;
    }

    void renderEachLibraryHandout()
    {
        QFETCH(QString, id);
        const VisitDossier d = handoutDossier();
        const auto *content = Handouts::HandoutLibrary::bundled().find(u"en"_s, id);
        QVERIFY(content);
        DocumentReport report;
        const QByteArray pdf = render(d, libraryRequest(id), &report);
        QVERIFY(!pdf.isEmpty());
        PdfTools::keepForLooking(pdf, u"library-%1.pdf"_s.arg(id));
        QCOMPARE(report.title, content->title);
        const QString text = PdfTools::allText(pdf);
        QVERIFY2(text.contains(content->title), qPrintable(text.left(300)));
        QStringList headings;
        for (const Handouts::Block &b : content->blocks)
            if (b.kind == Handouts::Block::Kind::Heading)
                headings << b.text();
        QCOMPARE(report.sectionTitles, headings + QStringList{u"How to reach us"_s});
        for (const Handouts::Block &b : content->blocks)
            QVERIFY2(text.contains(b.text().simplified()), qPrintable(u"missing: %1"_s.arg(b.text())));
        QVERIFY(text.contains(u"Version 1 of this sheet."_s));
        verifyIdentifiersOnEveryPage(pdf, d, report.pages);
        VERIFY_GRADE(pdf, d, id);

        DocumentReport large;
        const QByteArray largePdf = render(d, libraryRequest(id, true), &large);
        QVERIFY(!largePdf.isEmpty());
        QVERIFY(large.bodyPointSize >= 16);
        QVERIFY2(large.pages >= report.pages, qPrintable(u"%1 vs %2"_s.arg(large.pages).arg(report.pages)));
        qInfo("%s: %d pages standard, %d pages large print", qPrintable(id), report.pages, large.pages);
        verifyIdentifiersOnEveryPage(largePdf, d, large.pages);
    }

    void unknownLibraryHandoutIsRefused()
    {
        QString error;
        QVERIFY(render(handoutDossier(), libraryRequest(u"no-such-sheet"_s), nullptr, &error).isEmpty());
        QVERIFY2(error.contains(u"There is no handout \"no-such-sheet\""_s), qPrintable(error));
        error.clear();
        QVERIFY(render(handoutDossier(), libraryRequest(u"visit-handout"_s), nullptr, &error).isEmpty());
        QVERIFY2(error.contains(u"There is no handout"_s), qPrintable(error));
    }
};

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
