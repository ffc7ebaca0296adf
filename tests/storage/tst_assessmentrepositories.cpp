// The red-flag screen (with yellow flags and acknowledgements) and the examination against
// a real database file: round trips, lost-update conflicts, signed visits refused,
// acknowledgements stored with who and when and audited, dates carried to the next visit,
// and stored data that cannot be read left untouched.
#include "storage/auditlog.h"
#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/examinationrepository.h"
#include "storage/patientrepository.h"
#include "storage/redflagrepository.h"
#include "storage/visitrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {

const QDate kDay1(2026, 3, 2);
const QDate kDay2(2026, 4, 13);

RedFlagChecklist checklist()
{
    QStringList errors;
    const auto c = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &errors);
    if (!c)
        qFatal("bundled red-flag checklist does not load: %s", qPrintable(errors.join(u'\n')));
    return *c;
}

Acknowledgement ackBy(qint64 clinician, const QString &target, const QString &action)
{
    Acknowledgement a;
    a.target = target;
    a.actionTaken = action;
    a.clinicianId = clinician;
    a.at = QDateTime(kDay1, QTime(9, 30, 5), Qt::UTC);
    return a;
}

Examination someExam(qint64 visitId)
{
    Examination e;
    e.visitId = visitId;
    e.root(SpinalRoot::L5).strength = {3, 5};
    e.root(SpinalRoot::L5).sensation = {SensoryFinding::Reduced, SensoryFinding::Normal};
    e.achilles = {ReflexFinding::Normal, ReflexFinding::Normal};
    e.straightLegRaise.left = {TestResult::Positive, 35};
    e.gait = {u"Heel walking weak on the left"_s, false, true, false};
    e.directionalPreference = DirectionalPreference::Extension;
    e.level = SpinalLevel::L4L5;
    e.levelSide = LevelSide::Left;
    e.imagingConcordance = ImagingConcordance::Concordant;
    return e;
}

} // namespace

class TestAssessmentRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // red-flag screen
    void unsavedScreenIsNotAssessed();
    void screenRoundTrip();
    void acknowledgementStoredWithUserAndTime();
    void acknowledgementsCannotBeRewritten();
    void incompleteAcknowledgementRefused();
    void screenConflict();
    void screenConflictOnFirstSave();
    void signedVisitScreenRefused();
    void screenForMissingVisit();
    void nextVisitCarriesDates();
    void unreadableScreenLeftUntouched();

    // examination
    void unsavedExamIsEmpty();
    void examRoundTripAndResave();
    void examConflict();
    void examConflictOnFirstSave();
    void invalidExamRefused();
    void signedVisitExamRefused();
    void unreadableExamLeftUntouched();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    int rows(const QString &table) const;
    qint64 makeClinician(const QString &name = u"Dr. Ana Rivera"_s);
    Visit makeVisit(qint64 clinicianId, QDate date = kDay1, qint64 episodeId = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    int m_patients = 0;
};

void TestAssessmentRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(u"clinic.sqlite"_s));
    QVERIFY2(opened.database, qPrintable(opened.error));
    m_db = std::move(opened.database);
}

void TestAssessmentRepositories::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

int TestAssessmentRepositories::rows(const QString &table) const
{
    QSqlQuery q(db());
    if (q.exec(u"SELECT count(*) FROM "_s + table) && q.next())
        return q.value(0).toInt();
    return -1;
}

qint64 TestAssessmentRepositories::makeClinician(const QString &name)
{
    Clinician c;
    c.name = name;
    c.credentials = u"MD"_s;
    return ClinicianRepository(db()).create(c).ok() ? c.id : 0;
}

Visit TestAssessmentRepositories::makeVisit(qint64 clinicianId, QDate date, qint64 episodeId)
{
    VisitRepository visits(db());
    if (episodeId == 0) {
        Patient p;
        p.familyName = u"Núñez"_s;
        p.givenName = u"María"_s;
        p.birthDate = QDate(1961, 4, 2);
        p.sex = Sex::Female;
        p.mrn = u"MRN-A"_s + QString::number(++m_patients);
        PatientRepository(db()).create(p);
        Episode e;
        e.patientId = p.id;
        e.title = u"Low back pain with left leg pain"_s;
        e.startDate = date;
        visits.createEpisode(e);
        episodeId = e.id;
    }
    Visit v;
    v.episodeId = episodeId;
    v.kind = VisitKind::Initial;
    v.visitDate = date;
    v.clinicianId = clinicianId;
    visits.createVisit(v);
    return v;
}

