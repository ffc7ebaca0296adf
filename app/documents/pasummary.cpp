#include "documents/pasummary.h"

#include "documents/clinicalsections.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct PaText {
    Q_DECLARE_TR_FUNCTIONS(PaSummary)
};

namespace CS = ClinicalSections;

QString scoreValue(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::round(v))) : QString::number(v, 'f', 1);
}

struct Dated {
    QDate date;
    ScoreRecord record;
};

class PaBuilder
{
public:
    PaBuilder(PageDocument &doc, const VisitDossier &d, const Aids::AidLibrary *aids, QDate summaryDate)
        : m_doc(doc), m_d(d), m_aids(aids), m_date(summaryDate)
    {
    }

    void build()
    {
        header();
        diagnosis();
        redFlags();
        neuro();
        imaging();
        proms();
        conservativeCare();
        nicotine();
        behaviouralHealth();
        sharedDecision();
        readiness();
        esi();
        signature();
    }

private:
    QList<Plans::PlanItem> activeItems() const { return m_d.plan ? m_d.plan->activeItems() : QList<Plans::PlanItem>(); }

    const Plans::ReadinessElement *element(const QString &id) const
    {
        for (const Plans::ReadinessElement &e : m_d.readiness.elements)
            if (e.id == id)
                return &e;
        return nullptr;
    }

    void header()
    {
        m_doc.documentTitle(PaText::tr("Spine-center visit summary for prior authorization"));
        m_doc.labelled(PaText::tr("To"), m_d.surgeonName.trimmed().isEmpty() ? PaText::tr("the surgeon's office") : m_d.surgeonName);
        m_doc.labelled(PaText::tr("Patient"), pageIdentityLine(m_doc.setup()));
        m_doc.labelled(PaText::tr("Date of visit"), CS::date(m_d.visit.visitDate));
        m_doc.labelled(PaText::tr("Date of this summary"), CS::date(m_date));
        m_doc.labelled(PaText::tr("Spine-center clinician"), m_d.clinician ? m_d.clinician->signatureName() : CS::notRecorded());
        QString referrer = CS::notRecorded();
        if (m_d.referrer) {
            referrer = m_d.referrer->name.simplified();
            if (!m_d.referrer->practice.trimmed().isEmpty())
                referrer += u", "_s + m_d.referrer->practice.simplified();
        }
        m_doc.labelled(PaText::tr("Referring clinician"), referrer);
        m_doc.paragraph(PaText::tr("This summary reports what the spine-center visit documented against common prior-"
                                   "authorization elements. It is not a coverage decision; the payer decides."),
                        0.85);
    }

    void diagnosis()
    {
        m_doc.section(PaText::tr("Diagnosis"));
        CS::problemList(m_doc, m_d, true);
    }

    void redFlags()
    {
        m_doc.section(PaText::tr("Red-flag screen"));
        CS::redFlagScreen(m_doc, m_d);
        // esi-and-authorization.md §5.2: payers waive the conservative-care duration for rapid
        // motor loss or cauda equina syndrome.
        const Plans::ReadinessElement *e = element(u"red-flag-exception"_s);
        QString text = e ? Plans::readinessStatusLabel(e->status) : PaText::tr("not documented");
        if (e && !e->detail.trimmed().isEmpty())
            text += u": "_s + e->detail;
        m_doc.paragraph(TextRuns{{PaText::tr("Exception to the conservative-care requirement (rapid motor loss or cauda equina "
                                             "syndrome): "),
                                  true},
                                 {text}});
    }

    void neuro()
    {
        m_doc.section(PaText::tr("Neurological examination"));
        CS::examination(m_doc, m_d, true);
    }

    void imaging()
    {
        m_doc.section(PaText::tr("Imaging"));
        CS::imagingTable(m_doc, m_d.intake, m_date, true);
        if (!m_d.intake.imaging.isEmpty())
            m_doc.paragraph(PaText::tr("Age: whole months from the study to the date of this summary (%1).").arg(CS::date(m_date)), 0.85);
    }

