#pragma once

#include "core/contentjson.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk {

// Level of concern (red-flags.md §5 rule 3), ordered: a higher value is more urgent.
// Content uses routine to emergency; None means no red flag is present.
enum class Urgency { None, Routine, Soon, Urgent, Emergency };
QList<Urgency> urgencies(); // Routine to Emergency, the values content may use
QString urgencyCode(Urgency u); // "none", "routine", "soon", "urgent", "emergency"
std::optional<Urgency> urgencyFromCode(QStringView code);
QString urgencyLabel(Urgency u);

// Strong and soft flags where the source names them (red-flags.md §2, rule 6).
enum class FlagStrength { Ordinary, Strong, Soft };
QString flagStrengthCode(FlagStrength s); // "ordinary", "strong", "soft"

struct RedFlagItem {
    QString id; // unique in the checklist, across conditions and items
    ContentText text;
    FlagStrength strength = FlagStrength::Ordinary;
    std::optional<ContentCitation> strengthBasis; // why it is strong or soft
    std::optional<Urgency> urgency;               // overrides the condition's urgency
    QList<ContentCitation> sources;               // empty: the condition's sources apply
};

struct RedFlagCondition {
    QString id;
    ContentText label;
    Urgency urgency = Urgency::Urgent;     // for any present item without its own urgency
    QMap<Urgency, ContentText> actions;    // what to do, per urgency the condition can reach
    ContentText note;                      // optional
    int escalationMinPresent = 0;          // 0: none; else this many present items together...
    Urgency escalationUrgency = Urgency::None; // ...raise the condition to this urgency
    std::optional<ContentCitation> escalationBasis;
    QList<ContentCitation> sources;
    QList<RedFlagItem> items;

    QString action(Urgency u, const QString &lang = QString()) const;
};

// The red-flag checklist, as reviewed content (resources/red-flags/README.md).
struct RedFlagChecklist {
    QString id;
    int revision = 0;
    ContentText title;
    QList<ContentCitation> sources;
    QList<RedFlagCondition> conditions;

    static QString bundledPath(); // ":/content/red-flags/red-flags.json"
    // Strict: every problem is listed in *errors as "<file>: <JSON path>: <message>".
    static std::optional<RedFlagChecklist> load(const QString &path, QStringList *errors);
    static std::optional<RedFlagChecklist> parse(const QByteArray &json, const QString &fileName, QStringList *errors);

    const RedFlagCondition *condition(QStringView wanted) const;
    const RedFlagItem *item(QStringView wanted) const;
    const RedFlagCondition *conditionOf(QStringView itemId) const;
    QStringList itemIds() const; // in checklist order
    // The item's own sources, or its condition's.
    QList<ContentCitation> sourcesFor(QStringView itemId) const;
    bool itemNeedsVerification(QStringView itemId) const; // no [V] or [S] source: show "unverified"
};

// Rule 1: present, absent or not assessed; a fresh screen is "not assessed" throughout.
enum class FlagState { NotAssessed, Present, Absent };
QString flagStateCode(FlagState s); // "not-assessed", "present", "absent"
std::optional<FlagState> flagStateFromCode(QStringView code);
QString flagStateLabel(FlagState s);

struct FlagAnswer {
    FlagState state = FlagState::NotAssessed;
    QDate firstPresent; // the day the flag was first marked present (rule 8)
    bool operator==(const FlagAnswer &o) const = default;
};

// Rule 4: the action taken, or the reason for not acting, with who and when.
struct Acknowledgement {
    QString target;        // a condition id or an item id
    QStringList items;     // the present items it covers, filled in when recorded
    QString actionTaken;
    QString reasonNotActing;
    qint64 clinicianId = 0;
    QDateTime at;

    bool isComplete() const; // someone, a time, and an action or a reason
    bool operator==(const Acknowledgement &o) const = default;
};

// What one condition adds up to on this screen.
struct ConditionConcern {
    QString conditionId;
    Urgency urgency = Urgency::None;
    QStringList presentItems;
};

// A present flag whose condition has reached "soon" or above (rule 4).
struct FlagNeedingAction {
    QString itemId;
    QString conditionId;
    Urgency urgency = Urgency::None;
    bool acknowledged = false;
};

// The red-flag screen of one visit. It holds answers by item id, so answers to items a
// later checklist revision removed are kept (never silently dropped, rule 2); the questions
// are asked against the checklist handed in.
class RedFlagScreen
{
public:
    RedFlagScreen() = default; // every item not assessed
    // The screen for the next visit (rule 8): asked again from "not assessed", keeping the
    // date each flag present last time first appeared.
    static RedFlagScreen rescreen(const RedFlagScreen &previous);

    int checklistRevision() const { return m_revision; }
    void setChecklistRevision(int revision) { m_revision = revision; }

    FlagState state(const QString &itemId) const;
    QDate firstPresent(const QString &itemId) const; // invalid unless present
    // Marking present dates the flag the first time; marking absent clears the date.
    void setState(const QString &itemId, FlagState state, QDate on);
    const QMap<QString, FlagAnswer> &answers() const { return m_answers; }

    Urgency concern(const RedFlagChecklist &checklist) const;
    Urgency conditionConcern(const RedFlagCondition &condition) const;
    QList<ConditionConcern> conditionConcerns(const RedFlagChecklist &checklist) const; // present only, most urgent first
    bool hasEmergency(const RedFlagChecklist &checklist) const; // rule 5: persistent banner
    bool isComplete(const RedFlagChecklist &checklist) const;
    // Rule 7: only a complete screen with every item absent may be reported as negative.
    bool allAbsent(const RedFlagChecklist &checklist) const;
    QStringList presentItems(const RedFlagChecklist &checklist) const;
    QStringList notAssessedItems(const RedFlagChecklist &checklist) const;
    // "Red-flag screen complete: all items absent", "Red-flag screen incomplete", or the
    // number of flags present.
    QString statusText(const RedFlagChecklist &checklist) const;

    QList<FlagNeedingAction> needingAction(const RedFlagChecklist &checklist) const;
    QList<FlagNeedingAction> unacknowledged(const RedFlagChecklist &checklist) const;
    bool isAcknowledged(const QString &itemId) const;
    // Records ack for a present item, or for every present item of a condition. Fails, with
    // the reason, on an unknown or absent target or a missing clinician, time or text.
    bool acknowledge(const RedFlagChecklist &checklist, Acknowledgement ack, QString *error);
    const QList<Acknowledgement> &acknowledgements() const { return m_acknowledgements; }

    QJsonObject toJson() const;
    static std::optional<RedFlagScreen> fromJson(const QJsonObject &json, QString *error);

    bool operator==(const RedFlagScreen &o) const = default;

private:
    int m_revision = 0;
    QMap<QString, FlagAnswer> m_answers;
    QList<Acknowledgement> m_acknowledgements;
};

} // namespace SpineDesk
