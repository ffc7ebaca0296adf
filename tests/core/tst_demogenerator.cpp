// Synthetic demo data: the same seed gives the same data, patient(i) depends only on the
// seed and i, and everything generated is valid by the program's own rules.
#include "core/demogenerator.h"
#include "core/validation.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {

QString d(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"-"_s;
}

// Every field of a generated patient as text, so two patients compare as one string.
QString describe(const DemoPatient &dp)
{
    QStringList out;
    const Patient &p = dp.patient;
    out << p.familyName << p.givenName << d(p.birthDate) << sexCode(p.sex) << p.mrn << p.phone << p.preferredLanguage;
    const Referral &r = dp.referral;
    out << QString::number(r.referringClinicianId) << d(r.receivedDate) << r.reason << r.question;
    for (const DemoEpisode &e : dp.episodes) {
        out << u"episode"_s << e.episode.title << d(e.episode.startDate) << QString::number(e.episode.closed);
        for (const DemoVisit &v : e.visits) {
            out << u"visit"_s << visitKindCode(v.visit.kind) << visitStatusCode(v.visit.status) << d(v.visit.visitDate)
                << QString::number(v.visit.clinicianId) << v.visit.signedAt.toString(Qt::ISODate);
            if (!v.intake)
                continue;
            const Intake &in = *v.intake;
            out << u"intake"_s << d(in.onsetDate) << painDominanceCode(in.dominance) << in.painRegions.join(u',')
                << workStatusCode(in.workStatus) << in.occupation << in.goals;
            for (const auto &c : in.conservativeCare)
                out << c.modality << c.provider << d(c.startDate) << d(c.endDate) << QString::number(c.sessionsAttended)
                    << treatmentResponseCode(c.response) << c.note;
            for (const auto &m : in.medications)
                out << m.name << treatmentResponseCode(m.response) << m.note;
            for (const auto &j : in.injections)
                out << d(j.date) << j.type << j.level << QString::number(j.reliefPercent);
            for (const auto &s : in.imaging)
                out << d(s.date) << s.modality << s.keyFinding;
        }
    }
    return out.join(u'|');
}

QString errorsText(const FieldErrors &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << e.field + u": "_s + e.message;
    return out.join(u"; "_s);
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameData();
    void patientDependsOnlyOnSeedAndIndex();
    void differentSeedsDiffer();
    void mrns();
    void clinicians();
    void referringClinicians();
    void generatedDataIsValid();
    void anchorMovesDates();
};

void TestDemoGenerator::sameSeedSameData()
{
    const DemoGenerator a(42), b(42);
    for (int i = 0; i < 200; ++i)
        QCOMPARE(describe(a.patient(i)), describe(b.patient(i)));
    QCOMPARE(a.referringClinicians().size(), 30);
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(a.referringClinicians()[i].name, b.referringClinicians()[i].name);
        QCOMPARE(a.referringClinicians()[i].practice, b.referringClinicians()[i].practice);
    }
}

void TestDemoGenerator::patientDependsOnlyOnSeedAndIndex()
{
    const DemoGenerator gen(7);
    const QString p10 = describe(gen.patient(10));
    for (int i = 0; i < 10; ++i)
        gen.patient(i);
    QCOMPARE(describe(gen.patient(10)), p10);
    QCOMPARE(describe(DemoGenerator(7).patient(10)), p10);
}

void TestDemoGenerator::differentSeedsDiffer()
{
    const DemoGenerator a(1), b(2);
    int same = 0;
    for (int i = 0; i < 50; ++i) {
        DemoPatient pa = a.patient(i), pb = b.patient(i);
        pb.patient.mrn = pa.patient.mrn; // the MRN always differs; compare the rest
        same += describe(pa) == describe(pb) ? 1 : 0;
    }
    QCOMPARE(same, 0);

    // Neighbouring indexes of one seed differ too.
    const DemoGenerator gen(1);
    QSet<QString> names;
    for (int i = 0; i < 50; ++i)
        names.insert(gen.patient(i).patient.displayName() + d(gen.patient(i).patient.birthDate));
    QVERIFY2(names.size() >= 45, qPrintable(QString::number(names.size())));
}

