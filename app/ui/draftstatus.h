#pragma once

#include "storage/storageresult.h"

#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace SpineDesk {

// The banner a draft shows when another window or workstation saved first: the user's
// changes stay on screen, and "Reload saved version" brings the saved record back.
// Hidden until shown; object names "conflictBanner" and "reloadButton".
QWidget *makeConflictBanner(QWidget *parent, const QString &message, const QString &reloadAccessibleName,
                            QPushButton **reload);

// Shows a save's outcome on the page's status line (and the banner on a conflict).
// Returns true for a conflict: the page stops autosaving until it reloads.
bool showSaveResult(const SaveResult &result, QLabel *state, QWidget *conflictBanner);

// The status line after a page has loaded its record: the load error, "signed", "all changes
// saved" or "nothing recorded yet".
QString loadedStateText(const QString &loadError, bool readOnly, int rowVersion);

} // namespace SpineDesk
