#include "storage/dossierloader.h"

#include "core/esicriteria.h"
#include "i18n/language.h"
#include "storage/assessmentloader.h"
#include "storage/auditlog.h"
#include "storage/certificationrepository.h"
#include "storage/clinicianrepository.h"
#include "storage/clinicrepository.h"
#include "storage/decisionrepository.h"
#include "storage/examinationrepository.h"
#include "storage/handoverrepository.h"
#include "storage/intakerepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/referralrepository.h"
#include "storage/responserepository.h"
#include "storage/therapyrepository.h"
#include "storage/visitrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct DossierText {
    Q_DECLARE_TR_FUNCTIONS(DossierLoader)
};

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}
} // namespace

std::optional<VisitDossier> loadVisitDossier(const QSqlDatabase &db, const Instruments::Library &instruments, qint64 visitId,
                                             QString *error, qint64 actorId)
{
    VisitDossier d;
    const VisitRepository visits(db);
    const auto visit = visits.find(visitId);
    if (!visit) {
        fail(error, DossierText::tr("There is no visit %1.").arg(visitId));
        return std::nullopt;
    }
    d.visit = *visit;
    const auto patient = PatientRepository(db).find(visit->patientId);
    if (!patient) {
        fail(error, DossierText::tr("The patient of visit %1 cannot be found.").arg(visitId));
        return std::nullopt;
    }
    d.patient = *patient;
    for (const Episode &e : visits.episodesForPatient(patient->id))
        if (e.id == visit->episodeId)
            d.episode = e;
    d.clinic = ClinicRepository(db).load();
    const ClinicianRepository clinicians(db);
    if (visit->clinicianId > 0)
        d.clinician = clinicians.find(visit->clinicianId);

    // The referral that brought the patient: the latest received on or before the visit.
    const ReferralRepository referrals(db);
    for (const Referral &r : referrals.forPatient(patient->id))
        if (!r.receivedDate.isValid() || !visit->visitDate.isValid() || r.receivedDate <= visit->visitDate) {
            d.referral = r;
            if (r.referringClinicianId > 0)
                d.referrer = referrals.findReferringClinician(r.referringClinicianId);
            break;
        }

    d.intake = IntakeRepository(db).load(visitId);
    QString why;
    d.examination = ExaminationRepository(db).load(visitId, &why);
    if (!d.examination) {
        fail(error, DossierText::tr("The examination cannot be read: %1").arg(why));
        return std::nullopt;
    }
    if (d.examination->isEmpty())
        d.examination.reset();
    QStringList problems;
    d.summary = loadAssessmentSummary(db, instruments, d.visit, &problems);
    for (const StoredResponse &r : ResponseRepository(db).forVisit(visitId))
        d.responses << ResponseRecord{r.instrumentId, r.instrumentVersion, r.definitionSha256, r.answers, r.completedAt, r.mode};
    const DecisionRepository decisions(db);
    const auto records = decisions.forVisit(visitId, &why);
    if (!records) {
        fail(error, why);
        return std::nullopt;
    }
    d.decisions = *records;
    const auto considerations = decisions.considerations(visitId, &why);
    if (!considerations) {
        fail(error, why);
        return std::nullopt;
    }
    d.considerations = *considerations;
    if (d.considerations.injectionConsidered)
        d.esi = checkEsiCriteria(d.esiInput());

    const auto stored = PlanRepository(db).load(visitId, &why);
    if (!stored) {
        fail(error, why);
        return std::nullopt;
    }
    if (stored->plan.rowVersion > 0)
        d.plan = stored->current();
    d.planSigned = stored->isSigned;
    d.planSignedAt = stored->signedAt;
    d.addenda = stored->addenda;
    if (stored->signedBy > 0)
        d.signer = clinicians.find(stored->signedBy);

    why.clear();
    if (const auto previous = PlanRepository(db).signedPlanBefore(visit->episodeId, visit->visitDate, visitId, &why)) {
        d.previousPlan = previous->plan;
        d.previousPlanDate = previous->visitDate;
    } else if (!why.isEmpty()) {
        fail(error, why);
        return std::nullopt;
    }

    Plans::ReadinessInput readiness;
    readiness.asOf = d.visit.visitDate;
    readiness.intake = d.intake;
    readiness.examination = d.examination;
    readiness.summary = &d.summary;
    readiness.fusionConsidered = d.considerations.fusionDiscussed
        || (d.plan && std::any_of(d.plan->items.begin(), d.plan->items.end(), [](const Plans::PlanItem &i) {
               return !i.removed && i.kind == Plans::ItemKind::FusionReferral;
           }));
    d.readiness = Plans::checkReadiness(readiness);

    // The episode's visits up to this one, with their scores (the letter's trend and history).
    for (const Visit &v : visits.visitsForEpisode(visit->episodeId)) {
        if (v.visitDate > visit->visitDate || (v.visitDate == visit->visitDate && v.id > visit->id))
            continue;
        d.history << VisitHistoryEntry{v.id, v.visitDate, v.kind, loadScoreRecords(db, v.id)};
    }
    if (visit->kind == VisitKind::PhysicalTherapy) {
        d.therapy = TherapyRepository(db).load(visitId, &why);
        if (!d.therapy) {
            fail(error, why);
            return std::nullopt;
        }
        d.handovers = HandoverRepository(db).forVisit(visitId);
        const CertificationRepository certifications(db);
        d.transmissions = certifications.transmissions(visitId);
        d.certification = certifications.certificationReturn(visitId);
    }
    if (actorId > 0)
        AuditLog(db, actorId).record(u"view"_s, u"visit"_s, visitId, u"documents"_s);
    return d;
}

std::optional<VisitDossier> loadVisitDossierFor(const std::function<QString(const VisitDossier &)> &languageOf,
                                                const QSqlDatabase &db, const Instruments::Library &instruments,
                                                qint64 visitId, QString *error, qint64 actorId)
{
    auto dossier = loadVisitDossier(db, instruments, visitId, error);
    if (!dossier)
        return dossier;
    const QString language = languageOf(*dossier);
    if (supportedLanguages().contains(language) && language != currentLanguage()) {
        const TextLanguage scope(language);
        return loadVisitDossier(db, instruments, visitId, error, actorId);
    }
    if (actorId > 0)
        AuditLog(db, actorId).record(u"view"_s, u"visit"_s, visitId, u"documents"_s);
    return dossier;
}

} // namespace SpineDesk
