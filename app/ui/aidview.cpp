#include "ui/aidview.h"

#include "storage/decisionrepository.h"
#include "ui/draftstatus.h"
#include "ui/iconarraywidget.h"
#include "ui/presentationwindow.h"
#include "ui/scaleshiftwidget.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSlider>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
constexpr int kUnmarkedPosition = 5; // the middle, so the handle does not suggest an answer

QLabel *wrapped(const QString &text, QWidget *parent, bool bold = false, qreal scale = 1.0)
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
    // Presentation mode re-applies the scale to its larger base font.
    if (scale != 1.0)
        l->setProperty("fontScale", scale);
    return l;
}

QLabel *small(const QString &text, QWidget *parent)
{
    return wrapped(text, parent, false, 0.9);
}

QWidget *scrolling(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QString outcomeKindLabel(Aids::OutcomeKind k)
{
    switch (k) {
    case Aids::OutcomeKind::Benefit: return AidView::tr("Possible benefit");
    case Aids::OutcomeKind::Harm: return AidView::tr("Possible harm");
    case Aids::OutcomeKind::Course: break;
    }
    return AidView::tr("What happened next");
}

QString contextLine(const QString &population, const QString &horizon, const QString &design)
{
    return AidView::tr("People: %1. Time: %2. Type of study: %3.").arg(population, horizon, design);
}

void uncheckAll(QButtonGroup *group)
{
    group->setExclusive(false);
    for (QAbstractButton *b : group->buttons())
        b->setChecked(false);
    group->setExclusive(true);
}

QString sureFallbackText(const QString &itemId)
{
    // The gist from shared-decisions.md §2, shown only when the instrument cannot be loaded.
    if (itemId == u"sure-s")
        return AidView::tr("Sure of myself: feeling certain which choice is best");
    if (itemId == u"sure-u")
        return AidView::tr("Understand information: knowing the benefits and risks of each option");
    if (itemId == u"sure-r")
        return AidView::tr("Risk–benefit ratio: being clear which benefits and risks matter most");
    return AidView::tr("Encouragement: having enough support and advice to choose");
}
} // namespace

// ---------------------------------------------------------------- shared builders

void fillOptionGrid(QTableWidget *table, const Aids::DecisionAid &aid, const QString &lang)
{
    const int optionCount = int(aid.options.size());
    table->clear();
    table->setColumnCount(optionCount + 2);
    QStringList headers{AidView::tr("Your question")};
    for (const Aids::Option &o : aid.options)
        headers << contentText(o.label, lang);
    headers << AidView::tr("Evidence");
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
            cell->setData(Qt::AccessibleDescriptionRole, AidView::tr("%1 — %2").arg(headers[c + 1], question));
            table->setItem(row, c + 1, cell);
        }
        table->setItem(row, optionCount + 1, new QTableWidgetItem(evidence));
    };

    table->setRowCount(0);
    QStringList summaries;
    for (const Aids::Option &o : aid.options)
        summaries << contentText(o.summary, lang);
    addRow(u"summary"_s, AidView::tr("What is this option?"), summaries, QString());
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
        addRow(u"recovery"_s, AidView::tr("What is recovery like?"), cells, QString());
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
    box->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(box);
    v->addWidget(small(outcomeKindLabel(outcome.kind), box));
    v->addWidget(wrapped(contentText(outcome.title, lang), box, true, 1.15));
    v->addWidget(wrapped(contextLine(contentText(outcome.population, lang), contentText(outcome.horizon, lang),
                                     contentText(outcome.design, lang)),
                         box));
    auto *row = new QHBoxLayout;
    const QString title = contentText(outcome.title, lang);
    for (const OptionIconArray &a : outcomeIconArrays(aid, outcome, lang)) {
        auto *col = new QVBoxLayout;
        auto *name = wrapped(a.optionLabel, box, true);
        name->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        col->addWidget(name);
        if (a.spec) {
            auto *w = new IconArrayWidget(*a.spec, AidView::tr("%1: %2").arg(a.optionLabel, title), box);
            w->setObjectName(u"array-%1-%2"_s.arg(outcome.id, a.optionId));
            arrays->append(w);
            col->addWidget(w, 1);
        } else {
            // Same place and weight as an array, so no option looks better by omission.
            auto *none = wrapped(AidView::tr("The studies give no figure for this option."), box);
            none->setAlignment(Qt::AlignCenter);
            none->setFrameShape(QFrame::Box);
            none->setMinimumHeight(120);
            none->setAccessibleName(AidView::tr("%1: no figure").arg(a.optionLabel));
            col->addWidget(none, 1);
        }
        col->addStretch();
        row->addLayout(col, 1);
    }
    v->addLayout(row);
    v->addWidget(wrapped(contentText(outcome.statement, lang), box));
    v->addWidget(wrapped(AidView::tr("How sure we are: %1").arg(contentText(outcome.uncertainty, lang)), box));
    v->addWidget(small(AidView::tr("Evidence: %1").arg(outcome.evidence), box));
    return box;
}

