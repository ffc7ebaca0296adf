#include "cli/rendercommands.h"

#include "cli/context.h"
#include "core/decisionaids/aidlibrary.h"
#include "documents/decisionsummary.h"
#include "storage/clinicianrepository.h"
#include "storage/decisionrepository.h"
#include "storage/documentarchive.h"
#include "storage/patientrepository.h"
#include "storage/visitrepository.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace SpineDesk::Cli {

namespace {
struct RenderText {
    Q_DECLARE_TR_FUNCTIONS(RenderText)
};

// Kinds DESIGN.md names that later parts of SpineDesk add.
const QStringList kLaterKinds = {u"letter"_s, u"handout"_s, u"pa-summary"_s, u"pt-plan"_s, u"exercises"_s};

int decisionSummary(Context &c, Database &db, qint64 visitId, const QString &aidId, bool largePrint, const QString &outPath)
{
    const auto visit = VisitRepository(db.connection()).find(visitId);
    if (!visit)
        return c.fail(RenderText::tr("There is no visit %1.").arg(visitId));
    QString error;
    const auto records = DecisionRepository(db.connection()).forVisit(visitId, &error);
    if (!records)
        return c.fail(error);
    QList<Aids::DecisionRecord> matching;
    QStringList recorded;
    for (const Aids::DecisionRecord &r : *records) {
        recorded << r.aidId;
        if (aidId.isEmpty() || r.aidId == aidId)
            matching << r;
    }
    if (matching.isEmpty())
        return c.fail(aidId.isEmpty() ? RenderText::tr("Visit %1 has no decision record.").arg(visitId)
                                      : RenderText::tr("Visit %1 has no decision record for %2 (recorded: %3).")
                                            .arg(QString::number(visitId), aidId, recorded.join(u", "_s)));
    if (matching.size() > 1)
        return c.usage(RenderText::tr("Visit %1 has decision records for %2; choose one with --aid.").arg(QString::number(visitId), recorded.join(u", "_s)));
    const Aids::DecisionRecord &record = matching.first();
    const auto library = Aids::AidLibrary::load();
    const Aids::DecisionAid *aid = library.find(record.aidId);
    if (!aid)
        return c.fail(RenderText::tr("The decision aid %1 is not available, so its summary cannot be printed.").arg(record.aidId));
    const auto patient = PatientRepository(db.connection()).find(visit->patientId);
    const auto clinician = ClinicianRepository(db.connection()).find(visit->clinicianId);
    DecisionSummaryInput in(*aid, record, library.registry());
    in.patientName = patient ? patient->givenName + u' ' + patient->familyName : QString();
    in.visitDate = visit->visitDate;
    in.clinicianName = clinician ? clinician->name : QString();
    in.language = c.inv.lang;
    in.largePrint = largePrint;
    const QByteArray pdf = renderDecisionSummaryPdf(in, &error);
    if (pdf.isEmpty())
        return c.fail(error);
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return c.fail(RenderText::tr("Cannot write %1: %2").arg(outPath, file.errorString()));
    ArchivedDocument doc;
    doc.visitId = visitId;
    doc.kind = u"decision-summary"_s;
    doc.language = c.inv.lang;
    doc.pdf = pdf;
    if (const SaveResult saved = DocumentArchive(db.connection()).add(doc); !saved.ok())
        return c.fail(RenderText::tr("The PDF was written but could not be archived: %1").arg(saved.message));
    c.out << RenderText::tr("Wrote %1 (%2 bytes, SHA-256 %3); archived as document %4.")
                 .arg(outPath, QString::number(pdf.size()), doc.sha256, QString::number(doc.id))
          << u"\n"_s;
    return Success;
}
} // namespace

int renderCommand(Context &c)
{
    QCommandLineParser p;
    p.addOption({u"visit"_s, RenderText::tr("The visit."), u"ID"_s});
    p.addOption({u"out"_s, RenderText::tr("The PDF file to write."), u"FILE"_s});
    p.addOption({u"aid"_s, RenderText::tr("The decision aid, when the visit has several records."), u"ID"_s});
    p.addOption({u"large-print"_s, RenderText::tr("Large print.")});
    int code = Success;
    if (!c.parse(p, &code))
        return code;
    const QStringList kinds = p.positionalArguments();
    if (kinds.size() != 1 || !p.isSet(u"visit"_s) || !p.isSet(u"out"_s))
        return c.usage(RenderText::tr("Usage: spinedesk render KIND --visit ID --out FILE.pdf [--lang en|es] [--large-print]"));
    const QString kind = kinds.first();
    if (kLaterKinds.contains(kind))
        return c.usage(RenderText::tr("Rendering '%1' is not available in this version of SpineDesk.").arg(kind));
    if (kind != u"decision-summary")
        return c.usage(RenderText::tr("Unknown document kind '%1'.").arg(kind));
    bool ok = false;
    const qint64 visitId = p.value(u"visit"_s).toLongLong(&ok);
    if (!ok || visitId < 1)
        return c.usage(RenderText::tr("--visit takes a visit number."));
    auto db = c.openDatabase(&code);
    if (!db)
        return code;
    return decisionSummary(c, *db, visitId, p.value(u"aid"_s), p.isSet(u"large-print"_s), p.value(u"out"_s));
}

} // namespace SpineDesk::Cli
