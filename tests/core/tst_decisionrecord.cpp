// The decision record and SURE (shared-decisions.md §2), and which aid is suggested from the
// assessment (issue 4).
#include "core/decisionaids/record.h"
#include "core/decisionaids/suggestion.h"
#include "core/instruments/library.h"
#include "core/instruments/scorer.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Aids;

namespace {
ImagingStudy mri(ImagingFinding finding)
{
    ImagingStudy s;
    s.date = QDate(2026, 9, 1);
    s.modality = u"MRI"_s;
    s.finding = finding;
    return s;
}
} // namespace

class TestDecisionRecord : public QObject
{
    Q_OBJECT
private slots:
    void sureTestVectors()
    {
        // shared-decisions.md §2 test vectors.
        const auto all = scoreSure({true, true, true, true});
        QVERIFY(all.complete);
        QCOMPARE(all.score, std::optional<int>(4));
        QVERIFY(!all.conflict);
        const auto u = scoreSure({true, false, true, true});
        QCOMPARE(u.score, std::optional<int>(3));
        QVERIFY(u.conflict);
        QCOMPARE(u.noItems, QStringList{u"sure-u"_s});
        const auto none = scoreSure({false, false, false, false});
        QCOMPARE(none.score, std::optional<int>(0));
        QVERIFY(none.conflict);
        const auto partial = scoreSure({true, std::nullopt, true, true});
        QVERIFY(!partial.complete);
        QVERIFY(!partial.score);
        QVERIFY(!partial.conflict); // incomplete is reported as incomplete, not as a score
    }

    void sureAgreesWithTheInstrumentEngine()
    {
        const auto library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        const Instruments::Definition *sure = library.find(u"sure"_s);
        QVERIFY(sure);
        QCOMPARE(sure->items.size(), kSureItems);
        for (int i = 0; i < kSureItems; ++i)
            QCOMPARE(sure->items[i].linkId, sureItemIds()[i]);
        for (int mask = 0; mask < 16; ++mask) {
            QList<std::optional<bool>> answers;
            QStringList positions;
            for (int i = 0; i < kSureItems; ++i) {
                const bool yes = mask & (1 << i);
                answers << yes;
                positions << (yes ? u"1"_s : u"0"_s); // options are listed no, yes
            }
            const auto parsed = Instruments::parseAnswerList(*sure, positions, {});
            QVERIFY(parsed.response);
            const auto engine = Instruments::score(*sure, *parsed.response);
            QCOMPARE(double(*scoreSure(answers).score), *engine.scales.first());
        }
    }

    void everyNoItemHasASuggestion()
    {
        for (const QString &id : sureItemIds())
            QVERIFY(!sureSuggestion(id).isEmpty());
    }

    void jsonRoundTrip()
    {
        DecisionRecord r;
        r.aidSha256 = u"abc"_s;
        r.optionsDiscussed = {u"conservative"_s, u"early-surgery"_s};
        r.values = {{u"avoid-operation"_s, 8}, {u"fast-relief"_s, 3}};
        r.preferredOption = QString::fromLatin1(kUndecided);
        r.sure = {true, false, true, std::nullopt};
        r.knowledge = {{u"k1"_s, u"same"_s}};
        r.participants = {u"Patient"_s, u"Spouse"_s};
        r.note = u"Wants to talk to family"_s;
        r.recordedBy = 3;
        r.recordedAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        ContentErrors errors(u"record"_s);
        const DecisionRecord back = DecisionRecord::fromJson(r.toJson(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.list().join(u'\n')));
        QCOMPARE(back.optionsDiscussed, r.optionsDiscussed);
        QCOMPARE(back.values, r.values);
        QVERIFY(back.undecided());
        QCOMPARE(back.sure, r.sure);
        QCOMPARE(back.knowledge, r.knowledge);
        QCOMPARE(back.participants, r.participants);
        QCOMPARE(back.note, r.note);
        QCOMPARE(back.aidSha256, r.aidSha256);
        QCOMPARE(back.recordedAt, r.recordedAt);
    }

