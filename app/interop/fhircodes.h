#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace SpineDesk::Fhir {

// Code systems the export writes (codes-and-fhir.md §4).
QString loincSystem();   // http://loinc.org
QString snomedSystem();  // http://snomed.info/sct
QString icd10cmSystem(); // http://hl7.org/fhir/sid/icd-10-cm
QString ucumSystem();    // http://unitsofmeasure.org

struct VerifiedCode {
    QString code;
    QString display;
};

// The LOINC codes codes-and-fhir.md §1 marks [V] (the rule for codes): only these are emitted;
// a code tagged [S], [R] or [U] is exported as code.text until someone verifies it there.
// 44262-4 is [V] but deprecated, so it is left out. ICD-10-CM and SNOMED CT come from
// Plans::verifiedIcd10Codes() / verifiedSnomedCodes(), the one list the diagnoses use.
const QList<VerifiedCode> &verifiedLoincCodes();
bool isVerified(const QString &system, const QString &code);
QString loincDisplay(const QString &code); // empty when not verified

// {"http://loinc.org": [...], "http://snomed.info/sct": [...], "http://hl7.org/fhir/sid/icd-10-cm": [...]}
// for the offline validator (tests/fhir/validate.mjs --codes).
QJsonObject verifiedCodesJson();

// STarT Back risk level (91352-5) answer, LOINC answer list LL3578-3; empty for another band.
QString startBackRiskAnswer(const QString &bandCode);

// The Consult note document type (codes-and-fhir.md §1.2, [V]).
QString consultNoteCode();

} // namespace SpineDesk::Fhir
