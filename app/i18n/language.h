#pragma once

#include <QString>
#include <QStringList>

namespace SpineDesk {

QStringList supportedLanguages(); // "en", "es"
// Installs Qt's and SpineDesk's translators for lang on the running application.
// English needs none; returns false when a translation could not be loaded.
bool installLanguage(const QString &lang);

} // namespace SpineDesk
