#pragma once

#include "core/therapy/certification.h"
#include "core/visit.h"

#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

namespace SpineDesk {

// The plan of care's certification: the status with the 30-day deadline from the first
// treatment (CertificationRepository::status), "Record sent…" and "Record signed
// certification…". Recording is possible once the visit (and its plan) is signed.
class CertificationBox : public QWidget
{
    Q_OBJECT
public:
    CertificationBox(QSqlDatabase db, qint64 clinicianId, const Visit &visit, QWidget *parent = nullptr);

    void setVisit(const Visit &visit);
    void refresh();
    std::optional<Therapy::CertificationStatus> status() const { return m_status; }

    // What the dialogs would prefill: the referral's referring clinician with fax, and the
    // latest archived plan-of-care PDF (0: none).
    QString defaultRecipient() const;
    QString defaultSignedBy() const;
    qint64 latestPlanDocument(QString *description = nullptr) const;
    // The actions behind the dialogs; false with the reason.
    bool recordTransmission(Therapy::Transmission t, QString *error);
    bool recordReturn(Therapy::CertificationReturn r, QString *error);

    QLabel *statusLabel() const { return m_statusLabel; }
    QLabel *detailLabel() const { return m_detail; }
    QPushButton *sentButton() const { return m_sent; }
    QPushButton *returnButton() const { return m_return; }

signals:
    void recorded();

private:
    void openSentDialog();
    void openReturnDialog();
    void showMessage(const QString &text, bool problem);

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Visit m_visit;
    std::optional<Therapy::CertificationStatus> m_status;
    QLabel *m_statusLabel = nullptr, *m_detail = nullptr, *m_message = nullptr;
    QPushButton *m_sent = nullptr, *m_return = nullptr;
};

} // namespace SpineDesk
