#include "core/yellowflags.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
constexpr int kRecordFormat = 1;

void claim(const ContentReader &r, const QString &id, QHash<QString, QString> &ids)
{
    if (id.isEmpty())
        return;
    if (ids.contains(id))
        r.error(u"id"_s, u"duplicate id \"%1\" (first used at %2)"_s.arg(id, ids.value(id)));
    else
        ids.insert(id, r.pathOf(u"id"_s));
}
} // namespace

QString YellowFlagChecklist::bundledPath()
{
    return u":/content/red-flags/yellow-flags.json"_s;
}

std::optional<YellowFlagChecklist> YellowFlagChecklist::load(const QString &path, QStringList *errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *errors = {QFileInfo(path).fileName() + u": cannot be read: "_s + f.errorString()};
        return std::nullopt;
    }
    return parse(f.readAll(), path, errors);
}

std::optional<YellowFlagChecklist> YellowFlagChecklist::parse(const QByteArray &json, const QString &fileName, QStringList *errors)
{
    const QFileInfo info(fileName);
    ContentErrors errs(info.fileName());
    const auto root = ContentReader::parseDocument(json, &errs);
    if (!root) {
        *errors = errs.list();
        return std::nullopt;
    }
    const ContentReader r(*root, {}, &errs);
    r.allowOnly({"id", "revision", "title", "sources", "keyPredictors", "domains"});
    YellowFlagChecklist out;
    out.id = r.id(u"id"_s);
    if (!out.id.isEmpty() && out.id != info.completeBaseName())
        r.error(u"id"_s, u"\"%1\" must equal the file name \"%2\""_s.arg(out.id, info.completeBaseName()));
    out.revision = r.integer(u"revision"_s, 1, std::numeric_limits<int>::max());
    out.title = r.text(u"title"_s);
    out.sources = r.citations(u"sources"_s);
    const QJsonArray predictors = r.array(u"keyPredictors"_s, false);
    for (int i = 0; i < predictors.size(); ++i)
        out.keyPredictors.append(r.textValue(predictors.at(i), r.pathOf(u"keyPredictors"_s) + u'[' + QString::number(i) + u']'));

    QHash<QString, QString> ids;
    const QJsonArray domains = r.array(u"domains"_s);
    for (int i = 0; i < domains.size(); ++i) {
        const ContentReader dr = r.element(domains, i, u"domains"_s);
        dr.allowOnly({"id", "label", "sources", "items"});
        YellowFlagDomain d;
        d.id = dr.id(u"id"_s);
        claim(dr, d.id, ids);
        d.label = dr.text(u"label"_s);
        if (dr.has(u"sources"_s))
            d.sources = dr.citations(u"sources"_s);
        const QJsonArray items = dr.array(u"items"_s);
        for (int j = 0; j < items.size(); ++j) {
            const ContentReader ir = dr.element(items, j, u"items"_s);
            ir.allowOnly({"id", "text"});
            YellowFlagItem item{ir.id(u"id"_s), ir.text(u"text"_s)};
            claim(ir, item.id, ids);
            d.items.append(item);
        }
        out.domains.append(d);
    }
    *errors = errs.list();
    if (!errs.isEmpty())
        return std::nullopt;
    return out;
}

const YellowFlagDomain *YellowFlagChecklist::domain(QStringView wanted) const
{
    for (const auto &d : domains)
        if (d.id == wanted)
            return &d;
    return nullptr;
}

const YellowFlagDomain *YellowFlagChecklist::domainOf(QStringView itemId) const
{
    for (const auto &d : domains)
        for (const auto &i : d.items)
            if (i.id == itemId)
                return &d;
    return nullptr;
}

const YellowFlagItem *YellowFlagChecklist::item(QStringView wanted) const
{
    for (const auto &d : domains)
        for (const auto &i : d.items)
            if (i.id == wanted)
                return &i;
    return nullptr;
}

QList<ContentCitation> YellowFlagChecklist::sourcesFor(QStringView domainId) const
{
    const auto *d = domain(domainId);
    return d && !d->sources.isEmpty() ? d->sources : sources;
}

void YellowFlags::setChecked(const QString &itemId, bool checked)
{
    if (checked)
        m_checked.insert(itemId);
    else
        m_checked.remove(itemId);
}

QStringList YellowFlags::checkedItems() const
{
    QStringList out(m_checked.begin(), m_checked.end());
    out.sort();
    return out;
}

QStringList YellowFlags::checkedIn(const YellowFlagDomain &domain) const
{
    QStringList out;
    for (const auto &i : domain.items)
        if (m_checked.contains(i.id))
            out << i.id;
    return out;
}

QStringList YellowFlags::domainsWithFlags(const YellowFlagChecklist &checklist) const
{
    QStringList out;
    for (const auto &d : checklist.domains)
        if (!checkedIn(d).isEmpty() || !note(d.id).isEmpty())
            out << d.id;
    return out;
}

void YellowFlags::setNote(const QString &domainId, const QString &text)
{
    if (text.trimmed().isEmpty())
        m_notes.remove(domainId);
    else
        m_notes.insert(domainId, text);
}

QJsonObject YellowFlags::toJson() const
{
    QJsonObject notes;
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it)
        notes.insert(it.key(), it.value());
    return {{u"format"_s, kRecordFormat}, {u"revision"_s, m_revision},
            {u"checked"_s, QJsonArray::fromStringList(checkedItems())}, {u"notes"_s, notes}};
}

std::optional<YellowFlags> YellowFlags::fromJson(const QJsonObject &json, QString *error)
{
    ContentErrors errs(u"yellow flags"_s);
    const ContentReader r(json, {}, &errs);
    r.allowOnly({"format", "revision", "checked", "notes"});
    r.integer(u"format"_s, kRecordFormat, kRecordFormat);
    YellowFlags out;
    out.m_revision = r.integer(u"revision"_s, 0, std::numeric_limits<int>::max());
    for (const auto &v : r.array(u"checked"_s, false)) {
        if (!v.isString() || v.toString().isEmpty())
            r.error(u"checked"_s, u"must be a list of item ids"_s);
        else
            out.m_checked.insert(v.toString());
    }
    if (r.has(u"notes"_s)) {
        const ContentReader notes = r.child(u"notes"_s);
        for (auto it = notes.object().begin(); it != notes.object().end(); ++it) {
            if (!it->isString())
                notes.error(it.key(), u"must be a string"_s);
            else
                out.setNote(it.key(), it->toString());
        }
    }
    if (!errs.isEmpty()) {
        if (error)
            *error = errs.list().join(u"; "_s);
        return std::nullopt;
    }
    return out;
}

} // namespace SpineDesk
