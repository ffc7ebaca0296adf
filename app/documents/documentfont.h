#pragma once

#include <QFont>
#include <QString>

namespace SpineDesk {

// The font every document is set in. Without a usable font Qt renders PDFs with no text
// and no warning (toolchain.md P6), so a document refuses to render when this is empty.
QString documentFontFamily();
QFont documentFont(qreal pointSize);

} // namespace SpineDesk
