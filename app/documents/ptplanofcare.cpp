#include "documents/ptplanofcare.h"

#include "core/therapy/exerciselibrary.h"
#include "documents/clinicalsections.h"
#include "documents/letter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct PtPlanText {
    Q_DECLARE_TR_FUNCTIONS(PtPlanOfCare)
};

namespace CS = ClinicalSections;
using namespace Therapy;

QString timesText(int n, const QString &once, const QString &many)
{
    return n == 1 ? once : many.arg(n);
}

// The blank form the referring clinician fills in: the statement, the two choices, the lines
// for signature, date, printed name and NPI, and where to send it back. One figure, so it is
// never split; measured and painted by the same walk so the two cannot disagree.
class CertificationForm : public PageFigure
{
public:
    struct Texts {
        QString statement;
        QString asWritten;
        QString withChanges;
        QString signature;
        QString date;
        QString printedName;
        QString npi;
        QString returnTo;
        QString deadline;
    };
    explicit CertificationForm(Texts texts) : m_t(std::move(texts)) {}

    qreal height(qreal width, const PageMetrics &m) const override { return walk(nullptr, QRectF(0, 0, width, 0), m); }
    void paint(QPainter &p, const QRectF &rect, const PageMetrics &m) const override { walk(&p, rect, m); }

private:
    qreal walk(QPainter *p, const QRectF &rect, const PageMetrics &m) const
    {
        const qreal pad = m.pt(m.base * 0.9);
        const qreal left = rect.left() + pad;
        const qreal right = rect.right() - pad;
        const qreal width = right - left;
        const QPen rule(Qt::black, m.pt(0.7));
        qreal y = rect.top() + pad;

        auto text = [&](const QString &s, qreal x, qreal w, qreal scale, bool bold) {
            const QFont f = m.font(scale, bold);
            const QRectF r = QFontMetricsF(f, m.device).boundingRect(QRectF(x, y, w, 1e9), Qt::TextWordWrap, s);
            if (p) {
                p->setFont(f);
                p->setPen(Qt::black);
                p->drawText(QRectF(x, y, w, r.height()), Qt::AlignLeft | Qt::TextWordWrap, s);
            }
            return r;
        };
        auto line = [&](qreal x1, qreal x2, qreal at) {
            if (p) {
                p->setPen(rule);
                p->drawLine(QPointF(x1, at), QPointF(x2, at));
            }
        };
        // A writing line with its label underneath; room above it for a hand-written entry.
        const qreal writeRoom = m.pt(m.base * 2.4);
        auto field = [&](qreal x1, qreal x2, const QString &label) {
            line(x1, x2, y + writeRoom);
            const qreal keep = y;
            y += writeRoom + m.pt(1.5);
            const QRectF r = text(label, x1, x2 - x1, 0.8, false);
            y = keep;
            return writeRoom + m.pt(1.5) + r.height();
        };
        auto checkbox = [&](const QString &label, bool writeLine) {
            const QFont f = m.font(1, false);
            const QFontMetricsF fm(f, m.device);
            const qreal side = fm.ascent() * 0.9;
            if (p) {
                p->setPen(rule);
                p->setBrush(Qt::NoBrush);
                p->drawRect(QRectF(left, y + (fm.height() - side) / 2, side, side));
            }
            const qreal x = left + side + m.pt(m.base * 0.6);
            const QRectF r = text(label, x, width - (x - left), 1, false);
            if (writeLine) {
                line(r.right() + m.pt(4), right, y + fm.ascent() + m.pt(1.5));
                y += r.height();
                // Room for the changes themselves.
                for (int i = 0; i < 2; ++i) {
                    y += writeRoom * 0.8;
                    line(x, right, y);
                }
                y += m.pt(m.base * 0.4);
            } else {
                y += r.height() + m.pt(m.base * 0.5);
            }
        };

        y += text(m_t.statement, left, width, 1.05, true).height() + m.pt(m.base * 0.7);
        checkbox(m_t.asWritten, false);
        checkbox(m_t.withChanges, true);
        y += m.pt(m.base * 0.4);
        const qreal split = left + width * 0.64;
        const qreal gap = m.pt(m.base * 1.5);
        // Two fields a row, left first (the order a screen reader and pdftotext read them).
        auto row = [&](const QString &a, const QString &b) {
            const qreal first = field(left, split, a);
            return qMax(first, field(split + gap, right, b));
        };
        y += row(m_t.signature, m_t.date) + m.pt(m.base * 0.5);
        y += row(m_t.printedName, m_t.npi) + m.pt(m.base * 0.9);
        y += text(m_t.returnTo, left, width, 1, true).height() + m.pt(m.base * 0.3);
        y += text(m_t.deadline, left, width, 1, false).height();
        y += pad;
        if (p) {
            p->setPen(QPen(Qt::black, m.pt(1.2)));
            p->setBrush(Qt::NoBrush);
            p->drawRect(QRectF(rect.left() + m.pt(0.6), rect.top() + m.pt(0.6), rect.width() - m.pt(1.2), y - rect.top() - m.pt(1.2)));
        }
        return y - rect.top() + m.pt(m.base * 0.4);
    }

