#include "interop/fhirwriter.h"


using namespace Qt::StringLiterals;

namespace SpineDesk::Fhir {

namespace {
// SpineDesk's own UUID namespace; name-based UUIDs hang off it and the caller's seed.
const QUuid kSpineDeskNamespace(u"{02f9fe5d-f60b-4a02-a8a5-b2a1573fd1e9}"_s);
} // namespace

Writer::Writer(const QString &uuidSeed)
{
    if (!uuidSeed.isEmpty())
        m_namespace = QUuid::createUuidV5(kSpineDeskNamespace, uuidSeed);
}

QString Writer::urn(const QString &key)
{
    auto it = m_urns.constFind(key);
    if (it != m_urns.cend())
        return *it;
    const QUuid id = m_namespace.isNull() ? QUuid::createUuid() : QUuid::createUuidV5(m_namespace, key);
    const QString urn = u"urn:uuid:"_s + id.toString(QUuid::WithoutBraces);
    m_urns.insert(key, urn);
    return urn;
}

QJsonArray Writer::refs(const QStringList &keys)
{
    QJsonArray out;
    for (const QString &k : keys)
        out.append(ref(k));
    return out;
}

void Writer::add(const QString &key, const QJsonObject &resource)
{
    m_entries.append(QJsonObject{{u"fullUrl"_s, urn(key)}, {u"resource"_s, resource}});
}

QJsonObject coding(const QString &system, const QString &code, const QString &display)
{
    QJsonObject c{{u"system"_s, system}, {u"code"_s, code}};
    if (!display.isEmpty())
        c.insert(u"display"_s, display);
    return c;
}

QJsonObject codeable(const QJsonArray &codings, const QString &text)
{
    QJsonObject c;
    if (!codings.isEmpty())
        c.insert(u"coding"_s, codings);
    if (!text.isEmpty())
        c.insert(u"text"_s, text);
    return c;
}

QJsonObject textConcept(const QString &text) { return {{u"text"_s, text}}; }

QString fhirDate(QDate date) { return date.toString(Qt::ISODate); }

QString fhirInstant(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QString xhtmlParagraph(const QString &text) { return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s; }

QString xhtmlList(const QStringList &items, bool numbered)
{
    if (items.isEmpty())
        return {};
    const QString tag = numbered ? u"ol"_s : u"ul"_s;
    QString out = u"<"_s + tag + u">"_s;
    for (const QString &item : items)
        out += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
    return out + u"</"_s + tag + u">"_s;
}

QJsonObject narrative(const QString &xhtmlBody)
{
    return {{u"status"_s, u"generated"_s},
            {u"div"_s, QString(u"<div xmlns=\"http://www.w3.org/1999/xhtml\">"_s + xhtmlBody + u"</div>"_s)}};
}

} // namespace SpineDesk::Fhir
