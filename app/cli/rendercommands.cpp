#include "cli/rendercommands.h"

#include "cli/context.h"
#include "core/decisionaids/aidlibrary.h"
#include "core/instruments/library.h"
#include "documents/decisionsummary.h"
#include "documents/visitdocuments.h"
#include "storage/dossierloader.h"
#include "storage/clinicianrepository.h"
#include "storage/decisionrepository.h"
#include "storage/documentarchive.h"
#include "storage/patientrepository.h"
#include "storage/visitrepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace SpineDesk::Cli {

namespace {
struct RenderText {
    Q_DECLARE_TR_FUNCTIONS(RenderText)
};

// Writes the PDF atomically, then archives exactly those bytes (letter-and-handouts.md §6).
int writeAndArchive(Context &c, Database &db, ArchivedDocument doc, const QString &outPath)
{
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(doc.pdf) != doc.pdf.size() || !file.commit())
        return c.fail(RenderText::tr("Cannot write %1: %2").arg(outPath, file.errorString()));
    doc.route = u"pdf"_s;
    if (const SaveResult saved = DocumentArchive(db.connection()).add(doc); !saved.ok())
        return c.fail(RenderText::tr("The PDF was written but could not be archived: %1").arg(saved.message));
    c.out << RenderText::tr("Wrote %1 (%2 bytes, SHA-256 %3); archived as document %4.")
                 .arg(outPath, QString::number(doc.pdf.size()), doc.sha256, QString::number(doc.id))
          << u"\n"_s;
    return Success;
}

struct VisitDocumentOptions {
    DocumentKind kind = DocumentKind::Letter;
    bool largePrint = false;
    bool faxCover = false;
    QString surgeon;
    QString handoutId;
};

int visitDocument(Context &c, Database &db, qint64 visitId, const VisitDocumentOptions &o, const QString &outPath)
{
    const auto instruments = Instruments::Library::load(Instruments::Library::bundledDirectory());
    QString error;
    DocumentRequest request;
    request.kind = o.kind;
    // Patient documents follow the patient's preferred language unless --lang says otherwise;
    // the clinician documents are always in the clinic's working language (§5 rules 3 and 5).
    // The dossier's own worded parts (red-flag status, criteria) come in that language too.
    auto dossier = loadVisitDossierFor(
        [&](const VisitDossier &d) {
            request.language = c.inv.langGiven ? c.inv.lang : patientDocumentLanguage(d.patient);
            return visitDocumentLanguage(d, request);
        },
        db.connection(), instruments, visitId, &error);
    if (!dossier)
        return c.fail(error);
    if (!o.surgeon.isEmpty())
        dossier->surgeonName = o.surgeon;
    const auto aids = Aids::AidLibrary::load();
    request.largePrint = o.largePrint;
    request.faxCover = o.faxCover;
    request.libraryHandoutId = o.handoutId;
    DocumentReport report;
    const QByteArray pdf = renderVisitDocumentPdf(*dossier, &aids, request, &error, &report);
    if (pdf.isEmpty())
        return c.fail(error);
    ArchivedDocument doc;
    doc.notice = report.pageNotice;
    doc.visitId = visitId;
    doc.kind = documentKindCode(o.kind);
    doc.language = visitDocumentLanguage(*dossier, request);
    doc.revision = dossier->planRevision();
    doc.pdf = pdf;
    if (o.kind == DocumentKind::Letter || o.kind == DocumentKind::PtPlan)
        doc.recipient = dossier->referrer ? dossier->referrer->name : QString();
    else if (o.kind == DocumentKind::PaSummary)
        doc.recipient = o.surgeon;
    else
        doc.recipient = RenderText::tr("patient");
    if (dossier->isDraft())
        c.err << RenderText::tr("The plan of visit %1 is not signed: every page says DRAFT.").arg(visitId) << u"\n"_s;
    return writeAndArchive(c, db, doc, outPath);
}

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
    in.language = c.inv.langGiven || !patient ? c.inv.lang : patientDocumentLanguage(*patient);
    in.largePrint = largePrint;
    DecisionSummaryLayout layout;
    const QByteArray pdf = renderDecisionSummaryPdf(in, &error, &layout);
    if (pdf.isEmpty())
        return c.fail(error);
    ArchivedDocument doc;
    doc.notice = layout.pageNotice.simplified();
    doc.visitId = visitId;
    doc.kind = u"decision-summary"_s;
    doc.language = in.language;
    doc.recipient = RenderText::tr("patient");
    doc.pdf = pdf;
    return writeAndArchive(c, db, doc, outPath);
}
} // namespace