    Texts m_t;
};

class PtPlanBuilder
{
public:
    PtPlanBuilder(PageDocument &doc, const VisitDossier &d) : m_doc(doc), m_d(d), m_t(*d.therapy) {}

    void build()
    {
        header();
        incomplete();
        referral();
        evaluation();
        diagnoses();
        goals();
        therapy();
        firstSession();
        homeProgramme();
        handovers();
        signature();
        certification();
    }

private:
    const Plans::TreatmentPlan &plan() const
    {
        static const Plans::TreatmentPlan none;
        return m_d.plan ? *m_d.plan : none;
    }

    QDate firstTreatment() const { return m_t.session.provided ? m_t.session.date : QDate(); }

    QString exerciseName(const QString &id) const
    {
        if (const Exercise *e = ExerciseLibrary::bundled().exercise(id))
            return contentText(e->name, m_doc.setup().language);
        return PtPlanText::tr("%1 (not in the exercise library)").arg(id);
    }

    void header()
    {
        m_doc.documentTitle(PtPlanText::tr("Physical therapy plan of care"));
        m_doc.labelled(PtPlanText::tr("To"), CS::referrerLine(m_d));
        m_doc.labelled(PtPlanText::tr("Patient"), pageIdentityLine(m_doc.setup()));
        m_doc.paragraph(TextRuns{{PtPlanText::tr("Date of evaluation: "), true},
                                 {CS::date(m_d.visit.visitDate)},
                                 {PtPlanText::tr("   Physical therapist: "), true},
                                 {m_d.clinician ? m_d.clinician->signatureName() : CS::notRecorded()}});
        m_doc.paragraph(PtPlanText::tr("Please review this plan of care and sign the certification at the end."), 0.9);
    }

    // What the plan still lacks (core: Therapy::planOfCareProblems), where the reader sees it first.
    void incomplete()
    {
        const QStringList problems = planOfCareProblems(m_t, plan(), m_d.visit.visitDate);
        if (problems.isEmpty())
            return;
        QList<TextRuns> box{TextRuns{{PtPlanText::tr("Incomplete: this plan of care is not ready to be certified."), true}},
                            TextRuns{{PtPlanText::tr("Still missing:")}}};
        for (const QString &p : problems)
            box << TextRuns{{u"\u2022  "_s + p}};
        m_doc.beginKeepTogether();
        m_doc.box(box);
        m_doc.endKeepTogether();
    }

