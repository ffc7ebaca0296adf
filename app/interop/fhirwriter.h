#pragma once

// Internal to the FHIR export: entry bookkeeping, references and small JSON helpers.

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace SpineDesk::Fhir {

// Mints one urn:uuid per resource identity ("Patient/12") and collects the entries in order.
class Writer
{
public:
    explicit Writer(const QString &uuidSeed);

    QString urn(const QString &key);
    QJsonObject ref(const QString &key) { return {{QStringLiteral("reference"), urn(key)}}; }
    QJsonArray refs(const QStringList &keys);
    void add(const QString &key, const QJsonObject &resource);
    QJsonArray entries() const { return m_entries; }

private:
    QUuid m_namespace; // null: random UUIDs
    QHash<QString, QString> m_urns;
    QJsonArray m_entries;
};

QJsonObject coding(const QString &system, const QString &code, const QString &display = {});
QJsonObject codeable(const QJsonArray &codings, const QString &text = {});
QJsonObject textConcept(const QString &text);
QString fhirDate(QDate date);
QString fhirInstant(const QDateTime &at); // UTC, whole seconds

// Narrative: an escaped XHTML div with status "generated". Paragraphs and lists are escaped
// here, so callers pass plain text.
QString xhtmlParagraph(const QString &text);
QString xhtmlList(const QStringList &items, bool numbered = false);
QJsonObject narrative(const QString &xhtmlBody);

} // namespace SpineDesk::Fhir
