#pragma once

#include "core/visitdossier.h"
#include "documents/pagedocument.h"
#include "documents/trendchart.h"
#include "documents/visitdocuments.h"

#include <optional>

namespace SpineDesk {

namespace Aids {
class AidLibrary;
}
namespace Instruments {
class Library;
}

// The letter to the referring clinician (letter-and-handouts.md §3): the sections in their
// fixed order, empty ones saying "none" or "not assessed", the bottom line and problem list
// first, a score trend chart when the episode has two or more time points, the signature on
// the last page. In the clinic's working language (§5 rule 3), never translated per patient.
QStringList letterSectionTitles(); // in print order, without the optional "Addenda"
bool buildLetter(PageDocument &doc, const VisitDossier &dossier, const Aids::AidLibrary *aids,
                 const DocumentRequest &request, QString *error);

// Shared with the follow-up letter: the safety-net list (red-flags.md §3) with the clinic's
// contact, and the signature block (DRAFT wording until signed), each under the caller's title.
void writeSafetyNet(PageDocument &doc, const VisitDossier &dossier);
void writeSignature(PageDocument &doc, const VisitDossier &dossier);

// The fax cover sheet (§6): recipient, sender, date, page count with the cover, confidentiality
// notice. It carries no patient identifiers: a cover is read by whoever picks up the fax.
CoverPainter faxCoverPainter(const VisitDossier &dossier, const QString &documentTitle);

// The score over the episode's visits for the letter's chart: the first of ODI, PEG, NRS leg,
// NRS back with two or more time points in the dossier's history. The MCID band is drawn only
// for an MCID whose source is verified.
std::optional<TrendChartSpec> letterTrendChart(const VisitDossier &dossier);

// The bundled instrument definitions the letters read ranges, bands and MCIDs from (content,
// not a query), loaded once.
const Instruments::Library &bundledInstrumentLibrary();
// One instrument's total over the dossier's history (null below `minimumPoints` points), with the
// bundled definition's range, bands and MCID; the follow-up letter draws one per measure.
std::optional<TrendChartSpec> episodeTrendChart(const VisitDossier &dossier, const QString &instrumentId, int minimumPoints = 2);
// The chart on the page: its height for a width, and painting it as vector graphics (paintChart).
qreal trendFigureHeight(qreal width, const PageMetrics &m);
void paintTrendFigure(QPainter &p, const QRectF &rect, const PageMetrics &m, const TrendChartSpec &spec);

} // namespace SpineDesk
