// Who and where: the patient, the clinic, its clinicians, the referrer and the visit itself.
#include "interop/fhirparts.h"

using namespace Qt::StringLiterals;

namespace SpineDesk::Fhir {

namespace {


void addTelecom(QJsonArray &telecom, const QString &system, const QString &value, const QString &use = {})
{
    if (value.trimmed().isEmpty())
        return;
    QJsonObject t{{u"system"_s, system}, {u"value"_s, value.trimmed()}};
    if (!use.isEmpty())
        t.insert(u"use"_s, use);
    telecom.append(t);
}

QJsonObject practitioner(ExportContext &c, const Clinician &who)
{
    QJsonObject name{{u"text"_s, who.name}};
    if (!who.credentials.isEmpty())
        name.insert(u"suffix"_s, QJsonArray{who.credentials});
    return {{u"resourceType"_s, u"Practitioner"_s},
            {u"identifier"_s, QJsonArray{QJsonObject{{u"system"_s, c.system(u"sid/clinician"_s)},
                                                     {u"value"_s, QString::number(who.id)}}}},
            {u"active"_s, who.active},
            {u"name"_s, QJsonArray{name}}};
}

void addPatient(ExportContext &c)
{
    const Patient &p = c.d.patient;
    c.patient = u"Patient/"_s + QString::number(p.id);
    QJsonObject patient{{u"resourceType"_s, u"Patient"_s}};
    if (!p.mrn.isEmpty()) {
        const QJsonObject type = codeable({coding(u"http://terminology.hl7.org/CodeSystem/v2-0203"_s, u"MR"_s,
                                                 u"Medical record number"_s)});
        patient.insert(u"identifier"_s, QJsonArray{QJsonObject{{u"use"_s, u"usual"_s}, {u"type"_s, type},
                                                               {u"system"_s, c.system(u"sid/mrn"_s)}, {u"value"_s, p.mrn}}});
    }
    QJsonObject name{{u"use"_s, u"official"_s}};
    if (!p.familyName.isEmpty())
        name.insert(u"family"_s, p.familyName);
    if (!p.givenName.isEmpty())
        name.insert(u"given"_s, QJsonArray{p.givenName});
    patient.insert(u"name"_s, QJsonArray{name});
    QJsonArray telecom;
    addTelecom(telecom, u"phone"_s, p.phone, u"home"_s);
    if (!telecom.isEmpty())
        patient.insert(u"telecom"_s, telecom);
    patient.insert(u"gender"_s, sexCode(p.sex)); // the same four codes as FHIR administrative-gender
    if (p.birthDate.isValid())
        patient.insert(u"birthDate"_s, fhirDate(p.birthDate));
    if (!p.preferredLanguage.isEmpty()) {
        const QJsonObject language = codeable({coding(u"urn:ietf:bcp:47"_s, p.preferredLanguage)});
        patient.insert(u"communication"_s, QJsonArray{QJsonObject{{u"language"_s, language}, {u"preferred"_s, true}}});
    }
    c.w.add(c.patient, patient);
}

void addClinic(ExportContext &c)
{
    const ClinicProfile &clinic = c.d.clinic;
    c.organization = u"Organization/clinic"_s;
    QJsonObject org{{u"resourceType"_s, u"Organization"_s}, {u"active"_s, true},
                    {u"name"_s, clinic.isEmpty() ? FhirText::tr("Spine center (name not set)") : clinic.name}};
    QJsonArray telecom;
    addTelecom(telecom, u"phone"_s, clinic.phone, u"work"_s);
    addTelecom(telecom, u"fax"_s, clinic.fax, u"work"_s);
    if (!telecom.isEmpty())
        org.insert(u"telecom"_s, telecom);
    if (!clinic.addressLines.isEmpty())
        org.insert(u"address"_s, QJsonArray{QJsonObject{{u"use"_s, u"work"_s}, {u"line"_s, QJsonArray::fromStringList(clinic.addressLines)},
                                                        {u"text"_s, clinic.addressLines.join(u", "_s)}}});
    c.w.add(c.organization, org);
}

void addClinicians(ExportContext &c)
{
    c.author = c.organization; // a document always has an author; the clinic when no clinician is known
    if (c.d.clinician) {
        const Clinician &who = *c.d.clinician;
        c.clinician = u"Practitioner/"_s + QString::number(who.id);
        c.w.add(c.clinician, practitioner(c, who));
        c.author = u"PractitionerRole/"_s + QString::number(who.id);
        c.w.add(c.author, {{u"resourceType"_s, u"PractitionerRole"_s},
                           {u"active"_s, true},
                           {u"practitioner"_s, c.w.ref(c.clinician)},
                           {u"organization"_s, c.w.ref(c.organization)},
                           {u"code"_s, QJsonArray{textConcept(clinicianRoleLabel(who.role))}}});
    }
    if (c.planFinal && c.d.signer) {
        c.signer = u"Practitioner/"_s + QString::number(c.d.signer->id);
        if (c.signer != c.clinician)
            c.w.add(c.signer, practitioner(c, *c.d.signer));
    }
}

void addReferrer(ExportContext &c)
{
    if (!c.d.referrer)
        return;
    const ReferringClinician &r = *c.d.referrer;
    c.referrer = u"Practitioner/referrer/"_s + QString::number(r.id);
    QJsonObject practitioner{{u"resourceType"_s, u"Practitioner"_s},
                             {u"identifier"_s, QJsonArray{QJsonObject{{u"system"_s, c.system(u"sid/referring-clinician"_s)},
                                                                      {u"value"_s, QString::number(r.id)}}}},
                             {u"name"_s, QJsonArray{QJsonObject{{u"text"_s, r.name}}}}};
    QJsonArray telecom;
    addTelecom(telecom, u"phone"_s, r.phone, u"work"_s);
    addTelecom(telecom, u"fax"_s, r.fax, u"work"_s);
    addTelecom(telecom, u"email"_s, r.directAddress, u"work"_s); // Direct addresses are mail addresses
    if (!telecom.isEmpty())
        practitioner.insert(u"telecom"_s, telecom);
    if (!r.practice.isEmpty())
        practitioner.insert(u"address"_s, QJsonArray{QJsonObject{{u"text"_s, r.practice}}});
    c.w.add(c.referrer, practitioner);
}

QJsonObject participant(ExportContext &c, const QString &code, const QString &display, const QString &who)
{
    const QJsonObject type = codeable({coding(u"http://terminology.hl7.org/CodeSystem/v3-ParticipationType"_s, code, display)});
    return {{u"type"_s, QJsonArray{type}}, {u"individual"_s, c.w.ref(who)}};
}

} // namespace

void addParties(ExportContext &c)
{
    addPatient(c);
    addClinic(c);
    addClinicians(c);
    addReferrer(c);
}

void addEncounter(ExportContext &c)
{
    const Visit &v = c.d.visit;
    c.encounter = u"Encounter/"_s + QString::number(v.id);
    QJsonObject enc{{u"resourceType"_s, u"Encounter"_s},
                    {u"identifier"_s, QJsonArray{QJsonObject{{u"system"_s, c.system(u"sid/visit"_s)}, {u"value"_s, QString::number(v.id)}}}},
                    {u"status"_s, v.isSigned() ? u"finished"_s : u"in-progress"_s},
                    {u"class"_s, coding(u"http://terminology.hl7.org/CodeSystem/v3-ActCode"_s, u"AMB"_s, u"ambulatory"_s)},
                    {u"type"_s, QJsonArray{textConcept(visitKindLabel(v.kind))}},
                    {u"subject"_s, c.w.ref(c.patient)}};
    QJsonArray participants;
    if (!c.clinician.isEmpty())
        participants.append(participant(c, u"ATND"_s, u"attender"_s, c.clinician));
    if (!c.referrer.isEmpty())
        participants.append(participant(c, u"REF"_s, u"referrer"_s, c.referrer));
    if (!participants.isEmpty())
        enc.insert(u"participant"_s, participants);
    if (v.visitDate.isValid())
        enc.insert(u"period"_s, QJsonObject{{u"start"_s, fhirDate(v.visitDate)}, {u"end"_s, fhirDate(v.visitDate)}});
    if (c.d.referral && !c.d.referral->reason.isEmpty())
        enc.insert(u"reasonCode"_s, QJsonArray{textConcept(c.d.referral->reason)});
    QJsonArray diagnoses;
    int rank = 1;
    if (!c.primaryCondition.isEmpty())
        diagnoses.append(QJsonObject{{u"condition"_s, c.w.ref(c.primaryCondition)}, {u"rank"_s, rank++}});
    for (const QString &key : c.conditions)
        if (key != c.primaryCondition)
            diagnoses.append(QJsonObject{{u"condition"_s, c.w.ref(key)}, {u"rank"_s, rank++}});
    if (!diagnoses.isEmpty())
        enc.insert(u"diagnosis"_s, diagnoses);
    enc.insert(u"serviceProvider"_s, c.w.ref(c.organization));
    c.w.add(c.encounter, enc);
}

} // namespace SpineDesk::Fhir
