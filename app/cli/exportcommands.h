#pragma once

namespace SpineDesk::Cli {

class Context;

// `spinedesk export fhir --visit ID --out FILE.json`: the visit as a FHIR R4 document Bundle.
int exportCommand(Context &c);

} // namespace SpineDesk::Cli
