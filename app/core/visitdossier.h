#pragma once

#include "core/assessmentsummary.h"
#include "core/clinic.h"
#include "core/clinician.h"
#include "core/decisionaids/considerations.h"
#include "core/decisionaids/record.h"
#include "core/esicriteria.h"
#include "core/examination.h"
#include "core/instruments/scorer.h"
#include "core/intake.h"
#include "core/patient.h"
#include "core/plan/pareadiness.h"
#include "core/plan/planbuilder.h"
#include "core/plan/plan.h"
#include "core/referral.h"
#include "core/therapy/certification.h"
#include "core/therapy/handover.h"
#include "core/therapy/therapyrecord.h"
#include "core/visit.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace SpineDesk {

// An earlier (or this) visit of the episode as the documents' history tables show it.
struct VisitHistoryEntry {
    qint64 visitId = 0;
    QDate date;
    VisitKind kind = VisitKind::Initial;
    QList<ScoreRecord> scores;
};

// A questionnaire answered at this visit, as stored: the answer codes and the exact definition
// (version and SHA-256) they were scored with, so an export can carry the answers themselves.
struct ResponseRecord {
    QString instrumentId;
    QString instrumentVersion;
    QString definitionSha256;
    QHash<QString, Instruments::Answer> answers; // by linkId
    QDateTime completedAt;
    QString mode; // "patient" or "clinician"
};

// Everything one visit's documents are made from, gathered by storage (loadVisitDossier) and
// handed to a renderer, which queries nothing (DESIGN.md: one direction of flow).
struct VisitDossier {
    ClinicProfile clinic;
    Patient patient;
    Episode episode;
    Visit visit;
    std::optional<Clinician> clinician;    // who saw the patient
    std::optional<Clinician> signer;       // who signed the plan
    std::optional<Referral> referral;
    std::optional<ReferringClinician> referrer;
    Intake intake;
    std::optional<Examination> examination;
    AssessmentSummary summary;
    QList<ResponseRecord> responses;       // this visit's questionnaires with their answers
    QList<Aids::DecisionRecord> decisions;
    TreatmentConsiderations considerations;
    std::optional<EsiCheck> esi;           // when an injection was considered
    std::optional<Plans::TreatmentPlan> plan; // the current plan: the latest addendum's, or the signed/draft one
    bool planSigned = false;
    QDateTime planSignedAt;
    QList<Plans::PlanAddendum> addenda;    // oldest first
    // The episode's current signed plan before this visit (a follow-up's starting point and
    // what its letter compares the plan with); the date of the visit that made it.
    std::optional<Plans::TreatmentPlan> previousPlan;
    QDate previousPlanDate;
    Plans::ReadinessChecklist readiness;   // PA readiness (for the PA summary)
    QList<VisitHistoryEntry> history;      // the episode's visits up to this one, oldest first
    QString surgeonName;                   // the PA summary's addressee, when known
    // A physical-therapy first visit (issue 6): the therapist's record, hand-overs, and the
    // plan of care's transmissions and certification.
    std::optional<Therapy::TherapyRecord> therapy;
    QList<Therapy::HandoverTask> handovers;
    QList<Therapy::Transmission> transmissions;
    std::optional<Therapy::CertificationReturn> certification;

    bool isDraft() const { return !planSigned; } // documents print DRAFT on every page
    // The ESI check's and the plan rules' view of this visit; they point into the dossier,
    // which must outlive them.
    EsiInput esiInput() const;
    Plans::PlanContext planContext() const;
    int planRevision() const { return addenda.isEmpty() ? 0 : addenda.last().revision; }
};

} // namespace SpineDesk
