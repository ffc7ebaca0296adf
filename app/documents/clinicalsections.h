#pragma once

#include "core/visitdossier.h"
#include "documents/pagedocument.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace SpineDesk {

namespace Aids {
class AidLibrary;
}

// Pieces the clinician documents share (the letter, the PA summary and the PT plan of care print
// the same examination, imaging, conservative-care and decision facts the same way), and the
// date wording the patient documents share.
namespace ClinicalSections {

QString date(const QDate &d);          // ISO 8601, or "not recorded"
QString dateTime(const QDateTime &t);  // "2026-10-01 14:05", or "not recorded"
QString orNone(const QString &text);   // "none" for an empty text
// Dates in words for patient documents ("October 5, 2026", "5 de octubre de 2026"): a patient
// should not have to guess the order of day and month.
QString dateInWords(const QDate &date, const QString &language);
QString notRecorded();

// The addressee of a clinician document: "Dr Pat Primary, Hillside Family Medicine, fax
// 555-0100", or "not recorded".
QString referrerLine(const VisitDossier &dossier);

// "Lumbar disc disorder with radiculopathy (left L5) — ICD-10-CM M51.16, primary"; a code
// only when the bundled catalogue has a verified one.
QString problemLine(const Plans::ProblemEntry &problem);
// The problem list as bullets ("none recorded" when empty), with the code list's provenance
// when `provenance` (the PA reviewer checks codes; the letter's reader does not need it).
void problemList(PageDocument &doc, const VisitDossier &dossier, bool provenance);

// Never "negative" unless the screen is complete (red-flags.md §5 rules 2 and 7). Lists
// present flags, actions (plan items of kind RedFlagAction) and flags still without an action.
void redFlagScreen(PageDocument &doc, const VisitDossier &dossier);

// Strength and sensation by root and side, then reflexes and nerve-tension signs. `byRoot`
// prints the full root-by-side table (PA summary); otherwise strength and sensation are one
// line each naming what is not normal and what was not tested (the letter).
void examination(PageDocument &doc, const VisitDossier &dossier, bool byRoot);

// Each study: date, modality, level, finding, concordance; `asOf` adds the age in months.
void imagingTable(PageDocument &doc, const Intake &intake, const QDate &asOf, bool withAge);

// Conservative care: modality, provider, start–end, sessions, response, with totals.
void conservativeCareTable(PageDocument &doc, const Intake &intake, const QDate &asOf);
void medicationsAndInjections(PageDocument &doc, const Intake &intake);

// One decision record: aid and version, options, values, choice, SURE with the conflict flag.
void decisionRecord(PageDocument &doc, const Aids::DecisionRecord &record, const Aids::AidLibrary *aids);

// The measures table: instrument, date, score, band, baseline date and change against the MCID.
void measuresTable(PageDocument &doc, const AssessmentSummary &summary);

} // namespace ClinicalSections
} // namespace SpineDesk
