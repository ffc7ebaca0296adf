#pragma once

#include "core/signguard.h"

#include <QSqlDatabase>

namespace SpineDesk {

// Everything that stands between a visit and its signature (red-flags.md rules 4 and 11):
// unacknowledged red flags of urgency "soon" or above and unacknowledged safety alerts
// from questionnaires. If the screen or the checklist cannot be read, that blocks too:
// safety checks never fail open. On a physical-therapy visit, a red flag that needs action
// also needs a hand-over task to the physiatrist (issue 6).
QList<SignBlocker> signBlockersForVisit(const QSqlDatabase &db, qint64 visitId);

} // namespace SpineDesk