    void referral()
    {
        m_doc.section(PtPlanText::tr("Reason for referral"));
        if (!m_d.referral) {
            m_doc.paragraph(CS::notRecorded());
            return;
        }
        m_doc.labelled(PtPlanText::tr("Reason"), m_d.referral->reason.trimmed().isEmpty() ? CS::notRecorded() : m_d.referral->reason);
        if (!m_d.referral->question.trimmed().isEmpty())
            m_doc.labelled(PtPlanText::tr("Your question"), m_d.referral->question);
        m_doc.labelled(PtPlanText::tr("Referral received"), CS::date(m_d.referral->receivedDate));
    }

    void evaluation()
    {
        m_doc.section(PtPlanText::tr("Evaluation summary"));
        m_doc.subheading(PtPlanText::tr("Questionnaires"));
        CS::measuresTable(m_doc, m_d.summary);
        m_doc.subheading(PtPlanText::tr("Red-flag screen"));
        CS::redFlagScreen(m_doc, m_d);
        m_doc.subheading(PtPlanText::tr("Examination"));
        CS::examination(m_doc, m_d, false); // includes the directional preference
        movement();
        classification();
        rangeOfMotion();
        functional();
    }

    void movement()
    {
        m_doc.subheading(PtPlanText::tr("Movement testing (repeated movements)"));
        if (m_t.movement.isEmpty()) {
            m_doc.paragraph(PtPlanText::tr("Not tested."));
        } else {
            PageTable t;
            t.header = {PtPlanText::tr("Direction"), PtPlanText::tr("Symptom response")};
            t.columnWeights = {1, 2};
            for (auto it = m_t.movement.begin(); it != m_t.movement.end(); ++it)
                t.rows << QStringList{movementDirectionLabel(it.key()), movementResponseLabel(it.value())};
            m_doc.table(t);
        }
        if (!m_t.movementNote.trimmed().isEmpty())
            m_doc.labelled(PtPlanText::tr("Note"), m_t.movementNote);
    }

    void classification()
    {
        m_doc.labelled(PtPlanText::tr("Treatment-based classification (therapist's judgement)"),
                       m_t.classification == TbcClass::NotClassified ? PtPlanText::tr("not classified")
                                                                     : tbcClassLabel(m_t.classification));
        if (!m_t.classificationNote.trimmed().isEmpty())
            m_doc.labelled(PtPlanText::tr("Reasoning"), m_t.classificationNote);
    }

    void rangeOfMotion()
    {
        m_doc.subheading(PtPlanText::tr("Lumbar range of motion"));
        if (m_t.rom.isEmpty()) {
            m_doc.paragraph(PtPlanText::tr("Not tested."));
            return;
        }
        PageTable t;
        t.header = {PtPlanText::tr("Movement"), PtPlanText::tr("Range"), PtPlanText::tr("Pain")};
        t.columnWeights = {1.3, 1.3, 1};
        for (auto it = m_t.rom.begin(); it != m_t.rom.end(); ++it)
            t.rows << QStringList{romMovementLabel(it.key()), romGradeLabel(it.value().grade),
                                  it.value().grade == RomGrade::NotTested ? QString()
                                      : it.value().painful                ? PtPlanText::tr("painful")
                                                                          : PtPlanText::tr("pain-free")};
        m_doc.table(t);
        m_doc.paragraph(PtPlanText::tr("Range graded by observation; no degrees measured."), 0.8);
    }

    void functional()
    {
        m_doc.subheading(PtPlanText::tr("Functional tests"));
        if (m_t.functional.isEmpty()) {
            m_doc.paragraph(PtPlanText::tr("None recorded."));
            return;
        }
        PageTable t;
        t.header = {PtPlanText::tr("Test"), PtPlanText::tr("Result"), PtPlanText::tr("Note")};
        t.columnWeights = {1.6, 1.1, 2};
        for (const FunctionalResult &r : m_t.functional)
            t.rows << QStringList{functionalTestLabel(r.test),
                                  PtPlanText::tr("%1 %2").arg(QString::number(r.value, 'g', 6), functionalTestUnit(r.test)),
                                  r.note.simplified()};
        m_doc.table(t);
        m_doc.paragraph(PtPlanText::tr("Values as measured, for comparison at re-evaluation; no reference values are applied."), 0.8);
    }

