#include "documents/documentfont.h"

#include <QFontDatabase>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace SpineDesk {

QString documentFontFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const auto &preferred : {u"DejaVu Sans"_s, u"Noto Sans"_s, u"Liberation Sans"_s})
        if (families.contains(preferred))
            return preferred;
    return families.isEmpty() ? QString() : families.first();
}

QFont documentFont(qreal pointSize)
{
    QFont font(documentFontFamily());
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace SpineDesk
