#include "storage/intakerepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/visitguard.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
QSqlQuery selectFor(const QSqlDatabase &db, const QString &sql, qint64 visitId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(visitId);
    Sql::run(q, nullptr);
    return q;
}


int toOptionalInt(const QVariant &v)
{
    return v.isNull() ? -1 : v.toInt();
}
} // namespace

IntakeRepository::IntakeRepository(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{
}

Intake IntakeRepository::load(qint64 visitId) const
{
    Intake in;
    in.visitId = visitId;
    auto q = selectFor(m_db, u"SELECT onset_date, dominance, pain_regions, work_status, occupation, goals, row_version, nicotine, nicotine_date, cotinine "
                                 "FROM intakes WHERE visit_id = ?"_s, visitId);
    if (!q.next())
        return in;
    in.onsetDate = Sql::toDate(q.value(0));
    in.dominance = painDominanceFromCode(q.value(1).toString()).value_or(PainDominance::NotRecorded);
    in.painRegions = q.value(2).toString().split(u',', Qt::SkipEmptyParts);
    in.workStatus = workStatusFromCode(q.value(3).toString()).value_or(WorkStatus::NotRecorded);
    in.occupation = q.value(4).toString();
    in.goals = q.value(5).toString();
    in.rowVersion = q.value(6).toInt();
    in.nicotine = nicotineStatusFromCode(q.value(7).toString()).value_or(NicotineStatus::NotRecorded);
    in.nicotineDate = Sql::toDate(q.value(8));
    in.cotinine = q.value(9).toString();

    q = selectFor(m_db, u"SELECT id, modality, provider, start_date, end_date, sessions_attended, response, note FROM conservative_care WHERE visit_id = ? ORDER BY position"_s, visitId);
    while (q.next())
        in.conservativeCare.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), Sql::toDate(q.value(3)),
                                    Sql::toDate(q.value(4)), toOptionalInt(q.value(5)),
                                    treatmentResponseFromCode(q.value(6).toString()).value_or(TreatmentResponse::Unknown), q.value(7).toString()});
    q = selectFor(m_db, u"SELECT id, name, response, note FROM medication_trials WHERE visit_id = ? ORDER BY position"_s, visitId);
    while (q.next())
        in.medications.append({q.value(0).toLongLong(), q.value(1).toString(),
                               treatmentResponseFromCode(q.value(2).toString()).value_or(TreatmentResponse::Unknown), q.value(3).toString()});
    q = selectFor(m_db, u"SELECT id, injection_date, injection_type, level, relief_percent FROM prior_injections WHERE visit_id = ? ORDER BY position"_s, visitId);
    while (q.next())
        in.injections.append({q.value(0).toLongLong(), Sql::toDate(q.value(1)), q.value(2).toString(), q.value(3).toString(), toOptionalInt(q.value(4))});
    q = selectFor(m_db, u"SELECT id, study_date, modality, key_finding, finding, level, concordance FROM imaging_studies WHERE visit_id = ? ORDER BY position"_s, visitId);
    while (q.next())
        in.imaging.append({q.value(0).toLongLong(), Sql::toDate(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                           imagingFindingFromCode(q.value(4).toString()).value_or(ImagingFinding::NotCoded), q.value(5).toString(),
                           imagingConcordanceFromCode(q.value(6).toString()).value_or(ImagingConcordance::NotAssessed)});
    return in;
}

