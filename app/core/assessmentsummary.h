#pragma once

#include "core/durationclass.h"
#include "core/instruments/change.h"
#include "core/instruments/library.h"
#include "core/redflags.h"
#include "core/yellowflags.h"
#include "core/stratifiedcare.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace SpineDesk {

// A scored questionnaire as the summary needs it (storage's StoredResponse maps onto it).
struct ScoreRecord {
    QString instrumentId;
    QDate date;
    bool complete = false;
    QMap<QString, std::optional<double>> scales;
    std::optional<QString> band;
    QStringList alerts;
};

struct ScaleLine {
    QString scaleId;
    QString label;
    std::optional<double> value; // rounded as the definition shows it
    int decimals = 0;
    std::optional<Instruments::Change> change; // from this episode's baseline
    QString mcidCitation;
};

struct InstrumentLine {
    QString instrumentId;
    QString title;
    QDate date;
    bool complete = false;
    QString bandCode;
    QString bandLabel;
    int bandSeverity = 0;
    QString bandCitation;
    QList<ScaleLine> scales;
    std::optional<QDate> baselineDate;
    QStringList alerts;
};

// The one panel the plan and the letter draw on (issue 3): stratum and pathway, each score
// with band and date, change from baseline against the MCID, alerts, duration class.
struct AssessmentSummary {
    DurationClass duration = DurationClass::Unknown;
    std::optional<MatchedPathway> pathway;
    QList<InstrumentLine> instruments;
    QStringList openAlerts;         // "phq9:self-harm" not yet acknowledged
    QStringList acknowledgedAlerts;

    // Red-flag screen (red-flags.md rules 2, 3, 7): never reported negative unless complete.
    bool redFlagsScreened = false;
    Urgency redFlagConcern = Urgency::None;
    QString redFlagStatus;          // e.g. "red-flag screen incomplete"
    QStringList redFlagsPresent;    // "condition: flag" labels
    QStringList redFlagsUnacknowledged;
    QStringList yellowFlagDomains;  // domain labels with a checked item (recorded, not alarmed)

    // The complete line of an instrument at this visit, or null.
    const InstrumentLine *completed(const QString &instrumentId) const;
};

// "ODI 40 — Moderate disability (21–40 %), 2026-09-30": one score as plans and checklists quote it.
QString scoreLineText(const InstrumentLine &line);

// Adds the visit's red- and yellow-flag screens to the summary.
void addFlags(AssessmentSummary &summary, const RedFlagChecklist &checklist, const RedFlagScreen &screen,
              const YellowFlagChecklist *yellowChecklist, const YellowFlags *yellow);

// `current`: this visit's responses; `baselines`: the first response to each instrument in
// the episode (may be this visit's own); `acknowledged`: "instrument:alert" keys.
AssessmentSummary summarize(const Instruments::Library &library, const QList<ScoreRecord> &current,
                            const QMap<QString, ScoreRecord> &baselines, DurationClass duration, const QStringList &acknowledged);

} // namespace SpineDesk
