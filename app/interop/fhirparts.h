#pragma once

// Internal to the FHIR export: what the resource builders share, and the builders.

#include "core/visitdossier.h"
#include "interop/fhirbundle.h"
#include "interop/fhirwriter.h"

#include <QCoreApplication>

namespace SpineDesk::Fhir {

struct FhirText {
    Q_DECLARE_TR_FUNCTIONS(FhirText)
};

struct ExportContext {
    ExportContext(const VisitDossier &dossier, const Instruments::Library &instruments, const FhirExportOptions &o, Writer &writer)
        : d(dossier), library(instruments), options(o), w(writer) {}

    const VisitDossier &d;
    const Instruments::Library &library;
    const FhirExportOptions &options;
    Writer &w;
    bool planFinal = false;  // the plan is signed
    QString documentDate;    // Composition.date (dateTime)
    QString lang;            // the clinic's working language

    // Resource identities (Writer keys); empty when there is no such resource.
    QString patient, encounter, organization, clinician, author, signer, referrer;
    QStringList conditions;
    QString primaryCondition;
    QStringList goals;
    QString carePlan;
    QStringList serviceRequests;
    QStringList responses, observations;

    QString system(const QString &path) const { return options.namespaceBase + u'/' + path; }
};

// Patient, clinic Organization, Practitioner(s) and PractitionerRole, referrer (fhirparties.cpp).
void addParties(ExportContext &c);
// Encounter (class AMB) with participants and diagnoses; after the conditions' keys exist.
void addEncounter(ExportContext &c);
// QuestionnaireResponses and score Observations (fhirmeasures.cpp); narrative lines back.
QStringList addMeasures(ExportContext &c);
// Conditions, Goals, CarePlan, ServiceRequests (fhirplanresources.cpp).
void planConditionKeys(ExportContext &c);
void addConditions(ExportContext &c);
void addPlanResources(ExportContext &c);
// One problem as it prints: label, qualifier and any verified codes.
QString problemLine(const Plans::ProblemEntry &p);

} // namespace SpineDesk::Fhir
