// The plan: problems as Conditions, goals, the CarePlan and a ServiceRequest per referral.
#include "interop/fhircodes.h"
#include "interop/fhirparts.h"

#include "core/plan/diagnosis.h"

using namespace Qt::StringLiterals;

namespace SpineDesk::Fhir {

namespace {

// The problem in words: the catalogue's label with the clinician's qualifier, or free text.
QString problemText(const Plans::ProblemEntry &p)
{
    const Plans::DiagnosisDefinition *def = Plans::DiagnosisCatalogue::bundled().find(p.diagnosisId);
    if (!def)
        return p.text;
    return p.text.isEmpty() ? def->label : def->label + u" \u2014 "_s + p.text;
}

QJsonObject problemCode(const Plans::ProblemEntry &p)
{
    const Plans::DiagnosisDefinition *def = Plans::DiagnosisCatalogue::bundled().find(p.diagnosisId);
    QJsonArray codings;
    if (def && isVerified(icd10cmSystem(), def->icd10cm))
        codings.append(coding(icd10cmSystem(), def->icd10cm, def->icd10Title));
    if (def && isVerified(snomedSystem(), def->snomed))
        codings.append(coding(snomedSystem(), def->snomed, def->snomedDisplay));
    return codeable(codings, problemText(p));
}

QString itemLine(const Plans::PlanItem &item) { return itemKindLabel(item.kind) + u": "_s + item.text; }

} // namespace

QString problemLine(const Plans::ProblemEntry &p)
{
    const Plans::DiagnosisDefinition *def = Plans::DiagnosisCatalogue::bundled().find(p.diagnosisId);
    QString line = problemText(p);
    if (!def)
        return line;
    QStringList codes;
    if (isVerified(icd10cmSystem(), def->icd10cm))
        codes << u"ICD-10-CM "_s + def->icd10cm;
    if (isVerified(snomedSystem(), def->snomed))
        codes << u"SNOMED CT "_s + def->snomed;
    if (!codes.isEmpty())
        line += u" ("_s + codes.join(u"; "_s) + u')';
    return line;
}

void planConditionKeys(ExportContext &c)
{
    if (!c.d.plan)
        return;
    const QList<Plans::ProblemEntry> &problems = c.d.plan->problems;
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const QString key = u"Condition/"_s + QString::number(i + 1);
        c.conditions << key;
        if (problems[i].primary && c.primaryCondition.isEmpty())
            c.primaryCondition = key;
    }
    if (c.primaryCondition.isEmpty() && !c.conditions.isEmpty())
        c.primaryCondition = c.conditions.first();
}

void addConditions(ExportContext &c)
{
    if (!c.d.plan)
        return;
    const QList<Plans::ProblemEntry> &problems = c.d.plan->problems;
    for (qsizetype i = 0; i < problems.size(); ++i) {
        QJsonObject condition{
            {u"resourceType"_s, u"Condition"_s},
            {u"clinicalStatus"_s, codeable({coding(u"http://terminology.hl7.org/CodeSystem/condition-clinical"_s, u"active"_s, u"Active"_s)})},
            {u"category"_s, QJsonArray{codeable({coding(u"http://terminology.hl7.org/CodeSystem/condition-category"_s,
                                                       u"encounter-diagnosis"_s, u"Encounter Diagnosis"_s)})}},
            {u"code"_s, problemCode(problems[i])},
            {u"subject"_s, c.w.ref(c.patient)},
            {u"encounter"_s, c.w.ref(c.encounter)}};
        if (c.d.visit.visitDate.isValid())
            condition.insert(u"recordedDate"_s, fhirDate(c.d.visit.visitDate));
        if (!c.clinician.isEmpty())
            condition.insert(u"recorder"_s, c.w.ref(c.clinician));
        c.w.add(c.conditions.at(i), condition);
    }
}

