// The red-flag checklist and screen: the bundled content loads and says what red-flags.md
// says; each kind of broken file is reported with the file and the JSON path; the level of
// concern follows rules 3 and 6 (soft flags alone, several fracture flags, emergencies);
// completeness (rules 1 and 7); dates (rule 8); acknowledgements (rule 4); JSON round trip.
#include "core/redflags.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {

const QDate kDay1(2026, 3, 2);
const QDate kDay2(2026, 4, 13);

RedFlagChecklist bundled()
{
    QStringList errors;
    const auto c = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &errors);
    if (!c)
        qFatal("bundled red-flag checklist does not load: %s", qPrintable(errors.join(u'\n')));
    return *c;
}

QJsonObject bundledJson()
{
    QFile f(RedFlagChecklist::bundledPath());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open the bundled checklist");
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Edits a nested value: path elements are object keys or array indexes.
QJsonValue edited(const QJsonValue &at, QList<QVariant> path, const std::function<QJsonValue(QJsonValue)> &change)
{
    if (path.isEmpty())
        return change(at);
    const QVariant head = path.takeFirst();
    if (head.typeId() == QMetaType::Int) {
        QJsonArray a = at.toArray();
        a[head.toInt()] = edited(a.at(head.toInt()), path, change);
        return a;
    }
    QJsonObject o = at.toObject();
    o[head.toString()] = edited(o.value(head.toString()), path, change);
    return o;
}

QByteArray withChange(const QList<QVariant> &path, const std::function<QJsonValue(QJsonValue)> &change)
{
    return QJsonDocument(edited(bundledJson(), path, change).toObject()).toJson();
}

QByteArray withValue(const QList<QVariant> &path, const QJsonValue &value)
{
    return withChange(path, [value](const QJsonValue &) { return value; });
}

QByteArray withoutKey(const QList<QVariant> &path, const QString &key)
{
    return withChange(path, [key](const QJsonValue &v) {
        QJsonObject o = v.toObject();
        o.remove(key);
        return QJsonValue(o);
    });
}

RedFlagScreen screenWith(const QStringList &present, QDate on = kDay1)
{
    RedFlagScreen s;
    for (const QString &id : present)
        s.setState(id, FlagState::Present, on);
    return s;
}

Acknowledgement ackFor(const QString &target, const QString &action = u"MRI ordered today"_s)
{
    Acknowledgement a;
    a.target = target;
    a.actionTaken = action;
    a.clinicianId = 7;
    a.at = QDateTime(kDay1, QTime(10, 15), Qt::UTC);
    return a;
}

} // namespace

class TestRedFlags : public QObject
{
    Q_OBJECT

private slots:
    void bundledLoads();
    void bundledContentFollowsTheSource();
    void bundledFileOnDiskEqualsResource();
    void brokenFile_data();
    void brokenFile();
    void everyErrorIsCollected();
    void truncatedFilesNeverCrash();
    void missingFile();

    void freshScreenIsNotAssessed();
    void concern_data();
    void concern();
    void emergencyBanner();
    void conditionConcernsMostUrgentFirst();
    void completeness();
    void statusText();

    void datesFirstPresent();
    void rescreenCarriesDates();

    void needingAction();
    void acknowledgeItemAndCondition();
    void acknowledgementRefused();
    void newFlagAfterAcknowledgementNeedsItsOwn();

    void jsonRoundTrip();
    void jsonKeepsAnswersToUnknownItems();
    void jsonErrorsNamePath();
};

void TestRedFlags::bundledLoads()
{
    QStringList errors;
    const auto c = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &errors);
    QVERIFY2(c, qPrintable(errors.join(u'\n')));
    QVERIFY(errors.isEmpty());
    QCOMPARE(c->id, u"red-flags"_s);
    QCOMPARE(c->revision, 1);
    QStringList ids;
    for (const auto &cond : c->conditions)
        ids << cond.id;
    QCOMPARE(ids, (QStringList{u"cauda-equina"_s, u"neuro-deficit"_s, u"malignancy"_s, u"infection"_s, u"fracture"_s,
                               u"spondyloarthritis"_s, u"non-spinal"_s}));
    const QStringList itemIds = c->itemIds();
    QCOMPARE(itemIds.size(), 28);
    QCOMPARE(QSet<QString>(itemIds.begin(), itemIds.end()).size(), 28); // unique
    for (const auto &cond : c->conditions) {
        QVERIFY2(!contentText(cond.label).isEmpty(), qPrintable(cond.id));
        QVERIFY2(!cond.sources.isEmpty(), qPrintable(cond.id));
        QVERIFY2(!cond.action(cond.urgency).isEmpty(), qPrintable(cond.id));
        for (const auto &item : cond.items) {
            QVERIFY2(!contentText(item.text).isEmpty(), qPrintable(item.id));
            QCOMPARE(c->conditionOf(item.id), &cond);
        }
    }
}

