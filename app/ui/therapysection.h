#pragma once

#include "core/therapy/therapyrecord.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace SpineDesk {

// One section of the Therapy step. The page owns the record: it hands each section the
// stored record to show, collects each section's part back, and passes the validation
// messages (TherapyRecord::validate keys such as "functional.1.value") to every section.
class TherapySection : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setRecord(const Therapy::TherapyRecord &record) = 0;
    virtual void applyTo(Therapy::TherapyRecord &record) const = 0;
    // Shows the messages for this section's fields and hides the rest; returns the keys shown.
    virtual QStringList showErrors(const QMap<QString, QString> &errors) = 0;
    virtual void setEditable(bool editable) = 0;

signals:
    void changed();
};

namespace TherapyUi {

// In a scrolling form the wheel scrolls the page; it changes a value only when the control
// has been clicked or tabbed into.
void guardWheel(QWidget *control);

// "⚠ message" in a hidden error line (ui/fielderrors.h style) with the field's accessible
// description set, or both cleared.
void setError(QLabel *label, QWidget *field, const QString &message);

QLabel *sectionHint(const QString &text, QWidget *parent);

// Rows added later would otherwise be reached last by Tab, after the whole page: they are put
// in the focus chain just before `anchor` (the section's "Add" button).
void insertBeforeInFocusChain(QWidget *anchor, const QList<QWidget *> &widgets);

} // namespace TherapyUi

} // namespace SpineDesk
