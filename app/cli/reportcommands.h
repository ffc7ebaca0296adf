#pragma once

namespace SpineDesk::Cli {

class Context;

// `spinedesk report outcomes --from DATE --to DATE --out FILE.pdf|FILE.csv [--prepared-by NAME]`:
// the clinic's outcome report (PDF, archived) or its figures (CSV); both audited, neither
// with a patient identifier.
int reportCommand(Context &c);

} // namespace SpineDesk::Cli
