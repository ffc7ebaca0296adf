#pragma once

#include "core/clinician.h"
#include "core/decisionaids/aidlibrary.h"
#include "core/decisionaids/considerations.h"
#include "core/decisionaids/record.h"
#include "core/intake.h"
#include "core/patient.h"
#include "core/referral.h"
#include "core/therapy/therapyrecord.h"
#include "core/visit.h"

#include <QList>
#include <optional>

namespace SpineDesk {

// Synthetic, clearly fictitious patients for demonstrations and load tests.
// The same seed gives the same data; patient(i) depends only on the seed and i, so the
// first N patients of a larger run equal a run of N.
// Answers in the command line's convention (one value per scored item), scored by the
// writer with the bundled definitions.
struct DemoResponse {
    QString instrumentId;
    QStringList answers;
};

struct DemoVisit {
    Visit visit;                 // clinicianId is an index into DemoGenerator::clinicians()
    std::optional<Intake> intake;
    QList<DemoResponse> responses;
    // Red-flag screen at the episode's first visit: None (all absent), a soft flag alone,
    // or an urgent flag; NotScreened for follow-ups.
    enum class RedFlagScenario { NotScreened, None, SoftFlagAlone, UrgentFlag };
    RedFlagScenario redFlags = RedFlagScenario::NotScreened;
    // The Decision step at an initial visit: what was considered and, where an aid was
    // suggested, most often a decision record (recordedBy is a clinicians() index).
    std::optional<TreatmentConsiderations> considerations;
    std::optional<Aids::DecisionRecord> decision;
    // A physical-therapy first visit: movement testing, classification, the same-day session,
    // the plan of care and the home programme (exercise ids from the bundled library).
    std::optional<Therapy::TherapyRecord> therapy;
};

struct DemoEpisode {
    Episode episode;
    QList<DemoVisit> visits;
};

struct DemoPatient {
    Patient patient;
    Referral referral;           // referringClinicianId is an index into referringClinicians()
    QList<DemoEpisode> episodes;
};

class DemoGenerator
{
public:
    static constexpr quint32 kMaxSeed = 999999;

    explicit DemoGenerator(quint32 seed, QDate anchor = defaultAnchor());
    // Fixed so that a seed always gives the same dates.
    static QDate defaultAnchor() { return QDate(2026, 9, 30); }

    QList<Clinician> clinicians() const;
    QList<ReferringClinician> referringClinicians() const;
    DemoPatient patient(int index) const;
    QString mrnFor(int index) const;

private:
    void addDecision(DemoVisit &visit, int index, int episode) const;
    void addTherapy(DemoVisit &visit, int index, int episode) const;

    quint32 m_seed;
    QDate m_anchor;
    Aids::AidLibrary m_aids;
};

} // namespace SpineDesk
