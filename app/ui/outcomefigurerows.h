#pragma once

#include "core/outcomes/outcomefigures.h"

#include <QList>
#include <QString>

namespace SpineDesk {

namespace Instruments {
class Library;
}

// One line of the dashboard's figures table: a figure with its numerator, its denominator
// and, where data can be missing, the episodes without it, so a figure opens its patients.
struct OutcomeFigureRow {
    QString id;              // stable: "access-median", "mcid-odi-6", "surgery-referred" …
    QString name;
    QString result;          // "12 of 40, 30 %", "no patients", "14 days (n = 40)"
    QString missingText;     // "10 of 50 eligible without a score", or empty
    QString definition;      // the measure's definition (tooltip)
    QList<qint64> numerator;
    QList<qint64> denominator;
    QList<qint64> missing;
    bool hasMissing = false; // the drill-down offers "missing" as a third list
    bool unverified = false; // a threshold the clinical sources do not confirm
};

// The dashboard's sections, one tab each.
enum class OutcomeSection { Access, CaseMix, Outcomes, Care, LowValue, SafetyFollowUp };

// The rows of one section for these figures, with the chart builders' labels and share text
// (documents/outcomecharts.h). The library tells which MCIDs are shown as unverified.
QList<OutcomeFigureRow> outcomeFigureRows(OutcomeSection section, const Outcomes::OutcomeFigures &figures,
                                          const Instruments::Library &library);

// True when the clinical sources do not confirm the scale's MCID (tag R or U, or none).
bool outcomeMcidUnverified(const QString &instrumentId, const QString &scaleId, const Instruments::Library &library);

} // namespace SpineDesk
