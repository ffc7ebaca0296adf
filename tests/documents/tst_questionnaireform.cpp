// The printed blank form carries every item and the attribution its licence requires, says
// when the wording is not the published one, and embeds its font (toolchain.md P6).
#include "core/instruments/library.h"
#include "documents/questionnaireform.h"

#include <QFile>
#include <QLocale>
#include <functional>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestQuestionnaireForm : public QObject
{
    Q_OBJECT
    Instruments::Library m_library;
    const BlankFormPatient kPatient{u"Test Person"_s, QDate(1970, 3, 4), u"MRN-7"_s};

private slots:
    void initTestCase() { m_library = Instruments::Library::load(Instruments::Library::bundledDirectory()); }

    void everyFormCarriesItemsAndAttribution()
    {
        QVERIFY(m_library.entries().size() >= 12);
        for (const auto &e : m_library.entries()) {
            QVERIFY2(e.available(), qPrintable(e.id));
            const auto &d = *e.definition;
            const QString text = questionnaireDocument(d, u"en"_s, kPatient)->toPlainText();
            for (const auto *item : d.allItems())
                QVERIFY2(text.contains(Instruments::localized(item->text, u"en"_s)), qPrintable(d.id + u' ' + item->linkId));
            if (d.licence.licenceClass != u"C")
                QVERIFY2(text.contains(Instruments::localized(d.licence.attribution, u"en"_s)), qPrintable(d.id));
            if (d.wording == Instruments::WordingStatus::NotInstalled)
                QVERIFY2(text.contains(u"licensed wording of this questionnaire is not installed"_s), qPrintable(d.id));
            if (d.wording == Instruments::WordingStatus::Paraphrase)
                QVERIFY2(text.contains(u"not the published wording"_s), qPrintable(d.id));
            QVERIFY(text.contains(u"Patient: Test Person    Date of birth: "_s));
            QVERIFY(text.contains(u"MRN: MRN-7"_s));
            QVERIFY(!text.contains(u"printed in English"_s)); // an English reader needs no notice
        }
    }

    // A Spanish reader: the form is in English with a notice in Spanish while no validated
    // Spanish wording is installed, and in Spanish (texts, options, fixed words, date) once it is.
    void spanishReaderGetsTheValidatedTranslationOrANotice()
    {
        const Instruments::Definition &phq9 = *m_library.find(u"phq9"_s);
        QVERIFY(Instruments::hasValidatedTranslation(phq9, u"es"_s));
        QVERIFY(!phq9.installedWording.contains(u"es"_s));
        const QString english = questionnaireDocument(phq9, u"es"_s, kPatient)->toPlainText();
        QVERIFY(english.contains(Instruments::localized(phq9.allItems().first()->text, u"en"_s)));
        QVERIFY(english.contains(u"No hay instalada una versión validada"_s));
        QVERIFY(english.contains(u"Patient: Test Person"_s)); // the form's own words stay English

        // A clinic imported its validated Spanish text (simulated: every text gets an "es" entry).
        Instruments::Definition imported = phq9;
        imported.installedWording.insert(u"es"_s, u"test import"_s);
        imported.title.insert(u"es"_s, u"Cuestionario de prueba"_s);
        std::function<void(QList<Instruments::Item> &)> translate = [&](QList<Instruments::Item> &items) {
            for (Instruments::Item &item : items) {
                item.text.insert(u"es"_s, u"Pregunta "_s + item.linkId);
                translate(item.items);
            }
        };
        translate(imported.items);
        for (Instruments::AnswerSet &set : imported.answerSets)
            for (Instruments::AnswerOption &o : set.options)
                o.label.insert(u"es"_s, u"Opción "_s + o.code);
        const QString spanish = questionnaireDocument(imported, u"es"_s, kPatient)->toPlainText();
        QVERIFY(spanish.startsWith(u"Cuestionario de prueba"_s));
        QVERIFY(spanish.contains(u"Pregunta "_s + imported.allItems().first()->linkId));
        QVERIFY(spanish.contains(u"Opción "_s));
        QVERIFY(!spanish.contains(u"No hay instalada"_s));
        QVERIFY(spanish.contains(u"Paciente: Test Person"_s));
        QVERIFY(spanish.contains(QLocale(u"es"_s).toString(kPatient.birthDate, QLocale::ShortFormat)));
        QVERIFY(!spanish.contains(Instruments::localized(phq9.allItems().first()->text, u"en"_s)));
    }

    void pdfHasEmbeddedFont()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"phq9.pdf"_s);
        QString error;
        QVERIFY2(writeQuestionnairePdf(*m_library.find(u"phq9"_s), u"en"_s, kPatient, file, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.size() > 2000);
        QVERIFY2(pdf.contains("FontFile"), "the font must be embedded, or the printout has no text");
        // SPINEDESK_SCREENSHOTS=DIR keeps a copy to look at (pdftoppm -png).
        if (const QString keep = qEnvironmentVariable("SPINEDESK_SCREENSHOTS"); !keep.isEmpty())
            QFile::copy(file, keep + u"/phq9-form.pdf"_s);
    }
};

QTEST_MAIN(TestQuestionnaireForm)
#include "tst_questionnaireform.moc"
