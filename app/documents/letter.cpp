#include "documents/letter.h"

#include "core/instruments/library.h"
#include "core/plan/planbuilder.h"
#include "documents/chartpicture.h"
#include "documents/clinicalsections.h"
#include "documents/trendchartbuilder.h"

#include <QChart>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct LetterText {
    Q_DECLARE_TR_FUNCTIONS(Letter)
};

namespace CS = ClinicalSections;

class TrendFigure : public PageFigure
{
public:
    explicit TrendFigure(TrendChartSpec spec) : m_spec(std::move(spec)) {}
    qreal height(qreal width, const PageMetrics &m) const override { return trendFigureHeight(width, m); }
    void paint(QPainter &p, const QRectF &rect, const PageMetrics &m) const override { paintTrendFigure(p, rect, m, m_spec); }

private:
    TrendChartSpec m_spec;
};

// The bundled definition (content, not a query): range, direction, MCID and bands.
const Instruments::Definition *bundledDefinition(const QString &instrumentId)
{
    return bundledInstrumentLibrary().find(instrumentId);
}

QString plural(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

class LetterBuilder
{
public:
    LetterBuilder(PageDocument &doc, const VisitDossier &d, const Aids::AidLibrary *aids) : m_doc(doc), m_d(d), m_aids(aids) {}

    void build()
    {
        header();
        reasonAndBottomLine();
        problems();
        history();
        redFlags();
        examination();
        measures();
        imaging();
        sharedDecision();
        plan();
        requests();
        safetyNet();
        copies();
        addenda();
        signature();
    }

private:
    QList<Plans::PlanItem> activeItems() const
    {
        return m_d.plan ? m_d.plan->activeItems() : QList<Plans::PlanItem>();
    }

    void header()
    {
        m_doc.documentTitle(LetterText::tr("Spine consultation: treatment plan"));
        m_doc.labelled(LetterText::tr("To"), CS::referrerLine(m_d));
        m_doc.labelled(LetterText::tr("Patient"), pageIdentityLine(m_doc.setup()));
        m_doc.paragraph(TextRuns{{LetterText::tr("Date of visit: "), true},
                                 {LetterText::tr("%1 (%2)").arg(CS::date(m_d.visit.visitDate), visitKindLabel(m_d.visit.kind))},
                                 {LetterText::tr("   Seen by: "), true},
                                 {m_d.clinician ? m_d.clinician->signatureName() : CS::notRecorded()}});
    }

    void reasonAndBottomLine()
    {
        m_doc.section(LetterText::tr("Reason for referral and bottom line"));
        QString question;
        if (m_d.referral)
            question = !m_d.referral->question.trimmed().isEmpty() ? m_d.referral->question : m_d.referral->reason;
        m_doc.labelled(LetterText::tr("Your question"), question.trimmed().isEmpty() ? CS::notRecorded() : question);
        const QString bottom = m_d.plan ? m_d.plan->bottomLine : QString();
        m_doc.paragraph(TextRuns{{LetterText::tr("Bottom line: "), true},
                                 {bottom.trimmed().isEmpty() ? LetterText::tr("none written") : bottom}});
    }

    void problems()
    {
        m_doc.section(LetterText::tr("Problem list"));
        CS::problemList(m_doc, m_d, false);
        if (!m_d.summary.yellowFlagDomains.isEmpty())
            m_doc.labelled(LetterText::tr("Psychosocial factors recorded (yellow flags)"), m_d.summary.yellowFlagDomains.join(u"; "_s));
    }

    void history()
    {
        m_doc.section(LetterText::tr("History"));
        const Intake &in = m_d.intake;
        QString onset = CS::date(in.onsetDate);
        if (const auto weeks = weeksSinceOnset(in.onsetDate, m_d.visit.visitDate))
            onset += LetterText::tr(", %1 before the visit").arg(plural(*weeks, LetterText::tr("1 week"), LetterText::tr("%1 weeks")));
        m_doc.labelled(LetterText::tr("Onset"), onset);
        m_doc.labelled(LetterText::tr("Duration class"),
                       m_d.summary.duration == DurationClass::Unknown
                           ? CS::notRecorded()
                           : LetterText::tr("%1 (%2)").arg(durationClassLabel(m_d.summary.duration), durationClassCitation()));
        m_doc.labelled(LetterText::tr("Dominant pain"), in.dominance == PainDominance::NotRecorded ? CS::notRecorded()
                                                                                                   : painDominanceLabel(in.dominance));
        QString work = in.workStatus == WorkStatus::NotRecorded ? CS::notRecorded() : workStatusLabel(in.workStatus);
        if (!in.occupation.trimmed().isEmpty())
            work += u" ("_s + in.occupation.simplified() + u')';
        m_doc.labelled(LetterText::tr("Work"), work);
        m_doc.subheading(LetterText::tr("Conservative care so far"));
        if (in.conservativeCare.isEmpty())
            m_doc.paragraph(LetterText::tr("None recorded."));
        for (const ConservativeCareEntry &c : in.conservativeCare) {
            QStringList parts{c.modality.simplified()};
            if (!c.provider.trimmed().isEmpty())
                parts << c.provider.simplified();
            parts << LetterText::tr("%1 to %2").arg(CS::date(c.startDate),
                                                   c.endDate.isValid() ? CS::date(c.endDate) : LetterText::tr("ongoing"));
            if (c.sessionsAttended >= 0)
                parts << plural(c.sessionsAttended, LetterText::tr("1 session attended"), LetterText::tr("%1 sessions attended"));
            parts << (c.response == TreatmentResponse::Unknown ? LetterText::tr("response not recorded")
                                                               : LetterText::tr("response: %1").arg(treatmentResponseLabel(c.response)));
            if (!c.note.trimmed().isEmpty())
                parts << c.note.simplified();
            m_doc.bullet(parts.join(u"; "_s));
        }
        CS::medicationsAndInjections(m_doc, in);
    }

    void redFlags()
    {
        m_doc.section(LetterText::tr("Red-flag screen"));
        CS::redFlagScreen(m_doc, m_d);
    }

    void examination()
    {
        m_doc.section(LetterText::tr("Examination"));
        CS::examination(m_doc, m_d, false);
    }

    void measures()
    {
        m_doc.section(LetterText::tr("Measures"));
        CS::measuresTable(m_doc, m_d.summary);
        if (const auto chart = letterTrendChart(m_d)) {
            m_doc.beginKeepTogether();
            m_doc.figure(std::make_shared<TrendFigure>(*chart));
            m_doc.endKeepTogether();
        }
    }

    void imaging()
    {
        m_doc.section(LetterText::tr("Imaging"));
        CS::imagingTable(m_doc, m_d.intake, m_d.visit.visitDate, false);
        if (m_d.intake.imaging.isEmpty()) {
            // Why imaging is not indicated now, from the plan (the deferral rule's item) and the screen.
            bool deferred = false;
            for (const Plans::PlanItem &item : activeItems())
                if (item.kind == Plans::ItemKind::ImagingDeferred) {
                    m_doc.labelled(LetterText::tr("Imaging now"), item.text);
                    deferred = true;
                }
            if (!deferred)
                m_doc.labelled(LetterText::tr("Imaging now"), LetterText::tr("no decision recorded"));
            m_doc.labelled(LetterText::tr("Red-flag status"),
                           m_d.summary.redFlagsScreened ? m_d.summary.redFlagStatus : LetterText::tr("not assessed"));
        }
    }

    void sharedDecision()
    {
        m_doc.section(LetterText::tr("Shared decision"));
        m_doc.labelled(LetterText::tr("The patient's goals, in their words"),
                       m_d.intake.goals.trimmed().isEmpty() ? CS::notRecorded() : m_d.intake.goals);
        if (m_d.decisions.isEmpty())
            m_doc.paragraph(LetterText::tr("No decision aid was used at this visit."));
        for (const Aids::DecisionRecord &r : m_d.decisions)
            CS::decisionRecord(m_doc, r, m_aids); // short lines: may break across pages, the letter stays short
    }

    void plan()
    {
        m_doc.section(LetterText::tr("Plan"));
        if (m_d.esi)
            m_doc.labelled(LetterText::tr("Epidural steroid injection"), m_d.esi->summaryLine());
        if (!m_d.plan) {
            m_doc.paragraph(LetterText::tr("No plan recorded."));
            return;
        }
        const Plans::LowValueContext context = lowValueContext();
        bool any = false;
        for (const Plans::PlanItem &item : activeItems()) {
            if (item.kind == Plans::ItemKind::RequestToPrimary)
                continue; // numbered in their own section
            any = true;
            m_doc.bullet(TextRuns{{Plans::itemKindLabel(item.kind) + LetterText::tr(": "), true}, {item.text}});
            if (!item.departureReason.trimmed().isEmpty())
                m_doc.paragraph(LetterText::tr("Departs from the matched package because: %1").arg(item.departureReason), 0.9);
            const QList<Plans::LowValueWarning> warnings = Plans::checkItem(item, context);
            for (const Plans::KeptWarning &kept : item.keptWarnings) {
                QString what = kept.code;
                for (const Plans::LowValueWarning &w : warnings)
                    if (w.code == kept.code) {
                        what = w.text;
                        if (!w.sources.isEmpty())
                            what += u" ("_s + w.sources.join(u"; "_s) + u')';
                        if (!w.verified)
                            what += LetterText::tr(" [unverified]");
                    }
                m_doc.paragraph(TextRuns{{LetterText::tr("Low-value-care advisory kept: "), true},
                                         {what},
                                         {LetterText::tr(" Reason: "), true},
                                         {kept.reason.trimmed().isEmpty() ? CS::notRecorded() : kept.reason}},
                                0.9);
            }
        }
        if (!any)
            m_doc.paragraph(LetterText::tr("No plan items."));
        m_doc.labelled(LetterText::tr("Follow-up"), m_d.plan->followUp.trimmed().isEmpty() ? LetterText::tr("not set") : m_d.plan->followUp);
        m_doc.subheading(LetterText::tr("Goals"));
        if (m_d.plan->goals.isEmpty())
            m_doc.paragraph(LetterText::tr("None recorded."));
        for (const Plans::Goal &g : m_d.plan->goals)
            m_doc.bullet(LetterText::tr("%1 (by %2)").arg(g.text.trimmed().isEmpty() ? CS::notRecorded() : g.text, CS::date(g.targetDate)));
    }

    void requests()
    {
        m_doc.section(LetterText::tr("Requests to the primary clinician"));
        int n = 0;
        for (const Plans::PlanItem &item : activeItems())
            if (item.kind == Plans::ItemKind::RequestToPrimary)
                m_doc.numbered(++n, item.text);
        if (n == 0)
            m_doc.paragraph(LetterText::tr("None."));
    }

    void safetyNet()
    {
        m_doc.section(LetterText::tr("Safety net"));
        writeSafetyNet(m_doc, m_d);
    }

    void copies()
    {
        m_doc.section(LetterText::tr("Copies to"));
        m_doc.bullet(LetterText::tr("Patient: %1").arg(m_d.patient.displayName()));
        m_doc.bullet(LetterText::tr("Referring clinician: %1").arg(m_d.referrer ? m_d.referrer->name : CS::notRecorded()));
        if (m_d.plan)
            for (const QString &c : m_d.plan->copiesTo)
                if (!c.trimmed().isEmpty())
                    m_doc.bullet(c);
    }

    void addenda()
    {
        if (m_d.addenda.isEmpty())
            return;
        m_doc.section(LetterText::tr("Addenda"));
        m_doc.paragraph(LetterText::tr("This letter shows the plan as amended by the latest addendum."), 0.9);
        for (const Plans::PlanAddendum &a : m_d.addenda)
            m_doc.bullet(LetterText::tr("Addendum %1, %2: %3").arg(a.revision).arg(CS::dateTime(a.createdAt), a.reason));
    }

    void signature()
    {
        m_doc.section(LetterText::tr("Signature"));
        writeSignature(m_doc, m_d);
    }

    Plans::LowValueContext lowValueContext() const { return Plans::lowValueContext(m_d.planContext()); }

    PageDocument &m_doc;
    const VisitDossier &m_d;
    const Aids::AidLibrary *m_aids;
};

} // namespace

