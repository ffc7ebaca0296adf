// The FHIR R4 export of one visit (codes-and-fhir.md §4): a realistic hand-built visit becomes
// a document Bundle whose structure is checked here, which the offline validators accept
// (tests/fhir/validate.mjs: R4 JSON schema, Medplum, SpineDesk's FHIRPath rules), and which
// matches the golden file byte for byte. Broken bundles must be rejected, so the validator
// is shown to bite. SPINEDESK_UPDATE_GOLDEN=1 rewrites the golden files; SPINEDESK_NODE and
// SPINEDESK_FHIR_VALIDATOR override the Node and validator found at configure time.
#include "core/instruments/library.h"
#include "core/plan/diagnosis.h"
#include "interop/fhirbundle.h"
#include "interop/fhircodes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {

const QString kGolden = QStringLiteral(SPINEDESK_TEST_DATA "/fhir-visit.json");
const QString kCodesCopy = QStringLiteral(SPINEDESK_SOURCE_DIR "/tests/fhir/verified-codes.json");
const QString kCodesDoc = QStringLiteral(SPINEDESK_SOURCE_DIR "/../shared/clinical/codes-and-fhir.md");
// Another Node or validator copy can be tried without rebuilding (e.g. Debian's Node 18).
QString nodeProgram() { return qEnvironmentVariable("SPINEDESK_NODE", QStringLiteral(SPINEDESK_NODE)); }
QString validatorScript() { return qEnvironmentVariable("SPINEDESK_FHIR_VALIDATOR", QStringLiteral(SPINEDESK_FHIR_VALIDATOR)); }
const QByteArray kLetterPdf = QByteArrayLiteral("%PDF-1.4\n% SpineDesk test letter\n%%EOF\n");

ScoreRecord score(const QString &id, bool complete, const QMap<QString, std::optional<double>> &scales,
                  std::optional<QString> band = std::nullopt, const QStringList &alerts = {})
{
    return {id, QDate(2026, 9, 30), complete, scales, band, alerts};
}

