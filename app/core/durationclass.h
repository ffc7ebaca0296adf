#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace SpineDesk {

// Episode clock (red-flags.md §1): acute < 4 weeks since onset, subacute 4 to < 12 weeks,
// chronic >= 12 weeks, per ICSI Adult Acute and Subacute Low Back Pain, 16th ed., 2018.
enum class DurationClass { Unknown, Acute, Subacute, Chronic };

DurationClass durationClass(QDate onset, QDate asOf);
QString durationClassCode(DurationClass c); // "acute", "subacute", "chronic", "unknown"
QString durationClassLabel(DurationClass c);
QString durationClassCitation();
// Whole weeks from onset to asOf, or nullopt when either date is missing or onset is later.
std::optional<int> weeksSinceOnset(QDate onset, QDate asOf);

} // namespace SpineDesk
