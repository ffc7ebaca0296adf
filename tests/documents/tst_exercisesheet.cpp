// The patient's home exercise programme, rendered to PDF and read back with poppler and
// pdftoppm: "When to stop and call" first, every exercise's name, numbered steps, dose and
// note, pictures actually drawn, no exercise split across pages (also in large print), body
// text 14 pt and 18 pt in large print, the not-yet-reviewed mark, identifiers on every page,
// and the refusals (an unknown exercise id, a visit that is not a physical-therapy visit, an
// empty programme). In Spanish (issue 8): the whole sheet in Spanish with the pending-
// translation notice on every page, the dose in Spanish words, no English text; without the
// notice once every text is reviewed; refused for an exercise without a current Spanish text;
// and a long-Spanish programme that keeps every exercise whole and every word on the page.
#include "pdfimage.h"
#include "pdflayout.h"
#include "ptdossierfixture.h"
#include "spanishfixture.h"

#include "core/handoutcontent.h"
#include "core/therapy/exerciselibrary.h"
#include "core/visithandouttext.h"
#include "documents/exercisesheet.h"
#include "documents/visitdocuments.h"
#include "i18n/language.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
namespace PT = SpineDesk::PdfTools;

namespace {

QByteArray render(const VisitDossier &d, bool largePrint = false, DocumentReport *report = nullptr, QString *error = nullptr,
                  const QString &language = u"en"_s)
{
    DocumentRequest request;
    request.kind = DocumentKind::Exercises;
    request.largePrint = largePrint;
    request.language = language;
    QString why;
    const QByteArray pdf = renderVisitDocumentPdf(d, nullptr, request, &why, report);
    if (error)
        *error = why;
    else if (pdf.isEmpty())
        qWarning("render failed: %s", qPrintable(why));
    return pdf;
}


const Therapy::Exercise &exercise(const QString &id)
{
    const Therapy::Exercise *e = Therapy::ExerciseLibrary::bundled().exercise(id);
    Q_ASSERT(e);
    return *e;
}

QString en(const ContentText &t)
{
    return contentText(t, u"en"_s).simplified();
}

QString es(const ContentText &t)
{
    return contentText(t, u"es"_s).simplified();
}

QString notice()
{
    return Handouts::pendingTranslationNotice(u"es"_s);
}

// The sheet built from other libraries than the bundled ones, on renderVisitDocumentPdf's page.
QByteArray renderFrom(const Therapy::ExerciseLibrary &exercises, const Handouts::HandoutLibrary &handouts, const VisitDossier &d,
                      const QString &language, QString *error, DocumentReport *report = nullptr)
{
    DocumentRequest request;
    request.kind = DocumentKind::Exercises;
    request.language = language;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(1200);
        pdf.setPageSize(QPageSize(QPageSize::Letter));
        pdf.setPageMargins(QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
        PageSetup s;
        s.language = language;
        s.clinic = d.clinic;
        s.patientName = d.patient.displayName();
        s.birthDate = d.patient.birthDate;
        s.recordNumber = d.patient.mrn;
        PageDocument doc(&pdf, s);
        if (!buildExerciseSheet(doc, d, request, exercises, handouts, error) || !doc.paint(error, report))
            return {};
    }
    return buffer.data();
}

// The English a Spanish sheet must not print: the sheet's English wording and every text of the
// programme's exercises, when it has two words or more (up to a placeholder).
QStringList englishTexts(const VisitDossier &d)
{
    QStringList out;
    const auto addText = [&out](QString t) {
        t = t.section(u'{', 0, 0).simplified();
        if (t.count(u' ') >= 1)
            out << t;
    };
    const auto *sheet = Handouts::HandoutLibrary::bundled().find(u"en"_s, Handouts::kExerciseSheetTextId);
    for (const QList<Handouts::Block> &part : sheet->parts)
        for (const Handouts::Block &b : part)
            addText(b.text());
    for (const Therapy::ExercisePrescription &p : d.therapy->homeProgram) {
        const Therapy::Exercise &e = exercise(p.exerciseId);
        QList<ContentText> texts = {e.name, e.purpose, e.progression};
        texts += e.steps;
        texts += e.cautions;
        for (const Therapy::ExerciseFigure &f : e.figures)
            texts << f.caption;
        for (const ContentText &t : std::as_const(texts))
            addText(en(t));
    }
    return out;
}

void verifySpanishPages(const QByteArray &pdf, const VisitDossier &d, int pages, bool withNotice = true)
{
    QCOMPARE(PT::pageCount(pdf), pages);
    QString pageOf;
    {
        const TextLanguage scope(u"es"_s);
        pageOf = QCoreApplication::translate("PageDocument", "Page %1 of %2");
    }
    for (int page = 1; page <= pages; ++page) {
        const QString t = PT::pageText(pdf, page);
        QCOMPARE(t.contains(notice()), withNotice);
        QVERIFY(t.contains(d.patient.mrn));
        if (pageOf != u"Page %1 of %2") // once the Spanish translation has it
            QVERIFY2(t.contains(pageOf.arg(page).arg(pages)), qPrintable(t));
    }
}

// The exercises' JSON with the Spanish taken out of one of them.
QString withoutSpanish(const QString &json)
{
    QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    o.remove(u"translations"_s);
    const std::function<QJsonValue(const QJsonValue &)> strip = [&strip](const QJsonValue &v) -> QJsonValue {
        if (v.isArray()) {
            QJsonArray a;
            for (const QJsonValue &x : v.toArray())
                a << strip(x);
            return a;
        }
        if (!v.isObject())
            return v;
        QJsonObject out;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            if (it.key() != u"es")
                out.insert(it.key(), strip(it.value()));
        return out;
    };
    return QString::fromUtf8(QJsonDocument(strip(o).toObject()).toJson());
}

// Pixels in the exercise pictures' ink: clearly blue, never grey or black text.
int pictureInk(const QImage &image)
{
    const QColor ink = exercisePictureColor();
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() - c.red() >= 40 && c.blue() < 235 && std::abs(c.hue() - ink.hue()) < 20)
                ++n;
        }
    return n;
}

} // namespace

class TestExerciseSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const auto &t : {u"pdftotext"_s, u"pdfinfo"_s, u"pdftoppm"_s})
            QVERIFY2(!PT::tool(t).isEmpty(), qPrintable(t + u" (poppler-utils) is required by this test"_s));
        QVERIFY2(Therapy::ExerciseLibrary::bundled().errors().isEmpty(),
                 qPrintable(Therapy::ExerciseLibrary::bundled().errors().join(u'\n')));
    }

    void contents()
    {
        const VisitDossier d = Fixture::ptDossier(true);
        DocumentReport report;
        const QByteArray pdf = render(d, false, &report);
        QVERIFY(!pdf.isEmpty());
        PdfTools::keepForLooking(pdf, u"exercises.pdf"_s);
        QCOMPARE(report.title, u"Home exercise programme"_s);
        QCOMPARE(report.bodyPointSize, 14.0); // letter-and-handouts.md §4.2: 14 pt or more
        QCOMPARE(report.sectionTitles.value(0), u"When to stop and call"_s);
        QCOMPARE(report.sectionTitles.last(), u"How to reach us"_s);

        const QString text = PT::allText(pdf);
        QString missing;
        QStringList order{u"Your home exercises"_s, u"Date: October 5, 2026"_s, u"Your physical therapist: Jordan Mover, DPT"_s,
                          u"When to stop and call"_s};
        // The programme's cautions, each once.
        for (const auto &c : exercise(u"prone-press-up"_s).cautions)
            order << en(c);
        order << u"Call us at 555-0142."_s << u"emergency department"_s;
        QVERIFY2([&] {
            qsizetype at = 0;
            for (const QString &part : order) {
                at = text.indexOf(part, at);
                if (at < 0) {
                    missing = part;
                    return false;
                }
            }
            return true;
        }(),
                 qPrintable(missing));
        for (const auto &c : exercise(u"prone-press-up"_s).cautions)
            QCOMPARE(text.count(en(c)), 1);

        for (int i = 0; i < d.therapy->homeProgram.size(); ++i) {
            const Therapy::ExercisePrescription &p = d.therapy->homeProgram.at(i);
            const Therapy::Exercise &e = exercise(p.exerciseId);
            const QString title = u"%1. %2"_s.arg(i + 1).arg(en(e.name));
            QCOMPARE(report.sectionTitles.value(i + 1), title);
            const qsizetype at = text.indexOf(title);
            QVERIFY2(at >= 0, qPrintable(title));
            const QString rest = text.mid(at);
            QVERIFY2(rest.contains(Therapy::dosageText(p)), qPrintable(Therapy::dosageText(p)));
            for (int s = 0; s < e.steps.size(); ++s)
                QVERIFY2(rest.contains(u"%1. %2"_s.arg(s + 1).arg(en(e.steps.at(s)))), qPrintable(en(e.steps.at(s))));
            if (!p.note.isEmpty())
                QVERIFY(rest.contains(u"Your therapist's note: "_s + p.note));
            QVERIFY(rest.contains(u"When it gets easy: "_s + en(e.progression)));
        }
        QVERIFY(text.contains(u"More advice from your therapist Avoid long periods of sitting"_s));
        QVERIFY(text.contains(u"How to reach us Riverside Spine Center 200 River Road, Suite 4, Springfield, MN 55401 Phone: 555-0142"_s));
        // No codes, no clinical record on the patient's sheet.
        for (const QString &jargon : {u"ICD"_s, u"M51"_s, u"classification"_s, u"centralis"_s})
            QVERIFY2(!text.contains(jargon, Qt::CaseInsensitive), qPrintable(jargon));
        // Every bundled exercise is not yet reviewed: the mark names them at the foot, after the contact.
        const qsizetype mark = text.indexOf(u"Not yet reviewed:"_s);
        QVERIFY(mark > text.indexOf(u"How to reach us"_s));
        QVERIFY(text.mid(mark).contains(en(exercise(u"walking-programme"_s).name)));
        // Identifiers and page numbers on every page; a signed visit is no draft.
        for (int page = 1; page <= report.pages; ++page) {
            const QString t = PT::pageText(pdf, page);
            QVERIFY(t.contains(QLatin1String(Fixture::kPatientName)));
            QVERIFY(t.contains(QLatin1String(Fixture::kMrn)));
            QVERIFY(t.contains(u"Page %1 of %2"_s.arg(page).arg(report.pages)));
            QVERIFY(!t.contains(u"DRAFT"_s));
        }
    }

    // The pictures are drawn: on every page with an exercise, the picture ink is there, and
    // more of it the more exercises the page holds.
    void picturesAreDrawn()
    {
        VisitDossier d = Fixture::ptDossierSixExercises(true);
        d.clinic.logoPng.clear(); // the fixture's logo is drawn in a similar blue
        DocumentReport report;
        const QByteArray pdf = render(d, false, &report);
        QMap<int, int> exercisesOnPage;
        for (int i = 1; i <= d.therapy->homeProgram.size(); ++i)
            ++exercisesOnPage[report.sectionPages.at(i)];
        for (int page = 1; page <= report.pages; ++page) {
            const QImage image = PT::pageImage(pdf, page, 40);
            QVERIFY(!image.isNull());
            const int ink = pictureInk(image);
            const QByteArray where = "page " + QByteArray::number(page) + ": " + QByteArray::number(ink);
            if (exercisesOnPage.value(page) == 0)
                QVERIFY2(ink == 0, where.constData());
            else
                QVERIFY2(ink >= 150 * exercisesOnPage.value(page), where.constData());
        }
    }

    // Six exercises: each starts on the page the report gives and ends on it, in normal and in
    // large print.
    void noExerciseSplitAcrossPages_data()
    {
        QTest::addColumn<bool>("largePrint");
        QTest::newRow("14 pt") << false;
        QTest::newRow("large print") << true;
    }
    void noExerciseSplitAcrossPages()
    {
        QFETCH(bool, largePrint);
        const VisitDossier d = Fixture::ptDossierSixExercises(true);
        DocumentReport report;
        const QByteArray pdf = render(d, largePrint, &report);
        PdfTools::keepForLooking(pdf, largePrint ? u"exercises-six-large.pdf"_s : u"exercises-six.pdf"_s);
        QCOMPARE(report.bodyPointSize, largePrint ? 18.0 : 14.0);
        QCOMPARE(report.sectionTitles.size(), 6 + 3);
        QVERIFY(report.pages >= (largePrint ? 4 : 3));
        for (int i = 0; i < 6; ++i) {
            const Therapy::ExercisePrescription &p = d.therapy->homeProgram.at(i);
            const Therapy::Exercise &e = exercise(p.exerciseId);
            const int page = report.sectionPages.at(i + 1);
            const QString text = PT::pageText(pdf, page);
            const QByteArray where = en(e.name).toUtf8() + " on page " + QByteArray::number(page);
            QVERIFY2(text.contains(u"%1. %2"_s.arg(i + 1).arg(en(e.name))), where.constData());
            QVERIFY2(text.contains(Therapy::dosageText(p)), where.constData());
            QVERIFY2(text.contains(u"%1. %2"_s.arg(e.steps.size()).arg(en(e.steps.last()))), where.constData());
            QVERIFY2(text.contains(u"When it gets easy: "_s + en(e.progression)), where.constData());
            // Nothing of it on the next page.
            if (page < report.pages)
                QVERIFY2(!PT::pageText(pdf, page + 1).contains(en(e.progression)), where.constData());
        }
    }

    void draftSaysDraft()
    {
        DocumentReport report;
        const QByteArray pdf = render(Fixture::ptDossier(false), false, &report);
        for (int page = 1; page <= report.pages; ++page)
            QVERIFY(PT::pageText(pdf, page).contains(u"DRAFT"_s));
    }

    void refusals()
    {
        QString error;
        VisitDossier unknown = Fixture::ptDossier(true);
        unknown.therapy->homeProgram << Fixture::prescription(u"handstand-press"_s, 1, 5, 0, 0, 1);
        QVERIFY(render(unknown, false, nullptr, &error).isEmpty());
        QVERIFY2(error.contains(u"\"handstand-press\""_s), qPrintable(error));

        QVERIFY(render(Fixture::dossier(true), false, nullptr, &error).isEmpty());
        QVERIFY2(error.contains(u"physical-therapy first visits"_s), qPrintable(error));

        VisitDossier none = Fixture::ptDossier(true);
        none.therapy->homeProgram.clear();
        QVERIFY(render(none, false, nullptr, &error).isEmpty());
        QVERIFY2(error.contains(u"No home exercises"_s), qPrintable(error));
    }

    void spanishSheet_data()
    {
        QTest::addColumn<bool>("largePrint");
        QTest::newRow("14 pt") << false;
        QTest::newRow("large print") << true;
    }

    void spanishSheet()
    {
        QFETCH(bool, largePrint);
        const VisitDossier d = Fixture::spanishPtDossier();
        DocumentReport report;
        QString error;
        const QByteArray pdf = render(d, largePrint, &report, &error, u"es"_s);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        PdfTools::keepForLooking(pdf, largePrint ? u"exercises-es-large.pdf"_s : u"exercises-es.pdf"_s);
        QCOMPARE(report.title, u"Programa de ejercicios en casa"_s);
        QCOMPARE(report.bodyPointSize, largePrint ? 18.0 : 14.0);
        QCOMPARE(report.pageNotice, notice());
        QStringList sections{u"Cuándo parar y llamar"_s};
        for (int i = 0; i < d.therapy->homeProgram.size(); ++i)
            sections << u"%1. %2"_s.arg(i + 1).arg(es(exercise(d.therapy->homeProgram.at(i).exerciseId).name));
        sections << u"Más consejos de su fisioterapeuta"_s << u"Cómo comunicarse con nosotros"_s;
        QCOMPARE(report.sectionTitles, sections);

        const QString text = PT::allText(pdf);
        for (const QString &s : {u"Sus ejercicios en casa"_s, u"Fecha: 5 de octubre de 2026"_s,
                                 u"Su fisioterapeuta: Jordan Mover, DPT"_s, u"Llámenos al 555-0142."_s,
                                 u"Vaya ahora a la sala de emergencias"_s,
                                 // the therapist's doses in Spanish words
                                 u"1 serie de 10 repeticiones, mantenga cada una durante 2 segundos, 3 veces al día, todos los días"_s,
                                 u"Durante 2 minutos, 3 veces al día, todos los días"_s,
                                 u"Durante 10 minutos, dos veces al día, 5 días a la semana"_s,
                                 u"Nota de su fisioterapeuta: Mantenga las caderas pegadas a la cama"_s,
                                 u"Más consejos de su fisioterapeuta Evite estar sentado mucho tiempo"_s,
                                 u"Teléfono: 555-0142"_s, u"Sin revisar:"_s})
            QVERIFY2(text.contains(s), qPrintable(u"missing: "_s + s));
        for (const Therapy::ExercisePrescription &p : d.therapy->homeProgram) {
            const Therapy::Exercise &e = exercise(p.exerciseId);
            for (int i = 0; i < e.steps.size(); ++i)
                QVERIFY2(text.contains(u"%1. %2"_s.arg(i + 1).arg(es(e.steps.at(i)))), qPrintable(es(e.steps.at(i))));
            QVERIFY2(text.contains(u"Cuando le resulte fácil: "_s + es(e.progression)), qPrintable(es(e.progression)));
            for (const ContentText &c : e.cautions)
                QCOMPARE(text.count(es(c)), 1);
        }
        for (const QString &english : englishTexts(d))
            QVERIFY2(!text.contains(english), qPrintable(u"English in the Spanish sheet: "_s + english));
        verifySpanishPages(pdf, d, report.pages);
        const QStringList problems = PT::layoutProblems(pdf, PT::visitDocumentMargins(), notice());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(currentLanguage(), u"en"_s);
    }

    // Every Spanish text reviewed by a qualified medical translator: no notice. The wording
    // reviewed but the exercises not (or the other way round): the notice.
    void reviewedSpanishSheet()
    {
        QTemporaryDir handoutDir;
        QVERIFY(Fixture::copyHandouts(handoutDir, [](const QString &language, const QString &, QString text) {
            return language == u"es" ? Fixture::reviewedTranslation(text) : text;
        }));
        QTemporaryDir exerciseDir;
        QVERIFY(Fixture::copyExercises(exerciseDir, [](const QString &, QString text) { return Fixture::reviewedTranslation(text); }));
        const auto handouts = Handouts::HandoutLibrary::load(handoutDir.path());
        const auto exercises = Therapy::ExerciseLibrary::loadDirectory(exerciseDir.path());
        QVERIFY2(exercises.errors().isEmpty(), qPrintable(exercises.errors().join(u'\n')));
        QCOMPARE(exercises.exercise(u"bridge")->translationState(u"es"_s), Therapy::TranslationState::Reviewed);
        const VisitDossier d = Fixture::spanishPtDossier();
        QString error;
        DocumentReport report;
        QByteArray pdf = renderFrom(exercises, handouts, d, u"es"_s, &error, &report);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QVERIFY(report.pageNotice.isEmpty());
        verifySpanishPages(pdf, d, report.pages, false);

        pdf = renderFrom(Therapy::ExerciseLibrary::bundled(), handouts, d, u"es"_s, &error, &report);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QCOMPARE(report.pageNotice, notice());
        verifySpanishPages(pdf, d, report.pages);
        pdf = renderFrom(exercises, Handouts::HandoutLibrary::bundled(), d, u"es"_s, &error, &report);
        QCOMPARE(report.pageNotice, notice());
    }

    // An exercise without a current Spanish text: the Spanish sheet is refused, naming it.
    void spanishRefusals()
    {
        const VisitDossier d = Fixture::spanishPtDossier();
        QTemporaryDir outdated;
        QVERIFY(Fixture::copyExercises(outdated, [](const QString &id, QString text) {
            if (id == u"walking-programme")
                text.replace(u"\"revision\": 1,"_s, u"\"revision\": 2,"_s);
            return text;
        }));
        const auto stale = Therapy::ExerciseLibrary::loadDirectory(outdated.path());
        QCOMPARE(stale.errors().size(), 1);
        QVERIFY2(stale.errors().first().startsWith(u"walking-programme.json: translations.es.sourceRevision: translates revision 1"_s),
                 qPrintable(stale.errors().first()));
        QString error;
        QVERIFY(renderFrom(stale, Handouts::HandoutLibrary::bundled(), d, u"es"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"out of date"_s) && error.contains(u"Walking (translates revision 1; the exercise is at revision 2)"_s),
                 qPrintable(error));
        QVERIFY2(!renderFrom(stale, Handouts::HandoutLibrary::bundled(), d, u"en"_s, &error).isEmpty(), qPrintable(error));

        QTemporaryDir untranslated;
        QVERIFY(Fixture::copyExercises(untranslated, [](const QString &id, QString text) {
            return id == u"prone-press-up" ? withoutSpanish(text) : text;
        }));
        const auto missing = Therapy::ExerciseLibrary::loadDirectory(untranslated.path());
        QVERIFY2(missing.errors().isEmpty(), qPrintable(missing.errors().join(u'\n')));
        QVERIFY(renderFrom(missing, Handouts::HandoutLibrary::bundled(), d, u"es"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"have no Spanish text yet: Press-up lying face down"_s), qPrintable(error));

        // The sheet's own wording out of date.
        QTemporaryDir handoutDir;
        QVERIFY(Fixture::copyHandouts(handoutDir, [](const QString &language, const QString &id, QString text) {
            if (language == u"en" && id == Handouts::kExerciseSheetTextId)
                text.replace(u"\nrevision: 1\n"_s, u"\nrevision: 2\n"_s);
            return text;
        }));
        const auto handouts = Handouts::HandoutLibrary::load(handoutDir.path());
        QVERIFY(renderFrom(Therapy::ExerciseLibrary::bundled(), handouts, d, u"es"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"wording of the home exercise sheet is out of date"_s), qPrintable(error));
    }

    // Nine exercises with long notes, long names and long advice, in Spanish: every exercise's
    // title, pictures, dose and steps on one page (and in 14 pt its note and progression too), no
    // word outside the printable area or over another, and a page count close to English.
    void longSpanishKeepsItsLayout_data()
    {
        QTest::addColumn<bool>("largePrint");
        QTest::newRow("14 pt") << false;
        QTest::newRow("large print") << true;
    }

    void longSpanishKeepsItsLayout()
    {
        QFETCH(bool, largePrint);
        const VisitDossier d = Fixture::longSpanishPtDossier();
        QCOMPARE(d.therapy->homeProgram.size(), 9);
        DocumentReport spanish;
        QString error;
        const QByteArray pdf = render(d, largePrint, &spanish, &error, u"es"_s);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        PdfTools::keepForLooking(pdf, largePrint ? u"exercises-es-long-large.pdf"_s : u"exercises-es-long.pdf"_s);
        DocumentReport english;
        QVERIFY(!render(d, largePrint, &english).isEmpty());
        qInfo("nine exercises: %d pages in Spanish, %d in English", spanish.pages, english.pages);
        // Longer Spanish costs at most a quarter more pages than the same programme in English;
        // an exercise takes a page (two in large print, its note and progression overleaf).
        QVERIFY2(spanish.pages <= english.pages * 1.25 + 1, qPrintable(u"%1 vs %2"_s.arg(spanish.pages).arg(english.pages)));
        QVERIFY2(spanish.pages <= (largePrint ? 2 * 9 + 2 : 9 + 3), qPrintable(QString::number(spanish.pages)));
        QCOMPARE(spanish.sectionTitles.size(), 9 + 3);
        int whole = 0; // exercises printed whole on one page, note and progression included
        for (int i = 0; i < 9; ++i) {
            const Therapy::ExercisePrescription &p = d.therapy->homeProgram.at(i);
            const Therapy::Exercise &e = exercise(p.exerciseId);
            const int page = spanish.sectionPages.at(i + 1);
            const QString text = PT::pageText(pdf, page);
            const QByteArray where = en(e.name).toUtf8() + " on page " + QByteArray::number(page);
            // The title, the dose and every step on one page; the note and how to progress with
            // them, or (too long for one page even with small pictures) on the next.
            QVERIFY2(text.contains(u"%1. %2"_s.arg(i + 1).arg(es(e.name))), where.constData());
            QVERIFY2(text.contains(u"%1. %2"_s.arg(e.steps.size()).arg(es(e.steps.last()))), where.constData());
            for (int s = 0; s < e.steps.size(); ++s)
                QVERIFY2(text.contains(u"%1. %2"_s.arg(s + 1).arg(es(e.steps.at(s)))), where.constData());
            const QString rest = page < spanish.pages ? text + u' ' + PT::pageText(pdf, page + 1) : text;
            QVERIFY2(rest.contains(u"Cuando le resulte fácil: "_s + es(e.progression)), where.constData());
            if (!p.note.isEmpty())
                QVERIFY2(rest.contains(p.note.section(u' ', -4)), where.constData()); // the end of the note
            if (text.contains(es(e.progression)) && page < spanish.pages)
                QVERIFY2(!PT::pageText(pdf, page + 1).contains(es(e.progression)), where.constData());
            if (text.contains(es(e.progression)))
                ++whole;
        }
        qInfo("%d of 9 exercises whole on one page", whole);
        if (!largePrint)
            QCOMPARE(whole, 9); // in 18 pt most notes and progressions go overleaf: too long for one page
        verifySpanishPages(pdf, d, spanish.pages);
        const QStringList problems = PT::layoutProblems(pdf, PT::visitDocumentMargins(), notice());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestExerciseSheet)
#include "tst_exercisesheet.moc"