QWidget *makeScaleShiftPanel(const Aids::DecisionAid &aid, const Aids::ScaleShift &shift, const QString &lang,
                             QList<ScaleShiftWidget *> *shifts, QWidget *parent)
{
    auto *box = new QFrame(parent);
    box->setObjectName(u"shift-"_s + shift.id);
    box->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(box);
    v->addWidget(small(AidView::tr("Average difference on a scale"), box));
    v->addWidget(wrapped(contentText(shift.title, lang), box, true, 1.15));
    v->addWidget(wrapped(contextLine(contentText(shift.population, lang), contentText(shift.horizon, lang),
                                     contentText(shift.design, lang)),
                         box));
    auto *w = new ScaleShiftWidget(scaleShiftSpec(aid, shift, lang), contentText(shift.title, lang), box);
    w->setObjectName(u"scaleShift-"_s + shift.id);
    shifts->append(w);
    v->addWidget(w);
    v->addWidget(wrapped(contentText(shift.statement, lang), box));
    v->addWidget(wrapped(AidView::tr("How sure we are: %1").arg(contentText(shift.uncertainty, lang)), box));
    QString evidence = AidView::tr("Evidence: %1").arg(shift.evidence);
    if (shift.mcid && !shift.mcidCitation.isEmpty())
        evidence += u"; "_s + AidView::tr("smallest change that matters to patients: %1 (%2)")
                                  .arg(QLocale().toString(*shift.mcid), shift.mcidCitation);
    v->addWidget(small(evidence, box));
    return box;
}

QString pointsToText(const Aids::DecisionAid &aid, const Aids::ValueStatement &value, const QString &lang)
{
    QStringList labels;
    for (const QString &id : value.pointsTo)
        labels << aid.optionLabel(id, lang);
    return AidView::tr("Points towards: %1").arg(labels.join(u", "_s));
}

// ---------------------------------------------------------------- the view

AidView::AidView(QSqlDatabase db, qint64 clinicianId, const Visit &visit, const Aids::DecisionAid &aid,
                 const Aids::EvidenceRegistry &registry, const Instruments::Definition *sure, const QString &sureError,
                 const QString &language, const QString &clinicianName, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
    , m_visit(visit)
    , m_aid(aid)
    , m_registry(registry)
    , m_lang(language)
    , m_clinicianName(clinicianName)
    , m_sureIds(Aids::sureItemIds())
{
    setObjectName(u"aid-"_s + aid.id);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &AidView::saveNow);

    QPushButton *reloadButton = nullptr;
    m_conflictBanner = makeConflictBanner(this, tr("⚠ This decision record was changed in another window or on another workstation. "
                                                   "Your latest changes are still on screen but were not saved. Reload to see the "
                                                   "saved version."),
                                          tr("Reload the saved decision record"), &reloadButton);
    connect(reloadButton, &QPushButton::clicked, this, &AidView::reload);

    auto *title = wrapped(contentText(aid.title, m_lang), this, true, 1.3);
    title->setObjectName(u"aidTitle"_s);
    m_versionNotice = wrapped(QString(), this);
    m_versionNotice->setObjectName(u"versionNotice"_s);
    m_versionNotice->hide();

    m_sections = new QTabWidget(this);
    m_sections->setObjectName(u"aidSections"_s);
    m_sections->setAccessibleName(tr("Decision aid sections"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(buildOptions(), tr("1. Options"));
    m_sections->addTab(buildOutcomes(), tr("2. Outcomes"));
    m_sections->addTab(buildValues(), tr("3. What matters"));
    m_sections->addTab(buildKnowledge(), tr("4. Understanding"));
    m_sections->addTab(buildChoice(), tr("5. Choice"));
    m_sections->addTab(buildSure(), tr("6. SURE"));
    const QStringList sectionNames{tr("The options side by side"), tr("What happened to people like you"),
                                   tr("What matters to you"), tr("Check your understanding"), tr("The patient's choice"),
                                   tr("SURE test for decisional conflict")};
    for (int i = 0; i < sectionNames.size(); ++i)
        m_sections->setTabToolTip(i, sectionNames[i]);
    connect(m_sections, &QTabWidget::currentChanged, this, &AidView::updateNavigation);

    m_previous = new QPushButton(this);
    m_previous->setObjectName(u"previousSection"_s);
    connect(m_previous, &QPushButton::clicked, this, [this] { showSection(m_sections->currentIndex() - 1); });
    m_next = new QPushButton(this);
    m_next->setObjectName(u"nextSection"_s);
    connect(m_next, &QPushButton::clicked, this, [this] { showSection(m_sections->currentIndex() + 1); });
    m_present = new QPushButton(tr("P&resent to the patient…"), this);
    m_present->setObjectName(u"present"_s);
    m_present->setAccessibleDescription(tr("Opens a large, uncluttered window with this section, for turning the screen to "
                                           "the patient or showing it on a second monitor."));
    connect(m_present, &QPushButton::clicked, this, &AidView::present);
    m_save = new QPushButton(tr("Sa&ve record"), this);
    m_save->setObjectName(u"saveRecord"_s);
    m_save->setAccessibleDescription(tr("Saves the decision record now; changes are also saved automatically."));
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_dirty = true; // an explicit save records the defaults too
        saveNow();
    });
    m_state = new QLabel(this);
    m_state->setObjectName(u"saveState"_s);
    m_state->setAccessibleName(tr("Save status"));
    auto *nav = new QHBoxLayout;
    nav->addWidget(m_previous);
    nav->addWidget(m_next);
    nav->addStretch();
    nav->addWidget(m_state);
    nav->addWidget(m_present);
    nav->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_conflictBanner);
    layout->addWidget(title);
    layout->addWidget(m_versionNotice);
    layout->addWidget(m_sections, 1);
    layout->addLayout(nav);
    layout->addWidget(buildFooter());

    // SURE wording: the instrument's own, with its attribution; the gist only as a fallback.
    for (int i = 0; i < m_sure.size(); ++i) {
        auto *label = findChild<QLabel *>(u"sureText-"_s + m_sureIds[i]);
        const Instruments::Item *item = sure ? sure->item(m_sureIds[i]) : nullptr;
        label->setText(item ? Instruments::localized(item->text, m_lang) : sureFallbackText(m_sureIds[i]));
        if (item)
            for (QAbstractButton *b : m_sure[i]->buttons())
                b->setAccessibleName(label->text() + u": "_s + b->text().remove(u'&'));
    }
    auto *attribution = findChild<QLabel *>(u"sureAttribution"_s);
    attribution->setText(sure ? Instruments::localized(sure->licence.attribution, m_lang)
                              : tr("The SURE test could not be loaded (%1); its items are shown in brief.").arg(sureError));

    reload();
    updateNavigation();
}

