#pragma once

#include <QString>
#include <QStringList>

namespace SpineDesk::Csv {

// RFC 4180 fields: quoted when they hold a comma, quote or line break. A leading = + - @
// is prefixed with ' so a spreadsheet never runs exported text as a formula.
QString field(const QString &value);
QString line(const QStringList &fields); // ends with CRLF

} // namespace SpineDesk::Csv
