#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace SpineDesk {

// Colours that stay readable under any palette, including a high-contrast one. With a light
// palette, banners keep their tinted background with a dark text colour chosen for it; with a
// dark (high-contrast) palette they use the palette's own window and text colours and only the
// border says the tone. Text colours therefore never fight the user's palette.
enum class Tone {
    Emergency,   // solid red: a suspected emergency
    Problem,     // light red: an open safety alert, a blocking problem
    Urgent,      // orange
    Caution,     // yellow: conflicts, advisories, drafts
    Information, // blue
    Success,     // green: a criterion met
    Neutral,
};

struct ToneColours {
    QColor background;
    QColor text;
    QColor border;
};

// WCAG 2 relative luminance and contrast ratio (1–21).
qreal relativeLuminance(const QColor &c);
qreal contrastRatio(const QColor &a, const QColor &b);
// A palette whose window is darker than its text (a dark or high-contrast theme).
bool isDarkPalette(const QPalette &palette);
// The application's palette unless one is given.
QPalette currentPalette();

ToneColours toneColours(Tone tone, const QPalette &palette = currentPalette());
// "background: …; color: …; border: 2px solid …;" for a style sheet rule.
QString toneStyle(Tone tone, const QPalette &palette = currentPalette());
// A whole rule for `#objectName`, with `extra` declarations (padding, font-weight) appended,
// and the tone's text colour for the labels, check boxes and radio buttons inside it.
QString toneStyleSheet(const QString &objectName, Tone tone, const QString &extra = {},
                       const QPalette &palette = currentPalette());

// A field's problem message: red where it reads at 4.5:1 against the window, else the
// palette's text colour (the message is bold and starts with a warning sign either way).
QColor problemTextColour(const QPalette &palette = currentPalette());
QString problemTextStyle(const QPalette &palette = currentPalette()); // "color: …; font-weight: bold;"
// Secondary text (notes, dates): a muted grey where it still reads at 4.5:1, else the text colour.
QColor secondaryTextColour(const QPalette &palette = currentPalette());

} // namespace SpineDesk
