// The printed blank form carries every item and the attribution its licence requires, says
// when the wording is not the published one, and embeds its font (toolchain.md P6).
#include "core/instruments/library.h"
#include "documents/questionnaireform.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestQuestionnaireForm : public QObject
{
    Q_OBJECT
    Instruments::Library m_library;

private slots:
    void initTestCase() { m_library = Instruments::Library::load(Instruments::Library::bundledDirectory()); }

    void everyFormCarriesItemsAndAttribution()
    {
        QVERIFY(m_library.entries().size() >= 12);
        for (const auto &e : m_library.entries()) {
            QVERIFY2(e.available(), qPrintable(e.id));
            const auto &d = *e.definition;
            const QString text = questionnaireDocument(d, u"en"_s, u"Patient: Test"_s)->toPlainText();
            for (const auto *item : d.allItems())
                QVERIFY2(text.contains(Instruments::localized(item->text, u"en"_s)), qPrintable(d.id + u' ' + item->linkId));
            if (d.licence.licenceClass != u"C")
                QVERIFY2(text.contains(Instruments::localized(d.licence.attribution, u"en"_s)), qPrintable(d.id));
            if (d.wording == Instruments::WordingStatus::NotInstalled)
                QVERIFY2(text.contains(u"licensed wording of this questionnaire is not installed"_s), qPrintable(d.id));
            if (d.wording == Instruments::WordingStatus::Paraphrase)
                QVERIFY2(text.contains(u"not the published wording"_s), qPrintable(d.id));
            QVERIFY(text.contains(u"Patient: Test"_s));
        }
    }

    void pdfHasEmbeddedFont()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"phq9.pdf"_s);
        QString error;
        QVERIFY2(writeQuestionnairePdf(*m_library.find(u"phq9"_s), u"en"_s, u"Patient: Test"_s, file, &error), qPrintable(error));
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
