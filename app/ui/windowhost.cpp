#include "ui/windowhost.h"

#include "i18n/language.h"
#include "ui/mainwindow.h"

#include <QEvent>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
const QString kLanguageKey = u"ui/language"_s;
constexpr int kRestyleDelayMs = 300;  // one rebuild for a theme change's burst of events
constexpr int kRestyleRetryMs = 1000; // while a dialog or patient mode is open
}

WindowHost::WindowHost(Database &database, qint64 clinicianId, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clinicianId(clinicianId)
{
    m_restyle.setSingleShot(true);
    m_restyle.setInterval(kRestyleDelayMs);
    connect(&m_restyle, &QTimer::timeout, this, &WindowHost::restyleWhenIdle);
    m_window = makeWindow();
}

WindowHost::~WindowHost()
{
    delete m_window.data();
}

MainWindow *WindowHost::window() const
{
    return m_window;
}

MainWindow *WindowHost::makeWindow()
{
    auto *window = new MainWindow(m_database, m_clinicianId);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(window, &MainWindow::languageRequested, this, &WindowHost::switchLanguage);
    window->installEventFilter(this);
    return window;
}

void WindowHost::replaceWindow(MainWindow *old, const MainWindowState &state)
{
    m_window = makeWindow();
    m_window->restore(state);
    if (old->isVisible())
        m_window->show();
    old->hide();
    old->deleteLater(); // the menu action that asked may still be on the stack
}

bool WindowHost::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window.data()
        && (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::ApplicationFontChange))
        m_restyle.start(kRestyleDelayMs);
    return QObject::eventFilter(watched, event);
}

void WindowHost::restyleWhenIdle()
{
    MainWindow *old = m_window;
    if (!old)
        return;
    if (old->hasOpenSideWork()) {
        m_restyle.start(kRestyleRetryMs);
        return;
    }
    // Never a question for a theme change: when the draft cannot be saved the window keeps
    // its old colours and nothing is lost.
    if (!old->saveOpenWorkQuietly())
        return;
    const MainWindowState state = old->state();
    old->closeVisit();
    replaceWindow(old, state);
    emit windowRebuilt();
}

bool WindowHost::switchLanguage(const QString &lang)
{
    if (lang == currentLanguage())
        return true;
    MainWindow *old = m_window;
    if (!old->releaseOpenWork())
        return false;
    const MainWindowState state = old->state();
    old->closeVisit(); // saved and closed here, so the new window's copy is the only one
    if (!installLanguage(lang)) {
        QMessageBox::warning(old, tr("Language not changed"),
                             tr("The %1 translation of SpineDesk could not be loaded. The program stays in its current language.")
                                 .arg(languageName(lang)));
        old->restore(state);
        return false;
    }
    rememberLanguage(lang);
    replaceWindow(old, state);
    return true;
}

QString WindowHost::startupLanguage(const QString &given)
{
    if (!given.isEmpty() && supportedLanguages().contains(given))
        return given;
    const QString saved = QSettings().value(kLanguageKey).toString();
    if (supportedLanguages().contains(saved))
        return saved;
    const QString system = QLocale::languageToCode(QLocale::system().language());
    return supportedLanguages().contains(system) ? system : u"en"_s;
}

void WindowHost::rememberLanguage(const QString &lang)
{
    QSettings().setValue(kLanguageKey, lang);
}

} // namespace SpineDesk
