#include "cli/exportcommands.h"

#include "cli/context.h"
#include "core/instruments/library.h"
#include "interop/fhirbundle.h"
#include "storage/auditlog.h"
#include "storage/documentarchive.h"
#include "storage/dossierloader.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace SpineDesk::Cli {

namespace {
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(ExportText)
};

// The newest archived letter made from the plan revision being exported, if any: the PDF that
// was sent travels with the structured document.
QByteArray archivedLetter(Database &db, const VisitDossier &d)
{
    for (const ArchivedDocument &doc : DocumentArchive(db.connection()).forVisit(d.visit.id))
        if (doc.kind == u"letter" && doc.revision == d.planRevision())
            return doc.pdf;
    return {};
}

int exportFhir(Context &c, Database &db, qint64 visitId, const QString &outPath)
{
    const auto instruments = Instruments::Library::load(Instruments::Library::bundledDirectory(),
                                                        Database::wordingDirectoryFor(c.databasePath()));
    QString error;
    const auto dossier = loadVisitDossier(db.connection(), instruments, visitId, &error);
    if (!dossier)
        return c.fail(error);
    FhirExportOptions options;
    options.letterPdf = archivedLetter(db, *dossier);
    const QJsonObject bundle = exportFhirBundle(*dossier, instruments, options);
    const QByteArray json = QJsonDocument(bundle).toJson(QJsonDocument::Indented);
    // Exports are protected health information (codes-and-fhir.md §5): the file appears only
    // once the audit log has recorded it.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return c.fail(ExportText::tr("Cannot write %1: %2").arg(outPath, file.errorString()));
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    if (!AuditLog(db.connection()).record(u"export"_s, u"visit"_s, visitId, u"fhir %1 sha256 %2"_s.arg(outPath, sha256))) {
        file.cancelWriting();
        return c.fail(ExportText::tr("Nothing was written: the export could not be recorded in the audit log."));
    }
    if (!file.commit())
        return c.fail(ExportText::tr("Cannot write %1: %2").arg(outPath, file.errorString()));
    if (dossier->isDraft())
        c.err << ExportText::tr("The plan of visit %1 is not signed: the document is preliminary.").arg(visitId) << u"\n"_s;
    c.out << outPath << u"\n"_s;
    return Success;
}
} // namespace

int exportCommand(Context &c)
{
    QCommandLineParser p;
    p.addOption({u"visit"_s, ExportText::tr("The visit."), u"ID"_s});
    p.addOption({u"out"_s, ExportText::tr("The JSON file to write."), u"FILE"_s});
    int code = Success;
    if (!c.parse(p, &code))
        return code;
    const QStringList formats = p.positionalArguments();
    if (formats.size() != 1 || !p.isSet(u"visit"_s) || !p.isSet(u"out"_s))
        return c.usage(ExportText::tr("Usage: spinedesk export fhir --visit ID --out FILE.json"));
    if (formats.first() != u"fhir")
        return c.usage(ExportText::tr("Unknown export format '%1' (available: fhir).").arg(formats.first()));
    bool ok = false;
    const qint64 visitId = p.value(u"visit"_s).toLongLong(&ok);
    if (!ok || visitId < 1)
        return c.usage(ExportText::tr("--visit takes a visit number."));
    auto db = c.openDatabase(&code);
    if (!db)
        return code;
    return exportFhir(c, *db, visitId, p.value(u"out"_s));
}

} // namespace SpineDesk::Cli
