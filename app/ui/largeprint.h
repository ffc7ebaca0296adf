#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QWidget;

namespace SpineDesk::LargePrint {

// Large print for the screens patients read themselves: patient self-entry and the
// decision-aid presentation window. Sizes start at the points each screen asks for and grow
// with the system font when the user set it above the usual size, so a larger system font
// gives larger text here too, never smaller. Colours are white with near-black text under a
// light palette (the look these screens were designed in) and the user's own colours under
// a dark or high-contrast palette.
constexpr qreal kUsualSystemPointSize = 10.0;

// 1 at or below the usual system size, else system size / usual size.
qreal scale(const QFont &systemFont);
qreal scale(); // of the application's font

// Sets w's font to `points` × scale(), at most × maxScale, and records the request, so
// refreshFonts() can redo it. A screen whose base size is already large for a shared display
// caps its growth so that its controls still fit the screen.
void setFont(QWidget *w, qreal points, bool bold = false, qreal maxScale = 3.0);
// Redoes every recorded font in root and below (after the system font changed).
void refreshFonts(QWidget *root);

struct Colours {
    QColor window;
    QColor text;
    QColor muted;            // attributions, recall periods
    QColor button;           // an answer not chosen
    QColor buttonText;
    QColor border;
    QColor chosen;           // the chosen answer, the primary action
    QColor chosenText;
    QColor chosenBorder;
    QColor focus;            // dashed focus frame
    QColor action;           // the Next button
    QColor actionText;
    QColor secondaryButton;  // Back, Staff panel buttons
    QColor problem;          // a message that needs attention
    QColor disabledText;
    QColor disabled;
};
Colours colours(const QPalette &system);
Colours colours(); // of the application's palette
// The window palette for those screens: white/near-black, or the system palette when dark.
QPalette windowPalette(const QPalette &system);

} // namespace SpineDesk::LargePrint
