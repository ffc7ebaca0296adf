#pragma once

// A physical-therapy first visit built on the letter's dossier (dossierfixture.h): the same
// patient, seen by a physical therapist, with repeated-movement testing (extension
// centralises), a treatment-based classification, range of motion, two functional tests, a
// same-day first session, two therapy lines, three home exercises from the bundled library,
// and the plan's problems (diagnoses) and goals (long-term functional goals).

#include "dossierfixture.h"

#include "core/therapy/therapyrecord.h"

namespace SpineDesk::Fixture {

using namespace Qt::StringLiterals;

inline constexpr auto kTherapist = "Jordan Mover, DPT";

inline Therapy::ExercisePrescription prescription(const QString &id, int sets, int repetitions, int holdSeconds, int minutes,
                                                  int timesPerDay, int daysPerWeek = 7, const QString &note = {})
{
    Therapy::ExercisePrescription p;
    p.exerciseId = id;
    p.sets = sets;
    p.repetitions = repetitions;
    p.holdSeconds = holdSeconds;
    p.minutes = minutes;
    p.timesPerDay = timesPerDay;
    p.daysPerWeek = daysPerWeek;
    p.note = note;
    return p;
}

inline VisitDossier ptDossier(bool planSigned)
{
    using namespace Therapy;
    VisitDossier d = dossier(planSigned);
    const QDate visitDate = d.visit.visitDate; // 2026-10-05
    d.visit.kind = VisitKind::PhysicalTherapy;
    Clinician pt;
    pt.id = 2;
    pt.name = u"Jordan Mover"_s;
    pt.credentials = u"DPT"_s;
    d.clinician = pt;
    if (planSigned)
        d.signer = pt;
    d.decisions.clear();
    d.esi.reset();
    d.examination->directionalPreference = DirectionalPreference::Extension;
    d.referral->question = u"Please evaluate and treat."_s;

    TherapyRecord t;
    t.visitId = d.visit.id;
    t.movement = {{MovementDirection::Extension, MovementResponse::Centralises},
                  {MovementDirection::Flexion, MovementResponse::Peripheralises}};
    t.movementNote = u"Leg pain moved up to the buttock after 3 sets of prone press-ups"_s;
    t.classification = TbcClass::SymptomModulation;
    t.classificationNote = u"Directional preference for extension; high irritability"_s;
    t.rom = {{RomMovement::Flexion, {RomGrade::MarkedlyLimited, true}},
             {RomMovement::Extension, {RomGrade::Limited, false}},
             {RomMovement::SideBendLeft, {RomGrade::Full, false}}};
    t.functional = {{FunctionalTest::FiveTimesSitToStand, 16.4, u"used arms"_s},
                    {FunctionalTest::WalkingTolerance, 12, u"stopped by leg pain"_s}};
    t.session.provided = true;
    t.session.date = visitDate;
    t.session.minutes = 45;
    t.session.education = u"Pain neuroscience education; staying active; posture while sitting at work"_s;
    t.session.exercisesTaught = {u"prone-press-up"_s, u"prone-lying-on-elbows"_s};
    t.session.manualTherapy = u"Central posterior-anterior mobilisation L4-5, grade III"_s;
    t.session.response = SessionResponse::Better;
    t.session.responseNote = u"leg pain centralised to the left buttock; NRS leg 6 to 3"_s;
    TherapyLine exercise;
    exercise.type = TherapyType::TherapeuticExercise;
    exercise.detail = u"Directional-preference exercises, progressing to loading"_s;
    exercise.timesPerDay = 1;
    exercise.minutes = 30;
    exercise.timesPerWeek = 2;
    exercise.weeks = 6;
    TherapyLine manual;
    manual.type = TherapyType::ManualTherapy;
    manual.detail = u"Lumbar mobilisation"_s;
    manual.timesPerDay = 1;
    manual.minutes = 15;
    manual.timesPerWeek = 1;
    manual.weeks = 4;
    t.planOfCare = {exercise, manual};
    t.planStart = visitDate;
    t.rehabPotential = u"Good"_s;
    t.homeProgram = {prescription(u"prone-press-up"_s, 1, 10, 2, 0, 3, 7, u"Keep your hips down on the bed"_s),
                     prescription(u"prone-lying-on-elbows"_s, 0, 0, 0, 2, 3),
                     prescription(u"walking-programme"_s, 0, 0, 0, 10, 2, 5, u"Flat ground only for the first week"_s)};
    t.homeProgramAdvice = u"Avoid long periods of sitting; get up every 30 minutes."_s;
    d.therapy = t;

    d.plan->problems = {{u"lumbar-disc-radiculopathy"_s, u"left L5"_s, true},
                        {QString(), u"Reduced walking tolerance"_s, false}};
    d.plan->goals = {{u"Walk the dog for 30 minutes without stopping"_s, QDate(2026, 11, 16)},
                     {u"Sit through a 2-hour work shift without leg pain"_s, QDate(2026, 11, 30)},
                     {u"Return to full duties at work"_s, QDate(2027, 1, 15)}};
    return d;
}

// A six-exercise programme, for pagination.
inline VisitDossier ptDossierSixExercises(bool planSigned)
{
    VisitDossier d = ptDossier(planSigned);
    d.therapy->homeProgram << prescription(u"bird-dog"_s, 2, 10, 5, 0, 1)
                           << prescription(u"bridge"_s, 2, 10, 5, 0, 1, 5, u"Squeeze your buttocks at the top"_s)
                           << prescription(u"sit-to-stand-practice"_s, 1, 10, 0, 0, 2);
    return d;
}

} // namespace SpineDesk::Fixture
