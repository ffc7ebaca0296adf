#include "documents/outcomesreport.h"

#include "core/instruments/library.h"
#include "documents/chartpicture.h"
#include "documents/documentfont.h"
#include "documents/outcomecharts.h"
#include "documents/visitdocuments.h"

#include <QBarSet>
#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBuffer>
#include <QChart>
#include <QLegend>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {

using namespace Outcomes;
using OutcomeCharts::shareText;

struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(OutcomeReport)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString days(double value)
{
    return std::floor(value) == value ? QString::number(value, 'f', 0) : QString::number(value, 'f', 1);
}

QString period(const OutcomeReportRequest &r)
{
    const QString from = r.from.isValid() ? r.from.toString(Qt::ISODate) : ReportText::tr("the first record");
    const QString to = r.to.isValid() ? r.to.toString(Qt::ISODate) : ReportText::tr("today");
    return ReportText::tr("%1 to %2").arg(from, to);
}

// A Qt Charts chart as a page figure: laid out at the body's width in points and painted as
// vectors, so its texts stay text in the PDF. The chart is set in the document font.
class ChartFigure : public PageFigure
{
public:
    ChartFigure(QChart *chart, qreal heightPt, qreal basePt) : m_chart(chart), m_heightPt(heightPt)
    {
        applyFonts(basePt);
    }

    qreal height(qreal, const PageMetrics &m) const override { return m.pt(m_heightPt); }

    void paint(QPainter &p, const QRectF &rect, const PageMetrics &m) const override
    {
        const qreal widthPt = rect.width() * 72 / m.dpi;
        paintChart(p, rect, m_chart.get(), QSizeF(widthPt, m_heightPt));
    }

private:
    // The scene is laid out in points, so a font's pixel size is its size in points.
    static QFont font(qreal pt, bool bold = false)
    {
        QFont f = documentFont(pt);
        f.setPixelSize(qMax(1, qRound(pt)));
        f.setBold(bold);
        return f;
    }

    void applyFonts(qreal base)
    {
        m_chart->setTitleFont(font(base, true));
        m_chart->legend()->setFont(font(base * 0.85));
        m_chart->setMargins(QMargins(4, 4, 4, 4));
        for (QAbstractAxis *axis : m_chart->axes()) {
            axis->setLabelsFont(font(base * 0.8));
            axis->setTitleFont(font(base * 0.8));
        }
        for (QAbstractSeries *series : m_chart->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                for (QBarSet *set : bars->barSets())
                    set->setLabelFont(font(base * 0.8));
    }

    std::unique_ptr<QChart> m_chart;
    qreal m_heightPt;
};

// Height in points for a bar chart of `categories` bars (title, axis, optional legend).
qreal barChartHeight(qsizetype categories, bool legend = false)
{
    return 92 + 22 * qreal(qMax<qsizetype>(categories, 1)) + (legend ? 26 : 0);
}

class Builder
{
public:
    Builder(PageDocument &document, const OutcomeFigures &figures, const OutcomeReportRequest &request)
        : doc(document), f(figures), r(request) {}

    void build()
    {
        title();
        summary();
        access();
        caseMix();
        outcomes();
        surgery();
        injections();
        lowValue();
        safety();
        definitions();
    }

private:
    PageDocument &doc;
    const OutcomeFigures &f;
    const OutcomeReportRequest &r;

    qreal base() const { return doc.setup().basePointSize; }
    void chart(QChart *c, qreal heightPt) { doc.figure(std::make_shared<ChartFigure>(c, heightPt, base())); }
    qsizetype episodes() const { return f.episodes.size(); }

    bool unverified(const QString &instrumentId) const
    {
        const auto it = r.mcid.constFind(instrumentId);
        return it != r.mcid.constEnd() && !it->tag.isEmpty() && it->tag != u"V";
    }

    // "PEG (MCID unverified [R])" where the threshold is not checked against its source.
    QString scaleName(const QString &instrumentId) const
    {
        const QString name = OutcomeCharts::scaleLabel(instrumentId);
        return unverified(instrumentId) ? ReportText::tr("%1 (MCID unverified [%2])").arg(name, r.mcid.value(instrumentId).tag) : name;
    }

