#pragma once

#include "core/contentjson.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk::Aids {

// SURE test (Légaré 2010, shared-decisions.md §2): four yes/no items, yes = 1; 4 means no
// decisional conflict, 3 or less is a positive screen. All four are required.
constexpr int kSureItems = 4;
QStringList sureItemIds(); // "sure-s", "sure-u", "sure-r", "sure-e" as in resources/instruments/sure.json
struct SureResult {
    bool complete = false;
    std::optional<int> score; // only when complete
    bool conflict = false;    // complete and score < 4
    QStringList noItems;      // item ids answered "no"
};
SureResult scoreSure(const QList<std::optional<bool>> &answers);
// What to offer for each "no" (shared-decisions.md §2: more information, values exercise,
// involve family, more time).
QString sureSuggestion(const QString &itemId);

// The patient's "not decided yet" in place of an option id.
inline constexpr auto kUndecided = "undecided";

// The decision record stored with the visit (issue 4): aid and version, options discussed,
// the patient's values, the preferred option or "not decided yet", SURE, who took part.
struct DecisionRecord {
    qint64 id = 0;
    qint64 visitId = 0;
    QString aidId;
    QString aidVersion;
    QString aidSha256;
    QStringList optionsDiscussed;
    QMap<QString, int> values;          // value statement id -> 0 (does not matter) … 10 (matters a lot)
    QString preferredOption;            // option id, kUndecided, or empty when not asked yet
    QList<std::optional<bool>> sure;    // kSureItems entries, nullopt = unanswered
    QMap<QString, QString> knowledge;   // question id -> chosen choice id
    QStringList participants;           // e.g. "Patient", "Spouse", the clinician's name
    QString note;
    qint64 recordedBy = 0;
    QDateTime recordedAt;
    int rowVersion = 0;

    SureResult sureResult() const { return scoreSure(sure); }
    bool undecided() const { return preferredOption == QLatin1String(kUndecided); }

    // visitId, id, aid id and version and rowVersion are columns, not part of the JSON; the
    // aid's SHA-256 is, so the exact aid text shown can be traced.
    QJsonObject toJson() const;
    // Reads the stored JSON strictly; problems are added to `errors` with their path.
    static DecisionRecord fromJson(const QJsonObject &json, ContentErrors *errors);
};

} // namespace SpineDesk::Aids
