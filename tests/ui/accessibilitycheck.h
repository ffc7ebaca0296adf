#pragma once

// What tst_accessibility checks on any window: every interactive control in the QAccessible
// tree has a name; text is not clipped; text colours come from the palette; the tab order
// does not jump back up a column. Each function returns the problems found, one a line,
// each starting with the object's path.
#include <QAccessible>
#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QStringList>
#include <QWidget>

namespace SpineDeskTest {

using namespace Qt::StringLiterals;

// The object as a path from its window: objectName where set, else the class and its text.
inline QString objectPath(const QObject *o)
{
    QStringList parts;
    for (; o; o = o->parent()) {
        QString part = o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName();
        if (const auto *b = qobject_cast<const QAbstractButton *>(o); b && !b->text().isEmpty())
            part += u"[\""_s + b->text() + u"\"]"_s;
        else if (const auto *l = qobject_cast<const QLabel *>(o); l && !l->text().isEmpty())
            part += u"[\""_s + l->text().left(30) + u"\"]"_s;
        parts.prepend(part);
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            break;
    }
    return parts.join(u'/');
}

// Roles a user operates; each needs a name a screen reader can say.
inline bool isInteractive(QAccessible::Role r)
{
    switch (r) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
    case QAccessible::Chart:
    case QAccessible::Graphic:
    case QAccessible::MenuItem:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// Item views are checked as a whole; their cells carry the data's own text.
inline bool isItemContainer(QAccessible::Role r)
{
    return r == QAccessible::List || r == QAccessible::Table || r == QAccessible::Tree;
}

inline QString interfacePath(QAccessibleInterface *iface, const QString &parentPath)
{
    if (QObject *o = iface->object())
        return objectPath(o);
    return parentPath + u"/<"_s + QString::number(int(iface->role()), 16) + u'>';
}

// Walks the tree from `iface` and lists every interactive control without a name, and every
// widget reached with Tab that has no name (a custom widget a screen reader would skip over).
inline void findUnnamed(QAccessibleInterface *iface, const QString &parentPath, QStringList *problems, const QWidget *window,
                        int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QString path = interfacePath(iface, parentPath);
    const QAccessible::Role role = iface->role();
    const auto *widget = qobject_cast<const QWidget *>(iface->object());
    const bool tabStop = widget && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()
        && !qobject_cast<const QAbstractScrollArea *>(widget); // plain scroll areas are containers
    if ((isInteractive(role) || tabStop) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        *problems << u"%1: %2 without an accessible name"_s.arg(path, QString::fromLatin1(
                                                                        QMetaEnum::fromType<QAccessible::Role>().valueToKey(role)));
    }
    // On Linux Qt names a combo box by its current text; screen readers say what it is from
    // the label it is labelled by (a buddy label, a form's row label).
    if (role == QAccessible::ComboBox && iface->relations(QAccessible::Label).isEmpty())
        *problems << u"%1: ComboBox without a label (QLabel::setBuddy or a form row)"_s.arg(path);
    if (isItemContainer(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        // Popups (a combo box's list) are windows of their own, named by their owner.
        if (const auto *w = child ? qobject_cast<const QWidget *>(child->object()) : nullptr; w && w->window() != window)
            continue;
        findUnnamed(child, path, problems, window, depth + 1);
    }
}

inline QStringList unnamedControls(QWidget *root)
{
    QStringList problems;
    findUnnamed(QAccessible::queryAccessibleInterface(root), QString(), &problems, root->window());
    return problems;
}

// Shown text (labels, buttons, spin boxes, combo boxes) in less room than it needs: cut off
// at the user's font size.
inline QStringList clippedText(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets;
    for (QLabel *l : root->findChildren<QLabel *>())
        widgets << l;
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        widgets << b;
    for (QAbstractSpinBox *b : root->findChildren<QAbstractSpinBox *>())
        widgets << b;
    for (QComboBox *b : root->findChildren<QComboBox *>())
        widgets << b;
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || w->window() != root->window())
            continue;
        if (w->objectName().startsWith(u"qt_"_s) || w->inherits("QLineEditIconButton") || w->inherits("QDockWidgetTitleButton"))
            continue; // Qt's own decorations
        const auto *label = qobject_cast<QLabel *>(w);
        if (label && label->text().isEmpty() && !label->pixmap().isNull())
            continue; // an image, not text
        if (label && label->text().isEmpty())
            continue;
        // A spin box needs room for its longest value with prefix and suffix (its size hint).
        const QSize min = qobject_cast<QAbstractSpinBox *>(w) ? w->sizeHint() : w->minimumSizeHint();
        const bool wraps = label && label->wordWrap();
        QString problem;
        if (w->width() + 1 < min.width())
            problem = u"width %1 < %2"_s.arg(w->width()).arg(min.width());
        else if (wraps && w->height() + 1 < label->heightForWidth(w->width()))
            problem = u"height %1 < %2 needed at width %3"_s.arg(w->height()).arg(label->heightForWidth(w->width())).arg(w->width());
        else if (!wraps && w->height() + 1 < min.height())
            problem = u"height %1 < %2"_s.arg(w->height()).arg(min.height());
        else {
            // Inside every ancestor up to a scrolled viewport (beyond which it scrolls into view).
            QRect r = w->rect();
            for (QWidget *p = w->parentWidget(), *c = w; p; c = p, p = p->parentWidget()) {
                r.translate(c->pos());
                if (c->isWindow() || qobject_cast<QAbstractScrollArea *>(p) || qobject_cast<QAbstractScrollArea *>(p->parentWidget()))
                    break; // a scroll area's viewport scrolls its content into view
                if (!p->rect().adjusted(-1, -1, 1, 1).contains(r) && p->rect().intersects(r)) {
                    problem = u"cut off by %1 (%2×%3 at %4,%5 in %6×%7)"_s.arg(objectPath(p))
                                  .arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y()).arg(p->width()).arg(p->height());
                    break;
                }
            }
        }
        if (!problem.isEmpty())
            problems << objectPath(w) + u": "_s + problem;
    }
    return problems;
}

