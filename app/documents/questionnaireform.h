#pragma once

#include "core/instruments/definition.h"

#include <QString>
#include <memory>

class QTextDocument;

namespace SpineDesk {

// A blank paper form of an instrument, for patients who fill it in on paper and for the
// clinician's transcription: the items and options, the recall period, and the licence
// attribution its terms require on every print (instruments.md §1). One renderer serves
// preview, print and PDF.
std::unique_ptr<QTextDocument> questionnaireDocument(const Instruments::Definition &d, const QString &lang,
                                                     const QString &patientLine = {});
bool writeQuestionnairePdf(const Instruments::Definition &d, const QString &lang, const QString &patientLine,
                           const QString &file, QString *error);

} // namespace SpineDesk
