#pragma once

// The outcome report's figures as CSV (issue 7), for employers and payers who want the
// numbers rather than the PDF. RFC 4180 (Csv::line: CRLF, fields quoted when they hold a comma,
// quote or line break), UTF-8, one header row, then one row per figure. Episodes of care are
// counted; no patient identifier (name, MRN, birth date, patient or episode id) is written.
//
// Columns:
//   section      summary, access, case-mix, outcomes, surgery, injections, low-value, safety
//   measure      the figure, e.g. "median-days", "stratum", "mcid-reached", "referred"
//   group        what the row is about within the measure: a case-mix key ("low", "chronic",
//                a diagnosis id; "not-recorded" for none), an outcome cell "<instrument>-<weeks>w"
//                ("odi-6w"), or empty
//   numerator    the count; for access median-days and p90-days, the value in days
//   denominator  the count the numerator is out of; empty when the row is not a share
//   percent      100 × numerator ÷ denominator with one decimal; empty when the row is not a
//                share or the denominator is 0 (no patients, never 0 %)
//   definition   what the row counts, in words (PEG's MCID rows say it is unverified)
//
// Rows: summary (episodes, evaluated, follow-up seen), access (median-days, p90-days, count,
// excluded), case-mix (every stratum, duration and condition key, of all episodes), outcomes
// (per scale and time point: mcid-reached of evaluated, mcid-by-absolute and
// mcid-by-percent-only of reached, mcid-eligible of episodes, mcid-missing of eligible),
// surgery (referred, not-referred), injections (esi-recommended, esi-criteria-met), low-value
// (early-imaging, opioid-chronic, fusion-non-specific), safety (alert-episodes,
// alerts-followed-up).

#include "core/outcomes/outcomefigures.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace SpineDesk {

QStringList outcomesCsvColumns(); // section, measure, group, numerator, denominator, percent, definition

// `unverifiedMcid`: instrument id → tag of an MCID not verified against its source (PEG's is
// "R"; the CLI passes the instrument library's tags); those outcome rows say so.
QString outcomesCsv(const Outcomes::OutcomeFigures &figures,
                    const QMap<QString, QString> &unverifiedMcid = {{QStringLiteral("peg"), QStringLiteral("R")}});

} // namespace SpineDesk
