#include "core/plan/plan.h"

#include "core/codes.h"
#include "core/contentjson.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SpineDesk::Plans {

namespace {
struct PlanText {
    Q_DECLARE_TR_FUNCTIONS(PlanText)
};

struct KindInfo {
    ItemKind kind;
    const char16_t *code;
};

constexpr KindInfo kKinds[] = {
    {ItemKind::Pathway, u"pathway"},
    {ItemKind::SelfManagement, u"self-management"},
    {ItemKind::PhysicalTherapy, u"physical-therapy"},
    {ItemKind::PsychologicallyInformedPT, u"psychologically-informed-pt"},
    {ItemKind::ExerciseProgramme, u"exercise-programme"},
    {ItemKind::Nsaid, u"nsaid"},
    {ItemKind::MuscleRelaxant, u"muscle-relaxant"},
    {ItemKind::Opioid, u"opioid"},
    {ItemKind::ParacetamolAlone, u"paracetamol-alone"},
    {ItemKind::Antidepressant, u"antidepressant"},
    {ItemKind::Anticonvulsant, u"anticonvulsant"},
    {ItemKind::SystemicCorticosteroid, u"systemic-corticosteroid"},
    {ItemKind::Benzodiazepine, u"benzodiazepine"},
    {ItemKind::MedicationAdvice, u"medication-advice"},
    {ItemKind::PassiveModality, u"passive-modality"},
    {ItemKind::Acupuncture, u"acupuncture"},
    {ItemKind::Imaging, u"imaging"},
    {ItemKind::ImagingDeferred, u"imaging-deferred"},
    {ItemKind::SpinalInjection, u"spinal-injection"},
    {ItemKind::EpiduralInjection, u"epidural-injection"},
    {ItemKind::SurgicalReferral, u"surgical-referral"},
    {ItemKind::FusionReferral, u"fusion-referral"},
    {ItemKind::BehaviouralHealth, u"behavioural-health"},
    {ItemKind::RedFlagAction, u"red-flag-action"},
    {ItemKind::Activity, u"activity"},
    {ItemKind::BedRest, u"bed-rest"},
    {ItemKind::Work, u"work"},
    {ItemKind::FollowUp, u"follow-up"},
    {ItemKind::RepeatQuestionnaires, u"repeat-questionnaires"},
    {ItemKind::RequestToPrimary, u"request-to-primary"},
    {ItemKind::Other, u"other"},
};
} // namespace

QList<ItemKind> itemKinds()
{
    QList<ItemKind> all;
    for (const KindInfo &k : kKinds)
        all << k.kind;
    return all;
}

QString itemKindCode(ItemKind k)
{
    for (const KindInfo &i : kKinds)
        if (i.kind == k)
            return QString::fromUtf16(i.code);
    return u"other"_s;
}

std::optional<ItemKind> itemKindFromCode(QStringView code)
{
    return fromCode<ItemKind>(itemKinds(), itemKindCode, code);
}

QString itemKindLabel(ItemKind k)
{
    switch (k) {
    case ItemKind::Pathway: return PlanText::tr("Matched care package");
    case ItemKind::SelfManagement: return PlanText::tr("Advice and self-management");
    case ItemKind::PhysicalTherapy: return PlanText::tr("Physical therapy");
    case ItemKind::PsychologicallyInformedPT: return PlanText::tr("Psychologically informed physical therapy");
    case ItemKind::ExerciseProgramme: return PlanText::tr("Exercise programme");
    case ItemKind::Nsaid: return PlanText::tr("NSAID");
    case ItemKind::MuscleRelaxant: return PlanText::tr("Skeletal muscle relaxant");
    case ItemKind::Opioid: return PlanText::tr("Opioid");
    case ItemKind::ParacetamolAlone: return PlanText::tr("Paracetamol (acetaminophen) alone");
    case ItemKind::Antidepressant: return PlanText::tr("Antidepressant (SSRI, SNRI or tricyclic)");
    case ItemKind::Anticonvulsant: return PlanText::tr("Anticonvulsant or gabapentinoid");
    case ItemKind::SystemicCorticosteroid: return PlanText::tr("Systemic corticosteroid");
    case ItemKind::Benzodiazepine: return PlanText::tr("Benzodiazepine");
    case ItemKind::MedicationAdvice: return PlanText::tr("Medication advice");
    case ItemKind::PassiveModality: return PlanText::tr("Passive modality (TENS, traction, brace, orthotics)");
    case ItemKind::Acupuncture: return PlanText::tr("Acupuncture");
    case ItemKind::Imaging: return PlanText::tr("Imaging");
    case ItemKind::ImagingDeferred: return PlanText::tr("Imaging not needed now");
    case ItemKind::SpinalInjection: return PlanText::tr("Spinal injection (not epidural)");
    case ItemKind::EpiduralInjection: return PlanText::tr("Epidural steroid injection");
    case ItemKind::SurgicalReferral: return PlanText::tr("Referral to a spine surgeon");
    case ItemKind::FusionReferral: return PlanText::tr("Referral for spinal fusion");
    case ItemKind::BehaviouralHealth: return PlanText::tr("Behavioural-health follow-up");
    case ItemKind::RedFlagAction: return PlanText::tr("Red-flag action");
    case ItemKind::Activity: return PlanText::tr("Activity advice");
    case ItemKind::BedRest: return PlanText::tr("Bed rest");
    case ItemKind::Work: return PlanText::tr("Work advice");
    case ItemKind::FollowUp: return PlanText::tr("Follow-up");
    case ItemKind::RepeatQuestionnaires: return PlanText::tr("Questionnaires to repeat");
    case ItemKind::RequestToPrimary: return PlanText::tr("Request to the primary clinician");
    case ItemKind::Other: break;
    }
    return PlanText::tr("Other");
}

