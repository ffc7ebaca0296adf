#include "interop/fhirbundle.h"

#include "interop/fhircodes.h"
#include "interop/fhirparts.h"

#include <QCryptographicHash>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Fhir;

namespace {

// When the document was last logically changed: the signature or the latest addendum; a
// draft is as of the moment it is exported.
QDateTime documentTime(const VisitDossier &d, const QDateTime &exportedAt)
{
    if (!d.planSigned)
        return exportedAt;
    QDateTime at = d.planSignedAt.isValid() ? d.planSignedAt : d.visit.signedAt;
    for (const Plans::PlanAddendum &a : d.addenda)
        if (a.createdAt.isValid() && (!at.isValid() || a.createdAt > at))
            at = a.createdAt;
    return at.isValid() ? at : exportedAt;
}

QJsonObject section(const QString &title, const QString &body, Writer &w, const QStringList &entries = {})
{
    QJsonObject s{{u"title"_s, title}, {u"text"_s, narrative(body)}};
    if (!entries.isEmpty())
        s.insert(u"entry"_s, w.refs(entries));
    return s;
}

QString orNone(const QString &body, const QString &none) { return body.isEmpty() ? xhtmlParagraph(none) : body; }

QJsonArray sections(ExportContext &c, const QStringList &measureLines, const QString &documentReference)
{
    const VisitDossier &d = c.d;
    QJsonArray out;

    QString reason;
    if (d.referral && !d.referral->reason.isEmpty())
        reason += xhtmlParagraph(FhirText::tr("Reason for referral: %1").arg(d.referral->reason));
    if (d.referral && !d.referral->question.isEmpty())
        reason += xhtmlParagraph(FhirText::tr("Question asked: %1").arg(d.referral->question));
    if (d.plan && !d.plan->bottomLine.isEmpty())
        reason += xhtmlParagraph(FhirText::tr("Bottom line: %1").arg(d.plan->bottomLine));
    out.append(section(FhirText::tr("Reason for referral and bottom line"), orNone(reason, FhirText::tr("Not recorded.")), c.w));

    QStringList problems;
    if (d.plan)
        for (const Plans::ProblemEntry &p : d.plan->problems)
            problems << (p.primary ? FhirText::tr("%1 (primary)").arg(problemLine(p)) : problemLine(p));
    out.append(section(FhirText::tr("Problem list"), orNone(xhtmlList(problems), FhirText::tr("None recorded.")), c.w, c.conditions));

    QStringList history;
    if (!d.episode.title.isEmpty())
        history << FhirText::tr("Episode: %1").arg(d.episode.title);
    if (d.intake.onsetDate.isValid())
        history << FhirText::tr("Onset: %1").arg(fhirDate(d.intake.onsetDate));
    history << FhirText::tr("Duration: %1").arg(durationClassLabel(d.summary.duration));
    out.append(section(FhirText::tr("History summary"), xhtmlList(history), c.w));

    QString flags = xhtmlParagraph(d.summary.redFlagStatus.isEmpty() ? FhirText::tr("Red-flag screen not recorded.")
                                                                     : d.summary.redFlagStatus);
    flags += xhtmlList(d.summary.redFlagsPresent);
    out.append(section(FhirText::tr("Red-flag screen"), flags, c.w));

    out.append(section(FhirText::tr("Measures"), orNone(xhtmlList(measureLines), FhirText::tr("No questionnaires administered.")), c.w,
                       c.observations + c.responses));

    QStringList imaging;
    for (const ImagingStudy &s : d.intake.imaging)
        imaging << FhirText::tr("%1 %2: %3").arg(fhirDate(s.date), s.modality, s.keyFinding);
    out.append(section(FhirText::tr("Imaging"), orNone(xhtmlList(imaging), FhirText::tr("No imaging studies recorded.")), c.w));

    QStringList decisions;
    for (const Aids::DecisionRecord &r : d.decisions) {
        const QString choice = r.preferredOption.isEmpty() ? FhirText::tr("not asked yet")
                               : r.undecided()             ? FhirText::tr("not decided yet")
                                                           : r.preferredOption;
        const Aids::SureResult sure = r.sureResult();
        const QString sureText = sure.score ? FhirText::tr("SURE %1 of 4").arg(*sure.score) : FhirText::tr("SURE incomplete");
        decisions << FhirText::tr("Decision aid %1 (version %2): preferred option %3; %4")
                         .arg(r.aidId, r.aidVersion, choice, sureText);
    }
    out.append(section(FhirText::tr("Shared decision summary"), orNone(xhtmlList(decisions), FhirText::tr("No decision aid used.")), c.w));

    QStringList planEntries;
    if (!c.carePlan.isEmpty())
        planEntries << c.carePlan;
    planEntries << c.goals << c.serviceRequests;
    QStringList planLines;
    QStringList requests;
    if (d.plan) {
        for (const Plans::PlanItem &item : d.plan->activeItems()) {
            if (item.kind == Plans::ItemKind::RequestToPrimary)
                requests << item.text;
            else
                planLines << itemKindLabel(item.kind) + u": "_s + item.text;
        }
    }
    QString planBody = orNone(xhtmlList(planLines), d.plan ? FhirText::tr("No active items.") : FhirText::tr("No plan recorded."));
    if (!c.planFinal)
        planBody += xhtmlParagraph(FhirText::tr("DRAFT: this plan is not signed."));
    out.append(section(FhirText::tr("Plan"), planBody, c.w, planEntries));
    out.append(section(FhirText::tr("Requests to the primary clinician"), orNone(xhtmlList(requests, true), FhirText::tr("None.")), c.w));

    if (!documentReference.isEmpty())
        out.append(section(FhirText::tr("Consultation letter (PDF)"),
                           xhtmlParagraph(c.planFinal ? FhirText::tr("The letter as archived, attached as a PDF.") : FhirText::tr("The draft letter, attached as a PDF.")), c.w, {documentReference}));
    return out;
}

QString addDocumentReference(ExportContext &c, const QString &composition)
{
    if (c.options.letterPdf.isEmpty())
        return {};
    const QString key = u"DocumentReference/letter"_s;
    // FHIR R4 Attachment.hash is the base64 SHA-1 of the data.
    const QByteArray sha1 = QCryptographicHash::hash(c.options.letterPdf, QCryptographicHash::Sha1);
    QJsonObject attachment{{u"contentType"_s, u"application/pdf"_s},
                           {u"language"_s, c.lang},
                           {u"data"_s, QString::fromLatin1(c.options.letterPdf.toBase64())},
                           {u"size"_s, int(c.options.letterPdf.size())},
                           {u"hash"_s, QString::fromLatin1(sha1.toBase64())},
                           {u"title"_s, FhirText::tr("Consultation letter")},
                           {u"creation"_s, c.documentDate}};
    QJsonObject context{{u"encounter"_s, QJsonArray{c.w.ref(c.encounter)}},
                        {u"related"_s, QJsonArray{c.w.ref(composition)}}};
    if (c.d.visit.visitDate.isValid())
        context.insert(u"period"_s, QJsonObject{{u"start"_s, fhirDate(c.d.visit.visitDate)}, {u"end"_s, fhirDate(c.d.visit.visitDate)}});
    c.w.add(key, {{u"resourceType"_s, u"DocumentReference"_s},
                  {u"status"_s, u"current"_s},
                  {u"docStatus"_s, c.planFinal ? u"final"_s : u"preliminary"_s},
                  {u"type"_s, codeable({coding(loincSystem(), consultNoteCode(), loincDisplay(consultNoteCode()))})},
                  {u"subject"_s, c.w.ref(c.patient)},
                  {u"date"_s, c.documentDate},
                  {u"author"_s, QJsonArray{c.w.ref(c.author)}},
                  {u"custodian"_s, c.w.ref(c.organization)},
                  {u"content"_s, QJsonArray{QJsonObject{{u"attachment"_s, attachment}}}},
                  {u"context"_s, context}});
    return key;
}

} // namespace

