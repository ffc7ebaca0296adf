#include "ui/largeprint.h"

#include "ui/accessibilitycolours.h"

#include <QApplication>
#include <QWidget>

#include <algorithm>

namespace SpineDesk::LargePrint {

namespace {
constexpr char kPoints[] = "largePrintPoints";
constexpr char kBold[] = "largePrintBold";
constexpr char kMaxScale[] = "largePrintMaxScale";
constexpr qreal kReadable = 4.5;

void applyFont(QWidget *w)
{
    QFont f = w->font();
    f.setPointSizeF(w->property(kPoints).toReal() * std::min(scale(), w->property(kMaxScale).toReal()));
    f.setBold(w->property(kBold).toBool());
    w->setFont(f);
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

void setFont(QWidget *w, qreal points, bool bold, qreal maxScale)
{
    w->setProperty(kPoints, points);
    w->setProperty(kBold, bold);
    w->setProperty(kMaxScale, maxScale);
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
        // Texts read at 7:1 or more on their backgrounds; the disabled Next button at 4.5:1.
        return {.window = Qt::white,
                .text = QColor(0x11, 0x11, 0x11),
                .muted = QColor(0x33, 0x33, 0x33),
                .button = Qt::white,
                .buttonText = QColor(0x11, 0x11, 0x11),
                .border = QColor(0x4a, 0x4a, 0x4a),
                .chosen = QColor(0x0b, 0x4f, 0x96),
                .chosenText = Qt::white,
                .chosenBorder = QColor(0x04, 0x28, 0x4d),
                .focus = QColor(0xa3, 0x5f, 0x00),
                .action = QColor(0x1d, 0x6b, 0x2f),
                .actionText = Qt::white,
                .secondaryButton = QColor(0xf4, 0xf4, 0xf4),
                .problem = QColor(0x7a, 0x1f, 0x00),
                .disabledText = QColor(0x3d, 0x3d, 0x3d),
                .disabled = QColor(0xb8, 0xc4, 0xbb)};
    }
    // A dark or high-contrast palette: the user's colours. The chosen answer and the Next
    // button use the highlight pair when it reads, else the text and window colours swapped.
    const QColor window = system.color(QPalette::Window);
    const QColor text = system.color(QPalette::WindowText);
    QColor chosen = system.color(QPalette::Highlight);
    QColor chosenText = system.color(QPalette::HighlightedText);
    if (contrastRatio(chosen, chosenText) < kReadable) {
        chosen = text;
        chosenText = window;
    }
    const QColor disabledText = system.color(QPalette::Disabled, QPalette::WindowText);
    return {.window = window,
            .text = text,
            .muted = text,
            .button = window,
            .buttonText = text,
            .border = text,
            .chosen = chosen,
            .chosenText = chosenText,
            .chosenBorder = text,
            .focus = contrastRatio(chosen, window) >= 3.0 ? chosen : text,
            .action = chosen,
            .actionText = chosenText,
            .secondaryButton = window,
            .problem = problemTextColour(system),
            .disabledText = contrastRatio(disabledText, window) >= kReadable ? disabledText : text,
            .disabled = window};
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