    // Baseline and latest per instrument from the episode's visits (and this visit's summary).
    QMap<QString, QList<Dated>> scoreSeries() const
    {
        QMap<QString, QList<Dated>> series;
        for (const VisitHistoryEntry &entry : m_d.history)
            for (const ScoreRecord &r : entry.scores)
                series[r.instrumentId].append({r.date.isValid() ? r.date : entry.date, r});
        for (const InstrumentLine &line : m_d.summary.instruments) {
            QList<Dated> &list = series[line.instrumentId];
            const bool present = std::any_of(list.begin(), list.end(), [&](const Dated &x) { return x.date == line.date; });
            if (present)
                continue;
            ScoreRecord r;
            r.instrumentId = line.instrumentId;
            r.date = line.date;
            r.complete = line.complete;
            if (!line.bandCode.isEmpty())
                r.band = line.bandCode;
            for (const ScaleLine &s : line.scales) {
                r.scales.insert(s.scaleId, s.value);
                if (s.change && line.baselineDate && !std::any_of(list.begin(), list.end(), [&](const Dated &x) {
                        return x.date == *line.baselineDate;
                    })) {
                    ScoreRecord b;
                    b.instrumentId = line.instrumentId;
                    b.date = *line.baselineDate;
                    b.complete = true;
                    b.scales.insert(s.scaleId, s.change->baseline);
                    list.append({b.date, b});
                }
            }
            list.append({line.date, r});
        }
        for (QList<Dated> &list : series)
            std::stable_sort(list.begin(), list.end(), [](const Dated &a, const Dated &b) { return a.date < b.date; });
        return series;
    }

    QString titleOf(const QString &id) const
    {
        for (const InstrumentLine &line : m_d.summary.instruments)
            if (line.instrumentId == id)
                return line.title;
        static const QMap<QString, QString> names{{u"odi"_s, u"ODI"_s},         {u"rmdq"_s, u"RMDQ"_s},
                                                  {u"nrs-back"_s, u"NRS back"_s}, {u"nrs-leg"_s, u"NRS leg"_s},
                                                  {u"peg"_s, u"PEG"_s},           {u"phq9"_s, u"PHQ-9"_s},
                                                  {u"gad7"_s, u"GAD-7"_s},        {u"startback"_s, u"STarT Back"_s}};
        return names.value(id, id);
    }

    QString bandOf(const QString &id, const QString &code) const
    {
        for (const InstrumentLine &line : m_d.summary.instruments)
            if (line.instrumentId == id && line.bandCode == code && !line.bandLabel.isEmpty())
                return line.bandLabel;
        QString words = code;
        return words.replace(u'-', u' ');
    }

    QString valueText(const QString &id, const ScoreRecord &r) const
    {
        QStringList parts;
        for (auto it = r.scales.begin(); it != r.scales.end(); ++it) {
            const QString v = it.value() ? scoreValue(*it.value()) : PaText::tr("not scored");
            parts << (r.scales.size() > 1 ? PaText::tr("%1 %2").arg(it.key(), v) : v);
        }
        QString text = parts.isEmpty() ? PaText::tr("not scored") : parts.join(u", "_s);
        if (r.band)
            text += u" ("_s + bandOf(id, *r.band) + u')';
        if (!r.complete)
            text += PaText::tr(", incomplete");
        return text;
    }

