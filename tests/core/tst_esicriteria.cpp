// The ESI criteria check (esi-and-authorization.md §4, strictest set): a visit with every
// criterion documented passes; each criterion's data removed in turn becomes "not
// documented" (never "met"), and contrary data becomes "not met".
#include "core/esicriteria.h"

#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {
const QDate kVisit(2026, 9, 30);

InstrumentLine line(const char *id, double value)
{
    InstrumentLine l;
    l.instrumentId = QString::fromLatin1(id);
    l.title = l.instrumentId;
    l.date = kVisit;
    l.complete = true;
    ScaleLine s;
    s.value = value;
    l.scales << s;
    return l;
}

struct Fixture {
    AssessmentSummary summary;
    EsiInput in;

    Fixture()
    {
        summary.instruments = {line("nrs-leg", 7), line("odi", 44)};
        summary.redFlagsScreened = true;
        summary.redFlagStatus = u"No red flags present"_s;
        in.asOf = kVisit;
        in.summary = &summary;
        in.intake.dominance = PainDominance::Leg;
        in.intake.onsetDate = kVisit.addDays(-70);
        ConservativeCareEntry pt;
        pt.modality = u"Physical therapy"_s;
        pt.startDate = kVisit.addDays(-56);
        pt.endDate = kVisit.addDays(-14);
        in.intake.conservativeCare << pt;
        ImagingStudy mri;
        mri.modality = u"MRI"_s;
        mri.date = kVisit.addMonths(-1);
        mri.finding = ImagingFinding::DiscHerniation;
        mri.concordance = ImagingConcordance::Concordant;
        in.intake.imaging << mri;
        Examination exam;
        exam.level = SpinalLevel::L4L5;
        exam.imagingConcordance = ImagingConcordance::Concordant;
        exam.straightLegRaise.left.result = TestResult::Positive;
        in.examination = exam;
        Aids::DecisionRecord record;
        record.aidId = u"epidural-steroid-injection"_s;
        record.aidVersion = u"1.0"_s;
        record.optionsDiscussed = {u"no-injection"_s, u"injection"_s};
        record.sure = {true, true, true, true};
        in.decisions << record;
        auto &k = in.considerations;
        k.injectionConsidered = true;
        k.noPriorInjections = true;
        k.guidance = InjectionGuidance::FluoroscopyWithContrast;
        k.approach = InjectionApproach::Transforaminal;
        k.levels = 1;
        k.injectate = Injectate::Corticosteroid;
        k.deepSedation = YesNoUnknown::No;
    }

    CriterionStatus status(const QString &code) const
    {
        for (const EsiCriterion &c : checkEsiCriteria(in).criteria)
            if (c.code == code)
                return c.status;
        qFatal("no criterion %s", qPrintable(code));
    }
};

PriorInjection epidural(int daysBefore, int relief)
{
    PriorInjection p;
    p.date = kVisit.addDays(-daysBefore);
    p.type = u"Epidural steroid, transforaminal"_s;
    p.reliefPercent = relief;
    return p;
}
} // namespace

using Change = std::function<void(Fixture &)>;
Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(CriterionStatus)

class TestEsiCriteria : public QObject
{
    Q_OBJECT
private slots:
    void fullyDocumentedVisit()
    {
        Fixture f;
        const EsiCheck check = checkEsiCriteria(f.in);
        QCOMPARE(check.criteria.size(), 16);
        for (int i = 0; i < 16; ++i)
            QCOMPARE(check.criteria[i].code, u"E%1"_s.arg(i + 1));
        for (const EsiCriterion &c : check.criteria) {
            QVERIFY2(!c.detail.isEmpty() && !c.sources.isEmpty(), qPrintable(c.code));
            QVERIFY2(c.status != CriterionStatus::NotMet && c.status != CriterionStatus::NotDocumented,
                     qPrintable(c.code + u": "_s + c.detail));
        }
        // E2 (no stenosis) and E12/E14 (first injection) do not apply; E7 is the clinician's judgement.
        QCOMPARE(check.codes(CriterionStatus::NotApplicable), (QStringList{u"E2"_s, u"E12"_s, u"E14"_s}));
        QCOMPARE(check.codes(CriterionStatus::Advisory), QStringList{u"E7"_s});
        QCOMPARE(check.met(), 12);
        QCOMPARE(check.counted(), 12);
        QCOMPARE(check.summaryLine(), u"ESI criteria: 12 of 12 met; advisory: E7"_s);
    }

