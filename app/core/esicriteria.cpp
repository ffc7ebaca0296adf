#include "core/esicriteria.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct EsiText {
    Q_DECLARE_TR_FUNCTIONS(EsiText)
};

// Thresholds of the "strictest" set, each from the policy named beside it
// (esi-and-authorization.md §4).
constexpr int kMinimumWeeks = 4;          // E5, E6: LCD, eviCore, BCBS MA 690
constexpr int kImagingMaxMonths = 24;     // E3: eviCore CMM-200
constexpr int kMinimumIntervalDays = 30;  // E12: BCBS MA 690
constexpr int kMaxPerSixMonths = 3;       // E13: eviCore CMM-200
constexpr int kMaxPerTwelveMonths = 4;    // E13: eviCore CMM-200, LCD
constexpr int kRepeatReliefPercent = 50;  // E14: eviCore CMM-200, LCD
constexpr int kMaxTransforaminalLevels = 2; // E11: LCD, eviCore

QString date(QDate d)
{
    return d.toString(Qt::ISODate);
}

EsiCriterion make(const char *code, const QString &title, const QString &sources)
{
    EsiCriterion c;
    c.code = QString::fromLatin1(code);
    c.title = title;
    c.sources = sources;
    return c;
}

EsiCriterion &set(EsiCriterion &c, CriterionStatus status, const QString &detail)
{
    c.status = status;
    c.detail = detail;
    return c;
}

bool matchesLabel(const QString &text, const QStringList &englishWords, const QStringList &translated)
{
    const QString t = text.trimmed().toLower();
    for (const QString &w : englishWords + translated)
        if (!w.isEmpty() && t.contains(w.toLower()))
            return true;
    return false;
}

// The most recent epidural injections first.
QList<PriorInjection> epidurals(const Intake &intake)
{
    QList<PriorInjection> out;
    for (const PriorInjection &p : intake.injections)
        if (isEpiduralInjection(p.type))
            out << p;
    std::sort(out.begin(), out.end(), [](const PriorInjection &a, const PriorInjection &b) { return a.date > b.date; });
    return out;
}

const InstrumentLine *line(const AssessmentSummary *s, const QStringList &ids)
{
    if (!s)
        return nullptr;
    for (const InstrumentLine &l : s->instruments)
        if (ids.contains(l.instrumentId) && l.complete)
            return &l;
    return nullptr;
}

EsiCriterion indication(const EsiInput &in)
{
    auto c = make("E1", EsiText::tr("Radicular pain, not axial pain"), EsiText::tr("Medicare LCD L33906 family"));
    switch (in.intake.dominance) {
    case PainDominance::Leg: return set(c, CriterionStatus::Met, EsiText::tr("Leg-dominant pain recorded at intake"));
    case PainDominance::Back: return set(c, CriterionStatus::NotMet, EsiText::tr("Back-dominant (axial) pain recorded; axial pain is not covered"));
    case PainDominance::NotRecorded: break;
    }
    return set(c, CriterionStatus::NotDocumented, EsiText::tr("Whether back or leg pain dominates is not recorded"));
}

EsiCriterion stenosisAdvisory(const EsiInput &in)
{
    auto c = make("E2", EsiText::tr("Advisory: central stenosis with neurogenic claudication"), EsiText::tr("NICE NG59; Friedly 2014"));
    const bool stenosis = std::any_of(in.intake.imaging.begin(), in.intake.imaging.end(),
                                      [](const ImagingStudy &s) { return s.finding == ImagingFinding::Stenosis; });
    if (stenosis && in.considerations.neurogenicClaudication == YesNoUnknown::Yes)
        return set(c, CriterionStatus::Advisory,
                   EsiText::tr("Stenosis with neurogenic claudication: epidural injection is not recommended (clinical advisory, not a coverage rule)"));
    return set(c, CriterionStatus::NotApplicable, EsiText::tr("No stenosis with neurogenic claudication recorded"));
}

