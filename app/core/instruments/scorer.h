#pragma once

#include "core/instruments/definition.h"

#include <QHash>
#include <QMap>
#include <QStringList>
#include <optional>

namespace SpineDesk::Instruments {

// One answer, stored as codes (never as option positions) or as a number.
struct Answer {
    QString code;                 // choice, yes-no
    QStringList codes;            // multi-choice
    std::optional<double> number; // numeric-rating, integer
    QString text;                 // text, date
};

struct Response {
    QHash<QString, Answer> answers; // by linkId; an absent key is unanswered
    QString sex;                    // "female", "male" or empty
};

struct FiredAlert {
    QString code;
    QString severity;
    QString linkId;
    LocalText message;
};

struct Result {
    bool complete = false;                        // every scale could be computed
    QMap<QString, std::optional<double>> scales;  // unrounded; null when not computable
    std::optional<QString> band;
    QList<FiredAlert> alerts;                     // fire on partial forms too
    QStringList problems;                         // e.g. sex needed but not given

    QStringList alertCodes() const;
};

bool isEnabled(const Definition &d, const Item &item, const Response &r);
std::optional<double> itemScore(const Definition &d, const Item &item, const Response &r);
Result score(const Definition &d, const Response &r);

// The command line's --answers: one value per scored item (see resources/instruments/README.md).
struct ParsedAnswers {
    std::optional<Response> response;
    QString error;
};
ParsedAnswers parseAnswerList(const Definition &d, const QStringList &values, const QString &sex);

// Runs the definition's embedded test vectors; returns one message per failure.
QStringList runTestVectors(const Definition &d);

} // namespace SpineDesk::Instruments
