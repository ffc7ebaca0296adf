#include "core/plan/pareadiness.h"

#include "core/esicriteria.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpineDesk::Plans {

namespace {
struct ReadinessText {
    Q_DECLARE_TR_FUNCTIONS(ReadinessText)
};

// esi-and-authorization.md §5.2 summarises eviCore CMM-606/608/609, Carelon-style and regional
// BCBS policies; the tag is [S], so the checklist says "payer-style", never "required".
const QString kPayerSource = u"Typical payer documentation elements (eviCore CMM-606/608/609 and similar policies) [S]"_s;

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : ReadinessText::tr("no date");
}

const InstrumentLine *line(const AssessmentSummary *s, const QString &id)
{
    return s ? s->completed(id) : nullptr;
}

int daysCovered(const QList<ConservativeCareEntry> &entries, QDate asOf, bool onlyPt, int *sessions, bool *sessionsUnknown)
{
    QDate first, last;
    *sessions = 0;
    *sessionsUnknown = false;
    for (const ConservativeCareEntry &e : entries) {
        if (onlyPt && !isPhysicalTherapy(e.modality))
            continue;
        if (e.sessionsAttended >= 0)
            *sessions += e.sessionsAttended;
        else
            *sessionsUnknown = true;
        if (!e.startDate.isValid())
            continue;
        const QDate end = e.endDate.isValid() ? e.endDate : asOf;
        if (!first.isValid() || e.startDate < first)
            first = e.startDate;
        if (!last.isValid() || end > last)
            last = end;
    }
    return first.isValid() && last.isValid() ? int(first.daysTo(last)) : -1;
}
} // namespace

QString readinessStatusCode(ReadinessStatus s)
{
    switch (s) {
    case ReadinessStatus::Met: return u"met"_s;
    case ReadinessStatus::NotMet: return u"not-met"_s;
    case ReadinessStatus::NotApplicable: return u"not-applicable"_s;
    case ReadinessStatus::NotDocumented: break;
    }
    return u"not-documented"_s;
}

QString readinessStatusLabel(ReadinessStatus s)
{
    switch (s) {
    case ReadinessStatus::Met: return ReadinessText::tr("met");
    case ReadinessStatus::NotMet: return ReadinessText::tr("not met");
    case ReadinessStatus::NotApplicable: return ReadinessText::tr("not applicable");
    case ReadinessStatus::NotDocumented: break;
    }
    return ReadinessText::tr("not documented");
}

int ReadinessChecklist::met() const
{
    return int(std::count_if(elements.begin(), elements.end(), [](const ReadinessElement &e) { return e.status == ReadinessStatus::Met; }));
}

int ReadinessChecklist::counted() const
{
    return int(std::count_if(elements.begin(), elements.end(),
                             [](const ReadinessElement &e) { return e.status != ReadinessStatus::NotApplicable; }));
}

int monthsBetween(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return months;
}

