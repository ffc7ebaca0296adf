#pragma once

#include "core/instruments/definition.h"

#include <QStringList>

namespace SpineDesk::Instruments {

bool compare(double value, const QString &op, double reference);
// The first stratum whose conditions hold for these scale values, or nullptr.
const Stratum *firstMatch(const Strata &strata, const QHash<QString, double> &values);

// Strata must name known scales, keep cut-offs inside the scales' ranges, give every
// combination of values a band and leave no rule unreachable.
void checkStrata(const Definition &d, QStringList *errors);

} // namespace SpineDesk::Instruments
