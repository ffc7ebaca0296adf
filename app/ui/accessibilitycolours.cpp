#include "ui/accessibilitycolours.h"

#include <QApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
constexpr qreal kReadable = 4.5; // WCAG 2 AA for body text

qreal channel(qreal c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Light-palette colours: each text colour reads at 7:1 or more on its own background.
ToneColours lightTone(Tone tone)
{
    switch (tone) {
    case Tone::Emergency: return {QColor(0xb0, 0x00, 0x20), QColor(Qt::white), QColor(0x6d, 0x00, 0x14)};
    case Tone::Problem: return {QColor(0xfd, 0xe7, 0xe9), QColor(0x5c, 0x00, 0x11), QColor(0xb0, 0x00, 0x20)};
    case Tone::Urgent: return {QColor(0xff, 0xd8, 0xb0), QColor(0x4a, 0x1f, 0x00), QColor(0xb3, 0x47, 0x00)};
    case Tone::Caution: return {QColor(0xff, 0xf4, 0xce), QColor(0x3d, 0x2f, 0x00), QColor(0x8a, 0x6d, 0x00)};
    case Tone::Information: return {QColor(0xe3, 0xf0, 0xfb), QColor(0x0b, 0x3a, 0x66), QColor(0x2b, 0x6c, 0xb0)};
    case Tone::Success: return {QColor(0xe6, 0xf4, 0xea), QColor(0x0d, 0x3b, 0x1e), QColor(0x2e, 0x7d, 0x32)};
    case Tone::Neutral: break;
    }
    return {QColor(0xf0, 0xf0, 0xf0), QColor(0x20, 0x20, 0x20), QColor(0x8a, 0x8a, 0x8a)};
}

// Borders bright enough to see on a dark window.
QColor darkBorder(Tone tone, const QPalette &palette)
{
    switch (tone) {
    case Tone::Emergency:
    case Tone::Problem: return QColor(0xff, 0x6e, 0x6e);
    case Tone::Urgent: return QColor(0xff, 0xab, 0x40);
    case Tone::Caution: return QColor(0xff, 0xe0, 0x66);
    case Tone::Information: return QColor(0x6e, 0xc6, 0xff);
    case Tone::Success: return QColor(0x69, 0xf0, 0xae);
    case Tone::Neutral: break;
    }
    return palette.color(QPalette::WindowText);
}
} // namespace

qreal relativeLuminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDarkPalette(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) < relativeLuminance(palette.color(QPalette::WindowText));
}

QPalette currentPalette()
{
    return QApplication::palette();
}

ToneColours toneColours(Tone tone, const QPalette &palette)
{
    if (!isDarkPalette(palette))
        return lightTone(tone);
    return {palette.color(QPalette::Window), palette.color(QPalette::WindowText), darkBorder(tone, palette)};
}

QString toneStyle(Tone tone, const QPalette &palette)
{
    const ToneColours c = toneColours(tone, palette);
    return u"background: %1; color: %2; border: 2px solid %3;"_s.arg(c.background.name(), c.text.name(), c.border.name());
}

QString toneStyleSheet(const QString &objectName, Tone tone, const QString &extra, const QPalette &palette)
{
    // Labels inside the banner take its text colour, whatever the palette gives them.
    const ToneColours c = toneColours(tone, palette);
    return u"#%1 { %2 %3 } #%1 QLabel, #%1 QCheckBox, #%1 QRadioButton { color: %4; background: transparent; border: none; }"_s
        .arg(objectName, toneStyle(tone, palette), extra, c.text.name());
}

QColor problemTextColour(const QPalette &palette)
{
    const QColor red(0xb0, 0x00, 0x20);
    const QColor window = palette.color(QPalette::Window);
    return contrastRatio(red, window) >= kReadable ? red : palette.color(QPalette::WindowText);
}

QString problemTextStyle(const QPalette &palette)
{
    return u"color: %1; font-weight: bold;"_s.arg(problemTextColour(palette).name());
}

QColor secondaryTextColour(const QPalette &palette)
{
    const QColor grey(0x40, 0x40, 0x40);
    const QColor window = palette.color(QPalette::Window);
    return contrastRatio(grey, window) >= kReadable ? grey : palette.color(QPalette::WindowText);
}

} // namespace SpineDesk
