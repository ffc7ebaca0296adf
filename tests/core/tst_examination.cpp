// The examination (issue 3): validation names the field of each out-of-range value, valid
// findings give no message, codes map back, and the JSON round trip keeps every finding;
// stored JSON that cannot be read is refused with the path of the problem.
#include "core/examination.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {

QStringList fields(const FieldErrors &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << e.field;
    return out;
}

// An L5 radiculopathy picture on the left, with every kind of finding filled in.
Examination fullExam()
{
    Examination e;
    e.visitId = 12;
    for (SpinalRoot r : examinedRoots()) {
        e.root(r).strength = {5, 5};
        e.root(r).sensation = {SensoryFinding::Normal, SensoryFinding::Normal};
    }
    e.root(SpinalRoot::L5).strength.left = 3;
    e.root(SpinalRoot::S1).strength.right = kNotTested;
    e.root(SpinalRoot::L5).sensation.left = SensoryFinding::Reduced;
    e.root(SpinalRoot::L2).sensation.right = SensoryFinding::NotTested;
    e.root(SpinalRoot::S1).sensation.left = SensoryFinding::Absent;
    e.patellar = {ReflexFinding::Normal, ReflexFinding::Brisk};
    e.achilles = {ReflexFinding::Reduced, ReflexFinding::NotTested};
    e.straightLegRaise.left = {TestResult::Positive, 40};
    e.straightLegRaise.right = {TestResult::Negative, kNotTested};
    e.crossedStraightLegRaise = TestResult::Negative;
    e.femoralStretch = {TestResult::Negative, TestResult::NotTested};
    e.gait = {u"Antalgic, shortened stance on the left — «cojea»"_s, true, true, false};
    e.directionalPreference = DirectionalPreference::Extension;
    e.level = SpinalLevel::L4L5;
    e.levelSide = LevelSide::Left;
    e.imagingConcordance = ImagingConcordance::Concordant;
    e.note = u"Findings point to the left L5 root."_s;
    e.rowVersion = 4;
    return e;
}

} // namespace

class TestExamination : public QObject
{
    Q_OBJECT

private slots:
    void emptyExamIsValidAndEmpty();
    void fullExamIsValid();
    void gradeRange_data();
    void gradeRange();
    void straightLegRaiseAngle();
    void levelAndConcordance();
    void codesMapBack();
    void labels();
    void jsonRoundTrip();
    void jsonLeavesOutWhatWasNotTested();
    void jsonErrorsNamePath();
};

void TestExamination::emptyExamIsValidAndEmpty()
{
    const Examination e;
    QVERIFY(e.isEmpty());
    QVERIFY(e.validate().isEmpty());
    for (SpinalRoot r : examinedRoots()) {
        QCOMPARE(e.root(r).strength.left, kNotTested);
        QCOMPARE(e.root(r).sensation.right, SensoryFinding::NotTested);
    }
    QCOMPARE(e.patellar.left, ReflexFinding::NotTested);
    QCOMPARE(e.straightLegRaise.right.result, TestResult::NotTested);
    QCOMPARE(e.directionalPreference, DirectionalPreference::NotAssessed);
    QCOMPARE(e.imagingConcordance, ImagingConcordance::NotAssessed);
}

void TestExamination::fullExamIsValid()
{
    const Examination e = fullExam();
    QVERIFY(!e.isEmpty());
    const FieldErrors errors = e.validate();
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().field + u": "_s + errors.first().message));
}

void TestExamination::gradeRange_data()
{
    QTest::addColumn<int>("grade");
    QTest::addColumn<bool>("valid");
    QTest::newRow("not tested") << kNotTested << true;
    QTest::newRow("0") << 0 << true;
    QTest::newRow("5") << 5 << true;
    QTest::newRow("6") << 6 << false;
    QTest::newRow("-2") << -2 << false;
}

