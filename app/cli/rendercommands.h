#pragma once

namespace SpineDesk::Cli {

class Context;

// `spinedesk render KIND --visit ID --out FILE.pdf [--lang en|es] [--large-print]`.
int renderCommand(Context &c);

} // namespace SpineDesk::Cli