    QString mcidRule(const QString &instrumentId) const
    {
        const auto it = r.mcid.constFind(instrumentId);
        if (it == r.mcid.constEnd())
            return ReportText::tr("%1: no threshold in the instrument library; not counted.").arg(OutcomeCharts::scaleLabel(instrumentId));
        QStringList parts;
        if (it->absolute)
            parts << ReportText::tr("%1 points").arg(days(*it->absolute));
        if (it->percent)
            parts << ReportText::tr("%1 % improvement from the baseline").arg(days(*it->percent));
        QString text = ReportText::tr("%1: %2 (%3).").arg(OutcomeCharts::scaleLabel(instrumentId), parts.join(ReportText::tr(" or ")), it->citation);
        if (unverified(instrumentId))
            text += ReportText::tr(" Unverified [%1]: not yet checked against a published source; read the figure with care.").arg(it->tag);
        return text;
    }

    const McidFigure *mcidFigure(const QString &instrumentId, int weeks) const
    {
        for (const McidFigure &m : f.mcid)
            if (m.scale.instrumentId == instrumentId && m.at.weeks == weeks)
                return &m;
        return nullptr;
    }

    void title()
    {
        doc.documentTitle(ReportText::tr("Clinic outcome report"));
        QStringList lines;
        if (!r.clinic.name.trimmed().isEmpty())
            lines << r.clinic.name.simplified();
        lines << ReportText::tr("Episodes of care with a first visit from %1").arg(period(r));
        doc.paragraph(lines.join(u" \u00B7 "_s), 1, true);
        QStringList made;
        if (!r.preparedBy.trimmed().isEmpty())
            made << ReportText::tr("Prepared by %1").arg(r.preparedBy.simplified());
        if (r.generatedAt.isValid())
            made << ReportText::tr("generated %1").arg(r.generatedAt.toString(u"yyyy-MM-dd HH:mm"_s));
        if (!made.isEmpty())
            doc.paragraph(made.join(u", "_s), 0.9);
        doc.paragraph(ReportText::tr("Counts are episodes of care from signed visits. Every percentage gives its numerator and "
                                     "denominator; \"no patients\" means there was no one to count. The report names no patient."),
                      0.9);
    }

    void summary()
    {
        doc.section(ReportText::tr("Summary"));
        doc.labelled(ReportText::tr("Period"), period(r));
        doc.labelled(ReportText::tr("Episodes of care"), QString::number(episodes()));
        doc.labelled(ReportText::tr("Evaluated (first visit's plan signed)"), shareText(f.evaluated.size(), episodes()));
        doc.labelled(ReportText::tr("Days from referral to first visit"),
                     f.access.count > 0 ? ReportText::tr("median %1, 90th percentile %2 (%3)")
                                              .arg(days(f.access.median), days(f.access.p90), OutcomeCharts::episodesText(f.access.count))
                                        : ReportText::tr("no patients"));
        const QList<TimePoint> points = outcomeTimePoints();
        if (!points.isEmpty()) {
            const TimePoint last = points.last();
            QStringList reached;
            for (const OutcomeScale &s : outcomeScales())
                if (const McidFigure *m = mcidFigure(s.instrumentId, last.weeks))
                    reached << ReportText::tr("%1 %2").arg(scaleName(s.instrumentId), shareText(m->reached));
            doc.labelled(ReportText::tr("MCID reached at %1").arg(OutcomeCharts::timePointLabel(last)), reached.join(u"; "_s));
        }
        doc.labelled(ReportText::tr("Evaluated patients seen again at a follow-up visit"), shareText(f.followUpSeen));
        doc.labelled(ReportText::tr("Referred to a surgeon"), shareText(f.surgicalReferral));
        doc.labelled(ReportText::tr("Not referred to a surgeon"), shareText(f.notReferred));
    }

