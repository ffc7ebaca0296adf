#pragma once

#include "core/contentjson.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk {

struct YellowFlagItem {
    QString id; // unique in the checklist, across domains and items
    ContentText text;
};

struct YellowFlagDomain {
    QString id;
    ContentText label;
    QList<ContentCitation> sources; // empty: the checklist's sources apply
    QList<YellowFlagItem> items;
};

// The psychosocial yellow-flag checklist (red-flags.md §4), as reviewed content.
struct YellowFlagChecklist {
    QString id;
    int revision = 0;
    ContentText title;
    QList<ContentCitation> sources;
    QList<ContentText> keyPredictors; // predictors of a poor outcome, shown as guidance
    QList<YellowFlagDomain> domains;

    static QString bundledPath(); // ":/content/red-flags/yellow-flags.json"
    // Strict: every problem is listed in *errors as "<file>: <JSON path>: <message>".
    static std::optional<YellowFlagChecklist> load(const QString &path, QStringList *errors);
    static std::optional<YellowFlagChecklist> parse(const QByteArray &json, const QString &fileName, QStringList *errors);

    const YellowFlagDomain *domain(QStringView wanted) const;
    const YellowFlagDomain *domainOf(QStringView itemId) const;
    const YellowFlagItem *item(QStringView wanted) const;
    QList<ContentCitation> sourcesFor(QStringView domainId) const;
};

// The clinician's yellow-flag checklist for one visit. Rule 9: recorded to inform the plan
// and the letter, never an alarm and never a reason not to sign.
class YellowFlags
{
public:
    int checklistRevision() const { return m_revision; }
    void setChecklistRevision(int revision) { m_revision = revision; }

    bool isChecked(const QString &itemId) const { return m_checked.contains(itemId); }
    void setChecked(const QString &itemId, bool checked);
    QStringList checkedItems() const; // sorted
    QStringList checkedIn(const YellowFlagDomain &domain) const; // in checklist order
    QStringList domainsWithFlags(const YellowFlagChecklist &checklist) const;

    QString note(const QString &domainId) const { return m_notes.value(domainId); }
    void setNote(const QString &domainId, const QString &text); // blank removes the note
    const QMap<QString, QString> &notes() const { return m_notes; }

    bool isEmpty() const { return m_checked.isEmpty() && m_notes.isEmpty(); }

    QJsonObject toJson() const;
    static std::optional<YellowFlags> fromJson(const QJsonObject &json, QString *error);

    bool operator==(const YellowFlags &o) const = default;

private:
    int m_revision = 0;
    QSet<QString> m_checked;
    QMap<QString, QString> m_notes; // domain id → free text
};

} // namespace SpineDesk