AidView::~AidView()
{
    if (m_presentation)
        m_presentation->close();
    blockSignals(true); // the page that listens may be half destroyed already
    if (m_dirty && !m_readOnly)
        saveNow();
}

QWidget *AidView::buildOptions()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    auto *condition = wrapped(contentText(m_aid.condition, m_lang), page);
    condition->setObjectName(u"condition"_s);
    condition->setAccessibleName(tr("The condition"));
    auto *decision = wrapped(contentText(m_aid.decision, m_lang), page, true, 1.15);
    decision->setObjectName(u"decisionQuestion"_s);
    decision->setAccessibleName(tr("The decision"));
    m_grid = new QTableWidget(page);
    m_grid->setObjectName(u"optionGrid"_s);
    m_grid->setAccessibleName(tr("Option grid: the options in columns, your questions in rows"));
    fillOptionGrid(m_grid, m_aid, m_lang);
    v->addWidget(condition);
    v->addWidget(decision);
    v->addWidget(m_grid, 1);
    return page;
}

QWidget *AidView::buildOutcomes()
{
    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    if (!m_aid.outcomes.isEmpty())
        v->addWidget(wrapped(tr("Each picture shows 100 people like you. The coloured block shows how many had this outcome; "
                                "every option is shown out of the same 100."),
                             content));
    if (!m_aid.scaleShifts.isEmpty())
        v->addWidget(wrapped(tr("Where the studies give an average difference on a scale, a line shows the scale and an arrow "
                                "shows how far one option came out ahead on average."),
                             content));
    for (const Aids::Outcome &o : m_aid.outcomes)
        v->addWidget(makeOutcomePanel(m_aid, o, m_lang, &m_arrays, content));
    for (const Aids::ScaleShift &s : m_aid.scaleShifts)
        v->addWidget(makeScaleShiftPanel(m_aid, s, m_lang, &m_shifts, content));
    v->addStretch();
    return scrolling(content);
}

