#pragma once

#include <QString>
#include <QStringList>

namespace SpineDesk::Cli {

// What the command line asked for. Global options (--database, --lang) may stand anywhere.
struct Invocation {
    QString database;   // empty: the default in the application-data folder
    QString lang = QStringLiteral("en"); // messages; and documents when langGiven
    bool langGiven = false;             // --lang was given (else the window uses the saved choice)
    QString command;    // empty: open the application window
    QStringList args;   // the command's own arguments
    bool version = false;
    bool help = false;
    QString usageError; // set when the words themselves are wrong (exit 2)

    // Commands that draw (PDF documents, charts) need a widgets application, though no screen:
    // Qt Charts draws through the graphics view.
    bool rendersDocuments() const
    {
        return usageError.isEmpty() && !version && !help
            && (command == QLatin1String("render") || command == QLatin1String("demo") || command == QLatin1String("report"));
    }
    bool opensWindow() const { return command.isEmpty() && !version && !help && usageError.isEmpty(); }
};

Invocation parseInvocation(const QStringList &arguments); // arguments[0] is the program

} // namespace SpineDesk::Cli
