#include "core/followup.h"

#include "core/visitdossier.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct FollowUpText {
    Q_DECLARE_TR_FUNCTIONS(FollowUp)
};

QString number(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

bool hasMcid(const Instruments::Definition &d)
{
    return std::any_of(d.scales.begin(), d.scales.end(), [](const Instruments::Scale &s) { return s.mcid.has_value(); });
}

QString shortTitle(const Instruments::Definition &d, const QString &language)
{
    const QString t = Instruments::localized(d.shortTitle, language);
    return t.isEmpty() ? Instruments::localized(d.title, language) : t;
}

QString thresholdText(const Instruments::Mcid &m, int decimals)
{
    QStringList parts;
    if (m.absolute)
        parts << FollowUpText::tr("%1 points").arg(number(*m.absolute, decimals));
    if (m.percent)
        parts << FollowUpText::tr("%1 %").arg(number(*m.percent, 0));
    return parts.join(FollowUpText::tr(" or "));
}

QString amountText(const Instruments::Change &c, int decimals)
{
    const double unit = std::pow(10.0, decimals);
    const double shown = std::round(std::abs(c.improvement) * unit) / unit;
    QString text = shown == 0 ? FollowUpText::tr("no change")
        : c.improvement > 0   ? FollowUpText::tr("%1 better").arg(number(shown, decimals))
                              : FollowUpText::tr("%1 worse").arg(number(shown, decimals));
    if (c.percent && shown != 0)
        text += FollowUpText::tr(" (%1 %)").arg(number(*c.percent, 0));
    return text;
}
} // namespace

QStringList dueQuestionnaires(const std::optional<Plans::TreatmentPlan> &currentPlan, const QList<ScoreRecord> &baselineScores,
                              const Instruments::Library &library)
{
    QStringList due;
    if (currentPlan)
        for (const Plans::PlanItem &item : currentPlan->activeItems())
            if (item.kind == Plans::ItemKind::RepeatQuestionnaires)
                for (const QString &id : item.instrumentIds)
                    if (!due.contains(id))
                        due << id;
    if (!due.isEmpty())
        return due;
    // Plans written before items carried ids: what the rule would have listed at the baseline.
    for (const ScoreRecord &r : baselineScores) {
        const Instruments::Definition *d = library.find(r.instrumentId);
        if (r.complete && d && hasMcid(*d) && !due.contains(r.instrumentId))
            due << r.instrumentId;
    }
    return due;
}

QList<DueQuestionnaire> dueStatus(const QStringList &due, const QList<ScoreRecord> &thisVisit, const Instruments::Library &library,
                                  const QString &language)
{
    QList<DueQuestionnaire> out;
    for (const QString &id : due) {
        DueQuestionnaire q;
        q.instrumentId = id;
        const Instruments::Definition *d = library.find(id);
        q.title = d ? shortTitle(*d, language) : id;
        q.done = std::any_of(thisVisit.begin(), thisVisit.end(), [&](const ScoreRecord &r) { return r.instrumentId == id && r.complete; });
        out << q;
    }
    return out;
}

McidResult mcidResult(const Instruments::Change &c)
{
    if (!c.hasMcid)
        return McidResult::NoMcid;
    if (c.mcidAbsoluteMet && c.mcidPercentMet)
        return McidResult::ReachedBoth;
    if (c.mcidAbsoluteMet)
        return McidResult::ReachedAbsolute;
    if (c.mcidPercentMet)
        return McidResult::ReachedPercent;
    return McidResult::NotReached;
}

QString ComparisonLine::changeText() const
{
    return amountText(change, decimals);
}

QString ComparisonLine::mcidText() const
{
    QString text;
    switch (result()) {
    case McidResult::NoMcid: return FollowUpText::tr("no MCID defined");
    case McidResult::NotReached: text = FollowUpText::tr("MCID not reached (needs %1)").arg(thresholdText(*mcid, decimals)); break;
    case McidResult::ReachedAbsolute:
        text = FollowUpText::tr("MCID reached (absolute threshold, %1)").arg(FollowUpText::tr("%1 points").arg(number(*mcid->absolute, decimals)));
        break;
    case McidResult::ReachedPercent:
        text = FollowUpText::tr("MCID reached (percentage threshold, %1)").arg(FollowUpText::tr("%1 %").arg(number(*mcid->percent, 0)));
        break;
    case McidResult::ReachedBoth: text = FollowUpText::tr("MCID reached (absolute and percentage thresholds)"); break;
    }
    // clinical README: an [R]/[U] fact is shown as unverified wherever it appears.
    if (!mcidVerified())
        text += FollowUpText::tr("; unverified threshold");
    return text;
}

const ComparisonLine *BaselineComparison::line(const QString &instrumentId, const QString &scaleId) const
{
    for (const ComparisonLine &l : lines)
        if (l.instrumentId == instrumentId && l.scaleId == scaleId)
            return &l;
    return nullptr;
}

