#pragma once

#include "core/visitdossier.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace SpineDesk {

namespace Instruments {
class Library;
}

struct FhirExportOptions {
    QDateTime timestamp;  // when the document is assembled (Bundle.timestamp); invalid: now
    // Empty: random UUIDs. Otherwise every urn:uuid is name-based (v5) on this seed and the
    // resource's identity, so the same visit and seed always give the same document.
    QString uuidSeed;
    QByteArray letterPdf; // the letter's PDF; when given, a DocumentReference carries it
    // Namespace for SpineDesk's own identifiers and Questionnaire canonicals. ".invalid"
    // (RFC 2606) says no one resolves it; a clinic with its own namespace sets it here.
    QString namespaceBase = QStringLiteral("https://spinedesk.invalid/fhir");
};

// One visit as a FHIR R4 document Bundle (codes-and-fhir.md §4): Composition first (Consult
// note, final when the plan is signed, preliminary for a draft), then every resource it
// references: Patient, Practitioner(s), PractitionerRole, Organization, Encounter, Conditions,
// QuestionnaireResponses and score Observations, Goals, CarePlan, ServiceRequests for
// referrals and, with a PDF, a DocumentReference. Only codes tagged [V] are emitted.
QJsonObject exportFhirBundle(const VisitDossier &dossier, const Instruments::Library &library,
                             const FhirExportOptions &options);

} // namespace SpineDesk