// A signed initial visit: radicular leg pain, high-risk STarT Back, a PT and a psychology
// referral, two goals, a decision aid used; text with markup in it to prove the escaping.
VisitDossier realisticVisit(const Instruments::Library &library)
{
    VisitDossier d;
    d.clinic.name = u"Riverside Spine Center"_s;
    d.clinic.addressLines = {u"100 River Road, Suite 4"_s, u"Springfield, IL 62701"_s};
    d.clinic.phone = u"+1 217 555 0100"_s;
    d.clinic.fax = u"+1 217 555 0101"_s;
    d.patient = {41, u"García"_s, u"Ana"_s, QDate(1978, 3, 14), Sex::Female, u"MRN-000041"_s, u"+1 217 555 0141"_s, u"es"_s, 1};
    d.episode = {7, 41, u"Low back pain with left leg pain"_s, QDate(2026, 9, 30), false, 1};
    d.visit.id = 1207;
    d.visit.episodeId = 7;
    d.visit.patientId = 41;
    d.visit.kind = VisitKind::Initial;
    d.visit.status = VisitStatus::Signed;
    d.visit.visitDate = QDate(2026, 9, 30);
    d.visit.clinicianId = 3;
    d.visit.signedBy = 3;
    d.visit.signedAt = QDateTime(QDate(2026, 9, 30), QTime(16, 45), QTimeZone::utc());
    d.clinician = Clinician{3, u"Dana Whitfield"_s, u"MD"_s, ClinicianRole::Physiatrist, true};
    d.signer = d.clinician;
    d.referrer = ReferringClinician{12, u"Dr. Omar Haddad"_s, u"Northside Family Practice"_s, u"+1 217 555 0190"_s,
                                    u"+1 217 555 0191"_s, u"ohaddad@direct.northside.example.org"_s, 1};
    d.referral = Referral{5, 41, 12, QDate(2026, 9, 2), u"Low back pain with left leg pain for 9 weeks"_s,
                          u"Is an epidural injection indicated?"_s, 1};
    d.intake.onsetDate = QDate(2026, 7, 29);
    ImagingStudy mri;
    mri.date = QDate(2026, 9, 10);
    mri.modality = u"MRI lumbar spine"_s;
    mri.keyFinding = u"L5-S1 left paracentral disc protrusion contacting the S1 root"_s;
    d.intake.imaging << mri;

    const QList<ScoreRecord> scores{
        score(u"startback"_s, true, {{u"total"_s, 6.0}, {u"psychosocial"_s, 4.0}}, u"high"_s),
        score(u"odi"_s, true, {{u"total"_s, 16.0 / 45.0 * 100.0}}, u"moderate"_s),
        score(u"phq9"_s, true, {{u"total"_s, 12.0}}, u"moderate"_s),
        score(u"gad7"_s, true, {{u"total"_s, 7.0}}, u"mild"_s),
        score(u"peg"_s, true, {{u"total"_s, 19.0 / 3.0}}),
        score(u"nrs-back"_s, true, {{u"total"_s, 5.0}}),
        score(u"nrs-leg"_s, true, {{u"total"_s, 8.0}}),
        score(u"fabq"_s, false, {{u"pa"_s, std::nullopt}, {u"work"_s, std::nullopt}}),
    };
    QMap<QString, ScoreRecord> baselines;
    for (const ScoreRecord &s : scores)
        baselines.insert(s.instrumentId, s);
    d.summary = summarize(library, scores, baselines, DurationClass::Subacute, {});
    // The PHQ-9 as stored: answer codes and the definition they were scored with.
    ResponseRecord phq9{u"phq9"_s, u"1.0"_s, QString(64, u'c'), {}, QDateTime(QDate(2026, 9, 30), QTime(9, 0), Qt::UTC), u"patient"_s};
    const QStringList phqCodes{u"LA6570-1"_s, u"LA6569-3"_s, u"LA6570-1"_s, u"LA6570-1"_s, u"LA6569-3"_s,
                               u"LA6569-3"_s, u"LA6570-1"_s, u"LA6568-5"_s, u"LA6568-5"_s};
    for (int i = 0; i < phqCodes.size(); ++i)
        phq9.answers.insert(u"phq9-"_s + QString::number(i + 1), Instruments::Answer{phqCodes.at(i), {}, std::nullopt, {}});
    d.responses << phq9;
    d.summary.redFlagsScreened = true;
    d.summary.redFlagStatus = u"Red-flag screen complete, all negative"_s;
    d.history << VisitHistoryEntry{1207, QDate(2026, 9, 30), VisitKind::Initial, scores};

    Aids::DecisionRecord decision;
    decision.visitId = 1207;
    decision.aidId = u"sciatica-disc-herniation"_s;
    decision.aidVersion = u"1.0"_s;
    decision.optionsDiscussed = {u"conservative"_s, u"injection"_s, u"surgery"_s};
    decision.preferredOption = u"conservative"_s;
    decision.sure = {true, true, true, true};
    d.decisions << decision;

    Plans::TreatmentPlan plan;
    plan.visitId = 1207;
    plan.problems = {{u"lumbar-disc-radiculopathy"_s, u"left S1"_s, true},
                     {u"lumbar-stenosis-claudication"_s, {}, false}, // SNOMED verified, ICD-10-CM M48.062 [S]: no ICD code
                     {{}, u"Fear of movement & low mood <PHQ-9 12>"_s, false}};
    using Plans::ItemKind;
    using Plans::ItemOrigin;
    plan.items = {
        {u"rule:pathway"_s, ItemKind::Pathway, u"High-risk STarT Back package"_s, u"STarT Back high risk"_s, {}, ItemOrigin::Proposed, false, {}, {}, {}, false},
        {u"rule:pi-pt"_s, ItemKind::PsychologicallyInformedPT, u"Psychologically informed physical therapy, 6 sessions"_s,
         u"High-risk stratum"_s, {u"NICE NG59 1.1.3 [V]"_s}, ItemOrigin::Proposed, false, {}, {}, {}, false},
        {u"item-1"_s, ItemKind::BehaviouralHealth, u"Behavioural health assessment for low mood"_s, u"PHQ-9 12"_s, {}, ItemOrigin::Added, false, {}, {}, {}, false},
        {u"item-2"_s, ItemKind::Nsaid, u"Naproxen 500 mg twice daily with food, 2 weeks"_s, {}, {}, ItemOrigin::Added, false, {}, {}, {}, false},
        {u"rule:imaging"_s, ItemKind::ImagingDeferred, u"No repeat imaging now"_s, {}, {}, ItemOrigin::Proposed, false, {}, {}, {}, false},
        {u"rule:opioid"_s, ItemKind::Opioid, u"Removed: opioid"_s, {}, {}, ItemOrigin::Proposed, true, {}, {}, {}, false},
        {u"item-3"_s, ItemKind::RequestToPrimary, u"Please follow up mood in 4 weeks <script>alert(1)</script>"_s, {}, {},
         ItemOrigin::Added, false, {}, {}, {}, false},
    };
    plan.goals = {{u"Walk the dog for 30 minutes"_s, QDate(2026, 11, 15)}, {u"Return to full duties at work"_s, QDate(2026, 12, 31)}};
    plan.bottomLine = u"Left S1 radiculopathy from an L5-S1 disc protrusion; active care first & no injection now."_s;
    plan.followUp = u"in 6 weeks"_s;
    d.plan = plan;
    d.planSigned = true;
    d.planSignedAt = d.visit.signedAt;
    return d;
}

