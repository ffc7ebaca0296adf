#pragma once

// One clinician, one patient, one episode and one draft visit (initial unless asked) in a fresh database: the
// starting point of the repository tests that work on a visit.

#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/visitrepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace SpineDeskTest {

struct VisitFixture {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<SpineDesk::Database> db;
    qint64 clinician = 0;
    SpineDesk::Visit visit;

    // Call from a test slot with QVERIFY(fixture.open(…)).
    bool open(QDate day, const QString &mrn, SpineDesk::VisitKind kind = SpineDesk::VisitKind::Initial)
    {
        using namespace SpineDesk;
        using namespace Qt::StringLiterals;
        dir = std::make_unique<QTemporaryDir>();
        auto opened = Database::open(dir->filePath(u"clinic.sqlite"_s));
        if (!opened.database)
            return false;
        db = std::move(opened.database);
        Clinician c;
        c.name = u"Dr. Ana Rivera"_s;
        c.credentials = u"MD"_s;
        if (!ClinicianRepository(db->connection()).create(c).ok())
            return false;
        clinician = c.id;
        Patient p;
        p.familyName = u"Núñez"_s;
        p.givenName = u"María"_s;
        p.birthDate = QDate(1961, 4, 2);
        p.sex = Sex::Female;
        p.mrn = mrn;
        if (!PatientRepository(db->connection()).create(p).ok())
            return false;
        Episode e;
        e.patientId = p.id;
        e.startDate = day;
        VisitRepository visits(db->connection());
        if (!visits.createEpisode(e).ok())
            return false;
        visit = Visit{};
        visit.episodeId = e.id;
        visit.kind = kind;
        visit.visitDate = day;
        visit.clinicianId = clinician;
        return visits.createVisit(visit).ok();
    }
    void close()
    {
        db.reset();
        dir.reset();
    }
};

} // namespace SpineDeskTest