BaselineComparison compareWithBaseline(const QList<ScoreRecord> &baseline, const QList<ScoreRecord> &current,
                                       const Instruments::Library &library, const QString &language)
{
    BaselineComparison out;
    for (const ScoreRecord &now : current) {
        if (!now.complete)
            continue;
        const Instruments::Definition *d = library.find(now.instrumentId);
        if (!d)
            continue;
        const auto base = std::find_if(baseline.begin(), baseline.end(), [&](const ScoreRecord &b) {
            return b.instrumentId == now.instrumentId && b.complete && (!b.date.isValid() || !now.date.isValid() || b.date < now.date);
        });
        if (base == baseline.end())
            continue;
        for (const Instruments::Scale &scale : d->scales) {
            const auto change = Instruments::changeFromBaseline(scale, base->scales.value(scale.id), now.scales.value(scale.id));
            if (!change)
                continue;
            ComparisonLine l;
            l.instrumentId = now.instrumentId;
            l.scaleId = scale.id;
            l.measure = shortTitle(*d, language);
            if (d->scales.size() > 1)
                l.measure += u' ' + Instruments::localized(scale.label, language);
            l.baselineDate = base->date;
            l.currentDate = now.date;
            l.change = *change;
            l.decimals = scale.decimals;
            l.mcid = scale.mcid;
            out.lines << l;
        }
    }
    return out;
}

QList<ScoreRecord> baselineScores(const QList<VisitHistoryEntry> &history, qint64 visitId)
{
    QList<ScoreRecord> out;
    QSet<QString> seen;
    for (const VisitHistoryEntry &e : history) {
        if (e.visitId == visitId)
            break;
        for (ScoreRecord r : e.scores) {
            if (!r.complete || seen.contains(r.instrumentId))
                continue;
            if (!r.date.isValid())
                r.date = e.date;
            seen.insert(r.instrumentId);
            out << r;
        }
    }
    return out;
}

BaselineComparison compareWithBaseline(const QList<VisitHistoryEntry> &history, qint64 visitId, const Instruments::Library &library,
                                       const QString &language)
{
    QList<ScoreRecord> current;
    for (const VisitHistoryEntry &e : history)
        if (e.visitId == visitId)
            for (ScoreRecord r : e.scores) {
                if (!r.date.isValid())
                    r.date = e.date;
                current << r;
            }
    return compareWithBaseline(baselineScores(history, visitId), current, library, language);
}

QString changeInWords(const AssessmentSummary &summary)
{
    QStringList sentences;
    for (const InstrumentLine &line : summary.instruments)
        for (const ScaleLine &s : line.scales) {
            if (!s.change || s.scaleId != u"total")
                continue;
            const Instruments::Change &c = *s.change;
            QString sentence = FollowUpText::tr("%1 %2, %3 against the baseline of %4")
                                   .arg(line.title, number(c.current, s.decimals), amountText(c, s.decimals), number(c.baseline, s.decimals));
            switch (mcidResult(c)) {
            case McidResult::NoMcid: break;
            case McidResult::NotReached: sentence += FollowUpText::tr(": MCID not reached"); break;
            case McidResult::ReachedAbsolute: sentence += FollowUpText::tr(": MCID reached by the absolute threshold"); break;
            case McidResult::ReachedPercent: sentence += FollowUpText::tr(": MCID reached by the percentage threshold"); break;
            case McidResult::ReachedBoth: sentence += FollowUpText::tr(": MCID reached by both thresholds"); break;
            }
            if (c.hasMcid && !s.mcidCitation.endsWith(u"[V]"))
                sentence += FollowUpText::tr(" (unverified threshold)");
            sentences << sentence + u'.';
        }
    return sentences.join(u' ');
}

Plans::TreatmentPlan proposeFollowUpPlan(const Plans::TreatmentPlan &current, const Plans::PlanContext &context)
{
    using Plans::ItemKind;
    const Plans::TreatmentPlan proposal = Plans::proposePlan(context);
    Plans::TreatmentPlan plan;
    plan.problems = current.problems.isEmpty() ? proposal.problems : current.problems;
    plan.goals = current.goals;
    plan.copiesTo = current.copiesTo;
    // The rules that belong to this visit are run again; everything else the clinician agreed
    // continues until changed here.
    auto rerun = [](ItemKind k) { return k == ItemKind::FollowUp || k == ItemKind::RepeatQuestionnaires; };
    int carried = 0;
    for (Plans::PlanItem item : current.activeItems()) {
        if (rerun(item.kind))
            continue;
        item.carriedOver = true;
        plan.items << item;
        ++carried;
    }
    bool repeat = false;
    for (const Plans::PlanItem &item : proposal.items) {
        const bool newRedFlag = item.kind == ItemKind::RedFlagAction && !plan.item(item.id);
        if (rerun(item.kind) || newRedFlag) {
            plan.items << item;
            repeat = repeat || item.kind == ItemKind::RepeatQuestionnaires;
        }
    }
    // Nothing repeated at this visit: the earlier list stays due.
    if (!repeat)
        for (Plans::PlanItem item : current.activeItems())
            if (item.kind == ItemKind::RepeatQuestionnaires) {
                item.carriedOver = true;
                plan.items << item;
            }
    plan.followUp = proposal.followUp.isEmpty() ? current.followUp : proposal.followUp;

    QString bottom = FollowUpText::tr("Follow-up visit.");
    const QString change = context.summary ? changeInWords(*context.summary) : QString();
    bottom += u' ' + (change.isEmpty() ? FollowUpText::tr("No measure was repeated against the baseline.") : change);
    bottom += u' ' + (carried == 1 ? FollowUpText::tr("The plan continues with 1 item carried over.")
                                   : FollowUpText::tr("The plan continues with %1 items carried over.").arg(carried));
    const bool requests = std::any_of(plan.items.begin(), plan.items.end(),
                                      [](const Plans::PlanItem &i) { return !i.removed && i.kind == ItemKind::RequestToPrimary; });
    bottom += u' ' + (requests ? FollowUpText::tr("Specific requests to you are listed below.")
                               : FollowUpText::tr("No action is needed from you beyond usual care."));
    plan.bottomLine = bottom;
    return plan;
}

} // namespace SpineDesk
