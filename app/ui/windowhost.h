#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace SpineDesk {

class Database;
class MainWindow;
struct MainWindowState;

// Owns the main window and switches the program's language at run time by building the
// window anew: every text comes from the constructors' tr(), so no page needs retranslation
// code of its own. The open visit's draft is saved first, and the same patient, visit and
// step, the window's geometry and the patient search come back in the new language.
// The same rebuild follows a change of the system's colours or font size (a high-contrast
// theme switched on while the program runs): banners and alerts compute their colours from
// the palette when they are made. It waits until no dialog, menu or other window is open,
// and happens only when the draft saved without a question.
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

signals:
    void windowRebuilt(); // for tests: the palette or font change reached a new window

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *makeWindow();
    void replaceWindow(MainWindow *old, const MainWindowState &state);
    void restyleWhenIdle();

    Database &m_database;
    qint64 m_clinicianId;
    QPointer<MainWindow> m_window;
    QTimer m_restyle;
};

} // namespace SpineDesk