void writeSafetyNet(PageDocument &doc, const VisitDossier &d)
{
    // red-flags.md §3: the conditions that need same-day or urgent action.
    doc.paragraph(LetterText::tr("Please re-refer urgently, or send the patient to the emergency department, if any of these appear:"));
    doc.bullet(LetterText::tr("Cauda equina features: new bladder or bowel dysfunction, reduced saddle (perineal) sensation, "
                                "bilateral leg pain or neurological symptoms: emergency, same day."));
    doc.bullet(LetterText::tr("Progressive or new leg weakness, or a deficit at more than one level: urgent."));
    doc.bullet(LetterText::tr("Fever with back pain, especially with intravenous drug use, immunosuppression or a recent spinal "
                                "procedure: urgent."));
    doc.bullet(LetterText::tr("Severe night or rest pain, unexplained weight loss, or a history of cancer with new pain: prompt "
                                "review."));
    QStringList contact;
    if (!d.clinic.phone.trimmed().isEmpty())
        contact << LetterText::tr("phone %1").arg(d.clinic.phone.simplified());
    if (!d.clinic.fax.trimmed().isEmpty())
        contact << LetterText::tr("fax %1").arg(d.clinic.fax.simplified());
    if (!contact.isEmpty())
        doc.paragraph(LetterText::tr("Spine center: %1.").arg(contact.join(u", "_s)));
}

