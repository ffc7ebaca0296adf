#pragma once

namespace SpineDesk::Cli {

// On Windows the program is built as a GUI program (no console window when opened from the
// Start menu), so a command typed in a console would print nothing. This attaches standard
// output and error to the console the command was typed in, when there is one. Elsewhere it
// does nothing. Written for the Windows package; not yet built there (packaging/README.md).
void attachParentConsole();

} // namespace SpineDesk::Cli
