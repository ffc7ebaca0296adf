#pragma once

#include <QString>

namespace SpineDesk {

// Names that decide where QStandardPaths puts the clinic database and settings.
void setApplicationIdentity();
// Opens the database (default path when empty), asks who is using the program, shows the
// main window and runs the event loop. Returns the exit code.
int runApplication(const QString &databasePath);

} // namespace SpineDesk
