#include "core/therapy/certification.h"

#include "core/codetable.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace SpineDesk::Therapy {

namespace {
struct CertificationText {
    Q_DECLARE_TR_FUNCTIONS(CertificationText)
};

constexpr CodeEntry<TransmissionRoute> kRoutes[] = {
    {TransmissionRoute::Fax, u"fax"},
    {TransmissionRoute::Mail, u"mail"},
    {TransmissionRoute::DirectMessage, u"direct"},
    {TransmissionRoute::Email, u"email"},
    {TransmissionRoute::HandDelivered, u"hand"},
    {TransmissionRoute::Portal, u"portal"},
};
constexpr CodeEntry<CertificationState> kStates[] = {
    {CertificationState::NoFirstTreatment, u"no-first-treatment"},
    {CertificationState::NotSent, u"not-sent"},
    {CertificationState::Overdue, u"overdue"},
    {CertificationState::Sent, u"sent"},
    {CertificationState::SentLate, u"sent-late"},
    {CertificationState::Certified, u"certified"},
};

QString shortDate(QDate d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}
} // namespace

QList<TransmissionRoute> transmissionRoutes() { return codeTableValues(kRoutes); }
QString transmissionRouteCode(TransmissionRoute r) { return codeTableCode(kRoutes, r); }
std::optional<TransmissionRoute> transmissionRouteFromCode(QStringView c) { return codeTableFind(kRoutes, c); }
QString transmissionRouteLabel(TransmissionRoute r)
{
    switch (r) {
    case TransmissionRoute::Fax: return CertificationText::tr("Fax");
    case TransmissionRoute::Mail: return CertificationText::tr("Mail");
    case TransmissionRoute::DirectMessage: return CertificationText::tr("Direct secure message");
    case TransmissionRoute::Email: return CertificationText::tr("E-mail");
    case TransmissionRoute::HandDelivered: return CertificationText::tr("Hand-delivered");
    case TransmissionRoute::Portal: break;
    }
    return CertificationText::tr("Portal");
}

QString certificationStateCode(CertificationState s) { return codeTableCode(kStates, s); }
QString certificationStateLabel(CertificationState s)
{
    switch (s) {
    case CertificationState::NoFirstTreatment: return CertificationText::tr("No first treatment yet");
    case CertificationState::NotSent: return CertificationText::tr("To send");
    case CertificationState::Overdue: return CertificationText::tr("Overdue");
    case CertificationState::Sent: return CertificationText::tr("Sent, awaiting signature");
    case CertificationState::SentLate: return CertificationText::tr("Sent late, awaiting signature");
    case CertificationState::Certified: break;
    }
    return CertificationText::tr("Certified");
}

QString CertificationStatus::summary() const
{
    switch (state) {
    case CertificationState::NoFirstTreatment:
        return CertificationText::tr("No first treatment recorded: the 30-day clock has not started.");
    case CertificationState::NotSent:
        return daysLeft == 1 ? CertificationText::tr("Send the plan of care by %1 (1 day left).").arg(shortDate(deadline))
                             : CertificationText::tr("Send the plan of care by %1 (%2 days left).").arg(shortDate(deadline)).arg(daysLeft);
    case CertificationState::Overdue:
        return CertificationText::tr("⚠ Overdue: the plan of care was due to be sent by %1 (%2 days ago).")
            .arg(shortDate(deadline))
            .arg(-daysLeft);
    case CertificationState::Sent:
        return CertificationText::tr("Sent on %1 (%2); awaiting the signed certification.")
            .arg(shortDate(firstSent->sentOn), transmissionRouteLabel(firstSent->route));
    case CertificationState::SentLate:
        return CertificationText::tr("⚠ Sent on %1, after the deadline of %2; awaiting the signed certification.")
            .arg(shortDate(firstSent->sentOn), shortDate(deadline));
    case CertificationState::Certified:
        break;
    }
    return CertificationText::tr("Certified by %1 on %2.").arg(returned->signedBy, shortDate(returned->signedOn));
}

CertificationStatus certificationStatus(QDate firstTreatment, const QList<Transmission> &sent,
                                        const std::optional<CertificationReturn> &returned, QDate today)
{
    CertificationStatus s;
    s.firstTreatment = firstTreatment;
    s.returned = returned;
    for (const Transmission &t : sent)
        if (!s.firstSent || t.sentOn < s.firstSent->sentOn)
            s.firstSent = t;
    if (!firstTreatment.isValid()) {
        s.state = returned ? CertificationState::Certified : CertificationState::NoFirstTreatment;
        return s;
    }
    s.deadline = firstTreatment.addDays(kCertificationTransmissionDays);
    s.daysLeft = int(today.daysTo(s.deadline));
    if (returned)
        s.state = CertificationState::Certified;
    else if (s.firstSent)
        s.state = s.firstSent->sentOn <= s.deadline ? CertificationState::Sent : CertificationState::SentLate;
    else
        s.state = s.daysLeft < 0 ? CertificationState::Overdue : CertificationState::NotSent;
    return s;
}

} // namespace SpineDesk::Therapy
