#include "cli/aidcommands.h"

#include "cli/commands.h"
#include "core/decisionaids/aidlibrary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk::Cli {

namespace {
struct AidText {
    Q_DECLARE_TR_FUNCTIONS(AidText)
};
} // namespace

int aidsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty() && args != QStringList{u"list"_s}) {
        err << u"spinedesk: "_s << AidText::tr("Usage: spinedesk aids [list]") << u"\n"_s;
        return UsageError;
    }
    const auto library = Aids::AidLibrary::load();
    for (const QString &e : library.registryErrors())
        err << e << u"\n"_s;
    for (const Aids::AidEntry &e : library.entries()) {
        if (e.available())
            out << e.id << u'\t' << e.aid->version << u'\t' << AidText::tr("reviewed %1").arg(e.aid->reviewed.toString(Qt::ISODate))
                << u'\t' << AidText::tr("next review %1").arg(e.aid->nextReview.toString(Qt::ISODate)) << u"\n"_s;
        else
            out << e.id << u'\t' << AidText::tr("unavailable: %1").arg(e.errors.value(0)) << u"\n"_s;
    }
    return Success;
}

int checkAidContent(QTextStream &out, QTextStream &err)
{
    const auto library = Aids::AidLibrary::load();
    int problems = 0;
    if (!library.registryErrors().isEmpty()) {
        ++problems;
        for (const QString &e : library.registryErrors())
            err << e << u"\n"_s;
    } else {
        out << AidText::tr("ok      evidence registry (%n entries)", nullptr, int(library.registry().entries().size())) << u"\n"_s;
    }
    for (const Aids::AidEntry &e : library.entries()) {
        if (e.available()) {
            out << AidText::tr("ok      decision aid %1 %2 (IPDAS checklist met)").arg(e.id, e.aid->version) << u"\n"_s;
            continue;
        }
        ++problems;
        for (const QString &error : e.errors)
            err << error << u"\n"_s;
    }
    return problems;
}

} // namespace SpineDesk::Cli
