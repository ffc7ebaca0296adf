#include "documents/clinicalsections.h"

#include "core/decisionaids/aidlibrary.h"
#include "core/plan/diagnosis.h"
#include "core/redflags.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace SpineDesk::ClinicalSections {

namespace {
struct ClinicalText {
    Q_DECLARE_TR_FUNCTIONS(ClinicalDocuments)
};

QString strengthText(int grade)
{
    return grade == kNotTested ? ClinicalText::tr("not tested") : ClinicalText::tr("%1/5").arg(grade);
}

QString sideText(const LeftRight<ReflexFinding> &r)
{
    return ClinicalText::tr("left %1, right %2").arg(reflexFindingLabel(r.left), reflexFindingLabel(r.right));
}

QString slrText(const StraightLegRaise &s)
{
    if (s.result == TestResult::Positive && s.angle != kNotTested)
        return ClinicalText::tr("%1 at %2°").arg(testResultLabel(s.result)).arg(s.angle);
    return testResultLabel(s.result);
}

QString changeText(const ScaleLine &s)
{
    if (!s.change)
        return {};
    const Instruments::Change &c = *s.change;
    const QString amount = QString::number(std::abs(c.improvement), 'f', s.decimals);
    QString text = c.improvement > 0 ? ClinicalText::tr("%1 better").arg(amount)
        : c.improvement < 0          ? ClinicalText::tr("%1 worse").arg(amount)
                                     : ClinicalText::tr("no change");
    if (c.percent)
        text += ClinicalText::tr(" (%1 %)").arg(QString::number(*c.percent, 'f', 0));
    if (!c.hasMcid)
        return text + ClinicalText::tr("; no MCID defined");
    // An MCID whose source is not verified is shown as such (clinical README: [R]/[U]).
    if (s.mcidCitation.endsWith(u"[R]"_s) || s.mcidCitation.endsWith(u"[U]"_s))
        text += ClinicalText::tr("; MCID unverified");
    if (!c.mcidReached())
        return text + ClinicalText::tr("; MCID not reached");
    const QString which = c.mcidAbsoluteMet && c.mcidPercentMet ? ClinicalText::tr("absolute and percentage thresholds")
        : c.mcidAbsoluteMet                                       ? ClinicalText::tr("absolute threshold")
                                                                  : ClinicalText::tr("percentage threshold");
    return text + ClinicalText::tr("; MCID reached (%1)").arg(which);
}

QString responseText(TreatmentResponse r)
{
    return r == TreatmentResponse::Unknown ? ClinicalText::tr("response not recorded") : treatmentResponseLabel(r);
}

} // namespace

QString notRecorded()
{
    return ClinicalText::tr("not recorded");
}

QString referrerLine(const VisitDossier &dossier)
{
    if (!dossier.referrer)
        return notRecorded();
    QStringList parts{dossier.referrer->name.simplified()};
    if (!dossier.referrer->practice.trimmed().isEmpty())
        parts << dossier.referrer->practice.simplified();
    if (!dossier.referrer->fax.trimmed().isEmpty())
        parts << ClinicalText::tr("fax %1").arg(dossier.referrer->fax.simplified());
    return parts.join(u", "_s);
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : notRecorded();
}

QString dateTime(const QDateTime &t)
{
    return t.isValid() ? t.toString(u"yyyy-MM-dd HH:mm"_s) : notRecorded();
}

QString dateInWords(const QDate &date, const QString &language)
{
    if (language == u"es")
        return QLocale(QLocale::Spanish, QLocale::Spain).toString(date, u"d 'de' MMMM 'de' yyyy"_s);
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(date, u"MMMM d, yyyy"_s);
}

QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? ClinicalText::tr("none") : text;
}

