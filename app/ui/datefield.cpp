#include "ui/datefield.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SpineDesk {

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY-MM-DD or MM/DD/YYYY"));
    setMaxLength(10);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"00/00/0000"_s) + 24);
    connect(this, &QLineEdit::textChanged, this, [this] { emit dateChanged(date()); });
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (const QDate d = date(); d.isValid())
            setDate(d); // show one unambiguous form
    });
}

QDate DateField::parse(const QString &text)
{
    static const QRegularExpression us(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"_s);
    const QString t = text.trimmed();
    if (const auto m = us.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
    return QDate::fromString(t, Qt::ISODate);
}

QDate DateField::date() const
{
    return parse(text());
}

bool DateField::isEmptyOrValid() const
{
    return text().trimmed().isEmpty() || date().isValid();
}

void DateField::setDate(QDate d)
{
    const QString t = d.isValid() ? d.toString(Qt::ISODate) : QString();
    if (t != text())
        setText(t);
}

} // namespace SpineDesk
