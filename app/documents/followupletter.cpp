#include "documents/followupletter.h"

#include "core/followup.h"
#include "documents/clinicalsections.h"
#include "documents/letter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct FollowUpLetterText {
    Q_DECLARE_TR_FUNCTIONS(FollowUpLetter)
};

namespace CS = ClinicalSections;

// One chart a row at full width and a low height, so the letter stays within two pages.
class TrendRowFigure : public PageFigure
{
public:
    explicit TrendRowFigure(TrendChartSpec spec) : m_spec(std::move(spec)) {}
    qreal height(qreal width, const PageMetrics &m) const override { return width * 0.3 + m.pt(m.base * 0.5); }
    void paint(QPainter &p, const QRectF &rect, const PageMetrics &m) const override { paintTrendFigure(p, rect, m, m_spec); }

private:
    TrendChartSpec m_spec;
};

class FollowUpLetterBuilder
{
public:
    FollowUpLetterBuilder(PageDocument &doc, const VisitDossier &d) : m_doc(doc), m_d(d) {}

    void build()
    {
        header();
        followUpOf();
        measures();
        charts();
        planChanges();
        nextFollowUp();
        requests();
        m_doc.section(FollowUpLetterText::tr("Safety net"));
        writeSafetyNet(m_doc, m_d);
        m_doc.section(FollowUpLetterText::tr("Signature"));
        writeSignature(m_doc, m_d);
    }

private:
    QString language() const { return m_d.clinic.workingLanguage.isEmpty() ? u"en"_s : m_d.clinic.workingLanguage; }
    QList<Plans::PlanItem> activeItems() const { return m_d.plan ? m_d.plan->activeItems() : QList<Plans::PlanItem>(); }

    void header()
    {
        m_doc.documentTitle(FollowUpLetterText::tr("Spine follow-up: progress against baseline"));
        m_doc.labelled(FollowUpLetterText::tr("To"), CS::referrerLine(m_d));
        m_doc.labelled(FollowUpLetterText::tr("Patient"), pageIdentityLine(m_doc.setup()));
        m_doc.paragraph(TextRuns{{FollowUpLetterText::tr("Date of visit: "), true},
                                 {FollowUpLetterText::tr("%1 (%2)").arg(CS::date(m_d.visit.visitDate), visitKindLabel(m_d.visit.kind))},
                                 {FollowUpLetterText::tr("   Seen by: "), true},
                                 {m_d.clinician ? m_d.clinician->signatureName() : CS::notRecorded()}});
    }

    void followUpOf()
    {
        m_doc.section(FollowUpLetterText::tr("Follow-up of"));
        const QDate first = m_d.history.isEmpty() ? m_d.episode.startDate : m_d.history.first().date;
        m_doc.labelled(FollowUpLetterText::tr("First visit"), CS::date(first));
        QString reason = m_d.episode.title.simplified();
        if (m_d.referral) {
            const QString r = m_d.referral->reason.simplified();
            reason = reason.isEmpty() ? r : (r.isEmpty() ? reason : reason + u"; "_s + r);
        }
        m_doc.labelled(FollowUpLetterText::tr("Reason"), reason.isEmpty() ? CS::notRecorded() : reason);
        if (m_d.previousPlanDate.isValid())
            m_doc.labelled(FollowUpLetterText::tr("Plan followed up"), FollowUpLetterText::tr("signed plan of %1").arg(CS::date(m_d.previousPlanDate)));
        const QString bottom = m_d.plan ? m_d.plan->bottomLine : QString();
        m_doc.paragraph(TextRuns{{FollowUpLetterText::tr("Bottom line: "), true},
                                 {bottom.trimmed().isEmpty() ? FollowUpLetterText::tr("none written") : bottom}});
    }

    void measures()
    {
        m_doc.section(FollowUpLetterText::tr("Measures against baseline"));
        const BaselineComparison comparison = compareWithBaseline(m_d.history, m_d.visit.id, bundledInstrumentLibrary(), language());
        if (comparison.lines.isEmpty()) {
            m_doc.paragraph(FollowUpLetterText::tr("No questionnaire of the baseline was repeated at this visit."));
            return;
        }
        PageTable t;
        t.header = {FollowUpLetterText::tr("Measure"), FollowUpLetterText::tr("Baseline"), FollowUpLetterText::tr("Now"),
                    FollowUpLetterText::tr("Change"), FollowUpLetterText::tr("MCID")};
        t.columnWeights = {1.2, 1.6, 0.8, 1.5, 2.6};
        QStringList sources;
        for (const ComparisonLine &l : comparison.lines) {
            t.rows << QStringList{l.measure, FollowUpLetterText::tr("%1 (%2)").arg(fixedNumber(l.change.baseline, l.decimals), CS::date(l.baselineDate)),
                                  fixedNumber(l.change.current, l.decimals), l.changeText(), l.mcidText()};
            if (l.mcid) {
                const QString source = u"%1: %2 [%3]"_s.arg(l.measure, l.mcid->citation, l.mcid->tag);
                if (!sources.contains(source))
                    sources << source;
            }
        }
        m_doc.table(t);
        m_doc.paragraph(FollowUpLetterText::tr("MCID: the minimal clinically important difference. \"Reached\" means the improvement "
                                               "from the baseline meets the absolute or the percentage threshold; the table says "
                                               "which. A threshold whose source is not verified is marked \"unverified threshold\"."),
                        0.8);
        if (!sources.isEmpty())
            m_doc.paragraph(FollowUpLetterText::tr("MCID sources: %1").arg(sources.join(u"; "_s)), 0.8);
    }

