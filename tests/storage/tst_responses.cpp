// Questionnaire responses are stored as answer codes with the scores and the definition's
// SHA-256; safety alerts are acknowledged with the action taken, append-only.
#include "core/instruments/library.h"
#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/responserepository.h"
#include "storage/visitrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestResponses : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Instruments::Library m_library;
    qint64 m_clinician = 0;
    Episode m_episode;

    Visit visitOn(QDate date)
    {
        Visit v;
        v.episodeId = m_episode.id;
        v.visitDate = date;
        v.clinicianId = m_clinician;
        [&] { QVERIFY(VisitRepository(m_db->connection()).createVisit(v).ok()); }();
        return v;
    }
    StoredResponse answer(const QString &id, const QString &list, qint64 visitId)
    {
        const Instruments::Definition *d = m_library.find(id);
        const auto parsed = Instruments::parseAnswerList(*d, list.split(u','), {});
        return scoredResponse(*d, *parsed.response, visitId, u"clinician"_s, m_clinician);
    }

private slots:
    void initTestCase()
    {
        m_db = std::move(Database::open(m_dir.filePath(u"c.sqlite"_s)).database);
        QVERIFY(m_db);
        m_library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        Clinician c{0, u"Ida Berg"_s, u"MD"_s, ClinicianRole::Physiatrist, true};
        QVERIFY(ClinicianRepository(m_db->connection()).create(c).ok());
        m_clinician = c.id;
        Patient p{0, u"Lund"_s, u"Ola"_s, QDate(1970, 2, 3), Sex::Male, u"R-1"_s, {}, u"en"_s, 0};
        QVERIFY(PatientRepository(m_db->connection()).create(p).ok());
        m_episode.patientId = p.id;
        m_episode.startDate = QDate(2026, 1, 5);
        QVERIFY(VisitRepository(m_db->connection()).createEpisode(m_episode).ok());
    }

    void roundTripKeepsCodesScoresAndHash()
    {
        const Visit v = visitOn(QDate(2026, 1, 5));
        StoredResponse r = answer(u"phq9"_s, u"3,3,3,3,3,0,0,0,1"_s, v.id);
        QVERIFY(ResponseRepository(m_db->connection(), m_clinician).save(r).ok());
        const auto stored = ResponseRepository(m_db->connection()).forVisit(v.id);
        QCOMPARE(stored.size(), 1);
        const StoredResponse &s = stored.first();
        QCOMPARE(s.instrumentId, u"phq9"_s);
        QCOMPARE(s.definitionSha256, m_library.find(u"phq9"_s)->sha256);
        QCOMPARE(*s.scales.value(u"total"_s), 16.0);
        QCOMPARE(*s.band, u"moderately-severe"_s);
        QCOMPARE(s.alerts, QStringList{u"self-harm"_s});
        QVERIFY(s.complete);
        QCOMPARE(s.visitDate, QDate(2026, 1, 5));
        // Stored as answer codes, never as positions: rescoring reproduces the result.
        const auto phq9 = m_library.find(u"phq9"_s);
        QCOMPARE(s.answers.value(phq9->scoredItems().first()->linkId).code, phq9->answerSet(phq9->scoredItems().first()->answerSet)->options[3].code);
        Instruments::Response again;
        again.answers = s.answers;
        QCOMPARE(*Instruments::score(*phq9, again).scales.value(u"total"_s), 16.0);
    }

    void updateConflictAndBaseline()
    {
        const Visit first = visitOn(QDate(2026, 2, 1));
        StoredResponse a = answer(u"odi"_s, u"2,2,2,2,2,2,2,2,2,2"_s, first.id);
        QVERIFY(ResponseRepository(m_db->connection()).save(a).ok());
        StoredResponse stale = a;
        a.scales[u"total"_s] = 38.0;
        QVERIFY(ResponseRepository(m_db->connection()).save(a).ok());
        QCOMPARE(ResponseRepository(m_db->connection()).save(stale).status, SaveResult::Status::Conflict);
        const Visit later = visitOn(QDate(2026, 4, 1));
        StoredResponse b = answer(u"odi"_s, u"1,1,1,1,1,1,1,1,1,1"_s, later.id);
        QVERIFY(ResponseRepository(m_db->connection()).save(b).ok());
        const auto series = ResponseRepository(m_db->connection()).forEpisode(m_episode.id, u"odi"_s);
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.first().visitDate, QDate(2026, 2, 1)); // the baseline first
        QCOMPARE(*series.last().scales.value(u"total"_s), 20.0);
    }

    void raisedAlertStaysWhenTheAnswerChanges()
    {
        const Visit v = visitOn(QDate(2026, 4, 20));
        StoredResponse r = answer(u"phq9"_s, u"0,0,0,0,0,0,0,0,1"_s, v.id);
        QVERIFY(ResponseRepository(m_db->connection()).save(r).ok());
        StoredResponse changed = answer(u"phq9"_s, u"0,0,0,0,0,0,0,0,0"_s, v.id);
        changed.id = r.id;
        changed.rowVersion = r.rowVersion;
        QVERIFY(changed.alerts.isEmpty());
        QVERIFY(ResponseRepository(m_db->connection()).save(changed).ok());
        const auto stored = ResponseRepository(m_db->connection()).forVisit(v.id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(*stored.first().scales.value(u"total"_s), 0.0);
        QCOMPARE(stored.first().alerts, QStringList{u"self-harm"_s});
    }

    void signedVisitRefusesResponses()
    {
        Visit v = visitOn(QDate(2026, 5, 1));
        QVERIFY(VisitRepository(m_db->connection()).sign(v, m_clinician).ok());
        StoredResponse r = answer(u"gad7"_s, u"0,0,0,0,0,0,0"_s, v.id);
        QCOMPARE(ResponseRepository(m_db->connection()).save(r).status, SaveResult::Status::Failed);
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(u"INSERT INTO instrument_responses (visit_id, instrument_id, instrument_version, definition_sha256, answers, scores, mode) "
                        "VALUES (%1, 'gad7', '1', 'x', '{}', '{}', 'clinician')"_s.arg(v.id)));
    }

    void acknowledgementsAreRecordedAndAppendOnly()
    {
        const Visit v = visitOn(QDate(2026, 6, 1));
        AlertAcknowledgement a{0, v.id, u"phq9"_s, u"self-harm"_s, u"phq9-9"_s, u""_s, m_clinician, {}};
        QCOMPARE(AlertRepository(m_db->connection()).acknowledge(a).status, SaveResult::Status::Failed); // no action
        a.action = u"Safety assessment done in clinic; crisis line given; PCP called."_s;
        QVERIFY(AlertRepository(m_db->connection(), m_clinician).acknowledge(a).ok());
        const auto all = AlertRepository(m_db->connection()).forVisit(v.id);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().acknowledgedBy, m_clinician);
        QVERIFY(all.first().acknowledgedAt.isValid());
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(u"UPDATE alert_acknowledgements SET action = 'nothing'"_s));
        QVERIFY(!q.exec(u"DELETE FROM alert_acknowledgements"_s));
    }
};

QTEST_GUILESS_MAIN(TestResponses)
#include "tst_responses.moc"
