#include "core/decisionaids/aid.h"

using namespace Qt::StringLiterals;

namespace SpineDesk::Aids {

QList<GridTopic> gridTopics()
{
    return {GridTopic::Involves, GridTopic::Benefits, GridTopic::Harms, GridTopic::Recovery, GridTopic::Later, GridTopic::Other};
}

QString gridTopicCode(GridTopic t)
{
    switch (t) {
    case GridTopic::Involves: return u"involves"_s;
    case GridTopic::Benefits: return u"benefits"_s;
    case GridTopic::Harms: return u"harms"_s;
    case GridTopic::Recovery: return u"recovery"_s;
    case GridTopic::Later: return u"later"_s;
    case GridTopic::Other: break;
    }
    return u"other"_s;
}

QList<OutcomeKind> outcomeKinds()
{
    return {OutcomeKind::Benefit, OutcomeKind::Harm, OutcomeKind::Course};
}

QString outcomeKindCode(OutcomeKind k)
{
    switch (k) {
    case OutcomeKind::Benefit: return u"benefit"_s;
    case OutcomeKind::Harm: return u"harm"_s;
    case OutcomeKind::Course: break;
    }
    return u"course"_s;
}

std::optional<int> Outcome::countFor(const QString &optionId) const
{
    for (const auto &[option, n] : per100)
        if (option == optionId)
            return n;
    return std::nullopt;
}

const Option *DecisionAid::option(const QString &optionId) const
{
    for (const Option &o : options)
        if (o.id == optionId)
            return &o;
    return nullptr;
}

QString DecisionAid::optionLabel(const QString &optionId, const QString &lang) const
{
    const Option *o = option(optionId);
    return o ? contentText(o->label, lang) : optionId;
}

bool Translation::reviewed() const
{
    return !reviewedBy.isEmpty() && reviewedBy != QLatin1String(kNotYetReviewed) && reviewedOn.isValid();
}

QStringList DecisionAid::languages() const
{
    QStringList out{u"en"_s};
    for (auto it = translations.begin(); it != translations.end(); ++it)
        out << it.key();
    return out;
}

bool DecisionAid::hasLanguage(const QString &lang) const
{
    return lang == u"en" || translations.contains(lang);
}

bool DecisionAid::pendingReview(const QString &lang) const
{
    const auto it = translations.constFind(lang);
    return it != translations.cend() && !it->reviewed();
}

QStringList DecisionAid::citedEvidence() const
{
    QStringList out;
    auto add = [&out](const QString &evidenceId) {
        if (!evidenceId.isEmpty() && !out.contains(evidenceId))
            out << evidenceId;
    };
    for (const GridRow &r : grid)
        for (const QString &e : r.evidence)
            add(e);
    for (const Outcome &o : outcomes)
        add(o.evidence);
    for (const ScaleShift &s : scaleShifts)
        add(s.evidence);
    for (const KnowledgeQuestion &q : knowledge)
        for (const QString &e : q.evidence)
            add(e);
    return out;
}

} // namespace SpineDesk::Aids
