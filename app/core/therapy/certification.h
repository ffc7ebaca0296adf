#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace SpineDesk::Therapy {

// Plan-of-care certification (pathways.md §6.4, letter-and-handouts.md §7 [V: Noridian, Sept
// 2025]): for dates of service from 1 January 2025, a signed and dated order plus one
// transmission of the plan of care to the referring provider within 30 days of the first
// treatment. SpineDesk records when, how and to whom it was sent, and when the referring
// clinician's signed certification came back.

constexpr int kCertificationTransmissionDays = 30;

enum class TransmissionRoute { Fax, Mail, DirectMessage, Email, HandDelivered, Portal };
QList<TransmissionRoute> transmissionRoutes();
QString transmissionRouteCode(TransmissionRoute r); // "fax", "mail", "direct", "email", "hand", "portal"
std::optional<TransmissionRoute> transmissionRouteFromCode(QStringView code);
QString transmissionRouteLabel(TransmissionRoute r);

struct Transmission {
    qint64 id = 0;
    qint64 visitId = 0;
    QDate sentOn;
    TransmissionRoute route = TransmissionRoute::Fax;
    QString recipient;      // name and number or address
    qint64 documentId = 0;  // the archived plan-of-care PDF that was sent (0: not linked)
    qint64 recordedBy = 0;
    QDateTime recordedAt;
};

struct CertificationReturn {
    qint64 visitId = 0;
    QDate signedOn;         // the date on the referring clinician's signature
    QString signedBy;       // the referring clinician's name as signed
    bool withChanges = false;
    QString changes;
    qint64 recordedBy = 0;
    QDateTime recordedAt;
};

enum class CertificationState {
    NoFirstTreatment, // no treatment date yet: the clock has not started
    NotSent,          // within the 30 days, not sent yet
    Overdue,          // past the 30 days, not sent
    Sent,             // sent within the 30 days, awaiting the signed return
    SentLate,         // sent, but after the 30 days
    Certified,        // the signed certification came back
};
QString certificationStateCode(CertificationState s);
QString certificationStateLabel(CertificationState s);

struct CertificationStatus {
    CertificationState state = CertificationState::NoFirstTreatment;
    QDate firstTreatment;
    QDate deadline;                    // firstTreatment + 30 days
    int daysLeft = 0;                  // to the deadline from `today` (negative when past)
    std::optional<Transmission> firstSent;
    std::optional<CertificationReturn> returned;
    QString summary() const;           // one line for lists: "Send by 12 Dec 2026 (5 days left)"
};

CertificationStatus certificationStatus(QDate firstTreatment, const QList<Transmission> &sent,
                                        const std::optional<CertificationReturn> &returned, QDate today);

} // namespace SpineDesk::Therapy
