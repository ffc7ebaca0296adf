#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace SpineDesk::Sql {

// Dates are stored as ISO text so that they sort and compare in SQL on every back end.
inline QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline QVariant dateTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODate)) : QVariant();
}

inline QDateTime toDateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

inline QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant();
}

inline QVariant optionalInt(int value) // -1 means not known
{
    return value >= 0 ? QVariant(value) : QVariant();
}

inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Runs a prepared query (a null QString binds as empty text); on failure puts the
// driver's message in *error.
bool run(QSqlQuery &q, QString *error);

} // namespace SpineDesk::Sql