QWidget *AidView::buildValues()
{
    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    v->addWidget(wrapped(tr("How much does each of these matter to you? There are no right or wrong answers. "
                            "0 means it does not matter to you, 10 means it matters a lot."),
                         content));
    auto *grid = new QGridLayout;
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 2);
    int row = 0;
    for (const Aids::ValueStatement &value : m_aid.values) {
        const QString statement = contentText(value.statement, m_lang);
        auto *label = wrapped(statement, content, true);
        auto *slider = new QSlider(Qt::Horizontal, content);
        slider->setObjectName(u"value-"_s + value.id);
        slider->setRange(0, 10);
        slider->setPageStep(1);
        slider->setTickPosition(QSlider::TicksBelow);
        slider->setTickInterval(1);
        slider->setMinimumWidth(180);
        slider->setAccessibleName(tr("How much it matters: %1").arg(statement));
        slider->setAccessibleDescription(tr("0 does not matter, 10 matters a lot. %1").arg(pointsToText(m_aid, value, m_lang)));
        auto *mark = new QLabel(content);
        mark->setObjectName(u"valueMark-"_s + value.id);
        mark->setMinimumWidth(mark->fontMetrics().horizontalAdvance(tr("Not marked yet")) + 8);
        auto *clear = new QToolButton(content);
        clear->setText(tr("Clear"));
        clear->setAccessibleName(tr("Clear the mark for: %1").arg(statement));
        m_sliders.insert(value.id, slider);
        m_valueLabels.insert(value.id, mark);
        m_clearValue.insert(value.id, clear);
        // Any use of the slider marks the value, even when it ends where it started.
        connect(slider, &QSlider::actionTriggered, this, [this, id = value.id] { markValue(id, true); });
        connect(slider, &QSlider::sliderPressed, this, [this, id = value.id] { markValue(id, true); });
        connect(slider, &QSlider::valueChanged, this, [this, id = value.id] {
            if (!m_loading)
                markValue(id, true);
        });
        connect(clear, &QToolButton::clicked, this, [this, id = value.id] { markValue(id, false); });
        grid->addWidget(label, row, 0, 1, 1);
        auto *scale = new QHBoxLayout;
        QLabel *low = small(tr("Does not matter"), content);
        QLabel *high = small(tr("Matters a lot"), content);
        low->setWordWrap(false);
        high->setWordWrap(false);
        scale->addWidget(low);
        scale->addWidget(slider, 1);
        scale->addWidget(high);
        grid->addLayout(scale, row, 1, 1, 2);
        grid->addWidget(mark, row, 3);
        grid->addWidget(clear, row, 4);
        grid->addWidget(small(pointsToText(m_aid, value, m_lang), content), row + 1, 0, 1, 5);
        row += 2;
    }
    v->addLayout(grid);

    // Beside the options: which marked values point to each one. Deliberately no totals.
    auto *beside = new QGroupBox(tr("Your values beside the options"), content);
    beside->setObjectName(u"valuesBesideOptions"_s);
    auto *bl = new QVBoxLayout(beside);
    bl->addWidget(small(tr("This is not a score. It shows which of the things you marked each option fits with."), beside));
    auto *cols = new QHBoxLayout;
    for (const Aids::Option &o : m_aid.options) {
        auto *col = new QVBoxLayout;
        col->addWidget(wrapped(contentText(o.label, m_lang), beside, true));
        auto *list = wrapped(QString(), beside);
        list->setObjectName(u"beside-"_s + o.id);
        list->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_besideOption.insert(o.id, list);
        col->addWidget(list, 1);
        cols->addLayout(col, 1);
    }
    bl->addLayout(cols);
    v->addWidget(beside);
    v->addStretch();
    return scrolling(content);
}

QWidget *AidView::buildKnowledge()
{
    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    v->addWidget(wrapped(tr("A few questions to check the information was clear. This is not a test of you."), content));
    int n = 1;
    for (const Aids::KnowledgeQuestion &q : m_aid.knowledge) {
        const QString text = contentText(q.question, m_lang);
        auto *question = wrapped(tr("%1. %2").arg(n++).arg(text), content, true);
        v->addWidget(question);
        auto *group = new QButtonGroup(this);
        m_knowledge.insert(q.id, group);
        for (const Aids::KnowledgeChoice &c : q.choices) {
            auto *b = new QRadioButton(contentText(c.text, m_lang), content);
            b->setObjectName(u"knowledge-%1-%2"_s.arg(q.id, c.id));
            b->setProperty("choice", c.id);
            b->setAccessibleName(tr("%1 — answer: %2").arg(text, b->text()));
            group->addButton(b);
            v->addWidget(b);
        }
        connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
            if (on)
                markChanged();
        });
        auto *result = wrapped(QString(), content);
        result->setObjectName(u"knowledgeResult-"_s + q.id);
        result->setAccessibleName(tr("Answer to question %1").arg(n - 1));
        result->hide();
        m_knowledgeResults.insert(q.id, result);
        v->addWidget(result);
        v->addSpacing(8);
    }
    m_checkAnswers = new QPushButton(tr("C&heck answers"), content);
    m_checkAnswers->setObjectName(u"checkAnswers"_s);
    connect(m_checkAnswers, &QPushButton::clicked, this, &AidView::checkAnswers);
    m_knowledgeScore = new QLabel(content);
    m_knowledgeScore->setObjectName(u"knowledgeScore"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_checkAnswers);
    row->addWidget(m_knowledgeScore, 1);
    v->addLayout(row);
    v->addStretch();
    return scrolling(content);
}