// Text colours not taken from the palette: every label's and button's text colour is one of
// the palette's text roles, and rich text names no colour of its own outside them.
inline QStringList foreignTextColours(QWidget *root, const QPalette &palette)
{
    QList<QColor> allowed;
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText, QPalette::BrightText,
                      QPalette::PlaceholderText, QPalette::Link, QPalette::LinkVisited, QPalette::ToolTipText})
        for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            allowed << palette.color(group, role);
    static const QRegularExpression inlineColour(u"color\\s*[:=]\\s*['\"]?(#[0-9a-fA-F]{6}|[a-zA-Z]+)"_s);
    QStringList problems;
    QList<QWidget *> widgets;
    for (QLabel *l : root->findChildren<QLabel *>())
        widgets << l;
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        widgets << b;
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        const QColor colour = w->palette().color(w->foregroundRole());
        if (!allowed.contains(colour))
            problems << u"%1: text colour %2 is not from the palette"_s.arg(objectPath(w), colour.name());
        if (const auto *l = qobject_cast<QLabel *>(w); l && Qt::mightBeRichText(l->text())) {
            auto it = inlineColour.globalMatch(l->text());
            while (it.hasNext()) {
                const QColor c = QColor::fromString(it.next().captured(1));
                if (c.isValid() && !allowed.contains(c))
                    problems << u"%1: rich text colour %2 is not from the palette"_s.arg(objectPath(w), c.name());
            }
        }
    }
    return problems;
}

// Tab order within `page`: the widgets reached with Tab, in order.
inline QList<QWidget *> tabChain(QWidget *page)
{
    QList<QWidget *> chain;
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (chain.contains(w))
            break;
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && !w->focusProxy() && (w->focusPolicy() & Qt::TabFocus))
            chain << w;
    }
    return chain;
}

// A jump back up the same column (the next stop wholly above the last, overlapping it
// horizontally) means the tab order does not follow the page.
inline QStringList tabOrderJumps(QWidget *page)
{
    QStringList problems;
    const QList<QWidget *> chain = tabChain(page);
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect a(chain[i - 1]->mapTo(page->window(), QPoint()), chain[i - 1]->size());
        const QRect b(chain[i]->mapTo(page->window(), QPoint()), chain[i]->size());
        const bool sameColumn = a.left() < b.right() && b.left() < a.right();
        if (sameColumn && b.bottom() < a.top())
            problems << u"%1 → %2: Tab goes back up the page"_s.arg(objectPath(chain[i - 1]).section(u'/', -3),
                                                                    objectPath(chain[i]).section(u'/', -3));
    }
    return problems;
}

} // namespace SpineDeskTest