EsiCriterion imaging(const EsiInput &in)
{
    auto c = make("E3", EsiText::tr("Concordant imaging (MRI or CT within %n months)", nullptr, kImagingMaxMonths),
                  EsiText::tr("eviCore CMM-200; Medicare LCD"));
    QList<ImagingStudy> studies;
    for (const ImagingStudy &s : in.intake.imaging)
        if (isCrossSectionalImaging(s.modality))
            studies << s;
    if (studies.isEmpty())
        return set(c, CriterionStatus::NotDocumented, EsiText::tr("No MRI or CT recorded"));
    for (const ImagingStudy &s : studies) {
        const auto concordance = s.concordance != ImagingConcordance::NotAssessed || !in.examination
                                     ? s.concordance
                                     : in.examination->imagingConcordance;
        if (s.date.isValid() && s.date.addMonths(kImagingMaxMonths) >= in.asOf && concordance == ImagingConcordance::Concordant)
            return set(c, CriterionStatus::Met, EsiText::tr("%1 of %2, concordant with the symptoms").arg(s.modality, date(s.date)));
    }
    for (const ImagingStudy &s : studies) {
        if (s.concordance == ImagingConcordance::Discordant)
            return set(c, CriterionStatus::NotMet, EsiText::tr("%1 of %2 is discordant with the symptoms").arg(s.modality, date(s.date)));
        if (s.date.isValid() && s.date.addMonths(kImagingMaxMonths) < in.asOf)
            return set(c, CriterionStatus::NotMet, EsiText::tr("%1 of %2 is older than %n months", nullptr, kImagingMaxMonths).arg(s.modality, date(s.date)));
    }
    return set(c, CriterionStatus::NotDocumented, EsiText::tr("Imaging date or concordance with the symptoms not recorded"));
}

EsiCriterion neuroExam(const EsiInput &in)
{
    auto c = make("E4", EsiText::tr("Concordant neurological examination"), EsiText::tr("eviCore CMM-200"));
    if (!in.examination || in.examination->isEmpty())
        return set(c, CriterionStatus::NotDocumented, EsiText::tr("No examination recorded"));
    const Examination &e = *in.examination;
    const bool levelStated = e.level != SpinalLevel::NotStated && e.level != SpinalLevel::NonLocalising;
    if (levelStated && e.imagingConcordance == ImagingConcordance::Concordant)
        return set(c, CriterionStatus::Met, EsiText::tr("Findings point to %1, concordant with imaging").arg(spinalLevelLabel(e.level)));
    if (e.imagingConcordance == ImagingConcordance::Discordant)
        return set(c, CriterionStatus::NotMet, EsiText::tr("Examination findings are discordant with imaging"));
    return set(c, CriterionStatus::NotDocumented, EsiText::tr("Level or concordance with imaging not stated in the examination"));
}

EsiCriterion duration(const EsiInput &in)
{
    auto c = make("E5", EsiText::tr("Symptoms for at least %n weeks", nullptr, kMinimumWeeks), EsiText::tr("Medicare LCD; eviCore; BCBS MA 690"));
    if (!in.intake.onsetDate.isValid())
        return set(c, CriterionStatus::NotDocumented, EsiText::tr("Onset date not recorded"));
    const qint64 days = in.intake.onsetDate.daysTo(in.asOf);
    const QString detail = EsiText::tr("Onset %1: %n week(s) before the visit", nullptr, int(days / 7)).arg(date(in.intake.onsetDate));
    return set(c, days >= kMinimumWeeks * 7 ? CriterionStatus::Met : CriterionStatus::NotMet, detail);
}

EsiCriterion conservativeCare(const EsiInput &in)
{
    auto c = make("E6", EsiText::tr("Conservative care tried, including %n weeks of active physical therapy", nullptr, kMinimumWeeks),
                  EsiText::tr("BCBS MA 690; Medicare LCD; eviCore"));
    if (!in.considerations.physicalTherapyNotTolerated.trimmed().isEmpty())
        return set(c, CriterionStatus::Met, EsiText::tr("Physical therapy not tolerated: %1").arg(in.considerations.physicalTherapyNotTolerated.trimmed()));
    if (in.intake.conservativeCare.isEmpty())
        return set(c, CriterionStatus::NotDocumented, EsiText::tr("No conservative care recorded"));
    qint64 bestDays = -1;
    bool undated = false;
    for (const ConservativeCareEntry &e : in.intake.conservativeCare) {
        if (!isPhysicalTherapy(e.modality))
            continue;
        if (!e.startDate.isValid()) {
            undated = true;
            continue;
        }
        const QDate end = e.endDate.isValid() ? e.endDate : in.asOf;
        bestDays = std::max(bestDays, e.startDate.daysTo(end));
    }
    const QString meds = EsiText::tr("%n medication trial(s) recorded", nullptr, int(in.intake.medications.size()));
    if (bestDays >= kMinimumWeeks * 7)
        return set(c, CriterionStatus::Met, EsiText::tr("Physical therapy for %n week(s); ", nullptr, int(bestDays / 7)) + meds);
    if (bestDays < 0 && undated)
        return set(c, CriterionStatus::NotDocumented, EsiText::tr("Physical therapy recorded without dates; ") + meds);
    if (bestDays < 0)
        return set(c, CriterionStatus::NotMet, EsiText::tr("No physical therapy recorded and no reason it was not tolerated; ") + meds);
    return set(c, CriterionStatus::NotMet, EsiText::tr("Physical therapy for %n week(s) only; ", nullptr, int(bestDays / 7)) + meds);
}

