#include "i18n/language.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {

// The translators of one language, loaded once and kept for the life of the program.
struct LoadedLanguage {
    std::unique_ptr<QTranslator> qt;  // may be empty: Qt's own file is optional
    std::unique_ptr<QTranslator> own;
};

QHash<QString, LoadedLanguage *> &cache()
{
    static QHash<QString, LoadedLanguage *> loaded;
    return loaded;
}

QString &current()
{
    static QString lang = u"en"_s;
    return lang;
}

LoadedLanguage *load(const QString &lang)
{
    if (LoadedLanguage *l = cache().value(lang))
        return l;
    auto *l = new LoadedLanguage;
    l->own = std::make_unique<QTranslator>();
    if (!l->own->load(u":/i18n/spinedesk_"_s + lang + u".qm"_s)) {
        delete l;
        return nullptr;
    }
    l->qt = std::make_unique<QTranslator>();
    if (!l->qt->load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        l->qt.reset();
    cache().insert(lang, l);
    return l;
}

void remove(const QString &lang)
{
    if (LoadedLanguage *l = cache().value(lang)) {
        QCoreApplication::removeTranslator(l->own.get());
        if (l->qt)
            QCoreApplication::removeTranslator(l->qt.get());
    }
}

bool activate(const QString &lang)
{
    if (lang == current())
        return true;
    LoadedLanguage *next = nullptr;
    if (lang != u"en") {
        next = load(lang);
        if (!next)
            return false;
    }
    remove(current());
    if (next) {
        if (next->qt)
            QCoreApplication::installTranslator(next->qt.get());
        QCoreApplication::installTranslator(next->own.get());
    }
    current() = lang;
    return true;
}

} // namespace

QStringList supportedLanguages()
{
    return {u"en"_s, u"es"_s};
}

QString languageName(const QString &lang)
{
    // Fixed: QLocale's native names carry a territory ("español de España", "American English").
    if (lang == u"en")
        return u"English"_s;
    if (lang == u"es")
        return u"Español"_s;
    return QLocale::languageToString(QLocale(lang).language());
}

QString supportedLanguageOr(const QString &preferred)
{
    const QString lang = preferred.trimmed().toLower().section(u'-', 0, 0);
    return supportedLanguages().contains(lang) ? lang : u"en"_s;
}

QString currentLanguage()
{
    return current();
}

bool installLanguage(const QString &lang)
{
    if (!supportedLanguages().contains(lang))
        return false;
    return activate(lang);
}

QString textIn(const QString &lang, const char *context, const char *source, const char *disambiguation)
{
    if (lang.isEmpty() || lang == current())
        return QCoreApplication::translate(context, source, disambiguation);
    if (lang != u"en" && supportedLanguages().contains(lang))
        if (const LoadedLanguage *l = load(lang)) {
            const QString text = l->own->translate(context, source, disambiguation);
            if (!text.isEmpty())
                return text;
        }
    return QString::fromUtf8(source);
}

TextLanguage::TextLanguage(const QString &lang)
    : m_previous(current())
{
    if (!supportedLanguages().contains(lang))
        return;
    m_switched = lang != m_previous;
    m_ok = activate(lang);
    if (!m_ok)
        m_switched = false;
}

TextLanguage::~TextLanguage()
{
    if (m_switched)
        activate(m_previous);
}

} // namespace SpineDesk
