#pragma once

#include <QList>
#include <QStringView>
#include <optional>

namespace SpineDesk {

// The value whose stable code (as stored and exported) is `wanted`, or nullopt.
template<typename E, typename CodeFn>
std::optional<E> fromCode(const QList<E> &all, CodeFn code, QStringView wanted)
{
    for (E e : all)
        if (code(e) == wanted)
            return e;
    return std::nullopt;
}

} // namespace SpineDesk
