#include "documents/exercisesheet.h"

#include "core/handoutcontent.h"
#include "core/therapy/exerciselibrary.h"
#include "core/visithandouttext.h"
#include "documents/clinicalsections.h"
#include "documents/exercisefigure.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct ExerciseSheetText {
    Q_DECLARE_TR_FUNCTIONS(ExerciseSheet)
};

using namespace Therapy;
using Handouts::HandoutContent;
using Handouts::HandoutLibrary;
using Fill = QList<std::pair<QString, QString>>; // placeholder → plain text

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString languageLabel(const QString &code)
{
    return QLocale::languageToString(QLocale(code).language());
}

// The sheet's fixed wording in the document's language (resources/handouts/<lang>/
// exercise-sheet.md): never the program's translation, so the patient's sheet is one language
// with its provenance and review state (letter-and-handouts.md §5 rules 4 and 8).
class SheetWording
{
public:
    explicit SheetWording(const HandoutContent &content) : m_content(content) {}

    QString text(const QString &key, const Fill &fill = {}) const
    {
        QStringList parts;
        for (const Handouts::Block &b : m_content.parts.value(key))
            parts << b.text().simplified();
        QString out = parts.join(u' ');
        for (const auto &[placeholder, value] : fill)
            out.replace(placeholder, value);
        return out;
    }

    // The dose words in the forms DoseWords expects: a singular's count is 1, a plural's %1.
    DoseWords doseWords() const
    {
        const auto one = [this](const QString &key, const QString &inner = {}) {
            Fill fill{{u"{n}"_s, u"1"_s}};
            if (!inner.isEmpty())
                fill.append({inner, u"%1"_s});
            return text(key, fill);
        };
        const auto many = [this](const QString &key) { return text(key, {{u"{n}"_s, u"%1"_s}}); };
        const auto with = [this](const QString &key, const QString &inner) { return text(key, {{inner, u"%1"_s}}); };
        DoseWords w;
        w.repetition = one(u"dose.repetition"_s);
        w.repetitions = many(u"dose.repetitions"_s);
        w.setOf = one(u"dose.set-of"_s, u"{repetitions}"_s);
        w.setsOf = text(u"dose.sets-of"_s, {{u"{n}"_s, u"%1"_s}, {u"{repetitions}"_s, u"%2"_s}});
        w.set = one(u"dose.set"_s);
        w.sets = many(u"dose.sets"_s);
        w.second = one(u"dose.second"_s);
        w.seconds = many(u"dose.seconds"_s);
        w.holdEach = with(u"dose.hold-each"_s, u"{time}"_s);
        w.hold = with(u"dose.hold"_s, u"{time}"_s);
        w.minute = one(u"dose.minute"_s);
        w.minutes = many(u"dose.minutes"_s);
        w.forTime = with(u"dose.for"_s, u"{time}"_s);
        w.onceADay = text(u"dose.once-a-day"_s);
        w.twiceADay = text(u"dose.twice-a-day"_s);
        w.timesADay = many(u"dose.times-a-day"_s);
        w.everyDay = text(u"dose.every-day"_s);
        w.dayAWeek = one(u"dose.day-a-week"_s);
        w.daysAWeek = many(u"dose.days-a-week"_s);
        w.asShown = text(u"dose.as-shown"_s);
        return w;
    }

    const HandoutContent &content() const { return m_content; }

private:
    const HandoutContent &m_content;
};

