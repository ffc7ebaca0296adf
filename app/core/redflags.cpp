#include "core/redflags.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct RedFlagText {
    Q_DECLARE_TR_FUNCTIONS(RedFlagText)
};

constexpr int kScreenFormat = 1;

QString qualified(QStringView what, const QString &path)
{
    return what.toString() + u" (first used at "_s + path + u')';
}

QList<RedFlagItem> readItems(const ContentReader &cr, QHash<QString, QString> &ids, bool *urgenciesRead)
{
    QList<RedFlagItem> items;
    const QJsonArray array = cr.array(u"items"_s);
    for (int j = 0; j < array.size(); ++j) {
        const ContentReader ir = cr.element(array, j, u"items"_s);
        ir.allowOnly({"id", "text", "strength", "strengthBasis", "urgency", "sources"});
        RedFlagItem item;
        item.id = ir.id(u"id"_s);
        if (!item.id.isEmpty()) {
            if (ids.contains(item.id))
                ir.error(u"id"_s, qualified(u"duplicate id \"%1\""_s.arg(item.id), ids.value(item.id)));
            else
                ids.insert(item.id, ir.pathOf(u"id"_s));
        }
        item.text = ir.text(u"text"_s);
        const auto strength = ir.oneOf<FlagStrength>(u"strength"_s, {FlagStrength::Strong, FlagStrength::Soft}, flagStrengthCode, false);
        item.strength = strength.value_or(FlagStrength::Ordinary);
        if (ir.has(u"strengthBasis"_s)) {
            if (!ir.has(u"strength"_s))
                ir.error(u"strengthBasis"_s, u"given without a strength"_s);
            item.strengthBasis = ir.citation(u"strengthBasis"_s);
        } else if (strength) {
            ir.error(u"strengthBasis"_s, u"missing: say where the strength comes from"_s);
        }
        item.urgency = ir.oneOf<Urgency>(u"urgency"_s, urgencies(), urgencyCode, false);
        if (ir.has(u"urgency"_s) && !item.urgency)
            *urgenciesRead = false;
        if (item.urgency && item.strength == FlagStrength::Soft)
            ir.error(u"urgency"_s, u"a soft flag takes its condition's urgency (rule 6); leave this out"_s);
        if (ir.has(u"sources"_s)) {
            item.sources = ir.citations(u"sources"_s);
        }
        items.append(item);
    }
    return items;
}

// Every urgency a condition can reach must have an action, and no action may be unreachable.
void checkActions(const ContentReader &ar, const RedFlagCondition &c)
{
    QSet<Urgency> reachable;
    for (const auto &item : c.items) {
        if (item.urgency)
            reachable.insert(*item.urgency);
        else
            reachable.insert(c.urgency);
        if (item.strength == FlagStrength::Soft)
            reachable.insert(Urgency::Routine);
    }
    if (c.escalationMinPresent > 0)
        reachable.insert(c.escalationUrgency);
    for (Urgency u : urgencies()) {
        if (reachable.contains(u) && !c.actions.contains(u))
            ar.error(urgencyCode(u), u"missing: a flag of this condition can reach this urgency"_s);
        else if (!reachable.contains(u) && c.actions.contains(u))
            ar.error(urgencyCode(u), u"no flag of this condition reaches this urgency"_s);
    }
}

