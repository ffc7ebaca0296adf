#include "ui/aidsections.h"

#include "core/handoutcontent.h"
#include "documents/scaleshift.h"
#include "i18n/language.h"
#include "ui/accessibilitycolours.h"
#include "ui/iconarraywidget.h"
#include "ui/scaleshiftwidget.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
// The aid's parts are worded in the aid's language, whatever the program's (textIn, i18n/language.h); the
// sources are marked for lupdate under the context "AidSections".
QString words(const QString &lang, const char *source)
{
    return textIn(lang, "AidSections", source);
}

QString outcomeKindLabel(Aids::OutcomeKind k, const QString &lang)
{
    switch (k) {
    case Aids::OutcomeKind::Benefit: return words(lang, QT_TRANSLATE_NOOP("AidSections", "Possible benefit"));
    case Aids::OutcomeKind::Harm: return words(lang, QT_TRANSLATE_NOOP("AidSections", "Possible harm"));
    case Aids::OutcomeKind::Course: break;
    }
    return words(lang, QT_TRANSLATE_NOOP("AidSections", "What happened next"));
}

// An outcome and a scale shift share their frame, heading and findings; the figure between
// differs.
template<typename Study>
QVBoxLayout *addStudyHeading(QFrame *box, const QString &kind, const Study &study, const QString &lang)
{
    box->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(box);
    v->addWidget(smallLabel(kind, box));
    v->addWidget(wrappedLabel(contentText(study.title, lang), box, true, 1.15));
    v->addWidget(wrappedLabel(words(lang, QT_TRANSLATE_NOOP("AidSections", "People: %1. Time: %2. Type of study: %3."))
                                  .arg(contentText(study.population, lang), contentText(study.horizon, lang),
                                       contentText(study.design, lang)),
                              box));
    return v;
}

template<typename Study>
void addStudyFindings(QVBoxLayout *v, QFrame *box, const Study &study, const QString &lang, const QString &evidence)
{
    v->addWidget(wrappedLabel(contentText(study.statement, lang), box));
    const QString sure = words(lang, QT_TRANSLATE_NOOP("AidSections", "How sure we are: %1"));
    v->addWidget(wrappedLabel(sure.arg(contentText(study.uncertainty, lang)), box));
    v->addWidget(smallLabel(evidence, box));
}
} // namespace

QLabel *wrappedLabel(const QString &text, QWidget *parent, bool bold, qreal scale)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (bold || scale != 1.0) {
        QFont f = l->font();
        f.setBold(bold);
        if (scale != 1.0)
            f.setPointSizeF(f.pointSizeF() * scale);
        l->setFont(f);
    }
    if (scale != 1.0)
        l->setProperty("fontScale", scale);
    return l;
}

QLabel *smallLabel(const QString &text, QWidget *parent)
{
    return wrappedLabel(text, parent, false, 0.9);
}

QWidget *scrollingPage(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void uncheckAll(QButtonGroup *group)
{
    group->setExclusive(false);
    for (QAbstractButton *b : group->buttons())
        b->setChecked(false);
    group->setExclusive(true);
}

void fillOptionGrid(QTableWidget *table, const Aids::DecisionAid &aid, const QString &lang)
{
    const int optionCount = int(aid.options.size());
    table->clear();
    table->setColumnCount(optionCount + 2);
    QStringList headers{words(lang, QT_TRANSLATE_NOOP("AidSections", "Your question"))};
    for (const Aids::Option &o : aid.options)
        headers << contentText(o.label, lang);
    headers << words(lang, QT_TRANSLATE_NOOP("AidSections", "Evidence"));
    table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < optionCount; ++c)
        table->horizontalHeaderItem(c + 1)->setData(Qt::UserRole, aid.options[c].id);

    auto addRow = [&](const QString &id, const QString &question, const QStringList &cells, const QString &evidence) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto *q = new QTableWidgetItem(question);
        QFont bold = table->font();
        bold.setBold(true);
        q->setFont(bold);
        q->setData(Qt::UserRole, id);
        table->setItem(row, 0, q);
        for (int c = 0; c < optionCount; ++c) {
            auto *cell = new QTableWidgetItem(cells.value(c));
            cell->setData(Qt::AccessibleDescriptionRole,
                          words(lang, QT_TRANSLATE_NOOP("AidSections", "%1 — %2")).arg(headers[c + 1], question));
            table->setItem(row, c + 1, cell);
        }
        table->setItem(row, optionCount + 1, new QTableWidgetItem(evidence));
    };

    table->setRowCount(0);
    QStringList summaries;
    for (const Aids::Option &o : aid.options)
        summaries << contentText(o.summary, lang);
    addRow(u"summary"_s, words(lang, QT_TRANSLATE_NOOP("AidSections", "What is this option?")), summaries, QString());
    for (const Aids::GridRow &r : aid.grid) {
        QStringList cells;
        for (const Aids::Option &o : aid.options)
            cells << contentText(r.answers.value(o.id), lang);
        addRow(r.id, contentText(r.question, lang), cells, r.evidence.join(u", "_s));
    }
    if (!aid.recovery.isEmpty()) {
        QStringList cells;
        for (const Aids::Option &o : aid.options)
            cells << contentText(aid.recovery.value(o.id), lang);
        addRow(u"recovery"_s, words(lang, QT_TRANSLATE_NOOP("AidSections", "What is recovery like?")), cells, QString());
    }

    table->setWordWrap(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTextElideMode(Qt::ElideNone);
    table->verticalHeader()->hide();
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->setSectionResizeMode(optionCount + 1, QHeaderView::Interactive);
    header->resizeSection(optionCount + 1, table->fontMetrics().horizontalAdvance(u"DE-IDH-05,"_s) + 16); // IDs wrap one per line
    header->resizeSection(0, table->fontMetrics().horizontalAdvance(u"How long is recovery?"_s) + 12);
    // Option names are long: the header wraps them over two lines rather than cutting them.
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    header->setMinimumHeight(table->fontMetrics().lineSpacing() * 2 + 10);
    // Rows grow with their text whenever the columns change width.
    QObject::connect(header, &QHeaderView::sectionResized, table, &QTableView::resizeRowsToContents, Qt::UniqueConnection);
    table->resizeRowsToContents();
}