void writeSignature(PageDocument &doc, const VisitDossier &d)
{
    doc.beginKeepTogether();
    if (d.planSigned)
        doc.paragraph(LetterText::tr("Electronically signed by %1 on %2")
                            .arg(d.signer ? d.signer->signatureName() : CS::notRecorded(), CS::dateTime(d.planSignedAt)),
                        1, true);
    else
        doc.paragraph(LetterText::tr("Not signed: this letter is a draft and must not be sent."), 1, true);
    doc.paragraph(d.clinic.name, 0.9);
    doc.endKeepTogether();
}

QStringList letterSectionTitles()
{
    return {LetterText::tr("Reason for referral and bottom line"),
            LetterText::tr("Problem list"),
            LetterText::tr("History"),
            LetterText::tr("Red-flag screen"),
            LetterText::tr("Examination"),
            LetterText::tr("Measures"),
            LetterText::tr("Imaging"),
            LetterText::tr("Shared decision"),
            LetterText::tr("Plan"),
            LetterText::tr("Requests to the primary clinician"),
            LetterText::tr("Safety net"),
            LetterText::tr("Copies to"),
            LetterText::tr("Signature")};
}

const Instruments::Library &bundledInstrumentLibrary()
{
    static const Instruments::Library library = Instruments::Library::load(Instruments::Library::bundledDirectory());
    return library; // a function-local static: initialised once, thread-safe
}

