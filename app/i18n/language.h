#pragma once

#include <QString>
#include <QStringList>

namespace SpineDesk {

QStringList supportedLanguages(); // "en", "es"
QString languageName(const QString &lang); // in its own language: "English", "Español"
// A patient's preferred language (BCP 47 primary tag) when SpineDesk has it, else English.
QString supportedLanguageOr(const QString &preferred);

// The language of the program's own texts (tr()) right now: "en" or "es".
QString currentLanguage();

// Switches the program's texts (Qt's qtbase_<lang> and SpineDesk's translation) to lang,
// replacing the previous language; English needs none. Every widget then receives a
// QEvent::LanguageChange. Returns false, and keeps the current language, when the
// translation cannot be loaded or lang is not supported.
bool installLanguage(const QString &lang);

// The program's text `source` (of `context`, as tr() would look it up) in `lang`, without
// switching the program: a decision aid and its figures are worded in the aid's language on a
// screen in the clinician's language. Mark the source with QT_TRANSLATE_NOOP / QT_TR_NOOP so
// lupdate finds it; a text without a translation stays English. Main thread only.
QString textIn(const QString &lang, const char *context, const char *source, const char *disambiguation = nullptr);

// The program's texts in another language for the life of the object: documents are made in
// the patient's language (patient documents) or the clinic's working language (clinician
// documents), whatever the window's language (letter-and-handouts.md §5). Restores the
// previous language on destruction. Main thread only: translators are process-wide.
class TextLanguage
{
public:
    explicit TextLanguage(const QString &lang);
    ~TextLanguage();
    TextLanguage(const TextLanguage &) = delete;
    TextLanguage &operator=(const TextLanguage &) = delete;
    bool ok() const { return m_ok; } // false: the language could not be loaded; texts stay as they were

private:
    QString m_previous;
    bool m_ok = false;
    bool m_switched = false;
};

} // namespace SpineDesk
