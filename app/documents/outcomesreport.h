#pragma once

// The clinic's quarterly outcome report for employers and payers (issue 7): summary, access,
// case mix, outcomes (MCID with missing follow-up and completion), surgery, injections,
// low-value care, safety and the definition of every measure, with charts from outcomecharts
// painted as vectors. It counts episodes of care and carries no patient identifier: the page
// header's identity line is off (PageSetup::withoutPatient) and nothing per patient is printed.
// Like every document builder it renders what it is given and queries nothing; the work is per
// figure, never per episode, so a report of 100,000 episodes builds as fast as one of ten.

#include "core/clinic.h"
#include "core/instruments/definition.h"
#include "core/outcomes/outcomefigures.h"
#include "documents/pagedocument.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace SpineDesk {

namespace Instruments {
class Library;
}
struct DocumentReport;

struct OutcomeReportRequest {
    QDate from;                 // first visits on or after (invalid: from the start)
    QDate to;                   // first visits on or before (invalid: to date)
    ClinicProfile clinic;       // letterhead
    QString preparedBy;         // printed under the title when given
    QDateTime generatedAt;
    QString language = QStringLiteral("en"); // PDF metadata; the texts come from the program's translation
    QString documentId;         // footer; empty: "SD-outcomes-FROM-TO"
    // The MCID each outcome scale is judged by (instrument id → threshold), printed with its
    // citation; a tag other than V marks it unverified (PEG's is [R]).
    QMap<QString, Instruments::Mcid> mcid;
};

// The thresholds of the outcome scales (outcomeScales()) from the instrument library.
QMap<QString, Instruments::Mcid> outcomeMcidThresholds(const Instruments::Library &library);

// The page setup the report prints with: no patient (no identity line), never a draft.
PageSetup outcomeReportSetup(const OutcomeReportRequest &request);

// Builds the report into `doc` (which may arrive with any setup: the builder replaces it with
// outcomeReportSetup). False with `error` set when content was already added or the period is
// reversed.
bool buildOutcomeReport(PageDocument &doc, const Outcomes::OutcomeFigures &figures, const OutcomeReportRequest &request,
                        QString *error);

// The report as a Letter-size PDF; empty with `error` set on failure (no usable font, …).
// Needs a QApplication (Qt Charts).
QByteArray renderOutcomeReportPdf(const Outcomes::OutcomeFigures &figures, const OutcomeReportRequest &request, QString *error,
                                  DocumentReport *report = nullptr);

} // namespace SpineDesk
