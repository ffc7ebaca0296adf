#pragma once

#include "core/handoutcontent.h"
#include "core/plan/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SpineDesk::Handouts {

// The wording of the patient's visit handout lives in content (resources/handouts/<lang>/
// visit-handout.md, kind "visit-text"), not in translation files (letter-and-handouts.md §5
// rule 8): one "## key" per piece. This is the list of keys the renderer uses, each with the
// placeholders its text must contain; the renderer fills them with plain text.
struct VisitTextKey {
    QString key;
    QStringList placeholders; // e.g. {"{name}"}
    bool required = true;
};
const QList<VisitTextKey> &visitTextKeys();

inline const QString kVisitTextId = QStringLiteral("visit-handout");
inline const QString kSafetyNetId = QStringLiteral("when-to-get-help");

// Where a plan item goes on the handout. Requests to the primary clinician and the
// matched-package placeholder are for clinicians and do not print.
enum class HandoutPlace { Plan, Medicines, Home, Next, NotPrinted };
HandoutPlace handoutPlace(Plans::ItemKind kind);
// The order of the plan's key points: the most pressing first.
int keyPointPriority(Plans::ItemKind kind);
// "item.<kind code>"; empty for kinds printed without a phrase of their own.
QString itemKey(Plans::ItemKind kind);

// Missing or unknown keys, and placeholders missing from or foreign to a text, as
// "<file>: <key>: <message>".
QStringList checkVisitText(const HandoutContent &content);

} // namespace SpineDesk::Handouts
