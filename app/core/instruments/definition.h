#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk::Instruments {

// Text per language; English is always present.
using LocalText = QMap<QString, QString>;
QString localized(const LocalText &text, const QString &lang);

struct Citation {
    QString text;
    QString tag; // V, S, R or U (clinical/README.md)
};

struct Licence {
    QString licenceClass; // A, B or C (instruments.md §1)
    QString holder;
    QString terms;
    bool permissionNeeded = false;
    bool redistributeWording = false;
    LocalText attribution;
};

enum class WordingStatus { Verbatim, Paraphrase, NotInstalled };

struct AnswerOption {
    QString code;
    std::optional<double> score;
    LocalText label;
    bool missing = false;
    bool notApplicable = false;
};

struct AnswerSet {
    QString id;
    QList<AnswerOption> options;
    const AnswerOption *option(const QString &code) const;
    int indexOf(const QString &code) const;
};

enum class ItemType { Choice, MultiChoice, YesNo, NumericRating, Integer, Text, Date, Display, Group };

struct Condition {
    QString question;
    QString op;       // = != > >= < <= exists
    QString code;     // compared for choice answers
    std::optional<double> number;
};

struct Alert {
    QString code;
    QString severity;
    QString op;                  // with `score`
    std::optional<double> score;
    QStringList codes;           // or any of these answer codes
    LocalText message;
};

struct Item {
    QString linkId;
    QString number;
    ItemType type = ItemType::Display;
    LocalText text;
    QString answerSet;
    std::optional<double> min, max;
    QMap<QString, LocalText> anchors;
    QList<Condition> enableWhen;
    bool enableAny = false;
    QList<Alert> alerts;
    bool required = true;
    QList<Item> items; // group children
};

struct Mcid {
    std::optional<double> absolute;
    std::optional<double> percent;
    QString citation;
    QString tag;
};

enum class ScaleMethod { Sum, Mean, ProratedSum, PercentOfMax, CountOf, WeightedSum, Lookup };
enum class MissingHandling { None, Prorate, ShrinkDenominator };

struct Scale {
    QString id;
    LocalText label;
    ScaleMethod method = ScaleMethod::Sum;
    QStringList items;
    QStringList codes;                             // count-of
    QHash<QString, QHash<QString, double>> weights; // weighted-sum: linkId -> sex -> weight
    double maxOptionScore = 0;                     // percent-of-max
    QString from;                                  // lookup
    QStringList requiredScales;                         // null whenever one of these scales is null
    QMap<double, double> table;                    // lookup
    int missingAllowed = 0;
    MissingHandling missingHandling = MissingHandling::None;
    double min = 0, max = 0, step = 1;
    int decimals = 0;
    bool higherIsBetter = false;
    std::optional<Mcid> mcid;

    bool needsSex() const;
    double rounded(double value) const; // half-up to `decimals`
};

struct StratumCondition {
    QString scale;
    QString op;
    double value = 0;
};

struct Stratum {
    QString code;
    LocalText label;
    int severity = 0;
    QList<StratumCondition> when;
};

struct Strata {
    QString citation;
    QString tag;
    QList<Stratum> rules;
};

struct Code {
    QString system;
    QString code;
    QString forWhat;
    QString tag;
};

struct TestVector {
    QString name;
    QStringList answers;     // command-line convention
    QString sex;
    bool complete = true;
    QMap<QString, std::optional<double>> scales;
    std::optional<QString> band;
    QStringList alerts;
};

struct Language {
    QString code;
    QString translator;
    bool validated = false;
};

struct Definition {
    QString id;
    QString version;
    int revision = 1;
    LocalText title, shortTitle, construct;
    QList<Citation> citations;
    Licence licence;
    WordingStatus wording = WordingStatus::Paraphrase;
    QString wordingSource;
    QList<Language> languages;
    // Imported wording per language (`instruments import`): language -> its source. A
    // translation counts only when it is imported and the definition lists that language as
    // validated (letter-and-handouts.md §5 rule 1: validated translations only).
    QMap<QString, QString> installedWording;
    QString mode; // self-report or clinician
    LocalText recall;
    QList<Code> codes;
    QList<AnswerSet> answerSets;
    QList<Item> items;
    QList<Scale> scales;
    std::optional<Strata> strata;
    QList<TestVector> tests;
    QStringList notes;
    QString sha256; // of the canonical JSON (compact, sorted keys)
    QJsonObject json;

    const AnswerSet *answerSet(const QString &id) const;
    const Item *item(const QString &linkId) const;    // searches groups too
    const Scale *scale(const QString &id) const;
    QList<const Item *> allItems() const;              // depth first, file order
    QList<const Item *> scoredItems() const;           // the command line's --answers order
    bool isScored(const Item &item) const;
    bool needsSex() const;
};

QString wordingStatusCode(WordingStatus s);

// The language to ask the instrument in for a patient who reads `wanted`: wanted itself when
// its validated translation is installed, else English (shown with a notice by the caller).
QString presentationLanguage(const Definition &d, const QString &wanted);
// The definition lists `lang` as a validated translation (which may still need importing).
bool hasValidatedTranslation(const Definition &d, const QString &lang);

} // namespace SpineDesk::Instruments