void TestDemoGenerator::mrns()
{
    const DemoGenerator gen(42);
    QCOMPARE(gen.mrnFor(0), u"DEMO42-000001"_s);
    QCOMPARE(gen.mrnFor(99999), u"DEMO42-100000"_s);
    QCOMPARE(gen.patient(3).patient.mrn, u"DEMO42-000004"_s);
    QCOMPARE(DemoGenerator(DemoGenerator::kMaxSeed).mrnFor(0), u"DEMO999999-000001"_s);
    QVERIFY(isValidMrn(DemoGenerator(DemoGenerator::kMaxSeed).mrnFor(999998)));
}

void TestDemoGenerator::clinicians()
{
    const auto list = DemoGenerator(1).clinicians();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list[0].role, ClinicianRole::Physiatrist);
    QCOMPARE(list[1].role, ClinicianRole::Physiatrist);
    QCOMPARE(list[2].role, ClinicianRole::PhysicalTherapist);
    QCOMPARE(list[3].role, ClinicianRole::PhysicalTherapist);
    QSet<QString> names;
    for (const auto &c : list) {
        QCOMPARE(validateClinician(c).size(), 0);
        QVERIFY(c.active);
        QVERIFY2(c.name.contains(u"Demo"_s), qPrintable(c.name)); // clearly fictitious
        names.insert(c.name);
    }
    QCOMPARE(names.size(), 4);
    QCOMPARE(list[0].signatureName(), u"Dr. Demo Rivera, MD"_s);
}

void TestDemoGenerator::referringClinicians()
{
    const auto list = DemoGenerator(3).referringClinicians();
    QCOMPARE(list.size(), 30);
    QSet<QString> addresses;
    for (const auto &c : list) {
        QVERIFY2(validateReferringClinician(c).isEmpty(), qPrintable(errorsText(validateReferringClinician(c))));
        QVERIFY2(c.name.endsWith(u"(demo)"_s), qPrintable(c.name));
        QVERIFY(!c.phone.isEmpty() && !c.fax.isEmpty() && !c.directAddress.isEmpty());
        addresses.insert(c.directAddress);
    }
    QCOMPARE(addresses.size(), 30);
}