    void diagnoses()
    {
        m_doc.section(PtPlanText::tr("Diagnoses"));
        CS::problemList(m_doc, m_d, false);
    }

    void goals()
    {
        m_doc.section(PtPlanText::tr("Long-term functional goals"));
        if (plan().goals.isEmpty()) {
            m_doc.paragraph(PtPlanText::tr("None recorded."));
        } else {
            PageTable t;
            t.header = {PtPlanText::tr("Goal"), PtPlanText::tr("Target date")};
            t.columnWeights = {4, 1.2};
            t.scale = 1;
            for (const Plans::Goal &g : plan().goals)
                t.rows << QStringList{g.text.trimmed().isEmpty() ? CS::notRecorded() : g.text.simplified(), CS::date(g.targetDate)};
            m_doc.table(t);
        }
        if (!m_t.rehabPotential.trimmed().isEmpty())
            m_doc.labelled(PtPlanText::tr("Rehabilitation potential"), m_t.rehabPotential);
    }

    static QString amountText(const TherapyLine &l)
    {
        const QString times = timesText(l.timesPerDay, PtPlanText::tr("once a day"), PtPlanText::tr("%1 times a day"));
        return l.minutes > 0 ? PtPlanText::tr("%1 minutes, %2").arg(l.minutes).arg(times) : PtPlanText::tr("%1; minutes not stated").arg(times);
    }

    void therapy()
    {
        m_doc.section(PtPlanText::tr("Type, amount, frequency and duration of therapy"));
        if (m_t.planOfCare.isEmpty()) {
            m_doc.paragraph(PtPlanText::tr("No therapy lines recorded."), 1, true);
        } else {
            PageTable t;
            t.header = {PtPlanText::tr("Type"), PtPlanText::tr("Detail"), PtPlanText::tr("Amount"), PtPlanText::tr("Frequency"),
                        PtPlanText::tr("Duration")};
            t.columnWeights = {1.6, 2.4, 1.4, 1.1, 0.9};
            for (const TherapyLine &l : m_t.planOfCare)
                t.rows << QStringList{therapyTypeLabel(l.type), l.detail.simplified(), amountText(l),
                                      l.timesPerWeek > 0 ? timesText(l.timesPerWeek, PtPlanText::tr("once a week"),
                                                                     PtPlanText::tr("%1 times a week"))
                                                         : CS::notRecorded(),
                                      l.weeks > 0 ? timesText(l.weeks, PtPlanText::tr("1 week"), PtPlanText::tr("%1 weeks"))
                                                  : CS::notRecorded()};
            m_doc.table(t);
        }
        const QDate start = m_t.planStart.isValid() ? m_t.planStart : firstTreatment();
        m_doc.labelled(PtPlanText::tr("Plan of care starts"), CS::date(start));
        const int weeks = m_t.durationWeeks();
        m_doc.labelled(PtPlanText::tr("Total duration"), weeks > 0 ? timesText(weeks, PtPlanText::tr("1 week"), PtPlanText::tr("%1 weeks"))
                                                                    : CS::notRecorded());
    }

    void firstSession()
    {
        m_doc.section(PtPlanText::tr("First treatment session (day of the evaluation)"));
        const FirstSession &s = m_t.session;
        if (!s.provided) {
            m_doc.paragraph(PtPlanText::tr("No treatment was given on the day of the evaluation."));
            return;
        }
        QString when = CS::date(s.date);
        if (s.minutes > 0)
            when += PtPlanText::tr(", %1 minutes").arg(s.minutes);
        m_doc.labelled(PtPlanText::tr("Date"), when);
        m_doc.labelled(PtPlanText::tr("Education"), CS::orNone(s.education));
        QStringList taught;
        for (const QString &id : s.exercisesTaught)
            taught << exerciseName(id);
        m_doc.labelled(PtPlanText::tr("Exercises taught"), taught.isEmpty() ? PtPlanText::tr("none") : taught.join(u"; "_s));
        m_doc.labelled(PtPlanText::tr("Manual therapy"), CS::orNone(s.manualTherapy));
        if (!s.other.trimmed().isEmpty())
            m_doc.labelled(PtPlanText::tr("Other"), s.other);
        QString response = s.response == SessionResponse::NotRecorded ? CS::notRecorded() : sessionResponseLabel(s.response);
        if (!s.responseNote.trimmed().isEmpty())
            response += u": "_s + s.responseNote.simplified();
        m_doc.labelled(PtPlanText::tr("Patient's response"), response);
    }