RedFlagCondition readCondition(const ContentReader &cr, QHash<QString, QString> &ids)
{
    cr.allowOnly({"id", "label", "urgency", "actions", "note", "escalation", "sources", "items"});
    RedFlagCondition c;
    c.id = cr.id(u"id"_s);
    if (!c.id.isEmpty()) {
        if (ids.contains(c.id))
            cr.error(u"id"_s, qualified(u"duplicate id \"%1\""_s.arg(c.id), ids.value(c.id)));
        else
            ids.insert(c.id, cr.pathOf(u"id"_s));
    }
    c.label = cr.text(u"label"_s);
    const auto urgency = cr.oneOf<Urgency>(u"urgency"_s, urgencies(), urgencyCode);
    bool urgenciesRead = urgency.has_value(); // else checking the actions would only add noise
    c.urgency = urgency.value_or(Urgency::Urgent);
    c.note = cr.text(u"note"_s, false);
    c.sources = cr.citations(u"sources"_s);
    c.items = readItems(cr, ids, &urgenciesRead);

    if (cr.has(u"escalation"_s)) {
        const ContentReader er = cr.child(u"escalation"_s);
        er.allowOnly({"minPresent", "urgency", "basis"});
        c.escalationMinPresent = er.integer(u"minPresent"_s, 2, 1000, true, 0);
        const auto escalation = er.oneOf<Urgency>(u"urgency"_s, urgencies(), urgencyCode);
        urgenciesRead = urgenciesRead && escalation.has_value();
        c.escalationUrgency = escalation.value_or(Urgency::None);
        c.escalationBasis = er.citation(u"basis"_s);
        if (c.escalationMinPresent > c.items.size())
            er.error(u"minPresent"_s, u"more than the %1 flags of this condition"_s.arg(c.items.size()));
        if (c.escalationUrgency != Urgency::None && c.escalationUrgency <= c.urgency)
            er.error(u"urgency"_s, u"must be more urgent than the condition's urgency"_s);
        if (c.escalationUrgency == Urgency::None)
            c.escalationMinPresent = 0;
    }

    const ContentReader ar = cr.child(u"actions"_s);
    for (auto it = ar.object().begin(); it != ar.object().end(); ++it) {
        const auto u = urgencyFromCode(it.key());
        if (!u || *u == Urgency::None) {
            QStringList codes;
            for (Urgency v : urgencies())
                codes << urgencyCode(v);
            ar.error(it.key(), u"not an urgency: "_s + ContentReader::unknownValue(it.key(), codes));
            continue;
        }
        c.actions.insert(*u, ar.textValue(it.value(), ar.pathOf(it.key())));
    }
    if (urgenciesRead)
        checkActions(ar, c);
    return c;
}

void join(QString *error, const QStringList &errors)
{
    if (error)
        *error = errors.join(u"; "_s);
}

QString acknowledgementTarget(const RedFlagChecklist &checklist, const QString &target)
{
    if (const auto *c = checklist.condition(target))
        return contentText(c->label);
    if (const auto *i = checklist.item(target))
        return contentText(i->text);
    return target;
}
} // namespace

// ---- codes and labels ----

QList<Urgency> urgencies()
{
    return {Urgency::Routine, Urgency::Soon, Urgency::Urgent, Urgency::Emergency};
}

QString urgencyCode(Urgency u)
{
    switch (u) {
    case Urgency::Routine: return u"routine"_s;
    case Urgency::Soon: return u"soon"_s;
    case Urgency::Urgent: return u"urgent"_s;
    case Urgency::Emergency: return u"emergency"_s;
    case Urgency::None: break;
    }
    return u"none"_s;
}

std::optional<Urgency> urgencyFromCode(QStringView code)
{
    for (auto u : {Urgency::None, Urgency::Routine, Urgency::Soon, Urgency::Urgent, Urgency::Emergency})
        if (urgencyCode(u) == code)
            return u;
    return std::nullopt;
}

QString urgencyLabel(Urgency u)
{
    switch (u) {
    case Urgency::Routine: return RedFlagText::tr("Routine review");
    case Urgency::Soon: return RedFlagText::tr("Soon");
    case Urgency::Urgent: return RedFlagText::tr("Urgent");
    case Urgency::Emergency: return RedFlagText::tr("Emergency");
    case Urgency::None: break;
    }
    return RedFlagText::tr("None");
}

