#pragma once

#include <QStringList>
#include <QTextStream>

namespace SpineDesk::Cli {

// `spinedesk aids [list]`: decision aids with version and review date.
int aidsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// Checks the evidence registry and every bundled aid with its IPDAS checklist; prints "ok"
// lines to `out` and errors to `err`; returns the number of bad files.
int checkAidContent(QTextStream &out, QTextStream &err);

} // namespace SpineDesk::Cli
