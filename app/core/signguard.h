#pragma once

#include "core/redflags.h"

#include <QList>
#include <QString>
#include <optional>

namespace SpineDesk {

// A safety alert raised by a questionnaire item, such as PHQ-9 item 9 ("self-harm").
// Rule 11: it is acknowledged and recorded exactly like a red flag.
struct SafetyAlert {
    QString code;         // e.g. "self-harm"
    QString instrumentId; // e.g. "phq9"
    QString linkId;       // the item that raised it, if known
    std::optional<Acknowledgement> acknowledgement;

    bool isAcknowledged() const { return acknowledgement && acknowledgement->isComplete(); }
};

// Records the acknowledgement on the alert; fails, with the reason, without a clinician, a
// time, and an action taken or a reason for not acting.
bool acknowledgeAlert(SafetyAlert &alert, Acknowledgement ack, QString *error);

// One reason the visit or plan cannot be signed yet.
struct SignBlocker {
    enum class Kind { RedFlag, SafetyAlert, Handover };
    Kind kind = Kind::RedFlag;
    QString id;     // red flag: the item id; alert: the alert code; hand-over: the condition id
    QString source; // red flag: the condition id; alert: the instrument id; hand-over: "handover"
    Urgency urgency = Urgency::None; // red flags only
    QString message;
};

// Rules 4 and 11: every present red flag whose condition has reached "soon" or above, and
// every safety alert handed in, must be acknowledged first. An incomplete screen and yellow
// flags do not block (rules 7 and 9). Empty: nothing stands in the way of signing.
QList<SignBlocker> signBlockers(const RedFlagChecklist &checklist, const RedFlagScreen &screen,
                                const QList<SafetyAlert> &alerts, const QString &lang = QString());

} // namespace SpineDesk