    void eachCriterionInTurn_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<Change>("change");
        QTest::addColumn<CriterionStatus>("expected");
        const auto notDoc = CriterionStatus::NotDocumented, notMet = CriterionStatus::NotMet, met = CriterionStatus::Met;
        QTest::newRow("E1 dominance missing") << u"E1"_s << Change([](Fixture &f) { f.in.intake.dominance = PainDominance::NotRecorded; }) << notDoc;
        QTest::newRow("E1 axial pain") << u"E1"_s << Change([](Fixture &f) { f.in.intake.dominance = PainDominance::Back; }) << notMet;
        QTest::newRow("E2 stenosis with claudication") << u"E2"_s << Change([](Fixture &f) {
            f.in.intake.imaging.first().finding = ImagingFinding::Stenosis;
            f.in.considerations.neurogenicClaudication = YesNoUnknown::Yes;
        }) << CriterionStatus::Advisory;
        QTest::newRow("E3 no imaging") << u"E3"_s << Change([](Fixture &f) { f.in.intake.imaging.clear(); }) << notDoc;
        QTest::newRow("E3 X-ray only") << u"E3"_s << Change([](Fixture &f) { f.in.intake.imaging.first().modality = u"X-ray"_s; }) << notDoc;
        QTest::newRow("E3 concordance not assessed") << u"E3"_s << Change([](Fixture &f) {
            f.in.intake.imaging.first().concordance = ImagingConcordance::NotAssessed;
            f.in.examination->imagingConcordance = ImagingConcordance::NotAssessed;
        }) << notDoc;
        QTest::newRow("E3 concordance from the examination") << u"E3"_s << Change([](Fixture &f) {
            f.in.intake.imaging.first().concordance = ImagingConcordance::NotAssessed;
        }) << met;
        QTest::newRow("E3 older than 24 months") << u"E3"_s << Change([](Fixture &f) { f.in.intake.imaging.first().date = kVisit.addMonths(-25); }) << notMet;
        QTest::newRow("E3 discordant") << u"E3"_s << Change([](Fixture &f) {
            f.in.intake.imaging.first().concordance = ImagingConcordance::Discordant;
        }) << notMet;
        QTest::newRow("E4 no examination") << u"E4"_s << Change([](Fixture &f) { f.in.examination.reset(); }) << notDoc;
        QTest::newRow("E4 level not stated") << u"E4"_s << Change([](Fixture &f) { f.in.examination->level = SpinalLevel::NotStated; }) << notDoc;
        QTest::newRow("E5 onset missing") << u"E5"_s << Change([](Fixture &f) { f.in.intake.onsetDate = {}; }) << notDoc;
        QTest::newRow("E5 three weeks") << u"E5"_s << Change([](Fixture &f) { f.in.intake.onsetDate = kVisit.addDays(-21); }) << notMet;
        QTest::newRow("E5 exactly four weeks") << u"E5"_s << Change([](Fixture &f) { f.in.intake.onsetDate = kVisit.addDays(-28); }) << met;
        QTest::newRow("E6 nothing recorded") << u"E6"_s << Change([](Fixture &f) { f.in.intake.conservativeCare.clear(); }) << notDoc;
        QTest::newRow("E6 PT without dates") << u"E6"_s << Change([](Fixture &f) {
            f.in.intake.conservativeCare.first().startDate = {};
        }) << notDoc;
        QTest::newRow("E6 three weeks of PT") << u"E6"_s << Change([](Fixture &f) {
            f.in.intake.conservativeCare.first().startDate = kVisit.addDays(-35);
        }) << notMet;
        QTest::newRow("E6 no PT, only massage") << u"E6"_s << Change([](Fixture &f) {
            f.in.intake.conservativeCare.first().modality = u"Massage"_s;
        }) << notMet;
        QTest::newRow("E6 PT not tolerated, reason given") << u"E6"_s << Change([](Fixture &f) {
            f.in.intake.conservativeCare.clear();
            f.in.considerations.physicalTherapyNotTolerated = u"Severe pain flare"_s;
        }) << met;
        QTest::newRow("E8 no function score") << u"E8"_s << Change([](Fixture &f) { f.summary.instruments.removeLast(); }) << notDoc;
        QTest::newRow("E8 no pain score") << u"E8"_s << Change([](Fixture &f) { f.summary.instruments.removeFirst(); }) << notDoc;
        QTest::newRow("E8 PEG covers both") << u"E8"_s << Change([](Fixture &f) { f.summary.instruments = {line("peg", 6)}; }) << met;
        QTest::newRow("E9 no decision aid") << u"E9"_s << Change([](Fixture &f) { f.in.decisions.clear(); }) << notDoc;
        QTest::newRow("E10 guidance missing") << u"E10"_s << Change([](Fixture &f) { f.in.considerations.guidance = InjectionGuidance::NotRecorded; }) << notDoc;
        QTest::newRow("E10 no contrast") << u"E10"_s << Change([](Fixture &f) {
            f.in.considerations.guidance = InjectionGuidance::FluoroscopyWithoutContrast;
        }) << notMet;
        QTest::newRow("E11 levels missing") << u"E11"_s << Change([](Fixture &f) { f.in.considerations.levels = 0; }) << notDoc;
        QTest::newRow("E11 three transforaminal levels") << u"E11"_s << Change([](Fixture &f) { f.in.considerations.levels = 3; }) << notMet;
        QTest::newRow("E11 two interlaminar levels") << u"E11"_s << Change([](Fixture &f) {
            f.in.considerations.approach = InjectionApproach::Interlaminar;
            f.in.considerations.levels = 2;
        }) << notMet;
        QTest::newRow("E12 history not confirmed") << u"E12"_s << Change([](Fixture &f) { f.in.considerations.noPriorInjections = false; }) << notDoc;
        QTest::newRow("E12 last injection 20 days ago") << u"E12"_s << Change([](Fixture &f) {
            f.in.intake.injections << epidural(20, 80);
        }) << notMet;
        QTest::newRow("E12 last injection 45 days ago") << u"E12"_s << Change([](Fixture &f) { f.in.intake.injections << epidural(45, 80); }) << met;
        QTest::newRow("E13 history not confirmed") << u"E13"_s << Change([](Fixture &f) { f.in.considerations.noPriorInjections = false; }) << notDoc;
        QTest::newRow("E13 three in six months") << u"E13"_s << Change([](Fixture &f) {
            f.in.intake.injections << epidural(40, 80) << epidural(90, 80) << epidural(150, 80);
        }) << notMet;
        QTest::newRow("E13 four in twelve months") << u"E13"_s << Change([](Fixture &f) {
            f.in.intake.injections << epidural(40, 80) << epidural(200, 80) << epidural(260, 80) << epidural(330, 80);
        }) << notMet;
        QTest::newRow("E13 other injections do not count") << u"E13"_s << Change([](Fixture &f) {
            PriorInjection facet = epidural(40, 80);
            facet.type = u"Facet joint injection"_s;
            f.in.intake.injections << facet << facet << facet << facet;
        }) << met;
        QTest::newRow("E14 relief unknown") << u"E14"_s << Change([](Fixture &f) { f.in.intake.injections << epidural(60, -1); }) << notDoc;
        QTest::newRow("E14 30 % relief") << u"E14"_s << Change([](Fixture &f) { f.in.intake.injections << epidural(60, 30); }) << notMet;
        QTest::newRow("E14 50 % relief") << u"E14"_s << Change([](Fixture &f) { f.in.intake.injections << epidural(60, 50); }) << met;
        QTest::newRow("E15 injectate missing") << u"E15"_s << Change([](Fixture &f) { f.in.considerations.injectate = Injectate::NotRecorded; }) << notDoc;
        QTest::newRow("E15 biologic") << u"E15"_s << Change([](Fixture &f) { f.in.considerations.injectate = Injectate::Biologic; }) << notMet;
        QTest::newRow("E15 deep sedation") << u"E15"_s << Change([](Fixture &f) { f.in.considerations.deepSedation = YesNoUnknown::Yes; }) << notMet;
        QTest::newRow("E16 not screened") << u"E16"_s << Change([](Fixture &f) {
            f.summary.redFlagsScreened = false;
            f.summary.redFlagStatus = u"red-flag screen incomplete"_s;
        }) << notDoc;
        QTest::newRow("E16 flag not acted on") << u"E16"_s << Change([](Fixture &f) {
            f.summary.redFlagsUnacknowledged = {u"Cauda equina: saddle anaesthesia"_s};
        }) << notMet;
    }

    void eachCriterionInTurn()
    {
        QFETCH(QString, code);
        QFETCH(Change, change);
        QFETCH(CriterionStatus, expected);
        Fixture f;
        change(f);
        QCOMPARE(f.status(code), expected);
    }

    void summaryLineNamesWhatIsMissing()
    {
        Fixture f;
        f.in.considerations.guidance = InjectionGuidance::NotRecorded;
        f.summary.instruments.clear();
        f.in.intake.dominance = PainDominance::Back;
        QCOMPARE(checkEsiCriteria(f.in).summaryLine(), u"ESI criteria: 9 of 12 met; not met: E1; not documented: E8, E10; advisory: E7"_s);
    }
};

QTEST_GUILESS_MAIN(TestEsiCriteria)
#include "tst_esicriteria.moc"