    void homeProgramme()
    {
        m_doc.section(PtPlanText::tr("Home exercise programme"));
        if (m_t.homeProgram.isEmpty())
            m_doc.paragraph(PtPlanText::tr("None given."));
        for (const ExercisePrescription &p : m_t.homeProgram)
            m_doc.bullet(TextRuns{{exerciseName(p.exerciseId) + u": "_s, true}, {dosageText(p, m_doc.setup().language)}});
        if (!m_t.homeProgramAdvice.trimmed().isEmpty())
            m_doc.labelled(PtPlanText::tr("Advice"), m_t.homeProgramAdvice);
        if (!m_t.homeProgram.isEmpty())
            m_doc.paragraph(PtPlanText::tr("The patient has an illustrated copy of this programme."), 0.9);
    }

    void handovers()
    {
        if (m_d.handovers.isEmpty())
            return;
        m_doc.section(PtPlanText::tr("Hand-over to the physiatrist"));
        for (const HandoverTask &h : m_d.handovers) {
            QString status = h.done ? PtPlanText::tr("seen on %1").arg(CS::date(h.doneAt.date())) : PtPlanText::tr("open");
            if (h.done && !h.outcome.trimmed().isEmpty())
                status += u": "_s + h.outcome.simplified();
            m_doc.bullet(TextRuns{{handoverReasonLabel(h.reason) + u": "_s, true},
                                  {h.detail.simplified()},
                                  {PtPlanText::tr(" (%1)").arg(status)}});
        }
    }

    void signature()
    {
        m_doc.section(PtPlanText::tr("Physical therapist's signature"));
        m_doc.beginKeepTogether();
        if (m_d.planSigned)
            m_doc.paragraph(PtPlanText::tr("Electronically signed by %1 on %2")
                                .arg(m_d.signer ? m_d.signer->signatureName() : CS::notRecorded(), CS::dateTime(m_d.planSignedAt)),
                            1, true);
        else
            m_doc.paragraph(PtPlanText::tr("DRAFT, not signed: this plan of care must not be sent for certification."), 1, true);
        m_doc.paragraph(m_d.clinic.name, 0.9);
        m_doc.endKeepTogether();
    }

    QString deadlineText() const
    {
        const QDate first = firstTreatment();
        if (!first.isValid())
            return PtPlanText::tr("First treatment: not yet given. The plan of care is to be sent within %1 days of the first treatment.")
                .arg(kCertificationTransmissionDays);
        const CertificationStatus status = certificationStatus(first, m_d.transmissions, m_d.certification, first);
        return PtPlanText::tr("First treatment: %1. Plan of care to be sent within %2 days of the first treatment: by %3.")
            .arg(CS::date(first))
            .arg(kCertificationTransmissionDays)
            .arg(CS::date(status.deadline));
    }

    QString returnText() const
    {
        if (!m_d.clinic.fax.trimmed().isEmpty())
            return PtPlanText::tr("Please sign and return by fax to %1 (%2).").arg(m_d.clinic.fax.simplified(), m_d.clinic.name.simplified());
        if (!m_d.clinic.phone.trimmed().isEmpty())
            return PtPlanText::tr("Please sign and return to %1 (phone %2).").arg(m_d.clinic.name.simplified(), m_d.clinic.phone.simplified());
        return PtPlanText::tr("Please sign and return to %1.").arg(m_d.clinic.name.simplified());
    }

