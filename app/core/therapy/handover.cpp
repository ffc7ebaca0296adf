#include "core/therapy/handover.h"

#include "core/codetable.h"
#include "core/plan/plan.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpineDesk::Therapy {

namespace {
struct HandoverText {
    Q_DECLARE_TR_FUNCTIONS(HandoverText)
};

constexpr CodeEntry<HandoverReason> kReasons[] = {
    {HandoverReason::RedFlag, u"red-flag"},
    {HandoverReason::ProgressiveNeurology, u"progressive-neurology"},
    {HandoverReason::InjectionQuestion, u"injection-question"},
    {HandoverReason::SurgeryQuestion, u"surgery-question"},
    {HandoverReason::Other, u"other"},
};

// The red-flag condition whose items are a progressive or severe neurological deficit.
const QString kNeuroCondition = u"neuro-deficit"_s;

QString presentItemsText(const RedFlagChecklist &checklist, const QStringList &items, const QString &lang)
{
    QStringList names;
    for (const QString &id : items)
        if (const RedFlagItem *item = checklist.item(id))
            names << contentText(item->text, lang);
    return names.join(u"; "_s);
}

// The action recorded for any of the items (rule 4), or the reason for not acting.
QString recordedAction(const RedFlagScreen &screen, const QString &conditionId, const QStringList &items)
{
    for (const Acknowledgement &a : screen.acknowledgements()) {
        bool covers = a.target == conditionId;
        for (const QString &i : items)
            covers = covers || a.target == i || a.items.contains(i);
        if (!covers)
            continue;
        if (!a.actionTaken.isEmpty())
            return HandoverText::tr("Action taken: %1").arg(a.actionTaken);
        if (!a.reasonNotActing.isEmpty())
            return HandoverText::tr("Not acted on, because: %1").arg(a.reasonNotActing);
    }
    return HandoverText::tr("No action recorded yet.");
}
} // namespace

QList<HandoverReason> handoverReasons() { return codeTableValues(kReasons); }
QString handoverReasonCode(HandoverReason r) { return codeTableCode(kReasons, r); }
std::optional<HandoverReason> handoverReasonFromCode(QStringView c) { return codeTableFind(kReasons, c); }
QString handoverReasonLabel(HandoverReason r)
{
    switch (r) {
    case HandoverReason::RedFlag: return HandoverText::tr("Red flag");
    case HandoverReason::ProgressiveNeurology: return HandoverText::tr("Progressive neurological signs");
    case HandoverReason::InjectionQuestion: return HandoverText::tr("Injection question");
    case HandoverReason::SurgeryQuestion: return HandoverText::tr("Surgery question");
    case HandoverReason::Other: break;
    }
    return HandoverText::tr("Other");
}

QList<HandoverNeed> handoverNeeds(const RedFlagChecklist &checklist, const RedFlagScreen &screen,
                                  const Plans::TreatmentPlan *plan, const QString &lang)
{
    QList<HandoverNeed> out;
    for (const ConditionConcern &c : screen.conditionConcerns(checklist)) {
        const RedFlagCondition *condition = checklist.condition(c.conditionId);
        if (!condition)
            continue;
        HandoverNeed need;
        need.reason = c.conditionId == kNeuroCondition ? HandoverReason::ProgressiveNeurology : HandoverReason::RedFlag;
        need.source = c.conditionId;
        // Rule 4: flags of urgency "soon" or above need action; a routine flag is offered.
        need.required = c.urgency >= Urgency::Soon;
        need.detail = HandoverText::tr("%1 (%2): %3. Recommended: %4 %5")
                          .arg(contentText(condition->label, lang), urgencyLabel(c.urgency),
                               presentItemsText(checklist, c.presentItems, lang), condition->action(c.urgency, lang),
                               recordedAction(screen, c.conditionId, c.presentItems));
        out << need;
    }
    if (!plan)
        return out;
    for (const Plans::PlanItem &item : plan->activeItems()) {
        HandoverNeed need;
        need.source = item.id;
        if (item.kind == Plans::ItemKind::EpiduralInjection || item.kind == Plans::ItemKind::SpinalInjection)
            need.reason = HandoverReason::InjectionQuestion;
        else if (item.kind == Plans::ItemKind::SurgicalReferral || item.kind == Plans::ItemKind::FusionReferral)
            need.reason = HandoverReason::SurgeryQuestion;
        else
            continue;
        need.detail = HandoverText::tr("The plan includes: %1. A physiatrist to review.").arg(item.text);
        out << need;
    }
    return out;
}

QList<HandoverNeed> unmetHandovers(const QList<HandoverNeed> &needs, const QList<HandoverTask> &tasks)
{
    QList<HandoverNeed> out;
    for (const HandoverNeed &n : needs) {
        if (!n.required)
            continue;
        const bool met = std::any_of(tasks.begin(), tasks.end(), [&](const HandoverTask &t) { return t.source == n.source; });
        if (!met)
            out << n;
    }
    return out;
}

} // namespace SpineDesk::Therapy