    void proms()
    {
        m_doc.section(PaText::tr("Patient-reported outcomes"));
        const QMap<QString, QList<Dated>> series = scoreSeries();
        PageTable t;
        t.header = {PaText::tr("Measure"), PaText::tr("Baseline"), PaText::tr("Baseline date"), PaText::tr("Latest"),
                    PaText::tr("Latest date")};
        t.columnWeights = {1.2, 1.8, 1.1, 1.8, 1.1};
        for (const QString &id : {u"odi"_s, u"rmdq"_s, u"nrs-back"_s, u"nrs-leg"_s, u"peg"_s, u"phq9"_s, u"gad7"_s, u"startback"_s}) {
            const QList<Dated> list = series.value(id);
            if (list.isEmpty())
                continue;
            const Dated &first = list.first();
            const Dated &last = list.last();
            t.rows << QStringList{titleOf(id), valueText(id, first.record), CS::date(first.date),
                                  list.size() > 1 ? valueText(id, last.record) : PaText::tr("baseline only"),
                                  list.size() > 1 ? CS::date(last.date) : QString()};
        }
        if (t.rows.isEmpty())
            m_doc.paragraph(PaText::tr("Not assessed: no questionnaires recorded in this episode."));
        else
            m_doc.table(t);
    }

    void conservativeCare()
    {
        m_doc.section(PaText::tr("Conservative care"));
        CS::conservativeCareTable(m_doc, m_d.intake, m_d.visit.visitDate);
        CS::medicationsAndInjections(m_doc, m_d.intake);
    }

    void nicotine()
    {
        m_doc.section(PaText::tr("Nicotine"));
        const Intake &in = m_d.intake;
        m_doc.labelled(PaText::tr("Status"), in.nicotine == NicotineStatus::NotRecorded ? CS::notRecorded()
                                                                                     : nicotineStatusLabel(in.nicotine));
        m_doc.labelled(PaText::tr("Recorded or tested on"), CS::date(in.nicotineDate));
        m_doc.labelled(PaText::tr("Cotinine"), in.cotinine.trimmed().isEmpty() ? PaText::tr("no result recorded") : in.cotinine);
    }

    void behaviouralHealth()
    {
        m_doc.section(PaText::tr("Behavioural health"));
        bool any = false;
        for (const InstrumentLine &line : m_d.summary.instruments) {
            if (line.instrumentId != u"phq9" && line.instrumentId != u"gad7" && line.instrumentId != u"phq2"
                && line.instrumentId != u"gad2")
                continue;
            any = true;
            QStringList scores;
            for (const ScaleLine &s : line.scales)
                scores << (s.value ? QString::number(*s.value, 'f', s.decimals) : PaText::tr("not scored"));
            QString text = PaText::tr("%1 on %2").arg(scores.join(u", "_s), CS::date(line.date));
            if (!line.bandLabel.isEmpty())
                text += u" ("_s + line.bandLabel + u')';
            if (!line.complete)
                text += PaText::tr(", incomplete");
            m_doc.labelled(line.title, text);
            for (const QString &alert : line.alerts) {
                const bool acknowledged = m_d.summary.acknowledgedAlerts.contains(line.instrumentId + u':' + alert);
                m_doc.paragraph(TextRuns{{PaText::tr("Alert (%1, %2): ").arg(line.title, alert), true},
                                         {acknowledged ? PaText::tr("acknowledged; the safety action is recorded with the visit")
                                                       : PaText::tr("not yet acknowledged")}});
            }
        }
        if (!any)
            m_doc.paragraph(PaText::tr("Not assessed: no depression or anxiety screen at this visit."));
        QStringList treatment;
        for (const Plans::PlanItem &item : activeItems())
            if (item.kind == Plans::ItemKind::BehaviouralHealth)
                treatment << item.text;
        m_doc.labelled(PaText::tr("Behavioural-health care in the plan"), treatment.isEmpty() ? PaText::tr("none") : treatment.join(u"; "_s));
        if (const Plans::ReadinessElement *e = element(u"behavioural-health"_s))
            m_doc.labelled(PaText::tr("Readiness element"), Plans::readinessStatusLabel(e->status)
                                                                 + (e->detail.isEmpty() ? QString() : u": "_s + e->detail));
    }

    void sharedDecision()
    {
        m_doc.section(PaText::tr("Shared decision"));
        if (m_d.decisions.isEmpty())
            m_doc.paragraph(PaText::tr("No decision aid was used at this visit."));
        for (const Aids::DecisionRecord &r : m_d.decisions) {
            m_doc.beginKeepTogether();
            CS::decisionRecord(m_doc, r, m_aids);
            m_doc.endKeepTogether();
        }
    }

