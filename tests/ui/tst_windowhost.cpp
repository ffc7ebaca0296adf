// Issue 8: the language switches at run time. The host builds the window anew in the other
// language and brings back the open visit on the same step, with nothing lost.
#include "clinicfixture.h"
#include "i18n/language.h"
#include "ui/application.h"
#include "ui/mainwindow.h"
#include "ui/patientchart.h"
#include "ui/visitworkflow.h"
#include "ui/windowhost.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestWindowHost : public QObject, public SpineDeskTest::ClinicFixture
{
    Q_OBJECT

    static QStringList menuTitles(MainWindow *w)
    {
        QStringList titles;
        for (QAction *a : w->menuBar()->actions())
            titles << a->text();
        return titles;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setApplicationIdentity();
        QVERIFY(openClinic(Clinician{0, u"Ada Quinn"_s, u"MD"_s, ClinicianRole::Physiatrist, true},
                           Patient{0, u"Ortega"_s, u"Lucía"_s, QDate(1970, 3, 4), Sex::Female, u"MRN-81"_s, {}, u"es"_s, 0}));
        QSettings().remove(u"ui/language"_s);
        QVERIFY(installLanguage(u"en"_s));
    }

    void startupLanguageOrder()
    {
        QCOMPARE(WindowHost::startupLanguage(u"es"_s), u"es"_s);          // --lang wins
        WindowHost::rememberLanguage(u"es"_s);
        QCOMPARE(WindowHost::startupLanguage(QString()), u"es"_s);        // then the saved choice
        WindowHost::rememberLanguage(u"en"_s);
        QCOMPARE(WindowHost::startupLanguage(QString()), u"en"_s);
        QCOMPARE(WindowHost::startupLanguage(u"xx"_s), u"en"_s);          // never an unknown one
        QSettings().remove(u"ui/language"_s);
    }

    void switchesWithTheVisitOpen()
    {
        const Visit visit = newVisit();
        WindowHost host(*m_db, m_clinicianId);
        MainWindow *first = host.window();
        first->show();
        QVERIFY(QTest::qWaitForWindowExposed(first));
        QVERIFY(menuTitles(first).contains(u"&File"_s));
        first->openVisit(visit.id);
        QVERIFY(first->workflow());
        first->workflow()->stepList()->setCurrentRow(2);

        // The menu asks; the host answers with a new window in Spanish.
        auto *spanish = first->findChild<QAction *>(u"language-es"_s);
        QVERIFY(spanish);
        QCOMPARE(spanish->text(), u"Español"_s);
        spanish->trigger();
        QCOMPARE(currentLanguage(), u"es"_s);
        MainWindow *second = host.window();
        QVERIFY(second != first);
        QVERIFY(second->isVisible());
        QVERIFY(!first->isVisible());
        QVERIFY(menuTitles(second).contains(u"&Archivo"_s));
        QVERIFY(second->workflow());
        QCOMPARE(second->workflow()->visit().id, visit.id);
        QCOMPARE(second->workflow()->stepList()->currentRow(), 2);
        QCOMPARE(second->workflow()->stepList()->item(0)->text().contains(u"Admisión"_s), true);
        QVERIFY(second->findChild<QAction *>(u"language-es"_s)->isChecked());
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"es"_s);

        // And back, with the patient's chart when no visit is open.
        second->closeVisit();
        QVERIFY(host.switchLanguage(u"en"_s));
        MainWindow *third = host.window();
        QVERIFY(menuTitles(third).contains(u"&File"_s));
        QVERIFY(!third->workflow());
        QCOMPARE(third->currentPage(), static_cast<QWidget *>(third->chart()));
        QSettings().remove(u"ui/language"_s);
    }

    // A high-contrast theme switched on while a visit is open: the window is rebuilt in the
    // new colours once the open dialog is closed, on the same visit and step.
    void rebuildsForANewPaletteWhenIdle()
    {
        const Visit visit = newVisit();
        WindowHost host(*m_db, m_clinicianId);
        MainWindow *first = host.window();
        first->show();
        QVERIFY(QTest::qWaitForWindowExposed(first));
        first->openVisit(visit.id);
        first->workflow()->stepList()->setCurrentRow(1);
        auto *banner = first->findChild<QLabel *>(u"emergencyBanner"_s);
        QVERIFY(banner);
        QVERIFY(banner->styleSheet().contains(u"#b00020"_s)); // the light theme's red

        auto *dock = first->findChild<QDockWidget *>();
        QVERIFY(dock);
        dock->show();
        dock->setFloating(true); // the window's own floating dock does not hold the rebuild back

        QWidget other; // a dialog or patient mode on screen: no rebuild under it
        other.setWindowTitle(u"Other"_s);
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        const QPalette oldPalette = QApplication::palette();
        QPalette dark = oldPalette;
        for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            dark.setColor(group, QPalette::Window, Qt::black);
            dark.setColor(group, QPalette::WindowText, Qt::white);
        }
        QSignalSpy rebuilt(&host, &WindowHost::windowRebuilt);
        QApplication::setPalette(dark);
        const auto restore = qScopeGuard([&] { QApplication::setPalette(oldPalette); });
        QTest::qWait(1500);
        QCOMPARE(host.window(), first);
        QCOMPARE(rebuilt.count(), 0);

        other.close();
        QVERIFY(rebuilt.wait(3000));
        MainWindow *second = host.window();
        QVERIFY(second != first);
        QVERIFY(second->isVisible());
        QVERIFY(second->workflow());
        QCOMPARE(second->workflow()->visit().id, visit.id);
        QCOMPARE(second->workflow()->stepList()->currentRow(), 1);
        auto *darkBanner = second->findChild<QLabel *>(u"emergencyBanner"_s);
        QVERIFY(darkBanner);
        QVERIFY(!darkBanner->styleSheet().contains(u"#b00020"_s));
        QVERIFY(darkBanner->styleSheet().contains(u"background: #000000"_s));
        auto *newDock = second->findChild<QDockWidget *>(dock->objectName());
        QVERIFY(newDock);
        QVERIFY(newDock->isFloating());

        // A font size change is followed the same way.
        QFont big = QApplication::font();
        big.setPointSizeF(big.pointSizeF() + 6);
        const QFont oldFont = QApplication::font();
        QApplication::setFont(big);
        const auto restoreFont = qScopeGuard([&] { QApplication::setFont(oldFont); });
        QVERIFY(rebuilt.wait(3000));
        QVERIFY(host.window() != second);
        QCOMPARE(host.window()->workflow()->visit().id, visit.id);
    }

    void unknownLanguageKeepsTheWindow()
    {
        WindowHost host(*m_db, m_clinicianId);
        MainWindow *before = host.window();
        QVERIFY(!installLanguage(u"xx"_s));
        QCOMPARE(host.window(), before);
        QCOMPARE(currentLanguage(), u"en"_s);
    }

    void handoutMenuOffersEveryLanguage()
    {
        WindowHost host(*m_db, m_clinicianId);
        auto *menu = host.window()->findChild<QMenu *>(u"handoutsMenu"_s);
        QVERIFY(menu);
        QStringList sections;
        for (QAction *a : menu->actions())
            if (a->isSeparator() && !a->text().isEmpty())
                sections << a->text();
        QVERIFY(sections.contains(u"English"_s));
        QVERIFY(sections.contains(u"Español"_s)); // the Spanish handouts are seen (§5 rule 7)
        QVERIFY(host.window()->findChild<QAction *>(u"handout-es-sciatica"_s));
    }
};

QTEST_MAIN(TestWindowHost)
#include "tst_windowhost.moc"
