#pragma once

#include "core/contentjson.h"
#include "core/examination.h"
#include "core/therapy/therapyrecord.h"

#include <QDate>
#include <QList>
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

    bool isReviewed() const;
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
    const QStringList &errors() const { return m_errors; }            // files that did not load

    // The exercises that suit a directional preference and a classification, for the
    // therapist to choose from (a suggestion only; the therapist picks and doses).
    QList<const Exercise *> suggestions(DirectionalPreference preference, TbcClass classification) const;
    // The exercise's default dose, with exerciseId set.
    ExercisePrescription defaultPrescription(QStringView id) const;

private:
    QList<Exercise> m_exercises;
    QStringList m_errors;
};

// "2 sets of 10, hold 5 seconds, twice a day" in plain words (lang "en"; "es" in issue 8).
QString dosageText(const ExercisePrescription &dose, const QString &lang = QStringLiteral("en"));

} // namespace SpineDesk::Therapy
