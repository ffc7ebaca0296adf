#pragma once

#include "cli/invocation.h"

#include <QTextStream>

namespace SpineDesk::Cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Runs a command-line invocation (not the window). Output on out, messages on err.
int run(const Invocation &inv, QTextStream &out, QTextStream &err);
QString usageText();

} // namespace SpineDesk::Cli
