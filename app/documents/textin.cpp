#include "documents/textin.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
// One translator per language, loaded on first use and never installed: installing would
// switch the whole program's language.
const QTranslator *translatorFor(const QString &lang)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    if (!loaded.contains(lang)) {
        auto t = std::make_shared<QTranslator>();
        // The resource i18n/CMakeLists.txt compiles in (qt_add_translations, prefix /i18n).
        if (!t->load(u":/i18n/spinedesk_"_s + lang + u".qm"_s))
            t.reset();
        loaded.insert(lang, t);
    }
    return loaded.value(lang).get();
}
} // namespace

QString textIn(const QString &lang, const char *context, const char *source, const char *disambiguation)
{
    if (lang.isEmpty() || lang == currentLanguage())
        return QCoreApplication::translate(context, source, disambiguation);
    if (lang != u"en")
        if (const QTranslator *t = translatorFor(lang)) {
            const QString text = t->translate(context, source, disambiguation);
            if (!text.isEmpty())
                return text;
        }
    return QString::fromUtf8(source);
}

} // namespace SpineDesk
