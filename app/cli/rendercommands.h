#pragma once

namespace SpineDesk {
class Database;
}

namespace SpineDesk::Cli {

class Context;

// `spinedesk render KIND --visit ID --out FILE.pdf [--lang en|es] [--large-print]`.
int renderCommand(Context &c);
// The demo's documents: the letter and the handout of the `visits` newest signed plans,
// archived as a clinic would have them (DESIGN.md: every generated document is archived).
int archiveDemoDocuments(Context &c, Database &db, int visits, int *made);

} // namespace SpineDesk::Cli