    void access()
    {
        doc.section(ReportText::tr("Access"));
        const bool any = f.access.count > 0;
        PageTable t;
        t.header = {ReportText::tr("Days from referral received to first visit"), ReportText::tr("Value")};
        t.columnWeights = {3, 2};
        t.rows << QStringList{ReportText::tr("Median"), any ? ReportText::tr("%1 days").arg(days(f.access.median)) : ReportText::tr("no patients")};
        t.rows << QStringList{ReportText::tr("90th percentile"), any ? ReportText::tr("%1 days").arg(days(f.access.p90)) : ReportText::tr("no patients")};
        t.rows << QStringList{ReportText::tr("Episodes counted (n)"), QString::number(f.access.count)};
        t.rows << QStringList{ReportText::tr("Excluded: no referral date, or a referral dated after the first visit"),
                              QString::number(f.access.excluded.size())};
        doc.table(t);
        chart(OutcomeCharts::accessChart(f.access), barChartHeight(2));
    }

    void countTable(const QString &what, const QMap<QString, QList<qint64>> &counts, const OutcomeCharts::KeyLabel &label,
                    const QStringList &order = {})
    {
        PageTable t;
        t.header = {what, ReportText::tr("Episodes"), ReportText::tr("Share of %1").arg(OutcomeCharts::episodesText(episodes()))};
        t.columnWeights = {3, 1, 2};
        const auto row = [&](const QString &key) {
            const qsizetype n = counts.value(key).size();
            t.rows << QStringList{label(key), QString::number(n), shareText(n, episodes())};
        };
        for (const QString &key : OutcomeCharts::orderedKeys(counts, order))
            row(key);
        if (t.rows.isEmpty())
            t.rows << QStringList{ReportText::tr("no patients"), u"0"_s, ReportText::tr("no patients")};
        doc.table(t);
    }

    void caseMix()
    {
        doc.section(ReportText::tr("Case mix"));
        const int total = int(episodes());
        doc.subheading(ReportText::tr("STarT Back risk group at the first visit"));
        countTable(ReportText::tr("Risk group"), f.strata, OutcomeCharts::stratumLabel, OutcomeCharts::kStratumOrder);
        chart(OutcomeCharts::caseMixChart(ReportText::tr("STarT Back risk group"), f.strata, OutcomeCharts::stratumLabel, total,
                                          OutcomeCharts::kStratumOrder),
              barChartHeight(f.strata.size()));
        doc.subheading(ReportText::tr("Duration of the episode at the first visit"));
        countTable(ReportText::tr("Duration"), f.durations, OutcomeCharts::durationLabel, OutcomeCharts::kDurationOrder);
        chart(OutcomeCharts::caseMixChart(ReportText::tr("Duration at the first visit"), f.durations, OutcomeCharts::durationLabel,
                                          total, OutcomeCharts::kDurationOrder),
              barChartHeight(f.durations.size()));
        doc.subheading(ReportText::tr("Conditions on the first visit's problem list"));
        countTable(ReportText::tr("Condition"), f.conditions, OutcomeCharts::conditionLabel);
        doc.paragraph(ReportText::tr("An episode may have more than one condition, so the conditions can add up to more than the "
                                     "episodes."),
                      0.9);
    }

    void outcomes()
    {
        doc.section(ReportText::tr("Outcomes"));
        doc.paragraph(ReportText::tr("Minimal clinically important difference (MCID) reached, of the eligible episodes (a baseline "
                                     "score at the first visit) that have a score in the time window; those without one are "
                                     "counted as missing, never dropped."));
        PageTable t;
        t.header = {ReportText::tr("Scale"), ReportText::tr("Time point"), ReportText::tr("MCID reached"),
                    ReportText::tr("By the absolute threshold"), ReportText::tr("By the percentage alone"),
                    ReportText::tr("Eligible"), ReportText::tr("Missing follow-up"), ReportText::tr("Completion")};
        t.columnWeights = {1.8, 1.1, 2, 1.9, 1.9, 1, 2, 1.9};
        t.scale = 0.8;
        for (const McidFigure &m : f.mcid) {
            const qsizetype reached = m.reached.numerator.size();
            const qsizetype evaluated = m.reached.denominator.size();
            t.rows << QStringList{scaleName(m.scale.instrumentId), OutcomeCharts::timePointLabel(m.at), shareText(m.reached),
                                  shareText(m.byAbsolute, reached), shareText(m.byPercentOnly, reached),
                                  QString::number(m.eligible.size()), shareText(m.missing.size(), m.eligible.size()),
                                  shareText(evaluated, m.eligible.size())};
        }
        doc.table(t);
        doc.paragraph(ReportText::tr("Completion: eligible episodes with a score in the window. \"By the percentage alone\": reached "
                                     "by the percentage threshold but not by the absolute one."),
                      0.9);
        doc.labelled(ReportText::tr("Evaluated patients with at least one signed follow-up visit"), shareText(f.followUpSeen));
        doc.subheading(ReportText::tr("Thresholds"));
        for (const OutcomeScale &s : outcomeScales())
            doc.bullet(mcidRule(s.instrumentId));
        QStringList unverifiedScales;
        for (const Outcomes::OutcomeScale &scale : Outcomes::outcomeScales())
            if (unverified(scale.instrumentId))
                unverifiedScales << scale.instrumentId;
        chart(OutcomeCharts::mcidChart(f.mcid, unverifiedScales), barChartHeight(f.mcid.size(), true));
    }