bool isReferral(ItemKind k)
{
    switch (k) {
    case ItemKind::PhysicalTherapy:
    case ItemKind::PsychologicallyInformedPT:
    case ItemKind::Imaging:
    case ItemKind::SpinalInjection:
    case ItemKind::EpiduralInjection:
    case ItemKind::SurgicalReferral:
    case ItemKind::FusionReferral:
    case ItemKind::BehaviouralHealth:
        return true;
    default:
        return false;
    }
}

QString itemOriginCode(ItemOrigin o)
{
    switch (o) {
    case ItemOrigin::Proposed: return u"proposed"_s;
    case ItemOrigin::Edited: return u"edited"_s;
    case ItemOrigin::Added: break;
    }
    return u"added"_s;
}

std::optional<ItemOrigin> itemOriginFromCode(QStringView code)
{
    return fromCode<ItemOrigin>({ItemOrigin::Proposed, ItemOrigin::Edited, ItemOrigin::Added}, itemOriginCode, code);
}

QList<PlanItem> TreatmentPlan::activeItems() const
{
    QList<PlanItem> active;
    for (const PlanItem &i : items)
        if (!i.removed)
            active << i;
    return active;
}

const PlanItem *TreatmentPlan::item(const QString &id) const
{
    for (const PlanItem &i : items)
        if (i.id == id)
            return &i;
    return nullptr;
}

QString TreatmentPlan::nextItemId() const
{
    for (int n = 1;; ++n) {
        const QString id = u"item-"_s + QString::number(n);
        if (!item(id))
            return id;
    }
}

QStringList TreatmentPlan::problemsForSigning(QDate visitDate) const
{
    QStringList out;
    if (activeItems().isEmpty())
        out << PlanText::tr("The plan has no items.");
    for (int i = 0; i < goals.size(); ++i) {
        const Goal &g = goals.at(i);
        if (g.text.trimmed().isEmpty())
            out << PlanText::tr("Goal %1 has no text.").arg(i + 1);
        else if (!g.targetDate.isValid())
            out << PlanText::tr("Goal %1 has no target date.").arg(i + 1);
        else if (visitDate.isValid() && g.targetDate <= visitDate)
            out << PlanText::tr("Goal %1 has a target date that is not after the visit.").arg(i + 1);
    }
    if (goals.isEmpty())
        out << PlanText::tr("Write at least one goal with the patient: specific, functional, with a date.");
    if (bottomLine.trimmed().isEmpty())
        out << PlanText::tr("The bottom line for the referring clinician is empty.");
    for (int i = 0; i < items.size(); ++i)
        if (!items.at(i).removed && items.at(i).text.trimmed().isEmpty())
            out << PlanText::tr("Item %1 has no text.").arg(i + 1);
    return out;
}