QString problemLine(const Plans::ProblemEntry &problem)
{
    const Plans::DiagnosisDefinition *def =
        problem.diagnosisId.isEmpty() ? nullptr : Plans::DiagnosisCatalogue::bundled().find(problem.diagnosisId);
    QString line;
    if (def) {
        line = def->label;
        if (!problem.text.trimmed().isEmpty())
            line += ClinicalText::tr(" (%1)").arg(problem.text.simplified());
        if (!def->icd10cm.isEmpty())
            line += ClinicalText::tr(": ICD-10-CM %1").arg(def->icd10cm);
    } else {
        line = problem.text.simplified().isEmpty() ? problem.diagnosisId : problem.text.simplified();
    }
    if (problem.primary)
        line += ClinicalText::tr(" (primary)");
    return line;
}

void problemList(PageDocument &doc, const VisitDossier &dossier, bool provenance)
{
    const QList<Plans::ProblemEntry> problems = dossier.plan ? dossier.plan->problems : QList<Plans::ProblemEntry>();
    if (problems.isEmpty()) {
        doc.paragraph(ClinicalText::tr("None recorded."));
        return;
    }
    bool anyCode = false;
    for (const Plans::ProblemEntry &p : problems) {
        doc.bullet(problemLine(p));
        if (const auto *def = Plans::DiagnosisCatalogue::bundled().find(p.diagnosisId); def && !def->icd10cm.isEmpty())
            anyCode = true;
    }
    const QString checked = Plans::DiagnosisCatalogue::bundled().checkedAgainst();
    if (provenance && anyCode && !checked.isEmpty())
        doc.paragraph(ClinicalText::tr("Codes: %1 A diagnosis without a verified code is given in words only.")
                          .arg(checked),
                      0.8);
}

void redFlagScreen(PageDocument &doc, const VisitDossier &dossier)
{
    const AssessmentSummary &s = dossier.summary;
    if (!s.redFlagsScreened) {
        doc.paragraph(ClinicalText::tr("Not assessed: no red-flag screen was recorded at this visit."), 1, true);
        return;
    }
    // The core's status text says "complete: all items absent" only for a complete screen.
    doc.paragraph(s.redFlagStatus.isEmpty() ? ClinicalText::tr("Red-flag screen incomplete") : s.redFlagStatus, 1, true);
    if (!s.redFlagsPresent.isEmpty()) {
        doc.labelled(ClinicalText::tr("Level of concern"), urgencyLabel(s.redFlagConcern));
        for (const QString &flag : s.redFlagsPresent) {
            const bool open = s.redFlagsUnacknowledged.contains(flag);
            doc.bullet(open ? ClinicalText::tr("%1 (present; action not yet recorded)").arg(flag)
                            : ClinicalText::tr("%1 (present)").arg(flag));
        }
    }
    QStringList actions;
    if (dossier.plan)
        for (const Plans::PlanItem &item : dossier.plan->activeItems())
            if (item.kind == Plans::ItemKind::RedFlagAction)
                actions << item.text;
    if (!actions.isEmpty()) {
        doc.subheading(ClinicalText::tr("Action taken"));
        for (const QString &a : actions)
            doc.bullet(a);
    } else if (!s.redFlagsPresent.isEmpty()) {
        doc.labelled(ClinicalText::tr("Action taken"), ClinicalText::tr("none recorded in the plan"));
    }
}

