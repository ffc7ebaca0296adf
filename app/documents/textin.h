#pragma once

#include <QString>

namespace SpineDesk {

// The program's text `source` (of `context`, as tr() would look it up) in `lang`, whatever
// language the program is in now, without switching it: a decision aid and its figures are
// worded in the aid's language on a screen that is in the clinician's language (issue 8).
// Mark the source with QT_TRANSLATE_NOOP / QT_TR_NOOP so lupdate finds it under the same
// context as tr(). English is the source language; a text without a translation stays English.
// (A general form of i18n/language.h's TextLanguage for one text; it reads the same .qm files.)
QString textIn(const QString &lang, const char *context, const char *source, const char *disambiguation = nullptr);

} // namespace SpineDesk