QWidget *AidView::buildChoice()
{
    auto *content = new QWidget;
    auto *outer = new QVBoxLayout(content);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(); // rows stay together at the top
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *discussed = new QVBoxLayout;
    for (const Aids::Option &o : m_aid.options) {
        auto *box = new QCheckBox(contentText(o.label, m_lang), content);
        box->setObjectName(u"discussed-"_s + o.id);
        box->setAccessibleName(tr("Discussed: %1").arg(box->text()));
        connect(box, &QCheckBox::toggled, this, &AidView::markChanged);
        m_discussed.insert(o.id, box);
        discussed->addWidget(box);
    }
    form->addRow(tr("Options discussed"), discussed);

    m_preferredGroup = new QButtonGroup(this);
    auto *preferred = new QVBoxLayout;
    auto addPreferred = [&](const QString &id, const QString &label) {
        auto *b = new QRadioButton(label, content);
        b->setObjectName(u"preferred-"_s + id);
        b->setProperty("option", id);
        b->setAccessibleName(tr("Preferred option: %1").arg(label));
        m_preferredGroup->addButton(b);
        m_preferred.insert(id, b);
        preferred->addWidget(b);
    };
    for (const Aids::Option &o : m_aid.options)
        addPreferred(o.id, contentText(o.label, m_lang));
    addPreferred(QString::fromLatin1(Aids::kUndecided), tr("Not decided yet"));
    connect(m_preferredGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            markChanged();
    });
    form->addRow(tr("The option the patient prefers"), preferred);

    m_participants = new QLineEdit(content);
    m_participants->setObjectName(u"participants"_s);
    m_participants->setAccessibleName(tr("Who took part, separated by commas"));
    m_participants->setPlaceholderText(tr("For example: Patient, spouse, Dr Lee"));
    connect(m_participants, &QLineEdit::textEdited, this, &AidView::markChanged);
    auto *participantsLabel = new QLabel(tr("&Who took part"), content);
    participantsLabel->setBuddy(m_participants);
    form->addRow(participantsLabel, m_participants);

    m_note = new QPlainTextEdit(content);
    m_note->setObjectName(u"decisionNote"_s);
    m_note->setAccessibleName(tr("Note about the decision"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5 + 12);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AidView::markChanged);
    auto *noteLabel = new QLabel(tr("&Note"), content);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    return scrolling(content);
}

QWidget *AidView::buildSure()
{
    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    v->addWidget(wrapped(tr("Four questions for the patient, answered yes or no, about the decision just discussed."), content));
    auto *grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    for (int i = 0; i < m_sureIds.size(); ++i) {
        const QString &id = m_sureIds[i];
        auto *text = wrapped(QString(), content, true);
        text->setObjectName(u"sureText-"_s + id);
        auto *yes = new QRadioButton(tr("Yes"), content);
        auto *no = new QRadioButton(tr("No"), content);
        yes->setObjectName(u"sure-%1-yes"_s.arg(id));
        no->setObjectName(u"sure-%1-no"_s.arg(id));
        yes->setAccessibleName(tr("SURE item %1: yes").arg(i + 1));
        no->setAccessibleName(tr("SURE item %1: no").arg(i + 1));
        auto *group = new QButtonGroup(this);
        group->addButton(yes, 1);
        group->addButton(no, 0);
        connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
            if (on) {
                updateSure();
                markChanged();
            }
        });
        m_sure << group;
        grid->addWidget(text, i, 0);
        grid->addWidget(yes, i, 1);
        grid->addWidget(no, i, 2);
    }
    v->addLayout(grid);
    m_sureResult = wrapped(QString(), content, true, 1.1);
    m_sureResult->setObjectName(u"sureResult"_s);
    m_sureResult->setAccessibleName(tr("SURE result"));
    m_conflictFlag = wrapped(QString(), content, true, 1.1);
    m_conflictFlag->setObjectName(u"decisionalConflict"_s);
    m_conflictFlag->setAccessibleName(tr("Decisional conflict"));
    m_conflictFlag->setStyleSheet(u"#decisionalConflict { background: #fff4ce; border: 2px solid #8a6d00; padding: 6px; }"_s);
    m_conflictFlag->hide();
    m_sureAdvice = wrapped(QString(), content);
    m_sureAdvice->setObjectName(u"sureAdvice"_s);
    m_sureAdvice->setAccessibleName(tr("What to offer"));
    m_sureAdvice->hide();
    auto *attribution = small(QString(), content);
    attribution->setObjectName(u"sureAttribution"_s);
    attribution->setAccessibleName(tr("SURE attribution"));
    v->addWidget(m_sureResult);
    v->addWidget(m_conflictFlag);
    v->addWidget(m_sureAdvice);
    v->addStretch();
    v->addWidget(attribution);
    return scrolling(content);
}

