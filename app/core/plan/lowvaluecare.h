#pragma once

#include "core/durationclass.h"
#include "core/plan/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace SpineDesk::Plans {

// One low-value-care advisory (pathways.md §5.4). Advisories never block signing; each
// shows its sources, and where guidelines disagree both are shown.
struct LowValueWarning {
    QString code;          // "early-imaging", "opioid-chronic-lbp", "fusion-non-specific", …
    QString itemId;        // the plan item it is about
    QString text;          // what the advisory says
    QStringList sources;   // with their tags, e.g. "NICE NG59 [V]"
    bool verified = true;  // false: the source is [R]/[U] and the advisory says "unverified"
};

// What the checks need to know about the patient and the episode.
struct LowValueContext {
    DurationClass duration = DurationClass::Unknown;
    int episodeDays = -1;            // onset to visit; -1 when the onset is not recorded
    bool redFlagScreenComplete = false;
    bool redFlagsAllAbsent = false;  // only meaningful when the screen is complete
    bool sciatica = false;           // leg-dominant pain or a radicular diagnosis
    bool radicularIndication = false;
    bool nonSpecificLbp = false;     // the primary diagnosis is non-specific low back pain
    bool centralStenosisWithClaudication = false;
    QString ortResult;               // "ORT 5 — Moderate risk (4–7), 2026-11-02"; empty if not done
};

// The advisories one item raises in this context (empty for most items).
QList<LowValueWarning> checkItem(const PlanItem &item, const LowValueContext &context);
// Every advisory of the plan's active items, in item order.
QList<LowValueWarning> checkPlan(const TreatmentPlan &plan, const LowValueContext &context);
// Advisories of active items that the clinician has kept (with a reason), and those not yet
// answered; both are shown, neither blocks.
bool isKept(const PlanItem &item, const QString &warningCode);

} // namespace SpineDesk::Plans