QWidget *makeOutcomePanel(const Aids::DecisionAid &aid, const Aids::Outcome &outcome, const QString &lang,
                          QList<IconArrayWidget *> *arrays, QWidget *parent)
{
    auto *box = new QFrame(parent);
    box->setObjectName(u"outcome-"_s + outcome.id);
    QVBoxLayout *v = addStudyHeading(box, outcomeKindLabel(outcome.kind, lang), outcome, lang);
    auto *row = new QHBoxLayout;
    const QString title = contentText(outcome.title, lang);
    for (const OptionIconArray &a : outcomeIconArrays(aid, outcome, lang)) {
        auto *col = new QVBoxLayout;
        auto *name = wrappedLabel(a.optionLabel, box, true);
        name->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        col->addWidget(name);
        if (a.spec) {
            const QString accessible = words(lang, QT_TRANSLATE_NOOP("AidSections", "%1: %2")).arg(a.optionLabel, title);
            auto *w = new IconArrayWidget(*a.spec, accessible, box);
            w->setObjectName(u"array-%1-%2"_s.arg(outcome.id, a.optionId));
            arrays->append(w);
            col->addWidget(w, 1);
        } else {
            // Same place and weight as an array, so no option looks better by omission.
            auto *none =
                wrappedLabel(words(lang, QT_TRANSLATE_NOOP("AidSections", "The studies give no figure for this option.")), box);
            none->setAlignment(Qt::AlignCenter);
            none->setFrameShape(QFrame::Box);
            none->setMinimumHeight(120);
            none->setAccessibleName(words(lang, QT_TRANSLATE_NOOP("AidSections", "%1: no figure")).arg(a.optionLabel));
            col->addWidget(none, 1);
        }
        col->addStretch();
        row->addLayout(col, 1);
    }
    v->addLayout(row);
    addStudyFindings(v, box, outcome, lang, words(lang, QT_TRANSLATE_NOOP("AidSections", "Evidence: %1")).arg(outcome.evidence));
    return box;
}

QWidget *makeScaleShiftPanel(const Aids::DecisionAid &aid, const Aids::ScaleShift &shift, const QString &lang,
                             QList<ScaleShiftWidget *> *shifts, QWidget *parent)
{
    auto *box = new QFrame(parent);
    box->setObjectName(u"shift-"_s + shift.id);
    const QString kind = words(lang, QT_TRANSLATE_NOOP("AidSections", "Average difference on a scale"));
    QVBoxLayout *v = addStudyHeading(box, kind, shift, lang);
    auto *w = new ScaleShiftWidget(scaleShiftSpec(aid, shift, lang), contentText(shift.title, lang), box);
    w->setObjectName(u"scaleShift-"_s + shift.id);
    shifts->append(w);
    v->addWidget(w);
    QString evidence = words(lang, QT_TRANSLATE_NOOP("AidSections", "Evidence: %1")).arg(shift.evidence);
    if (shift.mcid && !shift.mcidCitation.isEmpty())
        evidence += u"; "_s + words(lang, QT_TRANSLATE_NOOP("AidSections", "smallest change that matters to patients: %1 (%2)"))
                               .arg(scaleNumber(*shift.mcid, lang), shift.mcidCitation);
    addStudyFindings(v, box, shift, lang, evidence);
    return box;
}

QString pointsToText(const Aids::DecisionAid &aid, const Aids::ValueStatement &value, const QString &lang)
{
    QStringList labels;
    for (const QString &id : value.pointsTo)
        labels << aid.optionLabel(id, lang);
    return words(lang, QT_TRANSLATE_NOOP("AidSections", "Points towards: %1")).arg(labels.join(u", "_s));
}

QLabel *makeReviewMark(const Aids::DecisionAid &aid, const QString &lang, QWidget *parent)
{
    // The handouts' own wording (a content text, reviewed with them), so the mark reads the same
    // on screen, on handouts and on the decision summary.
    QString text = Handouts::pendingTranslationNotice(lang);
    if (text.isEmpty())
        text = words(lang, QT_TRANSLATE_NOOP("AidSections", "Translation pending review by a qualified medical translator."));
    auto *mark = wrappedLabel(u"⚠ "_s + text, parent, true);
    mark->setObjectName(u"reviewMark"_s);
    mark->setAccessibleName(text);
    mark->setStyleSheet(toneStyleSheet(u"reviewMark"_s, Tone::Caution, u"padding: 6px;"_s));
    mark->setVisible(aid.pendingReview(lang));
    return mark;
}

} // namespace SpineDesk