EsiCriterion severity(const EsiInput &in)
{
    auto c = make("E7", EsiText::tr("At least moderate-to-severe persistent pain"), EsiText::tr("BCBS MA 690"));
    QStringList scores;
    if (in.summary)
        for (const InstrumentLine &l : in.summary->instruments)
            if ((l.instrumentId == u"nrs-leg" || l.instrumentId == u"nrs-back" || l.instrumentId == u"peg") && !l.scales.isEmpty()
                && l.scales.first().value)
                scores << u"%1 %2"_s.arg(l.title, QLocale().toString(*l.scales.first().value, 'f', l.scales.first().decimals));
    // The policy gives no number, so SpineDesk shows the scores and leaves the judgement to the clinician.
    return set(c, CriterionStatus::Advisory,
               scores.isEmpty() ? EsiText::tr("No pain score recorded; for the clinician to judge")
                                : EsiText::tr("For the clinician to judge: %1").arg(scores.join(u"; "_s)));
}

EsiCriterion baselines(const EsiInput &in)
{
    auto c = make("E8", EsiText::tr("Baseline pain and function scores recorded"), EsiText::tr("Medicare LCD"));
    const InstrumentLine *pain = line(in.summary, {u"nrs-leg"_s, u"nrs-back"_s, u"peg"_s});
    const InstrumentLine *function = line(in.summary, {u"odi"_s, u"rmdq"_s, u"peg"_s});
    if (pain && function)
        return set(c, CriterionStatus::Met, EsiText::tr("Pain: %1 (%2); function: %3 (%4)").arg(pain->title, date(pain->date), function->title, date(function->date)));
    QStringList missing;
    if (!pain)
        missing << EsiText::tr("pain score (NRS or PEG)");
    if (!function)
        missing << EsiText::tr("function score (ODI or PEG)");
    return set(c, CriterionStatus::NotDocumented, EsiText::tr("Not recorded: %1").arg(missing.join(u", "_s)));
}

EsiCriterion sharedDecision(const EsiInput &in)
{
    auto c = make("E9", EsiText::tr("Shared decision documented with a decision aid"), EsiText::tr("SpineDesk requirement (ICSI 2018 shared decision making)"));
    for (const Aids::DecisionRecord &r : in.decisions) {
        if (r.aidId.isEmpty() || r.optionsDiscussed.isEmpty())
            continue;
        const Aids::SureResult sure = r.sureResult();
        const QString sureText = sure.score ? EsiText::tr("SURE %1 of 4").arg(*sure.score) : EsiText::tr("SURE incomplete");
        return set(c, CriterionStatus::Met, EsiText::tr("Decision aid %1 version %2 used; %3").arg(r.aidId, r.aidVersion, sureText));
    }
    return set(c, CriterionStatus::NotDocumented, EsiText::tr("No decision aid recorded for this visit"));
}

EsiCriterion guidance(const EsiInput &in)
{
    auto c = make("E10", EsiText::tr("Image guidance with contrast planned"), EsiText::tr("Medicare LCD; eviCore CMM-200"));
    const InjectionGuidance g = in.considerations.guidance;
    if (g == InjectionGuidance::NotRecorded)
        return set(c, CriterionStatus::NotDocumented, EsiText::tr("Image guidance not recorded"));
    const bool met = g == InjectionGuidance::FluoroscopyWithContrast || g == InjectionGuidance::CtWithContrast;
    return set(c, met ? CriterionStatus::Met : CriterionStatus::NotMet, injectionGuidanceLabel(g));
}