std::optional<TrendChartSpec> letterTrendChart(const VisitDossier &dossier)
{
    for (const QString &id : {u"odi"_s, u"peg"_s, u"nrs-leg"_s, u"nrs-back"_s})
        if (auto spec = episodeTrendChart(dossier, id))
            return spec;
    return std::nullopt;
}

std::optional<TrendChartSpec> episodeTrendChart(const VisitDossier &dossier, const QString &instrumentId, int minimumPoints)
{
    QList<TrendPoint> points;
    for (const VisitHistoryEntry &entry : dossier.history)
        for (const ScoreRecord &r : entry.scores)
            if (r.instrumentId == instrumentId && r.complete)
                if (const auto v = r.scales.value(u"total"_s)) {
                    points.append({r.date.isValid() ? r.date : entry.date, *v});
                    break;
                }
    if (points.size() < minimumPoints)
        return std::nullopt;
    QString title;
    for (const InstrumentLine &line : dossier.summary.instruments)
        if (line.instrumentId == instrumentId)
            title = line.title;
    if (title.isEmpty())
        title = instrumentId.toUpper();
    TrendChartSpec spec;
    if (const Instruments::Definition *definition = bundledDefinition(instrumentId)) {
        spec = trendChartSpecFor(*definition, u"total"_s, points, QString(), dossier.clinic.workingLanguage.isEmpty() ? u"en"_s : dossier.clinic.workingLanguage);
    } else {
        std::sort(points.begin(), points.end(), [](const TrendPoint &a, const TrendPoint &b) { return a.date < b.date; });
        spec.points = points;
        spec.baseline = points.first().value;
        double top = 0;
        for (const TrendPoint &p : points)
            top = std::max(top, p.value);
        spec.maximum = top > 10 ? std::ceil(top / 10) * 10 : 10;
    }
    spec.title = LetterText::tr("%1 over this episode (%2 to %3, %4 is better)")
                     .arg(title, QString::number(spec.minimum), QString::number(spec.maximum),
                          spec.higherIsBetter ? LetterText::tr("higher") : LetterText::tr("lower"));
    return spec;
}