namespace {
// "5/5 in all tested myotomes except L5 left 4/5; not tested: L2 right".
QString strengthLine(const Examination &e)
{
    QStringList abnormal;
    QStringList untested;
    int normal = 0;
    for (SpinalRoot r : examinedRoots())
        for (Side side : {Side::Left, Side::Right}) {
            const int g = e.root(r).strength[side];
            const QString where = ClinicalText::tr("%1 %2").arg(spinalRootCode(r), side == Side::Left ? ClinicalText::tr("left")
                                                                                                       : ClinicalText::tr("right"));
            if (g == kNotTested)
                untested << where;
            else if (g < 5)
                abnormal << ClinicalText::tr("%1 %2/5").arg(where).arg(g);
            else
                ++normal;
        }
    QString text = normal == 0 ? QString()
        : abnormal.isEmpty()   ? ClinicalText::tr("5/5 in every tested myotome")
                               : ClinicalText::tr("5/5 except %1").arg(abnormal.join(u", "_s));
    if (normal == 0 && !abnormal.isEmpty())
        text = abnormal.join(u", "_s);
    if (!untested.isEmpty())
        text += (text.isEmpty() ? QString() : u"; "_s) + ClinicalText::tr("not tested: %1").arg(untested.join(u", "_s));
    return text;
}

QString sensationLine(const Examination &e)
{
    QStringList abnormal;
    QStringList untested;
    int normal = 0;
    for (SpinalRoot r : examinedRoots())
        for (Side side : {Side::Left, Side::Right}) {
            const SensoryFinding f = e.root(r).sensation[side];
            const QString where = ClinicalText::tr("%1 %2").arg(dermatomeLabel(r), side == Side::Left ? ClinicalText::tr("left")
                                                                                                       : ClinicalText::tr("right"));
            if (f == SensoryFinding::NotTested)
                untested << where;
            else if (f != SensoryFinding::Normal)
                abnormal << ClinicalText::tr("%1 %2").arg(where, sensoryFindingLabel(f).toLower());
            else
                ++normal;
        }
    QString text = normal == 0 ? QString()
        : abnormal.isEmpty()   ? ClinicalText::tr("normal in every tested dermatome")
                               : ClinicalText::tr("normal except %1").arg(abnormal.join(u", "_s));
    if (normal == 0 && !abnormal.isEmpty())
        text = abnormal.join(u", "_s);
    if (!untested.isEmpty())
        text += (text.isEmpty() ? QString() : u"; "_s) + ClinicalText::tr("not tested: %1").arg(untested.join(u", "_s));
    return text;
}

void examinationTable(PageDocument &doc, const Examination &e)
{
    PageTable t;
    t.header = {ClinicalText::tr("Root"), ClinicalText::tr("Myotome"), ClinicalText::tr("Strength left"),
                ClinicalText::tr("Strength right"), ClinicalText::tr("Dermatome"), ClinicalText::tr("Sensation left"),
                ClinicalText::tr("Sensation right")};
    t.columnWeights = {0.6, 2.2, 1, 1, 2.2, 1.1, 1.1};
    t.scale = 0.82;
    for (SpinalRoot r : examinedRoots()) {
        const RootFindings &f = e.root(r);
        t.rows << QStringList{spinalRootCode(r), myotomeLabel(r), strengthText(f.strength.left), strengthText(f.strength.right),
                              dermatomeLabel(r), sensoryFindingLabel(f.sensation.left), sensoryFindingLabel(f.sensation.right)};
    }
    doc.table(t);
}
} // namespace

void examination(PageDocument &doc, const VisitDossier &dossier, bool byRoot)
{
    if (!dossier.examination || dossier.examination->isEmpty()) {
        doc.paragraph(ClinicalText::tr("Not assessed: no examination was recorded at this visit."));
        return;
    }
    const Examination &e = *dossier.examination;
    if (byRoot) {
        examinationTable(doc, e);
    } else {
        doc.labelled(ClinicalText::tr("Strength"), strengthLine(e));
        doc.labelled(ClinicalText::tr("Sensation"), sensationLine(e));
    }
    doc.labelled(ClinicalText::tr("Reflexes"), ClinicalText::tr("patellar (L4) %1; Achilles (S1) %2")
                                                   .arg(sideText(e.patellar), sideText(e.achilles)));
    doc.labelled(ClinicalText::tr("Nerve tension"),
                 ClinicalText::tr("straight-leg raise left %1, right %2; crossed straight-leg raise %3; femoral stretch left %4, right %5")
                     .arg(slrText(e.straightLegRaise.left), slrText(e.straightLegRaise.right),
                          testResultLabel(e.crossedStraightLegRaise), testResultLabel(e.femoralStretch.left),
                          testResultLabel(e.femoralStretch.right)));
    QStringList gait;
    if (!e.gait.description.trimmed().isEmpty())
        gait << e.gait.description.simplified();
    if (e.gait.antalgic)
        gait << ClinicalText::tr("antalgic");
    if (e.gait.heelWalkDifficulty)
        gait << ClinicalText::tr("difficulty heel walking");
    if (e.gait.toeWalkDifficulty)
        gait << ClinicalText::tr("difficulty toe walking");
    doc.labelled(ClinicalText::tr("Gait and function"), gait.isEmpty() ? notRecorded() : gait.join(u"; "_s));
    doc.labelled(ClinicalText::tr("Directional preference"), directionalPreferenceLabel(e.directionalPreference));
    QString level = spinalLevelLabel(e.level);
    if (e.levelSide != LevelSide::NotStated)
        level += u", "_s + levelSideLabel(e.levelSide);
    doc.labelled(ClinicalText::tr("Level the findings point to (clinician's judgement)"), level);
    doc.labelled(ClinicalText::tr("Concordance with imaging"), imagingConcordanceLabel(e.imagingConcordance));
    if (!e.note.trimmed().isEmpty())
        doc.labelled(ClinicalText::tr("Note"), e.note);
}

