#pragma once

#include <QString>
#include <optional>

namespace SpineDesk {

enum class ClinicianRole { Physiatrist, PhysicalTherapist, Other };
QString clinicianRoleCode(ClinicianRole role);
std::optional<ClinicianRole> clinicianRoleFromCode(QStringView code);
QString clinicianRoleLabel(ClinicianRole role);

// The clinician using the program; recorded on everything they sign.
struct Clinician {
    qint64 id = 0;
    QString name;
    QString credentials; // e.g. "MD", "DPT"
    ClinicianRole role = ClinicianRole::Physiatrist;
    bool active = true;

    QString signatureName() const;
};

} // namespace SpineDesk
