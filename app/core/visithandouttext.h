#pragma once

#include "core/handoutcontent.h"
#include "core/plan/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SpineDesk::Handouts {

// The fixed wording of the patient's visit documents lives in content (resources/handouts/
// <lang>/<id>.md, kind "visit-text"), not in translation files (letter-and-handouts.md §5
// rule 8): one "## key" per piece. These are the lists of keys the renderers use, each with the
// placeholders its text must contain; the renderer fills them with plain text.
struct VisitTextKey {
    enum class Presence {
        Required,        // in every language
        TranslationOnly, // in every translation, never in English (English has its own source)
    };
    QString key;
    QStringList placeholders; // e.g. {"{name}"}
    Presence presence = Presence::Required;
};

inline const QString kVisitTextId = QStringLiteral("visit-handout");
inline const QString kSafetyNetId = QStringLiteral("when-to-get-help");
inline const QString kExerciseSheetTextId = QStringLiteral("exercise-sheet");

// The visit handout's keys (kVisitTextId). "diagnosis.<id>" keys are translation-only: the
// English plain words of a diagnosis come from the diagnosis catalogue (resources/codes/).
const QList<VisitTextKey> &visitTextKeys();
// The home exercise sheet's keys (kExerciseSheetTextId), with the dose words.
const QList<VisitTextKey> &exerciseSheetTextKeys();
// The keys of the visit-text file `id`; empty for an id that has none.
QList<VisitTextKey> textKeys(const QString &id);
// "diagnosis.<id>": a diagnosis's plain words in a translated visit handout.
QString diagnosisKey(const QString &diagnosisId);

// Where a plan item goes on the handout. Requests to the primary clinician and the
// matched-package placeholder are for clinicians and do not print.
enum class HandoutPlace { Plan, Medicines, Home, Next, NotPrinted };
HandoutPlace handoutPlace(Plans::ItemKind kind);
// The order of the plan's key points: the most pressing first.
int keyPointPriority(Plans::ItemKind kind);
// "item.<kind code>"; empty for kinds printed without a phrase of their own.
QString itemKey(Plans::ItemKind kind);

// Missing or unknown keys, and placeholders missing from or foreign to a text, as
// "<file>: <key>: <message>"; the key list is chosen by the file's id.
QStringList checkVisitText(const HandoutContent &content);

} // namespace SpineDesk::Handouts
