#include "core/visithandouttext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace SpineDesk::Handouts {

namespace {
struct VisitTextTr {
    Q_DECLARE_TR_FUNCTIONS(VisitHandoutText)
};
} // namespace

HandoutPlace handoutPlace(Plans::ItemKind kind)
{
    using K = Plans::ItemKind;
    switch (kind) {
    case K::Pathway:
    case K::RequestToPrimary:
        return HandoutPlace::NotPrinted;
    case K::Nsaid:
    case K::MuscleRelaxant:
    case K::Opioid:
    case K::ParacetamolAlone:
    case K::Antidepressant:
    case K::Anticonvulsant:
    case K::SystemicCorticosteroid:
    case K::Benzodiazepine:
    case K::MedicationAdvice:
        return HandoutPlace::Medicines;
    case K::Activity:
    case K::BedRest:
    case K::Work:
        return HandoutPlace::Home;
    case K::FollowUp:
    case K::RepeatQuestionnaires:
        return HandoutPlace::Next;
    default:
        return HandoutPlace::Plan;
    }
}

int keyPointPriority(Plans::ItemKind kind)
{
    using K = Plans::ItemKind;
    switch (kind) {
    case K::RedFlagAction: return 0;
    case K::SurgicalReferral:
    case K::FusionReferral: return 1;
    case K::EpiduralInjection:
    case K::SpinalInjection: return 2;
    case K::Imaging: return 3;
    case K::PhysicalTherapy:
    case K::PsychologicallyInformedPT:
    case K::ExerciseProgramme: return 4;
    case K::SelfManagement: return 5;
    case K::BehaviouralHealth: return 6;
    case K::ImagingDeferred: return 7;
    default: return 8;
    }
}

QString itemKey(Plans::ItemKind kind)
{
    // Follow-up prints the plan's follow-up field; "other" only the clinician's own words.
    if (kind == Plans::ItemKind::FollowUp || kind == Plans::ItemKind::Other
        || handoutPlace(kind) == HandoutPlace::NotPrinted)
        return {};
    return u"item."_s + Plans::itemKindCode(kind);
}

const QList<VisitTextKey> &visitTextKeys()
{
    static const QList<VisitTextKey> keys = [] {
        QList<VisitTextKey> k = {
            {u"intro"_s, {}},
            {u"section.problem"_s, {}},
            {u"section.goals"_s, {}},
            {u"section.plan"_s, {}},
            {u"section.home"_s, {}},
            {u"section.medicines"_s, {}},
            {u"section.next"_s, {}},
            {u"section.help"_s, {}},
            {u"section.contact"_s, {}},
            {u"label.visit-date"_s, {}},
            {u"label.clinician"_s, {}},
            {u"label.phone"_s, {}},
            {u"label.note"_s, {}},
            {u"problem.none"_s, {}},
            {u"goal"_s, {u"{goal}"_s, u"{date}"_s}},
            {u"goals.none"_s, {}},
            {u"plan.key-points"_s, {}},
            {u"plan.more"_s, {}},
            {u"plan.none"_s, {}},
            {u"home.advice"_s, {}},
            {u"next.follow-up"_s, {u"{when}"_s}},
            {u"next.follow-up-unset"_s, {}},
            {u"next.copy-primary"_s, {u"{name}"_s}},
            {u"next.copy-primary-unnamed"_s, {}},
            {u"next.copy-surgeon"_s, {u"{name}"_s}},
            {u"next.copy-surgeon-unnamed"_s, {}},
            {u"help.intro"_s, {}},
            {u"contact.intro"_s, {}},
            {u"about.reviewed"_s, {u"{revision}"_s, u"{name}"_s, u"{date}"_s}},
            {u"about.not-reviewed"_s, {u"{revision}"_s}},
        };
        for (Plans::ItemKind kind : Plans::itemKinds())
            if (const QString key = itemKey(kind); !key.isEmpty())
                k.append({key, {}});
        return k;
    }();
    return keys;
}

QStringList checkVisitText(const HandoutContent &content)
{
    QStringList errors;
    const auto add = [&](const QString &key, const QString &message) {
        errors << content.fileName + u": "_s + key + u": "_s + message;
    };
    if (content.kind != Kind::VisitText) {
        add(u"kind"_s, VisitTextTr::tr("must be \"visit-text\""));
        return errors;
    }
    static const QRegularExpression placeholder(uR"(\{[a-z-]+\})"_s);
    QSet<QString> known;
    for (const VisitTextKey &k : visitTextKeys()) {
        known.insert(k.key);
        if (!content.parts.contains(k.key)) {
            if (k.required)
                add(k.key, VisitTextTr::tr("missing"));
            continue;
        }
        QString text;
        for (const Block &b : content.parts.value(k.key))
            text += b.text() + u'\n';
        for (const QString &p : k.placeholders)
            if (!text.contains(p))
                add(k.key, VisitTextTr::tr("the text must contain %1").arg(p));
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QString p = it.next().captured();
            if (!k.placeholders.contains(p))
                add(k.key, VisitTextTr::tr("%1 is not filled in here (allowed: %2)")
                               .arg(p, k.placeholders.isEmpty() ? VisitTextTr::tr("none") : k.placeholders.join(u", "_s)));
        }
    }
    for (auto it = content.parts.cbegin(); it != content.parts.cend(); ++it)
        if (!known.contains(it.key()))
            add(it.key(), VisitTextTr::tr("unknown key"));
    return errors;
}

} // namespace SpineDesk::Handouts
