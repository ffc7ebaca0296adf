#include "core/decisionaids/checklist.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpineDesk::Aids {

namespace {
bool answersEveryOption(const DecisionAid &aid, const GridRow &row)
{
    return std::all_of(aid.options.begin(), aid.options.end(), [&row](const Option &o) { return row.answers.contains(o.id); });
}

bool hasTopic(const DecisionAid &aid, GridTopic topic)
{
    return std::any_of(aid.grid.begin(), aid.grid.end(),
                       [&](const GridRow &r) { return r.topic == topic && answersEveryOption(aid, r); });
}

bool emptyValue(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isString())
        return v.toString().trimmed().isEmpty();
    if (v.isArray())
        return v.toArray().isEmpty();
    if (v.isObject())
        return v.toObject().isEmpty();
    return false;
}

// The structural rule behind each criterion; empty when it holds.
QString ruleProblem(const QString &criterion, const DecisionAid &aid)
{
    if (criterion == u"Q1")
        return aid.condition.isEmpty() ? u"the aid does not describe the condition"_s : QString();
    if (criterion == u"Q2")
        return aid.decision.isEmpty() ? u"the aid does not state the decision"_s : QString();
    if (criterion == u"Q3") {
        const bool conservative = std::any_of(aid.options.begin(), aid.options.end(), [](const Option &o) { return o.conservative; });
        return aid.options.size() >= 2 && conservative ? QString() : u"the options must include continuing conservative care"_s;
    }
    if (criterion == u"Q4")
        return hasTopic(aid, GridTopic::Benefits) ? QString() : u"no benefits row answered for every option"_s;
    if (criterion == u"Q5")
        return hasTopic(aid, GridTopic::Harms) ? QString() : u"no harms row answered for every option"_s;
    if (criterion == u"Q6")
        return aid.recovery.size() == aid.options.size() ? QString() : u"what recovery is like is not described for every option"_s;
    if (criterion == u"C1") {
        for (const GridRow &r : aid.grid)
            if (!answersEveryOption(aid, r))
                return u"grid row \"%1\" does not answer every option"_s.arg(r.id);
        return QString();
    }
    if (criterion == u"C2") {
        const bool cited = std::all_of(aid.outcomes.begin(), aid.outcomes.end(), [](const Outcome &o) { return !o.evidence.isEmpty(); })
            && std::all_of(aid.scaleShifts.begin(), aid.scaleShifts.end(), [](const ScaleShift &s) { return !s.evidence.isEmpty(); });
        return cited && !aid.citedEvidence().isEmpty() ? QString() : u"outcomes must cite their evidence"_s;
    }
    if (criterion == u"C3")
        return aid.produced.isValid() && aid.reviewed.isValid() ? QString() : u"production and review dates are required"_s;
    if (criterion == u"C4")
        return !aid.updatePolicy.isEmpty() && aid.nextReview.isValid() ? QString() : u"an update policy and next review date are required"_s;
    if (criterion == u"C5") {
        const bool stated = std::all_of(aid.outcomes.begin(), aid.outcomes.end(), [](const Outcome &o) { return !o.uncertainty.isEmpty(); })
            && std::all_of(aid.scaleShifts.begin(), aid.scaleShifts.end(), [](const ScaleShift &s) { return !s.uncertainty.isEmpty(); });
        return stated ? QString() : u"every outcome must state its uncertainty"_s;
    }
    if (criterion == u"C6")
        return aid.funding.isEmpty() ? u"the funding statement is missing"_s : QString();
    return u"unknown criterion"_s;
}
} // namespace

QStringList ipdasCriteria()
{
    return {u"Q1"_s, u"Q2"_s, u"Q3"_s, u"Q4"_s, u"Q5"_s, u"Q6"_s, u"C1"_s, u"C2"_s, u"C3"_s, u"C4"_s, u"C5"_s, u"C6"_s};
}