    void damagedRecordIsReportedWithItsPath()
    {
        ContentErrors errors(u"decision sciatica"_s);
        DecisionRecord::fromJson(QJsonObject{{u"values"_s, QJsonObject{{u"fast"_s, 14}}}, {u"sure"_s, QJsonArray{u"maybe"_s}},
                                             {u"extra"_s, 1}},
                                 &errors);
        const QString all = errors.list().join(u'\n');
        QVERIFY2(all.contains(u"decision sciatica: values.fast: must be a whole number from 0 to 10"_s), qPrintable(all));
        QVERIFY(all.contains(u"decision sciatica: sure[0]: must be \"yes\", \"no\" or null"_s));
        QVERIFY(all.contains(u"decision sciatica: extra: unknown key"_s));
    }

    void suggestions_data()
    {
        QTest::addColumn<int>("dominance");
        QTest::addColumn<int>("duration");
        QTest::addColumn<QList<int>>("findings");
        QTest::addColumn<bool>("claudication");
        QTest::addColumn<bool>("fusion");
        QTest::addColumn<bool>("injection");
        QTest::addColumn<QStringList>("aids");
        const int leg = int(PainDominance::Leg), back = int(PainDominance::Back), none = int(PainDominance::NotRecorded);
        const int chronic = int(DurationClass::Chronic), subacute = int(DurationClass::Subacute);
        const int disc = int(ImagingFinding::DiscHerniation), stenosis = int(ImagingFinding::Stenosis),
                  slip = int(ImagingFinding::Spondylolisthesis);
        QTest::newRow("sciatica") << leg << subacute << QList<int>{disc} << false << false << false << QStringList{u"sciatica-disc-herniation"_s};
        QTest::newRow("leg pain without imaging") << leg << subacute << QList<int>{} << false << false << false << QStringList{};
        QTest::newRow("back pain with a disc on MRI") << back << subacute << QList<int>{disc} << false << false << false << QStringList{};
        QTest::newRow("stenosis") << leg << chronic << QList<int>{stenosis} << true << false << false << QStringList{u"lumbar-stenosis"_s};
        QTest::newRow("stenosis without claudication") << none << chronic << QList<int>{stenosis} << false << false << false << QStringList{};
        QTest::newRow("spondylolisthesis") << leg << chronic << QList<int>{stenosis, slip} << true << false << false
                                           << QStringList{u"degenerative-spondylolisthesis"_s};
        QTest::newRow("chronic axial, fusion discussed") << back << chronic << QList<int>{} << false << true << false
                                                         << QStringList{u"chronic-low-back-pain"_s};
        QTest::newRow("subacute axial, fusion discussed") << back << subacute << QList<int>{} << false << true << false << QStringList{};
        QTest::newRow("chronic axial, no fusion") << back << chronic << QList<int>{} << false << false << false << QStringList{};
        QTest::newRow("injection") << leg << subacute << QList<int>{disc} << false << false << true
                                   << QStringList{u"sciatica-disc-herniation"_s, u"epidural-steroid-injection"_s};
    }

    void suggestions()
    {
        QFETCH(int, dominance);
        QFETCH(int, duration);
        QFETCH(QList<int>, findings);
        QFETCH(bool, claudication);
        QFETCH(bool, fusion);
        QFETCH(bool, injection);
        QFETCH(QStringList, aids);
        SuggestionInput in;
        in.dominance = PainDominance(dominance);
        in.duration = DurationClass(duration);
        for (int f : findings)
            in.imaging << mri(ImagingFinding(f));
        in.considerations.neurogenicClaudication = claudication ? YesNoUnknown::Yes : YesNoUnknown::NotRecorded;
        in.considerations.fusionDiscussed = fusion;
        in.considerations.injectionConsidered = injection;
        QStringList got;
        for (const AidSuggestion &s : suggestAids(in)) {
            QVERIFY(!s.reason.isEmpty());
            got << s.aidId;
        }
        QCOMPARE(got, aids);
    }

    void considerationsRoundTrip()
    {
        TreatmentConsiderations c;
        c.neurogenicClaudication = YesNoUnknown::No;
        c.injectionConsidered = true;
        c.guidance = InjectionGuidance::CtWithContrast;
        c.approach = InjectionApproach::Transforaminal;
        c.levels = 2;
        c.injectate = Injectate::Corticosteroid;
        c.deepSedation = YesNoUnknown::No;
        c.physicalTherapyNotTolerated = u"Pain flare with every session"_s;
        QVERIFY(!c.isEmpty());
        ContentErrors errors(u"considerations"_s);
        const auto back = TreatmentConsiderations::fromJson(c.toJson(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(back.toJson(), c.toJson());
        QVERIFY(TreatmentConsiderations{}.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDecisionRecord)
#include "tst_decisionrecord.moc"
