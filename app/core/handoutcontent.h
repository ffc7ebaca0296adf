#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk::Handouts {

// Patient handouts as content (resources/handouts/README.md): one Markdown file per handout
// and language, opened by a front-matter block with its identity, review state and sources.
// Parsing is strict: a bad file is reported with the file and the field (or line) and is never
// shown; it cannot crash the program.

// A piece of text with its emphasis. Always printed as text, never read as markup.
struct Run {
    QString text;
    bool bold = false;
    bool italic = false;
    bool operator==(const Run &o) const = default;
};

// The Markdown subset a handout may use: ## and ### headings, paragraphs, "- " bullets,
// "1. " numbered items, **bold** and *italic*.
struct Block {
    enum class Kind { Heading, Subheading, Paragraph, Bullet, Numbered };
    Kind kind = Kind::Paragraph;
    int number = 0; // Numbered
    QList<Run> runs;
    int line = 0;   // where it starts in the file
    QString text() const;
};

// A number a handout states, with the citation it comes from (clinical/README.md rule 3).
struct NumberCitation {
    QString phrase;   // as it appears in the body, e.g. "6 weeks"
    QString citation; // ends in [V]
};

enum class Kind {
    Library,   // a standalone handout, listed for the Documents step
    VisitText, // the fixed wording of the visit handout, in parts keyed by "## key"
};
QString kindCode(Kind k); // "library", "visit-text"

// The review field's value until a clinician (or, for a translation, a qualified translator)
// has reviewed the file.
QString notYetReviewed(); // "not yet reviewed"

struct HandoutContent {
    QString fileName;
    QString id;
    QString title;
    QString language;
    Kind kind = Kind::Library;
    int revision = 0;
    QString reviewedBy; // a name, or "not yet reviewed"
    QDate reviewedOn;   // with a name
    QStringList sources;
    QList<NumberCitation> numbers;
    // Translations (language other than "en", letter-and-handouts.md §5 rule 2; issue 8).
    QString translatedBy;
    QString translationReviewedBy; // a qualified medical translator's name, or "not yet reviewed"
    QDate translationReviewedOn;
    int sourceRevision = 0;        // the English revision the translation matches

    QString body;        // the Markdown after the front matter
    QList<Block> blocks; // Library: the body; VisitText: empty (see parts)
    QMap<QString, QList<Block>> parts; // VisitText: "## key" → the blocks under it

    bool isReviewed() const { return !reviewedBy.isEmpty() && reviewedBy != notYetReviewed(); }
    bool isTranslation() const { return language != u"en"; }
    // A translation not yet reviewed by a qualified medical translator: it prints, with the
    // pending-review notice on every page (issue 8). An out-of-date translation is never loaded.
    bool isTranslationPending() const;
    // The body's readable text, one entry per block, for the reading-level gate.
    QStringList readableBlocks() const;
};

// Reads one file. `fileName` is used in messages and, when it has the form
// ".../<lang>/<id>.md", checked against the front matter's language and id. Errors are
// "<file>: <field>: <message>" or "<file>: line <n>: <message>".
std::optional<HandoutContent> parseHandout(const QByteArray &bytes, const QString &fileName, QStringList *errors);

// The handouts of one content tree (<root>/<lang>/<id>.md).
class HandoutLibrary
{
    Q_DECLARE_TR_FUNCTIONS(HandoutLibrary)
public:
    // The handouts compiled into the program (":/content/handouts").
    static const HandoutLibrary &bundled();
    static HandoutLibrary load(const QString &root);

    // The library handouts of a language, by title (translations pending review included: they
    // print with the notice).
    QList<const HandoutContent *> handouts(const QString &language) const;
    // Any loaded handout (library or visit text).
    const HandoutContent *find(const QString &language, const QString &id) const;
    QList<HandoutContent> all() const { return m_all; }
    QStringList errors() const { return m_errors; }
    // A translation left out because it translates an older English revision: true with the
    // revision it translates and the English file's revision (for the refusal's message).
    bool isOutOfDate(const QString &language, const QString &id, int *translates = nullptr, int *current = nullptr) const;

private:
    QList<HandoutContent> m_all;
    QStringList m_errors;
    QMap<QString, std::pair<int, int>> m_outOfDate; // "<lang>/<id>" → (translates, current)
};

// The notice a document made from a translation pending review carries on every page and on
// screen, in that language ("Traducción pendiente de revisión por un traductor médico
// calificado."): the key "notice.translation-pending" of <language>/visit-handout.md. Empty
// for English and when the language has no visit text. For PageSetup::pageNotice.
QString pendingTranslationNotice(const QString &language, const HandoutLibrary &library = HandoutLibrary::bundled());

} // namespace SpineDesk::Handouts
