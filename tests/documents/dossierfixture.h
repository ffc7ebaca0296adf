#pragma once

// A realistic visit dossier, built by hand, for the document tests and the letter benchmark:
// a patient with chronic left-leg-dominant pain from an L4-5 disc herniation, 8 weeks of
// physical therapy, an MRI, an examination with a left L5 deficit, ODI/PEG/PHQ-9/STarT Back
// scores, an injection decision, a plan with goals and a request to the primary clinician.
// The ESI check and the PA readiness checklist are computed by the core from the same data.

#include "core/esicriteria.h"
#include "core/plan/pareadiness.h"
#include "core/visitdossier.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace SpineDesk::Fixture {

using namespace Qt::StringLiterals;

inline constexpr auto kPatientName = "Testperson, Maria";
inline constexpr auto kBirthDate = "1968-04-12";
inline constexpr auto kMrn = "MRN-004711";
inline constexpr auto kMarkupText = "Walk <b>daily</b> & stretch &amp; rest";

inline QByteArray logoPng()
{
    QImage image(120, 60, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(QRect(10, 10, 40, 40), QColor(0x1F, 0x4E, 0x79));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline ScaleLine scale(const QString &id, const QString &label, double value, std::optional<double> baseline = {},
                       bool mcidMet = false, const QString &citation = {})
{
    ScaleLine s;
    s.scaleId = id;
    s.label = label;
    s.value = value;
    s.mcidCitation = citation;
    if (baseline) {
        Instruments::Change c;
        c.baseline = *baseline;
        c.current = value;
        c.improvement = *baseline - value;
        if (*baseline != 0)
            c.percent = 100 * c.improvement / *baseline;
        c.hasMcid = !citation.isEmpty();
        c.mcidAbsoluteMet = mcidMet;
        s.change = c;
    }
    return s;
}

inline InstrumentLine line(const QString &id, const QString &title, QDate date, const QString &band, const QString &bandLabel,
                           QList<ScaleLine> scales, std::optional<QDate> baselineDate = {})
{
    InstrumentLine l;
    l.instrumentId = id;
    l.title = title;
    l.date = date;
    l.complete = true;
    l.bandCode = band;
    l.bandLabel = bandLabel;
    l.scales = scales;
    l.baselineDate = baselineDate;
    return l;
}

inline ScoreRecord score(const QString &id, QDate date, double total, const QString &band = {})
{
    ScoreRecord r;
    r.instrumentId = id;
    r.date = date;
    r.complete = true;
    r.scales.insert(u"total"_s, total);
    if (!band.isEmpty())
        r.band = band;
    return r;
}

inline VisitDossier dossier(bool planSigned)
{
    VisitDossier d;
    d.clinic.name = u"Riverside Spine Center"_s;
    d.clinic.addressLines = {u"200 River Road, Suite 4"_s, u"Springfield, MN 55401"_s};
    d.clinic.phone = u"555-0142"_s;
    d.clinic.fax = u"555-0143"_s;
    d.clinic.logoPng = logoPng();

    d.patient.id = 7;
    d.patient.familyName = u"Testperson"_s;
    d.patient.givenName = u"Maria"_s;
    d.patient.birthDate = QDate(1968, 4, 12);
    d.patient.sex = Sex::Female;
    d.patient.mrn = QString::fromLatin1(kMrn);

    d.episode.id = 3;
    d.episode.patientId = 7;
    d.episode.title = u"Low back pain with left leg pain"_s;
    d.episode.startDate = QDate(2026, 8, 3);

    const QDate visitDate(2026, 10, 5);
    d.visit.id = 42;
    d.visit.episodeId = 3;
    d.visit.patientId = 7;
    d.visit.kind = VisitKind::FollowUp;
    d.visit.visitDate = visitDate;

    Clinician c;
    c.id = 1;
    c.name = u"Alex Spine"_s;
    c.credentials = u"MD"_s;
    d.clinician = c;

    ReferringClinician ref;
    ref.id = 5;
    ref.name = u"Dr Pat Primary"_s;
    ref.practice = u"Hillside Family Medicine"_s;
    ref.fax = u"555-0100"_s;
    d.referrer = ref;
    Referral referral;
    referral.receivedDate = QDate(2026, 7, 20);
    referral.reason = u"Low back and left leg pain for 5 weeks"_s;
    referral.question = u"Is she a candidate for an injection or for surgery?"_s;
    d.referral = referral;

    Intake &in = d.intake;
    in.visitId = 42;
    in.onsetDate = QDate(2026, 6, 15);
    in.dominance = PainDominance::Leg;
    in.workStatus = WorkStatus::ModifiedDuties;
    in.occupation = u"warehouse supervisor"_s;
    in.goals = u"Walk the dog for 30 minutes and go back to full duties"_s;
    in.nicotine = NicotineStatus::Former;
    in.nicotineDate = QDate(2026, 10, 5);
    in.cotinine = u"≤10 ng/mL on 2026-09-28"_s;
    ConservativeCareEntry pt;
    pt.modality = u"Physical therapy"_s;
    pt.provider = u"Hillside PT"_s;
    pt.startDate = QDate(2026, 7, 1);
    pt.endDate = QDate(2026, 8, 26);
    pt.sessionsAttended = 12;
    pt.response = TreatmentResponse::Improved;
    ConservativeCareEntry home;
    home.modality = u"Home exercise programme"_s;
    home.startDate = QDate(2026, 7, 1);
    home.response = TreatmentResponse::NoChange;
    in.conservativeCare = {pt, home};
    MedicationTrial ibuprofen;
    ibuprofen.name = u"Ibuprofen 400 mg three times a day"_s;
    ibuprofen.response = TreatmentResponse::Improved;
    ibuprofen.note = u"stomach upset after 3 weeks"_s;
    in.medications = {ibuprofen};
    ImagingStudy mri;
    mri.date = QDate(2026, 8, 20);
    mri.modality = u"MRI"_s;
    mri.keyFinding = u"Left paracentral disc extrusion contacting the traversing left L5 root"_s;
    mri.finding = ImagingFinding::DiscHerniation;
    mri.level = u"L4-5"_s;
    mri.concordance = ImagingConcordance::Concordant;
    in.imaging = {mri};

    Examination e;
    e.visitId = 42;
    for (SpinalRoot r : examinedRoots()) {
        e.root(r).strength = {5, 5};
        e.root(r).sensation = {SensoryFinding::Normal, SensoryFinding::Normal};
    }
    e.root(SpinalRoot::L5).strength.left = 4;
    e.root(SpinalRoot::L5).sensation.left = SensoryFinding::Reduced;
    e.patellar = {ReflexFinding::Normal, ReflexFinding::Normal};
    e.achilles = {ReflexFinding::Normal, ReflexFinding::Normal};
    e.straightLegRaise.left = {TestResult::Positive, 40};
    e.straightLegRaise.right = {TestResult::Negative, kNotTested};
    e.crossedStraightLegRaise = TestResult::Negative;
    e.femoralStretch = {TestResult::Negative, TestResult::Negative};
    e.gait.antalgic = true;
    e.gait.heelWalkDifficulty = true;
    e.level = SpinalLevel::L4L5;
    e.levelSide = LevelSide::Left;
    e.imagingConcordance = ImagingConcordance::Concordant;
    d.examination = e;

    const QDate baseline(2026, 8, 3);
    AssessmentSummary &s = d.summary;
    s.duration = DurationClass::Chronic;
    s.pathway = MatchedPathway{u"medium"_s, u"Physical therapy for function and pain"_s, u"Hill 2011; NICE NG59 1.1.3"_s};
    s.instruments << line(u"odi"_s, u"ODI"_s, visitDate, u"moderate"_s, u"Moderate disability"_s,
                          {scale(u"total"_s, u"Total"_s, 36, 48, true, u"Ostelo RW et al. Spine 2008;33:90-94 [V]"_s)}, baseline)
                  << line(u"peg"_s, u"PEG"_s, visitDate, {}, {},
                          {scale(u"total"_s, u"Total"_s, 6.3, 7.3, false, u"opioid-monitoring guidance [R]"_s)}, baseline)
                  << line(u"phq9"_s, u"PHQ-9"_s, visitDate, u"moderate"_s, u"Moderate"_s, {scale(u"total"_s, u"Total"_s, 11)})
                  << line(u"startback"_s, u"STarT Back"_s, baseline, u"medium"_s, u"Medium risk"_s,
                          {scale(u"total"_s, u"Total"_s, 5), scale(u"psychosocial"_s, u"Psychosocial"_s, 3)});
    s.instruments[2].alerts = {u"self-harm"_s};
    s.acknowledgedAlerts = {u"phq9:self-harm"_s};
    s.redFlagsScreened = true;
    s.redFlagConcern = Urgency::None;
    s.redFlagStatus = u"Red-flag screen complete: all items absent"_s;
    s.yellowFlagDomains = {u"Fear-avoidance beliefs"_s};

    Aids::DecisionRecord record;
    record.id = 9;
    record.visitId = 42;
    record.aidId = u"lumbar-disc-herniation"_s;
    record.aidVersion = u"1.2"_s;
    record.optionsDiscussed = {u"conservative"_s, u"epidural"_s, u"surgery"_s};
    record.values = {{u"avoid-surgery"_s, 8}, {u"fast-relief"_s, 6}};
    record.preferredOption = u"epidural"_s;
    record.sure = {true, true, false, true};
    record.participants = {u"Patient"_s, u"Spouse"_s};
    d.decisions = {record};
    d.considerations.visitId = 42;
    d.considerations.injectionConsidered = true;

    EsiInput esi;
    esi.asOf = visitDate;
    esi.intake = d.intake;
    esi.examination = d.examination;
    esi.summary = &d.summary;
    esi.decisions = d.decisions;
    esi.considerations = d.considerations;
    d.esi = checkEsiCriteria(esi);

    Plans::TreatmentPlan plan;
    plan.visitId = 42;
    plan.problems = {{u"lumbar-disc-radiculopathy"_s, u"left L5"_s, true},
                     {QString(), u"Depressive symptoms, moderate (PHQ-9 11)"_s, false}};
    auto item = [](const QString &id, Plans::ItemKind kind, const QString &text) {
        Plans::PlanItem i;
        i.id = id;
        i.kind = kind;
        i.text = text;
        i.origin = Plans::ItemOrigin::Proposed;
        return i;
    };
    plan.items << item(u"rule:pathway"_s, Plans::ItemKind::Pathway, u"Physical therapy for function and pain (STarT Back medium)"_s)
               << item(u"rule:non-drug"_s, Plans::ItemKind::PhysicalTherapy,
                       u"Active physical therapy twice a week for 6 weeks, directional preference exercises"_s)
               << item(u"rule:esi"_s, Plans::ItemKind::EpiduralInjection,
                       u"Left L4-5 transforaminal epidural steroid injection under fluoroscopy with contrast"_s)
               << item(u"item-1"_s, Plans::ItemKind::Activity, QString::fromLatin1(kMarkupText))
               << item(u"rule:behavioural-health"_s, Plans::ItemKind::BehaviouralHealth,
                       u"Behavioural-health follow-up for depressive symptoms"_s)
               << item(u"item-2"_s, Plans::ItemKind::RequestToPrimary, u"Please review her PHQ-9 in 4 weeks"_s)
               << item(u"item-3"_s, Plans::ItemKind::RequestToPrimary, u"Please stop ibuprofen if stomach upset returns"_s)
               << item(u"rule:follow-up"_s, Plans::ItemKind::FollowUp, u"Follow-up visit in 6 weeks with ODI and PEG"_s);
    Plans::PlanItem removed = item(u"rule:imaging"_s, Plans::ItemKind::ImagingDeferred, u"No further imaging now"_s);
    removed.removed = true;
    plan.items << removed;
    plan.goals = {{u"Walk the dog for 30 minutes without stopping"_s, QDate(2026, 11, 30)},
                  {u"Return to full duties at work"_s, QDate(2027, 1, 15)}};
    plan.bottomLine = u"Left L5 radiculopathy from an L4-5 disc extrusion, improving slowly. We plan active physical therapy "
                      u"and one transforaminal epidural injection; please review her mood in 4 weeks."_s;
    plan.followUp = u"in 6 weeks"_s;
    plan.copiesTo = {u"Dr Sam Surgeon, spine surgery"_s};
    d.plan = plan;
    d.planSigned = planSigned;
    if (planSigned) {
        d.signer = c;
        d.planSignedAt = QDateTime(visitDate, QTime(16, 20));
        d.visit.status = VisitStatus::Signed;
    }

    Plans::ReadinessInput readiness;
    readiness.asOf = visitDate;
    readiness.intake = d.intake;
    readiness.examination = d.examination;
    readiness.summary = &d.summary;
    d.readiness = Plans::checkReadiness(readiness);

    VisitHistoryEntry first;
    first.visitId = 40;
    first.date = baseline;
    first.kind = VisitKind::Initial;
    first.scores = {score(u"odi"_s, baseline, 48, u"moderate"_s), score(u"peg"_s, baseline, 7.3),
                    score(u"startback"_s, baseline, 5, u"medium"_s)};
    VisitHistoryEntry now;
    now.visitId = 42;
    now.date = visitDate;
    now.kind = VisitKind::FollowUp;
    now.scores = {score(u"odi"_s, visitDate, 36, u"moderate"_s), score(u"peg"_s, visitDate, 6.3),
                  score(u"phq9"_s, visitDate, 11, u"moderate"_s)};
    d.history = {first, now};
    d.surgeonName = u"Dr Sam Surgeon"_s;
    return d;
}

// A long plan and a long history: 40 plan items and 10 visits of ODI scores.
inline VisitDossier longDossier(bool planSigned)
{
    VisitDossier d = dossier(planSigned);
    for (int i = d.plan->items.size(); i < 40; ++i) {
        Plans::PlanItem it;
        it.id = u"item-%1"_s.arg(100 + i);
        it.kind = i % 3 == 0 ? Plans::ItemKind::ExerciseProgramme : Plans::ItemKind::Other;
        it.text = u"Plan item %1: a realistic instruction of moderate length that wraps onto a second line on the page "
                  u"so that pagination is exercised properly"_s.arg(i + 1);
        d.plan->items << it;
    }
    d.history.clear();
    QDate date(2026, 1, 5);
    for (int v = 0; v < 10; ++v) {
        VisitHistoryEntry e;
        e.visitId = 30 + v;
        e.date = date;
        e.kind = v == 0 ? VisitKind::Initial : VisitKind::FollowUp;
        e.scores = {score(u"odi"_s, date, 56 - 3 * v), score(u"peg"_s, date, 8 - 0.4 * v)};
        d.history << e;
        date = date.addDays(28);
    }
    return d;
}

} // namespace SpineDesk::Fixture
