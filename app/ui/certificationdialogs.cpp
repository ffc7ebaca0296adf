#include "ui/certificationdialogs.h"

#include "ui/datefield.h"
#include "ui/fielderrors.h"
#include "ui/therapysection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Therapy;

namespace {
QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}
} // namespace

TransmissionDialog::TransmissionDialog(const QString &recipient, qint64 linkedDocument, const QString &documentText, QWidget *parent)
    : QDialog(parent)
    , m_document(linkedDocument)
{
    setObjectName(u"transmissionDialog"_s);
    setWindowTitle(tr("Plan of care sent"));
    auto *form = new QFormLayout;
    m_date = new DateField(this);
    m_date->setObjectName(u"sentOn"_s);
    m_date->setAccessibleName(tr("Date sent"));
    m_date->setDate(QDate::currentDate());
    m_route = new QComboBox(this);
    m_route->setObjectName(u"route"_s);
    m_route->setAccessibleName(tr("How it was sent"));
    for (TransmissionRoute r : transmissionRoutes())
        m_route->addItem(transmissionRouteLabel(r), transmissionRouteCode(r));
    m_recipient = new QLineEdit(recipient, this);
    m_recipient->setObjectName(u"recipient"_s);
    m_recipient->setAccessibleName(tr("Sent to (name and number or address)"));
    m_recipient->setMaxLength(300);
    m_link = new QCheckBox(linkedDocument > 0 ? tr("Link the archived plan of care: %1").arg(documentText)
                                              : tr("No plan of care is archived yet: print or save it on the Documents step to link it"),
                           this);
    m_link->setObjectName(u"linkDocument"_s);
    m_link->setAccessibleName(tr("Link the archived plan of care"));
    m_link->setChecked(linkedDocument > 0);
    m_link->setEnabled(linkedDocument > 0);
    m_error = makeErrorLabel(this);
    m_error->setObjectName(u"transmissionError"_s);
    form->addRow(tr("&Date sent"), m_date);
    form->addRow(tr("&Route"), m_route);
    form->addRow(tr("&Sent to"), m_recipient);
    form->addRow(QString(), m_link);
    auto *buttons = okCancel(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TransmissionDialog::tryAccept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(TherapyUi::sectionHint(tr("One transmission of the plan of care to the referring clinician within 30 days of the first "
                                                "treatment meets the initial certification (Medicare, dates of service from 1 January 2025)."),
                                             this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Transmission TransmissionDialog::transmission() const
{
    Transmission t;
    t.sentOn = m_date->date();
    t.route = transmissionRouteFromCode(m_route->currentData().toString()).value_or(TransmissionRoute::Fax);
    t.recipient = m_recipient->text().trimmed();
    t.documentId = m_link->isChecked() ? m_document : 0;
    return t;
}

void TransmissionDialog::tryAccept()
{
    if (!m_date->date().isValid())
        TherapyUi::setError(m_error, m_date, tr("Enter the date it was sent as YYYY-MM-DD or MM/DD/YYYY."));
    else if (m_date->date() > QDate::currentDate())
        TherapyUi::setError(m_error, m_date, tr("The date sent cannot be in the future."));
    else if (m_recipient->text().trimmed().isEmpty())
        TherapyUi::setError(m_error, m_recipient, tr("Say to whom it was sent."));
    else
        return accept();
}

CertificationReturnDialog::CertificationReturnDialog(const QString &signedBy, QDate firstSent, QWidget *parent)
    : QDialog(parent)
    , m_firstSent(firstSent)
{
    setObjectName(u"certificationReturnDialog"_s);
    setWindowTitle(tr("Signed certification received"));
    auto *form = new QFormLayout;
    m_date = new DateField(this);
    m_date->setObjectName(u"signedOn"_s);
    m_date->setAccessibleName(tr("Date on the referring clinician's signature"));
    m_signedBy = new QLineEdit(signedBy, this);
    m_signedBy->setObjectName(u"signedBy"_s);
    m_signedBy->setAccessibleName(tr("Signed by"));
    m_signedBy->setMaxLength(200);
    m_withChanges = new QCheckBox(tr("Signed &with changes to the plan"), this);
    m_withChanges->setObjectName(u"withChanges"_s);
    m_withChanges->setAccessibleName(tr("Signed with changes"));
    m_changes = new QPlainTextEdit(this);
    m_changes->setObjectName(u"changes"_s);
    m_changes->setAccessibleName(tr("Changes the referring clinician made"));
    m_changes->setTabChangesFocus(true);
    m_changes->setMaximumHeight(m_changes->fontMetrics().lineSpacing() * 4 + 12);
    m_changes->setEnabled(false);
    connect(m_withChanges, &QCheckBox::toggled, m_changes, &QWidget::setEnabled);
    m_error = makeErrorLabel(this);
    m_error->setObjectName(u"returnError"_s);
    form->addRow(tr("Signature &date"), m_date);
    form->addRow(tr("Signed &by"), m_signedBy);
    form->addRow(QString(), m_withChanges);
    form->addRow(tr("C&hanges"), m_changes);
    auto *buttons = okCancel(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CertificationReturnDialog::tryAccept);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

CertificationReturn CertificationReturnDialog::certificationReturn() const
{
    CertificationReturn r;
    r.signedOn = m_date->date();
    r.signedBy = m_signedBy->text().trimmed();
    r.withChanges = m_withChanges->isChecked();
    r.changes = r.withChanges ? m_changes->toPlainText().trimmed() : QString();
    return r;
}

void CertificationReturnDialog::tryAccept()
{
    const QDate d = m_date->date();
    if (!d.isValid())
        TherapyUi::setError(m_error, m_date, tr("Enter the signature date as YYYY-MM-DD or MM/DD/YYYY."));
    else if (d > QDate::currentDate())
        TherapyUi::setError(m_error, m_date, tr("The signature date cannot be in the future."));
    else if (m_firstSent.isValid() && d < m_firstSent)
        TherapyUi::setError(m_error, m_date, tr("The signature cannot be dated before the plan was sent (%1).").arg(m_firstSent.toString(Qt::ISODate)));
    else if (m_signedBy->text().trimmed().isEmpty())
        TherapyUi::setError(m_error, m_signedBy, tr("Enter the name as signed."));
    else if (m_withChanges->isChecked() && m_changes->toPlainText().trimmed().isEmpty())
        TherapyUi::setError(m_error, m_changes, tr("Say what was changed."));
    else
        return accept();
}

} // namespace SpineDesk
