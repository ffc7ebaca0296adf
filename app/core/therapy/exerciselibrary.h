#pragma once

#include "core/contentjson.h"
#include "core/examination.h"
#include "core/therapy/therapyrecord.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk::Therapy {

// The home-exercise library (resources/exercises/README.md): one JSON file per exercise with
// its wording per language, a default starting dose, how to progress, cautions and a line
// drawing the program paints (documents/exercisefigure.h). Loading is strict: a bad file is
// reported with the file and the JSON path and that exercise is unavailable; nothing crashes.

// A line drawing in a 100 × 60 box (x right, y down); the painter scales it to fit.
struct FigureStroke {
    enum class Kind { Line, Polyline, Circle, Arrow, Floor };
    Kind kind = Kind::Line;
    QList<QPointF> points; // Line/Arrow: 2; Polyline: ≥2; Circle: centre; Floor: none (y from `y`)
    qreal radius = 0;      // Circle
    qreal y = 0;           // Floor
    bool operator==(const FigureStroke &o) const = default;
};

struct ExerciseFigure {
    QList<FigureStroke> strokes;
    ContentText caption; // what the picture shows, for screen readers and the printout
    bool operator==(const ExerciseFigure &o) const = default;
};

// A language other than English, as the file records it (resources/exercises/README.md,
// "translations"): who translated it, the qualified medical translator who reviewed it, and
// the revision of the file it translates.
struct ExerciseTranslation {
    QString translatedBy;
    QString reviewedBy;     // a qualified medical translator's name, or "not yet reviewed"
    QDate reviewedOn;       // with a name
    int sourceRevision = 0; // the file's revision the translation was made from
    bool outOfDate = false; // sourceRevision differs from the file's revision: its texts were left out
    bool isReviewed() const;
};

// What an exercise has in a language.
enum class TranslationState {
    Source,    // English, the language the file is written in
    Missing,   // no text in that language
    OutOfDate, // translated from an older revision: not shown, not printed
    Pending,   // translated, not yet reviewed: shown and printed with the pending-review notice
    Reviewed,  // translated and reviewed by a qualified medical translator
};

struct Exercise {
    QString fileName;
    QString id;                  // [a-z0-9-]+, the file's base name
    int revision = 0;
    QString reviewedBy;          // a name, or "not yet reviewed"
    QDate reviewedOn;
    ContentText name;
    ContentText purpose;         // one plain sentence
    QList<ContentText> steps;    // plain-language steps, in order
    ContentText progression;     // how to progress
    QList<ContentText> cautions; // when to stop
    ExercisePrescription defaultDose; // a starting point the therapist changes; exerciseId = id
    QList<DirectionalPreference> directions; // the directional preferences it suits (empty: any)
    QList<TbcClass> classes;                 // the classifications it suits (empty: any)
    QList<ExerciseFigure> figures;           // 1 or 2 (start and end positions)
    QMap<QString, ExerciseTranslation> translations; // by language ("es"); every text has it

    bool isReviewed() const;
    TranslationState translationState(const QString &lang) const;
    // The patient text can be shown in lang: English, or a translation that is not out of date.
    bool hasText(const QString &lang) const;
};

class ExerciseLibrary
{
public:
    // The bundled files (":/content/exercises/*.json"), loaded once.
    static const ExerciseLibrary &bundled();
    static ExerciseLibrary loadDirectory(const QString &dir);
    // One file's bytes; problems go to *errors as "<file>: <JSON path>: <message>".
    static std::optional<Exercise> parse(const QByteArray &json, const QString &fileName, QStringList *errors);

    const QList<Exercise> &exercises() const { return m_exercises; } // by name
    const Exercise *exercise(QStringView id) const;
    // Files that did not load (their exercise is not offered), and translations that are out of
    // date (the exercise is offered without them).
    const QStringList &errors() const { return m_errors; }

    // The exercises that suit a directional preference and a classification, for the
    // therapist to choose from (a suggestion only; the therapist picks and doses).
    QList<const Exercise *> suggestions(DirectionalPreference preference, TbcClass classification) const;
    // The exercise's default dose, with exerciseId set.
    ExercisePrescription defaultPrescription(QStringView id) const;

private:
    QList<Exercise> m_exercises;
    QStringList m_errors;
};

// The words a dose is said with, in the forms of the program's translation: a singular has
// no number ("1 repetition"), a plural takes it as %1; setOf takes the repetitions as %1 and
// setsOf as %2; holdEach, hold and forTime take the time as %1. From the program's
// translation (the screen) or from a document's own content (the printed sheet in the
// patient's language), so that both say a dose by one rule.
struct DoseWords {
    QString repetition, repetitions; // "1 repetition", "%1 repetitions"
    QString setOf, setsOf;           // "1 set of %1", "%1 sets of %2"
    QString set, sets;               // "1 set", "%1 sets"
    QString second, seconds;         // "1 second", "%1 seconds"
    QString holdEach, hold;          // "hold each for %1", "hold for %1"
    QString minute, minutes;         // "1 minute", "%1 minutes"
    QString forTime;                 // "for %1"
    QString onceADay, twiceADay, timesADay; // "once a day", "twice a day", "%1 times a day"
    QString everyDay, dayAWeek, daysAWeek;  // "every day", "1 day a week", "%1 days a week"
    QString asShown;                 // "as your therapist showed you"
    static DoseWords fromTranslation(); // the program's language (tr())
};

// "2 sets of 10 repetitions, hold each for 5 seconds, twice a day, every day" in plain words.
QString dosageText(const ExercisePrescription &dose, const DoseWords &words);
// The same in the program's language (the screen, and clinician documents, which are made in
// the program's language). `lang` is the document's language and is not used for the words:
// the patient's sheet in another language passes DoseWords from its own content.
QString dosageText(const ExercisePrescription &dose, const QString &lang = QString());

} // namespace SpineDesk::Therapy