QString flagStrengthCode(FlagStrength s)
{
    switch (s) {
    case FlagStrength::Strong: return u"strong"_s;
    case FlagStrength::Soft: return u"soft"_s;
    case FlagStrength::Ordinary: break;
    }
    return u"ordinary"_s;
}

QString flagStateCode(FlagState s)
{
    switch (s) {
    case FlagState::Present: return u"present"_s;
    case FlagState::Absent: return u"absent"_s;
    case FlagState::NotAssessed: break;
    }
    return u"not-assessed"_s;
}

std::optional<FlagState> flagStateFromCode(QStringView code)
{
    for (auto s : {FlagState::NotAssessed, FlagState::Present, FlagState::Absent})
        if (flagStateCode(s) == code)
            return s;
    return std::nullopt;
}

QString flagStateLabel(FlagState s)
{
    switch (s) {
    case FlagState::Present: return RedFlagText::tr("Present");
    case FlagState::Absent: return RedFlagText::tr("Absent");
    case FlagState::NotAssessed: break;
    }
    return RedFlagText::tr("Not assessed");
}

// ---- the checklist ----

QString RedFlagCondition::action(Urgency u, const QString &lang) const
{
    return contentText(actions.value(u), lang);
}

QString RedFlagChecklist::bundledPath()
{
    return u":/content/red-flags/red-flags.json"_s;
}

std::optional<RedFlagChecklist> RedFlagChecklist::load(const QString &path, QStringList *errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *errors = {QFileInfo(path).fileName() + u": cannot be read: "_s + f.errorString()};
        return std::nullopt;
    }
    return parse(f.readAll(), path, errors);
}

std::optional<RedFlagChecklist> RedFlagChecklist::parse(const QByteArray &json, const QString &fileName, QStringList *errors)
{
    const QFileInfo info(fileName);
    ContentErrors errs(info.fileName());
    const auto root = ContentReader::parseDocument(json, &errs);
    if (!root) {
        *errors = errs.list();
        return std::nullopt;
    }
    const ContentReader r(*root, {}, &errs);
    r.allowOnly({"id", "revision", "title", "sources", "conditions"});
    RedFlagChecklist out;
    out.id = r.id(u"id"_s);
    if (!out.id.isEmpty() && out.id != info.completeBaseName())
        r.error(u"id"_s, u"\"%1\" must equal the file name \"%2\""_s.arg(out.id, info.completeBaseName()));
    out.revision = r.integer(u"revision"_s, 1, std::numeric_limits<int>::max());
    out.title = r.text(u"title"_s);
    out.sources = r.citations(u"sources"_s);
    QHash<QString, QString> ids; // every id, condition or item, with where it was first used
    const QJsonArray conditions = r.array(u"conditions"_s);
    for (int i = 0; i < conditions.size(); ++i)
        out.conditions.append(readCondition(r.element(conditions, i, u"conditions"_s), ids));
    *errors = errs.list();
    if (!errs.isEmpty())
        return std::nullopt;
    return out;
}

const RedFlagCondition *RedFlagChecklist::condition(QStringView wanted) const
{
    for (const auto &c : conditions)
        if (c.id == wanted)
            return &c;
    return nullptr;
}

const RedFlagItem *RedFlagChecklist::item(QStringView wanted) const
{
    for (const auto &c : conditions)
        for (const auto &i : c.items)
            if (i.id == wanted)
                return &i;
    return nullptr;
}

const RedFlagCondition *RedFlagChecklist::conditionOf(QStringView itemId) const
{
    for (const auto &c : conditions)
        for (const auto &i : c.items)
            if (i.id == itemId)
                return &c;
    return nullptr;
}

QStringList RedFlagChecklist::itemIds() const
{
    QStringList out;
    for (const auto &c : conditions)
        for (const auto &i : c.items)
            out << i.id;
    return out;
}

QList<ContentCitation> RedFlagChecklist::sourcesFor(QStringView itemId) const
{
    const auto *i = item(itemId);
    if (!i)
        return {};
    return i->sources.isEmpty() ? conditionOf(itemId)->sources : i->sources;
}

