#include "ui/therapysection.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace SpineDesk::TherapyUi {

namespace {
class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel)
            if (auto *w = qobject_cast<QWidget *>(watched); w && !w->hasFocus()) {
                event->ignore();
                return true; // the scroll area gets it instead
            }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

void guardWheel(QWidget *control)
{
    static auto *guard = new WheelGuard(qApp);
    control->setFocusPolicy(Qt::StrongFocus);
    control->installEventFilter(guard);
}

void setError(QLabel *label, QWidget *field, const QString &message)
{
    if (label) {
        label->setText(message.isEmpty() ? QString() : u"⚠ "_s + message);
        label->setVisible(!message.isEmpty());
    }
    if (field)
        field->setAccessibleDescription(message);
}

QLabel *sectionHint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void insertBeforeInFocusChain(QWidget *anchor, const QList<QWidget *> &widgets)
{
    // setTabOrder ignores widgets that take no focus, so start from one that does.
    QWidget *previous = anchor->previousInFocusChain();
    while (previous != anchor && previous->focusPolicy() == Qt::NoFocus)
        previous = previous->previousInFocusChain();
    if (previous == anchor)
        return;
    for (QWidget *w : widgets) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
    QWidget::setTabOrder(previous, anchor);
}

} // namespace SpineDesk::TherapyUi