    void readiness()
    {
        m_doc.section(PaText::tr("Readiness checklist"));
        const Plans::ReadinessChecklist &c = m_d.readiness;
        if (c.elements.isEmpty()) {
            m_doc.paragraph(PaText::tr("Not assessed: no readiness checklist was computed for this visit."));
            return;
        }
        m_doc.paragraph(PaText::tr("Judged from the record as of the visit date (%1): %2 of %3 applicable elements documented as met.")
                            .arg(CS::date(m_d.visit.visitDate))
                            .arg(c.met())
                            .arg(c.counted()));
        PageTable t;
        t.header = {PaText::tr("Element"), PaText::tr("Status"), PaText::tr("Detail"), PaText::tr("Policy source")};
        t.columnWeights = {2, 1.1, 3, 2};
        t.scale = 0.85;
        for (const Plans::ReadinessElement &e : c.elements)
            t.rows << QStringList{e.title, Plans::readinessStatusLabel(e.status), e.detail.isEmpty() ? QString() : e.detail, e.source};
        m_doc.table(t);
    }

    void esi()
    {
        if (!m_d.esi)
            return;
        m_doc.section(PaText::tr("Epidural steroid injection criteria"));
        m_doc.paragraph(m_d.esi->summaryLine(), 1, true);
        PageTable t;
        t.header = {PaText::tr("Code"), PaText::tr("Criterion"), PaText::tr("Status"), PaText::tr("Detail"), PaText::tr("Sources")};
        t.columnWeights = {0.6, 2.4, 1.1, 2.8, 1.8};
        t.scale = 0.82;
        for (const EsiCriterion &e : m_d.esi->criteria)
            t.rows << QStringList{e.code, e.title, criterionStatusLabel(e.status), e.detail, e.sources};
        m_doc.table(t);
    }

    void signature()
    {
        m_doc.section(PaText::tr("Signature"));
        m_doc.beginKeepTogether();
        if (m_d.planSigned) {
            m_doc.paragraph(PaText::tr("Electronically signed by %1").arg(m_d.signer ? m_d.signer->signatureName() : CS::notRecorded()), 1,
                            true);
            m_doc.labelled(PaText::tr("Signed"), CS::dateTime(m_d.planSignedAt));
        } else {
            m_doc.paragraph(PaText::tr("Not signed: this summary is a draft."), 1, true);
        }
        m_doc.labelled(PaText::tr("Date of this summary"), CS::date(m_date));
        m_doc.paragraph(m_d.clinic.name, 0.9);
        m_doc.endKeepTogether();
    }

    PageDocument &m_doc;
    const VisitDossier &m_d;
    const Aids::AidLibrary *m_aids;
    QDate m_date;
};

} // namespace

QStringList paSummarySectionTitles(bool withEsi)
{
    QStringList titles{PaText::tr("Diagnosis"),
                       PaText::tr("Red-flag screen"),
                       PaText::tr("Neurological examination"),
                       PaText::tr("Imaging"),
                       PaText::tr("Patient-reported outcomes"),
                       PaText::tr("Conservative care"),
                       PaText::tr("Nicotine"),
                       PaText::tr("Behavioural health"),
                       PaText::tr("Shared decision"),
                       PaText::tr("Readiness checklist")};
    if (withEsi)
        titles << PaText::tr("Epidural steroid injection criteria");
    titles << PaText::tr("Signature");
    return titles;
}

bool buildPaSummary(PageDocument &doc, const VisitDossier &dossier, const Aids::AidLibrary *aids, const DocumentRequest &request,
                    QString *error, QDate summaryDate)
{
    Q_UNUSED(request);
    Q_UNUSED(error);
    PaBuilder(doc, dossier, aids, summaryDate.isValid() ? summaryDate : QDate::currentDate()).build();
    return true;
}

} // namespace SpineDesk
