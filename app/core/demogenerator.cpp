#include "core/demogenerator.h"

#include "core/therapy/exerciselibrary.h"

#include "core/decisionaids/suggestion.h"
#include "core/durationclass.h"

#include <QRandomGenerator>
#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {

constexpr std::array kFamilyNames = {
    u"Anderson", u"Bauer", u"Castillo", u"Dahl", u"Ekström", u"Flores", u"García", u"Hansen",
    u"Ibarra", u"Johnson", u"Kowalski", u"Larsen", u"Martínez", u"Nguyen", u"Olson", u"Peterson",
    u"Quintero", u"Ramírez", u"Schmidt", u"Thao", u"Underwood", u"Vang", u"Williams", u"Xiong",
    u"Yang", u"Zimmerman", u"Núñez", u"Brown", u"Lee", u"Hernández", u"Moore", u"Nelson",
    u"Ortiz", u"Carlson", u"Jensen", u"Lopez", u"Miller", u"Gómez", u"Swenson", u"Ali"};
constexpr std::array kFemaleNames = {
    u"Ana", u"Barbara", u"Carmen", u"Diane", u"Elena", u"Fatima", u"Grace", u"Hannah", u"Inés",
    u"Julia", u"Karen", u"Linda", u"María", u"Nora", u"Olivia", u"Patricia", u"Rosa", u"Sara",
    u"Teresa", u"Yer"};
constexpr std::array kMaleNames = {
    u"Adam", u"Bruce", u"Carlos", u"David", u"Erik", u"Francisco", u"Gary", u"Hector", u"Isaac",
    u"James", u"Kevin", u"Luis", u"Mark", u"Nathan", u"Omar", u"Paul", u"Ricardo", u"Steven",
    u"Thomas", u"Vue"};
constexpr std::array kPractices = {
    u"Riverside Family Medicine", u"Lakeview Primary Care", u"North Clinic", u"Westside Internal Medicine",
    u"Prairie Health Partners", u"Cedar Family Practice"};
constexpr std::array kReasons = {
    u"Low back pain, not improving with primary care management",
    u"Low back pain radiating to the left leg",
    u"Low back pain radiating to the right leg",
    u"Leg pain and tingling when walking",
    u"Recurrent low back pain, missed work",
    u"Chronic low back pain, second opinion before surgery"};
constexpr std::array kQuestions = {
    u"Is an injection or surgery indicated?",
    u"Please advise on further management.",
    u"Does the patient need imaging?",
    u"Please evaluate and treat.",
    u"Is the patient a surgical candidate?"};
constexpr std::array kGoals = {
    u"I want to pick up my grandchildren without pain.",
    u"Get back to full shifts at work.",
    u"Walk my dog for 30 minutes again.",
    u"Sleep through the night.",
    u"Play golf this summer.",
    u"Sit through a school day without standing up every few minutes."};
constexpr std::array kMedications = {u"Ibuprofen", u"Naproxen", u"Cyclobenzaprine", u"Acetaminophen",
                                     u"Gabapentin", u"Duloxetine", u"Tramadol"};
constexpr std::array kLevels = {u"L4-5 left", u"L4-5 right", u"L5-S1 left", u"L5-S1 right", u"L3-4"};
constexpr std::array kFindings = {
    u"L4-5 disc protrusion contacting the left L5 root",
    u"L5-S1 disc extrusion, right S1 root compressed",
    u"Moderate central stenosis at L4-5",
    u"Grade 1 degenerative spondylolisthesis L4-5",
    u"Multilevel degenerative disc disease, no root compression",
    u"No acute abnormality"};
constexpr std::array kProviders = {u"Northside Physical Therapy", u"Home program", u"Main Street Chiropractic",
                                   u"Community Rehab Center"};

template<typename Array>
QString pick(QRandomGenerator &rng, const Array &values)
{
    return QString::fromUtf16(values[rng.bounded(int(values.size()))]);
}

int between(QRandomGenerator &rng, int low, int high) // inclusive
{
    return low + int(rng.bounded(high - low + 1));
}

