// The Spanish translation is compiled in and loads (toolchain.md P2: an empty .qm would
// otherwise leave the interface silently in English).
#include "core/visit.h"
#include "i18n/language.h"

#include <QCoreApplication>
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
    void unknownLanguageRefused()
    {
        QVERIFY(!SpineDesk::installLanguage(u"xx"_s));
        QVERIFY(SpineDesk::installLanguage(u"en"_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
