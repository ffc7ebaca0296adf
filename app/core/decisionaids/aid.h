#pragma once

#include "core/contentjson.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk::Aids {

// A decision aid (resources/decision-aids/README.md): the condition, the decision, the
// options in a fixed order, an option grid, icon-array outcomes, scale shifts, what recovery
// is like, value statements and a knowledge check, every number with its evidence ID.
struct Option {
    QString id;
    ContentText label;
    ContentText summary;
    bool conservative = false; // continue conservative care / watchful waiting
};

enum class GridTopic { Involves, Benefits, Harms, Recovery, Later, Other };
QString gridTopicCode(GridTopic t);
QList<GridTopic> gridTopics();

struct GridRow {
    QString id;
    GridTopic topic = GridTopic::Other;
    ContentText question;
    QMap<QString, ContentText> answers; // option id -> cell
    QStringList evidence;
};

enum class OutcomeKind { Benefit, Harm, Course };
QString outcomeKindCode(OutcomeKind k);
QList<OutcomeKind> outcomeKinds();

// An outcome shown as icon arrays: 100 icons per option, the same denominator for all.
struct Outcome {
    QString id;
    OutcomeKind kind = OutcomeKind::Course;
    ContentText title;
    ContentText affected;   // legend for the coloured block
    ContentText unaffected; // legend for the rest
    QList<QPair<QString, int>> per100; // in the aid's option order; options without evidence are absent
    ContentText population;
    ContentText horizon;
    ContentText design;
    ContentText uncertainty;
    ContentText statement;
    QString evidence;

    std::optional<int> countFor(const QString &optionId) const;
};

// A mean difference on a scale, shown as a shift rather than an icon array.
struct ScaleShift {
    QString id;
    ContentText title;
    ContentText scale;
    double min = 0;
    double max = 100;
    bool higherIsBetter = true;
    double difference = 0;
    std::optional<double> low;
    std::optional<double> high;
    QString favours;
    QString comparedWith;
    std::optional<double> mcid;
    QString mcidCitation;
    ContentText population;
    ContentText horizon;
    ContentText design;
    ContentText uncertainty;
    ContentText statement;
    QString evidence;
};

struct ValueStatement {
    QString id;
    ContentText statement;
    QStringList pointsTo; // option ids
};

struct KnowledgeChoice {
    QString id;
    ContentText text;
};

struct KnowledgeQuestion {
    QString id;
    ContentText question;
    QList<KnowledgeChoice> choices;
    QString answer; // choice id
    ContentText explanation;
    QStringList evidence;
};

// An aid's texts in a language other than English (resources/decision-aids/README.md,
// "Translations"): who translated them, from which version, and the qualified medical
// translator who reviewed them. Until a reviewer's name and date are recorded, every screen
// and printout in that language carries the pending-review mark (issue 8).
inline constexpr auto kNotYetReviewed = "not yet reviewed";
struct Translation {
    QString translatedBy;
    QDate translatedOn;
    QString sourceVersion; // the aid version the translation was made from
    QString reviewedBy;    // a qualified medical translator's name, or kNotYetReviewed
    QDate reviewedOn;      // with a name
    bool reviewed() const;
};

struct DecisionAid {
    QString id;
    QString version;
    QDate produced;
    QDate reviewed;
    QDate nextReview;
    ContentText updatePolicy;
    ContentText funding;
    ContentText title;
    ContentText condition;
    ContentText decision;
    QList<Option> options;
    QList<GridRow> grid;
    QList<Outcome> outcomes;
    QList<ScaleShift> scaleShifts;
    QMap<QString, ContentText> recovery; // option id -> text
    QList<ValueStatement> values;
    QList<KnowledgeQuestion> knowledge;
    QStringList notes;
    QMap<QString, Translation> translations; // language -> record; English is the source and has none
    QJsonObject json; // as read, for the checklist's paths
    QString sha256;   // of the compact JSON, stored with every decision record

    const Option *option(const QString &id) const;
    QString optionLabel(const QString &id, const QString &lang = {}) const;
    QStringList languages() const; // "en", then every translated language
    bool hasLanguage(const QString &lang) const;
    // Translated for the project and not yet reviewed: shown and printed with the mark.
    bool pendingReview(const QString &lang) const;
    // Every evidence ID the aid cites, in first-use order (for the footer).
    QStringList citedEvidence() const;
};

} // namespace SpineDesk::Aids
