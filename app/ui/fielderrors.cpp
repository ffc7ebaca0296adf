#include "ui/fielderrors.h"

#include "ui/accessibilitycolours.h"

#include <QCoreApplication>
#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Red text is not the only signal: the message is bold and begins with a warning sign.
    label->setStyleSheet(problemTextStyle());
    label->hide();
    return label;
}

void FieldErrorLabels::addRow(QFormLayout *form, const QString &label, QWidget *editor, const QString &field)
{
    auto *message = makeErrorLabel(form->parentWidget());
    message->setObjectName(field + u"Error"_s);
    message->setAccessibleName(QCoreApplication::translate("SpineDesk::FieldErrorLabels", "Problem with %1").arg(QString(label).remove(u'&')));
    form->addRow(label, editor);
    form->addRow(QString(), message);
    if (editor->accessibleName().isEmpty())
        editor->setAccessibleName(QString(label).remove(u'&'));
    m_order << field;
    m_entries.insert(field, {editor, message, editor->accessibleDescription()});
}

void FieldErrorLabels::show(const FieldErrors &errors)
{
    QWidget *first = nullptr;
    for (const QString &field : std::as_const(m_order)) {
        Entry &e = m_entries[field];
        const QString text = SpineDesk::messageFor(errors, field);
        if (e.message) {
            e.message->setText(text.isEmpty() ? QString() : u"⚠ "_s + text);
            e.message->setVisible(!text.isEmpty());
        }
        if (e.editor)
            e.editor->setAccessibleDescription(text.isEmpty() ? e.description : text);
        if (!text.isEmpty() && !first)
            first = e.editor;
    }
    if (first)
        first->setFocus();
}

QString FieldErrorLabels::messageFor(const QString &field) const
{
    const auto it = m_entries.constFind(field);
    return it != m_entries.cend() && it->message && it->message->isVisible() ? it->message->text() : QString();
}

} // namespace SpineDesk
