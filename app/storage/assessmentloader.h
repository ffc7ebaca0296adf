#pragma once

#include "core/assessmentsummary.h"
#include "core/visit.h"

#include <QSqlDatabase>
#include <QStringList>

namespace SpineDesk {

namespace Instruments {
class Library;
}

// The Assessment step's summary as stored for a visit: this visit's scores against the
// episode's baselines, acknowledged alerts, and the red- and yellow-flag screens. Parts that
// cannot be read are named in `errors` and the red-flag status says so (never "negative").
AssessmentSummary loadAssessmentSummary(const QSqlDatabase &db, const Instruments::Library &library, const Visit &visit,
                                        QStringList *errors);

// This visit's scores as the summary needs them.
QList<ScoreRecord> loadScoreRecords(const QSqlDatabase &db, qint64 visitId);

} // namespace SpineDesk
