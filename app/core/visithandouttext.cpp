#include "core/visithandouttext.h"

#include "core/plan/diagnosis.h"

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
        k.append({u"notice.translation-pending"_s, {}});
        for (Plans::ItemKind kind : Plans::itemKinds())
            if (const QString key = itemKey(kind); !key.isEmpty())
                k.append({key, {}});
        for (const Plans::DiagnosisDefinition &d : Plans::DiagnosisCatalogue::bundled().all())
            if (!d.patientWords.trimmed().isEmpty())
                k.append({diagnosisKey(d.id), {}, VisitTextKey::Presence::TranslationOnly});
        return k;
    }();
    return keys;
}

const QList<VisitTextKey> &exerciseSheetTextKeys()
{
    static const QList<VisitTextKey> keys = {
        {u"heading"_s, {}},
        {u"label.date"_s, {}},
        {u"label.therapist"_s, {}},
        {u"intro"_s, {}},
        {u"section.stop"_s, {}},
        {u"stop.default"_s, {}},
        {u"stop.call-clinic"_s, {u"{clinic}"_s}},
        {u"stop.call-phone"_s, {u"{phone}"_s}},
        {u"stop.emergency"_s, {}},
        {u"label.note"_s, {}},
        {u"label.progression"_s, {}},
        {u"section.advice"_s, {}},
        {u"section.contact"_s, {}},
        {u"label.phone"_s, {}},
        {u"about.not-reviewed"_s, {u"{names}"_s}},
        // The dose, word by word (Therapy::DoseWords): {n} a count, {repetitions} and {time} phrases.
        {u"dose.repetition"_s, {u"{n}"_s}},
        {u"dose.repetitions"_s, {u"{n}"_s}},
        {u"dose.set-of"_s, {u"{n}"_s, u"{repetitions}"_s}},
        {u"dose.sets-of"_s, {u"{n}"_s, u"{repetitions}"_s}},
        {u"dose.set"_s, {u"{n}"_s}},
        {u"dose.sets"_s, {u"{n}"_s}},
        {u"dose.second"_s, {u"{n}"_s}},
        {u"dose.seconds"_s, {u"{n}"_s}},
        {u"dose.hold-each"_s, {u"{time}"_s}},
        {u"dose.hold"_s, {u"{time}"_s}},
        {u"dose.minute"_s, {u"{n}"_s}},
        {u"dose.minutes"_s, {u"{n}"_s}},
        {u"dose.for"_s, {u"{time}"_s}},
        {u"dose.once-a-day"_s, {}},
        {u"dose.twice-a-day"_s, {}},
        {u"dose.times-a-day"_s, {u"{n}"_s}},
        {u"dose.every-day"_s, {}},
        {u"dose.day-a-week"_s, {u"{n}"_s}},
        {u"dose.days-a-week"_s, {u"{n}"_s}},
        {u"dose.as-shown"_s, {}},
    };
    return keys;
}

QList<VisitTextKey> textKeys(const QString &id)
{
    if (id == kVisitTextId)
        return visitTextKeys();
    if (id == kExerciseSheetTextId)
        return exerciseSheetTextKeys();
    return {};
}

QString diagnosisKey(const QString &diagnosisId)
{
    return u"diagnosis."_s + diagnosisId;
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
    const QList<VisitTextKey> keys = textKeys(content.id);
    if (keys.isEmpty()) {
        add(u"id"_s, VisitTextTr::tr("\"%1\" has no list of keys (known: %2, %3)").arg(content.id, kVisitTextId, kExerciseSheetTextId));
        return errors;
    }
    static const QRegularExpression placeholder(uR"(\{[a-z-]+\})"_s);
    QSet<QString> known;
    for (const VisitTextKey &k : keys) {
        const bool translationOnly = k.presence == VisitTextKey::Presence::TranslationOnly;
        if (translationOnly && !content.isTranslation()) {
            if (content.parts.contains(k.key))
                add(k.key, VisitTextTr::tr("only a translation has this key: the English text comes from its own source"));
            known.insert(k.key);
            continue;
        }
        known.insert(k.key);
        if (!content.parts.contains(k.key)) {
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
