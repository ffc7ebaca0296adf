#include "cli/invocation.h"

#include "i18n/language.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk::Cli {

namespace {
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

// Takes "--name VALUE" or "--name=VALUE" at position i; returns false if it is not that option.
bool takeValue(const QStringList &a, qsizetype &i, const QString &name, QString *value, QString *error)
{
    if (a[i] == name) {
        if (i + 1 >= a.size() || a[i + 1].startsWith(u"--"_s)) {
            *error = CliText::tr("%1 needs a value.").arg(name);
            return true;
        }
        *value = a[++i];
        return true;
    }
    if (a[i].startsWith(name + u'=')) {
        *value = a[i].mid(name.size() + 1);
        if (value->isEmpty())
            *error = CliText::tr("%1 needs a value.").arg(name);
        return true;
    }
    return false;
}
} // namespace

Invocation parseInvocation(const QStringList &arguments)
{
    Invocation inv;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (takeValue(arguments, i, u"--database"_s, &inv.database, &inv.usageError))
            continue;
        if (takeValue(arguments, i, u"--lang"_s, &inv.lang, &inv.usageError)) {
            inv.langGiven = true;
            if (inv.usageError.isEmpty() && !supportedLanguages().contains(inv.lang))
                inv.usageError = CliText::tr("--lang takes one of: %1.").arg(supportedLanguages().join(u", "_s));
            continue;
        }
        if (inv.command.isEmpty() && (arg == u"--version" || arg == u"-v")) {
            inv.version = true;
        } else if (inv.command.isEmpty() && (arg == u"--help" || arg == u"-h")) {
            inv.help = true;
        } else if (inv.command.isEmpty()) {
            if (arg.startsWith(u'-'))
                inv.usageError = CliText::tr("Unknown option %1.").arg(arg);
            else
                inv.command = arg;
        } else {
            inv.args << arg;
        }
        if (!inv.usageError.isEmpty())
            break;
    }
    return inv;
}

} // namespace SpineDesk::Cli