QJsonObject TreatmentPlan::toJson() const
{
    QJsonArray problemArray;
    for (const ProblemEntry &p : problems)
        problemArray.append(QJsonObject{{u"diagnosis"_s, p.diagnosisId}, {u"text"_s, p.text}, {u"primary"_s, p.primary}});
    QJsonArray itemArray;
    for (const PlanItem &i : items) {
        QJsonArray kept;
        for (const KeptWarning &k : i.keptWarnings)
            kept.append(QJsonObject{{u"code"_s, k.code}, {u"reason"_s, k.reason}});
        QJsonObject item{{u"id"_s, i.id},
                         {u"kind"_s, itemKindCode(i.kind)},
                         {u"text"_s, i.text},
                         {u"rationale"_s, i.rationale},
                         {u"citations"_s, QJsonArray::fromStringList(i.citations)},
                         {u"origin"_s, itemOriginCode(i.origin)},
                         {u"removed"_s, i.removed},
                         {u"departureReason"_s, i.departureReason},
                         {u"keptWarnings"_s, kept}};
        // Written only when set, so plans without them keep their stored form.
        if (!i.instrumentIds.isEmpty())
            item.insert(u"instrumentIds"_s, QJsonArray::fromStringList(i.instrumentIds));
        if (i.carriedOver)
            item.insert(u"carriedOver"_s, true);
        itemArray.append(item);
    }
    QJsonArray goalArray;
    for (const Goal &g : goals)
        goalArray.append(QJsonObject{{u"text"_s, g.text}, {u"targetDate"_s, g.targetDate.toString(Qt::ISODate)}});
    return {{u"problems"_s, problemArray},
            {u"items"_s, itemArray},
            {u"goals"_s, goalArray},
            {u"bottomLine"_s, bottomLine},
            {u"followUp"_s, followUp},
            {u"copiesTo"_s, QJsonArray::fromStringList(copiesTo)}};
}

namespace {
QStringList stringList(const ContentReader &r, const QString &key)
{
    return r.has(key) ? r.strings(key, false) : QStringList();
}
} // namespace

TreatmentPlan TreatmentPlan::fromJson(const QJsonObject &json, ContentErrors *errors)
{
    TreatmentPlan plan;
    const ContentReader top(json, QString(), errors);
    top.allowOnly({"problems", "items", "goals", "bottomLine", "followUp", "copiesTo"});
    const QJsonArray problems = top.array(u"problems"_s, false);
    for (int i = 0; i < problems.size(); ++i) {
        const ContentReader r = top.element(problems, i, u"problems"_s);
        r.allowOnly({"diagnosis", "text", "primary"});
        plan.problems << ProblemEntry{r.string(u"diagnosis"_s, false), r.string(u"text"_s, false), r.boolean(u"primary"_s)};
    }
    const QJsonArray items = top.array(u"items"_s, false);
    for (int i = 0; i < items.size(); ++i) {
        const ContentReader r = top.element(items, i, u"items"_s);
        r.allowOnly({"id", "kind", "text", "rationale", "citations", "origin", "removed", "departureReason", "keptWarnings",
                     "instrumentIds", "carriedOver"});
        PlanItem item;
        item.id = r.string(u"id"_s);
        item.kind = r.oneOf<ItemKind>(u"kind"_s, itemKinds(), itemKindCode).value_or(ItemKind::Other);
        item.text = r.string(u"text"_s, false);
        item.rationale = r.string(u"rationale"_s, false);
        item.citations = stringList(r, u"citations"_s);
        item.origin = r.oneOf<ItemOrigin>(u"origin"_s, {ItemOrigin::Proposed, ItemOrigin::Edited, ItemOrigin::Added},
                                          itemOriginCode)
                          .value_or(ItemOrigin::Added);
        item.removed = r.boolean(u"removed"_s);
        item.departureReason = r.string(u"departureReason"_s, false);
        item.instrumentIds = stringList(r, u"instrumentIds"_s);
        item.carriedOver = r.boolean(u"carriedOver"_s);
        const QJsonArray kept = r.array(u"keptWarnings"_s, false);
        for (int k = 0; k < kept.size(); ++k) {
            const ContentReader w = r.element(kept, k, u"keptWarnings"_s);
            w.allowOnly({"code", "reason"});
            item.keptWarnings << KeptWarning{w.string(u"code"_s), w.string(u"reason"_s)};
        }
        plan.items << item;
    }
    const QJsonArray goals = top.array(u"goals"_s, false);
    for (int i = 0; i < goals.size(); ++i) {
        const ContentReader r = top.element(goals, i, u"goals"_s);
        r.allowOnly({"text", "targetDate"});
        const QString date = r.string(u"targetDate"_s, false);
        plan.goals << Goal{r.string(u"text"_s, false), QDate::fromString(date, Qt::ISODate)};
        if (!date.isEmpty() && !plan.goals.last().targetDate.isValid())
            r.error(u"targetDate"_s, u"not a date: %1"_s.arg(date));
    }
    plan.bottomLine = top.string(u"bottomLine"_s, false);
    plan.followUp = top.string(u"followUp"_s, false);
    plan.copiesTo = stringList(top, u"copiesTo"_s);
    return plan;
}

} // namespace SpineDesk::Plans
