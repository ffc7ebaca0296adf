// The patient's home exercise programme, rendered to PDF and read back with poppler and
// pdftoppm: "When to stop and call" first, every exercise's name, numbered steps, dose and
// note, pictures actually drawn, no exercise split across pages (also in large print), body
// text 14 pt and 18 pt in large print, the not-yet-reviewed mark, identifiers on every page,
// and the refusals (an unknown exercise id, a language without reviewed text, a visit that is
// not a physical-therapy visit, an empty programme).
#include "pdfimage.h"
#include "ptdossierfixture.h"

#include "core/therapy/exerciselibrary.h"
#include "documents/exercisesheet.h"
#include "documents/visitdocuments.h"

#include <QImage>
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

        QVERIFY(render(Fixture::ptDossier(true), false, nullptr, &error, u"es"_s).isEmpty());
        QVERIFY2(error.contains(u"English only"_s), qPrintable(error));

        QVERIFY(render(Fixture::dossier(true), false, nullptr, &error).isEmpty());
        QVERIFY2(error.contains(u"physical-therapy first visits"_s), qPrintable(error));

        VisitDossier none = Fixture::ptDossier(true);
        none.therapy->homeProgram.clear();
        QVERIFY(render(none, false, nullptr, &error).isEmpty());
        QVERIFY2(error.contains(u"No home exercises"_s), qPrintable(error));
    }
};

QTEST_MAIN(TestExerciseSheet)
#include "tst_exercisesheet.moc"
