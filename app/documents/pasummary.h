#pragma once

#include "core/visitdossier.h"
#include "documents/pagedocument.h"
#include "documents/visitdocuments.h"

#include <QDate>

namespace SpineDesk {

namespace Aids {
class AidLibrary;
}

// The visit summary a surgeon's office submits for prior authorization
// (esi-and-authorization.md §5.3): diagnosis with codes, red-flag screen with the exception
// note, neurological examination by root and side, imaging with its age in months at the
// summary date, PROM baselines and latest scores with dates, conservative care with totals,
// nicotine, behavioural health, the shared decision, the readiness checklist and, when an
// injection was considered, every ESI criterion. It reports what is documented; it never
// says a request is approved or covered.
QStringList paSummarySectionTitles(bool withEsi); // in print order
bool buildPaSummary(PageDocument &doc, const VisitDossier &dossier, const Aids::AidLibrary *aids,
                    const DocumentRequest &request, QString *error, QDate summaryDate = QDate::currentDate());

} // namespace SpineDesk
