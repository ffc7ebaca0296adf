#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace SpineDesk {

QStringList supportedLanguages()
{
    return {u"en"_s, u"es"_s};
}

bool installLanguage(const QString &lang)
{
    if (lang == u"en")
        return true;
    if (!supportedLanguages().contains(lang))
        return false;
    auto *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (!own->load(u":/i18n/spinedesk_"_s + lang + u".qm"_s))
        return false;
    return QCoreApplication::installTranslator(own);
}

} // namespace SpineDesk