void TestDemoGenerator::generatedDataIsValid()
{
    const QDate anchor = DemoGenerator::defaultAnchor();
    QCOMPARE(anchor, QDate(2026, 9, 30));
    const DemoGenerator gen(123);
    int signedVisits = 0, draftVisits = 0, ptVisits = 0, spanish = 0, withImaging = 0;
    for (int i = 0; i < 300; ++i) {
        const DemoPatient dp = gen.patient(i);
        const Patient &p = dp.patient;
        QVERIFY2(validatePatient(p, anchor).isEmpty(), qPrintable(errorsText(validatePatient(p, anchor))));
        const int age = p.ageOn(anchor);
        QVERIFY2(age >= 18 && age <= 88, qPrintable(QString::number(age)));
        spanish += p.preferredLanguage == u"es" ? 1 : 0;

        QVERIFY2(validateReferral(dp.referral, anchor).isEmpty(), qPrintable(errorsText(validateReferral(dp.referral, anchor))));
        QVERIFY(dp.referral.referringClinicianId >= 0 && dp.referral.referringClinicianId < 30);

        QVERIFY(!dp.episodes.isEmpty());
        QVERIFY(dp.referral.receivedDate < dp.episodes.first().episode.startDate);
        for (int e = 0; e < dp.episodes.size(); ++e) {
            const DemoEpisode &ep = dp.episodes[e];
            QCOMPARE(ep.episode.closed, e + 1 < dp.episodes.size()); // only the latest is open
            QVERIFY(!ep.visits.isEmpty());
            QCOMPARE(ep.visits.first().visit.visitDate, ep.episode.startDate);
            if (e > 0)
                QVERIFY(ep.episode.startDate > dp.episodes[e - 1].visits.last().visit.visitDate);
            QDate previous;
            for (int v = 0; v < ep.visits.size(); ++v) {
                const DemoVisit &dv = ep.visits[v];
                const Visit &visit = dv.visit;
                QVERIFY(visit.visitDate.isValid() && visit.visitDate <= anchor);
                if (previous.isValid())
                    QVERIFY(visit.visitDate > previous);
                previous = visit.visitDate;
                // Visits older than a week are signed, at 17:00 on the visit day.
                const bool shouldBeSigned = visit.visitDate.daysTo(anchor) > 7;
                QCOMPARE(visit.isSigned(), shouldBeSigned);
                QCOMPARE(visit.signedAt.isValid(), shouldBeSigned);
                if (shouldBeSigned) {
                    QCOMPARE(visit.signedAt.date(), visit.visitDate);
                    ++signedVisits;
                } else {
                    ++draftVisits;
                }
                QVERIFY(visit.clinicianId >= 0 && visit.clinicianId < 4);
                if (v == 0) {
                    QVERIFY(visit.kind == VisitKind::Initial || visit.kind == VisitKind::PhysicalTherapy);
                    // A physical-therapy first visit is seen by a therapist, an initial one by a physiatrist.
                    QCOMPARE(visit.clinicianId >= 2, visit.kind == VisitKind::PhysicalTherapy);
                    ptVisits += visit.kind == VisitKind::PhysicalTherapy ? 1 : 0;
                    QVERIFY(dv.intake.has_value());
                } else {
                    QCOMPARE(visit.kind, VisitKind::FollowUp);
                    QCOMPARE(visit.clinicianId, ep.visits.first().visit.clinicianId);
                    QVERIFY(!dv.intake.has_value());
                }
                if (!dv.intake)
                    continue;

                const Intake &in = *dv.intake;
                QVERIFY(!in.isEmpty());
                QVERIFY2(validateOnset(in.onsetDate, p.birthDate, visit.visitDate).isEmpty(),
                         qPrintable(errorsText(validateOnset(in.onsetDate, p.birthDate, visit.visitDate))));
                QVERIFY(in.onsetDate.isValid());
                QVERIFY(in.dominance != PainDominance::NotRecorded);
                QVERIFY(in.workStatus != WorkStatus::NotRecorded);
                QVERIFY(!in.goals.isEmpty());
                QVERIFY(in.painRegions.contains(u"low-back-central"_s));
                for (const QString &region : in.painRegions)
                    QVERIFY2(isPainRegionCode(region), qPrintable(region));
                QCOMPARE(in.painRegions.size(), in.dominance == PainDominance::Leg ? 4 : 2);
                QVERIFY(in.conservativeCare.size() <= 3 && in.medications.size() <= 3);
                for (const auto &c : in.conservativeCare) {
                    QVERIFY2(validateCareEntry(c, visit.visitDate).isEmpty(), qPrintable(errorsText(validateCareEntry(c, visit.visitDate))));
                    QVERIFY(c.sessionsAttended >= 1 && c.sessionsAttended <= 12);
                }
                for (const auto &m : in.medications)
                    QVERIFY(validateMedication(m).isEmpty());
                if (in.dominance == PainDominance::Back)
                    QCOMPARE(in.injections.size(), 0); // injections only for leg-dominant pain
                for (const auto &j : in.injections) {
                    QVERIFY2(validateInjection(j, visit.visitDate).isEmpty(), qPrintable(errorsText(validateInjection(j, visit.visitDate))));
                    QVERIFY(j.date >= in.onsetDate);
                    QCOMPARE(j.reliefPercent % 10, 0);
                }
                for (const auto &s : in.imaging) {
                    QVERIFY2(validateImaging(s, visit.visitDate).isEmpty(), qPrintable(errorsText(validateImaging(s, visit.visitDate))));
                    QVERIFY(s.date >= in.onsetDate);
                    ++withImaging;
                }
            }
        }
    }
    // The mix a demonstration needs: both statuses, both first-visit kinds, both languages.
    QVERIFY(signedVisits > 0);
    QVERIFY(draftVisits > 0);
    QVERIFY(ptVisits > 0 && ptVisits < 300);
    QVERIFY(spanish > 0 && spanish < 300);
    QVERIFY(withImaging > 0);
}

void TestDemoGenerator::anchorMovesDates()
{
    const QDate anchor(2030, 1, 15);
    const DemoGenerator gen(5, anchor);
    for (int i = 0; i < 50; ++i) {
        const DemoPatient dp = gen.patient(i);
        for (const auto &e : dp.episodes)
            for (const auto &v : e.visits)
                QVERIFY(v.visit.visitDate <= anchor && v.visit.visitDate >= anchor.addDays(-720));
    }
    // Same seed, other anchor: the same people, born on shifted dates.
    const DemoPatient a = DemoGenerator(5).patient(0);
    const DemoPatient b = gen.patient(0);
    QCOMPARE(b.patient.displayName(), a.patient.displayName());
    QVERIFY(a.patient.birthDate.daysTo(b.patient.birthDate) > 0);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