    void surgery()
    {
        doc.section(ReportText::tr("Surgery"));
        doc.paragraph(ReportText::tr("Of the evaluated patients (the first visit's plan signed):"));
        doc.labelled(ReportText::tr("Referred to a surgeon"), shareText(f.surgicalReferral));
        doc.labelled(ReportText::tr("Not referred (surgery avoided at the spine center)"), shareText(f.notReferred));
        chart(OutcomeCharts::proportionsChart(ReportText::tr("Surgical referral, of evaluated patients"),
                                              {{ReportText::tr("Referred"), f.surgicalReferral},
                                               {ReportText::tr("Not referred"), f.notReferred}}),
              barChartHeight(2));
    }

    void injections()
    {
        doc.section(ReportText::tr("Injections"));
        doc.labelled(ReportText::tr("Epidural steroid injection recommended, of evaluated patients"), shareText(f.esiRecommended));
        doc.labelled(ReportText::tr("Recommendations that met the criteria, of those recommended"), shareText(f.esiCriteriaMet));
    }

    void lowValue()
    {
        doc.section(ReportText::tr("Low-value care"));
        const QList<QPair<QString, Proportion>> items = {
            {ReportText::tr("Imaging in the first 6 weeks without a red flag"), f.earlyImaging},
            {ReportText::tr("Opioids recommended for chronic pain"), f.opioidChronic},
            {ReportText::tr("Fusion discussed for non-specific low back pain"), f.fusionNonSpecific}};
        PageTable t;
        t.header = {ReportText::tr("Measure"), ReportText::tr("Of whom"), ReportText::tr("Share")};
        t.columnWeights = {3, 3, 2};
        const QStringList of = {ReportText::tr("evaluated patients in their first 6 weeks"),
                                ReportText::tr("evaluated patients with chronic pain"),
                                ReportText::tr("evaluated patients with non-specific low back pain")};
        for (int i = 0; i < items.size(); ++i)
            t.rows << QStringList{items.at(i).first, of.at(i), shareText(items.at(i).second)};
        doc.table(t);
        doc.paragraph(ReportText::tr("Lower is better. Each is counted when the advisory was kept on a signed plan."), 0.9);
        const QList<QPair<QString, Proportion>> shortItems = {{ReportText::tr("Early imaging"), f.earlyImaging},
                                                              {ReportText::tr("Opioids, chronic pain"), f.opioidChronic},
                                                              {ReportText::tr("Fusion, non-specific pain"), f.fusionNonSpecific}};
        chart(OutcomeCharts::proportionsChart(ReportText::tr("Low-value care, of the patients each applies to"), shortItems),
              barChartHeight(shortItems.size()));
    }

    void safety()
    {
        doc.section(ReportText::tr("Safety"));
        doc.labelled(ReportText::tr("Episodes with a positive PHQ-9 item 9 (self-harm) alert"),
                     shareText(f.safetyFollowUp.denominator.size(), episodes()));
        doc.labelled(ReportText::tr("With the follow-up of every alert recorded"), shareText(f.safetyFollowUp));
    }

