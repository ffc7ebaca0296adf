#include "ui/application.h"

#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "ui/clinicianpicker.h"
#include "ui/mainwindow.h"
#include "ui/windowhost.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace SpineDesk {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"SpineDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPINEDESK_VERSION));
    QCoreApplication::setOrganizationDomain(u"spinedesk.org"_s);
    // The window icon (resources/icons, compiled into the executable) and the desktop entry
    // (packaging/) that Wayland and task bars match the window with.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::setWindowIcon(QIcon(u":/icons/spinedesk.svg"_s));
        QGuiApplication::setDesktopFileName(u"org.spinedesk.SpineDesk"_s);
    }
}

int runApplication(const QString &databasePath)
{
    const QString path = databasePath.isEmpty() ? Database::defaultPath() : databasePath;
    auto opened = Database::open(path);
    if (!opened.database) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("SpineDesk::Application", "SpineDesk cannot open the clinic database"),
                              opened.error);
        return 1;
    }
    if (opened.migratedFrom > 0)
        QMessageBox::information(nullptr, QCoreApplication::translate("SpineDesk::Application", "Database upgraded"),
                                 QCoreApplication::translate("SpineDesk::Application",
                                                             "The clinic database was upgraded from schema version %1 to %2. "
                                                             "The previous file is kept at %3.")
                                     .arg(opened.migratedFrom).arg(Database::currentSchemaVersion()).arg(opened.preMigrationCopy));
    // Test-only (tests/packaging): SPINEDESK_QUIT_AFTER_SHOW=1 takes the first clinician without
    // asking, and quits once the main window is shown, with status 0 if it is visible.
    const bool quitAfterShow = qEnvironmentVariableIntValue("SPINEDESK_QUIT_AFTER_SHOW") == 1;
    ClinicianPicker picker(opened.database->connection());
    if (!quitAfterShow && picker.exec() != QDialog::Accepted)
        return 0;
    const qint64 clinicianId = quitAfterShow ? ClinicianRepository(opened.database->connection()).list().value(0).id
                                             : picker.selectedClinicianId();
    WindowHost host(*opened.database, clinicianId);
    host.window()->show();
    if (quitAfterShow)
        QTimer::singleShot(0, &host, [&host] {
            QTextStream(stdout) << u"SpineDesk: main window shown: "_s << host.window()->windowTitle() << u"\n"_s;
            QCoreApplication::exit(host.window()->isVisible() ? 0 : 1);
        });
    return QApplication::exec();
}

} // namespace SpineDesk
