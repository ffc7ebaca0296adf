#include "interop/outcomescsv.h"

#include "interop/csv.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {

using namespace Outcomes;

struct CsvText {
    Q_DECLARE_TR_FUNCTIONS(OutcomesCsv)
};

QString number(double v)
{
    return std::floor(v) == v ? QString::number(v, 'f', 0) : QString::number(v, 'f', 1);
}

class Writer
{
public:
    QString text = Csv::line(outcomesCsvColumns());

    void value(const QString &section, const QString &measure, const QString &group, const QString &value, const QString &definition)
    {
        text += Csv::line({section, measure, group, value, QString(), QString(), definition});
    }
    void share(const QString &section, const QString &measure, const QString &group, qsizetype numerator, qsizetype denominator,
               const QString &definition)
    {
        const QString percent = denominator > 0 ? QString::number(100.0 * double(numerator) / double(denominator), 'f', 1) : QString();
        text += Csv::line({section, measure, group, QString::number(numerator), QString::number(denominator), percent, definition});
    }
    void share(const QString &section, const QString &measure, const QString &group, const Proportion &p, const QString &definition)
    {
        share(section, measure, group, p.numerator.size(), p.denominator.size(), definition);
    }
};

QString groupKey(const QString &key)
{
    return key.isEmpty() ? u"not-recorded"_s : key;
}

} // namespace

QStringList outcomesCsvColumns()
{
    return {u"section"_s, u"measure"_s, u"group"_s, u"numerator"_s, u"denominator"_s, u"percent"_s, u"definition"_s};
}

QString outcomesCsv(const OutcomeFigures &f, const QMap<QString, QString> &unverifiedMcid)
{
    Writer w;
    const qsizetype episodes = f.episodes.size();
    w.value(u"summary"_s, u"episodes"_s, {}, QString::number(episodes),
            CsvText::tr("Episodes of care with the first visit in the period (signed visits only)"));
    w.share(u"summary"_s, u"evaluated"_s, {}, f.evaluated.size(), episodes, CsvText::tr("Episodes whose first visit's plan is signed, of all episodes"));
    w.share(u"summary"_s, u"follow-up-seen"_s, {}, f.followUpSeen,
            CsvText::tr("Evaluated patients with at least one signed follow-up visit, of evaluated patients"));

    const bool access = f.access.count > 0;
    w.value(u"access"_s, u"median-days"_s, {}, access ? number(f.access.median) : QString(),
            CsvText::tr("Median days from referral received to first visit (empty: no patients)"));
    w.value(u"access"_s, u"p90-days"_s, {}, access ? number(f.access.p90) : QString(),
            CsvText::tr("90th percentile (nearest rank) of days from referral received to first visit (empty: no patients)"));
    w.value(u"access"_s, u"count"_s, {}, QString::number(f.access.count), CsvText::tr("Episodes counted for access"));
    w.value(u"access"_s, u"excluded"_s, u"no-referral-or-later"_s, QString::number(f.access.excluded.size()),
            CsvText::tr("Episodes excluded from access: no referral date, or a referral dated after the first visit"));

    const auto counts = [&](const QString &measure, const QMap<QString, QList<qint64>> &map, const QString &definition) {
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            w.share(u"case-mix"_s, measure, groupKey(it.key()), it.value().size(), episodes, definition);
    };
    counts(u"stratum"_s, f.strata, CsvText::tr("STarT Back risk group at the first visit, of all episodes"));
    counts(u"duration"_s, f.durations, CsvText::tr("Duration class at the first visit, of all episodes"));
    counts(u"condition"_s, f.conditions,
           CsvText::tr("Condition on the first visit's problem list, of all episodes (an episode may have several)"));

    for (const McidFigure &m : f.mcid) {
        const QString cell = u"%1-%2w"_s.arg(m.scale.instrumentId).arg(m.at.weeks);
        const QString note = unverifiedMcid.contains(m.scale.instrumentId)
                                 ? CsvText::tr(" (MCID unverified [%1])").arg(unverifiedMcid.value(m.scale.instrumentId))
                                 : QString();
        const qsizetype reached = m.reached.numerator.size();
        w.share(u"outcomes"_s, u"mcid-reached"_s, cell, m.reached,
                CsvText::tr("MCID reached (absolute or percentage threshold), of eligible episodes with a score in the window")
                    + note);
        w.share(u"outcomes"_s, u"mcid-by-absolute"_s, cell, m.byAbsolute, reached,
                CsvText::tr("Reached by the absolute threshold, of those reached") + note);
        w.share(u"outcomes"_s, u"mcid-by-percent-only"_s, cell, m.byPercentOnly, reached,
                CsvText::tr("Reached by the percentage threshold alone, of those reached") + note);
        w.share(u"outcomes"_s, u"mcid-eligible"_s, cell, m.eligible.size(), episodes,
                CsvText::tr("Eligible (a baseline score at the first visit), of all episodes") + note);
        w.share(u"outcomes"_s, u"mcid-missing"_s, cell, m.missing.size(), m.eligible.size(),
                CsvText::tr("Missing follow-up (no score in the window), of eligible episodes") + note);
    }

    w.share(u"surgery"_s, u"referred"_s, {}, f.surgicalReferral, CsvText::tr("Referred to a surgeon, of evaluated patients"));
    w.share(u"surgery"_s, u"not-referred"_s, {}, f.notReferred,
            CsvText::tr("Not referred to a surgeon (surgery avoided at the spine center), of evaluated patients"));
    w.share(u"injections"_s, u"esi-recommended"_s, {}, f.esiRecommended,
            CsvText::tr("Epidural steroid injection recommended, of evaluated patients"));
    w.share(u"injections"_s, u"esi-criteria-met"_s, {}, f.esiCriteriaMet,
            CsvText::tr("Recommended injections that met the criteria, of those recommended"));
    w.share(u"low-value"_s, u"early-imaging"_s, {}, f.earlyImaging,
            CsvText::tr("Imaging in the first 6 weeks without a red flag, of evaluated patients in their first 6 weeks"));
    w.share(u"low-value"_s, u"opioid-chronic"_s, {}, f.opioidChronic,
            CsvText::tr("Opioids recommended for chronic pain, of evaluated patients with chronic pain"));
    w.share(u"low-value"_s, u"fusion-non-specific"_s, {}, f.fusionNonSpecific,
            CsvText::tr("Fusion discussed for non-specific low back pain, of evaluated patients with it"));
    w.share(u"safety"_s, u"alert-episodes"_s, {}, f.safetyFollowUp.denominator.size(), episodes,
            CsvText::tr("Episodes with a positive PHQ-9 item 9 (self-harm) alert at a signed visit, of all episodes"));
    w.share(u"safety"_s, u"alerts-followed-up"_s, {}, f.safetyFollowUp,
            CsvText::tr("Episodes with the follow-up of every item 9 alert recorded, of episodes with an alert"));
    return w.text;
}

} // namespace SpineDesk