// The coded finding, level and concordance the demo's report text implies (no random draw).
void codeFinding(ImagingStudy &s, bool legPain)
{
    const QString text = s.modality == u"X-ray" ? QString() : s.keyFinding;
    s.finding = text.contains(u"disc protrusion"_s) || text.contains(u"disc extrusion"_s) ? ImagingFinding::DiscHerniation
              : text.contains(u"stenosis"_s)                                             ? ImagingFinding::Stenosis
              : text.contains(u"spondylolisthesis"_s)                                    ? ImagingFinding::Spondylolisthesis
              : text.contains(u"degenerative disc"_s)                                    ? ImagingFinding::DegenerativeDisc
              : text.isEmpty()                                                           ? ImagingFinding::NotCoded
                                                                                         : ImagingFinding::Normal;
    s.level = text.left(text.startsWith(u"L4-5"_s) || text.startsWith(u"L5-S1"_s) ? int(text.indexOf(u' ')) : 0);
    if (s.finding == ImagingFinding::DiscHerniation)
        s.concordance = legPain ? ImagingConcordance::Concordant : ImagingConcordance::Discordant;
}

Intake makeIntake(QRandomGenerator &rng, QDate visitDate, QDate birthDate)
{
    Intake in;
    in.onsetDate = visitDate.addDays(-between(rng, 5, 600));
    if (in.onsetDate < birthDate)
        in.onsetDate = visitDate.addDays(-14);
    const bool leg = rng.bounded(2) == 0;
    const bool left = rng.bounded(2) == 0;
    const QString side = left ? u"left"_s : u"right"_s;
    in.dominance = leg ? PainDominance::Leg : PainDominance::Back;
    in.painRegions = {u"low-back-central"_s, u"buttock-"_s + side};
    if (leg)
        in.painRegions << u"thigh-back-"_s + side << u"below-knee-"_s + side;
    const auto statuses = workStatuses();
    in.workStatus = statuses[between(rng, 1, int(statuses.size()) - 1)];
    in.goals = pick(rng, kGoals);
    // From the onset date rather than the generator, so earlier demo data stays the same.
    in.nicotine = nicotineStatuses()[1 + in.onsetDate.dayOfYear() % 3];
    in.nicotineDate = visitDate;

    const int careCount = between(rng, 0, 3);
    for (int i = 0; i < careCount; ++i) {
        ConservativeCareEntry e;
        const auto modalities = conservativeCareModalitySuggestions();
        e.modality = modalities[rng.bounded(int(modalities.size()))];
        e.provider = pick(rng, kProviders);
        e.startDate = in.onsetDate.addDays(between(rng, 3, 30));
        if (e.startDate > visitDate)
            e.startDate = visitDate;
        e.endDate = e.startDate.addDays(between(rng, 14, 70));
        if (e.endDate > visitDate)
            e.endDate = QDate();
        e.sessionsAttended = between(rng, 1, 12);
        e.response = treatmentResponses()[between(rng, 1, 4)];
        in.conservativeCare.append(e);
    }
    const int medCount = between(rng, 0, 3);
    for (int i = 0; i < medCount; ++i)
        in.medications.append({0, pick(rng, kMedications), treatmentResponses()[between(rng, 0, 4)], {}});
    if (leg && rng.bounded(3) == 0) {
        PriorInjection inj;
        inj.date = visitDate.addDays(-between(rng, 20, 200));
        if (inj.date < in.onsetDate)
            inj.date = in.onsetDate;
        inj.type = injectionTypeSuggestions().first();
        inj.level = pick(rng, kLevels);
        inj.reliefPercent = between(rng, 0, 10) * 10;
        in.injections.append(inj);
    }
    if (rng.bounded(2) == 0) {
        ImagingStudy s;
        s.date = visitDate.addDays(-between(rng, 7, 150));
        if (s.date < in.onsetDate)
            s.date = in.onsetDate;
        s.modality = rng.bounded(3) == 0 ? u"X-ray"_s : u"MRI"_s;
        s.keyFinding = pick(rng, kFindings);
        codeFinding(s, leg);
        in.imaging.append(s);
    }
    return in;
}

// Answers that follow one severity (0 mild .. 1 severe), so scores hang together.
QString level(QRandomGenerator &rng, double severity, int max)
{
    const double noisy = std::clamp(severity + (rng.generateDouble() - 0.5) * 0.5, 0.0, 1.0);
    return QString::number(int(std::lround(noisy * max)));
}

