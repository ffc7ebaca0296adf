// The Spanish translation is compiled in and loads (toolchain.md P2: an empty .qm would
// otherwise leave the interface silently in English).
#include "core/outcomes/outcomefigures.h"
#include "core/visit.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void spanishLoads()
    {
        QVERIFY(SpineDesk::installLanguage(u"es"_s));
        QCOMPARE(SpineDesk::workflowStepLabel(SpineDesk::WorkflowStep::Intake), u"Admisión"_s);
        QCOMPARE(SpineDesk::visitStatusLabel(SpineDesk::VisitStatus::Signed), u"Firmada"_s);
        QCOMPARE(QCoreApplication::translate("SpineDesk::MainWindow", "Search patients"), u"Buscar pacientes"_s);
    }
    // Every text is filed under the context the program looks it up in. lupdate files a text
    // it cannot place (tr() through a type alias) under an empty context, where its
    // translation is never found: the outcome definitions stayed English that way.
    void everyTextHasItsContext()
    {
        QFile ts(QStringLiteral(SPINEDESK_SOURCE_DIR "/translations/spinedesk_es.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        QVERIFY(text.contains(u"<context>"_s));
        QVERIFY2(!text.contains(QRegularExpression(u"<name>\\s*</name>"_s)), "a context without a name in spinedesk_es.ts");
        QVERIFY(SpineDesk::installLanguage(u"es"_s));
        const auto definitions = SpineDesk::Outcomes::measureDefinitions();
        const auto access = std::find_if(definitions.begin(), definitions.end(), [](const auto &d) { return d.id == u"access"; });
        QVERIFY(access != definitions.end());
        QCOMPARE(access->title, u"Acceso"_s);
        QVERIFY(access->numerator.startsWith(u"Días desde la recepción de la derivación"_s));
        QVERIFY(SpineDesk::installLanguage(u"en"_s));
    }

    void unknownLanguageRefused()
    {
        QVERIFY(!SpineDesk::installLanguage(u"xx"_s));
        QVERIFY(SpineDesk::installLanguage(u"en"_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