void TestRedFlags::bundledContentFollowsTheSource()
{
    const RedFlagChecklist c = bundled();
    // §3 urgencies per condition.
    QCOMPARE(c.condition(u"cauda-equina")->urgency, Urgency::Emergency);
    QCOMPARE(c.condition(u"neuro-deficit")->urgency, Urgency::Urgent);
    QCOMPARE(c.condition(u"malignancy")->urgency, Urgency::Soon);
    QCOMPARE(c.condition(u"infection")->urgency, Urgency::Urgent);
    QCOMPARE(c.condition(u"fracture")->urgency, Urgency::Soon);
    QCOMPARE(c.condition(u"fracture")->escalationMinPresent, 2);
    QCOMPARE(c.condition(u"fracture")->escalationUrgency, Urgency::Urgent);
    QCOMPARE(c.condition(u"spondyloarthritis")->urgency, Urgency::Routine);
    QCOMPARE(c.condition(u"non-spinal")->urgency, Urgency::Urgent);
    QCOMPARE(*c.item(u"aaa-suspected")->urgency, Urgency::Emergency);
    QCOMPARE(*c.item(u"fracture-trauma")->urgency, Urgency::Urgent);

    // §2 and rule 6: history of cancer strong, age and failure to improve soft.
    QCOMPARE(c.item(u"cancer-history")->strength, FlagStrength::Strong);
    QCOMPARE(*c.item(u"cancer-history")->urgency, Urgency::Urgent);
    QCOMPARE(c.item(u"cancer-history")->strengthBasis->tag, EvidenceTag::Verified);
    QCOMPARE(c.item(u"age-over-50")->strength, FlagStrength::Soft);
    QCOMPARE(c.item(u"failure-to-improve")->strength, FlagStrength::Soft);
    QCOMPARE(c.item(u"fracture-older-age")->strength, FlagStrength::Soft);
    QCOMPARE(c.item(u"age-over-50")->strengthBasis->tag, EvidenceTag::ProjectRule);
    QCOMPARE(c.item(u"weight-loss")->strength, FlagStrength::Ordinary);

    // Tags are kept so that the screen can mark unverified items.
    QVERIFY(!c.itemNeedsVerification(u"cancer-history"));
    QVERIFY(!c.itemNeedsVerification(u"ces-bladder"));      // inherits the condition's sources
    QVERIFY(c.itemNeedsVerification(u"failure-to-improve")); // Chou 2011 table [R] only
    QVERIFY(c.itemNeedsVerification(u"night-pain"));
    const auto ces = c.condition(u"cauda-equina")->sources;
    QVERIFY(std::any_of(ces.begin(), ces.end(), [](const ContentCitation &s) { return s.tag == EvidenceTag::Recalled && s.text.contains(u"Chou"_s); }));
    QCOMPARE(c.sources.first().tag, EvidenceTag::Verified);
    QVERIFY(c.sources.first().text.contains(u"Finucane"_s));

    // Every urgency a condition can reach has its action.
    QVERIFY(c.condition(u"malignancy")->action(Urgency::Routine).contains(u"does not call for imaging"_s));
    QVERIFY(c.condition(u"malignancy")->action(Urgency::Urgent).contains(u"MRI"_s));
    QVERIFY(c.condition(u"non-spinal")->action(Urgency::Emergency).contains(u"emergency department"_s));
    QVERIFY(c.condition(u"cauda-equina")->action(Urgency::Emergency).contains(u"MRI"_s));
    // Spanish is not there yet: English is the fallback.
    QCOMPARE(c.condition(u"fracture")->action(Urgency::Soon, u"es"_s), c.condition(u"fracture")->action(Urgency::Soon));
}

void TestRedFlags::bundledFileOnDiskEqualsResource()
{
    QStringList errors;
    const auto disk = RedFlagChecklist::load(QStringLiteral(SPINEDESK_SOURCE_DIR) + u"/resources/red-flags/red-flags.json"_s, &errors);
    QVERIFY2(disk, qPrintable(errors.join(u'\n')));
    QCOMPARE(disk->itemIds(), bundled().itemIds());
    QCOMPARE(disk->revision, bundled().revision);
}

