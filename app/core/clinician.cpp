#include "core/clinician.h"

#include "core/codes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

QString clinicianRoleCode(ClinicianRole role)
{
    switch (role) {
    case ClinicianRole::Physiatrist: return u"physiatrist"_s;
    case ClinicianRole::PhysicalTherapist: return u"physical-therapist"_s;
    case ClinicianRole::Other: break;
    }
    return u"other"_s;
}

std::optional<ClinicianRole> clinicianRoleFromCode(QStringView code)
{
    return fromCode<ClinicianRole>({ClinicianRole::Physiatrist, ClinicianRole::PhysicalTherapist, ClinicianRole::Other},
                                   clinicianRoleCode, code);
}

QString clinicianRoleLabel(ClinicianRole role)
{
    switch (role) {
    case ClinicianRole::Physiatrist: return QCoreApplication::translate("SpineDesk::Clinician", "Physiatrist");
    case ClinicianRole::PhysicalTherapist: return QCoreApplication::translate("SpineDesk::Clinician", "Physical therapist");
    case ClinicianRole::Other: break;
    }
    return QCoreApplication::translate("SpineDesk::Clinician", "Other clinician");
}

QString Clinician::signatureName() const
{
    return credentials.isEmpty() ? name : name + u", "_s + credentials;
}

} // namespace SpineDesk