void imagingTable(PageDocument &doc, const Intake &intake, const QDate &asOf, bool withAge)
{
    if (intake.imaging.isEmpty()) {
        doc.paragraph(ClinicalText::tr("No imaging studies recorded."));
        return;
    }
    PageTable t;
    t.header = {ClinicalText::tr("Date"), ClinicalText::tr("Modality"), ClinicalText::tr("Level"), ClinicalText::tr("Finding"),
                ClinicalText::tr("Concordance with symptoms")};
    t.columnWeights = {1.1, 1, 0.8, 3, 1.4};
    if (withAge) {
        t.header << ClinicalText::tr("Age (months)");
        t.columnWeights << 0.9;
    }
    for (const ImagingStudy &s : intake.imaging) {
        QString finding = s.keyFinding.simplified();
        if (s.finding != ImagingFinding::NotCoded)
            finding = finding.isEmpty() ? imagingFindingLabel(s.finding)
                                        : ClinicalText::tr("%1 (%2)").arg(finding, imagingFindingLabel(s.finding));
        QStringList row{date(s.date), s.modality, s.level.isEmpty() ? notRecorded() : s.level,
                        finding.isEmpty() ? notRecorded() : finding, imagingConcordanceLabel(s.concordance)};
        if (withAge)
            row << (s.date.isValid() && asOf.isValid() ? QString::number(Plans::monthsBetween(s.date, asOf)) : notRecorded());
        t.rows << row;
    }
    doc.table(t);
}

void conservativeCareTable(PageDocument &doc, const Intake &intake, const QDate &asOf)
{
    if (intake.conservativeCare.isEmpty()) {
        doc.paragraph(ClinicalText::tr("No conservative care recorded."));
        return;
    }
    PageTable t;
    t.header = {ClinicalText::tr("Modality"), ClinicalText::tr("Provider"), ClinicalText::tr("Start"), ClinicalText::tr("End"),
                ClinicalText::tr("Weeks"), ClinicalText::tr("Sessions attended"), ClinicalText::tr("Response")};
    t.columnWeights = {1.6, 1.6, 1.1, 1.1, 0.7, 0.9, 1.4};
    int ptDays = 0;
    int ptSessions = 0;
    bool ptSessionsKnown = false;
    int entries = 0;
    for (const ConservativeCareEntry &c : intake.conservativeCare) {
        const QDate end = c.endDate.isValid() ? c.endDate : asOf;
        const qint64 days = c.startDate.isValid() && end.isValid() && c.startDate <= end ? c.startDate.daysTo(end) : -1;
        QString modality = c.modality.simplified();
        if (!c.note.trimmed().isEmpty())
            modality += ClinicalText::tr(" (%1)").arg(c.note.simplified());
        t.rows << QStringList{modality,
                              c.provider.isEmpty() ? notRecorded() : c.provider,
                              date(c.startDate),
                              c.endDate.isValid() ? date(c.endDate) : ClinicalText::tr("ongoing"),
                              days >= 0 ? QString::number(days / 7) : notRecorded(),
                              c.sessionsAttended >= 0 ? QString::number(c.sessionsAttended) : notRecorded(),
                              responseText(c.response)};
        ++entries;
        if (isPhysicalTherapy(c.modality)) {
            if (days >= 0)
                ptDays += int(days);
            if (c.sessionsAttended >= 0) {
                ptSessions += c.sessionsAttended;
                ptSessionsKnown = true;
            }
        }
    }
    t.rows << QStringList{ClinicalText::tr("Totals"), ClinicalText::tr("%1 entries").arg(entries), QString(), QString(),
                          ClinicalText::tr("PT %1").arg(ptDays / 7),
                          ptSessionsKnown ? ClinicalText::tr("PT %1").arg(ptSessions) : notRecorded(), QString()};
    t.boldRows << int(t.rows.size()) - 1;
    doc.table(t);
    doc.paragraph(ClinicalText::tr("Weeks run from start to end (or to %1 while ongoing); physical-therapy totals add the "
                                   "entries recognised as physical therapy.")
                      .arg(date(asOf)),
                  0.8);
}