FhirExportOptions fixedOptions(bool withPdf)
{
    FhirExportOptions o;
    o.timestamp = QDateTime(QDate(2026, 10, 1), QTime(8, 0), QTimeZone::utc());
    o.uuidSeed = u"tst_fhirbundle"_s;
    if (withPdf)
        o.letterPdf = kLetterPdf;
    return o;
}

QList<QJsonObject> resources(const QJsonObject &bundle, const QString &type = {})
{
    QList<QJsonObject> out;
    for (const QJsonValue &e : bundle.value(u"entry"_s).toArray()) {
        const QJsonObject r = e.toObject().value(u"resource"_s).toObject();
        if (type.isEmpty() || r.value(u"resourceType"_s).toString() == type)
            out << r;
    }
    return out;
}

// Every value of a "reference" key and every Coding-like object, anywhere below `v`.
void walk(const QJsonValue &v, QStringList *references, QList<QJsonObject> *codings)
{
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            walk(x, references, codings);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"reference"_s).isString())
            *references << o.value(u"reference"_s).toString();
        if (o.contains(u"system"_s) && o.contains(u"code"_s))
            *codings << o;
        for (auto it = o.begin(); it != o.end(); ++it)
            walk(it.value(), references, codings);
    }
}

QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Indented); }

struct NodeRun {
    int code = -1;
    QString output;
};

} // namespace

