#pragma once

#include <QSqlDatabase>
#include <QString>

namespace SpineDesk {

// Why a visit's records cannot be changed now (it does not exist, or it is signed); empty
// when they can. The database's triggers enforce the same rule for raw SQL.
QString whyVisitIsReadOnly(const QSqlDatabase &db, qint64 visitId);

} // namespace SpineDesk
