#include "cli/reportcommands.h"

#include "cli/context.h"
#include "core/instruments/library.h"
#include "core/outcomes/outcomefigures.h"
#include "documents/outcomesreport.h"
#include "interop/outcomescsv.h"
#include "storage/auditlog.h"
#include "storage/clinicrepository.h"
#include "storage/documentarchive.h"
#include "storage/outcomerepository.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace SpineDesk::Cli {

namespace {
struct ReportCommandText {
    Q_DECLARE_TR_FUNCTIONS(ReportCommandText)
};

enum class Format { Pdf, Csv };

QString usageLine()
{
    return ReportCommandText::tr("Usage: spinedesk report outcomes --from DATE --to DATE --out FILE.pdf|FILE.csv [--prepared-by NAME]");
}

// Writes `bytes` to `outPath` only once the audit log has recorded the export (reports leave
// the clinic: codes-and-fhir.md §5 treats every export as audited).
int writeAudited(Context &c, Database &db, const QByteArray &bytes, const QString &outPath, const QString &what)
{
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return c.fail(ReportCommandText::tr("Cannot write %1: %2").arg(outPath, file.errorString()));
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (!AuditLog(db.connection()).record(u"export"_s, u"outcomes"_s, 0, u"%1 %2 sha256 %3"_s.arg(what, outPath, sha256))) {
        file.cancelWriting();
        return c.fail(ReportCommandText::tr("Nothing was written: the export could not be recorded in the audit log."));
    }
    if (!file.commit())
        return c.fail(ReportCommandText::tr("Cannot write %1: %2").arg(outPath, file.errorString()));
    return Success;
}

// Brings the derived outcome table up to date before counting (after a migration or a failed
// refresh), telling the user on standard error since it can take a while.
bool refreshOutcomes(Context &c, OutcomeRepository &repo, const Instruments::Library &library, QString *error)
{
    if (!repo.needsRebuild())
        return true;
    const int total = repo.pendingCount();
    c.err << ReportCommandText::tr("Updating the outcome figures of %1 episodes…").arg(total) << u"\n"_s;
    c.err.flush();
    const bool interactive = isatty(STDERR_FILENO);
    int lastShown = -1;
    const bool ok = repo.rebuild(library, [&](int done, int all) {
        const int percent = all > 0 ? done * 100 / all : 100;
        if (interactive && percent / 10 != lastShown) {
            lastShown = percent / 10;
            c.err << ReportCommandText::tr("%1 of %2 episodes…").arg(done).arg(all) << u"\r"_s;
            c.err.flush();
        }
        return true;
    }, error);
    if (ok)
        c.err << ReportCommandText::tr("Outcome figures up to date.") << u"\n"_s;
    return ok;
}
} // namespace

int reportCommand(Context &c)
{
    QCommandLineParser p;
    p.addOption({u"from"_s, ReportCommandText::tr("First day of the period (YYYY-MM-DD)."), u"DATE"_s});
    p.addOption({u"to"_s, ReportCommandText::tr("Last day of the period (YYYY-MM-DD)."), u"DATE"_s});
    p.addOption({u"out"_s, ReportCommandText::tr("The PDF or CSV file to write."), u"FILE"_s});
    p.addOption({u"prepared-by"_s, ReportCommandText::tr("The name printed as the report's author."), u"NAME"_s});
    int code = Success;
    if (!c.parse(p, &code))
        return code;
    const QStringList kinds = p.positionalArguments();
    if (kinds.size() != 1 || !p.isSet(u"from"_s) || !p.isSet(u"to"_s) || !p.isSet(u"out"_s))
        return c.usage(usageLine());
    if (kinds.first() != u"outcomes")
        return c.usage(ReportCommandText::tr("Unknown report '%1' (available: outcomes).").arg(kinds.first()));
    const QDate from = QDate::fromString(p.value(u"from"_s), Qt::ISODate);
    const QDate to = QDate::fromString(p.value(u"to"_s), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return c.usage(ReportCommandText::tr("--from and --to take dates as YYYY-MM-DD."));
    if (from > to)
        return c.usage(ReportCommandText::tr("--from (%1) is after --to (%2).").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    const QString outPath = p.value(u"out"_s);
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"csv")
        return c.usage(ReportCommandText::tr("--out must end in .pdf or .csv, not '%1'.").arg(QFileInfo(outPath).fileName()));
    const Format format = suffix == u"pdf" ? Format::Pdf : Format::Csv;

    auto db = c.openDatabase(&code);
    if (!db)
        return code;
    const auto library = Instruments::Library::load(Instruments::Library::bundledDirectory(),
                                                    Database::wordingDirectoryFor(c.databasePath()));
    OutcomeRepository repo(db->connection());
    QString error;
    if (!refreshOutcomes(c, repo, library, &error))
        return c.fail(ReportCommandText::tr("The outcome figures could not be updated: %1").arg(error));
    const QList<Outcomes::EpisodeOutcome> rows = repo.load(from, to, &error);
    if (!error.isEmpty())
        return c.fail(error);
    Outcomes::Filter filter;
    filter.from = from;
    filter.to = to;
    const Outcomes::OutcomeFigures figures = Outcomes::computeFigures(rows, filter);
    const QMap<QString, Instruments::Mcid> mcid = outcomeMcidThresholds(library);
    const QString period = u"%1..%2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));

    if (format == Format::Csv) {
        QMap<QString, QString> unverified;
        for (auto it = mcid.cbegin(); it != mcid.cend(); ++it)
            if (!it->tag.isEmpty() && it->tag != u"V")
                unverified.insert(it.key(), it->tag);
        const QByteArray csv = outcomesCsv(figures, unverified).toUtf8();
        if (const int rc = writeAudited(c, *db, csv, outPath, u"outcomes csv "_s + period); rc != Success)
            return rc;
        c.out << ReportCommandText::tr("Wrote %1: outcome figures of %2 episodes of care.").arg(outPath).arg(figures.episodes.size())
              << u"\n"_s;
        return Success;
    }

    OutcomeReportRequest request;
    request.from = from;
    request.to = to;
    request.clinic = ClinicRepository(db->connection()).load();
    request.preparedBy = p.value(u"prepared-by"_s);
    request.generatedAt = QDateTime::currentDateTime();
    request.language = c.inv.lang;
    request.mcid = mcid;
    const QByteArray pdf = renderOutcomeReportPdf(figures, request, &error);
    if (pdf.isEmpty())
        return c.fail(error);
    if (const int rc = writeAudited(c, *db, pdf, outPath, u"outcomes pdf "_s + period); rc != Success)
        return rc;
    // Every generated document is archived (DESIGN.md); a clinic report belongs to no visit.
    ArchivedDocument doc;
    doc.kind = u"outcome-report"_s;
    doc.language = request.language;
    doc.recipient = ReportCommandText::tr("employers and payers");
    doc.route = u"pdf"_s;
    doc.pdf = pdf;
    if (const SaveResult saved = DocumentArchive(db->connection()).add(doc); !saved.ok())
        return c.fail(ReportCommandText::tr("The PDF was written but could not be archived: %1").arg(saved.message));
    c.out << ReportCommandText::tr("Wrote %1 (%2 episodes of care, %3 bytes, SHA-256 %4); archived as document %5.")
                 .arg(outPath, QString::number(figures.episodes.size()), QString::number(pdf.size()), doc.sha256,
                      QString::number(doc.id))
          << u"\n"_s;
    return Success;
}

} // namespace SpineDesk::Cli
