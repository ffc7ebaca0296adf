#pragma once

#include "core/validation.h"

#include <QHash>
#include <QLabel>
#include <QPointer>

class QFormLayout;

namespace SpineDesk {

// Validation messages shown beside the field they are about, and read out by screen
// readers through the field's accessible description.
class FieldErrorLabels
{
public:
    // Adds the editor as a form row with a hidden message line under it.
    void addRow(QFormLayout *form, const QString &label, QWidget *editor, const QString &field);
    // Shows these messages (and hides the rest); focuses the first field in error.
    void show(const FieldErrors &errors);
    void clear() { show({}); }
    QString messageFor(const QString &field) const;

private:
    struct Entry {
        QPointer<QWidget> editor;
        QPointer<QLabel> message;
        QString description;
    };
    QList<QString> m_order;
    QHash<QString, Entry> m_entries;
};

QLabel *makeErrorLabel(QWidget *parent = nullptr);

} // namespace SpineDesk
