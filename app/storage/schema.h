#pragma once

#include <QSqlDatabase>
#include <QString>

namespace SpineDesk::Schema {

// Version 1: every aggregate's table. Version 2: search keys, name words and indexes for
// the patient list and visit queries; every column of a signed visit is read-only.
// Version 3: safety-alert acknowledgements; questionnaire responses, red-flag screens and
// examinations of signed visits are read-only; one red-flag screen per visit.
// Version 6: the physical therapist's record, hand-overs, plan-of-care transmissions and
// certifications. Version 7: the derived per-episode outcome rows and their stale list.
constexpr int kCurrentVersion = 8;

// Brings the database from `from` to kCurrentVersion in one transaction; each step is safe
// to re-run and the version is written last.
bool migrate(QSqlDatabase &db, int from, QString *error);

bool exec(QSqlDatabase &db, const QString &sql, QString *error);

} // namespace SpineDesk::Schema
