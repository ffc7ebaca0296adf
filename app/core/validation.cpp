#include "core/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct ValidationText {
    Q_DECLARE_TR_FUNCTIONS(ValidationText)
};

constexpr int kMaxAgeYears = 120;
constexpr int kMaxSessions = 500;

void require(FieldErrors &out, const QString &value, const QString &field, const QString &message)
{
    if (value.trimmed().isEmpty())
        out.append({field, message});
}

void pastDate(FieldErrors &out, QDate date, QDate today, const QString &field, bool required)
{
    if (!date.isValid()) {
        if (required)
            out.append({field, ValidationText::tr("Enter a date.")});
    } else if (date > today) {
        out.append({field, ValidationText::tr("The date cannot be in the future.")});
    }
}
} // namespace

QString messageFor(const FieldErrors &errors, QStringView field)
{
    for (const auto &e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

bool isValidPhone(QStringView phone)
{
    static const QRegularExpression allowed(u"^\\+?[0-9 ().-]+$"_s);
    if (!allowed.match(phone).hasMatch())
        return false;
    int digits = 0;
    for (QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 7 && digits <= 15;
}

bool isValidDirectAddress(QStringView address)
{
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return re.match(address).hasMatch();
}

bool isValidMrn(QStringView mrn)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9-]{0,19}$"_s);
    return re.match(mrn).hasMatch();
}

FieldErrors validatePatient(const Patient &p, QDate today)
{
    FieldErrors out;
    require(out, p.familyName, u"familyName"_s, ValidationText::tr("Enter the family name."));
    require(out, p.givenName, u"givenName"_s, ValidationText::tr("Enter the given name."));
    if (!p.birthDate.isValid())
        out.append({u"birthDate"_s, ValidationText::tr("Enter the date of birth.")});
    else if (p.birthDate > today)
        out.append({u"birthDate"_s, ValidationText::tr("The date of birth cannot be in the future.")});
    else if (p.birthDate.addYears(kMaxAgeYears) < today)
        out.append({u"birthDate"_s, ValidationText::tr("Check the date of birth: the patient would be over %1 years old.").arg(kMaxAgeYears)});
    if (p.mrn.trimmed().isEmpty())
        out.append({u"mrn"_s, ValidationText::tr("Enter the medical record number.")});
    else if (!isValidMrn(p.mrn.trimmed()))
        out.append({u"mrn"_s, ValidationText::tr("Use up to 20 letters, digits or hyphens.")});
    if (!p.phone.trimmed().isEmpty() && !isValidPhone(p.phone.trimmed()))
        out.append({u"phone"_s, ValidationText::tr("Enter a phone number of 7 to 15 digits.")});
    if (p.preferredLanguage != u"en" && p.preferredLanguage != u"es")
        out.append({u"preferredLanguage"_s, ValidationText::tr("Choose English or Spanish.")});
    return out;
}

FieldErrors validateReferringClinician(const ReferringClinician &c)
{
    FieldErrors out;
    require(out, c.name, u"name"_s, ValidationText::tr("Enter the referring clinician's name."));
    if (!c.phone.trimmed().isEmpty() && !isValidPhone(c.phone.trimmed()))
        out.append({u"phone"_s, ValidationText::tr("Enter a phone number of 7 to 15 digits.")});
    if (!c.fax.trimmed().isEmpty() && !isValidPhone(c.fax.trimmed()))
        out.append({u"fax"_s, ValidationText::tr("Enter a fax number of 7 to 15 digits.")});
    if (!c.directAddress.trimmed().isEmpty() && !isValidDirectAddress(c.directAddress.trimmed()))
        out.append({u"directAddress"_s, ValidationText::tr("Enter a Direct address such as name@direct.example.org.")});
    return out;
}

FieldErrors validateReferral(const Referral &r, QDate today)
{
    FieldErrors out;
    pastDate(out, r.receivedDate, today, u"receivedDate"_s, true);
    require(out, r.reason, u"reason"_s, ValidationText::tr("Enter the reason for referral."));
    return out;
}

FieldErrors validateClinician(const Clinician &c)
{
    FieldErrors out;
    require(out, c.name, u"name"_s, ValidationText::tr("Enter the clinician's name."));
    return out;
}

FieldErrors validateOnset(QDate onset, QDate birthDate, QDate visitDate)
{
    FieldErrors out;
    if (!onset.isValid())
        return out; // onset may be unknown; the duration class then says so
    if (visitDate.isValid() && onset > visitDate)
        out.append({u"onsetDate"_s, ValidationText::tr("The onset cannot be after the visit date.")});
    else if (birthDate.isValid() && onset < birthDate)
        out.append({u"onsetDate"_s, ValidationText::tr("The onset cannot be before the date of birth.")});
    return out;
}

FieldErrors validateCareEntry(const ConservativeCareEntry &e, QDate today)
{
    FieldErrors out;
    require(out, e.modality, u"modality"_s, ValidationText::tr("Enter the kind of care."));
    pastDate(out, e.startDate, today, u"startDate"_s, true);
    pastDate(out, e.endDate, today, u"endDate"_s, false);
    if (e.startDate.isValid() && e.endDate.isValid() && e.endDate < e.startDate)
        out.append({u"endDate"_s, ValidationText::tr("The end cannot be before the start.")});
    if (e.sessionsAttended < -1 || e.sessionsAttended > kMaxSessions)
        out.append({u"sessionsAttended"_s, ValidationText::tr("Enter 0 to %1 sessions.").arg(kMaxSessions)});
    return out;
}

FieldErrors validateMedication(const MedicationTrial &m)
{
    FieldErrors out;
    require(out, m.name, u"name"_s, ValidationText::tr("Enter the medication."));
    return out;
}

FieldErrors validateInjection(const PriorInjection &i, QDate today)
{
    FieldErrors out;
    pastDate(out, i.date, today, u"date"_s, true);
    require(out, i.type, u"type"_s, ValidationText::tr("Enter the kind of injection."));
    if (i.reliefPercent < -1 || i.reliefPercent > 100)
        out.append({u"reliefPercent"_s, ValidationText::tr("Enter relief from 0 to 100 %.")});
    return out;
}

FieldErrors validateImaging(const ImagingStudy &s, QDate today)
{
    FieldErrors out;
    pastDate(out, s.date, today, u"date"_s, true);
    require(out, s.modality, u"modality"_s, ValidationText::tr("Enter the imaging modality."));
    require(out, s.keyFinding, u"keyFinding"_s, ValidationText::tr("Enter the key finding."));
    return out;
}

} // namespace SpineDesk
