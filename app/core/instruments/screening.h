#pragma once

#include "core/instruments/scorer.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk::Instruments {

// Two-step screening (instruments.md §8–9): a positive PHQ-2 goes on to the full PHQ-9 and a
// positive GAD-2 to the full GAD-7. The screens are the first items of their full forms, so
// the screen's answers become the full form's first answers and are not asked twice.

// "phq9" for a positive "phq2", "gad7" for a positive "gad2"; nullopt for a negative or
// incomplete screen and for any other instrument. "Positive" is the screen's own band
// (total >= 3, encoded in the definitions' strata), so the cut-off lives in the content.
std::optional<QString> followUpInstrument(const QString &screenId, const Result &screenResult);

// The question items (not display or group items) of the follow-up that the screen's
// answers fill in: the follow-up's first N question items, N = the screen's question count.
QStringList carriedItems(const Definition &screen, const Definition &followUp);

// The follow-up's response with the screen's answers carried over by position: screen
// question i answers follow-up question i. A choice answer keeps its code when the
// follow-up's answer set has that code, and otherwise takes the option at the same
// position. Answers the follow-up already has for its own items are kept; its carried
// items are overwritten (the screen is the source of truth for them).
Response carryOver(const Definition &screen, const Response &screenAnswers, const Definition &followUp,
                   const Response &followUpAnswers = {});

} // namespace SpineDesk::Instruments