// ---- red-flag screen ----

void TestAssessmentRepositories::unsavedScreenIsNotAssessed()
{
    const Visit v = makeVisit(makeClinician());
    QString error;
    const auto rec = RedFlagRepository(db()).load(v.id, &error);
    QVERIFY2(rec, qPrintable(error));
    QCOMPARE(rec->visitId, v.id);
    QCOMPARE(rec->rowVersion, 0);
    QCOMPARE(rec->id, 0);
    QCOMPARE(rec->redFlags, RedFlagScreen());
    QVERIFY(rec->yellowFlags.isEmpty());
    const RedFlagChecklist c = checklist();
    QCOMPARE(rec->redFlags.notAssessedItems(c), c.itemIds());
}

void TestAssessmentRepositories::screenRoundTrip()
{
    const RedFlagChecklist c = checklist();
    const qint64 clinician = makeClinician();
    const Visit v = makeVisit(clinician);
    RedFlagRepository repo(db(), clinician);
    FlagScreenRecord rec = *repo.load(v.id);
    for (const QString &id : c.itemIds())
        rec.redFlags.setState(id, FlagState::Absent, kDay1);
    rec.redFlags.setState(u"fracture-osteoporosis"_s, FlagState::Present, kDay1);
    rec.redFlags.setState(u"night-pain"_s, FlagState::NotAssessed, kDay1);
    rec.redFlags.setChecklistRevision(c.revision);
    rec.yellowFlags.setChecked(u"avoidance"_s, true);
    rec.yellowFlags.setNote(u"work"_s, u"Supervisor says no light duties"_s);
    rec.yellowFlags.setChecklistRevision(1);

    const SaveResult r = repo.save(rec);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(rec.rowVersion, 1);
    QVERIFY(rec.id > 0);
    QCOMPARE(rows(u"red_flag_screens"_s), 1);

    const auto loaded = repo.load(v.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->id, rec.id);
    QCOMPARE(loaded->rowVersion, 1);
    QCOMPARE(loaded->redFlags, rec.redFlags);
    QCOMPARE(loaded->yellowFlags, rec.yellowFlags);
    QCOMPARE(loaded->redFlags.firstPresent(u"fracture-osteoporosis"_s), kDay1);
    QCOMPARE(loaded->redFlags.concern(c), Urgency::Soon);
    QVERIFY(!loaded->redFlags.isComplete(c));

    // Save again: the row is updated, not duplicated.
    FlagScreenRecord again = *loaded;
    again.redFlags.setState(u"night-pain"_s, FlagState::Absent, kDay1);
    QVERIFY(repo.save(again).ok());
    QCOMPARE(again.rowVersion, 2);
    QCOMPARE(rows(u"red_flag_screens"_s), 1);
    QVERIFY(repo.load(v.id)->redFlags.isComplete(c));
    QCOMPARE(AuditLog(db()).forEntity(u"red-flag-screen"_s, v.id).size(), 2);
}

