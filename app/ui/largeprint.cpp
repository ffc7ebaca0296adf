#include "ui/largeprint.h"

#include "ui/accessibilitycolours.h"

#include <QApplication>
#include <QWidget>

namespace SpineDesk::LargePrint {

namespace {
constexpr char kPoints[] = "largePrintPoints";
constexpr char kBold[] = "largePrintBold";
constexpr qreal kReadable = 4.5;

void applyFont(QWidget *w)
{
    QFont f = w->font();
    f.setPointSizeF(w->property(kPoints).toReal() * scale());
    f.setBold(w->property(kBold).toBool());
    w->setFont(f);
}

// The first of the candidates that reads on `background`, else the palette's text colour.
QColor readableOn(const QColor &background, std::initializer_list<QColor> candidates, const QColor &fallback)
{
    for (const QColor &c : candidates)
        if (contrastRatio(c, background) >= kReadable)
            return c;
    return fallback;
}
} // namespace

qreal scale(const QFont &systemFont)
{
    const qreal points = systemFont.pointSizeF();
    return points > kUsualSystemPointSize ? points / kUsualSystemPointSize : 1.0;
}

qreal scale()
{
    return scale(QApplication::font());
}

void setFont(QWidget *w, qreal points, bool bold)
{
    w->setProperty(kPoints, points);
    w->setProperty(kBold, bold);
    applyFont(w);
}

void refreshFonts(QWidget *root)
{
    if (root->property(kPoints).isValid())
        applyFont(root);
    for (QWidget *w : root->findChildren<QWidget *>())
        if (w->property(kPoints).isValid())
            applyFont(w);
}

Colours colours(const QPalette &system)
{
    if (!isDarkPalette(system)) {
        // Each text colour reads at 7:1 or more on its background.
        return {Qt::white,          QColor(0x11, 0x11, 0x11), QColor(0x33, 0x33, 0x33), Qt::white,
                QColor(0x11, 0x11, 0x11), QColor(0x4a, 0x4a, 0x4a), QColor(0x0b, 0x4f, 0x96), Qt::white,
                QColor(0x04, 0x28, 0x4d), QColor(0xa3, 0x5f, 0x00), QColor(0xf4, 0xf4, 0xf4), QColor(0x7a, 0x1f, 0x00),
                QColor(0x3d, 0x3d, 0x3d), QColor(0xb8, 0xc4, 0xbb)};
    }
    // A dark or high-contrast palette: the user's colours. The chosen answer uses the
    // highlight pair when it reads, else the text and window colours swapped.
    const QColor window = system.color(QPalette::Window);
    const QColor text = system.color(QPalette::WindowText);
    QColor chosen = system.color(QPalette::Highlight);
    QColor chosenText = system.color(QPalette::HighlightedText);
    if (contrastRatio(chosen, chosenText) < kReadable) {
        chosen = text;
        chosenText = window;
    }
    const QColor focus = contrastRatio(chosen, window) >= 3.0 ? chosen : text;
    const QColor disabledText = readableOn(window, {system.color(QPalette::Disabled, QPalette::WindowText)}, text);
    return {window, text, text, window, text, text, chosen, chosenText, text, focus, window,
            problemTextColour(system), disabledText, window};
}

Colours colours()
{
    return colours(QApplication::palette());
}

QPalette windowPalette(const QPalette &system)
{
    QPalette p = system;
    const Colours c = colours(system);
    for (const auto role : {QPalette::Window, QPalette::Base})
        p.setColor(role, c.window);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, c.text);
    return p;
}

} // namespace SpineDesk::LargePrint