bool RedFlagChecklist::itemNeedsVerification(QStringView itemId) const
{
    return needsVerification(sourcesFor(itemId));
}

// ---- the screen ----

bool Acknowledgement::isComplete() const
{
    return clinicianId > 0 && at.isValid()
        && (!actionTaken.trimmed().isEmpty() || !reasonNotActing.trimmed().isEmpty());
}

RedFlagScreen RedFlagScreen::rescreen(const RedFlagScreen &previous)
{
    RedFlagScreen next;
    next.m_revision = previous.m_revision;
    for (auto it = previous.m_answers.begin(); it != previous.m_answers.end(); ++it)
        if (it->firstPresent.isValid()) // present last time, or carried and not yet asked again
            next.m_answers.insert(it.key(), {FlagState::NotAssessed, it->firstPresent});
    return next;
}

FlagState RedFlagScreen::state(const QString &itemId) const
{
    return m_answers.value(itemId).state;
}

QDate RedFlagScreen::firstPresent(const QString &itemId) const
{
    const FlagAnswer a = m_answers.value(itemId);
    return a.state == FlagState::Present ? a.firstPresent : QDate();
}

void RedFlagScreen::setState(const QString &itemId, FlagState state, QDate on)
{
    FlagAnswer &a = m_answers[itemId];
    a.state = state;
    if (state == FlagState::Present && !a.firstPresent.isValid())
        a.firstPresent = on;
    else if (state == FlagState::Absent)
        a.firstPresent = QDate(); // a flag that comes back later is a new flag with a new date
    if (a.state == FlagState::NotAssessed && !a.firstPresent.isValid())
        m_answers.remove(itemId);
}

Urgency RedFlagScreen::conditionConcern(const RedFlagCondition &condition) const
{
    QList<const RedFlagItem *> present;
    for (const auto &i : condition.items)
        if (state(i.id) == FlagState::Present)
            present.append(&i);
    if (present.isEmpty())
        return Urgency::None;
    // Rule 6: one soft flag on its own is a reason for routine review, not for imaging.
    if (present.size() == 1 && present.first()->strength == FlagStrength::Soft)
        return Urgency::Routine;
    Urgency u = Urgency::None;
    for (const auto *i : present)
        u = std::max(u, i->urgency.value_or(condition.urgency));
    // Rule 3: several flags of one condition together escalate (fracture).
    if (condition.escalationMinPresent > 0 && present.size() >= condition.escalationMinPresent)
        u = std::max(u, condition.escalationUrgency);
    return u;
}

Urgency RedFlagScreen::concern(const RedFlagChecklist &checklist) const
{
    Urgency u = Urgency::None;
    for (const auto &c : checklist.conditions)
        u = std::max(u, conditionConcern(c));
    return u;
}

QList<ConditionConcern> RedFlagScreen::conditionConcerns(const RedFlagChecklist &checklist) const
{
    QList<ConditionConcern> out;
    for (const auto &c : checklist.conditions) {
        ConditionConcern cc{c.id, conditionConcern(c), {}};
        if (cc.urgency == Urgency::None)
            continue;
        for (const auto &i : c.items)
            if (state(i.id) == FlagState::Present)
                cc.presentItems << i.id;
        out.append(cc);
    }
    std::stable_sort(out.begin(), out.end(), [](const ConditionConcern &a, const ConditionConcern &b) { return a.urgency > b.urgency; });
    return out;
}

bool RedFlagScreen::hasEmergency(const RedFlagChecklist &checklist) const
{
    return concern(checklist) == Urgency::Emergency;
}

bool RedFlagScreen::isComplete(const RedFlagChecklist &checklist) const
{
    return notAssessedItems(checklist).isEmpty();
}

