#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace SpineDesk {

// Reading level of patient text (letter-and-handouts.md §4.1: grade 6 target, hard ceiling
// grade 8). A formula is a gate for obvious failures, not a substitute for review; the
// syllable counter is an English heuristic (vowel groups with the usual exceptions).
struct ReadabilityStats {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    int polysyllables = 0; // words of three or more syllables

    bool isEmpty() const { return sentences == 0 || words == 0; }
    // 0.39 × words/sentences + 11.8 × syllables/words − 15.59 (§4.1 [V]); 0 when empty.
    double fleschKincaidGrade() const;
    // Flesch (1948): 206.835 − 1.015 × words/sentences − 84.6 × syllables/words; 0 when empty.
    // Higher is easier. Reported beside the grade, not used as a gate.
    double fleschReadingEase() const;
};

// Syllables of one English word ("table" 2, "walked" 1, "don't" 1, "MRI" 3). Digits count one
// syllable each; a word with neither letters nor digits has none.
int englishSyllables(QStringView word);

// The words of a piece of text: runs of letters and digits, with inner apostrophes and
// hyphens kept ("follow-up", "don't" are one word each). Punctuation and bullets are not words.
QStringList readabilityWords(QStringView text);

// Sentences of text made of blocks (paragraphs, headings, list items, table cells). A sentence
// ends at . ! or ? followed by a space or the end (not after "e.g.", "Dr." or an initial), and
// at the end of every block, so a heading or a list item without a full stop is a sentence.
QStringList readabilitySentences(const QStringList &blocks);

// Plain text: a blank line separates blocks; a single line break is a wrapped line.
QStringList plainTextBlocks(const QString &text);

// Markdown reduced to its readable blocks: headings, paragraphs, list items, quotes and table
// cells as text; emphasis marks, link targets, images, HTML tags, code fences, rules and
// table separator rows removed.
QStringList markdownBlocks(const QString &markdown);

ReadabilityStats measureBlocks(const QStringList &blocks);
ReadabilityStats measurePlainText(const QString &text);
ReadabilityStats measureMarkdown(const QString &markdown);

} // namespace SpineDesk