class TestFhirBundle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Instruments::Library m_library;

    NodeRun validate(const QJsonObject &bundle, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json(bundle)) < 0)
            return {};
        f.close();
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(nodeProgram(), {validatorScript(), path});
        if (!node.waitForFinished(180000))
            return {-1, u"the validator did not finish: "_s + node.errorString()};
        return {node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1, QString::fromUtf8(node.readAll())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        for (const QString &id : {u"startback"_s, u"odi"_s, u"phq9"_s, u"gad7"_s, u"peg"_s, u"nrs-back"_s, u"nrs-leg"_s, u"fabq"_s})
            QVERIFY2(m_library.find(id), qPrintable(id));
        QVERIFY2(Plans::DiagnosisCatalogue::bundled().errors().isEmpty(),
                 qPrintable(Plans::DiagnosisCatalogue::bundled().errors().join(u'\n')));
    }

    void documentStructure()
    {
        const QJsonObject bundle = exportFhirBundle(realisticVisit(m_library), m_library, fixedOptions(true));
        QCOMPARE(bundle.value(u"type"_s).toString(), u"document"_s);
        QCOMPARE(bundle.value(u"identifier"_s)[u"system"_s].toString(), u"urn:ietf:rfc:3986"_s);
        QVERIFY(bundle.value(u"identifier"_s)[u"value"_s].toString().startsWith(u"urn:uuid:"_s));
        const QJsonArray entries = bundle.value(u"entry"_s).toArray();
        QSet<QString> fullUrls;
        for (const QJsonValue &e : entries) {
            const QString url = e[u"fullUrl"_s].toString();
            QVERIFY2(QRegularExpression(u"^urn:uuid:[0-9a-f-]{36}$"_s).match(url).hasMatch(), qPrintable(url));
            QVERIFY2(!fullUrls.contains(url), qPrintable(url));
            fullUrls.insert(url);
        }

        const QJsonObject comp = entries.first()[u"resource"_s].toObject();
        QCOMPARE(comp.value(u"resourceType"_s).toString(), u"Composition"_s);
        QCOMPARE(comp.value(u"status"_s).toString(), u"final"_s);
        QCOMPARE(comp.value(u"type"_s)[u"coding"_s][0][u"code"_s].toString(), u"11488-4"_s);
        QCOMPARE(comp.value(u"date"_s).toString(), u"2026-09-30T16:45:00Z"_s);
        QCOMPARE(bundle.value(u"timestamp"_s).toString(), u"2026-10-01T08:00:00Z"_s);
        QCOMPARE(comp.value(u"attester"_s)[0][u"mode"_s].toString(), u"legal"_s);

        // Every reference, from the Composition and from any resource, resolves in the Bundle,
        // and every entry is reachable from the Composition.
        QStringList references;
        QList<QJsonObject> codings;
        walk(QJsonArray(entries), &references, &codings);
        for (const QString &r : references)
            QVERIFY2(fullUrls.contains(r), qPrintable(r));
        QHash<QString, QJsonObject> byUrl;
        for (const QJsonValue &e : entries)
            byUrl.insert(e[u"fullUrl"_s].toString(), e[u"resource"_s].toObject());
        QSet<QString> reached{entries.first()[u"fullUrl"_s].toString()};
        QStringList queue{entries.first()[u"fullUrl"_s].toString()};
        while (!queue.isEmpty()) {
            QStringList refs;
            QList<QJsonObject> ignored;
            walk(byUrl.value(queue.takeFirst()), &refs, &ignored);
            for (const QString &r : refs)
                if (!reached.contains(r)) {
                    reached.insert(r);
                    queue << r;
                }
        }
        QCOMPARE(reached.size(), fullUrls.size());

        // Codes only from the verified list ([V] rows of codes-and-fhir.md).
        const QStringList controlled{Fhir::loincSystem(), Fhir::snomedSystem(), Fhir::icd10cmSystem()};
        int controlledCodings = 0;
        for (const QJsonObject &c : codings) {
            const QString system = c.value(u"system"_s).toString();
            if (!controlled.contains(system))
                continue;
            ++controlledCodings;
            QVERIFY2(Fhir::isVerified(system, c.value(u"code"_s).toString()), qPrintable(system + u'|' + c.value(u"code"_s).toString()));
        }
        QVERIFY(controlledCodings >= 10);

        QCOMPARE(resources(bundle, u"Patient"_s).size(), 1);
        const QJsonObject patient = resources(bundle, u"Patient"_s).first();
        QCOMPARE(patient[u"identifier"_s][0][u"value"_s].toString(), u"MRN-000041"_s);
        QCOMPARE(patient[u"birthDate"_s].toString(), u"1978-03-14"_s);
        QCOMPARE(patient[u"gender"_s].toString(), u"female"_s);
        QCOMPARE(patient[u"communication"_s][0][u"language"_s][u"coding"_s][0][u"code"_s].toString(), u"es"_s);
        QCOMPARE(resources(bundle, u"Practitioner"_s).size(), 2); // clinician and referrer
        QCOMPARE(resources(bundle, u"PractitionerRole"_s).size(), 1);
        QCOMPARE(resources(bundle, u"Organization"_s).size(), 1);
        const QJsonObject encounter = resources(bundle, u"Encounter"_s).first();
        QCOMPARE(encounter[u"class"_s][u"code"_s].toString(), u"AMB"_s);
        QCOMPARE(encounter[u"period"_s][u"start"_s].toString(), u"2026-09-30"_s);

        // Conditions: verified codes where the catalogue has them, text otherwise.
        const QList<QJsonObject> conditions = resources(bundle, u"Condition"_s);
        QCOMPARE(conditions.size(), 3);
        QCOMPARE(conditions[0][u"code"_s][u"coding"_s].toArray().size(), 2);
        QCOMPARE(conditions[0][u"code"_s][u"coding"_s][0][u"code"_s].toString(), u"M51.16"_s);
        QCOMPARE(conditions[0][u"code"_s][u"coding"_s][1][u"code"_s].toString(), u"202735001"_s);
        QCOMPARE(conditions[1][u"code"_s][u"coding"_s].toArray().size(), 1);
        QCOMPARE(conditions[1][u"code"_s][u"coding"_s][0][u"system"_s].toString(), Fhir::snomedSystem());
        QVERIFY(!conditions[2][u"code"_s].toObject().contains(u"coding"_s));
        QCOMPARE(conditions[2][u"code"_s][u"text"_s].toString(), u"Fear of movement & low mood <PHQ-9 12>"_s);
        for (const QJsonObject &c : conditions)
            QCOMPARE(c[u"category"_s][0][u"coding"_s][0][u"code"_s].toString(), u"encounter-diagnosis"_s);

        // Scores: survey Observations derived from their QuestionnaireResponse.
        const QList<QJsonObject> responses = resources(bundle, u"QuestionnaireResponse"_s);
        QCOMPARE(responses.size(), 8);
        // The stored PHQ-9 travels with its answers, its version and its definition hash.
        bool sawAnswers = false;
        for (const QJsonObject &r : responses)
            if (r[u"questionnaire"_s].toString().endsWith(u"Questionnaire/phq9|1.0"_s)) {
                const QJsonArray items = r[u"item"_s].toArray();
                QCOMPARE(items.size(), 9);
                QCOMPARE(items[0][u"linkId"_s].toString(), u"phq9-1"_s);
                QCOMPARE(items[0][u"answer"_s][0][u"valueCoding"_s][u"code"_s].toString(), u"LA6570-1"_s);
                QVERIFY(items[0][u"answer"_s][0][u"valueCoding"_s][u"system"_s].toString().endsWith(u"CodeSystem/phq9"_s));
                sawAnswers = true;
            }
        QVERIFY(sawAnswers);
        QSet<QString> responseUrls;
        for (const QJsonValue &e : entries)
            if (e[u"resource"_s][u"resourceType"_s] == u"QuestionnaireResponse"_s)
                responseUrls.insert(e[u"fullUrl"_s].toString());
        const QList<QJsonObject> observations = resources(bundle, u"Observation"_s);
        QCOMPARE(observations.size(), 9); // startback 2 + risk level, odi, phq9, gad7, peg, nrs back, nrs leg; fabq has no value
        for (const QJsonObject &o : observations) {
            QCOMPARE(o[u"status"_s].toString(), u"final"_s);
            QCOMPARE(o[u"category"_s][0][u"coding"_s][0][u"code"_s].toString(), u"survey"_s);
            QVERIFY(responseUrls.contains(o[u"derivedFrom"_s][0][u"reference"_s].toString()));
            QVERIFY(o[u"note"_s][0][u"text"_s].toString().startsWith(u"SpineDesk instrument "_s));
        }
        bool sawOdi = false, sawRisk = false, sawPeg = false, sawPhq9 = false;
        for (const QJsonObject &o : observations) {
            const QString code = o[u"code"_s][u"coding"_s][0][u"code"_s].toString();
            if (code == u"97909-6") {
                sawOdi = true;
                QCOMPARE(o[u"valueQuantity"_s][u"code"_s].toString(), u"%"_s);
                QCOMPARE(o[u"valueQuantity"_s][u"value"_s].toDouble(), 35.6);
            } else if (code == u"91352-5") {
                sawRisk = true;
                QCOMPARE(o[u"valueCodeableConcept"_s][u"coding"_s][0][u"code"_s].toString(), u"LA9193-9"_s);
            } else if (code == u"44261-6") {
                sawPhq9 = true;
                QCOMPARE(o[u"valueQuantity"_s][u"code"_s].toString(), u"{score}"_s);
                QCOMPARE(o[u"valueQuantity"_s][u"value"_s].toDouble(), 12.0);
                QVERIFY(!o[u"interpretation"_s][0][u"text"_s].toString().isEmpty());
            } else if (o[u"code"_s][u"text"_s].toString().startsWith(u"PEG"_s)) {
                sawPeg = true; // 91147-9 is [S]: text only
                QVERIFY(!o[u"code"_s].toObject().contains(u"coding"_s));
            }
        }
        QVERIFY(sawOdi && sawRisk && sawPeg && sawPhq9);
        int inProgress = 0;
        for (const QJsonObject &r : responses) {
            QVERIFY(r[u"questionnaire"_s].toString().contains(u"/Questionnaire/"_s));
            inProgress += r[u"status"_s].toString() == u"in-progress" ? 1 : 0;
        }
        QCOMPARE(inProgress, 1); // the FABQ was left incomplete

        // Plan: CarePlan with narrative and assess-plan, a ServiceRequest per referral.
        const QJsonObject carePlan = resources(bundle, u"CarePlan"_s).first();
        QCOMPARE(carePlan[u"status"_s].toString(), u"active"_s);
        QCOMPARE(carePlan[u"intent"_s].toString(), u"plan"_s);
        QCOMPARE(carePlan[u"category"_s][0][u"coding"_s][0][u"code"_s].toString(), u"assess-plan"_s);
        QCOMPARE(carePlan[u"activity"_s].toArray().size(), 6); // the removed opioid is not there
        QCOMPARE(resources(bundle, u"Goal"_s).size(), 2);
        const QString div = carePlan[u"text"_s][u"div"_s].toString();
        QVERIFY(div.startsWith(u"<div xmlns=\"http://www.w3.org/1999/xhtml\">"_s));
        QVERIFY(div.contains(u"Walk the dog for 30 minutes"_s));
        QVERIFY(div.contains(u"active care first &amp; no injection"_s));
        QVERIFY(!div.contains(u"Removed: opioid"_s));
        const QList<QJsonObject> requests = resources(bundle, u"ServiceRequest"_s);
        QCOMPARE(requests.size(), 2); // psychologically informed PT and behavioural health
        const QString primary = encounter[u"diagnosis"_s][0][u"condition"_s][u"reference"_s].toString();
        for (const QJsonObject &r : requests) {
            QCOMPARE(r[u"status"_s].toString(), u"active"_s);
            QCOMPARE(r[u"reasonReference"_s][0][u"reference"_s].toString(), primary);
        }

        // Narrative is escaped everywhere: no markup from the record gets into an XHTML div
        // (plain string elements such as CarePlan.activity.detail.description keep the text).
        QStringList divs;
        for (const QJsonObject &r : resources(bundle))
            for (const QJsonValue &s : r.value(u"section"_s).toArray())
                divs << s[u"text"_s][u"div"_s].toString();
        divs << div;
        const QString narratives = divs.join(u'\n');
        QVERIFY(!narratives.contains(u"<script>"_s));
        QVERIFY(!narratives.contains(u"<PHQ-9"_s));
        QVERIFY(narratives.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(narratives.contains(u"Fear of movement &amp; low mood &lt;PHQ-9 12&gt;"_s));

        // The letter as a PDF attachment.
        const QJsonObject doc = resources(bundle, u"DocumentReference"_s).first();
        const QJsonObject attachment = doc[u"content"_s][0][u"attachment"_s].toObject();
        QCOMPARE(QByteArray::fromBase64(attachment[u"data"_s].toString().toLatin1()), kLetterPdf);
        QCOMPARE(attachment[u"hash"_s].toString(), QString::fromLatin1(QCryptographicHash::hash(kLetterPdf, QCryptographicHash::Sha1).toBase64()));
        QCOMPARE(doc[u"type"_s][u"coding"_s][0][u"code"_s].toString(), u"11488-4"_s);
    }

    void draftIsPreliminary()
    {
        VisitDossier d = realisticVisit(m_library);
        d.planSigned = false;
        d.planSignedAt = {};
        d.visit.status = VisitStatus::Draft;
        d.visit.signedAt = {};
        const QJsonObject bundle = exportFhirBundle(d, m_library, fixedOptions(false));
        const QJsonObject comp = resources(bundle).first();
        QCOMPARE(comp[u"status"_s].toString(), u"preliminary"_s);
        QVERIFY(!comp.contains(u"attester"_s));
        QCOMPARE(comp[u"date"_s].toString(), bundle[u"timestamp"_s].toString());
        QCOMPARE(resources(bundle, u"CarePlan"_s).first()[u"status"_s].toString(), u"draft"_s);
        QVERIFY(resources(bundle, u"CarePlan"_s).first()[u"text"_s][u"div"_s].toString().contains(u"DRAFT"_s));
        for (const QJsonObject &r : resources(bundle, u"ServiceRequest"_s)) {
            QCOMPARE(r[u"status"_s].toString(), u"draft"_s);
            QCOMPARE(r[u"intent"_s].toString(), u"proposal"_s);
        }
        QVERIFY(resources(bundle, u"DocumentReference"_s).isEmpty());
        const NodeRun run = validate(bundle, u"draft.json"_s);
        QVERIFY2(run.code == 0, qPrintable(run.output));
    }

    // A visit with nothing but a patient: no clinician (the clinic is the author), no plan, no
    // scores. Still a valid document, with every section saying what is missing.
    void bareVisitIsStillValid()
    {
        VisitDossier d;
        d.patient.id = 9;
        d.patient.familyName = u"Lee"_s;
        d.visit.id = 30;
        d.visit.visitDate = QDate(2026, 9, 1);
        const QJsonObject bundle = exportFhirBundle(d, m_library, fixedOptions(false));
        const QJsonObject comp = resources(bundle).first();
        QCOMPARE(comp[u"status"_s].toString(), u"preliminary"_s);
        QCOMPARE(resources(bundle, u"Organization"_s).first()[u"name"_s].toString(), u"Spine center (name not set)"_s);
        QCOMPARE(comp[u"author"_s][0][u"reference"_s], comp[u"custodian"_s][u"reference"_s]);
        QVERIFY(resources(bundle, u"CarePlan"_s).isEmpty());
        QVERIFY(resources(bundle, u"Observation"_s).isEmpty());
        for (const QJsonValue &s : comp[u"section"_s].toArray())
            QVERIFY2(s[u"text"_s][u"div"_s].toString().contains(u"<p>"_s) || s[u"text"_s][u"div"_s].toString().contains(u"<li>"_s),
                     qPrintable(s[u"title"_s].toString()));
        const NodeRun run = validate(bundle, u"bare.json"_s);
        QVERIFY2(run.code == 0, qPrintable(run.output));
    }

    void signedWithAddendumIsAmended()
    {
        VisitDossier d = realisticVisit(m_library);
        Plans::PlanAddendum a;
        a.revision = 1;
        a.createdAt = QDateTime(QDate(2026, 10, 3), QTime(9, 30), QTimeZone::utc());
        a.reason = u"Injection added after review"_s;
        a.plan = *d.plan;
        d.addenda << a;
        const QJsonObject bundle = exportFhirBundle(d, m_library, fixedOptions(false));
        const QJsonObject comp = resources(bundle).first();
        QCOMPARE(comp[u"status"_s].toString(), u"amended"_s);
        QCOMPARE(comp[u"date"_s].toString(), u"2026-10-03T09:30:00Z"_s);
        QCOMPARE(bundle[u"timestamp"_s].toString(), u"2026-10-03T09:30:00Z"_s); // never before the Composition
    }

    void deterministicAndGolden()
    {
        const VisitDossier d = realisticVisit(m_library);
        const QByteArray first = json(exportFhirBundle(d, m_library, fixedOptions(true)));
        QCOMPARE(json(exportFhirBundle(d, m_library, fixedOptions(true))), first);
        FhirExportOptions random = fixedOptions(true);
        random.uuidSeed.clear();
        QVERIFY(json(exportFhirBundle(d, m_library, random)) != first);

        if (qEnvironmentVariableIsSet("SPINEDESK_UPDATE_GOLDEN")) {
            QFile out(kGolden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(first);
        }
        QFile golden(kGolden);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(kGolden));
        const QByteArray expected = golden.readAll();
        if (expected != first) {
            const QList<QByteArray> a = expected.split('\n'), b = first.split('\n');
            for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
                if (a[i] != b[i])
                    QFAIL(qPrintable(u"golden differs at line %1:\n  golden: %2\n  export: %3"_s.arg(i + 1).arg(QString::fromUtf8(a[i]),
                                                                                                      QString::fromUtf8(b[i]))));
            QFAIL("golden differs in length");
        }
    }

    void validatorAcceptsTheExport()
    {
        const NodeRun run = validate(exportFhirBundle(realisticVisit(m_library), m_library, fixedOptions(true)), u"visit.json"_s);
        QVERIFY2(run.code == 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(u": valid ("_s), qPrintable(run.output));
    }

    // Each breakage, the file name it is written to, and a line the validator must print for it.
    // All variants go through one validator run (loading the definitions takes seconds).
    void validatorRejectsBrokenBundles()
    {
        struct Breakage {
            QString name;
            QString expected;
        };
        const QList<Breakage> breakages{
            {u"observation-status"_s, u"[json-schema] entry["_s},              // "done" is not an Observation status
            {u"no-identifier"_s, u"[medplum] Bundle: "_s},                     // bdl-9
            {u"no-identifier"_s, u"[spinedesk] document Bundle with identifier"_s},
            {u"unverified-code"_s, u"http://hl7.org/fhir/sid/icd-10-cm|M54.17"_s}, // M54.17 is [S]
            {u"dangling-reference"_s, u"[spinedesk] every resource the Composition references"_s},
            {u"no-derivedFrom"_s, u"[spinedesk] score Observations have derivedFrom"_s},
            {u"early-timestamp"_s, u"[spinedesk] Bundle.timestamp >= Composition.date"_s},
            {u"careplan-category"_s, u"[spinedesk] CarePlan has category assess-plan"_s},
            {u"no-code"_s, u"[json-schema] entry["_s},                         // Observation.code is required
            {u"no-code"_s, u"[medplum] entry["_s},
        };
        const QJsonObject good = exportFhirBundle(realisticVisit(m_library), m_library, fixedOptions(false));
        QStringList files;
        for (const Breakage &b : breakages) {
            const QString path = m_dir.filePath(u"broken-"_s + b.name + u".json"_s);
            if (files.contains(path))
                continue;
            QJsonObject bundle = good;
            QJsonArray entries = bundle.value(u"entry"_s).toArray();
            bool changed = false;
            auto change = [&](const QString &type, const std::function<void(QJsonObject &)> &edit) {
                for (qsizetype i = 0; i < entries.size() && !changed; ++i) {
                    QJsonObject e = entries[i].toObject();
                    QJsonObject r = e.value(u"resource"_s).toObject();
                    if (r.value(u"resourceType"_s).toString() != type)
                        continue;
                    edit(r);
                    e.insert(u"resource"_s, r);
                    entries[i] = e;
                    changed = true;
                }
            };
            if (b.name == u"observation-status") {
                change(u"Observation"_s, [](QJsonObject &r) { r.insert(u"status"_s, u"done"_s); });
            } else if (b.name == u"no-identifier") {
                changed = bundle.contains(u"identifier"_s);
                bundle.remove(u"identifier"_s);
            } else if (b.name == u"unverified-code") {
                change(u"Condition"_s, [](QJsonObject &r) {
                    r.insert(u"code"_s, QJsonObject{{u"coding"_s, QJsonArray{QJsonObject{{u"system"_s, Fhir::icd10cmSystem()}, {u"code"_s, u"M54.17"_s}}}}});
                });
            } else if (b.name == u"dangling-reference") {
                change(u"Composition"_s, [](QJsonObject &r) {
                    r.insert(u"encounter"_s, QJsonObject{{u"reference"_s, u"urn:uuid:00000000-0000-4000-8000-000000000000"_s}});
                });
            } else if (b.name == u"no-derivedFrom") {
                change(u"Observation"_s, [](QJsonObject &r) { r.remove(u"derivedFrom"_s); });
            } else if (b.name == u"early-timestamp") {
                bundle.insert(u"timestamp"_s, u"2026-09-30T16:00:00Z"_s);
                changed = true;
            } else if (b.name == u"careplan-category") {
                change(u"CarePlan"_s, [](QJsonObject &r) { r.remove(u"category"_s); });
            } else if (b.name == u"no-code") {
                change(u"Observation"_s, [](QJsonObject &r) { r.remove(u"code"_s); });
            }
            QVERIFY2(changed, qPrintable(b.name));
            bundle.insert(u"entry"_s, entries);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(json(bundle));
            files << path;
        }
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(nodeProgram(), QStringList{validatorScript()} + files);
        QVERIFY2(node.waitForFinished(300000), qPrintable(node.errorString()));
        const QString output = QString::fromUtf8(node.readAll());
        QCOMPARE(node.exitCode(), 1);
        // The report is one block per file: "FILE: INVALID (n problems)" and indented lines.
        QHash<QString, QString> report;
        QString current;
        for (const QString &line : output.split(u'\n')) {
            if (!line.startsWith(u' ') && line.contains(u": "_s))
                current = line.section(u": "_s, 0, 0);
            report[current] += line + u'\n';
        }
        for (const Breakage &b : breakages) {
            const QString path = m_dir.filePath(u"broken-"_s + b.name + u".json"_s);
            const QString block = report.value(path);
            QVERIFY2(block.startsWith(path + u": INVALID"_s), qPrintable(b.name + u":\n"_s + output));
            QVERIFY2(block.contains(b.expected), qPrintable(b.name + u" should report " + b.expected + u":\n"_s + block));
        }
        qInfo().noquote() << output; // what each validator caught, for the log
    }

    // The validator's copy of the verified list is the one the program uses.
    void verifiedCodesCopyMatches()
    {
        const QByteArray now = QJsonDocument(Fhir::verifiedCodesJson()).toJson(QJsonDocument::Indented);
        if (qEnvironmentVariableIsSet("SPINEDESK_UPDATE_GOLDEN")) {
            QFile out(kCodesCopy);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(now);
        }
        QFile f(kCodesCopy);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(kCodesCopy));
        QCOMPARE(f.readAll(), now);
    }

    // Each code SpineDesk may emit sits on a row of codes-and-fhir.md tagged [V] and not
    // marked "do not emit" (the rule for codes).
    void verifiedCodesAreTaggedVInTheReference()
    {
        QFile f(kCodesDoc);
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("../shared/clinical/codes-and-fhir.md is not beside this checkout; the cross-check needs it.");
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        const QJsonObject codes = Fhir::verifiedCodesJson();
        for (auto it = codes.begin(); it != codes.end(); ++it) {
            for (const QJsonValue &v : it.value().toArray()) {
                const QString code = v.toString();
                const QRegularExpression word(u"(^|[^0-9A-Za-z.-])"_s + QRegularExpression::escape(code) + u"($|[^0-9A-Za-z-])"_s);
                bool found = false;
                for (const QString &line : lines) {
                    if (!line.startsWith(u'|') || !word.match(line).hasMatch())
                        continue;
                    found = true;
                    QVERIFY2(line.contains(u"[V"_s), qPrintable(code + u": "_s + line));
                    QVERIFY2(!line.contains(u"do not emit"_s), qPrintable(code + u": "_s + line));
                }
                QVERIFY2(found, qPrintable(code + u" is not in codes-and-fhir.md"_s));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFhirBundle)
#include "tst_fhirbundle.moc"
