#pragma once

#include "core/clinician.h"
#include "core/intake.h"
#include "core/patient.h"
#include "core/referral.h"

#include <QDate>
#include <QList>
#include <QString>

namespace SpineDesk {

// A message for one field, shown beside it. `field` is the struct member's name.
struct FieldError {
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

QString messageFor(const FieldErrors &errors, QStringView field);

FieldErrors validatePatient(const Patient &p, QDate today);
FieldErrors validateReferringClinician(const ReferringClinician &c);
FieldErrors validateReferral(const Referral &r, QDate today);
FieldErrors validateClinician(const Clinician &c);
FieldErrors validateOnset(QDate onset, QDate birthDate, QDate visitDate);
FieldErrors validateCareEntry(const ConservativeCareEntry &e, QDate today);
FieldErrors validateMedication(const MedicationTrial &m);
FieldErrors validateInjection(const PriorInjection &i, QDate today);
FieldErrors validateImaging(const ImagingStudy &s, QDate today);

bool isValidPhone(QStringView phone);
bool isValidDirectAddress(QStringView address);
bool isValidMrn(QStringView mrn);

} // namespace SpineDesk