void TestRedFlags::brokenFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QList<QVariant> item20 = {u"conditions"_s, 2, u"items"_s, 0};

    QTest::newRow("not JSON") << QByteArray("{ \"id\": \"red-flags\", ") << u"red-flags.json: not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"red-flags.json: the top level must be an object"_s;
    QTest::newRow("unknown key") << withValue({u"conditions"_s, 0, u"items"_s, 1, u"colour"_s}, u"red"_s)
                                 << u"red-flags.json: conditions[0].items[1].colour: unknown key"_s;
    QTest::newRow("unknown top-level key") << withValue({u"reviewedBy"_s}, u"someone"_s) << u"red-flags.json: reviewedBy: unknown key"_s;
    QTest::newRow("bad urgency") << withValue(item20 + QList<QVariant>{u"urgency"_s}, u"asap"_s)
                                 << u"red-flags.json: conditions[2].items[0].urgency: unknown value \"asap\""_s;
    QTest::newRow("bad condition urgency") << withValue({u"conditions"_s, 5, u"urgency"_s}, u"whenever"_s)
                                           << u"red-flags.json: conditions[5].urgency: unknown value \"whenever\""_s;
    QTest::newRow("duplicate item id") << withValue({u"conditions"_s, 3, u"items"_s, 1, u"id"_s}, u"weight-loss"_s)
                                       << u"red-flags.json: conditions[3].items[1].id: duplicate id \"weight-loss\" (first used at conditions[2].items[1].id)"_s;
    QTest::newRow("item id equals a condition id") << withValue({u"conditions"_s, 4, u"items"_s, 0, u"id"_s}, u"fracture"_s)
                                                   << u"red-flags.json: conditions[4].items[0].id: duplicate id \"fracture\""_s;
    QTest::newRow("missing label") << withoutKey({u"conditions"_s, 1}, u"label"_s) << u"red-flags.json: conditions[1].label: missing"_s;
    QTest::newRow("missing item text") << withoutKey({u"conditions"_s, 3, u"items"_s, 2}, u"text"_s)
                                       << u"red-flags.json: conditions[3].items[2].text: missing"_s;
    QTest::newRow("missing English") << withValue({u"conditions"_s, 0, u"label"_s}, QJsonObject{{u"es"_s, u"Síndrome de cola de caballo"_s}})
                                     << u"red-flags.json: conditions[0].label.en: missing"_s;
    QTest::newRow("unknown language") << withValue({u"conditions"_s, 0, u"label"_s, u"fr"_s}, u"Queue de cheval"_s)
                                      << u"red-flags.json: conditions[0].label.fr: unknown language"_s;
    QTest::newRow("missing action") << withoutKey({u"conditions"_s, 2, u"actions"_s}, u"routine"_s)
                                    << u"red-flags.json: conditions[2].actions.routine: missing"_s;
    QTest::newRow("unreachable action") << withValue({u"conditions"_s, 5, u"actions"_s, u"emergency"_s}, QJsonObject{{u"en"_s, u"Call"_s}})
                                        << u"red-flags.json: conditions[5].actions.emergency: no flag of this condition reaches this urgency"_s;
    QTest::newRow("action for no urgency") << withValue({u"conditions"_s, 5, u"actions"_s, u"later"_s}, QJsonObject{{u"en"_s, u"Later"_s}})
                                           << u"red-flags.json: conditions[5].actions.later: not an urgency"_s;
    QTest::newRow("bad evidence tag") << withValue({u"sources"_s, 0, u"tag"_s}, u"X"_s)
                                      << u"red-flags.json: sources[0].tag: unknown value \"X\""_s;
    QTest::newRow("citation without tag") << withoutKey({u"conditions"_s, 0, u"sources"_s, 2}, u"tag"_s)
                                          << u"red-flags.json: conditions[0].sources[2].tag: missing"_s;
    QTest::newRow("soft flag with urgency") << withValue({u"conditions"_s, 2, u"items"_s, 2, u"urgency"_s}, u"urgent"_s)
                                            << u"red-flags.json: conditions[2].items[2].urgency: a soft flag takes its condition's urgency"_s;
    QTest::newRow("strength without basis") << withoutKey({u"conditions"_s, 2, u"items"_s, 0}, u"strengthBasis"_s)
                                            << u"red-flags.json: conditions[2].items[0].strengthBasis: missing"_s;
    QTest::newRow("bad strength") << withValue(item20 + QList<QVariant>{u"strength"_s}, u"very"_s)
                                  << u"red-flags.json: conditions[2].items[0].strength: unknown value \"very\" (expected strong or soft)"_s;
    QTest::newRow("escalation not higher") << withValue({u"conditions"_s, 4, u"escalation"_s, u"urgency"_s}, u"soon"_s)
                                           << u"red-flags.json: conditions[4].escalation.urgency: must be more urgent than the condition's urgency"_s;
    QTest::newRow("escalation count") << withValue({u"conditions"_s, 4, u"escalation"_s, u"minPresent"_s}, 9)
                                      << u"red-flags.json: conditions[4].escalation.minPresent: more than the 5 flags"_s;
    QTest::newRow("escalation count not whole") << withValue({u"conditions"_s, 4, u"escalation"_s, u"minPresent"_s}, 2.5)
                                                << u"red-flags.json: conditions[4].escalation.minPresent: must be a whole number from 2"_s;
    QTest::newRow("empty items") << withValue({u"conditions"_s, 6, u"items"_s}, QJsonArray())
                                 << u"red-flags.json: conditions[6].items: must not be empty"_s;
    QTest::newRow("wrong type") << withValue({u"conditions"_s, 6, u"items"_s, 0, u"id"_s}, 12)
                                << u"red-flags.json: conditions[6].items[0].id: must be a string"_s;
    QTest::newRow("bad id") << withValue({u"conditions"_s, 6, u"id"_s}, u"Non Spinal"_s)
                            << u"red-flags.json: conditions[6].id: \"Non Spinal\" is not an id"_s;
    QTest::newRow("id is not the file name") << withValue({u"id"_s}, u"flags"_s)
                                             << u"red-flags.json: id: \"flags\" must equal the file name \"red-flags\""_s;
    QTest::newRow("revision") << withValue({u"revision"_s}, 0) << u"red-flags.json: revision: must be a whole number from 1"_s;
}

