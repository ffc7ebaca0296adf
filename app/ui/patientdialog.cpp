#include "ui/patientdialog.h"

#include "core/validation.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/referralrepository.h"
#include "ui/datefield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSqlError>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
QLineEdit *lineEdit(QWidget *parent, const QString &objectName, int maxLength = 200)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setMaxLength(maxLength);
    return e;
}
} // namespace

PatientDialog::PatientDialog(QSqlDatabase db, qint64 clinicianId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
{
    setWindowTitle(tr("New patient and referral"));
    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);

    auto *patientBox = new QGroupBox(tr("Patient"), content);
    m_patientBox = patientBox;
    auto *pf = new QFormLayout(patientBox);
    m_family = lineEdit(patientBox, u"familyName"_s);
    m_given = lineEdit(patientBox, u"givenName"_s);
    m_birth = new DateField(patientBox);
    m_birth->setObjectName(u"birthDate"_s);
    m_sex = new QComboBox(patientBox);
    m_sex->setObjectName(u"sex"_s);
    for (Sex s : {Sex::Female, Sex::Male, Sex::Other, Sex::Unknown})
        m_sex->addItem(sexLabel(s), sexCode(s));
    m_mrn = lineEdit(patientBox, u"mrn"_s, 20);
    m_phone = lineEdit(patientBox, u"phone"_s, 30);
    m_language = new QComboBox(patientBox);
    m_language->setObjectName(u"preferredLanguage"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_language->addItem(tr("Spanish"), u"es"_s);
    m_patientErrors.addRow(pf, tr("&Family name"), m_family, u"familyName"_s);
    m_patientErrors.addRow(pf, tr("&Given name"), m_given, u"givenName"_s);
    m_patientErrors.addRow(pf, tr("&Date of birth"), m_birth, u"birthDate"_s);
    m_patientErrors.addRow(pf, tr("&Sex"), m_sex, u"sex"_s);
    m_patientErrors.addRow(pf, tr("&MRN"), m_mrn, u"mrn"_s);
    m_patientErrors.addRow(pf, tr("&Phone"), m_phone, u"phone"_s);
    m_patientErrors.addRow(pf, tr("Preferred &language"), m_language, u"preferredLanguage"_s);

    auto *referralBox = new QGroupBox(tr("Referral"), content);
    m_referralBox = referralBox;
    auto *rl = new QVBoxLayout(referralBox);
    auto *rf = new QFormLayout;
    m_referrer = new QComboBox(referralBox);
    m_referrer->setObjectName(u"referrer"_s);
    m_referrer->addItem(tr("New referring clinician…"), 0);
    for (const auto &c : ReferralRepository(m_db).referringClinicians())
        m_referrer->addItem(c.practice.isEmpty() ? c.name : c.name + u" — "_s + c.practice, c.id);
    rf->addRow(tr("&Referred by"), m_referrer);
    m_referrer->setAccessibleName(tr("Referred by"));
    rl->addLayout(rf);

    m_newReferrer = new QGroupBox(tr("Referring primary clinician"), referralBox);
    auto *nf = new QFormLayout(m_newReferrer);
    m_refName = lineEdit(m_newReferrer, u"referrerName"_s);
    m_refPractice = lineEdit(m_newReferrer, u"referrerPractice"_s);
    m_refPhone = lineEdit(m_newReferrer, u"referrerPhone"_s, 30);
    m_refFax = lineEdit(m_newReferrer, u"referrerFax"_s, 30);
    m_refDirect = lineEdit(m_newReferrer, u"referrerDirect"_s);
    m_referrerErrors.addRow(nf, tr("Na&me"), m_refName, u"name"_s);
    m_referrerErrors.addRow(nf, tr("Pr&actice"), m_refPractice, u"practice"_s);
    m_referrerErrors.addRow(nf, tr("P&hone"), m_refPhone, u"phone"_s);
    m_referrerErrors.addRow(nf, tr("Fa&x"), m_refFax, u"fax"_s);
    m_referrerErrors.addRow(nf, tr("D&irect address"), m_refDirect, u"directAddress"_s);
    rl->addWidget(m_newReferrer);

    auto *ff = new QFormLayout;
    m_received = new DateField(referralBox);
    m_received->setObjectName(u"receivedDate"_s);
    m_received->setDate(QDate::currentDate());
    m_reason = lineEdit(referralBox, u"reason"_s, 500);
    m_question = new QPlainTextEdit(referralBox);
    m_question->setObjectName(u"question"_s);
    m_question->setTabChangesFocus(true);
    m_question->setMaximumHeight(m_question->fontMetrics().lineSpacing() * 4 + 12);
    m_referralErrors.addRow(ff, tr("Date &received"), m_received, u"receivedDate"_s);
    m_referralErrors.addRow(ff, tr("R&eason"), m_reason, u"reason"_s);
    m_referralErrors.addRow(ff, tr("&Question asked"), m_question, u"question"_s);
    rl->addLayout(ff);

    columns->addWidget(patientBox);
    columns->addWidget(referralBox);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_saveError = makeErrorLabel(this);
    m_saveError->setObjectName(u"saveError"_s);
    m_saveError->setAccessibleName(tr("Why the patient was not saved"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_referrer, &QComboBox::currentIndexChanged, this, &PatientDialog::updateReferrerFields);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    updateReferrerFields();
    resize(900, 560);
}

PatientDialog::PatientDialog(QSqlDatabase db, qint64 clinicianId, const Patient &existing, QWidget *parent, bool newReferral)
    : PatientDialog(std::move(db), clinicianId, parent)
{
    m_patient = existing;
    if (newReferral) {
        m_referralOnly = true;
        setWindowTitle(tr("New referral for %1").arg(existing.displayName()));
        m_patientBox->hide();
        resize(520, 560);
        return;
    }
    m_editing = true;
    setWindowTitle(tr("Patient details"));
    m_referralBox->hide();
    m_family->setText(existing.familyName);
    m_given->setText(existing.givenName);
    m_birth->setDate(existing.birthDate);
    m_sex->setCurrentIndex(std::max(0, int(m_sex->findData(sexCode(existing.sex)))));
    m_mrn->setText(existing.mrn);
    m_phone->setText(existing.phone);
    m_language->setCurrentIndex(std::max(0, int(m_language->findData(existing.preferredLanguage))));
    resize(480, 420);
}

void PatientDialog::acceptEdit()
{
    Patient edited = patientFromForm();
    edited.id = m_patient.id;
    edited.rowVersion = m_patient.rowVersion;
    FieldErrors errors = validatePatient(edited, QDate::currentDate());
    if (!m_birth->isEmptyOrValid())
        errors.prepend({u"birthDate"_s, tr("Type the date as YYYY-MM-DD or MM/DD/YYYY.")});
    m_patientErrors.show(errors);
    m_saveError->hide();
    if (!errors.isEmpty())
        return;
    const SaveResult saved = PatientRepository(m_db, m_clinicianId).update(edited);
    if (!saved.ok()) {
        m_saveError->setText(u"⚠ "_s + saved.message);
        m_saveError->show();
        return;
    }
    m_patient = edited;
    QDialog::accept();
}

void PatientDialog::acceptReferral()
{
    ReferringClinician referrer = referrerFromForm();
    Referral referral = referralFromForm();
    FieldErrors referralErrors = validateReferral(referral, QDate::currentDate());
    if (!m_received->isEmptyOrValid())
        referralErrors.prepend({u"receivedDate"_s, tr("Type the date as YYYY-MM-DD or MM/DD/YYYY.")});
    const FieldErrors referrerErrors = referrer.id == 0 ? validateReferringClinician(referrer) : FieldErrors{};
    m_referralErrors.show(referralErrors);
    m_referrerErrors.show(referrerErrors);
    m_saveError->hide();
    if (!referralErrors.isEmpty() || !referrerErrors.isEmpty())
        return;
    ReferralRepository repo(m_db, m_clinicianId);
    Transaction tx(m_db);
    SaveResult saved = referrer.id == 0 ? repo.createReferringClinician(referrer) : SaveResult::saved();
    if (saved.ok()) {
        referral.patientId = m_patient.id;
        referral.referringClinicianId = referrer.id;
        saved = repo.create(referral);
    }
    if (saved.ok() && !tx.commit())
        saved = SaveResult::failed(m_db.lastError().text());
    if (!saved.ok()) {
        m_saveError->setText(u"⚠ "_s + tr("The referral was not saved: %1").arg(saved.message));
        m_saveError->show();
        return;
    }
    QDialog::accept();
}

void PatientDialog::updateReferrerFields()
{
    m_newReferrer->setVisible(m_referrer->currentData().toLongLong() == 0);
}

Patient PatientDialog::patientFromForm() const
{
    Patient p;
    p.familyName = m_family->text().trimmed();
    p.givenName = m_given->text().trimmed();
    p.birthDate = m_birth->date();
    p.sex = sexFromCode(m_sex->currentData().toString()).value_or(Sex::Unknown);
    p.mrn = m_mrn->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.preferredLanguage = m_language->currentData().toString();
    return p;
}

ReferringClinician PatientDialog::referrerFromForm() const
{
    ReferringClinician c;
    c.id = m_referrer->currentData().toLongLong();
    if (c.id == 0) {
        c.name = m_refName->text().trimmed();
        c.practice = m_refPractice->text().trimmed();
        c.phone = m_refPhone->text().trimmed();
        c.fax = m_refFax->text().trimmed();
        c.directAddress = m_refDirect->text().trimmed();
    }
    return c;
}

Referral PatientDialog::referralFromForm() const
{
    Referral r;
    r.receivedDate = m_received->date();
    r.reason = m_reason->text().trimmed();
    r.question = m_question->toPlainText().trimmed();
    return r;
}

void PatientDialog::accept()
{
    if (m_editing) {
        acceptEdit();
        return;
    }
    if (m_referralOnly) {
        acceptReferral();
        return;
    }
    const QDate today = QDate::currentDate();
    Patient patient = patientFromForm();
    ReferringClinician referrer = referrerFromForm();
    Referral referral = referralFromForm();

    FieldErrors patientErrors = validatePatient(patient, today);
    if (!m_birth->isEmptyOrValid())
        patientErrors.prepend({u"birthDate"_s, tr("Type the date as YYYY-MM-DD or MM/DD/YYYY.")});
    FieldErrors referralErrors = validateReferral(referral, today);
    if (!m_received->isEmptyOrValid())
        referralErrors.prepend({u"receivedDate"_s, tr("Type the date as YYYY-MM-DD or MM/DD/YYYY.")});
    if (referral.receivedDate.isValid() && patient.birthDate.isValid() && referral.receivedDate < patient.birthDate)
        referralErrors.append({u"receivedDate"_s, tr("The referral cannot predate the patient's birth.")});
    const FieldErrors referrerErrors = referrer.id == 0 ? validateReferringClinician(referrer) : FieldErrors{};

    // Shown in reverse so the focus lands on the first problem in reading order.
    m_referralErrors.show(referralErrors);
    m_referrerErrors.show(referrerErrors);
    m_patientErrors.show(patientErrors);
    m_saveError->hide();
    if (!patientErrors.isEmpty() || !referralErrors.isEmpty() || !referrerErrors.isEmpty())
        return;

    const SaveResult saved = ReferralRepository(m_db, m_clinicianId).registerPatient(patient, referrer, referral);
    if (!saved.ok()) {
        if (saved.message.contains(patient.mrn) && !patient.mrn.isEmpty())
            m_patientErrors.show({{u"mrn"_s, saved.message}});
        m_saveError->setText(u"⚠ "_s + tr("The patient was not saved: %1").arg(saved.message));
        m_saveError->show();
        return;
    }
    m_patient = patient;
    QDialog::accept();
}

} // namespace SpineDesk
