#pragma once

#include "core/decisionaids/aid.h"
#include "core/decisionaids/evidence.h"
#include "core/decisionaids/record.h"

#include <QByteArray>
#include <QDate>
#include <QList>
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
};

// Refuses (empty result, `error` set) rather than print something that differs from what
// was discussed: a record made with another aid version, a value or option the aid does not
// have, an evidence ID missing from the registry or not verified, a text missing in the
// language asked for, or no usable font.
QByteArray renderDecisionSummaryPdf(const DecisionSummaryInput &in, QString *error,
                                    DecisionSummaryLayout *layout = nullptr);

// "matters a lot" for a value of 0–10 as the patient marked it.
QString valueInWords(int value);

} // namespace SpineDesk