void TestRedFlags::brokenFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QStringList errors;
    const auto c = RedFlagChecklist::parse(json, u"/somewhere/red-flags.json"_s, &errors);
    QVERIFY(!c);
    QVERIFY(!errors.isEmpty());
    const bool found = std::any_of(errors.begin(), errors.end(), [&](const QString &e) { return e.startsWith(expected); });
    QVERIFY2(found, qPrintable(u"expected \""_s + expected + u"\", got:\n"_s + errors.join(u'\n')));
}

void TestRedFlags::everyErrorIsCollected()
{
    QJsonObject root = bundledJson();
    root.insert(u"extra"_s, 1);
    QJsonArray conditions = root.value(u"conditions"_s).toArray();
    QJsonObject first = conditions.at(0).toObject();
    first.insert(u"urgency"_s, u"asap"_s);
    conditions[0] = first;
    root.insert(u"conditions"_s, conditions);
    QStringList errors;
    QVERIFY(!RedFlagChecklist::parse(QJsonDocument(root).toJson(), u"red-flags.json"_s, &errors));
    QVERIFY2(errors.size() >= 2, qPrintable(errors.join(u'\n')));
    QVERIFY(errors.contains(u"red-flags.json: extra: unknown key"_s));
}

void TestRedFlags::truncatedFilesNeverCrash()
{
    const QByteArray full = QJsonDocument(bundledJson()).toJson();
    for (qsizetype n = 0; n < full.size(); n += 97) {
        QStringList errors;
        QVERIFY(!RedFlagChecklist::parse(full.left(n), u"red-flags.json"_s, &errors));
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.first().startsWith(u"red-flags.json: "_s));
    }
}

