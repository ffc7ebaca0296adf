#include "cli/commands.h"

#include "cli/aidcommands.h"
#include "cli/context.h"
#include "cli/exportcommands.h"
#include "cli/rendercommands.h"
#include "cli/reportcommands.h"
#include "cli/instrumentcommands.h"
#include "core/demogenerator.h"
#include "core/visit.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/demowriter.h"
#include "storage/visitrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace SpineDesk::Cli {

namespace {

struct CommandText {
    Q_DECLARE_TR_FUNCTIONS(CommandText)
};

// Commands that later parts of SpineDesk add (DESIGN.md); named so the message is honest.
const QStringList kNotYetAvailable = {};

int check(Context &c)
{
    QCommandLineParser p;
    int code = Success;
    if (!c.parse(p, &code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return c.usage(CommandText::tr("check takes no arguments."));
    auto db = c.openDatabase(&code);
    if (!db)
        return code;
    const auto report = db->check();
    if (!report.ok) {
        for (const auto &problem : report.problems)
            c.err << problem << u"\n"_s;
        return c.fail(CommandText::tr("%1 failed its check.").arg(db->path()));
    }
    c.out << CommandText::tr("%1: schema version %2, integrity ok.").arg(db->path()).arg(report.schemaVersion) << u"\n"_s;
    return Success;
}

int backup(Context &c)
{
    QCommandLineParser p;
    p.addOption({u"out"_s, CommandText::tr("The backup file to write."), u"FILE"_s});
    int code = Success;
    if (!c.parse(p, &code))
        return code;
    if (!p.isSet(u"out"_s) || !p.positionalArguments().isEmpty())
        return c.usage(CommandText::tr("Usage: spinedesk backup --out FILE"));
    auto db = c.openDatabase(&code);
    if (!db)
        return code;
    QString error;
    if (!db->backupTo(p.value(u"out"_s), &error))
        return c.fail(error);
    AuditLog(db->connection()).record(u"backup"_s, u"database"_s, 0, p.value(u"out"_s));
    c.out << CommandText::tr("Backup written to %1 and checked.").arg(p.value(u"out"_s)) << u"\n"_s;
    return Success;
}

int restore(Context &c)
{
    QCommandLineParser p;
    int code = Success;
    if (!c.parse(p, &code))
        return code;
    if (p.positionalArguments().size() != 1)
        return c.usage(CommandText::tr("Usage: spinedesk restore FILE"));
    QString kept, error;
    if (!Database::restore(c.databasePath(), p.positionalArguments().first(), &kept, &error))
        return c.fail(error);
    if (auto db = c.openDatabase(&code))
        AuditLog(db->connection()).record(u"restore"_s, u"database"_s, 0, p.positionalArguments().first());
    c.out << CommandText::tr("Restored %1 from %2.").arg(c.databasePath(), p.positionalArguments().first()) << u"\n"_s;
    if (!kept.isEmpty())
        c.out << CommandText::tr("The previous database is kept at %1.").arg(kept) << u"\n"_s;
    return Success;
}

int demo(Context &c)
{
    QCommandLineParser p;
    p.addOption({u"patients"_s, CommandText::tr("How many synthetic patients to add."), u"N"_s});
    p.addOption({u"seed"_s, CommandText::tr("Seed for the generator (0 to %1).").arg(DemoGenerator::kMaxSeed), u"S"_s, u"1"_s});
    p.addOption({u"documents"_s, CommandText::tr("Make and archive the letter and handout of the N newest signed plans."),
                 u"N"_s, u"5"_s});
    int code = Success;
    if (!c.parse(p, &code))
        return code;
    bool okCount = false, okSeed = false;
    const int count = p.value(u"patients"_s).toInt(&okCount);
    const uint seed = p.value(u"seed"_s).toUInt(&okSeed);
    if (!p.isSet(u"patients"_s) || !okCount || count < 1 || count > 1000000 || !p.positionalArguments().isEmpty())
        return c.usage(CommandText::tr("Usage: spinedesk demo --patients N [--seed S], with N from 1 to 1000000."));
    if (!okSeed || seed > DemoGenerator::kMaxSeed)
        return c.usage(CommandText::tr("--seed takes a whole number from 0 to %1.").arg(DemoGenerator::kMaxSeed));
    bool okDocuments = false;
    const int documents = p.value(u"documents"_s).toInt(&okDocuments);
    if (!okDocuments || documents < 0 || documents > 1000)
        return c.usage(CommandText::tr("--documents takes a whole number from 0 to 1000."));
    auto db = c.openDatabase(&code);
    if (!db)
        return code;
    const bool interactive = isatty(STDERR_FILENO);
    QElapsedTimer timer;
    timer.start();
    DemoSummary summary;
    QString error;
    const bool ok = DemoWriter(db->connection()).write(seed, count, &summary, &error, [&](int done, int total) {
        if (interactive && total >= 5000 && done % 10000 == 0) {
            c.err << CommandText::tr("%1 of %2 patients…").arg(done).arg(total) << u"\r"_s;
            c.err.flush();
        }
        return true;
    });
    if (!ok)
        return c.fail(error);
    int made = 0;
    if (documents > 0) {
        if (const int rc = archiveDemoDocuments(c, *db, documents, &made); rc != Success)
            return rc;
    }
    c.out << CommandText::tr("Added %1 demo patients with %2 visits and %3 signed plans (seed %4), and archived %5 documents, in %6 s.")
                 .arg(summary.patients).arg(summary.visits).arg(summary.signedPlans).arg(seed).arg(made)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << u"\n"_s;
    return Success;
}

int visits(Context &c)
{
    QCommandLineParser p;
    p.addOption({u"kind"_s, CommandText::tr("initial, follow-up or pt."), u"KIND"_s});
    p.addOption({u"status"_s, CommandText::tr("draft or signed."), u"STATUS"_s});
    p.addOption({u"limit"_s, CommandText::tr("At most N visits."), u"N"_s});
    int code = Success;
    if (!c.parse(p, &code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return c.usage(CommandText::tr("visits takes only --kind, --status and --limit."));
    VisitFilter filter;
    if (p.isSet(u"kind"_s)) {
        filter.kind = visitKindFromCode(p.value(u"kind"_s));
        if (!filter.kind)
            return c.usage(CommandText::tr("--kind takes initial, follow-up or pt."));
    }
    if (p.isSet(u"status"_s)) {
        filter.status = visitStatusFromCode(p.value(u"status"_s));
        if (!filter.status)
            return c.usage(CommandText::tr("--status takes draft or signed."));
    }
    if (p.isSet(u"limit"_s)) {
        bool ok = false;
        filter.limit = p.value(u"limit"_s).toInt(&ok);
        if (!ok || filter.limit < 1)
            return c.usage(CommandText::tr("--limit takes a whole number of 1 or more."));
    }
    auto db = c.openDatabase(&code);
    if (!db)
        return code;
    for (const VisitRow &row : VisitRepository(db->connection()).list(filter)) {
        c.out << row.visit.id << u'\t' << row.visit.visitDate.toString(Qt::ISODate) << u'\t' << visitKindCode(row.visit.kind)
              << u'\t' << visitStatusCode(row.visit.status) << u'\t' << row.patientName << u" ("_s << row.mrn << u")\n"_s;
    }
    return Success;
}

} // namespace

QString usageText()
{
    return CommandText::tr(
        "Usage: spinedesk [--database PATH] [--lang en|es] [COMMAND]\n"
        "\n"
        "Without a command, SpineDesk opens its window.\n"
        "\n"
        "Commands:\n"
        "  check                              check the database's integrity and schema\n"
        "  backup --out FILE                  write a checked copy of the database, even while in use\n"
        "  restore FILE                       replace the database from a backup (the old file is kept)\n"
        "  demo --patients N [--seed S]       add N synthetic patients with visits\n"
        "  visits [--kind initial|follow-up|pt] [--status draft|signed] [--limit N]\n"
        "                                     one visit a line: id, date, kind, status, patient\n"
        "  score ID --answers LIST [--sex female|male]\n"
        "                                     score a questionnaire without a database (JSON)\n"
        "  instruments [list]                 instruments with version, licence and availability\n"
        "  instruments import FILE            add licensed wording to an instrument\n"
        "  aids [list]                        decision aids with version and review date\n"
        "  content check                      validate every bundled and imported content file\n"
        "  export fhir --visit ID --out FILE.json\n"
        "                                     the visit as a FHIR R4 document (JSON)\n"
        "  render letter|handout|pa-summary|pt-plan|exercises --visit ID --out FILE.pdf\n"
        "         [--large-print] [--fax-cover] [--surgeon NAME]\n"
        "                                     a visit's document (PDF, archived): the plan letter to the\n"
        "                                     referring clinician, the patient handout, the surgeon's\n"
        "                                     prior-authorization summary, the PT plan of care, the\n"
        "                                     home exercise sheet\n"
        "  render library-handout --handout ID --visit ID --out FILE.pdf [--large-print]\n"
        "                                     a handout from the library for the visit's patient\n"
        "  render decision-summary --visit ID --out FILE.pdf [--aid ID] [--large-print]\n"
        "                                     the patient's copy of a decision (PDF, archived)\n"
        "  report outcomes --from DATE --to DATE --out FILE.pdf|FILE.csv [--prepared-by NAME]\n"
        "                                     the clinic's outcome report for employers and payers\n"
        "                                     (PDF, archived) or its figures (CSV); no patient identifiers\n"
        "\n"
        "Options:\n"
        "  --database PATH                    the database file (default: %1)\n"
        "  --lang en|es                       language of messages and documents (patient documents\n"
        "                                     otherwise follow the patient's preferred language)\n"
        "  --version                          the program's version\n")
        .arg(Database::defaultPath());
}

int run(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    Context c(inv, out, err);
    if (!inv.usageError.isEmpty())
        return c.usage(inv.usageError);
    if (inv.version) {
        out << u"SpineDesk "_s << QStringLiteral(SPINEDESK_VERSION) << u"\n"_s;
        return Success;
    }
    if (inv.help) {
        out << usageText();
        return Success;
    }
    if (inv.command == u"check")
        return check(c);
    if (inv.command == u"backup")
        return backup(c);
    if (inv.command == u"restore")
        return restore(c);
    if (inv.command == u"demo")
        return demo(c);
    if (inv.command == u"visits")
        return visits(c);
    if (inv.command == u"score")
        return scoreCommand(inv.args, out, err);
    if (inv.command == u"instruments")
        return instrumentsCommand(inv.args, Database::wordingDirectoryFor(c.databasePath()), out, err);
    if (inv.command == u"render")
        return renderCommand(c);
    if (inv.command == u"export")
        return exportCommand(c);
    if (inv.command == u"report")
        return reportCommand(c);
    if (inv.command == u"aids")
        return aidsCommand(inv.args, out, err);
    if (inv.command == u"content")
        return contentCommand(inv.args, Database::wordingDirectoryFor(c.databasePath()), out, err);
    if (kNotYetAvailable.contains(inv.command))
        return c.usage(CommandText::tr("'%1' is not available in this version of SpineDesk.").arg(inv.command));
    return c.usage(CommandText::tr("Unknown command '%1'.").arg(inv.command));
}

} // namespace SpineDesk::Cli
