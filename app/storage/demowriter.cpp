#include "storage/demowriter.h"

#include "core/demogenerator.h"
#include "core/instruments/library.h"
#include "core/outcomes/episodefacts.h"
#include "core/outcomes/episodeoutcome.h"
#include "core/plan/planbuilder.h"
#include "core/redflags.h"
#include "core/therapy/handover.h"
#include "core/yellowflags.h"
#include "storage/responserepository.h"
#include "core/patientsearch.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/outcomerepository.h"
#include "storage/sqlvalues.h"
#include "storage/storedjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {

// Prepared once, executed many times: the difference between minutes and seconds.
struct Statements {
    explicit Statements(const QSqlDatabase &db)
        : patient(db), nameWord(db), referral(db), episode(db), visit(db), signVisit(db), intake(db), care(db), medication(db), injection(db),
          imaging(db), considerations(db), decision(db), plan(db), response(db), acknowledgement(db), redFlags(db), therapy(db),
          handover(db), transmission(db), certification(db)
    {
        therapy.prepare(u"INSERT INTO therapy_records (visit_id, data, first_treatment, row_version) VALUES (?, ?, ?, 1)"_s);
        handover.prepare(u"INSERT INTO handover_tasks (patient_id, visit_id, reason, source, detail, created_by, created_at, status, "
                         "done_by, done_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        transmission.prepare(u"INSERT INTO care_plan_transmissions (visit_id, sent_on, route, recipient, recorded_by, recorded_at) "
                             "VALUES (?, ?, 'fax', ?, ?, ?)"_s);
        certification.prepare(u"INSERT INTO care_plan_certifications (visit_id, signed_on, signed_by, recorded_by, recorded_at) "
                              "VALUES (?, ?, ?, ?, ?)"_s);
        redFlags.prepare(u"INSERT INTO red_flag_screens (visit_id, data, acknowledged_by, acknowledged_at, row_version) VALUES (?, ?, ?, ?, 1)"_s);
        response.prepare(u"INSERT INTO instrument_responses (visit_id, instrument_id, instrument_version, definition_sha256, answers, scores, "
                         "band, mode, entered_by, completed_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, 'patient', ?, ?, 1)"_s);
        acknowledgement.prepare(u"INSERT INTO alert_acknowledgements (visit_id, source, alert_code, reference, action, acknowledged_by, "
                                "acknowledged_at) VALUES (?, ?, ?, '', ?, ?, ?)"_s);
        patient.prepare(u"INSERT INTO patients (family_name, given_name, birth_date, sex, mrn, phone, preferred_language, family_key, given_key, mrn_key, created_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s);
        nameWord.prepare(u"INSERT INTO patient_name_words (word, patient_id) VALUES (?, ?)"_s);
        referral.prepare(u"INSERT INTO referrals (patient_id, referring_clinician_id, received_date, reason, question, row_version) VALUES (?, ?, ?, ?, ?, 1)"_s);
        episode.prepare(u"INSERT INTO episodes (patient_id, title, start_date, closed, row_version) VALUES (?, ?, ?, ?, 1)"_s);
        visit.prepare(u"INSERT INTO visits (episode_id, patient_id, kind, status, visit_date, clinician_id, created_at, row_version) VALUES (?, ?, ?, 'draft', ?, ?, ?, 1)"_s);
        signVisit.prepare(u"UPDATE visits SET status = 'signed', signed_by = ?, signed_at = ?, row_version = 2 WHERE id = ?"_s);
        intake.prepare(u"INSERT INTO intakes (visit_id, onset_date, dominance, pain_regions, work_status, occupation, goals, nicotine, "
                       "nicotine_date, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s);
        care.prepare(u"INSERT INTO conservative_care (visit_id, position, modality, provider, start_date, end_date, sessions_attended, response, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')"_s);
        medication.prepare(u"INSERT INTO medication_trials (visit_id, position, name, response, note) VALUES (?, ?, ?, ?, '')"_s);
        injection.prepare(u"INSERT INTO prior_injections (visit_id, position, injection_date, injection_type, level, relief_percent) VALUES (?, ?, ?, ?, ?, ?)"_s);
        imaging.prepare(u"INSERT INTO imaging_studies (visit_id, position, study_date, modality, key_finding, finding, level, concordance) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        considerations.prepare(u"INSERT INTO treatment_considerations (visit_id, data, row_version) VALUES (?, ?, 1)"_s);
        decision.prepare(u"INSERT INTO decisions (visit_id, aid_id, aid_version, data, row_version) VALUES (?, ?, ?, ?, 1)"_s);
        plan.prepare(u"INSERT INTO plans (visit_id, status, signed_by, signed_at, data, row_version) VALUES (?, ?, ?, ?, ?, 1)"_s);
    }
    QSqlQuery patient, nameWord, referral, episode, visit, signVisit, intake, care, medication, injection, imaging, considerations, decision,
        plan;
    QSqlQuery response, acknowledgement, redFlags, therapy, handover, transmission, certification;
};

bool exec(QSqlQuery &q, std::initializer_list<QVariant> values, QString *error)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    return Sql::run(q, error);
}

// What clinicians add beyond the proposal, now and then, so the outcome dashboard has surgical
// referrals, injections and low-value care to count. Own random stream: the rest of the demo
// keeps its values.
void addClinicianItems(Plans::TreatmentPlan &plan, const Intake &intake, DurationClass duration, quint32 seed, int index, int episode)
{
    QRandomGenerator rng(quint32(seed * 2166136261u) ^ quint32(index * 16777619u + quint32(episode) * 31u + 3u));
    auto add = [&plan](Plans::ItemKind kind, const QString &text) {
        Plans::PlanItem item;
        item.id = plan.nextItemId();
        item.kind = kind;
        item.text = text;
        item.rationale = DemoWriter::tr("Added by the clinician (demo).");
        plan.items << item;
    };
    const quint32 draw = rng.bounded(100);
    if ((duration == DurationClass::Acute || duration == DurationClass::Subacute) && draw < 6)
        add(Plans::ItemKind::Imaging, DemoWriter::tr("MRI of the lumbar spine (demo)."));
    if (duration == DurationClass::Chronic && draw >= 90 && draw < 95)
        add(Plans::ItemKind::Opioid, DemoWriter::tr("Tramadol 50 mg as needed for two weeks (demo)."));
    const quint32 referral = rng.bounded(100);
    if (referral < 7)
        add(Plans::ItemKind::SurgicalReferral, DemoWriter::tr("Refer to a spine surgeon for an opinion (demo)."));
    else if (referral < 9)
        add(Plans::ItemKind::FusionReferral, DemoWriter::tr("Refer to discuss lumbar fusion (demo)."));
    else if (referral < 17 && intake.dominance == PainDominance::Leg)
        add(Plans::ItemKind::EpiduralInjection, DemoWriter::tr("Transforaminal epidural steroid injection (demo)."));
}

// A PT first visit: the plan of care needs a diagnosis (a free-text one when no coded problem
// is proposed), high STarT Back risk gets psychologically informed PT (pathways.md §1.1), an
// urgent red flag is handed over to a physiatrist, and older plans of care were faxed to the
// referring clinician, most of them certified.
bool writeTherapy(Statements &s, Therapy::TherapyRecord therapy, const AssessmentSummary &assessment, Plans::TreatmentPlan &plan,
                  qint64 visitId, qint64 patientId, qint64 clinicianId, const DemoVisit &v, QString *error)
{
    using namespace Therapy;
    if (plan.problems.isEmpty())
        plan.problems << Plans::ProblemEntry{u"non-specific-lbp"_s, {}, true};
    if (assessment.pathway && assessment.pathway->stratum == u"high")
        therapy.planOfCare.prepend(TherapyLine{TherapyType::PsychologicallyInformed, {}, 1, 45, 1, 6});
    const QVariant first = therapy.session.provided ? Sql::date(therapy.session.date) : QVariant();
    if (!exec(s.therapy, {visitId, Sql::compactJson(therapy.toJson()), first}, error))
        return false;
    const QString at = QDateTime(v.visit.visitDate, QTime(12, 0), Qt::UTC).toString(Qt::ISODate);
    if (v.redFlags == DemoVisit::RedFlagScenario::UrgentFlag) {
        const bool done = v.visit.isSigned();
        if (!exec(s.handover, {patientId, visitId, handoverReasonCode(HandoverReason::RedFlag), u"demo"_s,
                               u"Urgent red flag found at the PT evaluation (demo); action recorded on the red-flag screen."_s, clinicianId, at,
                               done ? u"done"_s : u"open"_s, done ? QVariant(clinicianId) : QVariant(), done ? QVariant(at) : QVariant(),
                               done ? u"Seen by the physiatrist the same day (demo)."_s : QString()},
                  error))
            return false;
    }
    if (!v.visit.isSigned() || !therapy.session.provided)
        return true;
    // Sent within a few days of the first treatment; the most recent ones not yet.
    const QDate sent = therapy.session.date.addDays(1 + int(visitId % 5));
    if (sent.daysTo(DemoGenerator::defaultAnchor()) < 14)
        return true;
    if (!exec(s.transmission, {visitId, Sql::date(sent), u"Referring clinician's office, fax on file (demo)"_s, clinicianId, at}, error))
        return false;
    if (visitId % 5 == 0) // still awaiting the signed certification
        return true;
    return exec(s.certification, {visitId, Sql::date(sent.addDays(4)), u"Referring clinician (demo)"_s, clinicianId, at}, error);
}

bool writeIntake(Statements &s, qint64 visitId, const Intake &in, QString *error)
{
    if (!exec(s.intake, {visitId, Sql::date(in.onsetDate), painDominanceCode(in.dominance), in.painRegions.join(u','),
                         workStatusCode(in.workStatus), in.occupation, in.goals, nicotineStatusCode(in.nicotine),
                         Sql::date(in.nicotineDate)}, error))
        return false;
    for (int i = 0; i < in.conservativeCare.size(); ++i) {
        const auto &e = in.conservativeCare[i];
        if (!exec(s.care, {visitId, i, e.modality, e.provider, Sql::date(e.startDate), Sql::date(e.endDate),
                           Sql::optionalInt(e.sessionsAttended), treatmentResponseCode(e.response)}, error))
            return false;
    }
    for (int i = 0; i < in.medications.size(); ++i)
        if (!exec(s.medication, {visitId, i, in.medications[i].name, treatmentResponseCode(in.medications[i].response)}, error))
            return false;
    for (int i = 0; i < in.injections.size(); ++i) {
        const auto &j = in.injections[i];
        if (!exec(s.injection, {visitId, i, Sql::date(j.date), j.type, j.level, Sql::optionalInt(j.reliefPercent)}, error))
            return false;
    }
    for (int i = 0; i < in.imaging.size(); ++i) {
        const auto &m = in.imaging[i];
        if (!exec(s.imaging, {visitId, i, Sql::date(m.date), m.modality, m.keyFinding, imagingFindingCode(m.finding), m.level,
                              imagingConcordanceCode(m.concordance)}, error))
            return false;
    }
    return true;
}

// A complete screen: every flag absent except the scenario's one; an urgent flag on a signed
// visit carries the action taken, as the sign guard requires.
bool writeRedFlags(Statements &s, const RedFlagChecklist &checklist, const DemoVisit &v, qint64 visitId, qint64 clinicianId,
                   RedFlagScreen &screen, QString *error)
{
    screen.setChecklistRevision(checklist.revision);
    for (const QString &id : checklist.itemIds())
        screen.setState(id, FlagState::Absent, v.visit.visitDate);
    QVariant by, at;
    if (v.redFlags == DemoVisit::RedFlagScenario::SoftFlagAlone) {
        screen.setState(u"age-over-50"_s, FlagState::Present, v.visit.visitDate);
    } else if (v.redFlags == DemoVisit::RedFlagScenario::UrgentFlag) {
        screen.setState(u"infection-fever"_s, FlagState::Present, v.visit.visitDate);
        if (v.visit.isSigned()) {
            Acknowledgement ack;
            ack.target = u"infection"_s;
            ack.actionTaken = u"Demo: urgent MRI, inflammatory markers and blood cultures ordered."_s;
            ack.clinicianId = clinicianId;
            ack.at = QDateTime(v.visit.visitDate, QTime(10, 0), Qt::UTC);
            if (!screen.acknowledge(checklist, ack, error))
                return false;
            by = clinicianId;
            at = Sql::dateTime(ack.at);
        }
    }
    const QString data = QString::fromUtf8(QJsonDocument(QJsonObject{{u"redFlags"_s, screen.toJson()}, {u"yellowFlags"_s, YellowFlags().toJson()}})
                                               .toJson(QJsonDocument::Compact));
    return exec(s.redFlags, {visitId, data, by, at}, error);
}

// Finds a row by one column or inserts it; returns its id, 0 on failure.
qint64 findOrInsert(const QSqlDatabase &db, const QString &table, const QString &keyColumn, const QVariant &key,
                    const QStringList &columns, const QVariantList &values, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM "_s + table + u" WHERE "_s + keyColumn + u" = ?"_s);
    q.addBindValue(key);
    if (Sql::run(q, error) && q.next())
        return q.value(0).toLongLong();
    QStringList marks(columns.size(), u"?"_s);
    q.prepare(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s + marks.join(u", "_s) + u")"_s);
    for (const auto &v : values)
        q.addBindValue(v);
    return Sql::run(q, error) ? q.lastInsertId().toLongLong() : 0;
}

} // namespace

DemoWriter::DemoWriter(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

bool DemoWriter::write(quint32 seed, int count, DemoSummary *summary, QString *error, const Progress &progress)
{
    *summary = {};
    if (count < 1) {
        *error = tr("Ask for at least one patient.");
        return false;
    }
    if (seed > DemoGenerator::kMaxSeed) {
        *error = tr("The seed must be between 0 and %1.").arg(DemoGenerator::kMaxSeed);
        return false;
    }
    const DemoGenerator gen(seed);
    QSqlQuery exists(m_db);
    exists.prepare(u"SELECT count(*) FROM patients WHERE mrn >= ? AND mrn < ?"_s);
    exists.addBindValue(gen.mrnFor(0));
    exists.addBindValue(QString(gen.mrnFor(count - 1) + u'~'));
    if (Sql::run(exists, error) && exists.next() && exists.value(0).toInt() > 0) {
        *error = tr("Demo patients for seed %1 are already in this database; choose another --seed.").arg(seed);
        return false;
    }

    Transaction tx(m_db);
    QList<qint64> clinicianIds;
    for (const Clinician &c : gen.clinicians()) {
        clinicianIds << findOrInsert(m_db, u"clinicians"_s, u"name"_s, c.name, {u"name"_s, u"credentials"_s, u"role"_s, u"active"_s},
                                     {c.name, c.credentials, clinicianRoleCode(c.role), 1}, error);
        if (clinicianIds.last() == 0)
            return false;
    }
    QList<qint64> referrerIds;
    for (const ReferringClinician &r : gen.referringClinicians()) {
        referrerIds << findOrInsert(m_db, u"referring_clinicians"_s, u"direct_address"_s, r.directAddress,
                                    {u"name"_s, u"practice"_s, u"phone"_s, u"fax"_s, u"direct_address"_s},
                                    {r.name, r.practice, r.phone, r.fax, r.directAddress}, error);
        if (referrerIds.last() == 0)
            return false;
    }

    const auto library = Instruments::Library::load(Instruments::Library::bundledDirectory());
    QStringList contentErrors;
    const auto checklist = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &contentErrors);
    if (!checklist) {
        *error = contentErrors.join(u"; "_s);
        return false;
    }
    Statements s(m_db);
    const QString now = Sql::nowUtc();
    // A database without episodes gets complete outcome rows from the demo, so the full
    // rebuild after migrating to schema 7 is not needed; one with a clinic's own episodes
    // keeps its pending rebuild.
    QSqlQuery episodesBefore(m_db);
    const bool noEpisodesBefore = episodesBefore.exec(u"SELECT count(*) FROM episodes"_s) && episodesBefore.next()
        && episodesBefore.value(0).toInt() == 0;
    QList<Outcomes::EpisodeOutcome> outcomes;
    for (int i = 0; i < count; ++i) {
        if (progress && i % 500 == 0 && !progress(i, count)) {
            *error = tr("Cancelled; no demo patients were added.");
            *summary = {};
            return false;
        }
        const DemoPatient d = gen.patient(i);
        const Patient &p = d.patient;
        if (!exec(s.patient, {p.familyName, p.givenName, Sql::date(p.birthDate), sexCode(p.sex), p.mrn, p.phone, p.preferredLanguage,
                              searchKey(p.familyName), searchKey(p.givenName), searchKey(p.mrn), now}, error))
            return false;
        const qint64 patientId = s.patient.lastInsertId().toLongLong();
        for (const QString &word : nameWords(p.familyName, p.givenName))
            if (!exec(s.nameWord, {word, patientId}, error))
                return false;
        if (!exec(s.referral, {patientId, referrerIds[d.referral.referringClinicianId], Sql::date(d.referral.receivedDate),
                               d.referral.reason, d.referral.question}, error))
            return false;
        int episodeIndex = 0;
        for (const DemoEpisode &e : d.episodes) {
            if (!exec(s.episode, {patientId, e.episode.title, Sql::date(e.episode.startDate), e.episode.closed ? 1 : 0}, error))
                return false;
            const qint64 episodeId = s.episode.lastInsertId().toLongLong();
            // The outcome row, from what was written; counted once the first visit is signed.
            Outcomes::EpisodeFacts facts;
            bool counted = !e.visits.isEmpty() && e.visits.first().visit.isSigned();
            std::optional<Plans::TreatmentPlan> firstPlan;
            for (const DemoVisit &v : e.visits) {
                const qint64 clinicianId = clinicianIds[v.visit.clinicianId];
                if (!exec(s.visit, {episodeId, patientId, visitKindCode(v.visit.kind), Sql::date(v.visit.visitDate), clinicianId, now}, error))
                    return false;
                const qint64 visitId = s.visit.lastInsertId().toLongLong();
                if (v.intake && !writeIntake(s, visitId, *v.intake, error))
                    return false;
                // UTC on purpose: local-time conversion stats the time-zone file on every call.
                const QString completedAt = QDateTime(v.visit.visitDate, QTime(9, 0), Qt::UTC).toString(Qt::ISODate);
                QList<ScoreRecord> scores;
                QStringList acknowledged;
                for (const DemoResponse &r : v.responses) {
                    const Instruments::Definition *def = library.find(r.instrumentId);
                    if (!def) {
                        *error = tr("The demo needs the bundled instrument \"%1\", which is unavailable.").arg(r.instrumentId);
                        return false;
                    }
                    const auto parsed = Instruments::parseAnswerList(*def, r.answers, {});
                    if (!parsed.response) {
                        *error = parsed.error;
                        return false;
                    }
                    const StoredResponse scored = scoredResponse(*def, *parsed.response, visitId, u"patient"_s, clinicianId);
                    scores << ScoreRecord{def->id, v.visit.visitDate, scored.complete, scored.scales, scored.band, scored.alerts};
                    if (!exec(s.response, {visitId, def->id, def->version, def->sha256, responseAnswersJson(scored.answers), responseScoresJson(scored),
                                           scored.band ? QVariant(*scored.band) : QVariant(), clinicianId, completedAt}, error))
                        return false;
                    // A signed visit never has an open safety alert: the demo records the follow-up.
                    for (const QString &alert : scored.alerts)
                        if (v.visit.isSigned()
                            && !exec(s.acknowledgement, {visitId, def->id, alert, u"Demo: safety assessment done the same day; crisis resources given."_s,
                                                         clinicianId, completedAt}, error))
                            return false;
                        else if (v.visit.isSigned())
                            acknowledged << def->id + u':' + alert;
                }
                RedFlagScreen screen;
                if (v.redFlags != DemoVisit::RedFlagScenario::NotScreened
                    && !writeRedFlags(s, *checklist, v, visitId, clinicianId, screen, error))
                    return false;
                const Intake visitIntake = v.intake ? *v.intake : (e.visits.first().intake ? *e.visits.first().intake : Intake{});
                AssessmentSummary assessment = summarize(library, scores, {}, durationClass(visitIntake.onsetDate, v.visit.visitDate), acknowledged);
                if (v.redFlags != DemoVisit::RedFlagScenario::NotScreened)
                    addFlags(assessment, *checklist, screen, nullptr, nullptr);
                if (v.considerations && !exec(s.considerations, {visitId, Sql::compactJson(v.considerations->toJson())}, error))
                    return false;
                if (v.decision) {
                    Aids::DecisionRecord r = *v.decision;
                    r.recordedBy = clinicianIds[int(r.recordedBy)];
                    if (!exec(s.decision, {visitId, r.aidId, r.aidVersion, Sql::compactJson(r.toJson())}, error))
                        return false;
                }
                // The plan of a first visit, proposed from what the visit recorded; signed with it.
                if ((v.visit.kind == VisitKind::Initial || v.visit.kind == VisitKind::PhysicalTherapy) && v.intake) {
                    Plans::PlanContext pc;
                    pc.visitDate = v.visit.visitDate;
                    pc.visitKind = v.visit.kind;
                    pc.intake = *v.intake;
                    pc.summary = &assessment;
                    if (v.considerations)
                        pc.considerations = *v.considerations;
                    if (v.decision)
                        pc.decisions << *v.decision;
                    Plans::TreatmentPlan plan = Plans::proposePlan(pc);
                    plan.goals << Plans::Goal{DemoWriter::tr("Walk for 30 minutes without stopping (demo goal)"), v.visit.visitDate.addDays(42)};
                    if (v.visit.kind == VisitKind::Initial)
                        addClinicianItems(plan, *v.intake, assessment.duration, seed, i, episodeIndex);
                    if (v.therapy && !writeTherapy(s, *v.therapy, assessment, plan, visitId, patientId, clinicianId, v, error))
                        return false;
                    const bool sign = v.visit.isSigned();
                    if (!exec(s.plan, {visitId, sign ? u"signed"_s : u"draft"_s, sign ? QVariant(clinicianId) : QVariant(),
                                       sign ? Sql::dateTime(v.visit.signedAt) : QVariant(), Sql::compactJson(plan.toJson())}, error))
                        return false;
                    summary->signedPlans += sign ? 1 : 0;
                    firstPlan = plan;
                }
                // Signed after the intake is written: the database refuses changes to signed visits.
                if (v.visit.isSigned() && !exec(s.signVisit, {clinicianId, Sql::dateTime(v.visit.signedAt), visitId}, error))
                    return false;
                ++summary->visits;
                if (counted && v.visit.isSigned()) {
                    VisitDossier dossier;
                    dossier.visit = v.visit;
                    dossier.visit.id = visitId;
                    dossier.visit.episodeId = episodeId;
                    dossier.visit.patientId = patientId;
                    dossier.visit.clinicianId = clinicianId;
                    dossier.referral = d.referral;
                    dossier.intake = visitIntake;
                    dossier.summary = assessment;
                    if (v.considerations)
                        dossier.considerations = *v.considerations;
                    if (v.decision)
                        dossier.decisions << *v.decision;
                    if (&v == &e.visits.first() && firstPlan) {
                        dossier.plan = firstPlan;
                        dossier.planSigned = true;
                    }
                    Outcomes::addSignedVisit(facts, dossier);
                }
            }
            if (counted)
                outcomes << Outcomes::summarizeEpisode(facts, library);
            ++episodeIndex;
        }
        ++summary->patients;
    }
    // A letterhead for the demo's documents, unless the clinic has its own.
    {
        QSqlQuery clinic(m_db);
        clinic.prepare(u"SELECT count(*) FROM clinic_profile"_s);
        if (!Sql::run(clinic, error) || !clinic.next())
            return false;
        if (clinic.value(0).toInt() == 0) {
            clinic.prepare(u"INSERT INTO clinic_profile (id, name, address, phone, fax, working_language, row_version) "
                           "VALUES (1, ?, ?, ?, ?, 'en', 1)"_s);
            for (const QString &v : {tr("Lakeside Medical Spine Center (demo)"), u"100 Demo Street\nSpringfield, MN 55400"_s,
                                     u"555-0300"_s, u"555-0301"_s})
                clinic.addBindValue(v);
            if (!Sql::run(clinic, error))
                return false;
        }
    }
    if (!OutcomeRepository(m_db).store(outcomes, error))
        return false;
    if (noEpisodesBefore) {
        QSqlQuery built(m_db);
        built.prepare(u"DELETE FROM meta WHERE key = 'outcomes_rebuild'"_s);
        if (!Sql::run(built, error))
            return false;
    }
    AuditLog(m_db, m_actorId).record(u"demo"_s, u"database"_s, 0, u"seed %1, %2 patients"_s.arg(seed).arg(count));
    if (!tx.commit()) {
        *error = m_db.lastError().text();
        *summary = {};
        return false;
    }
    if (progress)
        progress(count, count);
    return true;
}

} // namespace SpineDesk