void TestRedFlags::missingFile()
{
    QTemporaryDir dir;
    QStringList errors;
    QVERIFY(!RedFlagChecklist::load(dir.filePath(u"red-flags.json"_s), &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(u"red-flags.json: cannot be read"_s), qPrintable(errors.first()));
}

void TestRedFlags::freshScreenIsNotAssessed()
{
    const RedFlagChecklist c = bundled();
    const RedFlagScreen s;
    for (const QString &id : c.itemIds())
        QCOMPARE(s.state(id), FlagState::NotAssessed);
    QCOMPARE(s.notAssessedItems(c), c.itemIds());
    QCOMPARE(s.concern(c), Urgency::None);
    QVERIFY(!s.isComplete(c));
    QVERIFY(!s.allAbsent(c));
    QVERIFY(s.needingAction(c).isEmpty());
}

void TestRedFlags::concern_data()
{
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<Urgency>("expected");

    // Rule 6: a soft flag on its own is routine review, not imaging.
    QTest::newRow("age over 50 alone") << QStringList{u"age-over-50"_s} << Urgency::Routine;
    QTest::newRow("failure to improve alone") << QStringList{u"failure-to-improve"_s} << Urgency::Routine;
    QTest::newRow("older age alone (fracture)") << QStringList{u"fracture-older-age"_s} << Urgency::Routine;
    QTest::newRow("age in two conditions, alone in each") << QStringList{u"age-over-50"_s, u"fracture-older-age"_s} << Urgency::Routine;
    // Several flags together do call for imaging (§2).
    QTest::newRow("two soft malignancy flags") << QStringList{u"age-over-50"_s, u"failure-to-improve"_s} << Urgency::Soon;
    QTest::newRow("soft with a weak flag") << QStringList{u"age-over-50"_s, u"weight-loss"_s} << Urgency::Soon;
    // Malignancy: strong urgent, weak soon.
    QTest::newRow("weight loss") << QStringList{u"weight-loss"_s} << Urgency::Soon;
    QTest::newRow("night pain") << QStringList{u"night-pain"_s} << Urgency::Soon;
    QTest::newRow("history of cancer") << QStringList{u"cancer-history"_s} << Urgency::Urgent;
    QTest::newRow("cancer and age") << QStringList{u"cancer-history"_s, u"age-over-50"_s} << Urgency::Urgent;
    // Fracture: soon; urgent with trauma or several flags (rule 3).
    QTest::newRow("osteoporosis") << QStringList{u"fracture-osteoporosis"_s} << Urgency::Soon;
    QTest::newRow("contusion") << QStringList{u"fracture-contusion"_s} << Urgency::Soon;
    QTest::newRow("trauma") << QStringList{u"fracture-trauma"_s} << Urgency::Urgent;
    QTest::newRow("two fracture flags") << QStringList{u"fracture-osteoporosis"_s, u"fracture-corticosteroids"_s} << Urgency::Urgent;
    QTest::newRow("older age and osteoporosis") << QStringList{u"fracture-older-age"_s, u"fracture-osteoporosis"_s} << Urgency::Urgent;
    QTest::newRow("fracture flags in different conditions do not add up")
        << QStringList{u"fracture-osteoporosis"_s, u"weight-loss"_s} << Urgency::Soon;
    // Other conditions.
    QTest::newRow("fever") << QStringList{u"infection-fever"_s} << Urgency::Urgent;
    QTest::newRow("progressive deficit") << QStringList{u"neuro-progressive"_s} << Urgency::Urgent;
    QTest::newRow("spondyloarthritis") << QStringList{u"spa-inflammatory-pattern"_s} << Urgency::Routine;
    QTest::newRow("non-spinal cause") << QStringList{u"non-spinal-other"_s} << Urgency::Urgent;
    QTest::newRow("saddle sensation") << QStringList{u"ces-saddle-sensation"_s} << Urgency::Emergency;
    QTest::newRow("suspected AAA") << QStringList{u"aaa-suspected"_s} << Urgency::Emergency;
    QTest::newRow("highest wins") << QStringList{u"age-over-50"_s, u"infection-fever"_s, u"ces-bladder"_s} << Urgency::Emergency;
}

void TestRedFlags::concern()
{
    QFETCH(QStringList, present);
    QFETCH(Urgency, expected);
    const RedFlagChecklist c = bundled();
    RedFlagScreen s = screenWith(present);
    QCOMPARE(s.concern(c), expected);
    // Absent answers never raise concern.
    for (const QString &id : c.itemIds())
        if (!present.contains(id))
            s.setState(id, FlagState::Absent, kDay1);
    QCOMPARE(s.concern(c), expected);
}

void TestRedFlags::emergencyBanner()
{
    const RedFlagChecklist c = bundled();
    QVERIFY(screenWith({u"ces-bladder"_s}).hasEmergency(c));
    QVERIFY(screenWith({u"aaa-suspected"_s}).hasEmergency(c));
    QVERIFY(!screenWith({u"non-spinal-other"_s, u"cancer-history"_s, u"fracture-trauma"_s}).hasEmergency(c));
    QVERIFY(!RedFlagScreen().hasEmergency(c));
    RedFlagScreen s = screenWith({u"ces-bladder"_s});
    s.setState(u"ces-bladder"_s, FlagState::Absent, kDay1);
    QVERIFY(!s.hasEmergency(c));
}

void TestRedFlags::conditionConcernsMostUrgentFirst()
{
    const RedFlagChecklist c = bundled();
    const auto concerns = screenWith({u"age-over-50"_s, u"fracture-osteoporosis"_s, u"fracture-trauma"_s, u"spa-younger-onset"_s,
                                      u"ces-anal-tone"_s})
                              .conditionConcerns(c);
    QCOMPARE(concerns.size(), 4);
    QCOMPARE(concerns[0].conditionId, u"cauda-equina"_s);
    QCOMPARE(concerns[0].urgency, Urgency::Emergency);
    QCOMPARE(concerns[1].conditionId, u"fracture"_s);
    QCOMPARE(concerns[1].urgency, Urgency::Urgent);
    QCOMPARE(concerns[1].presentItems, (QStringList{u"fracture-trauma"_s, u"fracture-osteoporosis"_s}));
    QCOMPARE(concerns[2].conditionId, u"malignancy"_s); // routine, in checklist order before spondyloarthritis
    QCOMPARE(concerns[2].urgency, Urgency::Routine);
    QCOMPARE(concerns[3].conditionId, u"spondyloarthritis"_s);
}

void TestRedFlags::completeness()
{
    const RedFlagChecklist c = bundled();
    RedFlagScreen s;
    for (const QString &id : c.itemIds())
        s.setState(id, FlagState::Absent, kDay1);
    QVERIFY(s.isComplete(c));
    QVERIFY(s.allAbsent(c));
    QCOMPARE(s.concern(c), Urgency::None);

    // One item back to "not assessed": no longer complete, so never "negative" (rule 7).
    s.setState(u"night-pain"_s, FlagState::NotAssessed, kDay1);
    QVERIFY(!s.isComplete(c));
    QVERIFY(!s.allAbsent(c));
    QCOMPARE(s.notAssessedItems(c), QStringList{u"night-pain"_s});

    // Complete with one present: complete but not all absent.
    s.setState(u"night-pain"_s, FlagState::Present, kDay1);
    QVERIFY(s.isComplete(c));
    QVERIFY(!s.allAbsent(c));
    QCOMPARE(s.presentItems(c), QStringList{u"night-pain"_s});

    // Answers to items the checklist does not have do not make a screen complete.
    RedFlagScreen other;
    other.setState(u"retired-item"_s, FlagState::Absent, kDay1);
    QVERIFY(!other.isComplete(c));
}

void TestRedFlags::statusText()
{
    const RedFlagChecklist c = bundled();
    RedFlagScreen s;
    QCOMPARE(s.statusText(c), u"Red-flag screen incomplete"_s);
    for (const QString &id : c.itemIds())
        s.setState(id, FlagState::Absent, kDay1);
    QCOMPARE(s.statusText(c), u"Red-flag screen complete: all items absent"_s);
    s.setState(u"infection-fever"_s, FlagState::Present, kDay1);
    QCOMPARE(s.statusText(c), u"1 red flag present"_s);
    s.setState(u"ces-bladder"_s, FlagState::NotAssessed, kDay1);
    QCOMPARE(s.statusText(c), u"1 red flag present; red-flag screen incomplete"_s);
}

void TestRedFlags::datesFirstPresent()
{
    RedFlagScreen s;
    s.setState(u"weight-loss"_s, FlagState::Present, kDay1);
    QCOMPARE(s.firstPresent(u"weight-loss"_s), kDay1);
    s.setState(u"weight-loss"_s, FlagState::Present, kDay2); // still the first day
    QCOMPARE(s.firstPresent(u"weight-loss"_s), kDay1);
    s.setState(u"weight-loss"_s, FlagState::NotAssessed, kDay2);
    QVERIFY(!s.firstPresent(u"weight-loss"_s).isValid()); // shown only while present
    s.setState(u"weight-loss"_s, FlagState::Present, kDay2);
    QCOMPARE(s.firstPresent(u"weight-loss"_s), kDay1);
    s.setState(u"weight-loss"_s, FlagState::Absent, kDay2);
    QVERIFY(!s.firstPresent(u"weight-loss"_s).isValid());
    s.setState(u"weight-loss"_s, FlagState::Present, kDay2); // came back: a new flag
    QCOMPARE(s.firstPresent(u"weight-loss"_s), kDay2);
    QVERIFY(!s.firstPresent(u"night-pain"_s).isValid());
}

void TestRedFlags::rescreenCarriesDates()
{
    const RedFlagChecklist c = bundled();
    RedFlagScreen first = screenWith({u"cancer-history"_s, u"night-pain"_s}, kDay1);
    first.setState(u"weight-loss"_s, FlagState::Absent, kDay1);
    first.setChecklistRevision(1);
    QVERIFY(first.acknowledge(c, ackFor(u"malignancy"_s), nullptr));

    RedFlagScreen next = RedFlagScreen::rescreen(first);
    // Rule 1 and 8: asked again from "not assessed"; acknowledgements belong to the old visit.
    for (const QString &id : c.itemIds())
        QCOMPARE(next.state(id), FlagState::NotAssessed);
    QVERIFY(next.acknowledgements().isEmpty());
    QCOMPARE(next.checklistRevision(), 1);
    next.setState(u"cancer-history"_s, FlagState::Present, kDay2);
    next.setState(u"night-pain"_s, FlagState::Absent, kDay2);
    next.setState(u"weight-loss"_s, FlagState::Present, kDay2);
    QCOMPARE(next.firstPresent(u"cancer-history"_s), kDay1); // still there: dated from the first visit
    QCOMPARE(next.firstPresent(u"weight-loss"_s), kDay2);    // new at this visit

    // A flag not asked at the second visit keeps its date for the third.
    RedFlagScreen third = RedFlagScreen::rescreen(RedFlagScreen::rescreen(first));
    third.setState(u"cancer-history"_s, FlagState::Present, kDay2.addDays(30));
    QCOMPARE(third.firstPresent(u"cancer-history"_s), kDay1);
    // One found absent in between is new again.
    RedFlagScreen afterAbsent = RedFlagScreen::rescreen(next);
    afterAbsent.setState(u"night-pain"_s, FlagState::Present, kDay2.addDays(30));
    QCOMPARE(afterAbsent.firstPresent(u"night-pain"_s), kDay2.addDays(30));
}

void TestRedFlags::needingAction()
{
    const RedFlagChecklist c = bundled();
    // Soft alone (routine) and spondyloarthritis (routine) need no acknowledgement.
    QVERIFY(screenWith({u"age-over-50"_s, u"spa-younger-onset"_s}).needingAction(c).isEmpty());

    const RedFlagScreen s = screenWith({u"age-over-50"_s, u"weight-loss"_s, u"fracture-trauma"_s, u"spa-younger-onset"_s});
    const auto pending = s.needingAction(c);
    QCOMPARE(pending.size(), 3);
    QCOMPARE(pending[0].itemId, u"fracture-trauma"_s);
    QCOMPARE(pending[0].urgency, Urgency::Urgent);
    // Once two malignancy flags are present, the soft one is part of a "soon" condition.
    QCOMPARE(pending[1].itemId, u"weight-loss"_s);
    QCOMPARE(pending[2].itemId, u"age-over-50"_s);
    QCOMPARE(pending[2].urgency, Urgency::Soon);
    QCOMPARE(pending[2].conditionId, u"malignancy"_s);
    QCOMPARE(s.unacknowledged(c).size(), 3);
}

void TestRedFlags::acknowledgeItemAndCondition()
{
    const RedFlagChecklist c = bundled();
    RedFlagScreen s = screenWith({u"fracture-osteoporosis"_s, u"fracture-corticosteroids"_s, u"infection-fever"_s});
    QCOMPARE(s.unacknowledged(c).size(), 3);

    QString error;
    QVERIFY2(s.acknowledge(c, ackFor(u"fracture"_s, u"  Lumbar X-ray ordered  "_s), &error), qPrintable(error));
    QCOMPARE(s.acknowledgements().size(), 1);
    QCOMPARE(s.acknowledgements().first().items, (QStringList{u"fracture-corticosteroids"_s, u"fracture-osteoporosis"_s}));
    QCOMPARE(s.acknowledgements().first().actionTaken, u"Lumbar X-ray ordered"_s);
    QVERIFY(s.isAcknowledged(u"fracture-osteoporosis"_s));
    QCOMPARE(s.unacknowledged(c).size(), 1);
    QCOMPARE(s.unacknowledged(c).first().itemId, u"infection-fever"_s);

    Acknowledgement reason = ackFor(u"infection-fever"_s, QString());
    reason.reasonNotActing = u"Fever explained by a cold; reviewed, no spinal tenderness"_s;
    QVERIFY2(s.acknowledge(c, reason, &error), qPrintable(error));
    QVERIFY(s.unacknowledged(c).isEmpty());
    QCOMPARE(s.needingAction(c).size(), 3);
    const auto flags = s.needingAction(c);
    QVERIFY(std::all_of(flags.begin(), flags.end(), [](const FlagNeedingAction &f) { return f.acknowledged; }));
    QCOMPARE(s.acknowledgements().last().items, QStringList{u"infection-fever"_s});
    QCOMPARE(s.acknowledgements().last().clinicianId, 7);
    QCOMPARE(s.acknowledgements().last().at, QDateTime(kDay1, QTime(10, 15), Qt::UTC));
}

void TestRedFlags::acknowledgementRefused()
{
    const RedFlagChecklist c = bundled();
    RedFlagScreen s = screenWith({u"infection-fever"_s});
    QString error;

    Acknowledgement nobody = ackFor(u"infection-fever"_s);
    nobody.clinicianId = 0;
    QVERIFY(!s.acknowledge(c, nobody, &error));
    QVERIFY2(error.contains(u"clinician"_s), qPrintable(error));

    Acknowledgement noTime = ackFor(u"infection-fever"_s);
    noTime.at = QDateTime();
    QVERIFY(!s.acknowledge(c, noTime, &error));
    QVERIFY2(error.contains(u"when"_s), qPrintable(error));

    QVERIFY(!s.acknowledge(c, ackFor(u"infection-fever"_s, u"   "_s), &error));
    QVERIFY2(error.contains(u"reason for not acting"_s), qPrintable(error));

    QVERIFY(!s.acknowledge(c, ackFor(u"night-pain"_s), &error));
    QVERIFY2(error.contains(u"not marked present"_s), qPrintable(error));
    QVERIFY(!s.acknowledge(c, ackFor(u"fracture"_s), &error));
    QVERIFY2(error.contains(u"No flag of"_s), qPrintable(error));
    QVERIFY(!s.acknowledge(c, ackFor(u"no-such-flag"_s), &error));
    QVERIFY2(error.contains(u"no-such-flag"_s), qPrintable(error));

    QVERIFY(s.acknowledgements().isEmpty());
    QCOMPARE(s.unacknowledged(c).size(), 1);
}

void TestRedFlags::newFlagAfterAcknowledgementNeedsItsOwn()
{
    const RedFlagChecklist c = bundled();
    RedFlagScreen s = screenWith({u"fracture-osteoporosis"_s});
    QVERIFY(s.acknowledge(c, ackFor(u"fracture"_s, u"X-ray ordered"_s), nullptr));
    QVERIFY(s.unacknowledged(c).isEmpty());
    // Trauma found later escalates the condition; the new flag needs its own acknowledgement.
    s.setState(u"fracture-trauma"_s, FlagState::Present, kDay1);
    const auto pending = s.unacknowledged(c);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().itemId, u"fracture-trauma"_s);
    QCOMPARE(pending.first().urgency, Urgency::Urgent);
}

