#pragma once

#include "core/instruments/definition.h"

#include <QDate>
#include <QString>
#include <memory>
#include <optional>

class QTextDocument;

namespace SpineDesk {

// Who the form is for, printed in its header.
struct BlankFormPatient {
    QString name;
    QDate birthDate;
    QString mrn;
};

// A blank paper form of an instrument, for patients who fill it in on paper and for the
// clinician's transcription: the items and options, the recall period, and the licence
// attribution its terms require on every print (instruments.md §1). One renderer serves
// preview, print and PDF. `patientLanguage` is the patient's: the form is printed in the
// instrument's validated translation for it when one is installed, else in English with a
// notice in the patient's language (letter-and-handouts.md §5 rule 1). Main thread only (the
// form's fixed texts are switched to its language with TextLanguage).
std::unique_ptr<QTextDocument> questionnaireDocument(const Instruments::Definition &d, const QString &patientLanguage,
                                                     const std::optional<BlankFormPatient> &patient = {});
bool writeQuestionnairePdf(const Instruments::Definition &d, const QString &patientLanguage,
                           const std::optional<BlankFormPatient> &patient, const QString &file, QString *error);

} // namespace SpineDesk