qreal trendFigureHeight(qreal width, const PageMetrics &m)
{
    return width * 0.56 + m.pt(m.base * 0.5);
}

void paintTrendFigure(QPainter &p, const QRectF &rect, const PageMetrics &m, const TrendChartSpec &spec)
{
    // Laid out in points (the font in pixels of one point each), then scaled onto the page.
    const QRectF target = rect.adjusted(0, m.pt(m.base * 0.25), 0, -m.pt(m.base * 0.25));
    const QSizeF layout(target.width() * 72 / m.dpi, target.height() * 72 / m.dpi);
    QFont font = m.font(0.85);
    font.setPixelSize(std::max(1, qRound(m.base * 0.85)));
    std::unique_ptr<QChart> chart(buildTrendChart(spec, font));
    paintChart(p, target, chart.get(), layout);
}

CoverPainter faxCoverPainter(const VisitDossier &dossier, const QString &documentTitle)
{
    const ClinicProfile clinic = dossier.clinic;
    const std::optional<ReferringClinician> referrer = dossier.referrer;
    const QDate today = QDate::currentDate();
    return [=](QPainter &p, const QRectF &body, const PageMetrics &m, int totalPages) {
        qreal y = body.top() + m.pt(m.base);
        auto line = [&](const QString &text, qreal scale, bool bold, qreal after = 0) {
            QFont f = m.font(scale, bold);
            p.setFont(f);
            const QRectF r = QFontMetricsF(f, p.device()).boundingRect(QRectF(body.left(), y, body.width(), 1e9), Qt::TextWordWrap, text);
            p.drawText(QRectF(body.left(), y, body.width(), r.height()), Qt::AlignLeft | Qt::TextWordWrap, text);
            y += r.height() + m.pt(after);
        };
        auto field = [&](const QString &label, const QString &value) {
            line(label, 0.9, true);
            line(value.trimmed().isEmpty() ? CS::notRecorded() : value, 1.1, false, m.base * 0.6);
        };
        p.setPen(Qt::black);
        line(LetterText::tr("Fax"), 2.2, true, m.base);
        QStringList to;
        if (referrer) {
            to << referrer->name.simplified();
            if (!referrer->practice.trimmed().isEmpty())
                to << referrer->practice.simplified();
        }
        field(LetterText::tr("To"), to.join(u", "_s));
        field(LetterText::tr("Recipient fax"), referrer ? referrer->fax : QString());
        field(LetterText::tr("From"), clinic.name);
        field(LetterText::tr("Sender phone"), clinic.phone);
        field(LetterText::tr("Sender fax"), clinic.fax);
        field(LetterText::tr("Date"), CS::date(today));
        field(LetterText::tr("Pages, including this cover"), QString::number(totalPages));
        field(LetterText::tr("Regarding"), documentTitle);
        y += m.pt(m.base);
        p.setPen(QPen(Qt::black, m.pt(1)));
        p.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
        y += m.pt(m.base * 0.6);
        line(LetterText::tr("Confidential"), 1.2, true, m.base * 0.3);
        line(LetterText::tr("This fax contains confidential health information that is protected by law. It is intended only "
                            "for the recipient named above. If you are not that recipient, do not read, copy or pass on its "
                            "contents; please call the sender at the phone number above and destroy all pages received."),
             1, false);
    };
}

bool buildLetter(PageDocument &doc, const VisitDossier &dossier, const Aids::AidLibrary *aids, const DocumentRequest &request,
                 QString *error)
{
    Q_UNUSED(error);
    if (request.faxCover)
        doc.setCoverPage(faxCoverPainter(dossier, doc.setup().title));
    LetterBuilder(doc, dossier, aids).build();
    return true;
}

} // namespace SpineDesk