void TestRedFlags::jsonRoundTrip()
{
    const RedFlagChecklist c = bundled();
    RedFlagScreen s = screenWith({u"cancer-history"_s, u"fracture-trauma"_s}, kDay1);
    s.setChecklistRevision(c.revision);
    s.setState(u"night-pain"_s, FlagState::Absent, kDay2);
    QVERIFY(s.acknowledge(c, ackFor(u"malignancy"_s), nullptr));
    Acknowledgement reason = ackFor(u"fracture-trauma"_s, QString());
    reason.reasonNotActing = u"CT done in the emergency department yesterday — «sin fractura»"_s;
    QVERIFY(s.acknowledge(c, reason, nullptr));

    const QByteArray bytes = QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact);
    QString error;
    const auto back = RedFlagScreen::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, s);
    QCOMPARE(back->firstPresent(u"cancer-history"_s), kDay1);
    QCOMPARE(back->acknowledgements().last().reasonNotActing, reason.reasonNotActing);
    QCOMPARE(back->concern(c), Urgency::Urgent);
    QVERIFY(back->unacknowledged(c).isEmpty());

    const auto empty = RedFlagScreen::fromJson(RedFlagScreen().toJson(), &error);
    QVERIFY2(empty, qPrintable(error));
    QCOMPARE(*empty, RedFlagScreen());
}