// One paragraph wrapped to `width` with open line spacing (letter-and-handouts.md §4.2);
// painted when `p` is set; its first `boldPrefix` characters bold (a label). Returns its height.
qreal paragraphAt(QPainter *p, const QString &text, const QFont &font, const PageMetrics &m, QPointF at, qreal width,
                  int boldPrefix = 0)
{
    QTextLayout layout(text, font, const_cast<QPaintDevice *>(m.device));
    if (boldPrefix > 0) {
        QTextLayout::FormatRange bold;
        bold.start = 0;
        bold.length = boldPrefix;
        bold.format.setFontWeight(QFont::Bold);
        layout.setFormats({bold});
    }
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
// captions, then what it is for, the dose in bold, the numbered steps at full width, the
// therapist's note and how to progress, so the pictures are large and the lines long enough to
// keep the card short. One figure, so nothing of an exercise parts from the rest; measured and
// painted by the same walk. When the whole would not fit on a page under its title (long
// Spanish, large print), the pictures get smaller, down to 40 % of their width; the text never.
class ExerciseCard : public PageFigure
{
public:
    struct Content {
        QList<ExerciseFigure> figures;
        QStringList captions;
        QString purpose;
        QString dose;
        QStringList steps;
        QString noteLabel, note;               // "Your therapist's note: ", the therapist's words
        QString progressionLabel, progression; // "When it gets easy: ", how to progress
    };
    explicit ExerciseCard(Content c) : m_c(std::move(c)) {}

    qreal height(qreal width, const PageMetrics &m) const override
    {
        return walk(nullptr, QRectF(0, 0, width, 0), m, pictureScale(width, m));
    }
    // Whether the card, at its smallest pictures, fits on a page under its title.
    bool fitsOnAPage(const PageMetrics &m) const { return walk(nullptr, QRectF(0, 0, m.bodyWidth, 0), m, kSmallest) <= room(m); }
    static Content withoutNoteAndProgression(Content c)
    {
        c.note.clear();
        c.progression.clear();
        return c;
    }
    void paint(QPainter &p, const QRectF &rect, const PageMetrics &m) const override
    {
        walk(&p, rect, m, pictureScale(rect.width(), m));
    }

private:
    static constexpr qreal kSmallest = 0.4;

    // A page less the section title above the card and the blocks' margins; the flow gives a
    // figure's line 106 % of its height (PageDocument's line spacing), and keeps a group together
    // only when it is under 98 % of a page (pagination.h).
    static qreal room(const PageMetrics &m) { return m.pageBodyHeight * 0.97 / 1.07 - m.pt(m.base * 4); }

    // The largest picture size (1: two pictures share the width) at which the card and its
    // section title fit on one page.
    qreal pictureScale(qreal width, const PageMetrics &m) const
    {
        const auto fits = [&](qreal scale) { return walk(nullptr, QRectF(0, 0, width, 0), m, scale) <= room(m); };
        if (m_c.figures.isEmpty() || fits(1))
            return 1;
        qreal low = kSmallest;
        qreal high = 1;
        if (!fits(low))
            return low; // taller than a page even so: PageDocument keeps the title with it
        for (int i = 0; i < 8; ++i) {
            const qreal mid = (low + high) / 2;
            (fits(mid) ? low : high) = mid;
        }
        return low;
    }

    qreal walk(QPainter *p, const QRectF &rect, const PageMetrics &m, qreal scale) const
    {
        const qreal top = rect.top() + m.pt(m.base * 0.3);
        const qreal gap = m.pt(m.base * 1.2);
        // Two pictures share the row; one picture takes the same size, so every card looks alike.
        // A smaller picture stays centred in its column, and its caption keeps the column's width.
        const qreal column = (rect.width() - gap) / 2;
        const qreal pictureWidth = column * scale;

        qreal y = top;
        qreal rowBottom = top;
        for (int i = 0; i < m_c.figures.size(); ++i) {
            const qreal x = rect.left() + i * (column + gap);
            const QRectF frame(x + (column - pictureWidth) / 2, top, pictureWidth, pictureWidth * 0.5);
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
                bottom += paragraphAt(p, m_c.captions.at(i), caption, m, QPointF(x, bottom), column);
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
        if (!m_c.note.isEmpty())
            y += paragraphAt(p, m_c.noteLabel + m_c.note, body, m, QPointF(x, y), width, int(m_c.noteLabel.size())) + after;
        if (!m_c.progression.isEmpty())
            y += paragraphAt(p, m_c.progressionLabel + m_c.progression, body, m, QPointF(x, y), width,
                             int(m_c.progressionLabel.size()))
                + after;
        return y - rect.top() + m.pt(m.base * 0.2);
    }

    Content m_c;
};

class SheetBuilder
{
public:
    SheetBuilder(PageDocument &doc, const VisitDossier &d, QList<const Exercise *> exercises, const SheetWording &wording,
                 QString language)
        : m_doc(doc), m_d(d), m_programme(d.therapy->homeProgram), m_exercises(std::move(exercises)), m_w(wording),
          m_lang(std::move(language)), m_dose(wording.doseWords())
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
    // The exercise's own text in the sheet's language (checked present before building).
    QString text(const ContentText &t) const { return contentText(t, m_lang).simplified(); }

    void header()
    {
        m_doc.documentTitle(m_w.text(u"heading"_s));
        if (m_d.visit.visitDate.isValid())
            m_doc.labelled(m_w.text(u"label.date"_s), ClinicalSections::dateInWords(m_d.visit.visitDate, m_lang));
        if (m_d.clinician)
            m_doc.labelled(m_w.text(u"label.therapist"_s), m_d.clinician->signatureName());
        m_doc.paragraph(m_w.text(u"intro"_s));
    }

    // General, at the top: the programme's cautions (each once), then who to call.
    void whenToStop()
    {
        m_doc.section(m_w.text(u"section.stop"_s));
        QStringList cautions;
        for (const Exercise *e : m_exercises)
            for (const ContentText &c : e->cautions)
                if (const QString s = text(c); !s.isEmpty() && !cautions.contains(s))
                    cautions << s;
        QList<TextRuns> box;
        if (cautions.isEmpty())
            box << TextRuns{{u"\u2022  "_s + m_w.text(u"stop.default"_s)}};
        for (const QString &c : cautions)
            box << TextRuns{{u"\u2022  "_s + c}};
        const QString phone = m_d.clinic.phone.simplified();
        box << (phone.isEmpty() ? TextRuns{{m_w.text(u"stop.call-clinic"_s, {{u"{clinic}"_s, m_d.clinic.name.simplified()}}), true}}
                                : TextRuns{{m_w.text(u"stop.call-phone"_s, {{u"{phone}"_s, phone}}), true}});
        // red-flags.md §3, cauda equina: emergency, same day.
        box << TextRuns{{m_w.text(u"stop.emergency"_s)}};
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
        c.dose = dosageText(dose, m_dose);
        for (const ContentText &s : e.steps)
            c.steps << text(s);
        c.noteLabel = ExerciseSheetText::tr("%1: ").arg(m_w.text(u"label.note"_s));
        c.note = dose.note.simplified();
        c.progressionLabel = ExerciseSheetText::tr("%1: ").arg(m_w.text(u"label.progression"_s));
        c.progression = text(e.progression);
        m_doc.section(ExerciseSheetText::tr("%1. %2").arg(number).arg(text(e.name)));
        auto card = std::make_shared<ExerciseCard>(c);
        if (card->fitsOnAPage(m_doc.metrics())) {
            m_doc.figure(card); // kept with its title by the section
            return;
        }
        // Too long for one page even with small pictures (a long note in large print): the
        // pictures and steps stay with the title, the note and how to progress may follow overleaf.
        m_doc.beginKeepTogether();
        m_doc.figure(std::make_shared<ExerciseCard>(ExerciseCard::withoutNoteAndProgression(c)));
        if (!c.note.isEmpty())
            m_doc.paragraph(TextRuns{{c.noteLabel, true}, {c.note}});
        if (!c.progression.isEmpty())
            m_doc.paragraph(TextRuns{{c.progressionLabel, true}, {c.progression}});
        m_doc.endKeepTogether();
    }

    void advice()
    {
        const QString advice = m_d.therapy->homeProgramAdvice.trimmed();
        if (advice.isEmpty())
            return;
        m_doc.section(m_w.text(u"section.advice"_s));
        m_doc.paragraph(advice);
    }

    void contact()
    {
        m_doc.section(m_w.text(u"section.contact"_s));
        m_doc.beginKeepTogether();
        if (!m_d.clinic.name.trimmed().isEmpty())
            m_doc.paragraph(m_d.clinic.name.simplified(), 1, true);
        if (!m_d.clinic.addressLines.isEmpty())
            m_doc.paragraph(m_d.clinic.addressLines.join(u", "_s));
        if (!m_d.clinic.phone.trimmed().isEmpty())
            m_doc.labelled(m_w.text(u"label.phone"_s), m_d.clinic.phone.simplified());
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
        m_doc.paragraph(m_w.text(u"about.not-reviewed"_s, {{u"{names}"_s, unreviewed.join(u", "_s)}}), 0.6);
    }

    PageDocument &m_doc;
    const VisitDossier &m_d;
    const QList<ExercisePrescription> &m_programme;
    QList<const Exercise *> m_exercises; // one per programme entry
    const SheetWording &m_w;
    QString m_lang;
    DoseWords m_dose;
};

} // namespace

QColor exercisePictureColor()
{
    return QColor(0x1F, 0x4E, 0x79);
}

bool buildExerciseSheet(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request, QString *error)
{
    return buildExerciseSheet(doc, dossier, request, ExerciseLibrary::bundled(), HandoutLibrary::bundled(), error);
}

bool buildExerciseSheet(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request,
                        const ExerciseLibrary &library, const HandoutLibrary &handouts, QString *error)
{
    // Refusals are for the clinician, in the program's language; the sheet is in the patient's.
    const QString lang = request.language;
    if (!dossier.therapy)
        return fail(error, ExerciseSheetText::tr("This visit has no therapy record, so there is no home exercise programme to print."));
    const QList<ExercisePrescription> &programme = dossier.therapy->homeProgram;
    if (programme.isEmpty())
        return fail(error, ExerciseSheetText::tr("No home exercises were chosen at this visit; choose them in the Therapy step first."));
    QList<const Exercise *> exercises;
    for (const ExercisePrescription &p : programme) {
        const Exercise *e = library.exercise(p.exerciseId);
        if (!e)
            return fail(error, ExerciseSheetText::tr("The home exercise programme names an exercise that is not in the exercise "
                                                     "library: \"%1\". Remove it or choose another exercise before printing.")
                                   .arg(p.exerciseId));
        exercises << e;
    }
    const HandoutContent *wording = handouts.find(lang, Handouts::kExerciseSheetTextId);
    if (!wording) {
        int translates = 0;
        int current = 0;
        if (handouts.isOutOfDate(lang, Handouts::kExerciseSheetTextId, &translates, &current))
            return fail(error, ExerciseSheetText::tr("The %1 wording of the home exercise sheet is out of date: it translates "
                                                     "revision %2 of the English text, which is now at revision %3. Print the "
                                                     "sheet in another language the patient reads until it is updated.")
                                   .arg(languageLabel(lang))
                                   .arg(translates)
                                   .arg(current));
        return fail(error, ExerciseSheetText::tr("The home exercise sheet cannot be printed in %1: there is no %1 wording for it.")
                               .arg(languageLabel(lang)));
    }
    // Every exercise in the sheet's language, or no sheet: one language per page (§5 rule 4).
    QStringList missing;
    QStringList outOfDate;
    bool pending = wording->isTranslationPending();
    for (const Exercise *e : std::as_const(exercises)) {
        const QString name = contentText(e->name);
        switch (e->translationState(lang)) {
        case TranslationState::Missing: missing << name; break;
        case TranslationState::OutOfDate:
            outOfDate << ExerciseSheetText::tr("%1 (translates revision %2; the exercise is at revision %3)")
                             .arg(name)
                             .arg(e->translations.value(lang).sourceRevision)
                             .arg(e->revision);
            break;
        case TranslationState::Pending: pending = true; break;
        case TranslationState::Source:
        case TranslationState::Reviewed: break;
        }
    }
    if (!outOfDate.isEmpty())
        return fail(error, ExerciseSheetText::tr("The %1 text of these exercises is out of date and cannot be printed until the "
                                                 "translation is updated: %2.")
                               .arg(languageLabel(lang), outOfDate.join(u"; "_s)));
    if (!missing.isEmpty())
        return fail(error, ExerciseSheetText::tr("These exercises have no %1 text yet: %2. Print the sheet in another language "
                                                 "the patient reads, or choose other exercises.")
                               .arg(languageLabel(lang), missing.join(u", "_s)));

    const TextLanguage scope(lang); // the page furniture in the sheet's language
    // letter-and-handouts.md §4.2: 14 pt or more; large print larger still.
    PageSetup s = doc.setup();
    s.title = wording->title;
    s.language = lang;
    s.labels = PageLabels::fromTranslation();
    s.basePointSize = request.largePrint ? 18 : 14;
    s.pageNotice = pending ? Handouts::pendingTranslationNotice(lang, handouts) : QString();
    if (pending && s.pageNotice.isEmpty())
        return fail(error, ExerciseSheetText::tr("The %1 sheet is a translation pending review, and there is no %1 notice to say so "
                                                 "on its pages.")
                               .arg(languageLabel(lang)));
    if (!doc.setSetup(s))
        return fail(error, ExerciseSheetText::tr("The exercise sheet's page setup could not be applied."));
    const SheetWording w(*wording);
    SheetBuilder(doc, dossier, exercises, w, lang).build();
    return true;
}

} // namespace SpineDesk