QList<DemoResponse> makeResponses(QRandomGenerator &rng, double severity, bool firstVisit)
{
    auto list = [&](int count, int max) {
        QStringList out;
        for (int i = 0; i < count; ++i)
            out << level(rng, severity, max);
        return out;
    };
    QList<DemoResponse> out;
    out << DemoResponse{u"nrs-back"_s, list(1, 10)} << DemoResponse{u"nrs-leg"_s, list(1, 10)} << DemoResponse{u"peg"_s, list(3, 10)};
    QStringList odi = list(10, 5);
    if (rng.bounded(4) == 0)
        odi[7] = u"-"_s; // section 8 is often left out
    out << DemoResponse{u"odi"_s, odi};
    if (!firstVisit)
        return out;
    QStringList startBack = list(8, 1);
    startBack << level(rng, severity, 4);
    QStringList phq9 = list(9, 3);
    phq9[8] = rng.bounded(50) == 0 ? u"1"_s : u"0"_s; // an occasional item-9 answer, as in real clinics
    out << DemoResponse{u"startback"_s, startBack} << DemoResponse{u"phq9"_s, phq9} << DemoResponse{u"gad7"_s, list(7, 3)};
    return out;
}

} // namespace

DemoGenerator::DemoGenerator(quint32 seed, QDate anchor)
    : m_seed(seed)
    , m_anchor(anchor)
    , m_aids(Aids::AidLibrary::load())
{
}

void DemoGenerator::addDecision(DemoVisit &visit, int index, int episode) const
{
    // Its own generator, so the data drawn before issue 4 keeps its values.
    QRandomGenerator rng(quint32(m_seed * 2654435761u) ^ quint32(index * 40503u + quint32(episode) * 97u + 11u));
    const Intake &in = *visit.intake;
    const bool leg = in.dominance == PainDominance::Leg;
    const auto shows = [&in](ImagingFinding f) {
        return std::any_of(in.imaging.begin(), in.imaging.end(), [f](const ImagingStudy &s) { return s.finding == f; });
    };
    TreatmentConsiderations c;
    c.neurogenicClaudication = leg && (shows(ImagingFinding::Stenosis) || shows(ImagingFinding::Spondylolisthesis)) ? YesNoUnknown::Yes
                                                                                                                   : YesNoUnknown::No;
    const DurationClass duration = durationClass(in.onsetDate, visit.visit.visitDate);
    c.fusionDiscussed = !leg && duration == DurationClass::Chronic && rng.bounded(3) == 0;
    c.surgeryDiscussed = c.fusionDiscussed || (leg && !in.imaging.isEmpty() && rng.bounded(2) == 0);
    c.injectionConsidered = leg && rng.bounded(4) == 0;
    if (c.injectionConsidered) {
        c.noPriorInjections = in.injections.isEmpty();
        c.guidance = InjectionGuidance::FluoroscopyWithContrast;
        c.approach = InjectionApproach::Transforaminal;
        c.levels = 1;
        c.injectate = Injectate::Corticosteroid;
        c.deepSedation = YesNoUnknown::No;
    }
    visit.considerations = c;

    const auto suggested = Aids::suggestAids({in.dominance, duration, in.imaging, c});
    if (suggested.isEmpty() || rng.bounded(10) >= 7)
        return;
    const Aids::DecisionAid *aid = m_aids.find(suggested.first().aidId);
    if (!aid)
        return;
    Aids::DecisionRecord r;
    r.aidId = aid->id;
    r.aidVersion = aid->version;
    r.aidSha256 = aid->sha256;
    for (const Aids::Option &o : aid->options)
        r.optionsDiscussed << o.id;
    for (const Aids::ValueStatement &v : aid->values)
        r.values.insert(v.id, int(rng.bounded(11)));
    r.preferredOption = rng.bounded(5) == 0 ? QString::fromLatin1(Aids::kUndecided)
                                            : r.optionsDiscussed[int(rng.bounded(int(r.optionsDiscussed.size())))];
    for (int i = 0; i < Aids::kSureItems; ++i)
        r.sure << (rng.bounded(100) < 88);
    for (const Aids::KnowledgeQuestion &q : aid->knowledge)
        r.knowledge.insert(q.id, rng.bounded(5) == 0 ? q.choices.first().id : q.answer);
    r.participants = {u"Patient"_s};
    if (rng.bounded(3) == 0)
        r.participants << u"Family member"_s;
    r.recordedBy = visit.visit.clinicianId;
    r.recordedAt = QDateTime(visit.visit.visitDate, QTime(10, 0), Qt::UTC);
    visit.decision = r;
}