void addPlanResources(ExportContext &c)
{
    if (!c.d.plan)
        return;
    const Plans::TreatmentPlan &plan = *c.d.plan;
    c.carePlan = u"CarePlan/"_s + QString::number(c.d.visit.id);

    QStringList goalLines;
    for (qsizetype i = 0; i < plan.goals.size(); ++i) {
        const Plans::Goal &g = plan.goals[i];
        const QString key = u"Goal/"_s + QString::number(i + 1);
        QJsonObject goal{{u"resourceType"_s, u"Goal"_s},
                         {u"lifecycleStatus"_s, c.planFinal ? u"active"_s : u"proposed"_s},
                         {u"description"_s, textConcept(g.text)},
                         {u"subject"_s, c.w.ref(c.patient)}};
        if (g.targetDate.isValid())
            goal.insert(u"target"_s, QJsonArray{QJsonObject{{u"dueDate"_s, fhirDate(g.targetDate)}}});
        if (!c.conditions.isEmpty())
            goal.insert(u"addresses"_s, c.w.refs(c.conditions));
        c.w.add(key, goal);
        c.goals << key;
        goalLines << (g.targetDate.isValid() ? FhirText::tr("%1 (by %2)").arg(g.text, fhirDate(g.targetDate)) : g.text);
    }

    QJsonArray activities;
    QStringList itemLines;
    for (const Plans::PlanItem &item : plan.activeItems()) {
        itemLines << itemLine(item);
        if (!Plans::isReferral(item.kind)) {
            activities.append(QJsonObject{{u"detail"_s, QJsonObject{{u"code"_s, textConcept(itemKindLabel(item.kind))},
                                                                     {u"status"_s, u"not-started"_s},
                                                                     {u"description"_s, item.text}}}});
            continue;
        }
        const QString key = u"ServiceRequest/"_s + item.id;
        QJsonObject request{{u"resourceType"_s, u"ServiceRequest"_s},
                            {u"status"_s, c.planFinal ? u"active"_s : u"draft"_s},
                            {u"intent"_s, c.planFinal ? u"order"_s : u"proposal"_s},
                            {u"category"_s, QJsonArray{textConcept(itemKindLabel(item.kind))}},
                            {u"code"_s, textConcept(item.text)},
                            {u"subject"_s, c.w.ref(c.patient)},
                            {u"encounter"_s, c.w.ref(c.encounter)},
                            {u"authoredOn"_s, c.documentDate},
                            {u"basedOn"_s, QJsonArray{c.w.ref(c.carePlan)}}};
        if (!c.clinician.isEmpty())
            request.insert(u"requester"_s, c.w.ref(c.author));
        if (!c.primaryCondition.isEmpty())
            request.insert(u"reasonReference"_s, QJsonArray{c.w.ref(c.primaryCondition)});
        if (!item.rationale.isEmpty())
            request.insert(u"note"_s, QJsonArray{QJsonObject{{u"text"_s, item.rationale}}});
        c.serviceRequests << key;
        activities.append(QJsonObject{{u"reference"_s, c.w.ref(key)}});
        c.w.add(key, request);
    }

    QString body;
    if (!plan.bottomLine.isEmpty())
        body += xhtmlParagraph(plan.bottomLine);
    body += xhtmlParagraph(FhirText::tr("Plan:"));
    body += itemLines.isEmpty() ? xhtmlParagraph(FhirText::tr("No active items.")) : xhtmlList(itemLines);
    body += xhtmlParagraph(FhirText::tr("Goals:"));
    body += goalLines.isEmpty() ? xhtmlParagraph(FhirText::tr("No goals recorded.")) : xhtmlList(goalLines);
    if (!plan.followUp.isEmpty())
        body += xhtmlParagraph(FhirText::tr("Follow-up: %1").arg(plan.followUp));
    if (!c.planFinal)
        body += xhtmlParagraph(FhirText::tr("DRAFT: this plan is not signed."));

    QJsonObject carePlan{
        {u"resourceType"_s, u"CarePlan"_s},
        {u"text"_s, narrative(body)},
        {u"status"_s, c.planFinal ? u"active"_s : u"draft"_s},
        {u"intent"_s, u"plan"_s},
        {u"category"_s, QJsonArray{codeable({coding(u"http://hl7.org/fhir/us/core/CodeSystem/careplan-category"_s, u"assess-plan"_s,
                                                   u"Assessment and Plan of Treatment"_s)})}},
        {u"title"_s, FhirText::tr("Treatment plan")},
        {u"subject"_s, c.w.ref(c.patient)},
        {u"encounter"_s, c.w.ref(c.encounter)},
        {u"created"_s, c.documentDate},
        {u"author"_s, c.w.ref(c.author)}};
    if (!plan.bottomLine.isEmpty())
        carePlan.insert(u"description"_s, plan.bottomLine);
    if (c.d.visit.visitDate.isValid())
        carePlan.insert(u"period"_s, QJsonObject{{u"start"_s, fhirDate(c.d.visit.visitDate)}});
    if (!c.conditions.isEmpty())
        carePlan.insert(u"addresses"_s, c.w.refs(c.conditions));
    if (!c.goals.isEmpty())
        carePlan.insert(u"goal"_s, c.w.refs(c.goals));
    if (!activities.isEmpty())
        carePlan.insert(u"activity"_s, activities);
    c.w.add(c.carePlan, carePlan);
}

} // namespace SpineDesk::Fhir