    void definitions()
    {
        doc.section(ReportText::tr("Definitions"));
        for (const MeasureDefinition &d : measureDefinitions()) {
            doc.beginKeepTogether();
            doc.subheading(d.title);
            doc.labelled(ReportText::tr("Numerator"), d.numerator);
            doc.labelled(ReportText::tr("Denominator"), d.denominator);
            doc.labelled(ReportText::tr("Source"), d.source);
            doc.endKeepTogether();
        }
        doc.subheading(ReportText::tr("Rules for every measure"));
        doc.bullet(ReportText::tr("Episodes of care, not visits: each episode counts once, in the period that holds its first visit."));
        doc.bullet(ReportText::tr("Signed visits only: a draft visit or plan is never counted."));
        for (const TimePoint &t : outcomeTimePoints())
            doc.bullet(ReportText::tr("Time window at %1: the score nearest to %2 weeks after the first visit, within %3 days either "
                                      "side (ties go to the earlier score). A SpineDesk rule: the sources name time points, not "
                                      "windows.")
                           .arg(OutcomeCharts::timePointLabel(t))
                           .arg(t.weeks)
                           .arg(t.windowDays));
        doc.bullet(ReportText::tr("MCID reached: the improvement from the baseline meets the absolute or the percentage threshold "
                                  "of the instrument; the report says which."));
        doc.bullet(ReportText::tr("Percentages are rounded to whole numbers and always printed with their numerator and "
                                  "denominator; \"no patients\" when the denominator is empty."));
        doc.bullet(ReportText::tr("Small numbers are printed as they are, not suppressed; they vary widely from one period to "
                                  "the next. The report carries no patient identifiers."));
    }
};

} // namespace

QMap<QString, Instruments::Mcid> outcomeMcidThresholds(const Instruments::Library &library)
{
    QMap<QString, Instruments::Mcid> out;
    for (const OutcomeScale &s : outcomeScales()) {
        const Instruments::Definition *d = library.find(s.instrumentId);
        if (!d)
            continue;
        for (const Instruments::Scale &scale : d->scales)
            if (scale.id == s.scaleId && scale.mcid)
                out.insert(s.instrumentId, *scale.mcid);
    }
    return out;
}

PageSetup outcomeReportSetup(const OutcomeReportRequest &request)
{
    PageSetup s;
    s.title = ReportText::tr("Clinic outcome report");
    s.language = request.language.isEmpty() ? u"en"_s : request.language;
    s.clinic = request.clinic;
    s.withoutPatient = true; // a report about the clinic: no identity line on any page
    s.draft = false;
    s.basePointSize = 10;
    s.documentId = request.documentId;
    if (s.documentId.isEmpty())
        s.documentId = u"SD-outcomes-%1-%2"_s.arg(request.from.isValid() ? request.from.toString(u"yyyyMMdd"_s) : u"start"_s,
                                                  request.to.isValid() ? request.to.toString(u"yyyyMMdd"_s) : u"today"_s);
    return s;
}

bool buildOutcomeReport(PageDocument &doc, const OutcomeFigures &figures, const OutcomeReportRequest &request, QString *error)
{
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return fail(error, ReportText::tr("The period starts (%1) after it ends (%2).")
                               .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));
    if (!doc.setSetup(outcomeReportSetup(request)))
        return fail(error, ReportText::tr("The outcome report must start on an empty document."));
    Builder(doc, figures, request).build();
    return true;
}

QByteArray renderOutcomeReportPdf(const OutcomeFigures &figures, const OutcomeReportRequest &request, QString *error,
                                  DocumentReport *report)
{
    if (documentFontFamily().isEmpty()) {
        fail(error, ReportText::tr("No font is installed, so the report would print without text."));
        return {};
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(1200);
        pdf.setPageSize(QPageSize(QPageSize::Letter));
        pdf.setPageMargins(QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
        PageDocument doc(&pdf, outcomeReportSetup(request));
        if (!buildOutcomeReport(doc, figures, request, error) || !doc.paint(error, report))
            return {};
    }
    return buffer.data();
}

} // namespace SpineDesk
