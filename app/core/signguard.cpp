#include "core/signguard.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct SignGuardText {
    Q_DECLARE_TR_FUNCTIONS(SignGuardText)
};
} // namespace

bool acknowledgeAlert(SafetyAlert &alert, Acknowledgement ack, QString *error)
{
    ack.target = alert.code;
    ack.items.clear();
    ack.actionTaken = ack.actionTaken.trimmed();
    ack.reasonNotActing = ack.reasonNotActing.trimmed();
    QString why;
    if (ack.clinicianId <= 0)
        why = SignGuardText::tr("Record which clinician acknowledged the alert.");
    else if (!ack.at.isValid())
        why = SignGuardText::tr("Record when the alert was acknowledged.");
    else if (ack.actionTaken.isEmpty() && ack.reasonNotActing.isEmpty())
        why = SignGuardText::tr("Record the action taken, or the reason for not acting.");
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    alert.acknowledgement = ack;
    return true;
}

QList<SignBlocker> signBlockers(const RedFlagChecklist &checklist, const RedFlagScreen &screen,
                                const QList<SafetyAlert> &alerts, const QString &lang)
{
    QList<SignBlocker> out;
    for (const auto &flag : screen.unacknowledged(checklist)) {
        const auto *item = checklist.item(flag.itemId);
        const auto *condition = checklist.condition(flag.conditionId);
        SignBlocker b;
        b.kind = SignBlocker::Kind::RedFlag;
        b.id = flag.itemId;
        b.source = flag.conditionId;
        b.urgency = flag.urgency;
        b.message = SignGuardText::tr("Red flag “%1” (%2, %3): record the action taken or the reason for not acting.")
                        .arg(item ? contentText(item->text, lang) : flag.itemId,
                             condition ? contentText(condition->label, lang) : flag.conditionId,
                             urgencyLabel(flag.urgency).toLower());
        out.append(b);
    }
    for (const auto &alert : alerts) {
        if (alert.isAcknowledged())
            continue;
        SignBlocker b;
        b.kind = SignBlocker::Kind::SafetyAlert;
        b.id = alert.code;
        b.source = alert.instrumentId;
        b.message = SignGuardText::tr("Safety alert “%1” from %2: record the action taken or the reason for not acting.")
                        .arg(alert.code, alert.instrumentId);
        out.append(b);
    }
    return out;
}

} // namespace SpineDesk