QList<Clinician> DemoGenerator::clinicians() const
{
    return {
        {0, u"Dr. Demo Rivera"_s, u"MD"_s, ClinicianRole::Physiatrist, true},
        {0, u"Dr. Demo Okafor"_s, u"DO"_s, ClinicianRole::Physiatrist, true},
        {0, u"Demo Lindqvist"_s, u"DPT"_s, ClinicianRole::PhysicalTherapist, true},
        {0, u"Demo Chen"_s, u"PT"_s, ClinicianRole::PhysicalTherapist, true},
    };
}

QList<ReferringClinician> DemoGenerator::referringClinicians() const
{
    QList<ReferringClinician> out;
    QRandomGenerator rng(m_seed ^ 0x5eedu);
    for (int i = 0; i < 30; ++i) {
        ReferringClinician c;
        c.name = u"Dr. "_s + pick(rng, kFemaleNames) + u' ' + pick(rng, kFamilyNames) + u" (demo)"_s;
        c.practice = pick(rng, kPractices);
        c.phone = u"555-01%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        c.fax = u"555-02%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        c.directAddress = u"clinician%1@direct.demo.example"_s.arg(i + 1);
        out.append(c);
    }
    return out;
}

QString DemoGenerator::mrnFor(int index) const
{
    return u"DEMO%1-%2"_s.arg(m_seed).arg(index + 1, 6, 10, QLatin1Char('0'));
}

void DemoGenerator::addTherapy(DemoVisit &visit, int index, int episode) const
{
    using namespace Therapy;
    // Its own stream, so that adding therapy left the other demo values as they were.
    QRandomGenerator rng(quint32(m_seed * 374761393u) ^ quint32(index * 668265263u + quint32(episode)));
    TherapyRecord t;
    const quint32 pattern = rng.bounded(10);
    DirectionalPreference preference = DirectionalPreference::None;
    if (pattern < 5) {
        t.movement = {{MovementDirection::Extension, MovementResponse::Centralises}, {MovementDirection::Flexion, MovementResponse::Peripheralises}};
        preference = DirectionalPreference::Extension;
        t.classification = TbcClass::SymptomModulation;
    } else if (pattern < 7) {
        t.movement = {{MovementDirection::Flexion, MovementResponse::Better}, {MovementDirection::Extension, MovementResponse::Worse}};
        preference = DirectionalPreference::Flexion;
        t.classification = TbcClass::SymptomModulation;
    } else {
        t.movement = {{MovementDirection::Flexion, MovementResponse::NoEffect}, {MovementDirection::Extension, MovementResponse::NoEffect}};
        t.classification = pattern < 9 ? TbcClass::MovementControl : TbcClass::FunctionalOptimization;
    }
    t.rom = {{RomMovement::Flexion, {rng.bounded(2) ? RomGrade::Limited : RomGrade::Full, rng.bounded(2) == 0}},
             {RomMovement::Extension, {rng.bounded(3) ? RomGrade::Full : RomGrade::Limited, false}}};
    t.functional = {{FunctionalTest::FiveTimesSitToStand, double(between(rng, 8, 22)), {}},
                    {FunctionalTest::WalkingTolerance, double(between(rng, 5, 60)), {}}};
    for (const Exercise *e : ExerciseLibrary::bundled().suggestions(preference, t.classification)) {
        if (t.homeProgram.size() == 3)
            break;
        t.homeProgram << ExerciseLibrary::bundled().defaultPrescription(e->id);
    }
    // Most first visits start treatment the same day.
    t.session.provided = rng.bounded(10) != 0;
    if (t.session.provided) {
        t.session.date = visit.visit.visitDate;
        t.session.minutes = between(rng, 30, 60);
        t.session.education = u"Pain and movement are safe; keep active; how the home programme works (demo)."_s;
        for (const ExercisePrescription &p : t.homeProgram.mid(0, 2))
            t.session.exercisesTaught << p.exerciseId;
        if (rng.bounded(3) == 0)
            t.session.manualTherapy = u"Lumbar mobilisation (demo)"_s;
        t.session.response = rng.bounded(4) == 0 ? SessionResponse::Unchanged : SessionResponse::Better;
    }
    t.planStart = visit.visit.visitDate;
    t.planOfCare << TherapyLine{TherapyType::TherapeuticExercise, u"Progressive home and clinic exercise (demo)"_s, 1, 30, 2, 6}
                 << TherapyLine{TherapyType::PatientEducation, {}, 1, 15, 1, 6};
    if (rng.bounded(3) == 0)
        t.planOfCare << TherapyLine{TherapyType::ManualTherapy, {}, 1, 15, 2, 4};
    t.rehabPotential = u"Good (demo)"_s;
    visit.therapy = t;
}

