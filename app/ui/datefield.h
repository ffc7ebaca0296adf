#pragma once

#include <QDate>
#include <QLineEdit>

namespace SpineDesk {

// A date typed as 2026-03-14 or 03/14/2026, or left empty. Unlike QDateEdit it can be
// empty, so an unknown date is never silently recorded as today.
class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);
    QDate date() const;               // invalid when empty or unreadable
    bool isEmptyOrValid() const;
    void setDate(QDate date);
    static QDate parse(const QString &text);

signals:
    void dateChanged(QDate date);
};

} // namespace SpineDesk