SaveResult IntakeRepository::save(Intake &in)
{
    if (const QString why = whyVisitIsReadOnly(m_db, in.visitId); !why.isEmpty())
        return SaveResult::failed(why);

    Transaction tx(m_db);
    QSqlQuery q(m_db);
    QString error;
    if (in.rowVersion == 0) {
        if (selectFor(m_db, u"SELECT 1 FROM intakes WHERE visit_id = ?"_s, in.visitId).next())
            return SaveResult::conflict(tr("Someone else started this intake in another window. Your changes were not saved."));
        q.prepare(u"INSERT INTO intakes (onset_date, dominance, pain_regions, work_status, occupation, goals, nicotine, nicotine_date, cotinine, "
                  "visit_id, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s);
    } else {
        q.prepare(u"UPDATE intakes SET onset_date = ?, dominance = ?, pain_regions = ?, work_status = ?, occupation = ?, goals = ?, "
                  "nicotine = ?, nicotine_date = ?, cotinine = ?, row_version = row_version + 1 WHERE visit_id = ? AND row_version = ?"_s);
    }
    q.addBindValue(Sql::date(in.onsetDate));
    q.addBindValue(painDominanceCode(in.dominance));
    q.addBindValue(in.painRegions.join(u','));
    q.addBindValue(workStatusCode(in.workStatus));
    q.addBindValue(in.occupation);
    q.addBindValue(in.goals);
    q.addBindValue(nicotineStatusCode(in.nicotine));
    q.addBindValue(Sql::date(in.nicotineDate));
    q.addBindValue(in.cotinine);
    q.addBindValue(in.visitId);
    if (in.rowVersion > 0)
        q.addBindValue(in.rowVersion);
    if (!Sql::run(q, &error))
        return SaveResult::failed(error);
    if (q.numRowsAffected() != 1)
        return SaveResult::conflict(tr("Someone else changed this intake since you opened it. Your changes were not saved."));
    if (!writeChildren(in, &error))
        return SaveResult::failed(error);
    AuditLog(m_db, m_actorId).record(u"update"_s, u"intake"_s, in.visitId);
    if (!tx.commit())
        return SaveResult::failed(m_db.lastError().text());
    ++in.rowVersion;
    return SaveResult::saved();
}

bool IntakeRepository::writeChildren(const Intake &in, QString *error)
{
    for (const auto *table : {"conservative_care", "medication_trials", "prior_injections", "imaging_studies"}) {
        QSqlQuery del(m_db);
        del.prepare(u"DELETE FROM "_s + QString::fromLatin1(table) + u" WHERE visit_id = ?"_s);
        del.addBindValue(in.visitId);
        if (!Sql::run(del, error))
            return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO conservative_care (visit_id, position, modality, provider, start_date, end_date, sessions_attended, response, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < in.conservativeCare.size(); ++i) {
        const auto &e = in.conservativeCare[i];
        for (const QVariant &v : {QVariant(in.visitId), QVariant(i), QVariant(e.modality), QVariant(e.provider), Sql::date(e.startDate),
                                  Sql::date(e.endDate), Sql::optionalInt(e.sessionsAttended),
                                  QVariant(treatmentResponseCode(e.response)), QVariant(e.note)})
            q.addBindValue(v);
        if (!Sql::run(q, error))
            return false;
    }
    q.prepare(u"INSERT INTO medication_trials (visit_id, position, name, response, note) VALUES (?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < in.medications.size(); ++i) {
        const auto &m = in.medications[i];
        for (const QVariant &v : {QVariant(in.visitId), QVariant(i), QVariant(m.name), QVariant(treatmentResponseCode(m.response)), QVariant(m.note)})
            q.addBindValue(v);
        if (!Sql::run(q, error))
            return false;
    }
    q.prepare(u"INSERT INTO prior_injections (visit_id, position, injection_date, injection_type, level, relief_percent) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < in.injections.size(); ++i) {
        const auto &j = in.injections[i];
        for (const QVariant &v : {QVariant(in.visitId), QVariant(i), Sql::date(j.date), QVariant(j.type), QVariant(j.level), Sql::optionalInt(j.reliefPercent)})
            q.addBindValue(v);
        if (!Sql::run(q, error))
            return false;
    }
    q.prepare(u"INSERT INTO imaging_studies (visit_id, position, study_date, modality, key_finding, finding, level, concordance) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < in.imaging.size(); ++i) {
        const auto &s = in.imaging[i];
        for (const QVariant &v : {QVariant(in.visitId), QVariant(i), Sql::date(s.date), QVariant(s.modality), QVariant(s.keyFinding),
                                  QVariant(imagingFindingCode(s.finding)), QVariant(s.level), QVariant(imagingConcordanceCode(s.concordance))})
            q.addBindValue(v);
        if (!Sql::run(q, error))
            return false;
    }
    return true;
}

} // namespace SpineDesk
