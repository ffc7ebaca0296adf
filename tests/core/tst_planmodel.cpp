// The plan model: JSON round trip, strict reading, what signing needs, and the diagnosis
// catalogue (verified codes only, Excludes1, strict loader naming file and path).
#include "core/contentjson.h"
#include "core/plan/diagnosis.h"
#include "core/plan/pareadiness.h"
#include "core/plan/plan.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Plans;

class TestPlanModel : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        TreatmentPlan p;
        p.problems << ProblemEntry{u"lumbar-radiculopathy"_s, u"left L5"_s, true} << ProblemEntry{{}, u"Low mood"_s, false};
        PlanItem i;
        i.id = u"item-1"_s;
        i.kind = ItemKind::Opioid;
        i.text = u"Tapentadol <b>& taper</b>"_s;
        i.citations << u"NICE"_s;
        i.keptWarnings << KeptWarning{u"opioid-chronic-lbp"_s, u"Taper plan agreed"_s};
        p.items << i;
        p.goals << Goal{u"Walk 30 minutes to work"_s, QDate(2026, 12, 1)};
        p.bottomLine = u"Bottom"_s;
        p.followUp = u"in 2–3 weeks"_s;
        p.copiesTo << u"Surgeon"_s;
        ContentErrors errors(u"plan"_s);
        const TreatmentPlan back = TreatmentPlan::fromJson(p.toJson(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.list().join(u'\n')));
        QCOMPARE(back, p);
        QCOMPARE(back.nextItemId(), u"item-2"_s);
    }

    void strictReading()
    {
        QJsonObject o = TreatmentPlan().toJson();
        o.insert(u"surprise"_s, 1);
        QJsonArray items{QJsonObject{{u"id"_s, u"x"_s}, {u"kind"_s, u"teleport"_s}}};
        o.insert(u"items"_s, items);
        ContentErrors errors(u"plan of visit 7"_s);
        TreatmentPlan::fromJson(o, &errors);
        const QString all = errors.list().join(u'\n');
        QVERIFY2(all.contains(u"surprise"_s), qPrintable(all));
        QVERIFY2(all.contains(u"items[0].kind"_s), qPrintable(all));
        QVERIFY(all.contains(u"plan of visit 7"_s));
    }

    void signingNeedsAGoalWithADateAfterTheVisit()
    {
        const QDate visit(2026, 9, 30);
        TreatmentPlan p;
        QVERIFY(p.problemsForSigning(visit).join(u' ').contains(u"at least one goal"_s));
        PlanItem i;
        i.id = u"a"_s;
        i.text = u"Physical therapy"_s;
        p.items << i;
        p.bottomLine = u"x"_s;
        p.goals << Goal{u"Lift grandchild"_s, QDate()};
        QVERIFY(p.problemsForSigning(visit).join(u' ').contains(u"no target date"_s));
        p.goals[0].targetDate = visit;
        QVERIFY(p.problemsForSigning(visit).join(u' ').contains(u"not after the visit"_s));
        p.goals[0].targetDate = visit.addDays(42);
        QVERIFY2(p.problemsForSigning(visit).isEmpty(), qPrintable(p.problemsForSigning(visit).join(u'\n')));
    }

    void bundledCatalogueUsesVerifiedCodesOnly()
    {
        const DiagnosisCatalogue &c = DiagnosisCatalogue::bundled();
        QVERIFY2(c.errors().isEmpty(), qPrintable(c.errors().join(u'\n')));
        QVERIFY(c.all().size() >= 8);
        for (const DiagnosisDefinition &d : c.all()) {
            QVERIFY(d.icd10cm.isEmpty() || verifiedIcd10Codes().contains(d.icd10cm));
            QVERIFY(d.snomed.isEmpty() || verifiedSnomedCodes().contains(d.snomed));
            QVERIFY(!d.patientWords.isEmpty());
        }
        QVERIFY(!verifiedIcd10Codes().contains(u"M48.062"_s)); // [S] in codes-and-fhir.md
        QVERIFY(!verifiedIcd10Codes().contains(u"M54.17"_s));
        QCOMPARE(c.find(u"non-specific-lbp"_s)->icd10cm, u"M54.50"_s);
    }

    void badCatalogueNamesFileAndPath()
    {
        QStringList errors;
        const auto c = DiagnosisCatalogue::parse(
            R"({"checkedAgainst":"x","diagnoses":[{"id":"a","label":"A","patientWords":"a","icd10cm":{"code":"M48.062","title":"t"}},
                {"id":"a","label":"B","patientWords":"b","colour":"red"}]})",
            u"diagnoses.json"_s, &errors);
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(u"diagnoses.json: diagnoses[0].icd10cm.code"_s), qPrintable(all));
        QVERIFY(all.contains(u"diagnoses[1].id"_s));
        QVERIFY(all.contains(u"colour"_s));
        QVERIFY(c.all().isEmpty());
        DiagnosisCatalogue::parse("{not json", u"broken.json"_s, &errors);
        QVERIFY(errors.join(u' ').contains(u"broken.json"_s));
    }

    void excludesOne()
    {
        QVERIFY(!excludesConflict({u"M54.16"_s, u"M51.16"_s}).isEmpty());
        QVERIFY(excludesConflict({u"M54.16"_s, u"M48.061"_s}).isEmpty());
    }

    void readinessForAFusionRequest()
    {
        const QDate asOf(2026, 9, 30);
        AssessmentSummary summary;
        ReadinessInput in;
        in.asOf = asOf;
        in.summary = &summary;
        in.fusionConsidered = true;
        ImagingStudy mri;
        mri.date = asOf.addMonths(-8);
        mri.modality = u"MRI"_s;
        mri.concordance = ImagingConcordance::Concordant;
        in.intake.imaging << mri;
        in.intake.conservativeCare << ConservativeCareEntry{0, u"Physical therapy"_s, {}, asOf.addDays(-70), asOf.addDays(-14), 12,
                                                            TreatmentResponse::NoChange, {}};
        in.intake.medications << MedicationTrial{0, u"Naproxen"_s, TreatmentResponse::NoChange, {}};
        in.intake.nicotine = NicotineStatus::Current;
        auto status = [&](const QString &id) {
            for (const ReadinessElement &e : checkReadiness(in).elements)
                if (e.id == id)
                    return e.status;
            return ReadinessStatus::NotApplicable;
        };
        QCOMPARE(status(u"concordant-imaging"_s), ReadinessStatus::Met);
        QCOMPARE(status(u"imaging-age"_s), ReadinessStatus::NotMet); // 8 months
        QCOMPARE(status(u"active-pt"_s), ReadinessStatus::Met);      // 8 weeks, 12 sessions
        QCOMPARE(status(u"conservative-care"_s), ReadinessStatus::NotMet); // fusion needs 3 months
        QCOMPARE(status(u"nicotine"_s), ReadinessStatus::NotMet);
        QCOMPARE(status(u"neuro-exam"_s), ReadinessStatus::NotDocumented);
        QCOMPARE(status(u"severity-scores"_s), ReadinessStatus::NotDocumented);
        QCOMPARE(status(u"behavioural-health"_s), ReadinessStatus::NotDocumented);
        QCOMPARE(status(u"red-flag-exception"_s), ReadinessStatus::NotApplicable);
        in.fusionConsidered = false;
        QCOMPARE(status(u"conservative-care"_s), ReadinessStatus::Met); // 6 weeks for decompression
        QCOMPARE(status(u"nicotine"_s), ReadinessStatus::NotApplicable);
        QCOMPARE(monthsBetween(QDate(2026, 1, 31), QDate(2026, 7, 30)), 5);
        QCOMPARE(monthsBetween(QDate(2026, 1, 31), QDate(2026, 7, 31)), 6);
    }
};

QTEST_GUILESS_MAIN(TestPlanModel)
#include "tst_planmodel.moc"
