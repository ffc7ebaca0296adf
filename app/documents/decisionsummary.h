#pragma once

#include "core/decisionaids/aid.h"
#include "core/decisionaids/evidence.h"
#include "core/decisionaids/record.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>

namespace SpineDesk {

// The patient's copy of a shared decision (letter-and-handouts.md §4.3): the decision, the
// options discussed, the key numbers drawn with the same icon-array and scale-shift painters
// as the screen, the patient's values, the choice, SURE, who took part, and the aid's sources,
// version, dates, update policy and funding.
struct DecisionSummaryInput {
    DecisionSummaryInput(const Aids::DecisionAid &a, const Aids::DecisionRecord &r, const Aids::EvidenceRegistry &e)
        : aid(a), record(r), evidence(e)
    {
    }
    const Aids::DecisionAid &aid;
    const Aids::DecisionRecord &record;
    const Aids::EvidenceRegistry &evidence;
    QString patientName;
    QDate visitDate;
    QString clinicianName;
    QString clinicName;                 // may be empty
    QString language = QStringLiteral("en"); // "en" or "es"; one language per document
    bool largePrint = false;
    QString sureAttribution;            // empty: read from the bundled SURE definition
    // The language the SURE questions were asked in; empty: the document's language when the
    // bundled SURE definition lists a validated translation in it, else English (the
    // summary then says so in the document's language).
    QString sureLanguage;
    // The mark printed on every page while the aid's texts in `language` are a translation
    // pending review (Aids::DecisionAid::pendingReview); empty: Handouts::pendingTranslationNotice.
    QString pendingReviewNotice;
};

// Where the pages broke. Each figure is one row of icon arrays or one scale shift; `heading`
// is the page of the title of the outcome it belongs to.
struct DecisionSummaryLayout {
    struct Figure {
        QString id; // outcome or scale-shift id, with "#row" for rows after the first
        int headingPage = 0;
        int firstPage = 0;
        int lastPage = 0;
    };
    int pages = 0;
    qreal bodyPointSize = 0;
    QList<Figure> figures;
    QString pageNotice; // printed at the top of every page; empty: none
    QRectF body;        // where the text runs on every page, in points from the paper's top-left
};

// One language per document (letter-and-handouts.md §5 rule 4): the aid's texts and the
// program's own texts are both in `language`, whatever language the program is shown in.
// Refuses (empty result, `error` set, in the program's language) rather than print something
// that differs from what was discussed: a record made with another aid version, a value or
// option the aid does not have, an evidence ID missing from the registry or not verified, a
// text missing in the language asked for (never an English stand-in), a translation pending
// review with no mark to print, or no usable font.
QByteArray renderDecisionSummaryPdf(const DecisionSummaryInput &in, QString *error,
                                    DecisionSummaryLayout *layout = nullptr);

// "matters a lot" for a value of 0–10 as the patient marked it.
QString valueInWords(int value);

} // namespace SpineDesk
