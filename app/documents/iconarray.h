#pragma once

#include "core/decisionaids/aid.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

class QPainter;
class QPaintDevice;

namespace SpineDesk {

// Icon arrays for decision aids (shared-decisions.md §9). One painter serves the screen, the
// print and the PDF (rule 9), so the patient takes home exactly what was discussed.
constexpr int kIconArrayTotal = 100; // rule 1: the same denominator everywhere
constexpr int kIconArrayColumns = 10;

// Rule 8: affected and unaffected icons differ in fill (solid figure vs hollow outline), not
// only in colour, so the array survives greyscale printing and colour-vision deficiency.
enum class IconStyle { Person, Square };

struct IconArraySpec {
    int total = kIconArrayTotal;
    int affected = 0;
    QColor colour;           // the outcome's colour, one per outcome
    IconStyle style = IconStyle::Person;
    QString affectedLabel;   // "had an operation"
    QString unaffectedLabel; // "did not"
    QString language = QStringLiteral("en"); // for the number in words
};

// Rule 7: whole icons, a count 0–100 of a 100-icon array. Says why not when `why` is given.
bool iconArraySpecValid(const IconArraySpec &spec, QString *why = nullptr);

// Square cells, 10 × 10, centred in `area`; icon `index` (0–99) runs row by row from the
// top-left, which is where every array's affected block starts (rule 4).
qreal iconArrayCellSize(const QRectF &area);
QRectF iconArrayCellRect(const QRectF &area, int index);

// Draws the 100 icons only; the legend is separate. Draws nothing and returns false when the
// spec breaks rule 1 or 7 (a wrong picture is worse than none).
bool paintIconArray(QPainter &p, const QRectF &area, const IconArraySpec &spec);
// One icon, for legends: filled (affected) or hollow.
void paintIcon(QPainter &p, const QRectF &cell, IconStyle style, const QColor &colour, bool affected);

// The accessible text equivalent (rule 8): "39 of 100 people had an operation; 61 of 100 did not."
QString iconArrayText(const IconArraySpec &spec);

// "thirty-nine" / "treinta y nueve" for 0–100 in English and Spanish; digits otherwise.
QString numberInWords(int n, const QString &lang);
// "Thirty-nine (39) of 100 people had an operation": the number in words and digits (rule 4).
QString iconArrayCountLine(int count, const QString &label, const QString &lang);

// The legend of one array: a filled icon with the affected count and label, a hollow icon
// with the rest, and an optional caption (population and time horizon, rule 3) above them.
// Heights are in the device units of `device` (the painter's device when painting).
qreal iconArrayLegendHeight(const IconArraySpec &spec, const QFont &font, qreal width, const QPaintDevice *device,
                            const QString &caption = {});
qreal paintIconArrayLegend(QPainter &p, const QRectF &area, const IconArraySpec &spec, const QFont &font,
                           const QString &caption = {});

// One colour per outcome, picked by its kind from a fixed palette that stays apart for
// colour-vision deficiency (Okabe–Ito blue, vermillion, reddish purple).
QColor outcomeColour(Aids::OutcomeKind kind);

// One array per option of the aid, in the aid's fixed order (rule 5). `spec` is empty for an
// option the evidence gives no figure for; a caller shows that in words, never as zero.
struct OptionIconArray {
    QString optionId;
    QString optionLabel;
    std::optional<IconArraySpec> spec;
};
QList<OptionIconArray> outcomeIconArrays(const Aids::DecisionAid &aid, const Aids::Outcome &outcome, const QString &lang,
                                         const QStringList &optionIds = {}, IconStyle style = IconStyle::Person);

} // namespace SpineDesk
