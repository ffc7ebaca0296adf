#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace SpineDesk {

class Database;
class MainWindow;

// Owns the main window and switches the program's language at run time by building the
// window anew: every text comes from the constructors' tr(), so no page needs retranslation
// code of its own. The open visit's draft is saved first, and the same patient, visit and
// step, the window's geometry and the patient search come back in the new language.
class WindowHost : public QObject
{
    Q_OBJECT
public:
    WindowHost(Database &database, qint64 clinicianId, QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const;
    // False (and the window unchanged) when the user keeps unsaved work open, or the
    // language cannot be loaded; the reason is shown to the user.
    bool switchLanguage(const QString &lang);

    // The language to start in: --lang when given, else the last choice saved in the
    // settings, else the system's language when SpineDesk has it, else English.
    static QString startupLanguage(const QString &given);
    static void rememberLanguage(const QString &lang);

private:
    MainWindow *makeWindow();

    Database &m_database;
    qint64 m_clinicianId;
    QPointer<MainWindow> m_window;
};

} // namespace SpineDesk
