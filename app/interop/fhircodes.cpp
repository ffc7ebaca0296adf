#include "interop/fhircodes.h"

#include "core/plan/diagnosis.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SpineDesk::Fhir {

QString loincSystem() { return u"http://loinc.org"_s; }
QString snomedSystem() { return u"http://snomed.info/sct"_s; }
QString icd10cmSystem() { return u"http://hl7.org/fhir/sid/icd-10-cm"_s; }
QString ucumSystem() { return u"http://unitsofmeasure.org"_s; }

const QList<VerifiedCode> &verifiedLoincCodes()
{
    // Transcribed from ../shared/clinical/codes-and-fhir.md §1.1 and §1.2, rows tagged [V] only.
    // Change a row here only together with its tag there (tst_fhirbundle cross-checks the file).
    static const QList<VerifiedCode> codes{
        {u"91349-1"_s, u"STarT Back Screening Tool panel"_s},
        {u"91350-9"_s, u"Distress subscore [STarT Back]"_s},
        {u"91351-7"_s, u"Total score [STarT Back]"_s},
        {u"91352-5"_s, u"STarT Back Screening risk level"_s},
        {u"LA9194-7"_s, u"Low"_s},
        {u"LA8982-6"_s, u"Medium"_s},
        {u"LA9193-9"_s, u"High"_s},
        {u"97908-8"_s, u"Oswestry Disability Index panel"_s},
        {u"97909-6"_s, u"Oswestry disability index score"_s},
        {u"44249-1"_s, u"PHQ-9 quick depression assessment panel [Reported.PHQ]"_s},
        {u"44261-6"_s, u"Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"_s},
        {u"LA6568-5"_s, u"Not at all"_s},
        {u"LA6569-3"_s, u"Several days"_s},
        {u"LA6570-1"_s, u"More than half the days"_s},
        {u"LA6571-9"_s, u"Nearly every day"_s},
        {u"55757-9"_s, u"Patient Health Questionnaire 2 item (PHQ-2) [Reported]"_s},
        {u"44250-9"_s, u"Little interest or pleasure in doing things"_s},
        {u"44255-8"_s, u"Feeling down, depressed, or hopeless"_s},
        {u"55758-7"_s, u"Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]"_s},
        {u"70274-6"_s, u"Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"_s},
        {u"72514-3"_s, u"Pain severity - 0-10 verbal numeric rating [Score] - Reported"_s},
        {u"61753-0"_s, u"PROMIS item bank - pain interference v1.0"_s},
        {u"62193-8"_s, u"PROMIS short form - pain interference 6b v1.0"_s},
        {u"75870-6"_s, u"PROMIS short form - pain interference 8a v1.0"_s},
        {u"75259-2"_s, u"PROMIS short form - pain intensity 3a v1.0"_s},
        {u"62199-5"_s, u"PROMIS short form - physical function 10a v1.0"_s},
        {u"76700-4"_s, u"PROMIS short form - physical function 4a v1.0"_s},
        {u"91393-9"_s, u"Opioid Risk Tool panel"_s},
        {u"91392-1"_s, u"Opioid Risk Tool total score"_s},
        {u"70272-0"_s, u"PHQ-4 total score"_s},
        {u"76464-7"_s, u"American Physical Therapy Association registry panel"_s},
        {u"11488-4"_s, u"Consult note"_s},
    };
    return codes;
}

QString loincDisplay(const QString &code)
{
    for (const VerifiedCode &c : verifiedLoincCodes())
        if (c.code == code)
            return c.display;
    return {};
}

bool isVerified(const QString &system, const QString &code)
{
    if (system == loincSystem())
        return !loincDisplay(code).isEmpty();
    if (system == snomedSystem())
        return Plans::verifiedSnomedCodes().contains(code);
    if (system == icd10cmSystem())
        return Plans::verifiedIcd10Codes().contains(code);
    return false;
}

QJsonObject verifiedCodesJson()
{
    QJsonArray loinc;
    for (const VerifiedCode &c : verifiedLoincCodes())
        loinc.append(c.code);
    return {{loincSystem(), loinc},
            {snomedSystem(), QJsonArray::fromStringList(Plans::verifiedSnomedCodes())},
            {icd10cmSystem(), QJsonArray::fromStringList(Plans::verifiedIcd10Codes())}};
}

QString startBackRiskAnswer(const QString &bandCode)
{
    if (bandCode == u"low")
        return u"LA9194-7"_s;
    if (bandCode == u"medium")
        return u"LA8982-6"_s;
    if (bandCode == u"high")
        return u"LA9193-9"_s;
    return {};
}

QString consultNoteCode() { return u"11488-4"_s; }

} // namespace SpineDesk::Fhir
