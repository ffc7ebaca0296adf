#include "documents/exercisesheet.h"

#include "core/therapy/exerciselibrary.h"
#include "documents/clinicalsections.h"
#include "documents/exercisefigure.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct ExerciseSheetText {
    Q_DECLARE_TR_FUNCTIONS(ExerciseSheet)
};

using namespace Therapy;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// One paragraph wrapped to `width` with open line spacing (letter-and-handouts.md §4.2);
// painted when `p` is set. Returns its height.
qreal paragraphAt(QPainter *p, const QString &text, const QFont &font, const PageMetrics &m, QPointF at, qreal width)
{
    QTextLayout layout(text, font, const_cast<QPaintDevice *>(m.device));
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    qreal last = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        last = line.height();
        y += line.height() * 1.15;
    }
    layout.endLayout();
    if (p) {
        p->setPen(Qt::black);
        layout.draw(p, at);
    }
    return y - last * 0.15;
}

// An exercise as the patient sees it: the picture(s) side by side across the top with their
// captions, then what it is for, the dose in bold and the numbered steps at full width, so the
// pictures are large and the lines long enough to keep the card short. One figure, so the
// pictures and the steps never part; measured and painted by the same walk.
class ExerciseCard : public PageFigure
{
public:
    struct Content {
        QList<ExerciseFigure> figures;
        QStringList captions;
        QString purpose;
        QString dose;
        QStringList steps;
    };
    explicit ExerciseCard(Content c) : m_c(std::move(c)) {}

    qreal height(qreal width, const PageMetrics &m) const override { return walk(nullptr, QRectF(0, 0, width, 0), m); }
    void paint(QPainter &p, const QRectF &rect, const PageMetrics &m) const override { walk(&p, rect, m); }

private:
    qreal walk(QPainter *p, const QRectF &rect, const PageMetrics &m) const
    {
        const qreal top = rect.top() + m.pt(m.base * 0.3);
        const qreal gap = m.pt(m.base * 1.2);
        // Two pictures share the row; one picture takes the same size, so every card looks alike.
        const qreal pictureWidth = (rect.width() - gap) / 2;

        qreal y = top;
        qreal rowBottom = top;
        for (int i = 0; i < m_c.figures.size(); ++i) {
            const qreal x = rect.left() + i * (pictureWidth + gap);
            const QRectF frame(x, top, pictureWidth, pictureWidth * 0.5);
            if (p) {
                p->setPen(QPen(QColor(0xA8, 0xA8, 0xA8), m.pt(0.6)));
                p->setBrush(Qt::NoBrush);
                p->drawRoundedRect(frame, m.pt(4), m.pt(4));
                const qreal inset = m.pt(5);
                paintExerciseFigure(p, frame.adjusted(inset, inset, -inset, -inset), m_c.figures.at(i), exercisePictureColor());
            }
            qreal bottom = frame.bottom() + m.pt(m.base * 0.25);
            if (i < m_c.captions.size() && !m_c.captions.at(i).isEmpty()) {
                QFont caption = m.font(0.72);
                caption.setItalic(true);
                bottom += paragraphAt(p, m_c.captions.at(i), caption, m, QPointF(x, bottom), pictureWidth);
            }
            rowBottom = qMax(rowBottom, bottom);
        }
        if (!m_c.figures.isEmpty())
            y = rowBottom + m.pt(m.base * 0.6);

        // Below: purpose, dose, steps.
        const qreal x = rect.left();
        const qreal width = rect.width();
        const qreal after = m.pt(m.base * 0.45);
        if (!m_c.purpose.isEmpty())
            y += paragraphAt(p, m_c.purpose, m.font(), m, QPointF(x, y), width) + after;
        y += paragraphAt(p, m_c.dose, m.font(1, true), m, QPointF(x, y), width) + after;
        const QFont body = m.font();
        const qreal hanging = QFontMetricsF(body, m.device).horizontalAdvance(u"00. "_s);
        for (int i = 0; i < m_c.steps.size(); ++i) {
            if (p) {
                p->setFont(m.font(1, true));
                p->setPen(Qt::black);
                p->drawText(QRectF(x, y, hanging, QFontMetricsF(body, m.device).height()), Qt::AlignLeft | Qt::AlignTop,
                            u"%1."_s.arg(i + 1));
            }
            y += paragraphAt(p, m_c.steps.at(i), body, m, QPointF(x + hanging, y), width - hanging) + after;
        }
        return y - rect.top() + m.pt(m.base * 0.2);
    }

    Content m_c;
};

class SheetBuilder
{
public:
    SheetBuilder(PageDocument &doc, const VisitDossier &d, QList<const Exercise *> exercises)
        : m_doc(doc), m_d(d), m_programme(d.therapy->homeProgram), m_exercises(std::move(exercises))
    {
    }

    void build()
    {
        header();
        whenToStop();
        for (int i = 0; i < m_programme.size(); ++i)
            exercise(i + 1, *m_exercises.at(i), m_programme.at(i));
        advice();
        contact();
        reviewMarks();
    }

private:
    static QString text(const ContentText &t) { return contentText(t, u"en"_s).simplified(); }

    void header()
    {
        m_doc.documentTitle(ExerciseSheetText::tr("Your home exercises"));
        if (m_d.visit.visitDate.isValid())
            m_doc.labelled(ExerciseSheetText::tr("Date"), ClinicalSections::dateInWords(m_d.visit.visitDate, u"en"_s));
        if (m_d.clinician)
            m_doc.labelled(ExerciseSheetText::tr("Your physical therapist"), m_d.clinician->signatureName());
        m_doc.paragraph(ExerciseSheetText::tr("Do these exercises at home, the way your therapist showed you. Each exercise says "
                                              "how much to do and how often."));
    }

