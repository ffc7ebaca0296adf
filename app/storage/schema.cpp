#include "storage/schema.h"

#include "core/patientsearch.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <tuple>

using namespace Qt::StringLiterals;

namespace SpineDesk::Schema {

namespace {

// SQL differs between SQLite and PostgreSQL only here: the id column, the blob type and the
// trigger syntax (triggers are SQLite-only until the PostgreSQL back end lands).
struct Dialect {
    QString id;
    QString blob;
    bool sqliteTriggers;
};

Dialect dialectFor(const QSqlDatabase &db)
{
    if (db.driverName() == u"QPSQL")
        return {u"BIGSERIAL PRIMARY KEY"_s, u"BYTEA"_s, false};
    return {u"INTEGER PRIMARY KEY"_s, u"BLOB"_s, true};
}

QStringList version1Tables(const Dialect &d)
{
    const QString id = d.id;
    return {
        u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS clinicians (id "_s + id + u", name TEXT NOT NULL, credentials TEXT NOT NULL DEFAULT '', role TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS referring_clinicians (id "_s + id + u", name TEXT NOT NULL, practice TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', fax TEXT NOT NULL DEFAULT '', direct_address TEXT NOT NULL DEFAULT '', row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS patients (id "_s + id + u", family_name TEXT NOT NULL, given_name TEXT NOT NULL, birth_date TEXT NOT NULL, sex TEXT NOT NULL, mrn TEXT NOT NULL UNIQUE, phone TEXT NOT NULL DEFAULT '', preferred_language TEXT NOT NULL DEFAULT 'en', created_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS referrals (id "_s + id + u", patient_id INTEGER NOT NULL REFERENCES patients(id), referring_clinician_id INTEGER REFERENCES referring_clinicians(id), received_date TEXT NOT NULL, reason TEXT NOT NULL, question TEXT NOT NULL DEFAULT '', row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS episodes (id "_s + id + u", patient_id INTEGER NOT NULL REFERENCES patients(id), title TEXT NOT NULL DEFAULT '', start_date TEXT NOT NULL, closed INTEGER NOT NULL DEFAULT 0, row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS visits (id "_s + id + u", episode_id INTEGER NOT NULL REFERENCES episodes(id), patient_id INTEGER NOT NULL REFERENCES patients(id), kind TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'draft', visit_date TEXT NOT NULL, clinician_id INTEGER REFERENCES clinicians(id), signed_by INTEGER REFERENCES clinicians(id), signed_at TEXT, created_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS intakes (visit_id INTEGER PRIMARY KEY REFERENCES visits(id), onset_date TEXT, dominance TEXT NOT NULL DEFAULT 'not-recorded', pain_regions TEXT NOT NULL DEFAULT '', work_status TEXT NOT NULL DEFAULT 'not-recorded', occupation TEXT NOT NULL DEFAULT '', goals TEXT NOT NULL DEFAULT '', row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS conservative_care (id "_s + id + u", visit_id INTEGER NOT NULL REFERENCES visits(id), position INTEGER NOT NULL, modality TEXT NOT NULL, provider TEXT NOT NULL DEFAULT '', start_date TEXT, end_date TEXT, sessions_attended INTEGER, response TEXT NOT NULL DEFAULT 'unknown', note TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE TABLE IF NOT EXISTS medication_trials (id "_s + id + u", visit_id INTEGER NOT NULL REFERENCES visits(id), position INTEGER NOT NULL, name TEXT NOT NULL, response TEXT NOT NULL DEFAULT 'unknown', note TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE TABLE IF NOT EXISTS prior_injections (id "_s + id + u", visit_id INTEGER NOT NULL REFERENCES visits(id), position INTEGER NOT NULL, injection_date TEXT, injection_type TEXT NOT NULL, level TEXT NOT NULL DEFAULT '', relief_percent INTEGER)"_s,
        u"CREATE TABLE IF NOT EXISTS imaging_studies (id "_s + id + u", visit_id INTEGER NOT NULL REFERENCES visits(id), position INTEGER NOT NULL, study_date TEXT, modality TEXT NOT NULL, key_finding TEXT NOT NULL DEFAULT '', concordance TEXT NOT NULL DEFAULT 'not-assessed')"_s,
        u"CREATE TABLE IF NOT EXISTS instrument_responses (id "_s + id + u", visit_id INTEGER NOT NULL REFERENCES visits(id), instrument_id TEXT NOT NULL, instrument_version TEXT NOT NULL, definition_sha256 TEXT NOT NULL, answers TEXT NOT NULL, scores TEXT NOT NULL, band TEXT, mode TEXT NOT NULL, entered_by INTEGER REFERENCES clinicians(id), completed_at TEXT, row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS red_flag_screens (id "_s + id + u", visit_id INTEGER NOT NULL REFERENCES visits(id), data TEXT NOT NULL, acknowledged_by INTEGER REFERENCES clinicians(id), acknowledged_at TEXT, row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS examinations (id "_s + id + u", visit_id INTEGER NOT NULL UNIQUE REFERENCES visits(id), data TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS decisions (id "_s + id + u", visit_id INTEGER NOT NULL REFERENCES visits(id), aid_id TEXT NOT NULL, aid_version TEXT NOT NULL, data TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS plans (id "_s + id + u", visit_id INTEGER NOT NULL UNIQUE REFERENCES visits(id), status TEXT NOT NULL DEFAULT 'draft', signed_by INTEGER REFERENCES clinicians(id), signed_at TEXT, row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS plan_items (id "_s + id + u", plan_id INTEGER NOT NULL REFERENCES plans(id), position INTEGER NOT NULL, category TEXT NOT NULL, text TEXT NOT NULL, rationale TEXT NOT NULL DEFAULT '', citation TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'proposed')"_s,
        u"CREATE TABLE IF NOT EXISTS addenda (id "_s + id + u", visit_id INTEGER NOT NULL REFERENCES visits(id), author_id INTEGER NOT NULL REFERENCES clinicians(id), created_at TEXT NOT NULL, text TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS documents (id "_s + id + u", visit_id INTEGER REFERENCES visits(id), kind TEXT NOT NULL, language TEXT NOT NULL, created_by INTEGER REFERENCES clinicians(id), created_at TEXT NOT NULL, sha256 TEXT NOT NULL, pdf "_s + d.blob + u" NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS audit_log (id "_s + id + u", at TEXT NOT NULL, clinician_id INTEGER, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER, detail TEXT NOT NULL DEFAULT '')"_s,
    };
}

// Append-only tables and the read-only rule for signed visits, enforced by the database
// itself so that no code path can get round them.
QStringList appendOnlyTriggers(const QString &t)
{
    return {u"CREATE TRIGGER IF NOT EXISTS %1_no_update BEFORE UPDATE ON %1 BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END"_s.arg(t),
            u"CREATE TRIGGER IF NOT EXISTS %1_no_delete BEFORE DELETE ON %1 BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END"_s.arg(t)};
}

QStringList signedVisitTriggers(const QString &t)
{
    const QString signedCheck = u"(SELECT status FROM visits WHERE id = %1.visit_id) = 'signed'"_s;
    const QString abort = u" BEGIN SELECT RAISE(ABORT, 'the visit is signed; add an addendum instead'); END"_s;
    return {u"CREATE TRIGGER IF NOT EXISTS %1_signed_insert BEFORE INSERT ON %1 WHEN "_s.arg(t) + signedCheck.arg(u"NEW"_s) + abort,
            u"CREATE TRIGGER IF NOT EXISTS %1_signed_update BEFORE UPDATE ON %1 WHEN "_s.arg(t) + signedCheck.arg(u"OLD"_s) + abort,
            u"CREATE TRIGGER IF NOT EXISTS %1_signed_delete BEFORE DELETE ON %1 WHEN "_s.arg(t) + signedCheck.arg(u"OLD"_s) + abort};
}

QStringList version1Triggers()
{
    QStringList out;
    for (const auto *table : {"audit_log", "documents", "addenda"})
        out << appendOnlyTriggers(QString::fromLatin1(table));
    for (const auto *table : {"intakes", "conservative_care", "medication_trials", "prior_injections", "imaging_studies"})
        out << signedVisitTriggers(QString::fromLatin1(table));
    // A signed visit stays signed.
    out << u"CREATE TRIGGER IF NOT EXISTS visits_stay_signed BEFORE UPDATE ON visits WHEN OLD.status = 'signed' AND NEW.status <> 'signed' BEGIN SELECT RAISE(ABORT, 'a signed visit cannot be reopened'); END"_s;
    return out;
}

bool hasColumn(QSqlDatabase &db, const QString &table, const QString &column)
{
    return db.record(table).indexOf(column) >= 0;
}

bool step1(QSqlDatabase &db, QString *error)
{
    const Dialect d = dialectFor(db);
    for (const QString &sql : version1Tables(d))
        if (!exec(db, sql, error))
            return false;
    if (d.sqliteTriggers)
        for (const QString &sql : version1Triggers())
            if (!exec(db, sql, error))
                return false;
    return exec(db, u"INSERT INTO meta (key, value) SELECT 'application', 'SpineDesk' WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'application')"_s, error);
}

bool step2(QSqlDatabase &db, QString *error)
{
    for (const auto *column : {"family_key", "given_key", "mrn_key"}) {
        const QString c = QString::fromLatin1(column);
        if (!hasColumn(db, u"patients"_s, c) && !exec(db, u"ALTER TABLE patients ADD COLUMN "_s + c + u" TEXT NOT NULL DEFAULT ''"_s, error))
            return false;
    }
    // Search keys fold case and accents, which SQL cannot do portably: fill them here.
    QSqlQuery read(db);
    if (!read.exec(u"SELECT id, family_name, given_name, mrn FROM patients"_s)) {
        *error = read.lastError().text();
        return false;
    }
    QSqlQuery write(db);
    write.prepare(u"UPDATE patients SET family_key = ?, given_key = ?, mrn_key = ? WHERE id = ?"_s);
    while (read.next()) {
        write.addBindValue(searchKey(read.value(1).toString()));
        write.addBindValue(searchKey(read.value(2).toString()));
        write.addBindValue(searchKey(read.value(3).toString()));
        write.addBindValue(read.value(0));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    // One row per word of a patient's names: search matches the start of any word.
    if (!exec(db, u"CREATE TABLE IF NOT EXISTS patient_name_words (word TEXT NOT NULL, patient_id INTEGER NOT NULL REFERENCES patients(id), PRIMARY KEY (word, patient_id))"_s, error)
        || !exec(db, u"DELETE FROM patient_name_words"_s, error))
        return false;
    QSqlQuery names(db);
    if (!names.exec(u"SELECT id, family_name, given_name FROM patients"_s)) {
        *error = names.lastError().text();
        return false;
    }
    QSqlQuery word(db);
    word.prepare(u"INSERT INTO patient_name_words (word, patient_id) VALUES (?, ?)"_s);
    while (names.next()) {
        for (const QString &w : nameWords(names.value(1).toString(), names.value(2).toString())) {
            word.addBindValue(w);
            word.addBindValue(names.value(0));
            if (!word.exec()) {
                *error = word.lastError().text();
                return false;
            }
        }
    }
    if (dialectFor(db).sqliteTriggers
        && !exec(db, u"CREATE TRIGGER IF NOT EXISTS visits_signed_read_only BEFORE UPDATE ON visits WHEN OLD.status = 'signed' AND NEW.status = 'signed' "
                     "BEGIN SELECT RAISE(ABORT, 'the visit is signed; add an addendum instead'); END"_s, error))
        return false;
    const QStringList indexes = {
        u"CREATE INDEX IF NOT EXISTS patients_family_key ON patients (family_key, given_key, id)"_s,
        u"CREATE INDEX IF NOT EXISTS patients_given_key ON patients (given_key)"_s,
        u"CREATE INDEX IF NOT EXISTS patients_mrn_key ON patients (mrn_key)"_s,
        u"CREATE INDEX IF NOT EXISTS patients_birth_date ON patients (birth_date)"_s,
        u"CREATE INDEX IF NOT EXISTS referrals_patient ON referrals (patient_id)"_s,
        u"CREATE INDEX IF NOT EXISTS episodes_patient ON episodes (patient_id)"_s,
        u"CREATE INDEX IF NOT EXISTS visits_patient ON visits (patient_id)"_s,
        u"CREATE INDEX IF NOT EXISTS visits_episode ON visits (episode_id)"_s,
        u"CREATE INDEX IF NOT EXISTS visits_date ON visits (visit_date, id)"_s,
        u"CREATE INDEX IF NOT EXISTS conservative_care_visit ON conservative_care (visit_id)"_s,
        u"CREATE INDEX IF NOT EXISTS medication_trials_visit ON medication_trials (visit_id)"_s,
        u"CREATE INDEX IF NOT EXISTS prior_injections_visit ON prior_injections (visit_id)"_s,
        u"CREATE INDEX IF NOT EXISTS imaging_studies_visit ON imaging_studies (visit_id)"_s,
        u"CREATE INDEX IF NOT EXISTS addenda_visit ON addenda (visit_id)"_s,
    };
    for (const QString &sql : indexes)
        if (!exec(db, sql, error))
            return false;
    return true;
}

bool step3(QSqlDatabase &db, QString *error)
{
    // A safety alert (PHQ-9 item 9, a red flag) is acknowledged with the action taken,
    // by whom and when; rows are never changed or removed.
    const QString id = dialectFor(db).id;
    if (!exec(db, u"CREATE TABLE IF NOT EXISTS alert_acknowledgements (id "_s + id
                      + u", visit_id INTEGER NOT NULL REFERENCES visits(id), source TEXT NOT NULL, alert_code TEXT NOT NULL, "
                        "reference TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, acknowledged_by INTEGER NOT NULL REFERENCES clinicians(id), "
                        "acknowledged_at TEXT NOT NULL)"_s, error)
        || !exec(db, u"CREATE INDEX IF NOT EXISTS alert_acknowledgements_visit ON alert_acknowledgements (visit_id)"_s, error)
        || !exec(db, u"CREATE INDEX IF NOT EXISTS instrument_responses_visit ON instrument_responses (visit_id)"_s, error)
        // One red-flag screen per visit, on every back end.
        || !exec(db, u"CREATE UNIQUE INDEX IF NOT EXISTS red_flag_screens_visit ON red_flag_screens (visit_id)"_s, error))
        return false;
    if (!dialectFor(db).sqliteTriggers)
        return true;
    QStringList triggers;
    for (const auto *op : {"update", "delete"})
        triggers << u"CREATE TRIGGER IF NOT EXISTS alert_acknowledgements_no_%1 BEFORE %2 ON alert_acknowledgements "
                    "BEGIN SELECT RAISE(ABORT, 'alert_acknowledgements is append-only'); END"_s.arg(QString::fromLatin1(op), QString::fromLatin1(op).toUpper());
    const QString signedCheck = u"(SELECT status FROM visits WHERE id = %1.visit_id) = 'signed'"_s;
    for (const auto *table : {"instrument_responses", "red_flag_screens", "examinations"})
        for (const auto &[op, row] : {std::pair{"INSERT", "NEW"}, std::pair{"UPDATE", "OLD"}, std::pair{"DELETE", "OLD"}})
            triggers << u"CREATE TRIGGER IF NOT EXISTS %1_signed_%2 BEFORE %3 ON %1 WHEN "_s
                            .arg(QString::fromLatin1(table), QString::fromLatin1(op).toLower(), QString::fromLatin1(op))
                            + signedCheck.arg(QString::fromLatin1(row))
                            + u" BEGIN SELECT RAISE(ABORT, 'the visit is signed; add an addendum instead'); END"_s;
    for (const QString &sql : triggers)
        if (!exec(db, sql, error))
            return false;
    return true;
}

bool step4(QSqlDatabase &db, QString *error)
{
    // Issue 4: coded imaging findings (aid suggestions, ESI check), the decision step's
    // treatment considerations, one decision record per aid per visit.
    const QList<std::pair<QString, QString>> columns = {
        {u"finding"_s, u"ALTER TABLE imaging_studies ADD COLUMN finding TEXT NOT NULL DEFAULT 'not-coded'"_s},
        {u"level"_s, u"ALTER TABLE imaging_studies ADD COLUMN level TEXT NOT NULL DEFAULT ''"_s},
    };
    for (const auto &[column, sql] : columns)
        if (!hasColumn(db, u"imaging_studies"_s, column) && !exec(db, sql, error))
            return false;
    if (!exec(db, u"CREATE TABLE IF NOT EXISTS treatment_considerations (visit_id INTEGER PRIMARY KEY REFERENCES visits(id), "
                  "data TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1)"_s, error)
        || !exec(db, u"CREATE UNIQUE INDEX IF NOT EXISTS decisions_visit_aid ON decisions (visit_id, aid_id)"_s, error))
        return false;
    if (!dialectFor(db).sqliteTriggers)
        return true;
    const QString signedCheck = u"(SELECT status FROM visits WHERE id = %1.visit_id) = 'signed'"_s;
    for (const auto *table : {"decisions", "treatment_considerations"})
        for (const auto &[op, row] : {std::pair{"INSERT", "NEW"}, std::pair{"UPDATE", "OLD"}, std::pair{"DELETE", "OLD"}}) {
            const QString sql = u"CREATE TRIGGER IF NOT EXISTS %1_signed_%2 BEFORE %3 ON %1 WHEN "_s
                                    .arg(QString::fromLatin1(table), QString::fromLatin1(op).toLower(), QString::fromLatin1(op))
                + signedCheck.arg(QString::fromLatin1(row)) + u" BEGIN SELECT RAISE(ABORT, 'the visit is signed; add an addendum instead'); END"_s;
            if (!exec(db, sql, error))
                return false;
        }
    return true;
}

bool step5(QSqlDatabase &db, QString *error)
{
    // Issue 5: the plan as one JSON document per visit (the v1 plan_items table stays unused),
    // addenda to signed plans, the clinic's letterhead, nicotine status for the PA summary, and
    // recipient, route and plan revision on archived documents (letter-and-handouts.md §6).
    const QList<std::tuple<QString, QString, QString>> columns = {
        {u"plans"_s, u"data"_s, u"ALTER TABLE plans ADD COLUMN data TEXT NOT NULL DEFAULT '{}'"_s},
        {u"intakes"_s, u"nicotine"_s, u"ALTER TABLE intakes ADD COLUMN nicotine TEXT NOT NULL DEFAULT 'not-recorded'"_s},
        {u"intakes"_s, u"nicotine_date"_s, u"ALTER TABLE intakes ADD COLUMN nicotine_date TEXT"_s},
        {u"intakes"_s, u"cotinine"_s, u"ALTER TABLE intakes ADD COLUMN cotinine TEXT NOT NULL DEFAULT ''"_s},
        {u"documents"_s, u"revision"_s, u"ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"_s},
        {u"documents"_s, u"recipient"_s, u"ALTER TABLE documents ADD COLUMN recipient TEXT NOT NULL DEFAULT ''"_s},
        {u"documents"_s, u"route"_s, u"ALTER TABLE documents ADD COLUMN route TEXT NOT NULL DEFAULT ''"_s},
    };
    for (const auto &[table, column, sql] : columns)
        if (!hasColumn(db, table, column) && !exec(db, sql, error))
            return false;
    const Dialect d = dialectFor(db);
    const QString id = d.id;
    if (!exec(db, u"CREATE TABLE IF NOT EXISTS plan_addenda (id "_s + id
                      + u", visit_id INTEGER NOT NULL REFERENCES visits(id), revision INTEGER NOT NULL, author_id INTEGER "
                        "NOT NULL REFERENCES clinicians(id), created_at TEXT NOT NULL, reason TEXT NOT NULL, data TEXT NOT NULL, "
                        "UNIQUE (visit_id, revision))"_s,
              error)
        || !exec(db, u"CREATE TABLE IF NOT EXISTS clinic_profile (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, "
                     "address TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', fax TEXT NOT NULL DEFAULT '', logo "_s
                         + d.blob + u", working_language TEXT NOT NULL DEFAULT 'en', row_version INTEGER NOT NULL DEFAULT 1)"_s,
                 error)
        || !exec(db, u"CREATE INDEX IF NOT EXISTS documents_visit ON documents (visit_id)"_s, error))
        return false;
    if (!d.sqliteTriggers)
        return true;
    const QStringList triggers = {
        // A signed plan changes only by addendum; addenda and the document archive are append-only.
        u"CREATE TRIGGER IF NOT EXISTS plans_signed_update BEFORE UPDATE ON plans WHEN OLD.status = 'signed' "
        "BEGIN SELECT RAISE(ABORT, 'the plan is signed; add an addendum instead'); END"_s,
        u"CREATE TRIGGER IF NOT EXISTS plans_signed_delete BEFORE DELETE ON plans WHEN OLD.status = 'signed' "
        "BEGIN SELECT RAISE(ABORT, 'the plan is signed; add an addendum instead'); END"_s,
        u"CREATE TRIGGER IF NOT EXISTS plans_signed_insert BEFORE INSERT ON plans WHEN "
        "(SELECT status FROM visits WHERE id = NEW.visit_id) = 'signed' "
        "BEGIN SELECT RAISE(ABORT, 'the visit is signed; add an addendum instead'); END"_s,
        u"CREATE TRIGGER IF NOT EXISTS plan_addenda_no_update BEFORE UPDATE ON plan_addenda "
        "BEGIN SELECT RAISE(ABORT, 'addenda cannot be changed'); END"_s,
        u"CREATE TRIGGER IF NOT EXISTS plan_addenda_no_delete BEFORE DELETE ON plan_addenda "
        "BEGIN SELECT RAISE(ABORT, 'addenda cannot be removed'); END"_s,
        u"CREATE TRIGGER IF NOT EXISTS documents_no_update BEFORE UPDATE ON documents "
        "BEGIN SELECT RAISE(ABORT, 'archived documents cannot be changed'); END"_s,
    };
    for (const QString &sql : triggers)
        if (!exec(db, sql, error))
            return false;
    return true;
}

bool step6(QSqlDatabase &db, QString *error)
{
    // Issue 6: the physical therapist's record per visit (the first treatment date as a column,
    // for the certification list), hand-over tasks to the physiatrist, and the plan of care's
    // transmissions and signed certifications (pathways.md §6.4).
    const Dialect d = dialectFor(db);
    const QStringList tables = {
        u"CREATE TABLE IF NOT EXISTS therapy_records (visit_id INTEGER PRIMARY KEY REFERENCES visits(id), data TEXT NOT NULL, "
        "first_treatment TEXT, row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS handover_tasks (id "_s + d.id
            + u", patient_id INTEGER NOT NULL REFERENCES patients(id), visit_id INTEGER NOT NULL REFERENCES visits(id), "
              "reason TEXT NOT NULL, source TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL, assignee_id INTEGER REFERENCES clinicians(id), "
              "created_by INTEGER NOT NULL REFERENCES clinicians(id), created_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open', "
              "done_by INTEGER REFERENCES clinicians(id), done_at TEXT, outcome TEXT NOT NULL DEFAULT '', row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE IF NOT EXISTS care_plan_transmissions (id "_s + d.id
            + u", visit_id INTEGER NOT NULL REFERENCES visits(id), sent_on TEXT NOT NULL, route TEXT NOT NULL, recipient TEXT NOT NULL, "
              "document_id INTEGER REFERENCES documents(id), recorded_by INTEGER NOT NULL REFERENCES clinicians(id), recorded_at TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS care_plan_certifications (visit_id INTEGER PRIMARY KEY REFERENCES visits(id), signed_on TEXT NOT NULL, "
        "signed_by TEXT NOT NULL, with_changes INTEGER NOT NULL DEFAULT 0, changes TEXT NOT NULL DEFAULT '', "
        "recorded_by INTEGER NOT NULL REFERENCES clinicians(id), recorded_at TEXT NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS handover_tasks_open ON handover_tasks (status, created_at)"_s,
        u"CREATE INDEX IF NOT EXISTS handover_tasks_patient ON handover_tasks (patient_id)"_s,
        u"CREATE INDEX IF NOT EXISTS handover_tasks_visit ON handover_tasks (visit_id)"_s,
        u"CREATE INDEX IF NOT EXISTS care_plan_transmissions_visit ON care_plan_transmissions (visit_id)"_s,
        u"CREATE INDEX IF NOT EXISTS visits_kind_status ON visits (kind, status)"_s,
    };
    for (const QString &sql : tables)
        if (!exec(db, sql, error))
            return false;
    if (!d.sqliteTriggers)
        return true;
    QStringList triggers = signedVisitTriggers(u"therapy_records"_s);
    triggers << appendOnlyTriggers(u"care_plan_transmissions"_s) << appendOnlyTriggers(u"care_plan_certifications"_s)
             << u"CREATE TRIGGER IF NOT EXISTS handover_tasks_no_delete BEFORE DELETE ON handover_tasks "
                "BEGIN SELECT RAISE(ABORT, 'hand-over tasks cannot be removed'); END"_s
             << u"CREATE TRIGGER IF NOT EXISTS handover_tasks_stay_done BEFORE UPDATE ON handover_tasks WHEN OLD.status = 'done' "
                "BEGIN SELECT RAISE(ABORT, 'a completed hand-over task cannot be changed'); END"_s;
    for (const QString &sql : triggers)
        if (!exec(db, sql, error))
            return false;
    return true;
}

bool setMeta(QSqlDatabase &db, const QString &key, const QString &value, QString *error);

bool step7(QSqlDatabase &db, QString *error)
{
    // Issue 7: one derived row per episode for the outcome dashboard and report, and the
    // episodes whose row must be recomputed (marked when a visit or plan is signed or amended).
    // The rows are built by OutcomeRepository, in full on first use after this step.
    const QStringList tables = {
        u"CREATE TABLE IF NOT EXISTS episode_outcomes (episode_id INTEGER PRIMARY KEY REFERENCES episodes(id), "
        "patient_id INTEGER NOT NULL REFERENCES patients(id), first_visit TEXT NOT NULL, first_visit_kind TEXT NOT NULL, "
        "clinician_id INTEGER, access_days INTEGER, stratum TEXT NOT NULL DEFAULT '', duration TEXT NOT NULL, "
        "early_episode INTEGER NOT NULL DEFAULT 0, conditions TEXT NOT NULL DEFAULT '', non_specific INTEGER NOT NULL DEFAULT 0, "
        "evaluated INTEGER NOT NULL DEFAULT 0, surgical_referral INTEGER NOT NULL DEFAULT 0, fusion_referral INTEGER NOT NULL DEFAULT 0, "
        "esi_recommended INTEGER NOT NULL DEFAULT 0, esi_criteria_met INTEGER NOT NULL DEFAULT 0, low_value INTEGER NOT NULL DEFAULT 0, "
        "safety_alerts INTEGER NOT NULL DEFAULT 0, safety_followed_up INTEGER NOT NULL DEFAULT 0, "
        "follow_up_visits INTEGER NOT NULL DEFAULT 0, mcid TEXT NOT NULL DEFAULT '', computed_at TEXT NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS episode_outcomes_first_visit ON episode_outcomes (first_visit)"_s,
        u"CREATE TABLE IF NOT EXISTS episode_outcomes_stale (episode_id INTEGER PRIMARY KEY REFERENCES episodes(id))"_s,
    };
    for (const QString &sql : tables)
        if (!exec(db, sql, error))
            return false;
    QSqlQuery built(db);
    if (!built.exec(u"SELECT count(*) FROM episode_outcomes"_s) || !built.next()) {
        *error = built.lastError().text();
        return false;
    }
    return built.value(0).toInt() > 0 || setMeta(db, u"outcomes_rebuild"_s, u"1"_s, error);
}

bool setMeta(QSqlDatabase &db, const QString &key, const QString &value, QString *error)
{
    QSqlQuery del(db);
    del.prepare(u"DELETE FROM meta WHERE key = ?"_s);
    del.addBindValue(key);
    QSqlQuery ins(db);
    ins.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s);
    ins.addBindValue(key);
    ins.addBindValue(value);
    if (!del.exec() || !ins.exec()) {
        *error = ins.lastError().text();
        return false;
    }
    return true;
}

} // namespace

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text() + u" ["_s + sql.left(80) + u"]"_s;
    return false;
}

bool step8(QSqlDatabase &db, QString *error)
{
    // Issue 8: the notice an archived document printed on every page, such as a translation
    // still pending review by a qualified medical translator; '' for none and for every
    // document archived before.
    return hasColumn(db, u"documents"_s, u"notice"_s)
        || exec(db, u"ALTER TABLE documents ADD COLUMN notice TEXT NOT NULL DEFAULT ''"_s, error);
}

bool migrate(QSqlDatabase &db, int from, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = true;
    if (ok && from < 1)
        ok = step1(db, error);
    if (ok && from < 2)
        ok = step2(db, error);
    if (ok && from < 3)
        ok = step3(db, error);
    if (ok && from < 4)
        ok = step4(db, error);
    if (ok && from < 5)
        ok = step5(db, error);
    if (ok && from < 6)
        ok = step6(db, error);
    if (ok && from < 7)
        ok = step7(db, error);
    if (ok && from < 8)
        ok = step8(db, error);
    if (ok)
        ok = setMeta(db, u"last_written_by"_s, u"SpineDesk "_s + QStringLiteral(SPINEDESK_VERSION), error);
    if (ok) // the version is written last, so a failed step leaves the old version in place
        ok = setMeta(db, u"schema_version"_s, QString::number(kCurrentVersion), error);
    if (ok && !db.commit()) {
        *error = db.lastError().text();
        ok = false;
    }
    if (!ok)
        db.rollback();
    return ok;
}

} // namespace SpineDesk::Schema
