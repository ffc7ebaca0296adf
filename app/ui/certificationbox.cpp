#include "ui/certificationbox.h"

#include "storage/certificationrepository.h"
#include "storage/clinicianrepository.h"
#include "storage/documentarchive.h"
#include "storage/referralrepository.h"
#include "ui/accessibilitycolours.h"
#include "ui/certificationdialogs.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Therapy;

CertificationBox::CertificationBox(QSqlDatabase db, qint64 clinicianId, const Visit &visit, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
    , m_visit(visit)
{
    setObjectName(u"certificationBox"_s);
    auto *box = new QGroupBox(tr("Certification of the plan of care"), this);
    auto *bl = new QVBoxLayout(box);
    m_statusLabel = new QLabel(box);
    m_statusLabel->setObjectName(u"certificationStatus"_s);
    m_statusLabel->setAccessibleName(tr("Certification status"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setFocusPolicy(Qt::TabFocus);
    m_detail = new QLabel(box);
    m_detail->setObjectName(u"certificationDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(box);
    m_message->setObjectName(u"certificationMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_sent = new QPushButton(tr("Record &sent…"), box);
    m_sent->setObjectName(u"recordSent"_s);
    m_sent->setAccessibleName(tr("Record that the plan of care was sent to the referring clinician"));
    m_return = new QPushButton(tr("Record signed &certification…"), box);
    m_return->setObjectName(u"recordReturn"_s);
    m_return->setAccessibleName(tr("Record the referring clinician's signed certification"));
    connect(m_sent, &QPushButton::clicked, this, &CertificationBox::openSentDialog);
    connect(m_return, &QPushButton::clicked, this, &CertificationBox::openReturnDialog);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sent);
    buttons->addWidget(m_return);
    buttons->addStretch();
    bl->addWidget(m_statusLabel);
    bl->addWidget(m_detail);
    bl->addWidget(m_message);
    bl->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    refresh();
}

void CertificationBox::setVisit(const Visit &visit)
{
    m_visit = visit;
    refresh();
}

void CertificationBox::refresh()
{
    const CertificationRepository repo(m_db);
    m_status = repo.status(m_visit.id, QDate::currentDate());
    const QLocale locale;
    const bool canRecord = m_visit.isSigned();
    QStringList lines;
    if (!m_status) {
        m_statusLabel->setText(tr("No certification status for this visit."));
    } else {
        const bool late = m_status->state == CertificationState::Overdue || m_status->state == CertificationState::SentLate;
        QString text = m_status->summary();
        if (late && !text.startsWith(u"⚠"))
            text.prepend(u"⚠ "_s);
        m_statusLabel->setText(text);
        QFont f = m_statusLabel->font();
        f.setBold(late); // with the symbol and the words, never colour alone
        m_statusLabel->setFont(f);
        if (m_status->firstTreatment.isValid())
            lines << tr("First treatment %1; send by %2 (30 days).")
                         .arg(locale.toString(m_status->firstTreatment, QLocale::ShortFormat),
                              locale.toString(m_status->deadline, QLocale::ShortFormat));
        for (const Transmission &t : repo.transmissions(m_visit.id))
            lines << tr("Sent %1 by %2 to %3%4")
                         .arg(locale.toString(t.sentOn, QLocale::ShortFormat), transmissionRouteLabel(t.route), t.recipient,
                              t.documentId > 0 ? tr(" (archived document %1)").arg(t.documentId) : QString());
        if (m_status->returned)
            lines << tr("Signed by %1 on %2%3")
                         .arg(m_status->returned->signedBy, locale.toString(m_status->returned->signedOn, QLocale::ShortFormat),
                              m_status->returned->withChanges ? tr(", with changes: %1").arg(m_status->returned->changes) : QString());
    }
    if (!canRecord)
        lines << tr("Recording the transmission and the signed return is available once the visit is signed.");
    m_detail->setText(lines.join(u'\n'));
    m_detail->setVisible(!lines.isEmpty());
    m_sent->setEnabled(canRecord);
    m_return->setEnabled(canRecord && m_status && m_status->firstSent && !m_status->returned);
    m_sent->setToolTip(canRecord ? QString() : tr("Available once the visit is signed."));
    m_return->setToolTip(!canRecord ? tr("Available once the visit is signed.")
                                    : m_status && !m_status->firstSent ? tr("Record the transmission first.") : QString());
}

QString CertificationBox::defaultRecipient() const
{
    const ReferralRepository referrals(m_db);
    const QList<Referral> list = referrals.forPatient(m_visit.patientId);
    if (list.isEmpty())
        return {};
    const auto from = referrals.findReferringClinician(list.first().referringClinicianId);
    if (!from)
        return {};
    return from->fax.isEmpty() ? from->name : tr("%1, fax %2").arg(from->name, from->fax);
}

QString CertificationBox::defaultSignedBy() const
{
    const ReferralRepository referrals(m_db);
    const QList<Referral> list = referrals.forPatient(m_visit.patientId);
    const auto from = list.isEmpty() ? std::nullopt : referrals.findReferringClinician(list.first().referringClinicianId);
    return from ? from->name : QString();
}

qint64 CertificationBox::latestPlanDocument(QString *description) const
{
    // forVisit is newest first.
    for (const ArchivedDocument &d : DocumentArchive(m_db).forVisit(m_visit.id))
        if (d.kind == u"pt-plan") {
            if (description)
                *description = tr("made %1 (SHA-256 %2…)").arg(QLocale().toString(d.createdAt.toLocalTime(), QLocale::ShortFormat),
                                                              d.sha256.left(12));
            return d.id;
        }
    return 0;
}

bool CertificationBox::recordTransmission(Transmission t, QString *error)
{
    t.visitId = m_visit.id;
    t.recordedBy = m_clinicianId;
    const SaveResult r = CertificationRepository(m_db, m_clinicianId).recordTransmission(t);
    if (!r.ok()) {
        if (error)
            *error = r.message;
        return false;
    }
    refresh();
    emit recorded();
    return true;
}

bool CertificationBox::recordReturn(CertificationReturn r, QString *error)
{
    r.visitId = m_visit.id;
    r.recordedBy = m_clinicianId;
    const SaveResult s = CertificationRepository(m_db, m_clinicianId).recordReturn(r);
    if (!s.ok()) {
        if (error)
            *error = s.message;
        return false;
    }
    refresh();
    emit recorded();
    return true;
}

void CertificationBox::showMessage(const QString &text, bool problem)
{
    m_message->setText((problem ? u"⚠ "_s : u"✓ "_s) + text);
    m_message->setStyleSheet(problem ? problemTextStyle() : QString());
    m_message->show();
}

void CertificationBox::openSentDialog()
{
    QString description;
    const qint64 doc = latestPlanDocument(&description);
    TransmissionDialog dialog(defaultRecipient(), doc, description, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (recordTransmission(dialog.transmission(), &error))
        showMessage(tr("The transmission was recorded."), false);
    else
        showMessage(tr("The transmission was not recorded: %1").arg(error), true);
}

void CertificationBox::openReturnDialog()
{
    CertificationReturnDialog dialog(defaultSignedBy(), m_status && m_status->firstSent ? m_status->firstSent->sentOn : QDate(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (recordReturn(dialog.certificationReturn(), &error))
        showMessage(tr("The signed certification was recorded."), false);
    else
        showMessage(tr("The signed certification was not recorded: %1").arg(error), true);
}

} // namespace SpineDesk