void TestAssessmentRepositories::acknowledgementStoredWithUserAndTime()
{
    const RedFlagChecklist c = checklist();
    const qint64 rivera = makeClinician();
    const qint64 chen = makeClinician(u"Dr. Wei Chen"_s);
    const Visit v = makeVisit(rivera);
    RedFlagRepository repo(db(), chen);
    FlagScreenRecord rec = *repo.load(v.id);
    rec.redFlags.setState(u"ces-bladder"_s, FlagState::Present, kDay1);
    rec.redFlags.setState(u"cancer-history"_s, FlagState::Present, kDay1);
    QString error;
    QVERIFY2(rec.redFlags.acknowledge(c, ackBy(chen, u"cauda-equina"_s, u"Sent to the emergency department for same-day MRI"_s), &error), qPrintable(error));
    QVERIFY(repo.save(rec).ok());

    Acknowledgement second = ackBy(rivera, u"cancer-history"_s, QString());
    second.reasonNotActing = u"MRI already booked by oncology for next week"_s;
    second.at = QDateTime(kDay1, QTime(9, 45), Qt::UTC);
    QVERIFY(rec.redFlags.acknowledge(c, second, &error));
    const SaveResult r = repo.save(rec);
    QVERIFY2(r.ok(), qPrintable(r.message));

    const auto loaded = repo.load(v.id);
    QCOMPARE(loaded->redFlags.acknowledgements().size(), 2);
    const Acknowledgement &first = loaded->redFlags.acknowledgements().first();
    QCOMPARE(first.clinicianId, chen);
    QCOMPARE(first.at, QDateTime(kDay1, QTime(9, 30, 5), Qt::UTC));
    QCOMPARE(first.items, QStringList{u"ces-bladder"_s});
    QCOMPARE(first.actionTaken, u"Sent to the emergency department for same-day MRI"_s);
    QCOMPARE(loaded->redFlags.acknowledgements().last().reasonNotActing, second.reasonNotActing);
    QVERIFY(loaded->redFlags.unacknowledged(c).isEmpty());

    // The columns hold the latest acknowledgement, for queries that do not parse JSON.
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT acknowledged_by, acknowledged_at FROM red_flag_screens"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), rivera);
    QCOMPARE(QDateTime::fromString(q.value(1).toString(), Qt::ISODate), QDateTime(kDay1, QTime(9, 45), Qt::UTC));

    // Each acknowledgement is audited once, by the user who saved it, with what was done.
    QStringList details;
    for (const auto &entry : AuditLog(db()).forEntity(u"red-flag-screen"_s, v.id))
        if (entry.action == u"acknowledge") {
            QCOMPARE(entry.clinicianId, chen);
            details << entry.detail;
        }
    QCOMPARE(details.size(), 2);
    QVERIFY2(details.last().contains(u"cauda-equina [ces-bladder] by clinician "_s + QString::number(chen)), qPrintable(details.last()));
    QVERIFY2(details.last().contains(u"action taken: Sent to the emergency department"_s), qPrintable(details.last()));
    QVERIFY2(details.first().contains(u"reason for not acting: MRI already booked"_s), qPrintable(details.first()));
}

void TestAssessmentRepositories::acknowledgementsCannotBeRewritten()
{
    const RedFlagChecklist c = checklist();
    const qint64 clinician = makeClinician();
    const Visit v = makeVisit(clinician);
    RedFlagRepository repo(db(), clinician);
    FlagScreenRecord rec = *repo.load(v.id);
    rec.redFlags.setState(u"infection-fever"_s, FlagState::Present, kDay1);
    QVERIFY(rec.redFlags.acknowledge(c, ackBy(clinician, u"infection-fever"_s, u"Bloods and MRI today"_s), nullptr));
    QVERIFY(repo.save(rec).ok());

    // A screen rebuilt without the acknowledgement (as if it were deleted) is refused.
    FlagScreenRecord erased = *repo.load(v.id);
    RedFlagScreen blank;
    blank.setState(u"infection-fever"_s, FlagState::Present, kDay1);
    erased.redFlags = blank;
    const SaveResult r = repo.save(erased);
    QCOMPARE(r.status, SaveResult::Status::Failed);
    QVERIFY2(r.message.contains(u"cannot be changed or removed"_s), qPrintable(r.message));
    QCOMPARE(repo.load(v.id)->redFlags.acknowledgements().size(), 1);
    QCOMPARE(repo.load(v.id)->rowVersion, 1);
}