    void certification()
    {
        m_doc.section(PtPlanText::tr("Certification by the referring clinician"));
        m_doc.beginKeepTogether();
        const QString referrer = m_d.referrer ? m_d.referrer->name.simplified() : QString();
        if (m_d.certification) {
            const CertificationReturn &c = *m_d.certification;
            m_doc.box({TextRuns{{PtPlanText::tr("Certification received"), true}},
                       TextRuns{{PtPlanText::tr("I have reviewed this plan of care and certify that the services are needed.")}},
                       TextRuns{{PtPlanText::tr("Decision: "), true},
                                {c.withChanges ? PtPlanText::tr("certified with changes: %1").arg(CS::orNone(c.changes))
                                               : PtPlanText::tr("certified as written")}},
                       TextRuns{{PtPlanText::tr("Signed by: "), true}, {c.signedBy.simplified().isEmpty() ? CS::notRecorded() : c.signedBy}},
                       TextRuns{{PtPlanText::tr("Date signed: "), true}, {CS::date(c.signedOn)}},
                       TextRuns{{PtPlanText::tr("Return recorded: "), true}, {CS::dateTime(c.recordedAt)}},
                       TextRuns{{deadlineText()}}});
        } else {
            m_doc.paragraph(referrer.isEmpty() ? PtPlanText::tr("To be completed by the referring clinician.")
                                               : PtPlanText::tr("To be completed by %1.").arg(referrer));
            CertificationForm::Texts t;
            t.statement = PtPlanText::tr("I have reviewed this plan of care and certify that the services are needed.");
            t.asWritten = PtPlanText::tr("Certified as written");
            t.withChanges = PtPlanText::tr("Certified with changes:");
            t.signature = PtPlanText::tr("Signature of the referring clinician");
            t.date = PtPlanText::tr("Date");
            t.printedName = PtPlanText::tr("Printed name");
            t.npi = PtPlanText::tr("NPI");
            t.returnTo = returnText();
            t.deadline = deadlineText();
            m_doc.figure(std::make_shared<CertificationForm>(t));
        }
        m_doc.paragraph(PtPlanText::tr("Medicare initial certification, dates of service from 1 January 2025: a signed and dated order "
                                       "plus one transmission of the plan of care to the referring provider within %1 days of the "
                                       "first treatment (Noridian, \"Outpatient Therapy Certification Plan of Care\", updated "
                                       "September 2025).")
                            .arg(kCertificationTransmissionDays),
                        0.75);
        m_doc.endKeepTogether();
    }

    PageDocument &m_doc;
    const VisitDossier &m_d;
    const TherapyRecord &m_t;
};

} // namespace

QStringList ptPlanSectionTitles(bool withHandovers)
{
    QStringList titles{PtPlanText::tr("Reason for referral"),
                       PtPlanText::tr("Evaluation summary"),
                       PtPlanText::tr("Diagnoses"),
                       PtPlanText::tr("Long-term functional goals"),
                       PtPlanText::tr("Type, amount, frequency and duration of therapy"),
                       PtPlanText::tr("First treatment session (day of the evaluation)"),
                       PtPlanText::tr("Home exercise programme")};
    if (withHandovers)
        titles << PtPlanText::tr("Hand-over to the physiatrist");
    titles << PtPlanText::tr("Physical therapist's signature") << PtPlanText::tr("Certification by the referring clinician");
    return titles;
}

bool buildPtPlanOfCare(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request, QString *error)
{
    if (!dossier.therapy) {
        if (error)
            *error = PtPlanText::tr("This visit has no therapy record, so there is no plan of care to print.");
        return false;
    }
    if (request.faxCover)
        doc.setCoverPage(faxCoverPainter(dossier, doc.setup().title));
    PtPlanBuilder(doc, dossier).build();
    return true;
}

} // namespace SpineDesk