DemoPatient DemoGenerator::patient(int index) const
{
    QRandomGenerator rng(quint32(m_seed * 2654435761u) ^ quint32(index * 40503u + 1u));
    DemoPatient d;
    Patient &p = d.patient;
    const bool female = rng.bounded(2) == 0;
    p.sex = female ? Sex::Female : Sex::Male;
    p.givenName = female ? pick(rng, kFemaleNames) : pick(rng, kMaleNames);
    p.familyName = pick(rng, kFamilyNames);
    p.birthDate = m_anchor.addYears(-between(rng, 19, 88)).addDays(-between(rng, 0, 364));
    p.mrn = mrnFor(index);
    p.phone = u"555-%1"_s.arg(between(rng, 1000, 9999));
    p.preferredLanguage = rng.bounded(5) == 0 ? u"es"_s : u"en"_s;

    const QDate firstVisit = m_anchor.addDays(-between(rng, 0, 720));
    d.referral.receivedDate = firstVisit.addDays(-between(rng, 2, 45));
    d.referral.referringClinicianId = rng.bounded(30);
    d.referral.reason = pick(rng, kReasons);
    d.referral.question = pick(rng, kQuestions);

    const int episodes = rng.bounded(8) == 0 ? 2 : 1;
    QDate start = firstVisit;
    for (int e = 0; e < episodes && start <= m_anchor; ++e) {
        DemoEpisode ep;
        ep.episode.title = pick(rng, kReasons);
        ep.episode.startDate = start;
        DemoVisit first;
        first.visit.kind = rng.bounded(3) == 0 ? VisitKind::PhysicalTherapy : VisitKind::Initial;
        first.visit.visitDate = start;
        first.visit.clinicianId = first.visit.kind == VisitKind::PhysicalTherapy ? between(rng, 2, 3) : between(rng, 0, 1);
        first.intake = makeIntake(rng, start, p.birthDate);
        // Drawn after the visits' own numbers so earlier demo data keeps its values.
        ep.visits.append(first);
        QDate next = start;
        const int followUps = between(rng, 0, 4);
        for (int f = 0; f < followUps; ++f) {
            next = next.addDays(between(rng, 14, 70));
            if (next > m_anchor)
                break;
            DemoVisit fu;
            fu.visit.kind = VisitKind::FollowUp;
            fu.visit.visitDate = next;
            fu.visit.clinicianId = first.visit.clinicianId;
            ep.visits.append(fu);
        }
        // Questionnaires: a severity per episode that eases at each follow-up.
        QRandomGenerator answers(quint32(m_seed * 2246822519u) ^ quint32(index * 3266489917u + quint32(e)));
        double severity = 0.25 + answers.generateDouble() * 0.6;
        const quint32 flagDraw = answers.bounded(100);
        ep.visits[0].redFlags = flagDraw == 0 ? DemoVisit::RedFlagScenario::UrgentFlag
                              : flagDraw < 6 && p.ageOn(start) >= 50 ? DemoVisit::RedFlagScenario::SoftFlagAlone
                                                                     : DemoVisit::RedFlagScenario::None;
        if (ep.visits[0].visit.kind == VisitKind::Initial)
            addDecision(ep.visits[0], index, e);
        else
            addTherapy(ep.visits[0], index, e);
        for (int v = 0; v < ep.visits.size(); ++v) {
            ep.visits[v].responses = makeResponses(answers, severity, v == 0);
            severity = std::max(0.0, severity - 0.05 - answers.generateDouble() * 0.15);
        }
        // Visits older than a week are signed; the most recent ones are still drafts.
        for (auto &v : ep.visits) {
            v.visit.status = v.visit.visitDate.daysTo(m_anchor) > 7 ? VisitStatus::Signed : VisitStatus::Draft;
            if (v.visit.isSigned())
                v.visit.signedAt = QDateTime(v.visit.visitDate, QTime(17, 0), Qt::UTC);
        }
        start = next.addDays(between(rng, 90, 300));
        // Closed only when a later episode follows; the loop stops at the anchor date.
        ep.episode.closed = e + 1 < episodes && start <= m_anchor;
        d.episodes.append(ep);
    }
    return d;
}

} // namespace SpineDesk