    void charts()
    {
        QList<TrendChartSpec> specs;
        // At most three, so the letter stays within two pages.
        for (const QString &id : {u"odi"_s, u"peg"_s, u"nrs-back"_s, u"nrs-leg"_s})
            if (const auto spec = episodeTrendChart(m_d, id); spec && specs.size() < 3)
                specs << *spec;
        if (specs.isEmpty())
            return;
        for (const TrendChartSpec &spec : specs)
            m_doc.figure(std::make_shared<TrendRowFigure>(spec));
    }

    void planChanges()
    {
        m_doc.section(FollowUpLetterText::tr("Plan changes"));
        if (!m_d.previousPlan) {
            m_doc.paragraph(FollowUpLetterText::tr("No earlier signed plan in this episode to compare with."));
            return;
        }
        if (!m_d.plan) {
            m_doc.paragraph(FollowUpLetterText::tr("No plan recorded at this visit: the plan of %1 stands.").arg(CS::date(m_d.previousPlanDate)));
            return;
        }
        const QList<Plans::PlanItem> before = m_d.previousPlan->activeItems();
        const QList<Plans::PlanItem> now = activeItems();
        auto find = [](const QList<Plans::PlanItem> &items, const QString &id) -> const Plans::PlanItem * {
            for (const Plans::PlanItem &i : items)
                if (i.id == id)
                    return &i;
            return nullptr;
        };
        // The follow-up and repeat items are renewed at every visit: they belong to "Next follow-up".
        auto renewed = [](const Plans::PlanItem &i) {
            return i.kind == Plans::ItemKind::FollowUp || i.kind == Plans::ItemKind::RepeatQuestionnaires;
        };
        int n = 0;
        for (const Plans::PlanItem &i : now) {
            if (renewed(i))
                continue;
            const Plans::PlanItem *was = find(before, i.id);
            if (!was) {
                m_doc.bullet(TextRuns{{FollowUpLetterText::tr("Added: "), true}, {Plans::itemKindLabel(i.kind) + u": "_s + i.text}});
                ++n;
            } else if (was->text != i.text) {
                m_doc.bullet(TextRuns{{FollowUpLetterText::tr("Changed: "), true},
                                      {FollowUpLetterText::tr("%1: %2 (was: %3)").arg(Plans::itemKindLabel(i.kind), i.text, was->text)}});
                ++n;
            }
        }
        for (const Plans::PlanItem &i : before) {
            if (renewed(i) || find(now, i.id))
                continue;
            m_doc.bullet(TextRuns{{FollowUpLetterText::tr("Stopped: "), true}, {Plans::itemKindLabel(i.kind) + u": "_s + i.text}});
            ++n;
        }
        if (n == 0)
            m_doc.paragraph(FollowUpLetterText::tr("No change: the plan of %1 continues.").arg(CS::date(m_d.previousPlanDate)));
        if (m_d.plan && m_d.plan->goals != m_d.previousPlan->goals)
            for (const Plans::Goal &g : m_d.plan->goals)
                m_doc.bullet(FollowUpLetterText::tr("Goal: %1 (by %2)").arg(g.text.trimmed().isEmpty() ? CS::notRecorded() : g.text, CS::date(g.targetDate)));
    }

    void nextFollowUp()
    {
        m_doc.section(FollowUpLetterText::tr("Next follow-up"));
        const QString when = m_d.plan ? m_d.plan->followUp.trimmed() : QString();
        m_doc.labelled(FollowUpLetterText::tr("When"), when.isEmpty() ? FollowUpLetterText::tr("not set") : when);
        for (const Plans::PlanItem &i : activeItems())
            if (i.kind == Plans::ItemKind::FollowUp || i.kind == Plans::ItemKind::RepeatQuestionnaires)
                m_doc.bullet(i.text);
    }

    void requests()
    {
        m_doc.section(FollowUpLetterText::tr("Requests to the primary clinician"));
        int n = 0;
        for (const Plans::PlanItem &item : activeItems())
            if (item.kind == Plans::ItemKind::RequestToPrimary)
                m_doc.numbered(++n, item.text);
        if (n == 0)
            m_doc.paragraph(FollowUpLetterText::tr("None."));
    }

    PageDocument &m_doc;
    const VisitDossier &m_d;
};

} // namespace

QStringList followUpLetterSectionTitles()
{
    return {FollowUpLetterText::tr("Follow-up of"),
            FollowUpLetterText::tr("Measures against baseline"),
            FollowUpLetterText::tr("Plan changes"),
            FollowUpLetterText::tr("Next follow-up"),
            FollowUpLetterText::tr("Requests to the primary clinician"),
            FollowUpLetterText::tr("Safety net"),
            FollowUpLetterText::tr("Signature")};
}

bool usesFollowUpLetter(const VisitDossier &dossier)
{
    return dossier.visit.kind == VisitKind::FollowUp && dossier.previousPlan.has_value();
}

bool buildFollowUpLetter(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request, QString *error)
{
    Q_UNUSED(error);
    if (request.faxCover)
        doc.setCoverPage(faxCoverPainter(dossier, doc.setup().title));
    FollowUpLetterBuilder(doc, dossier).build();
    return true;
}

} // namespace SpineDesk