QWidget *AidView::buildFooter()
{
    const QLocale locale;
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    m_footer = small(tr("Version %1 · produced %2 · last reviewed %3 · next review by %4. Funding and conflicts of interest: %5")
                         .arg(m_aid.version, locale.toString(m_aid.produced, QLocale::ShortFormat),
                              locale.toString(m_aid.reviewed, QLocale::ShortFormat),
                              locale.toString(m_aid.nextReview, QLocale::ShortFormat), contentText(m_aid.funding, m_lang)),
                     box);
    m_footer->setObjectName(u"aidFooter"_s);
    m_footer->setAccessibleName(tr("About this decision aid"));
    QStringList lines;
    for (const QString &id : m_aid.citedEvidence()) {
        if (const Aids::Evidence *e = m_registry.find(id))
            lines << tr("%1: %2 (%3; %4; %5)").arg(id, e->citation, e->design, e->population, e->horizon);
        else
            lines << tr("%1: not in the evidence registry").arg(id);
    }
    lines.prepend(tr("How this aid is kept up to date: %1").arg(contentText(m_aid.updatePolicy, m_lang)));
    auto *sources = small(lines.join(u'\n'), box);
    sources->setObjectName(u"aidSources"_s);
    sources->setAccessibleName(tr("Sources"));
    sources->hide();
    auto *toggle = new QToolButton(box);
    toggle->setObjectName(u"showSources"_s);
    toggle->setText(tr("Sources and updates (%1)").arg(lines.size() - 1));
    toggle->setCheckable(true);
    toggle->setAccessibleName(tr("Show the sources"));
    connect(toggle, &QToolButton::toggled, sources, &QWidget::setVisible);
    auto *row = new QHBoxLayout;
    row->addWidget(m_footer, 1);
    row->addWidget(toggle, 0, Qt::AlignTop);
    v->addLayout(row);
    v->addWidget(sources);
    return box;
}

QAbstractButton *AidView::knowledgeButton(const QString &questionId, const QString &choiceId) const
{
    if (QButtonGroup *g = m_knowledge.value(questionId))
        for (QAbstractButton *b : g->buttons())
            if (b->property("choice").toString() == choiceId)
                return b;
    return nullptr;
}

QAbstractButton *AidView::sureButton(const QString &itemId, bool yes) const
{
    const int i = int(m_sureIds.indexOf(itemId));
    return i < 0 || i >= m_sure.size() ? nullptr : m_sure[i]->button(yes ? 1 : 0);
}

void AidView::showSection(int section)
{
    if (section >= 0 && section < m_sections->count())
        m_sections->setCurrentIndex(section);
}

void AidView::updateNavigation()
{
    const int i = m_sections->currentIndex();
    auto name = [this](int s) { return m_sections->tabText(s).section(u". "_s, 1); };
    m_previous->setEnabled(i > 0);
    m_next->setEnabled(i + 1 < m_sections->count());
    m_previous->setText(i > 0 ? tr("◀ Back: %1").arg(name(i - 1)) : tr("◀ Back"));
    m_next->setText(i + 1 < m_sections->count() ? tr("Next: %1 ▶").arg(name(i + 1)) : tr("Next ▶"));
    m_previous->setAccessibleName(tr("Previous section"));
    m_next->setAccessibleName(tr("Next section"));
}

void AidView::reload()
{
    m_autosave.stop();
    m_loading = true;
    QString error;
    const auto loaded = DecisionRepository(m_db, m_clinicianId).load(m_visit.id, m_aid.id, &error);
    // A stored record that cannot be read is said, and never written over.
    m_loadError = loaded ? QString() : error;
    Aids::DecisionRecord r = loaded.value_or(Aids::DecisionRecord{});
    r.visitId = m_visit.id;
    r.aidId = m_aid.id;
    m_record = r;
    const bool fresh = r.rowVersion == 0;

    m_marked.clear();
    for (const Aids::ValueStatement &value : m_aid.values) {
        QSlider *slider = m_sliders.value(value.id);
        if (r.values.contains(value.id)) {
            slider->setValue(r.values.value(value.id));
            m_marked.insert(value.id);
        } else {
            slider->setValue(kUnmarkedPosition);
        }
    }
    for (const Aids::KnowledgeQuestion &q : m_aid.knowledge) {
        uncheckAll(m_knowledge.value(q.id));
        if (QAbstractButton *b = knowledgeButton(q.id, r.knowledge.value(q.id)))
            b->setChecked(true);
        m_knowledgeResults.value(q.id)->hide();
    }
    m_knowledgeScore->clear();
    for (auto it = m_discussed.begin(); it != m_discussed.end(); ++it)
        it.value()->setChecked(fresh || r.optionsDiscussed.contains(it.key()));
    uncheckAll(m_preferredGroup);
    if (QAbstractButton *b = m_preferred.value(r.preferredOption))
        b->setChecked(true);
    QStringList participants = r.participants;
    if (fresh && participants.isEmpty()) {
        participants << tr("Patient");
        if (!m_clinicianName.isEmpty())
            participants << m_clinicianName;
    }
    m_participants->setText(participants.join(u", "_s));
    m_note->setPlainText(r.note);
    for (int i = 0; i < m_sure.size(); ++i) {
        uncheckAll(m_sure[i]);
        if (i < r.sure.size() && r.sure[i])
            m_sure[i]->button(*r.sure[i] ? 1 : 0)->setChecked(true);
    }
    const bool oldVersion = !fresh && !r.aidVersion.isEmpty() && r.aidVersion != m_aid.version;
    m_versionNotice->setText(oldVersion ? u"ℹ "_s + tr("This record was made with version %1 of the aid; it is now version %2. "
                                                       "Saving records it against version %2.").arg(r.aidVersion, m_aid.version)
                                        : QString());
    m_versionNotice->setVisible(oldVersion);
    m_loading = false;
    m_dirty = false;
    m_conflict = false;
    m_conflictBanner->hide();
    updateValueLabels();
    updateSure();
    if (!m_loadError.isEmpty())
        m_state->setText(u"⚠ "_s + m_loadError);
    else if (m_readOnly)
        m_state->setText(tr("This visit is signed. Changes are recorded as addenda."));
    else
        m_state->setText(fresh ? tr("Not recorded yet.")
                               : tr("Recorded %1.").arg(QLocale().toString(r.recordedAt.toLocalTime(), QLocale::ShortFormat)));
    setReadOnly(m_readOnly);
}