void TestExamination::gradeRange()
{
    QFETCH(int, grade);
    QFETCH(bool, valid);
    Examination e;
    e.root(SpinalRoot::L4).strength.left = grade;
    e.root(SpinalRoot::S1).strength.right = grade;
    const FieldErrors errors = e.validate();
    if (valid) {
        QVERIFY(errors.isEmpty());
    } else {
        QCOMPARE(fields(errors), (QStringList{u"strength.L4.left"_s, u"strength.S1.right"_s}));
        QVERIFY(errors.first().message.contains(u"0 to 5"_s));
    }
}

void TestExamination::straightLegRaiseAngle()
{
    Examination e;
    e.straightLegRaise.left = {TestResult::Positive, kNotTested}; // positive, angle not measured
    QVERIFY(e.validate().isEmpty());
    e.straightLegRaise.left.angle = 0;
    QCOMPARE(fields(e.validate()), QStringList{u"straightLegRaise.left.angle"_s});
    e.straightLegRaise.left.angle = 121;
    QCOMPARE(fields(e.validate()), QStringList{u"straightLegRaise.left.angle"_s});
    e.straightLegRaise.left.angle = 120;
    QVERIFY(e.validate().isEmpty());
    e.straightLegRaise.right = {TestResult::Negative, 45};
    QCOMPARE(fields(e.validate()), QStringList{u"straightLegRaise.right.angle"_s});
    QVERIFY(e.validate().first().message.contains(u"positive"_s));
}

void TestExamination::levelAndConcordance()
{
    Examination e;
    e.imagingConcordance = ImagingConcordance::Concordant;
    QCOMPARE(fields(e.validate()), QStringList{u"imagingConcordance"_s});
    e.imagingConcordance = ImagingConcordance::NoImaging; // needs no level
    QVERIFY(e.validate().isEmpty());
    e.levelSide = LevelSide::Right;
    QCOMPARE(fields(e.validate()), QStringList{u"levelSide"_s});
    e.level = SpinalLevel::NonLocalising;
    QCOMPARE(fields(e.validate()), QStringList{u"levelSide"_s});
    e.imagingConcordance = ImagingConcordance::Discordant; // non-localising findings can be discordant
    e.levelSide = LevelSide::NotStated;
    QVERIFY(e.validate().isEmpty());
    e.level = SpinalLevel::L5S1;
    e.levelSide = LevelSide::Bilateral;
    QVERIFY(e.validate().isEmpty());
}

void TestExamination::codesMapBack()
{
    QStringList codes;
    for (SpinalRoot r : examinedRoots()) {
        QCOMPARE(spinalRootFromCode(spinalRootCode(r)), r);
        codes << spinalRootCode(r);
    }
    QCOMPARE(codes, (QStringList{u"L2"_s, u"L3"_s, u"L4"_s, u"L5"_s, u"S1"_s}));
    codes.clear();
    for (SpinalLevel l : spinalLevels()) {
        QCOMPARE(spinalLevelFromCode(spinalLevelCode(l)), l);
        codes << spinalLevelCode(l);
    }
    QCOMPARE(codes, (QStringList{u"not-stated"_s, u"non-localising"_s, u"L1-2"_s, u"L2-3"_s, u"L3-4"_s, u"L4-5"_s, u"L5-S1"_s}));
    for (DirectionalPreference d : directionalPreferences())
        QCOMPARE(directionalPreferenceFromCode(directionalPreferenceCode(d)), d);
    for (auto f : {SensoryFinding::NotTested, SensoryFinding::Normal, SensoryFinding::Reduced, SensoryFinding::Absent})
        QCOMPARE(sensoryFindingFromCode(sensoryFindingCode(f)), f);
    for (auto f : {ReflexFinding::NotTested, ReflexFinding::Normal, ReflexFinding::Reduced, ReflexFinding::Absent, ReflexFinding::Brisk})
        QCOMPARE(reflexFindingFromCode(reflexFindingCode(f)), f);
    for (auto t : {TestResult::NotTested, TestResult::Negative, TestResult::Positive})
        QCOMPARE(testResultFromCode(testResultCode(t)), t);
    for (auto s : {LevelSide::NotStated, LevelSide::Left, LevelSide::Right, LevelSide::Bilateral})
        QCOMPARE(levelSideFromCode(levelSideCode(s)), s);
    for (auto c : {ImagingConcordance::NotAssessed, ImagingConcordance::Concordant, ImagingConcordance::Discordant, ImagingConcordance::NoImaging})
        QCOMPARE(imagingConcordanceFromCode(imagingConcordanceCode(c)), c);
    QVERIFY(!spinalRootFromCode(u"L6"));
    QVERIFY(!reflexFindingFromCode(u"hyper"));
}

