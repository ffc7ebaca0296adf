#include "ui/application.h"

#include "storage/database.h"
#include "ui/clinicianpicker.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace SpineDesk {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"SpineDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPINEDESK_VERSION));
    QCoreApplication::setOrganizationDomain(u"spinedesk.org"_s);
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
    ClinicianPicker picker(opened.database->connection());
    if (picker.exec() != QDialog::Accepted)
        return 0;
    MainWindow window(*opened.database, picker.selectedClinicianId());
    window.show();
    return QApplication::exec();
}

} // namespace SpineDesk