ReadinessChecklist checkReadiness(const ReadinessInput &in)
{
    ReadinessChecklist out;
    auto add = [&](const QString &id, const QString &title, ReadinessStatus status, const QString &detail) {
        out.elements << ReadinessElement{id, title, status, detail, kPayerSource};
    };

    // Diagnosis with concordant imaging.
    const ImagingStudy *concordant = nullptr;
    bool discordant = false;
    for (const ImagingStudy &s : in.intake.imaging) {
        if (s.concordance == ImagingConcordance::Concordant && (!concordant || s.date > concordant->date))
            concordant = &s;
        discordant = discordant || s.concordance == ImagingConcordance::Discordant;
    }
    if (concordant)
        add(u"concordant-imaging"_s, ReadinessText::tr("Diagnosis with concordant imaging"), ReadinessStatus::Met,
            ReadinessText::tr("%1 %2 %3: %4").arg(dateText(concordant->date), concordant->modality, concordant->level,
                                                 concordant->keyFinding.isEmpty() ? imagingFindingLabel(concordant->finding)
                                                                                  : concordant->keyFinding));
    else
        add(u"concordant-imaging"_s, ReadinessText::tr("Diagnosis with concordant imaging"),
            discordant ? ReadinessStatus::NotMet : ReadinessStatus::NotDocumented,
            in.intake.imaging.isEmpty() ? ReadinessText::tr("no imaging recorded")
                                        : ReadinessText::tr("no study recorded as concordant with the symptoms"));

    // Imaging age: fusion criteria want imaging not older than 6 months.
    if (in.fusionConsidered) {
        if (concordant && concordant->date.isValid()) {
            const int months = monthsBetween(concordant->date, in.asOf);
            add(u"imaging-age"_s, ReadinessText::tr("Imaging not older than 6 months (fusion)"),
                months <= 6 ? ReadinessStatus::Met : ReadinessStatus::NotMet,
                ReadinessText::tr("%n month(s) old", nullptr, months));
        } else {
            add(u"imaging-age"_s, ReadinessText::tr("Imaging not older than 6 months (fusion)"),
                ReadinessStatus::NotDocumented, ReadinessText::tr("no dated concordant study"));
        }
    } else {
        add(u"imaging-age"_s, ReadinessText::tr("Imaging not older than 6 months (fusion)"), ReadinessStatus::NotApplicable,
            ReadinessText::tr("fusion is not being considered"));
    }

    // Neurological examination that correlates with the imaging level.
    if (!in.examination || in.examination->isEmpty()) {
        add(u"neuro-exam"_s, ReadinessText::tr("Neurological examination correlating with imaging"),
            ReadinessStatus::NotDocumented, ReadinessText::tr("no examination recorded"));
    } else {
        const Examination &e = *in.examination;
        const QString level = spinalLevelLabel(e.level);
        const ReadinessStatus status = e.imagingConcordance == ImagingConcordance::Concordant ? ReadinessStatus::Met
            : e.imagingConcordance == ImagingConcordance::Discordant                          ? ReadinessStatus::NotMet
                                                                                               : ReadinessStatus::NotDocumented;
        add(u"neuro-exam"_s, ReadinessText::tr("Neurological examination correlating with imaging"), status,
            ReadinessText::tr("level %1; imaging %2").arg(level, imagingConcordanceLabel(e.imagingConcordance)));
    }

    // Symptom severity and function: ODI and NRS/PEG, dated.
    const InstrumentLine *odi = line(in.summary, u"odi"_s);
    const InstrumentLine *pain = line(in.summary, u"nrs-back"_s);
    const InstrumentLine *leg = line(in.summary, u"nrs-leg"_s);
    const InstrumentLine *peg = line(in.summary, u"peg"_s);
    QStringList scores, missing;
    if (odi)
        scores << scoreLineText(*odi);
    else
        missing << ReadinessText::tr("ODI");
    for (const InstrumentLine *l : {pain, leg, peg})
        if (l)
            scores << scoreLineText(*l);
    if (!pain && !leg && !peg)
        missing << ReadinessText::tr("a pain score (NRS or PEG)");
    add(u"severity-scores"_s, ReadinessText::tr("Validated pain and function scores, dated"),
        missing.isEmpty() ? ReadinessStatus::Met : ReadinessStatus::NotDocumented,
        missing.isEmpty() ? scores.join(u"; "_s) : ReadinessText::tr("missing: %1").arg(missing.join(u", "_s)));

    // Conservative care: ≥ 6 weeks (decompression) or ≥ 3 months (fusion), with drug trials.
    int sessions = 0;
    bool sessionsUnknown = false;
    const int days = daysCovered(in.intake.conservativeCare, in.asOf, false, &sessions, &sessionsUnknown);
    const int neededDays = in.fusionConsidered ? 91 : 42;
    const QString neededText = in.fusionConsidered ? ReadinessText::tr("at least 3 months (fusion)")
                                                   : ReadinessText::tr("at least 6 weeks");
    const bool drugTrial = !in.intake.medications.isEmpty();
    ReadinessStatus careStatus = ReadinessStatus::NotDocumented;
    if (days >= neededDays && drugTrial)
        careStatus = ReadinessStatus::Met;
    else if (days >= 0)
        careStatus = ReadinessStatus::NotMet;
    add(u"conservative-care"_s, ReadinessText::tr("Failure of conservative care: %1, with drug trials").arg(neededText),
        careStatus,
        days < 0 ? ReadinessText::tr("no dated conservative care recorded")
                 : ReadinessText::tr("%1 weeks of dated care; %n drug trial(s)", nullptr, int(in.intake.medications.size()))
                       .arg(days / 7));

    // Active physical therapy: attendance, not only a referral.
    int ptSessions = 0;
    bool ptUnknown = false;
    const int ptDays = daysCovered(in.intake.conservativeCare, in.asOf, true, &ptSessions, &ptUnknown);
    const bool anyPt = std::any_of(in.intake.conservativeCare.begin(), in.intake.conservativeCare.end(),
                                   [](const ConservativeCareEntry &e) { return isPhysicalTherapy(e.modality); });
    ReadinessStatus ptStatus = ReadinessStatus::NotMet;
    QString ptDetail = ReadinessText::tr("no physical therapy recorded");
    if (anyPt) {
        ptDetail = ReadinessText::tr("%1 weeks, %n session(s) attended", nullptr, ptSessions)
                       .arg(ptDays < 0 ? ReadinessText::tr("undated") : QString::number(ptDays / 7));
        if (ptSessions > 0 && ptDays >= 42)
            ptStatus = ReadinessStatus::Met;
        else if (ptSessions == 0 && ptUnknown)
            ptStatus = ReadinessStatus::NotDocumented;
    }
    add(u"active-pt"_s, ReadinessText::tr("Active physical therapy at least 6 weeks (attended)"), ptStatus, ptDetail);

    // Nicotine-free status for elective fusion.
    const QString nicotineDetail = nicotineStatusLabel(in.intake.nicotine)
        + (in.intake.nicotineDate.isValid() ? u", "_s + dateText(in.intake.nicotineDate) : QString())
        + (in.intake.cotinine.isEmpty() ? QString() : u"; "_s + ReadinessText::tr("cotinine: %1").arg(in.intake.cotinine));
    ReadinessStatus nicotineStatus = ReadinessStatus::NotApplicable;
    if (in.fusionConsidered)
        nicotineStatus = in.intake.nicotine == NicotineStatus::NotRecorded ? ReadinessStatus::NotDocumented
            : in.intake.nicotine == NicotineStatus::Current                ? ReadinessStatus::NotMet
                                                                           : ReadinessStatus::Met;
    add(u"nicotine"_s, ReadinessText::tr("Nicotine-free status (elective fusion)"), nicotineStatus, nicotineDetail);

    // Behavioural health: screens with dates; elevated results need their management documented.
    const InstrumentLine *phq9 = line(in.summary, u"phq9"_s);
    const InstrumentLine *gad7 = line(in.summary, u"gad7"_s);
    QStringList screens;
    bool elevated = false;
    for (const InstrumentLine *l : {phq9, gad7})
        if (l) {
            screens << scoreLineText(*l);
            elevated = elevated || l->bandSeverity >= 2;
        }
    ReadinessStatus bhStatus = ReadinessStatus::NotDocumented;
    if (phq9 && gad7)
        bhStatus = elevated ? ReadinessStatus::NotMet : ReadinessStatus::Met;
    add(u"behavioural-health"_s, ReadinessText::tr("Behavioural-health screens; no unmanaged disorder"), bhStatus,
        screens.isEmpty() ? ReadinessText::tr("PHQ-9 and GAD-7 not recorded")
                          : screens.join(u"; "_s)
                + (elevated ? u"; "_s + ReadinessText::tr("elevated: document treatment or follow-up") : QString()));

    // Red-flag exceptions (rapid motor loss, cauda equina) shorten the conservative-care rules.
    if (in.summary && in.summary->redFlagConcern >= Urgency::Urgent)
        add(u"red-flag-exception"_s, ReadinessText::tr("Red-flag exception to the conservative-care duration"),
            ReadinessStatus::Met, in.summary->redFlagsPresent.join(u"; "_s));
    else
        add(u"red-flag-exception"_s, ReadinessText::tr("Red-flag exception to the conservative-care duration"),
            ReadinessStatus::NotApplicable, ReadinessText::tr("no urgent or emergency red flag"));
    return out;
}

} // namespace SpineDesk::Plans
