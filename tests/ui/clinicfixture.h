#pragma once

// A clinic database for GUI tests: a temporary file with one clinician and one patient;
// newVisit() opens a new episode with one visit today. Tests derive from it.
#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/visitrepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace SpineDeskTest {

class ClinicFixture
{
protected:
    // Call from initTestCase: QVERIFY(openClinic(clinician, patient)).
    bool openClinic(SpineDesk::Clinician clinician, const SpineDesk::Patient &patient)
    {
        auto opened = SpineDesk::Database::open(m_dir.filePath(QStringLiteral("clinic.sqlite")));
        if (!opened.database)
            return false;
        m_db = std::move(opened.database);
        if (!SpineDesk::ClinicianRepository(m_db->connection()).create(clinician).ok())
            return false;
        m_clinicianId = clinician.id;
        m_patient = patient;
        return SpineDesk::PatientRepository(m_db->connection()).create(m_patient).ok();
    }

    SpineDesk::Visit newVisit()
    {
        SpineDesk::VisitRepository repo(m_db->connection());
        SpineDesk::Episode e;
        e.patientId = m_patient.id;
        e.startDate = QDate::currentDate();
        SpineDesk::Visit v;
        if (!repo.createEpisode(e).ok()) {
            QTest::qFail("the episode could not be created", __FILE__, __LINE__);
            return v;
        }
        v.episodeId = e.id;
        v.visitDate = QDate::currentDate();
        v.clinicianId = m_clinicianId;
        if (!repo.createVisit(v).ok())
            QTest::qFail("the visit could not be created", __FILE__, __LINE__);
        return v;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SpineDesk::Database> m_db;
    SpineDesk::Patient m_patient;
    qint64 m_clinicianId = 0;
};

} // namespace SpineDeskTest