EsiCriterion levels(const EsiInput &in)
{
    auto c = make("E11", EsiText::tr("Levels per session"), EsiText::tr("Medicare LCD; eviCore CMM-200"));
    const auto &k = in.considerations;
    if (k.approach == InjectionApproach::NotRecorded || k.levels == 0)
        return set(c, CriterionStatus::NotDocumented, EsiText::tr("Approach or number of levels not recorded"));
    const QString detail = EsiText::tr("%1, %n level(s)", nullptr, k.levels).arg(injectionApproachLabel(k.approach));
    const bool met = k.approach == InjectionApproach::Transforaminal ? k.levels <= kMaxTransforaminalLevels && (k.levels == 1 || k.contiguousLevels)
                                                                     : k.levels == 1;
    return set(c, met ? CriterionStatus::Met : CriterionStatus::NotMet, detail);
}

EsiCriterion interval(const EsiInput &in, const QList<PriorInjection> &previous)
{
    auto c = make("E12", EsiText::tr("At least %n days since the last injection", nullptr, kMinimumIntervalDays), EsiText::tr("BCBS MA 690"));
    if (previous.isEmpty())
        return in.considerations.noPriorInjections ? set(c, CriterionStatus::NotApplicable, EsiText::tr("No previous spinal injection"))
                                                   : set(c, CriterionStatus::NotDocumented, EsiText::tr("Injection history not recorded"));
    if (!previous.first().date.isValid())
        return set(c, CriterionStatus::NotDocumented, EsiText::tr("Date of the last injection not recorded"));
    const qint64 days = previous.first().date.daysTo(in.asOf);
    return set(c, days >= kMinimumIntervalDays ? CriterionStatus::Met : CriterionStatus::NotMet,
               EsiText::tr("Last epidural injection %1 (%n day(s) before the visit)", nullptr, int(days)).arg(date(previous.first().date)));
}

EsiCriterion frequency(const EsiInput &in, const QList<PriorInjection> &previous)
{
    auto c = make("E13", EsiText::tr("At most %1 in 6 months and %2 in 12 months").arg(kMaxPerSixMonths).arg(kMaxPerTwelveMonths),
                  EsiText::tr("eviCore CMM-200; Medicare LCD"));
    if (previous.isEmpty())
        return in.considerations.noPriorInjections ? set(c, CriterionStatus::Met, EsiText::tr("No previous spinal injection"))
                                                   : set(c, CriterionStatus::NotDocumented, EsiText::tr("Injection history not recorded"));
    int six = 0;
    int twelve = 0;
    for (const PriorInjection &p : previous) {
        if (!p.date.isValid())
            return set(c, CriterionStatus::NotDocumented, EsiText::tr("An epidural injection is recorded without a date"));
        six += p.date.addMonths(6) > in.asOf ? 1 : 0;
        twelve += p.date.addMonths(12) > in.asOf ? 1 : 0;
    }
    // The planned injection counts too.
    const bool met = six + 1 <= kMaxPerSixMonths && twelve + 1 <= kMaxPerTwelveMonths;
    return set(c, met ? CriterionStatus::Met : CriterionStatus::NotMet,
               EsiText::tr("%1 in the last 6 months and %2 in the last 12 months before this one").arg(six).arg(twelve));
}

EsiCriterion response(const EsiInput &in, const QList<PriorInjection> &previous)
{
    auto c = make("E14", EsiText::tr("Repeat only after at least %1 % relief").arg(kRepeatReliefPercent), EsiText::tr("eviCore CMM-200; Medicare LCD"));
    if (previous.isEmpty())
        return in.considerations.noPriorInjections ? set(c, CriterionStatus::NotApplicable, EsiText::tr("First injection"))
                                                   : set(c, CriterionStatus::NotDocumented, EsiText::tr("Injection history not recorded"));
    const PriorInjection &last = previous.first();
    if (last.reliefPercent < 0)
        return set(c, CriterionStatus::NotDocumented, EsiText::tr("Relief after the injection of %1 not recorded").arg(date(last.date)));
    return set(c, last.reliefPercent >= kRepeatReliefPercent ? CriterionStatus::Met : CriterionStatus::NotMet,
               EsiText::tr("%1 % relief after the injection of %2").arg(last.reliefPercent).arg(date(last.date)));
}

EsiCriterion injectate(const EsiInput &in)
{
    auto c = make("E15", EsiText::tr("No biologic injectate, no routine deep sedation"), EsiText::tr("Medicare LCD"));
    const auto &k = in.considerations;
    if (k.injectate == Injectate::Biologic || k.deepSedation == YesNoUnknown::Yes)
        return set(c, CriterionStatus::NotMet, k.injectate == Injectate::Biologic ? injectateLabel(k.injectate) : EsiText::tr("Deep sedation planned"));
    if (k.injectate == Injectate::NotRecorded || k.deepSedation == YesNoUnknown::NotRecorded)
        return set(c, CriterionStatus::NotDocumented, EsiText::tr("Injectate or sedation not recorded"));
    return set(c, CriterionStatus::Met, injectateLabel(k.injectate) + EsiText::tr("; no deep sedation"));
}

