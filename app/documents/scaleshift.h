#pragma once

#include "core/decisionaids/aid.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <optional>

class QPainter;
class QPaintDevice;

namespace SpineDesk {

// A mean difference on a scale (decision-evidence.md §0: "where the source gives only mean
// differences, show a scale shift, not an icon array"). The scale runs from min to max; the
// option compared with is the reference mark in the middle, and the arrow shows how far the
// favoured option came out, towards the better end, with its range and the MCID when known.
// One painter for screen, print and PDF, like the icon arrays.
struct ScaleShiftSpec {
    QString scale;           // "leg pain (0 to 100)"
    double min = 0;
    double max = 100;
    bool higherIsBetter = true;
    double difference = 0;   // signs as in the evidence
    std::optional<double> low;
    std::optional<double> high;
    std::optional<double> mcid;
    QString favoursLabel;
    QString comparedWithLabel;
    QColor colour = QColor(0x00, 0x72, 0xB2);
    QString language = QStringLiteral("en");
};

ScaleShiftSpec scaleShiftSpec(const Aids::DecisionAid &aid, const Aids::ScaleShift &shift, const QString &lang);
bool scaleShiftSpecValid(const ScaleShiftSpec &spec, QString *why = nullptr);

// Height the painting needs for a given width, in the device units of `device`.
qreal scaleShiftHeight(const ScaleShiftSpec &spec, const QFont &font, qreal width, const QPaintDevice *device);
// Draws nothing and returns false for an invalid spec (max ≤ min).
bool paintScaleShift(QPainter &p, const QRectF &area, const ScaleShiftSpec &spec, const QFont &font);

// The accessible text equivalent: "On the leg pain scale (0 to 100, lower is better), …".
QString scaleShiftText(const ScaleShiftSpec &spec);
// A scale value as the document's language writes it in the US: 7.55 → "7.55" in both.
QString scaleNumber(double value, const QString &lang);

} // namespace SpineDesk