void medicationsAndInjections(PageDocument &doc, const Intake &intake)
{
    doc.subheading(ClinicalText::tr("Medications tried"));
    if (intake.medications.isEmpty())
        doc.paragraph(ClinicalText::tr("None recorded."));
    for (const MedicationTrial &m : intake.medications) {
        QString line = ClinicalText::tr("%1: %2").arg(m.name.simplified(), responseText(m.response));
        if (!m.note.trimmed().isEmpty())
            line += ClinicalText::tr(" (%1)").arg(m.note.simplified());
        doc.bullet(line);
    }
    doc.subheading(ClinicalText::tr("Injections"));
    if (intake.injections.isEmpty())
        doc.paragraph(ClinicalText::tr("None recorded."));
    for (const PriorInjection &i : intake.injections) {
        QString line = ClinicalText::tr("%1: %2").arg(date(i.date), i.type.simplified());
        if (!i.level.trimmed().isEmpty())
            line += u", "_s + i.level.simplified();
        line += i.reliefPercent >= 0 ? ClinicalText::tr("; relief %1 %").arg(i.reliefPercent)
                                     : ClinicalText::tr("; relief not recorded");
        doc.bullet(line);
    }
}

void decisionRecord(PageDocument &doc, const Aids::DecisionRecord &record, const Aids::AidLibrary *aids)
{
    const Aids::DecisionAid *aid = aids ? aids->find(record.aidId) : nullptr;
    const QString lang = doc.setup().language;
    // The aid is named as it was used: a loaded aid of another version is not used for labels.
    if (aid && !record.aidVersion.isEmpty() && aid->version != record.aidVersion)
        aid = nullptr;
    const QString aidName = aid ? ClinicalText::tr("%1, version %2").arg(contentText(aid->title, lang), aid->version)
                                : ClinicalText::tr("decision aid \"%1\", version %2")
                                      .arg(record.aidId, record.aidVersion.isEmpty() ? notRecorded() : record.aidVersion);
    doc.labelled(ClinicalText::tr("Decision aid"), aidName);
    auto optionName = [&](const QString &id) { return aid && aid->option(id) ? aid->optionLabel(id, lang) : id; };
    QStringList options;
    for (const QString &id : record.optionsDiscussed)
        options << optionName(id);
    doc.labelled(ClinicalText::tr("Options discussed"), options.isEmpty() ? notRecorded() : options.join(u"; "_s));
    if (record.values.isEmpty()) {
        doc.labelled(ClinicalText::tr("What matters to the patient"), notRecorded());
    } else {
        doc.labelled(ClinicalText::tr("What matters to the patient"), ClinicalText::tr("0 = does not matter, 10 = matters a lot"));
        for (auto it = record.values.begin(); it != record.values.end(); ++it) {
            QString statement = it.key();
            if (aid)
                for (const Aids::ValueStatement &v : aid->values)
                    if (v.id == it.key())
                        statement = contentText(v.statement, lang);
            doc.bullet(ClinicalText::tr("%1: %2").arg(statement).arg(it.value()));
        }
    }
    const QString choice = record.preferredOption.isEmpty() || record.undecided() ? ClinicalText::tr("not decided")
                                                                                   : optionName(record.preferredOption);
    doc.paragraph(TextRuns{{ClinicalText::tr("Patient's choice: "), true}, {choice, true}});
    const Aids::SureResult sure = record.sureResult();
    QString sureText;
    if (!sure.complete || !sure.score)
        sureText = ClinicalText::tr("incomplete (not every item answered)");
    else if (sure.conflict)
        sureText = ClinicalText::tr("%1 of %2: decisional conflict (positive screen)").arg(*sure.score).arg(Aids::kSureItems);
    else
        sureText = ClinicalText::tr("%1 of %2: no decisional conflict").arg(*sure.score).arg(Aids::kSureItems);
    doc.labelled(ClinicalText::tr("SURE"), sureText);
    if (!record.participants.isEmpty())
        doc.labelled(ClinicalText::tr("Took part"), record.participants.join(u", "_s));
    if (!record.note.trimmed().isEmpty())
        doc.labelled(ClinicalText::tr("Note"), record.note);
}