void TestAssessmentRepositories::incompleteAcknowledgementRefused()
{
    const RedFlagChecklist c = checklist();
    const qint64 clinician = makeClinician();
    const Visit v = makeVisit(clinician);
    RedFlagRepository repo(db(), clinician);
    FlagScreenRecord rec = *repo.load(v.id);
    rec.redFlags.setState(u"infection-fever"_s, FlagState::Present, kDay1);
    // Built outside acknowledge(), without a clinician: storage still refuses it.
    const auto json = [&] {
        QJsonObject o = rec.redFlags.toJson();
        o.insert(u"acknowledgements"_s, QJsonArray{QJsonObject{{u"target"_s, u"infection-fever"_s},
                                                              {u"items"_s, QJsonArray{u"infection-fever"_s}},
                                                              {u"clinicianId"_s, 0},
                                                              {u"at"_s, u"2026-03-02T09:00:00Z"_s}}});
        return o;
    }();
    QString error;
    QVERIFY(!RedFlagScreen::fromJson(json, &error)); // and the JSON reader refuses clinician 0
    QVERIFY2(error.contains(u"clinicianId"_s), qPrintable(error));

    QVERIFY(rec.redFlags.acknowledge(c, ackBy(clinician, u"infection-fever"_s, u"MRI today"_s), &error));
    FlagScreenRecord tampered = rec;
    // Remove the text behind acknowledge()'s back: the repository checks again.
    QJsonObject o = tampered.redFlags.toJson();
    QJsonArray acks = o.value(u"acknowledgements"_s).toArray();
    QJsonObject a = acks.at(0).toObject();
    a.remove(u"actionTaken"_s);
    acks[0] = a;
    o.insert(u"acknowledgements"_s, acks);
    tampered.redFlags = *RedFlagScreen::fromJson(o, &error);
    const SaveResult r = repo.save(tampered);
    QCOMPARE(r.status, SaveResult::Status::Failed);
    QVERIFY2(r.message.contains(u"reason for not acting"_s), qPrintable(r.message));
    QCOMPARE(rows(u"red_flag_screens"_s), 0);
}

void TestAssessmentRepositories::screenConflict()
{
    const qint64 clinician = makeClinician();
    const Visit v = makeVisit(clinician);
    RedFlagRepository repo(db(), clinician);
    FlagScreenRecord rec = *repo.load(v.id);
    QVERIFY(repo.save(rec).ok());

    FlagScreenRecord first = *repo.load(v.id), second = *repo.load(v.id);
    first.redFlags.setState(u"weight-loss"_s, FlagState::Present, kDay1);
    second.redFlags.setState(u"weight-loss"_s, FlagState::Absent, kDay1);
    QVERIFY(repo.save(first).ok());
    const SaveResult r = repo.save(second);
    QCOMPARE(r.status, SaveResult::Status::Conflict);
    QVERIFY2(r.message.contains(u"Someone else"_s), qPrintable(r.message));
    QCOMPARE(second.rowVersion, 1);
    QCOMPARE(repo.load(v.id)->redFlags.state(u"weight-loss"_s), FlagState::Present);
    QCOMPARE(repo.load(v.id)->rowVersion, 2);
}

void TestAssessmentRepositories::screenConflictOnFirstSave()
{
    const qint64 clinician = makeClinician();
    const Visit v = makeVisit(clinician);
    RedFlagRepository repo(db(), clinician);
    FlagScreenRecord first = *repo.load(v.id), second = *repo.load(v.id); // both new
    first.redFlags.setState(u"infection-fever"_s, FlagState::Absent, kDay1);
    second.redFlags.setState(u"infection-fever"_s, FlagState::Present, kDay1);
    QVERIFY(repo.save(first).ok());
    QCOMPARE(repo.save(second).status, SaveResult::Status::Conflict);
    QCOMPARE(second.rowVersion, 0);
    QCOMPARE(rows(u"red_flag_screens"_s), 1);
    QCOMPARE(repo.load(v.id)->redFlags.state(u"infection-fever"_s), FlagState::Absent);
}

void TestAssessmentRepositories::signedVisitScreenRefused()
{
    const qint64 clinician = makeClinician();
    Visit v = makeVisit(clinician);
    RedFlagRepository repo(db(), clinician);
    FlagScreenRecord rec = *repo.load(v.id);
    rec.redFlags.setState(u"weight-loss"_s, FlagState::Absent, kDay1);
    QVERIFY(repo.save(rec).ok());
    QVERIFY(VisitRepository(db()).sign(v, clinician).ok());

    FlagScreenRecord late = *repo.load(v.id);
    late.redFlags.setState(u"weight-loss"_s, FlagState::Present, kDay2);
    const SaveResult r = repo.save(late);
    QCOMPARE(r.status, SaveResult::Status::Failed);
    QVERIFY2(r.message.contains(u"addendum"_s), qPrintable(r.message));
    QCOMPARE(repo.load(v.id)->redFlags.state(u"weight-loss"_s), FlagState::Absent);
    QCOMPARE(repo.load(v.id)->rowVersion, 1);

    // A signed visit without a screen cannot get one either.
    Visit bare = makeVisit(clinician);
    QVERIFY(VisitRepository(db()).sign(bare, clinician).ok());
    FlagScreenRecord fresh = *repo.load(bare.id);
    QCOMPARE(repo.save(fresh).status, SaveResult::Status::Failed);
    QCOMPARE(rows(u"red_flag_screens"_s), 1);
}

