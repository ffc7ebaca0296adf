#pragma once

#include <QDate>
#include <QString>

namespace SpineDesk {

// The primary clinician who refers the patient and receives the plan.
struct ReferringClinician {
    qint64 id = 0;
    QString name;
    QString practice;
    QString phone;
    QString fax;
    QString directAddress; // Direct secure-messaging address
    int rowVersion = 0;
};

struct Referral {
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 referringClinicianId = 0;
    QDate receivedDate;
    QString reason;
    QString question; // the question the referring clinician asks
    int rowVersion = 0;
};

} // namespace SpineDesk