int archiveDemoDocuments(Context &c, Database &db, int visits, int *made)
{
    *made = 0;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT v.id FROM visits v JOIN plans p ON p.visit_id = v.id WHERE p.status = 'signed' "
              "ORDER BY v.visit_date DESC, v.id DESC LIMIT ?"_s);
    q.addBindValue(visits);
    if (!q.exec())
        return c.fail(q.lastError().text());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    const auto instruments = Instruments::Library::load(Instruments::Library::bundledDirectory());
    const auto aids = Aids::AidLibrary::load();
    DocumentArchive archive(db.connection());
    for (qint64 id : ids) {
        for (DocumentKind kind : {DocumentKind::Letter, DocumentKind::Handout}) {
            QString error;
            DocumentRequest request;
            request.kind = kind;
            const auto dossier = loadVisitDossierFor(
                [&request](const VisitDossier &d) {
                    request.language = patientDocumentLanguage(d.patient);
                    return visitDocumentLanguage(d, request);
                },
                db.connection(), instruments, id, &error);
            if (!dossier)
                return c.fail(error);
            ArchivedDocument doc;
            DocumentReport report;
            doc.pdf = renderVisitDocumentPdf(*dossier, &aids, request, &error, &report);
            doc.notice = report.pageNotice;
            if (doc.pdf.isEmpty())
                return c.fail(RenderText::tr("The demo %1 for visit %2 could not be made: %3")
                                  .arg(documentKindCode(kind), QString::number(id), error));
            doc.visitId = id;
            doc.kind = documentKindCode(kind);
            doc.language = visitDocumentLanguage(*dossier, request);
            doc.route = u"demo"_s;
            doc.recipient = kind == DocumentKind::Letter && dossier->referrer ? dossier->referrer->name : RenderText::tr("patient");
            if (const SaveResult saved = archive.add(doc); !saved.ok())
                return c.fail(saved.message);
            ++*made;
        }
    }
    return Success;
}

int renderCommand(Context &c)
{
    QCommandLineParser p;
    p.addOption({u"visit"_s, RenderText::tr("The visit."), u"ID"_s});
    p.addOption({u"out"_s, RenderText::tr("The PDF file to write."), u"FILE"_s});
    p.addOption({u"aid"_s, RenderText::tr("The decision aid, when the visit has several records."), u"ID"_s});
    p.addOption({u"large-print"_s, RenderText::tr("Large print.")});
    p.addOption({u"fax-cover"_s, RenderText::tr("Letter and PT plan of care: add a fax cover sheet as the first page.")});
    p.addOption({u"surgeon"_s, RenderText::tr("PA summary: the surgeon it is addressed to."), u"NAME"_s});
    p.addOption({u"handout"_s, RenderText::tr("Library handout to print (with KIND library-handout)."), u"ID"_s});
    int code = Success;
    if (!c.parse(p, &code))
        return code;
    const QStringList kinds = p.positionalArguments();
    if (kinds.size() != 1 || !p.isSet(u"visit"_s) || !p.isSet(u"out"_s))
        return c.usage(RenderText::tr("Usage: spinedesk render KIND --visit ID --out FILE.pdf [--lang en|es] [--large-print]"));
    const QString kind = kinds.first();
    const auto visitKind = documentKindFromCode(kind);
    if (kind != u"decision-summary" && !visitKind)
        return c.usage(RenderText::tr("Unknown document kind '%1'.").arg(kind));
    if (visitKind == DocumentKind::LibraryHandout && !p.isSet(u"handout"_s))
        return c.usage(RenderText::tr("Name the handout with --handout ID."));
    bool ok = false;
    const qint64 visitId = p.value(u"visit"_s).toLongLong(&ok);
    if (!ok || visitId < 1)
        return c.usage(RenderText::tr("--visit takes a visit number."));
    auto db = c.openDatabase(&code);
    if (!db)
        return code;
    if (visitKind) {
        VisitDocumentOptions o;
        o.kind = *visitKind;
        o.largePrint = p.isSet(u"large-print"_s);
        o.faxCover = p.isSet(u"fax-cover"_s);
        o.surgeon = p.value(u"surgeon"_s);
        o.handoutId = p.value(u"handout"_s);
        return visitDocument(c, *db, visitId, o, p.value(u"out"_s));
    }
    return decisionSummary(c, *db, visitId, p.value(u"aid"_s), p.isSet(u"large-print"_s), p.value(u"out"_s));
}

} // namespace SpineDesk::Cli