    // General, at the top: the programme's cautions (each once), then who to call.
    void whenToStop()
    {
        m_doc.section(ExerciseSheetText::tr("When to stop and call"));
        QStringList cautions;
        for (const Exercise *e : m_exercises)
            for (const ContentText &c : e->cautions)
                if (const QString s = text(c); !s.isEmpty() && !cautions.contains(s))
                    cautions << s;
        QList<TextRuns> box;
        if (cautions.isEmpty())
            box << TextRuns{{u"\u2022  "_s + ExerciseSheetText::tr("Stop any exercise that makes you feel worse, and call us.")}};
        for (const QString &c : cautions)
            box << TextRuns{{u"\u2022  "_s + c}};
        const QString phone = m_d.clinic.phone.simplified();
        box << (phone.isEmpty() ? TextRuns{{ExerciseSheetText::tr("Call %1.").arg(m_d.clinic.name.simplified()), true}}
                                : TextRuns{{ExerciseSheetText::tr("Call us at "), true}, {phone, true}, {u"."_s, true}});
        // red-flags.md §3, cauda equina: emergency, same day.
        box << TextRuns{{ExerciseSheetText::tr("Go to the emergency department now if you cannot control your bladder or bowels, you "
                                               "feel numb between your legs, or your legs are getting weaker.")}};
        m_doc.beginKeepTogether();
        m_doc.box(box);
        m_doc.endKeepTogether();
    }

    void exercise(int number, const Exercise &e, const ExercisePrescription &dose)
    {
        ExerciseCard::Content c;
        c.figures = e.figures;
        for (const ExerciseFigure &f : e.figures)
            c.captions << text(f.caption);
        c.purpose = text(e.purpose);
        c.dose = dosageText(dose, u"en"_s);
        for (const ContentText &s : e.steps)
            c.steps << text(s);
        m_doc.section(ExerciseSheetText::tr("%1. %2").arg(number).arg(text(e.name)));
        m_doc.beginKeepTogether();
        m_doc.figure(std::make_shared<ExerciseCard>(c));
        if (!dose.note.trimmed().isEmpty())
            m_doc.paragraph(TextRuns{{ExerciseSheetText::tr("Your therapist's note: "), true}, {dose.note.simplified()}});
        if (const QString progression = text(e.progression); !progression.isEmpty())
            m_doc.paragraph(TextRuns{{ExerciseSheetText::tr("When it gets easy: "), true}, {progression}});
        m_doc.endKeepTogether();
    }

    void advice()
    {
        const QString advice = m_d.therapy->homeProgramAdvice.trimmed();
        if (advice.isEmpty())
            return;
        m_doc.section(ExerciseSheetText::tr("More advice from your therapist"));
        m_doc.paragraph(advice);
    }

    void contact()
    {
        m_doc.section(ExerciseSheetText::tr("How to reach us"));
        m_doc.beginKeepTogether();
        if (!m_d.clinic.name.trimmed().isEmpty())
            m_doc.paragraph(m_d.clinic.name.simplified(), 1, true);
        if (!m_d.clinic.addressLines.isEmpty())
            m_doc.paragraph(m_d.clinic.addressLines.join(u", "_s));
        if (!m_d.clinic.phone.trimmed().isEmpty())
            m_doc.labelled(ExerciseSheetText::tr("Phone"), m_d.clinic.phone.simplified());
        m_doc.endKeepTogether();
    }

    void reviewMarks()
    {
        QStringList unreviewed;
        for (const Exercise *e : m_exercises)
            if (!e->isReviewed() && !unreviewed.contains(text(e->name)))
                unreviewed << text(e->name);
        if (unreviewed.isEmpty())
            return;
        m_doc.spacer(m_doc.metrics().base);
        m_doc.paragraph(ExerciseSheetText::tr("Not yet reviewed: the instructions for %1 have not yet been checked by a clinical "
                                              "reviewer.")
                            .arg(unreviewed.join(u", "_s)),
                        0.6);
    }

    PageDocument &m_doc;
    const VisitDossier &m_d;
    const QList<ExercisePrescription> &m_programme;
    QList<const Exercise *> m_exercises; // one per programme entry
};

} // namespace

QColor exercisePictureColor()
{
    return QColor(0x1F, 0x4E, 0x79);
}

bool buildExerciseSheet(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request, QString *error)
{
    if (request.language != u"en") // the dispatcher refuses first, with the same reason
        return fail(error, ExerciseSheetText::tr("The home exercise sheet can be printed in English only in this version."));
    if (!dossier.therapy)
        return fail(error, ExerciseSheetText::tr("This visit has no therapy record, so there is no home exercise programme to print."));
    const QList<ExercisePrescription> &programme = dossier.therapy->homeProgram;
    if (programme.isEmpty())
        return fail(error, ExerciseSheetText::tr("No home exercises were chosen at this visit; choose them in the Therapy step first."));
    QList<const Exercise *> exercises;
    for (const ExercisePrescription &p : programme) {
        const Exercise *e = ExerciseLibrary::bundled().exercise(p.exerciseId);
        if (!e)
            return fail(error, ExerciseSheetText::tr("The home exercise programme names an exercise that is not in the exercise "
                                                     "library: \"%1\". Remove it or choose another exercise before printing.")
                                   .arg(p.exerciseId));
        exercises << e;
    }
    // letter-and-handouts.md §4.2: 14 pt or more; large print larger still.
    PageSetup s = doc.setup();
    s.basePointSize = request.largePrint ? 18 : 14;
    if (!doc.setSetup(s))
        return fail(error, ExerciseSheetText::tr("The exercise sheet's page setup could not be applied."));
    SheetBuilder(doc, dossier, exercises).build();
    return true;
}

} // namespace SpineDesk