void TestExamination::labels()
{
    QSet<QString> seen;
    for (SpinalRoot r : examinedRoots()) {
        QVERIFY(myotomeLabel(r).startsWith(spinalRootCode(r)));
        QVERIFY(dermatomeLabel(r).startsWith(spinalRootCode(r)));
        seen.insert(myotomeLabel(r));
    }
    QCOMPARE(seen.size(), 5);
    QCOMPARE(spinalLevelLabel(SpinalLevel::L4L5), u"L4-5"_s);
    QVERIFY(!directionalPreferenceLabel(DirectionalPreference::LateralShiftLeft).isEmpty());
}

void TestExamination::jsonRoundTrip()
{
    const Examination e = fullExam();
    const QByteArray bytes = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
    QString error;
    const auto back = Examination::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->sameFindings(e));
    QCOMPARE(back->root(SpinalRoot::L5).strength.left, 3);
    QCOMPARE(back->root(SpinalRoot::S1).strength.right, kNotTested);
    QCOMPARE(back->straightLegRaise.left.angle, 40);
    QCOMPARE(back->gait.description, e.gait.description);
    QCOMPARE(back->visitId, 0);    // the database's, not the JSON's
    QCOMPARE(back->rowVersion, 0);

    const auto empty = Examination::fromJson(Examination().toJson(), &error);
    QVERIFY2(empty, qPrintable(error));
    QVERIFY(empty->isEmpty());
}

void TestExamination::jsonLeavesOutWhatWasNotTested()
{
    Examination e;
    e.root(SpinalRoot::L4).strength.right = 4;
    const QJsonObject json = e.toJson();
    QCOMPARE(json.value(u"strength"_s).toObject(), (QJsonObject{{u"L4"_s, QJsonObject{{u"right"_s, 4}}}}));
    QVERIFY(!json.contains(u"sensation"_s));
    QVERIFY(!json.contains(u"reflexes"_s));
    QVERIFY(!json.contains(u"gait"_s));
    QCOMPARE(json.value(u"directionalPreference"_s).toString(), u"not-assessed"_s);
}

void TestExamination::jsonErrorsNamePath()
{
    QJsonObject json = fullExam().toJson();
    QJsonObject strength = json.value(u"strength"_s).toObject();
    strength.insert(u"L4"_s, QJsonObject{{u"left"_s, 7}});
    strength.insert(u"L6"_s, QJsonObject{{u"left"_s, 5}});
    json.insert(u"strength"_s, strength);
    QJsonObject reflexes = json.value(u"reflexes"_s).toObject();
    reflexes.insert(u"achilles"_s, QJsonObject{{u"left"_s, u"hyper"_s}});
    json.insert(u"reflexes"_s, reflexes);
    json.insert(u"tone"_s, u"normal"_s);
    QString error;
    QVERIFY(!Examination::fromJson(json, &error));
    QVERIFY2(error.contains(u"examination: strength.L4.left: must be a whole number from 0 to 5"_s), qPrintable(error));
    QVERIFY2(error.contains(u"examination: strength.L6: not an examined root"_s), qPrintable(error));
    QVERIFY2(error.contains(u"examination: reflexes.achilles.left: unknown value \"hyper\""_s), qPrintable(error));
    QVERIFY2(error.contains(u"examination: tone: unknown key"_s), qPrintable(error));

    json = Examination().toJson();
    json.remove(u"format"_s);
    QVERIFY(!Examination::fromJson(json, &error));
    QVERIFY2(error.contains(u"examination: format: missing"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestExamination)
#include "tst_examination.moc"
