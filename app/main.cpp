// SpineDesk: the window without a command, the command line with one.
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/invocation.h"
#include "i18n/language.h"
#include "ui/application.h"
#include "ui/windowhost.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto invocation = SpineDesk::Cli::parseInvocation(arguments);
    if (!invocation.opensWindow())
        SpineDesk::Cli::attachParentConsole();

    if (invocation.rendersDocuments()) {
        // Fonts, painting and Qt Charts need a widgets application, not a screen: render
        // offscreen unless a platform was chosen, so that it works over SSH and in scripts.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // A private runtime folder keeps Qt from warning on standard error in scripts.
        QTemporaryDir runtime;
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        QApplication app(argc, argv);
        SpineDesk::setApplicationIdentity();
        SpineDesk::installLanguage(invocation.lang);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return SpineDesk::Cli::run(invocation, out, err);
    }
    if (!invocation.opensWindow()) {
        QCoreApplication app(argc, argv);
        SpineDesk::setApplicationIdentity();
        SpineDesk::installLanguage(invocation.lang);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return SpineDesk::Cli::run(invocation, out, err);
    }

    QApplication app(argc, argv);
    SpineDesk::setApplicationIdentity();
    SpineDesk::installLanguage(SpineDesk::WindowHost::startupLanguage(invocation.langGiven ? invocation.lang : QString()));
    return SpineDesk::runApplication(invocation.database);
}