void TestAssessmentRepositories::screenForMissingVisit()
{
    FlagScreenRecord rec;
    rec.visitId = 4242;
    QCOMPARE(RedFlagRepository(db()).save(rec).status, SaveResult::Status::Failed);
    QCOMPARE(rows(u"red_flag_screens"_s), 0);
}

void TestAssessmentRepositories::nextVisitCarriesDates()
{
    const RedFlagChecklist c = checklist();
    const qint64 clinician = makeClinician();
    const Visit first = makeVisit(clinician, kDay1);
    const Visit second = makeVisit(clinician, kDay2, first.episodeId);
    const Visit otherPatient = makeVisit(clinician, kDay2);
    RedFlagRepository repo(db(), clinician);

    FlagScreenRecord rec = *repo.load(first.id);
    rec.redFlags.setState(u"cancer-history"_s, FlagState::Present, kDay1);
    QVERIFY(rec.redFlags.acknowledge(c, ackBy(clinician, u"cancer-history"_s, u"MRI ordered"_s), nullptr));
    QVERIFY(repo.save(rec).ok());

    FlagScreenRecord next = *repo.load(second.id);
    QCOMPARE(next.rowVersion, 0);
    QCOMPARE(next.redFlags.state(u"cancer-history"_s), FlagState::NotAssessed); // asked again (rule 8)
    QVERIFY(next.redFlags.acknowledgements().isEmpty());
    next.redFlags.setState(u"cancer-history"_s, FlagState::Present, kDay2);
    QCOMPARE(next.redFlags.firstPresent(u"cancer-history"_s), kDay1);
    QVERIFY(repo.save(next).ok());
    QCOMPARE(repo.load(second.id)->redFlags.firstPresent(u"cancer-history"_s), kDay1);

    // Another episode starts clean; an earlier visit does not inherit from a later one.
    FlagScreenRecord other = *repo.load(otherPatient.id);
    other.redFlags.setState(u"cancer-history"_s, FlagState::Present, kDay2);
    QCOMPARE(other.redFlags.firstPresent(u"cancer-history"_s), kDay2);
}