void measuresTable(PageDocument &doc, const AssessmentSummary &summary)
{
    if (summary.instruments.isEmpty()) {
        doc.paragraph(ClinicalText::tr("Not assessed: no questionnaires were completed at this visit."));
        return;
    }
    PageTable t;
    t.header = {ClinicalText::tr("Measure"), ClinicalText::tr("Date"), ClinicalText::tr("Score"), ClinicalText::tr("Band"),
                ClinicalText::tr("Baseline"), ClinicalText::tr("Change from baseline")};
    t.columnWeights = {1.2, 1.1, 1.5, 1.3, 1.1, 2.6};
    t.scale = 0.85;
    QStringList citations;
    for (const InstrumentLine &line : summary.instruments) {
        QStringList scores;
        QStringList changes;
        for (const ScaleLine &s : line.scales) {
            const QString value = s.value ? QString::number(*s.value, 'f', s.decimals) : ClinicalText::tr("not scored");
            scores << (line.scales.size() > 1 ? ClinicalText::tr("%1 %2").arg(s.label, value) : value);
            const QString change = changeText(s);
            if (!change.isEmpty())
                changes << (line.scales.size() > 1 ? ClinicalText::tr("%1: %2").arg(s.label, change) : change);
            if (s.change && s.change->hasMcid && !s.mcidCitation.isEmpty() && !citations.contains(s.mcidCitation))
                citations << s.mcidCitation;
        }
        if (!line.complete)
            scores << ClinicalText::tr("(incomplete)");
        t.rows << QStringList{line.title,
                              date(line.date),
                              scores.join(u"; "_s),
                              line.bandLabel.isEmpty() ? ClinicalText::tr("no bands") : line.bandLabel,
                              line.baselineDate ? date(*line.baselineDate) : ClinicalText::tr("this visit"),
                              changes.isEmpty() ? ClinicalText::tr("baseline") : changes.join(u"; "_s)};
    }
    doc.table(t);
    if (summary.pathway)
        doc.labelled(ClinicalText::tr("STarT Back stratum"),
                     ClinicalText::tr("%1; matched package: %2 (%3)")
                         .arg(summary.pathway->stratum, summary.pathway->treatment, summary.pathway->citation));
    for (const InstrumentLine &line : summary.instruments)
        for (const QString &alert : line.alerts) {
            const QString key = line.instrumentId + u':' + alert;
            const bool acknowledged = summary.acknowledgedAlerts.contains(key);
            doc.paragraph(TextRuns{{ClinicalText::tr("Safety alert, %1 (%2): ").arg(line.title, alert), true},
                                   {acknowledged ? ClinicalText::tr("acknowledged; the safety follow-up is recorded with the visit")
                                                 : ClinicalText::tr("NOT yet acknowledged; safety follow-up outstanding")}});
        }
    doc.paragraph(ClinicalText::tr("MCID: the minimal clinically important difference, the smallest change from the "
                                   "episode's baseline that patients notice as important. \"Reached\" means the improvement "
                                   "meets the absolute or the percentage threshold."),
                  0.8);
    if (!citations.isEmpty())
        doc.paragraph(ClinicalText::tr("MCID sources: %1").arg(citations.join(u"; "_s)), 0.8);
}

} // namespace SpineDesk::ClinicalSections
