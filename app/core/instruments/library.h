#pragma once

#include "core/instruments/definition.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk::Instruments {

// One instrument as the program sees it: usable, or unavailable with the reasons.
struct LibraryEntry {
    QString id;      // from the file name when the file could not be read
    QString file;
    std::optional<Definition> definition;
    QStringList errors;
    bool available() const { return definition.has_value() && errors.isEmpty(); }
};

class Library
{
public:
    static QString bundledDirectory() { return QStringLiteral(":/content/instruments"); }

    // Reads every *.json in definitionDir, runs each definition's test vectors, and applies
    // licensed wording found in wordingDir (may be empty). A bad file never stops the rest.
    static Library load(const QString &definitionDir, const QString &wordingDir = {});

    const QList<LibraryEntry> &entries() const { return m_entries; }
    const Definition *find(const QString &id) const; // available instruments only
    const LibraryEntry *entry(const QString &id) const;

private:
    QList<LibraryEntry> m_entries;
};

// Licensed wording for one instrument and language (resources/instruments/README.md).
struct WordingFile {
    QString instrument;
    QString language;
    QString source;
    LocalText attribution;
    QString title;                                     // optional: the translated form's title
    QString recall;                                    // optional: its recall period / stem
    QMap<QString, QString> items;                      // linkId -> text
    QMap<QString, QMap<QString, QString>> answerSets;  // set id -> code -> label
};

struct WordingCheck {
    std::optional<WordingFile> wording;
    QStringList errors;
};

// Reads a wording file and checks it against the definition: every text item and every
// option of every answer set used must be given, and nothing else. A language other than
// English must be one the definition lists as a validated translation.
WordingCheck checkWording(const QByteArray &json, const QString &fileName, const Library &library);
void applyWording(Definition &d, const WordingFile &w);

// Checks FILE and copies it into wordingDir as <instrument>.<language>.json.
QStringList importWording(const QString &file, const Library &library, const QString &wordingDir);

} // namespace SpineDesk::Instruments