QJsonObject exportFhirBundle(const VisitDossier &dossier, const Instruments::Library &library, const FhirExportOptions &options)
{
    QDateTime exportedAt = options.timestamp.isValid() ? options.timestamp : QDateTime::currentDateTimeUtc();
    exportedAt = exportedAt.toTimeZone(QTimeZone::utc());
    exportedAt.setTime(QTime(exportedAt.time().hour(), exportedAt.time().minute(), exportedAt.time().second()));
    QDateTime documentAt = documentTime(dossier, exportedAt).toTimeZone(QTimeZone::utc());
    documentAt.setTime(QTime(documentAt.time().hour(), documentAt.time().minute(), documentAt.time().second()));
    const QDateTime bundleAt = qMax(exportedAt, documentAt); // Bundle.timestamp ≥ Composition.date

    // Name-based UUIDs are scoped to the visit, so one seed never gives two visits the same ids.
    Writer w(options.uuidSeed.isEmpty() ? QString() : options.uuidSeed + u"/visit/"_s + QString::number(dossier.visit.id));
    ExportContext c(dossier, library, options, w);
    c.planFinal = dossier.planSigned;
    // Instants carry a time zone; Composition.date is a dateTime and is written the same way.
    c.documentDate = fhirInstant(documentAt);
    c.lang = dossier.clinic.workingLanguage.isEmpty() ? u"en"_s : dossier.clinic.workingLanguage;

    const QString composition = u"Composition"_s;
    addParties(c);
    planConditionKeys(c);
    addEncounter(c);
    addConditions(c);
    const QStringList measureLines = addMeasures(c);
    addPlanResources(c);
    const QString documentReference = addDocumentReference(c, composition);

    QString status = u"preliminary"_s;
    if (c.planFinal)
        status = dossier.addenda.isEmpty() ? u"final"_s : u"amended"_s;
    QJsonObject comp{{u"resourceType"_s, u"Composition"_s},
                     {u"language"_s, c.lang},
                     {u"status"_s, status},
                     {u"type"_s, codeable({coding(loincSystem(), consultNoteCode(), loincDisplay(consultNoteCode()))})},
                     {u"subject"_s, w.ref(c.patient)},
                     {u"encounter"_s, w.ref(c.encounter)},
                     {u"date"_s, c.documentDate},
                     {u"author"_s, QJsonArray{w.ref(c.author)}},
                     {u"title"_s, FhirText::tr("Spine center consultation")},
                     {u"custodian"_s, w.ref(c.organization)},
                     {u"section"_s, sections(c, measureLines, documentReference)}};
    if (!c.signer.isEmpty() && dossier.planSignedAt.isValid())
        comp.insert(u"attester"_s, QJsonArray{QJsonObject{{u"mode"_s, u"legal"_s},
                                                          {u"time"_s, fhirInstant(dossier.planSignedAt)},
                                                          {u"party"_s, w.ref(c.signer)}}});

    QJsonArray entries{QJsonObject{{u"fullUrl"_s, w.urn(composition)}, {u"resource"_s, comp}}};
    for (const QJsonValue &e : w.entries())
        entries.append(e);
    return {{u"resourceType"_s, u"Bundle"_s},
            {u"identifier"_s, QJsonObject{{u"system"_s, u"urn:ietf:rfc:3986"_s}, {u"value"_s, w.urn(u"Bundle"_s)}}},
            {u"type"_s, u"document"_s},
            {u"timestamp"_s, fhirInstant(bundleAt)},
            {u"entry"_s, entries}};
}

} // namespace SpineDesk
