#pragma once

#include "core/intake.h"
#include "ui/entrytable.h"

namespace SpineDesk::IntakeEntries {

// The four structured histories of the intake, as entry-table kinds, and the conversions
// between table rows and core types. Validation is core's.
EntryKind care();
EntryKind medications();
EntryKind injections();
EntryKind imaging();

QList<EntryValues> values(const QList<ConservativeCareEntry> &list);
QList<EntryValues> values(const QList<MedicationTrial> &list);
QList<EntryValues> values(const QList<PriorInjection> &list);
QList<EntryValues> values(const QList<ImagingStudy> &list);

ConservativeCareEntry careFrom(const EntryValues &v);
MedicationTrial medicationFrom(const EntryValues &v);
PriorInjection injectionFrom(const EntryValues &v);
ImagingStudy imagingFrom(const EntryValues &v);

template<typename T, typename F>
QList<T> convert(const QList<EntryValues> &rows, F from)
{
    QList<T> out;
    for (const auto &r : rows)
        out.append(from(r));
    return out;
}

} // namespace SpineDesk::IntakeEntries
