#include "core/decisionaids/record.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SpineDesk::Aids {

namespace {
struct DecisionText {
    Q_DECLARE_TR_FUNCTIONS(DecisionText)
};
} // namespace

QStringList sureItemIds()
{
    return {u"sure-s"_s, u"sure-u"_s, u"sure-r"_s, u"sure-e"_s};
}

SureResult scoreSure(const QList<std::optional<bool>> &answers)
{
    SureResult r;
    const QStringList ids = sureItemIds();
    int yes = 0;
    int answered = 0;
    for (int i = 0; i < kSureItems && i < answers.size(); ++i) {
        if (!answers[i])
            continue;
        ++answered;
        if (*answers[i])
            ++yes;
        else
            r.noItems << ids[i];
    }
    r.complete = answered == kSureItems;
    if (r.complete) {
        r.score = yes;
        r.conflict = yes < kSureItems;
    }
    return r;
}

QString sureSuggestion(const QString &itemId)
{
    if (itemId == u"sure-s")
        return DecisionText::tr("Take more time: the decision does not have to be made today.");
    if (itemId == u"sure-u")
        return DecisionText::tr("Go over the options, benefits and risks again, or take the summary home to read.");
    if (itemId == u"sure-r")
        return DecisionText::tr("Do the values exercise again to see which benefits and risks matter most.");
    if (itemId == u"sure-e")
        return DecisionText::tr("Talk it over with family or others you trust, and ask for a follow-up conversation.");
    return {};
}

QJsonObject DecisionRecord::toJson() const
{
    QJsonObject valueObject;
    for (auto it = values.begin(); it != values.end(); ++it)
        valueObject.insert(it.key(), it.value());
    QJsonArray sureArray;
    for (const auto &a : sure)
        sureArray.append(a ? QJsonValue(*a ? u"yes"_s : u"no"_s) : QJsonValue());
    QJsonObject knowledgeObject;
    for (auto it = knowledge.begin(); it != knowledge.end(); ++it)
        knowledgeObject.insert(it.key(), it.value());
    QJsonObject o{
        {u"optionsDiscussed"_s, QJsonArray::fromStringList(optionsDiscussed)},
        {u"values"_s, valueObject},
        {u"preferredOption"_s, preferredOption},
        {u"sure"_s, sureArray},
        {u"knowledge"_s, knowledgeObject},
        {u"participants"_s, QJsonArray::fromStringList(participants)},
        {u"note"_s, note},
        {u"aidSha256"_s, aidSha256},
        {u"recordedBy"_s, recordedBy},
        {u"recordedAt"_s, recordedAt.toUTC().toString(Qt::ISODate)},
    };
    if (const SureResult r = sureResult(); r.score)
        o.insert(u"sureScore"_s, *r.score); // for readers outside SpineDesk; recomputed on load
    return o;
}

DecisionRecord DecisionRecord::fromJson(const QJsonObject &json, ContentErrors *errors)
{
    const ContentReader r(json, QString(), errors);
    r.allowOnly({"optionsDiscussed", "values", "preferredOption", "sure", "sureScore", "knowledge", "participants", "note", "aidSha256", "recordedBy",
                 "recordedAt"});
    DecisionRecord d;
    d.optionsDiscussed = r.strings(u"optionsDiscussed"_s, false);
    const ContentReader values = r.child(u"values"_s);
    for (auto it = values.object().begin(); it != values.object().end(); ++it)
        d.values.insert(it.key(), values.integer(it.key(), 0, 10));
    d.preferredOption = r.string(u"preferredOption"_s, false);
    const QJsonArray sure = r.array(u"sure"_s, false);
    for (int i = 0; i < sure.size() && i < kSureItems; ++i) {
        const QJsonValue v = sure.at(i);
        if (v.isNull())
            d.sure << std::nullopt;
        else if (v == QJsonValue(u"yes"_s) || v == QJsonValue(u"no"_s))
            d.sure << (v.toString() == u"yes");
        else
            errors->add(u"sure[%1]"_s.arg(i), u"must be \"yes\", \"no\" or null"_s);
    }
    if (sure.size() > kSureItems)
        r.error(u"sure"_s, u"has more than %1 answers"_s.arg(kSureItems));
    while (d.sure.size() < kSureItems)
        d.sure << std::nullopt;
    const ContentReader knowledge = r.child(u"knowledge"_s);
    for (auto it = knowledge.object().begin(); it != knowledge.object().end(); ++it)
        d.knowledge.insert(it.key(), knowledge.string(it.key()));
    d.participants = r.strings(u"participants"_s, false);
    d.note = r.string(u"note"_s, false);
    d.aidSha256 = r.string(u"aidSha256"_s, false);
    d.recordedBy = qint64(r.number(u"recordedBy"_s, false));
    d.recordedAt = QDateTime::fromString(r.string(u"recordedAt"_s, false), Qt::ISODate);
    return d;
}

} // namespace SpineDesk::Aids