void TestRedFlags::jsonKeepsAnswersToUnknownItems()
{
    RedFlagScreen s;
    s.setState(u"item-from-revision-0"_s, FlagState::Present, kDay1);
    QString error;
    const auto back = RedFlagScreen::fromJson(s.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->state(u"item-from-revision-0"_s), FlagState::Present);
    QCOMPARE(back->firstPresent(u"item-from-revision-0"_s), kDay1);
}

void TestRedFlags::jsonErrorsNamePath()
{
    QJsonObject json = screenWith({u"weight-loss"_s}).toJson();
    QJsonObject answers = json.value(u"answers"_s).toObject();
    answers.insert(u"weight-loss"_s, QJsonObject{{u"state"_s, u"maybe"_s}});
    json.insert(u"answers"_s, answers);
    QString error;
    QVERIFY(!RedFlagScreen::fromJson(json, &error));
    QVERIFY2(error.contains(u"red-flag screen: answers.weight-loss.state: unknown value \"maybe\""_s), qPrintable(error));

    json = RedFlagScreen().toJson();
    json.insert(u"format"_s, 2);
    QVERIFY(!RedFlagScreen::fromJson(json, &error));
    QVERIFY2(error.contains(u"format"_s), qPrintable(error));

    json = RedFlagScreen().toJson();
    json.insert(u"acknowledgements"_s, QJsonArray{QJsonObject{{u"target"_s, u"fracture"_s}, {u"items"_s, QJsonArray{u"x"_s}},
                                                             {u"clinicianId"_s, 3}, {u"at"_s, u"yesterday"_s}, {u"note"_s, u"?"_s}}});
    QVERIFY(!RedFlagScreen::fromJson(json, &error));
    QVERIFY2(error.contains(u"acknowledgements[0].at: must be a date and time"_s), qPrintable(error));
    QVERIFY2(error.contains(u"acknowledgements[0].note: unknown key"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRedFlags)
#include "tst_redflags.moc"