EsiCriterion redFlags(const EsiInput &in)
{
    auto c = make("E16", EsiText::tr("Red-flag screen complete and acted on"), EsiText::tr("SpineDesk requirement (red-flags.md)"));
    if (!in.summary || !in.summary->redFlagsScreened)
        return set(c, CriterionStatus::NotDocumented, in.summary ? in.summary->redFlagStatus : EsiText::tr("Red-flag screen not recorded"));
    if (!in.summary->redFlagsUnacknowledged.isEmpty())
        return set(c, CriterionStatus::NotMet, EsiText::tr("Not yet acted on: %1").arg(in.summary->redFlagsUnacknowledged.join(u"; "_s)));
    return set(c, CriterionStatus::Met, in.summary->redFlagStatus);
}
} // namespace

QString criterionStatusCode(CriterionStatus s)
{
    switch (s) {
    case CriterionStatus::Met: return u"met"_s;
    case CriterionStatus::NotMet: return u"not-met"_s;
    case CriterionStatus::NotApplicable: return u"not-applicable"_s;
    case CriterionStatus::Advisory: return u"advisory"_s;
    case CriterionStatus::NotDocumented: break;
    }
    return u"not-documented"_s;
}

QString criterionStatusLabel(CriterionStatus s)
{
    switch (s) {
    case CriterionStatus::Met: return EsiText::tr("Met");
    case CriterionStatus::NotMet: return EsiText::tr("Not met");
    case CriterionStatus::NotApplicable: return EsiText::tr("Not applicable");
    case CriterionStatus::Advisory: return EsiText::tr("Advisory");
    case CriterionStatus::NotDocumented: break;
    }
    return EsiText::tr("Not documented");
}

bool isPhysicalTherapy(const QString &modality)
{
    return matchesLabel(modality, {u"physical therap"_s, u"physiotherap"_s},
                        {QCoreApplication::translate("IntakeText", "Physical therapy")});
}

bool isEpiduralInjection(const QString &type)
{
    return matchesLabel(type, {u"epidural"_s}, {});
}

bool isCrossSectionalImaging(const QString &modality)
{
    static const QRegularExpression re(u"\\b(MRI|CT|RM|TC)\\b"_s);
    return re.match(modality).hasMatch();
}

int EsiCheck::met() const
{
    return int(std::count_if(criteria.begin(), criteria.end(), [](const EsiCriterion &c) { return c.status == CriterionStatus::Met; }));
}

int EsiCheck::counted() const
{
    return int(std::count_if(criteria.begin(), criteria.end(), [](const EsiCriterion &c) {
        return c.status != CriterionStatus::Advisory && c.status != CriterionStatus::NotApplicable;
    }));
}

QStringList EsiCheck::codes(CriterionStatus s) const
{
    QStringList out;
    for (const EsiCriterion &c : criteria)
        if (c.status == s)
            out << c.code;
    return out;
}

QString EsiCheck::summaryLine() const
{
    QString line = EsiText::tr("ESI criteria: %1 of %2 met").arg(met()).arg(counted());
    if (const QStringList notMet = codes(CriterionStatus::NotMet); !notMet.isEmpty())
        line += EsiText::tr("; not met: %1").arg(notMet.join(u", "_s));
    if (const QStringList missing = codes(CriterionStatus::NotDocumented); !missing.isEmpty())
        line += EsiText::tr("; not documented: %1").arg(missing.join(u", "_s));
    if (const QStringList advisory = codes(CriterionStatus::Advisory); !advisory.isEmpty())
        line += EsiText::tr("; advisory: %1").arg(advisory.join(u", "_s));
    return line;
}

EsiCheck checkEsiCriteria(const EsiInput &in)
{
    const QList<PriorInjection> previous = epidurals(in.intake);
    return EsiCheck{{indication(in), stenosisAdvisory(in), imaging(in), neuroExam(in), duration(in), conservativeCare(in), severity(in),
                     baselines(in), sharedDecision(in), guidance(in), levels(in), interval(in, previous), frequency(in, previous),
                     response(in, previous), injectate(in), redFlags(in)}};
}

} // namespace SpineDesk