bool RedFlagScreen::allAbsent(const RedFlagChecklist &checklist) const
{
    const QStringList ids = checklist.itemIds();
    return !ids.isEmpty() && std::all_of(ids.begin(), ids.end(), [this](const QString &id) { return state(id) == FlagState::Absent; });
}

QStringList RedFlagScreen::presentItems(const RedFlagChecklist &checklist) const
{
    QStringList out;
    for (const QString &id : checklist.itemIds())
        if (state(id) == FlagState::Present)
            out << id;
    return out;
}

QStringList RedFlagScreen::notAssessedItems(const RedFlagChecklist &checklist) const
{
    QStringList out;
    for (const QString &id : checklist.itemIds())
        if (state(id) == FlagState::NotAssessed)
            out << id;
    return out;
}

QString RedFlagScreen::statusText(const RedFlagChecklist &checklist) const
{
    const int present = int(presentItems(checklist).size());
    if (present > 0) {
        // Explicit forms: English has no translation file to resolve %n plurals.
        const QString text = present == 1 ? RedFlagText::tr("1 red flag present") : RedFlagText::tr("%1 red flags present").arg(present);
        return isComplete(checklist) ? text : text + RedFlagText::tr("; red-flag screen incomplete");
    }
    if (allAbsent(checklist))
        return RedFlagText::tr("Red-flag screen complete: all items absent");
    return RedFlagText::tr("Red-flag screen incomplete");
}

QList<FlagNeedingAction> RedFlagScreen::needingAction(const RedFlagChecklist &checklist) const
{
    QList<FlagNeedingAction> out;
    for (const auto &cc : conditionConcerns(checklist)) {
        if (cc.urgency < Urgency::Soon)
            continue;
        for (const QString &item : cc.presentItems)
            out.append({item, cc.conditionId, cc.urgency, isAcknowledged(item)});
    }
    return out;
}

QList<FlagNeedingAction> RedFlagScreen::unacknowledged(const RedFlagChecklist &checklist) const
{
    QList<FlagNeedingAction> out;
    for (const auto &f : needingAction(checklist))
        if (!f.acknowledged)
            out.append(f);
    return out;
}

bool RedFlagScreen::isAcknowledged(const QString &itemId) const
{
    return std::any_of(m_acknowledgements.begin(), m_acknowledgements.end(),
                       [&](const Acknowledgement &a) { return a.isComplete() && a.items.contains(itemId); });
}

bool RedFlagScreen::acknowledge(const RedFlagChecklist &checklist, Acknowledgement ack, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    ack.actionTaken = ack.actionTaken.trimmed();
    ack.reasonNotActing = ack.reasonNotActing.trimmed();
    if (ack.clinicianId <= 0)
        return fail(RedFlagText::tr("Record which clinician acknowledged the flag."));
    if (!ack.at.isValid())
        return fail(RedFlagText::tr("Record when the flag was acknowledged."));
    if (ack.actionTaken.isEmpty() && ack.reasonNotActing.isEmpty())
        return fail(RedFlagText::tr("Record the action taken, or the reason for not acting."));
    if (const auto *c = checklist.condition(ack.target)) {
        ack.items.clear();
        for (const auto &i : c->items)
            if (state(i.id) == FlagState::Present)
                ack.items << i.id;
        if (ack.items.isEmpty())
            return fail(RedFlagText::tr("No flag of “%1” is marked present.").arg(acknowledgementTarget(checklist, ack.target)));
    } else if (checklist.item(ack.target)) {
        if (state(ack.target) != FlagState::Present)
            return fail(RedFlagText::tr("“%1” is not marked present.").arg(acknowledgementTarget(checklist, ack.target)));
        ack.items = {ack.target};
    } else {
        return fail(RedFlagText::tr("There is no red flag “%1”.").arg(ack.target));
    }
    m_acknowledgements.append(ack);
    return true;
}

// ---- JSON ----

