#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk::Plans {

// One working diagnosis the clinic may put on a problem list, with the codes that may be
// emitted for it. Codes are only those codes-and-fhir.md marks [V]; a diagnosis whose code
// is not verified carries none and is printed and exported as text (rule for codes).
struct DiagnosisDefinition {
    QString id;           // stable, e.g. "lumbar-disc-radiculopathy"
    QString label;        // for clinicians, English (the letter's language)
    QString patientWords; // plain words for the handout
    QString icd10cm;      // empty when no verified code
    QString icd10Title;
    QString snomed;       // empty when no verified code
    QString snomedDisplay;
    QString note;         // e.g. why the code is missing
    bool nonSpecific = false; // non-specific low back pain (fusion and injection checks)
    bool radicular = false;   // a radicular indication (injection checks)
    bool stenosis = false;
};

// resources/codes/diagnoses.json, loaded strictly: unknown keys, duplicate ids, a code not in
// the verified list, the M54.16/M51.16 Excludes1 pair — each an error naming file and path.
class DiagnosisCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisCatalogue)
public:
    static const DiagnosisCatalogue &bundled();
    static DiagnosisCatalogue parse(const QByteArray &json, const QString &fileName, QStringList *errors);

    const QList<DiagnosisDefinition> &all() const { return m_all; }
    const DiagnosisDefinition *find(const QString &id) const;
    QString checkedAgainst() const { return m_checkedAgainst; } // provenance of the code list
    QStringList errors() const { return m_errors; }             // of the bundled file

private:
    QList<DiagnosisDefinition> m_all;
    QString m_checkedAgainst;
    QStringList m_errors;
};

// The ICD-10-CM and SNOMED CT codes codes-and-fhir.md marks [V]; nothing else is emitted.
const QStringList &verifiedIcd10Codes();
const QStringList &verifiedSnomedCodes();

// ICD-10-CM Excludes1: M54.16/M54.17 are not coded together with M51.16/M51.17.
QString excludesConflict(const QStringList &icd10Codes);

} // namespace SpineDesk::Plans
