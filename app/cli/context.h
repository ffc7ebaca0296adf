#pragma once

#include "cli/commands.h"
#include "cli/invocation.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <memory>

namespace SpineDesk::Cli {

struct ContextText {
    Q_DECLARE_TR_FUNCTIONS(ContextText)
};

// What every command needs: its invocation, the output streams, usage and failure messages,
// its own option parsing and the database.
class Context
{
public:
    Context(const Invocation &invocation, QTextStream &output, QTextStream &errors)
        : inv(invocation), out(output), err(errors) {}

    QString databasePath() const { return inv.database.isEmpty() ? Database::defaultPath() : inv.database; }

    int usage(const QString &message)
    {
        err << QStringLiteral("spinedesk: ") << message << QStringLiteral("\n") << ContextText::tr("Run 'spinedesk --help' for the commands.") << QStringLiteral("\n");
        return UsageError;
    }
    int fail(const QString &message)
    {
        err << QStringLiteral("spinedesk: ") << message << QStringLiteral("\n");
        return Failure;
    }
    // Parses the command's own options; false (and a usage message) when they are wrong.
    bool parse(QCommandLineParser &parser, int *code)
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        if (!parser.parse(QStringList{QStringLiteral("spinedesk")} + inv.args)) {
            *code = usage(parser.errorText());
            return false;
        }
        return true;
    }
    std::unique_ptr<Database> openDatabase(int *code)
    {
        auto opened = Database::open(databasePath());
        if (!opened.database) {
            *code = fail(opened.error);
            return nullptr;
        }
        if (opened.migratedFrom > 0)
            err << ContextText::tr("Upgraded the database from schema version %1 to %2; the previous file is kept at %3.")
                       .arg(opened.migratedFrom).arg(Database::currentSchemaVersion()).arg(opened.preMigrationCopy)
                << QStringLiteral("\n");
        return std::move(opened.database);
    }

    const Invocation &inv;
    QTextStream &out;
    QTextStream &err;
};

} // namespace SpineDesk::Cli
