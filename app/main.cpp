// SpineDesk: the window without a command, the command line with one.
#include "cli/commands.h"
#include "cli/invocation.h"
#include "i18n/language.h"
#include "ui/application.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto invocation = SpineDesk::Cli::parseInvocation(arguments);

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
    SpineDesk::installLanguage(invocation.lang);
    return SpineDesk::runApplication(invocation.database);
}