void TestAssessmentRepositories::unreadableScreenLeftUntouched()
{
    const qint64 clinician = makeClinician();
    const Visit v = makeVisit(clinician);
    RedFlagRepository repo(db(), clinician);
    FlagScreenRecord rec = *repo.load(v.id);
    QVERIFY(repo.save(rec).ok());
    QSqlQuery q(db());
    QVERIFY(q.exec(u"UPDATE red_flag_screens SET data = '{\"redFlags\": {\"format\": 9}}'"_s));

    QString error;
    QVERIFY(!repo.load(v.id, &error));
    QVERIFY2(error.contains(u"cannot be read"_s) && error.contains(u"format"_s), qPrintable(error));
    // A save over it is refused too, so the unreadable data survives for repair.
    const SaveResult r = repo.save(rec);
    QCOMPARE(r.status, SaveResult::Status::Failed);
    QVERIFY(q.exec(u"SELECT data FROM red_flag_screens"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"{\"redFlags\": {\"format\": 9}}"_s);
}

// ---- examination ----

void TestAssessmentRepositories::unsavedExamIsEmpty()
{
    const Visit v = makeVisit(makeClinician());
    const auto e = ExaminationRepository(db()).load(v.id);
    QVERIFY(e);
    QCOMPARE(e->visitId, v.id);
    QCOMPARE(e->rowVersion, 0);
    QVERIFY(e->isEmpty());
}

void TestAssessmentRepositories::examRoundTripAndResave()
{
    const qint64 clinician = makeClinician();
    const Visit v = makeVisit(clinician);
    ExaminationRepository repo(db(), clinician);
    Examination e = someExam(v.id);
    const SaveResult r = repo.save(e);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(e.rowVersion, 1);

    Examination loaded = *repo.load(v.id);
    QVERIFY(loaded.sameFindings(someExam(v.id)));
    QCOMPARE(loaded.rowVersion, 1);
    QCOMPARE(loaded.visitId, v.id);

    loaded.root(SpinalRoot::L5).strength.left = 4;
    loaded.note = u"Stronger after two weeks of extension exercises"_s;
    QVERIFY(repo.save(loaded).ok());
    QCOMPARE(loaded.rowVersion, 2);
    const Examination again = *repo.load(v.id);
    QCOMPARE(again.root(SpinalRoot::L5).strength.left, 4);
    QCOMPARE(again.note, loaded.note);
    QCOMPARE(rows(u"examinations"_s), 1);
    const auto audit = AuditLog(db()).forEntity(u"examination"_s, v.id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.first().clinicianId, clinician);
}

void TestAssessmentRepositories::examConflict()
{
    const qint64 clinician = makeClinician();
    const Visit v = makeVisit(clinician);
    ExaminationRepository repo(db(), clinician);
    Examination e = someExam(v.id);
    QVERIFY(repo.save(e).ok());
    Examination first = *repo.load(v.id), second = *repo.load(v.id);
    first.note = u"first"_s;
    second.note = u"second"_s;
    QVERIFY(repo.save(first).ok());
    QCOMPARE(repo.save(second).status, SaveResult::Status::Conflict);
    QCOMPARE(second.rowVersion, 1);
    QCOMPARE(repo.load(v.id)->note, u"first"_s);
}

void TestAssessmentRepositories::examConflictOnFirstSave()
{
    const qint64 clinician = makeClinician();
    const Visit v = makeVisit(clinician);
    ExaminationRepository repo(db(), clinician);
    Examination first = *repo.load(v.id), second = *repo.load(v.id);
    first.note = u"first"_s;
    second.note = u"second"_s;
    QVERIFY(repo.save(first).ok());
    const SaveResult r = repo.save(second);
    QCOMPARE(r.status, SaveResult::Status::Conflict);
    QVERIFY2(r.message.contains(u"another window"_s), qPrintable(r.message));
    QCOMPARE(repo.load(v.id)->note, u"first"_s);
    QCOMPARE(rows(u"examinations"_s), 1);
}

void TestAssessmentRepositories::invalidExamRefused()
{
    const Visit v = makeVisit(makeClinician());
    ExaminationRepository repo(db());
    Examination e = someExam(v.id);
    e.root(SpinalRoot::L3).strength.right = 6;
    const SaveResult r = repo.save(e);
    QCOMPARE(r.status, SaveResult::Status::Failed);
    QVERIFY2(r.message.contains(u"0 to 5"_s), qPrintable(r.message));
    QCOMPARE(rows(u"examinations"_s), 0);
}

void TestAssessmentRepositories::signedVisitExamRefused()
{
    const qint64 clinician = makeClinician();
    Visit v = makeVisit(clinician);
    ExaminationRepository repo(db(), clinician);
    Examination e = someExam(v.id);
    QVERIFY(repo.save(e).ok());
    QVERIFY(VisitRepository(db()).sign(v, clinician).ok());
    Examination late = *repo.load(v.id);
    late.note = u"Changed after signing"_s;
    const SaveResult r = repo.save(late);
    QCOMPARE(r.status, SaveResult::Status::Failed);
    QVERIFY2(r.message.contains(u"addendum"_s), qPrintable(r.message));
    QVERIFY(repo.load(v.id)->note.isEmpty());
    QCOMPARE(repo.load(v.id)->rowVersion, 1);
}

void TestAssessmentRepositories::unreadableExamLeftUntouched()
{
    const Visit v = makeVisit(makeClinician());
    ExaminationRepository repo(db());
    Examination e = someExam(v.id);
    QVERIFY(repo.save(e).ok());
    QSqlQuery q(db());
    QVERIFY(q.exec(u"UPDATE examinations SET data = 'not json'"_s));
    QString error;
    QVERIFY(!repo.load(v.id, &error));
    QVERIFY2(error.contains(u"cannot be read"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAssessmentRepositories)
#include "tst_assessmentrepositories.moc"
