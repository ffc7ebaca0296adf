#pragma once

#include "core/codes.h"

#include <QList>
#include <QString>

namespace SpineDesk {

// A stable code per enum value, declared once as a table: the list of values, code → value and
// value → code all come from it, so a new value cannot get a code in one place and not another.
template<typename E>
struct CodeEntry {
    E value;
    const char16_t *code;
};

template<typename E, std::size_t N>
QList<E> codeTableValues(const CodeEntry<E> (&table)[N])
{
    QList<E> out;
    for (const CodeEntry<E> &e : table)
        out << e.value;
    return out;
}

template<typename E, std::size_t N>
QString codeTableCode(const CodeEntry<E> (&table)[N], E value)
{
    for (const CodeEntry<E> &e : table)
        if (e.value == value)
            return QString::fromUtf16(e.code);
    return QString::fromUtf16(table[0].code);
}

template<typename E, std::size_t N>
std::optional<E> codeTableFind(const CodeEntry<E> (&table)[N], QStringView code)
{
    for (const CodeEntry<E> &e : table)
        if (code == QStringView(e.code))
            return e.value;
    return std::nullopt;
}

} // namespace SpineDesk