QString ipdasCriterionText(const QString &id)
{
    // Paraphrases from shared-decisions.md §1.2–1.3 [R]; not the official wording.
    static const QMap<QString, QString> texts{
        {u"Q1"_s, u"describes the health condition or problem the decision is about"_s},
        {u"Q2"_s, u"states explicitly the decision that needs to be considered"_s},
        {u"Q3"_s, u"describes the options available"_s},
        {u"Q4"_s, u"describes the positive features (benefits) of each option"_s},
        {u"Q5"_s, u"describes the negative features (harms, side effects, disadvantages) of each option"_s},
        {u"Q6"_s, u"describes what it is like to experience the consequences of the options"_s},
        {u"C1"_s, u"shows positive and negative features with equal detail"_s},
        {u"C2"_s, u"cites the evidence used"_s},
        {u"C3"_s, u"gives a production or publication date"_s},
        {u"C4"_s, u"states an update policy"_s},
        {u"C5"_s, u"describes the uncertainty around outcome probabilities"_s},
        {u"C6"_s, u"discloses the funding for its development"_s},
    };
    return texts.value(id);
}

std::optional<Checklist> parseChecklist(const QByteArray &json, const QString &fileName, QStringList *errors)
{
    ContentErrors problems(fileName);
    Checklist out;
    if (const auto doc = ContentReader::parseDocument(json, &problems)) {
        const ContentReader top(*doc, QString(), &problems);
        top.allowOnly({"aid", "criteria", "notApplicable"});
        out.aid = top.id(u"aid"_s);
        out.notApplicable = top.string(u"notApplicable"_s);
        const QJsonArray a = top.array(u"criteria"_s);
        for (int i = 0; i < a.size(); ++i) {
            const ContentReader r = top.element(a, i, u"criteria"_s);
            r.allowOnly({"id", "where", "how"});
            ChecklistItem item;
            item.criterion = r.choice(u"id"_s, ipdasCriteria());
            if (std::any_of(out.items.begin(), out.items.end(), [&](const ChecklistItem &c) { return c.criterion == item.criterion; }))
                r.error(u"id"_s, u"duplicate criterion \"%1\""_s.arg(item.criterion));
            item.where = r.strings(u"where"_s);
            item.how = r.string(u"how"_s);
            out.items << item;
        }
        for (const QString &c : ipdasCriteria())
            if (std::none_of(out.items.begin(), out.items.end(), [&](const ChecklistItem &item) { return item.criterion == c; }))
                top.error(u"criteria"_s, u"criterion %1 is not listed"_s.arg(c));
    }
    errors->append(problems.list());
    if (!problems.isEmpty())
        return std::nullopt;
    return out;
}

QJsonValue valueAtPath(const QJsonObject &root, const QString &path)
{
    static const QRegularExpression part(u"^([A-Za-z0-9_-]+)((?:\\[\\d+\\])*)$"_s);
    static const QRegularExpression index(u"\\[(\\d+)\\]"_s);
    QJsonValue v(root);
    for (const QString &segment : path.split(u'.')) {
        const auto m = part.match(segment);
        if (!m.hasMatch() || !v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(m.captured(1));
        auto it = index.globalMatch(m.captured(2));
        while (it.hasNext()) {
            const int i = it.next().captured(1).toInt();
            if (!v.isArray() || i >= v.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toArray().at(i);
        }
    }
    return v;
}

QStringList checkAid(const DecisionAid &aid, const Checklist &checklist, const QString &checklistFile)
{
    ContentErrors problems(checklistFile);
    if (checklist.aid != aid.id)
        problems.add(u"aid"_s, u"names \"%1\", not \"%2\""_s.arg(checklist.aid, aid.id));
    for (int i = 0; i < checklist.items.size(); ++i) {
        const ChecklistItem &item = checklist.items[i];
        const QString path = u"criteria[%1]"_s.arg(i);
        for (const QString &where : item.where)
            if (emptyValue(valueAtPath(aid.json, where)))
                problems.add(path + u".where"_s, u"\"%1\" is missing or empty in %2.json"_s.arg(where, aid.id));
        const QString rule = ruleProblem(item.criterion, aid);
        if (!rule.isEmpty())
            problems.add(path, u"%1 not met: %2"_s.arg(item.criterion, rule));
    }
    return problems.list();
}

} // namespace SpineDesk::Aids