QMap<QString, int> AidView::markedValues() const
{
    QMap<QString, int> out;
    for (const QString &id : m_marked)
        out.insert(id, m_sliders.value(id)->value());
    return out;
}

Aids::DecisionRecord AidView::record() const
{
    Aids::DecisionRecord r = m_record;
    r.visitId = m_visit.id;
    r.aidId = m_aid.id;
    r.aidVersion = m_aid.version;
    r.aidSha256 = m_aid.sha256;
    r.optionsDiscussed.clear();
    for (const Aids::Option &o : m_aid.options)
        if (m_discussed.value(o.id)->isChecked())
            r.optionsDiscussed << o.id;
    r.values = markedValues();
    r.preferredOption.clear();
    if (QAbstractButton *b = m_preferredGroup->checkedButton())
        r.preferredOption = b->property("option").toString();
    r.sure.clear();
    for (QButtonGroup *g : m_sure)
        r.sure << (g->checkedId() < 0 ? std::nullopt : std::optional<bool>(g->checkedId() == 1));
    r.knowledge.clear();
    for (auto it = m_knowledge.begin(); it != m_knowledge.end(); ++it)
        if (QAbstractButton *b = it.value()->checkedButton())
            r.knowledge.insert(it.key(), b->property("choice").toString());
    r.participants.clear();
    for (const QString &p : m_participants->text().split(u','))
        if (!p.trimmed().isEmpty())
            r.participants << p.trimmed();
    r.note = m_note->toPlainText().trimmed();
    return r;
}

void AidView::markChanged()
{
    if (m_loading || m_readOnly || !m_loadError.isEmpty())
        return;
    m_dirty = true;
    if (!m_conflict) {
        m_state->setText(tr("Saving…"));
        m_autosave.start();
    }
    emit changed();
}

void AidView::markValue(const QString &valueId, bool marked)
{
    if (m_loading || m_readOnly)
        return;
    if (marked)
        m_marked.insert(valueId);
    else {
        m_marked.remove(valueId);
        m_loading = true; // moving the handle back is not a new mark
        m_sliders.value(valueId)->setValue(kUnmarkedPosition);
        m_loading = false;
    }
    updateValueLabels();
    markChanged();
}

void AidView::updateValueLabels()
{
    for (const Aids::ValueStatement &value : m_aid.values) {
        const bool marked = m_marked.contains(value.id);
        QLabel *label = m_valueLabels.value(value.id);
        label->setText(marked ? tr("%1 of 10").arg(m_sliders.value(value.id)->value()) : tr("Not marked yet"));
        label->setAccessibleName(tr("Mark for: %1").arg(contentText(value.statement, m_lang)));
        m_clearValue.value(value.id)->setVisible(marked && !m_readOnly);
    }
    for (const Aids::Option &o : m_aid.options) {
        QStringList lines;
        for (const Aids::ValueStatement &value : m_aid.values)
            if (value.pointsTo.contains(o.id) && m_marked.contains(value.id))
                lines << tr("• %1 — %2 of 10").arg(contentText(value.statement, m_lang)).arg(m_sliders.value(value.id)->value());
        m_besideOption.value(o.id)->setText(lines.isEmpty() ? tr("Nothing marked yet that points this way.") : lines.join(u'\n'));
    }
    if (m_presentation)
        m_presentation->setValues(markedValues());
}

void AidView::updateSure()
{
    QList<std::optional<bool>> answers;
    for (QButtonGroup *g : m_sure)
        answers << (g->checkedId() < 0 ? std::nullopt : std::optional<bool>(g->checkedId() == 1));
    const Aids::SureResult result = Aids::scoreSure(answers);
    int answered = 0;
    for (const auto &a : answers)
        answered += a ? 1 : 0;
    if (!result.complete)
        m_sureResult->setText(tr("SURE: incomplete (%1 of %2 answered).").arg(answered).arg(Aids::kSureItems));
    else if (!result.conflict)
        m_sureResult->setText(tr("SURE score: %1 of %2 — no decisional conflict.").arg(result.score.value_or(0)).arg(Aids::kSureItems));
    else
        m_sureResult->setText(tr("SURE score: %1 of %2.").arg(result.score.value_or(0)).arg(Aids::kSureItems));
    m_conflictFlag->setText(u"⚠ "_s + tr("Decisional conflict: a SURE score below 4 is a positive screen. Talk it through "
                                         "before the decision is made."));
    m_conflictFlag->setVisible(result.conflict);
    QStringList advice;
    for (const QString &id : result.noItems) {
        const int i = int(m_sureIds.indexOf(id));
        const auto *label = findChild<QLabel *>(u"sureText-"_s + id);
        const QString item = label ? label->text() : id;
        advice << tr("• %1 (item %2): %3").arg(item).arg(i + 1).arg(Aids::sureSuggestion(id));
    }
    m_sureAdvice->setText(advice.join(u'\n'));
    m_sureAdvice->setVisible(result.conflict && !advice.isEmpty());
}

