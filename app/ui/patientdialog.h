#pragma once

#include "core/patient.h"
#include "core/referral.h"
#include "ui/fielderrors.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;

namespace SpineDesk {

class DateField;

// A new patient with the referral that brought them, or corrections to a patient's
// details. Problems are shown beside the fields and the dialog stays open with everything
// typed kept; a correction that lost a race with another workstation is not applied.
class PatientDialog : public QDialog
{
    Q_OBJECT
public:
    PatientDialog(QSqlDatabase db, qint64 clinicianId, QWidget *parent = nullptr);
    // Edits an existing patient's details (no referral part), or, with `newReferral`, records
    // a new referral for that patient (no patient part).
    PatientDialog(QSqlDatabase db, qint64 clinicianId, const Patient &existing, QWidget *parent = nullptr, bool newReferral = false);
    qint64 createdPatientId() const { return m_patient.id; }
    const Patient &patient() const { return m_patient; }

    // Field access for tests and for the keyboard-only path.
    QLineEdit *familyNameEdit() const { return m_family; }

    void accept() override;

private:
    Patient patientFromForm() const;
    ReferringClinician referrerFromForm() const;
    Referral referralFromForm() const;
    void updateReferrerFields();
    void acceptEdit();
    void acceptReferral();
    bool m_editing = false;
    bool m_referralOnly = false;
    QGroupBox *m_patientBox = nullptr;
    QGroupBox *m_referralBox = nullptr;

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Patient m_patient;
    FieldErrorLabels m_patientErrors, m_referrerErrors, m_referralErrors;
    QLabel *m_saveError = nullptr;

    QLineEdit *m_family = nullptr, *m_given = nullptr, *m_mrn = nullptr, *m_phone = nullptr;
    DateField *m_birth = nullptr, *m_received = nullptr;
    QComboBox *m_sex = nullptr, *m_language = nullptr, *m_referrer = nullptr;
    QGroupBox *m_newReferrer = nullptr;
    QLineEdit *m_refName = nullptr, *m_refPractice = nullptr, *m_refPhone = nullptr, *m_refFax = nullptr, *m_refDirect = nullptr;
    QLineEdit *m_reason = nullptr;
    QPlainTextEdit *m_question = nullptr;
};

} // namespace SpineDesk
