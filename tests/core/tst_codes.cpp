// The stable codes that the database and the command line store: every enum value has a
// code that maps back to it, codes are unique, unknown codes are refused, and labels exist.
#include "core/clinician.h"
#include "core/intake.h"
#include "core/visit.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {

template<typename E, typename Code, typename From, typename Label>
void checkRoundTrip(const QList<E> &all, Code code, From from, Label label, const QStringList &expectedCodes)
{
    QStringList codes;
    QSet<QString> labels;
    for (E e : all) {
        const QString c = code(e);
        codes << c;
        const auto back = from(c);
        QVERIFY2(back.has_value(), qPrintable(c));
        QVERIFY2(*back == e, qPrintable(c));
        QVERIFY(!label(e).isEmpty());
        labels.insert(label(e));
    }
    QCOMPARE(codes, expectedCodes);
    QCOMPARE(labels.size(), int(all.size())); // no two values share a label
    QVERIFY(!from(u"no-such-code").has_value());
    QVERIFY(!from(u"").has_value());
}

} // namespace

class TestCodes : public QObject
{
    Q_OBJECT

private slots:
    void clinicianRoles();
    void visitKinds();
    void visitStatuses();
    void painDominance();
    void workStatus();
    void treatmentResponse();
    void painRegions();
    void suggestions();
    void workflow();
    void intakeIsEmpty();
    void clinicianSignature();
};

void TestCodes::clinicianRoles()
{
    checkRoundTrip<ClinicianRole>({ClinicianRole::Physiatrist, ClinicianRole::PhysicalTherapist, ClinicianRole::Other},
                                  clinicianRoleCode, clinicianRoleFromCode, clinicianRoleLabel,
                                  {u"physiatrist"_s, u"physical-therapist"_s, u"other"_s});
}

void TestCodes::visitKinds()
{
    // These are the --kind values of 'spinedesk visits'.
    checkRoundTrip<VisitKind>({VisitKind::Initial, VisitKind::FollowUp, VisitKind::PhysicalTherapy},
                              visitKindCode, visitKindFromCode, visitKindLabel,
                              {u"initial"_s, u"follow-up"_s, u"pt"_s});
}

void TestCodes::visitStatuses()
{
    checkRoundTrip<VisitStatus>({VisitStatus::Draft, VisitStatus::Signed}, visitStatusCode, visitStatusFromCode,
                                visitStatusLabel, {u"draft"_s, u"signed"_s});
    Visit v;
    QVERIFY(!v.isSigned());
    v.status = VisitStatus::Signed;
    QVERIFY(v.isSigned());
}

void TestCodes::painDominance()
{
    checkRoundTrip<PainDominance>({PainDominance::NotRecorded, PainDominance::Back, PainDominance::Leg},
                                  painDominanceCode, painDominanceFromCode, painDominanceLabel,
                                  {u"not-recorded"_s, u"back"_s, u"leg"_s});
}

void TestCodes::workStatus()
{
    checkRoundTrip<WorkStatus>(workStatuses(), workStatusCode, workStatusFromCode, workStatusLabel,
                               {u"not-recorded"_s, u"full-duties"_s, u"modified-duties"_s, u"off-work"_s, u"unemployed"_s,
                                u"retired"_s, u"student"_s, u"homemaker"_s, u"other"_s});
}

void TestCodes::treatmentResponse()
{
    checkRoundTrip<TreatmentResponse>(treatmentResponses(), treatmentResponseCode, treatmentResponseFromCode,
                                      treatmentResponseLabel,
                                      {u"unknown"_s, u"resolved"_s, u"improved"_s, u"no-change"_s, u"worse"_s});
}

void TestCodes::painRegions()
{
    const auto regions = SpineDesk::painRegions();
    QCOMPARE(regions.size(), 17);
    QSet<QString> codes, labels;
    for (const auto &r : regions) {
        QVERIFY(isPainRegionCode(r.code));
        QVERIFY(!r.code.contains(u','));   // stored comma-separated
        QVERIFY(!r.label.isEmpty());
        codes.insert(r.code);
        labels.insert(r.label);
    }
    QCOMPARE(codes.size(), 17);
    QCOMPARE(labels.size(), 17);
    // Both sides of every lateral region.
    for (const QString &code : codes)
        if (code.endsWith(u"-left"_s))
            QVERIFY2(codes.contains(code.chopped(5) + u"-right"_s), qPrintable(code));
    QVERIFY(isPainRegionCode(u"below-knee-left"));
    QVERIFY(!isPainRegionCode(u"knee"));
    QVERIFY(!isPainRegionCode(u"Neck"));
}

void TestCodes::suggestions()
{
    QVERIFY(conservativeCareModalitySuggestions().contains(u"Physical therapy"_s));
    QCOMPARE(injectionTypeSuggestions().first(), u"Epidural steroid, transforaminal"_s);
    QVERIFY(imagingModalitySuggestions().contains(u"MRI"_s));
    for (const QStringList &list : {conservativeCareModalitySuggestions(), injectionTypeSuggestions(), imagingModalitySuggestions()})
        QCOMPARE(QSet<QString>(list.begin(), list.end()).size(), int(list.size()));
}

void TestCodes::workflow()
{
    const auto steps = workflowSteps();
    QCOMPARE(steps, (QList<WorkflowStep>{WorkflowStep::Intake, WorkflowStep::Assessment, WorkflowStep::Examination,
                                         WorkflowStep::Decision, WorkflowStep::Plan, WorkflowStep::Documents}));
    QSet<QString> labels;
    for (auto s : steps)
        labels.insert(workflowStepLabel(s));
    QCOMPARE(labels.size(), 6);
    QCOMPARE(workflowStepLabel(WorkflowStep::Intake), u"Intake"_s);
    QVERIFY(workflowStepAvailable(WorkflowStep::Intake));
}

void TestCodes::intakeIsEmpty()
{
    Intake in;
    in.visitId = 12;
    in.rowVersion = 3; // neither the visit nor the version is content
    QVERIFY(in.isEmpty());
    const auto check = [](auto change) {
        Intake i;
        change(i);
        return i.isEmpty();
    };
    QVERIFY(!check([](Intake &i) { i.onsetDate = QDate(2026, 1, 1); }));
    QVERIFY(!check([](Intake &i) { i.dominance = PainDominance::Back; }));
    QVERIFY(!check([](Intake &i) { i.painRegions << u"neck"_s; }));
    QVERIFY(!check([](Intake &i) { i.workStatus = WorkStatus::Retired; }));
    QVERIFY(!check([](Intake &i) { i.occupation = u"Teacher"_s; }));
    QVERIFY(!check([](Intake &i) { i.goals = u"Walk"_s; }));
    QVERIFY(!check([](Intake &i) { i.conservativeCare.append(ConservativeCareEntry{}); }));
    QVERIFY(!check([](Intake &i) { i.medications.append(MedicationTrial{}); }));
    QVERIFY(!check([](Intake &i) { i.injections.append(PriorInjection{}); }));
    QVERIFY(!check([](Intake &i) { i.imaging.append(ImagingStudy{}); }));
}

void TestCodes::clinicianSignature()
{
    Clinician c;
    c.name = u"Dr. Ana Rivera"_s;
    QCOMPARE(c.signatureName(), u"Dr. Ana Rivera"_s);
    c.credentials = u"MD"_s;
    QCOMPARE(c.signatureName(), u"Dr. Ana Rivera, MD"_s);
}

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