void AidView::checkAnswers()
{
    int right = 0;
    for (const Aids::KnowledgeQuestion &q : m_aid.knowledge) {
        QAbstractButton *chosen = m_knowledge.value(q.id)->checkedButton();
        QString answer;
        for (const Aids::KnowledgeChoice &c : q.choices)
            if (c.id == q.answer)
                answer = contentText(c.text, m_lang);
        const QString explanation = contentText(q.explanation, m_lang);
        QString text;
        if (chosen && chosen->property("choice").toString() == q.answer) {
            ++right;
            text = u"✓ "_s + tr("Right. %1").arg(explanation);
        } else if (chosen) {
            text = u"✗ "_s + tr("Not quite: the answer is “%1”. %2").arg(answer, explanation);
        } else {
            text = u"– "_s + tr("Not answered: the answer is “%1”. %2").arg(answer, explanation);
        }
        QLabel *label = m_knowledgeResults.value(q.id);
        label->setText(text);
        label->show();
    }
    m_knowledgeScore->setText(tr("%1 of %2 right.").arg(right).arg(m_aid.knowledge.size()));
}

bool AidView::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || m_readOnly || m_conflict || !m_loadError.isEmpty())
        return !m_conflict && m_loadError.isEmpty();
    Aids::DecisionRecord r = record();
    const SaveResult result = DecisionRepository(m_db, m_clinicianId).save(r);
    m_conflict = showSaveResult(result, m_state, m_conflictBanner);
    if (!result.ok())
        return false;
    m_record = r;
    m_dirty = false;
    m_versionNotice->hide();
    emit saved();
    return true;
}

void AidView::setReadOnly(bool readOnly)
{
    if (readOnly && m_dirty)
        saveNow();
    m_readOnly = readOnly;
    const bool editable = !readOnly && m_loadError.isEmpty();
    for (QSlider *s : std::as_const(m_sliders))
        s->setEnabled(editable);
    for (QButtonGroup *g : std::as_const(m_knowledge))
        for (QAbstractButton *b : g->buttons())
            b->setEnabled(editable);
    for (QCheckBox *b : std::as_const(m_discussed))
        b->setEnabled(editable);
    for (QAbstractButton *b : m_preferredGroup->buttons())
        b->setEnabled(editable);
    for (QButtonGroup *g : std::as_const(m_sure))
        for (QAbstractButton *b : g->buttons())
            b->setEnabled(editable);
    m_participants->setReadOnly(!editable);
    m_note->setReadOnly(!editable);
    m_save->setEnabled(editable);
    updateValueLabels();
    if (m_presentation)
        m_presentation->setValuesEditable(editable);
    if (readOnly)
        m_state->setText(tr("This visit is signed. Changes are recorded as addenda."));
}

PresentationWindow *AidView::presentation() const
{
    return m_presentation.data();
}

void AidView::present()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *mine = screen();
    QScreen *other = nullptr;
    for (QScreen *s : screens)
        if (s != mine)
            other = s;
    if (!other) {
        openPresentation(mine, false);
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Presentation mode"),
                    tr("A second screen (%1) is connected. Show the presentation there, full screen?").arg(other->name()),
                    QMessageBox::NoButton, this);
    QPushButton *there = ask.addButton(tr("On the &second screen"), QMessageBox::AcceptRole);
    QPushButton *here = ask.addButton(tr("On &this screen"), QMessageBox::RejectRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(there);
    ask.exec();
    if (ask.clickedButton() == there)
        openPresentation(other, true);
    else if (ask.clickedButton() == here)
        openPresentation(mine, false);
}

void AidView::openPresentation(QScreen *target, bool fullScreen)
{
    if (!m_presentation) {
        m_presentation = new PresentationWindow(m_aid, m_lang, this);
        connect(m_presentation, &PresentationWindow::valueChanged, this, [this](const QString &id, int value) {
            if (QSlider *s = m_sliders.value(id)) {
                s->setValue(value);
                markValue(id, true);
            }
        });
    }
    m_presentation->setValues(markedValues());
    m_presentation->setValuesEditable(!m_readOnly && m_loadError.isEmpty());
    m_presentation->showSection(m_sections->currentIndex());
    if (target) {
        m_presentation->setScreen(target);
        m_presentation->setGeometry(target->availableGeometry().adjusted(40, 40, -40, -40));
    }
    if (fullScreen)
        m_presentation->showFullScreen();
    else
        m_presentation->show();
    m_presentation->raise();
    m_presentation->activateWindow();
}

} // namespace SpineDesk