QJsonObject RedFlagScreen::toJson() const
{
    QJsonObject answers;
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        QJsonObject a{{u"state"_s, flagStateCode(it->state)}};
        if (it->firstPresent.isValid())
            a.insert(u"firstPresent"_s, it->firstPresent.toString(Qt::ISODate));
        answers.insert(it.key(), a);
    }
    QJsonArray acks;
    for (const auto &ack : m_acknowledgements) {
        QJsonObject a{{u"target"_s, ack.target},
                      {u"items"_s, QJsonArray::fromStringList(ack.items)},
                      {u"clinicianId"_s, ack.clinicianId},
                      {u"at"_s, ack.at.toUTC().toString(Qt::ISODate)}};
        if (!ack.actionTaken.isEmpty())
            a.insert(u"actionTaken"_s, ack.actionTaken);
        if (!ack.reasonNotActing.isEmpty())
            a.insert(u"reasonNotActing"_s, ack.reasonNotActing);
        acks.append(a);
    }
    return {{u"format"_s, kScreenFormat}, {u"revision"_s, m_revision}, {u"answers"_s, answers}, {u"acknowledgements"_s, acks}};
}

std::optional<RedFlagScreen> RedFlagScreen::fromJson(const QJsonObject &json, QString *error)
{
    ContentErrors errs(u"red-flag screen"_s);
    const ContentReader r(json, {}, &errs);
    r.allowOnly({"format", "revision", "answers", "acknowledgements"});
    r.integer(u"format"_s, kScreenFormat, kScreenFormat);
    RedFlagScreen out;
    out.m_revision = r.integer(u"revision"_s, 0, std::numeric_limits<int>::max());
    const ContentReader answers = r.child(u"answers"_s);
    for (auto it = answers.object().begin(); it != answers.object().end(); ++it) {
        const QString path = answers.pathOf(it.key());
        if (!it->isObject()) {
            errs.add(path, u"must be an object"_s);
            continue;
        }
        const ContentReader a(it->toObject(), path, &errs);
        a.allowOnly({"state", "firstPresent"});
        FlagAnswer answer;
        answer.state = a.oneOf<FlagState>(u"state"_s, {FlagState::NotAssessed, FlagState::Present, FlagState::Absent}, flagStateCode)
                           .value_or(FlagState::NotAssessed);
        if (a.has(u"firstPresent"_s)) {
            answer.firstPresent = QDate::fromString(a.string(u"firstPresent"_s), Qt::ISODate);
            if (!answer.firstPresent.isValid())
                a.error(u"firstPresent"_s, u"must be a date (YYYY-MM-DD)"_s);
        }
        out.m_answers.insert(it.key(), answer);
    }
    const QJsonArray acks = r.array(u"acknowledgements"_s, false);
    for (int i = 0; i < acks.size(); ++i) {
        const ContentReader a = r.element(acks, i, u"acknowledgements"_s);
        a.allowOnly({"target", "items", "actionTaken", "reasonNotActing", "clinicianId", "at"});
        Acknowledgement ack;
        ack.target = a.string(u"target"_s);
        for (const auto &v : a.array(u"items"_s)) {
            if (!v.isString())
                a.error(u"items"_s, u"must be a list of item ids"_s);
            ack.items << v.toString();
        }
        ack.actionTaken = a.string(u"actionTaken"_s, false);
        ack.reasonNotActing = a.string(u"reasonNotActing"_s, false);
        ack.clinicianId = a.integer(u"clinicianId"_s, 1, std::numeric_limits<int>::max());
        ack.at = QDateTime::fromString(a.string(u"at"_s), Qt::ISODate);
        if (!ack.at.isValid())
            a.error(u"at"_s, u"must be a date and time (ISO 8601)"_s);
        out.m_acknowledgements.append(ack);
    }
    if (!errs.isEmpty()) {
        join(error, errs.list());
        return std::nullopt;
    }
    return out;
}

} // namespace SpineDesk
