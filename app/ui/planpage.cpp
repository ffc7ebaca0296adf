#include "ui/planpage.h"

#include "core/followup.h"

#include "core/plan/diagnosis.h"
#include "core/plan/planbuilder.h"
#include "storage/signcheck.h"
#include "ui/draftstatus.h"
#include "ui/fielderrors.h"
#include "ui/goalseditor.h"
#include "ui/planitemcard.h"
#include "ui/planitemsview.h"
#include "ui/problemlisteditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
QStringList splitCopies(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u';'))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

// A proposed item the clinician has neither edited nor removed follows the record: when the
// rule now proposes something else under the same id (the STarT Back stratum was entered after
// the plan was first saved, a red flag was acknowledged), the item is brought up to date and
// shown as a new suggestion. Edited, added and removed items are never touched.
QLabel *makeNotice(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

PlanPage::PlanPage(QSqlDatabase db, qint64 clinicianId, const Visit &visit, const AssessmentSummary &summary, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
    , m_visit(visit)
    , m_summary(summary)
{
    m_loading = true;
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &PlanPage::saveNow);

    QPushButton *reload = nullptr;
    m_conflictBanner = makeConflictBanner(this, tr("⚠ This plan was changed in another window or on another workstation. Your latest "
                                                   "changes are still on screen but were not saved. Reload to see the saved version."),
                                          tr("Reload the saved plan"), &reload);
    connect(reload, &QPushButton::clicked, this, [this] { load(false); });

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_notice = makeNotice(content, u"planNotice"_s);
    m_notice->setAccessibleName(tr("About this plan"));
    layout->addWidget(m_notice);

    auto *problemBox = new QGroupBox(tr("Problem list"), content);
    auto *pl = new QVBoxLayout(problemBox);
    m_problems = new ProblemListEditor(Plans::DiagnosisCatalogue::bundled(), problemBox);
    pl->addWidget(m_problems);
    layout->addWidget(problemBox);
    connect(m_problems, &ProblemListEditor::changed, this, [this] {
        updateAdvisories(); // the primary diagnosis changes what the checks see
        markChanged();
    });

    auto *itemsBox = new QGroupBox(tr("Plan items"), content);
    auto *il = new QVBoxLayout(itemsBox);
    m_advisories = makeNotice(itemsBox, u"advisorySummary"_s);
    m_advisories->setAccessibleName(tr("Low-value-care advisories in this plan"));
    m_items = new PlanItemsView(itemsBox);
    il->addWidget(m_advisories);
    il->addWidget(m_items);
    layout->addWidget(itemsBox);
    connect(m_items, &PlanItemsView::changed, this, [this] {
        updateAdvisories();
        markChanged();
    });

    auto *goalsBox = new QGroupBox(tr("Goals, agreed with the patient"), content);
    auto *gl = new QVBoxLayout(goalsBox);
    m_goals = new GoalsEditor(m_visit.visitDate, goalsBox);
    gl->addWidget(m_goals);
    layout->addWidget(goalsBox);
    connect(m_goals, &GoalsEditor::changed, this, &PlanPage::markChanged);

    layout->addWidget(buildSummaryBox());
    layout->addWidget(buildAddendumBox());
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A new item, and any advisory it raises, is shown at once.
    connect(m_items, &PlanItemsView::itemAdded, this, [scroll](PlanItemCard *card) {
        QTimer::singleShot(0, scroll, [scroll, card = QPointer<PlanItemCard>(card)] {
            if (card)
                scroll->ensureWidgetVisible(card, 0, 0);
        });
    });

    m_signing = makeNotice(this, u"signingProblems"_s);
    m_signing->setAccessibleName(tr("Before the plan can be signed"));
    m_state = makeNotice(this, u"saveState"_s);
    m_state->setAccessibleName(tr("Save status"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_conflictBanner);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_signing);
    outer->addWidget(m_state);

    m_readOnly = m_visit.isSigned();
    load(false); // suggestions are offered when the step is opened (refreshFromVisit)
}

PlanPage::~PlanPage()
{
    blockSignals(true); // the workflow that listens is being destroyed
    if (!m_readOnly && !m_addendum && m_dirty)
        saveNow();
}

QGroupBox *PlanPage::buildSummaryBox()
{
    auto *box = new QGroupBox(tr("For the letter"), this);
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_bottomLine = new QPlainTextEdit(box);
    m_bottomLine->setObjectName(u"bottomLine"_s);
    m_bottomLine->setAccessibleName(tr("Bottom line for the referring clinician"));
    m_bottomLine->setTabChangesFocus(true);
    m_bottomLine->setMaximumHeight(m_bottomLine->fontMetrics().lineSpacing() * 5 + 12);
    auto *bottomLabel = new QLabel(tr("&Bottom line (diagnosis, plan, what is asked of the referrer)"), box);
    bottomLabel->setBuddy(m_bottomLine);
    bottomLabel->setWordWrap(true);
    form->addRow(bottomLabel);
    form->addRow(m_bottomLine);
    m_bottomLineProblem = makeErrorLabel(box);
    m_bottomLineProblem->setObjectName(u"bottomLineProblem"_s);
    form->addRow(m_bottomLineProblem);
    m_followUp = new QLineEdit(box);
    m_followUp->setObjectName(u"followUp"_s);
    m_followUp->setAccessibleName(tr("Follow-up"));
    m_followUp->setMaxLength(200);
    m_followUp->setPlaceholderText(tr("e.g. in 2–3 weeks"));
    form->addRow(tr("&Follow-up"), m_followUp);
    m_copies = new QLineEdit(box);
    m_copies->setObjectName(u"copiesTo"_s);
    m_copies->setAccessibleName(tr("Copies to, beyond the patient and the referring clinician"));
    m_copies->setMaxLength(500);
    m_copies->setPlaceholderText(tr("Surgeon, physical therapist… separated by semicolons"));
    form->addRow(tr("&Copies to"), m_copies);
    connect(m_bottomLine, &QPlainTextEdit::textChanged, this, &PlanPage::markChanged);
    connect(m_followUp, &QLineEdit::textEdited, this, &PlanPage::markChanged);
    connect(m_copies, &QLineEdit::textEdited, this, &PlanPage::markChanged);
    return box;
}

Plans::PlanContext PlanPage::context(const QList<Plans::ProblemEntry> &problems) const
{
    return planContext(m_visit, m_inputs, &m_summary, problems);
}

Plans::TreatmentPlan PlanPage::proposal(const QList<Plans::ProblemEntry> &problems) const
{
    Plans::PlanContext c = context(problems);
    if (c.problems.isEmpty())
        c.problems = m_previous ? m_previous->plan.problems : Plans::proposeProblems(c);
    // A follow-up starts from the episode's signed plan, carried over, with the change in words.
    if (m_previous)
        return proposeFollowUpPlan(m_previous->plan, c);
    return Plans::proposePlan(c);
}

void PlanPage::load(bool offerSuggestions)
{
    m_autosave.stop();
    m_loading = true;
    // Suggestions not accepted yet in this session stay marked across a reload.
    QSet<QString> stillNew;
    for (const PlanItemCard *c : m_items->cards())
        if (c->isNew())
            stillNew << c->itemId();
    m_inputs = loadVisitInputs(m_db, m_visit.id);
    m_previous.reset();
    if (m_visit.kind == VisitKind::FollowUp)
        m_previous = PlanRepository(m_db).signedPlanBefore(m_visit.episodeId, m_visit.visitDate, m_visit.id);
    QString error;
    m_stored = PlanRepository(m_db, m_clinicianId).load(m_visit.id, &error);
    m_loadError = m_stored ? QString() : (error.isEmpty() ? tr("unknown error") : error);
    m_rowVersion = m_stored ? m_stored->plan.rowVersion : 0;
    const bool signedPlan = m_visit.isSigned() || (m_stored && m_stored->isSigned);
    m_readOnly = m_readOnly || signedPlan;
    m_addendum = false;
    QString notice;
    bool changedByRecord = false;
    if (!m_stored) {
        showPlan(Plans::TreatmentPlan{}, {});
        notice = u"⚠ "_s + tr("The saved plan cannot be read, so it is shown read-only and nothing is overwritten: %1").arg(m_loadError);
    } else if (m_readOnly) {
        showPlan(m_stored->current(), {});
        if (!m_stored->isSigned && m_rowVersion == 0)
            notice = tr("This visit was signed without a treatment plan.");
    } else if (m_rowVersion == 0) {
        // Never saved: proposed afresh from what the earlier steps stored now.
        Plans::TreatmentPlan p = proposal({});
        QSet<QString> ids;
        for (const Plans::PlanItem &i : std::as_const(p.items))
            ids << i.id;
        showPlan(p, ids);
        notice = m_previous
            ? tr("Carried over from the signed plan of %1, with the follow-up and the questionnaires to repeat proposed again "
                 "from this visit. Not saved yet: review each item and the goals with the patient; your first change saves "
                 "the plan as a draft.")
                  .arg(QLocale().toString(m_previous->visitDate, QLocale::ShortFormat))
            : tr("Proposed from this visit's record and not saved yet. Accept, edit or remove each item and agree goals "
                 "with the patient; your first change saves the plan as a draft.");
    } else if (!offerSuggestions) {
        showPlan(m_stored->plan, stillNew);
    } else {
        // What the record suggests now is saved straight away, so the plan on screen is the
        // plan that gets signed; "new" marks it until the clinician accepts, edits or removes it.
        Plans::TreatmentPlan p = m_stored->plan;
        QSet<QString> before;
        for (const Plans::PlanItem &i : std::as_const(p.items))
            before << i.id;
        const Plans::TreatmentPlan proposed = proposal(p.problems);
        const QStringList refreshed = Plans::refreshProposed(p, proposed);
        QSet<QString> newIds(refreshed.begin(), refreshed.end());
        Plans::mergeProposal(p, proposed);
        for (const Plans::PlanItem &i : std::as_const(p.items))
            if (!before.contains(i.id) || stillNew.contains(i.id))
                newIds << i.id;
        changedByRecord = !(p == m_stored->plan);
        showPlan(p, newIds);
    }
    if (!m_inputs.errors.isEmpty())
        notice += (notice.isEmpty() ? QString() : u"\n"_s) + u"⚠ "_s + m_inputs.errors.join(u"\n⚠ "_s);
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    m_loading = false;
    m_dirty = false;
    m_conflict = false;
    m_conflictBanner->hide();
    if (!m_loadError.isEmpty())
        m_state->setText(u"⚠ "_s + tr("Not saved: the stored plan cannot be read."));
    else if (m_readOnly)
        m_state->setText(tr("This visit is signed. The plan changes only by addendum."));
    else
        m_state->setText(m_rowVersion > 0 ? tr("All changes saved.") : tr("Nothing saved yet."));
    updateBlockers();
    updateRevisions();
    applyEditable();
    updateSigning();
    if (changedByRecord) {
        m_dirty = true;
        m_state->setText(tr("Saving…"));
        m_autosave.start();
    }
}

void PlanPage::showPlan(const Plans::TreatmentPlan &plan, const QSet<QString> &newIds)
{
    const bool loading = m_loading;
    m_loading = true;
    m_problems->setProblems(plan.problems);
    m_items->setItems(plan.items, newIds);
    m_goals->setGoals(plan.goals);
    m_bottomLine->setPlainText(plan.bottomLine);
    m_followUp->setText(plan.followUp);
    m_copies->setText(plan.copiesTo.join(u"; "_s));
    m_loading = loading;
    updateAdvisories();
}

Plans::TreatmentPlan PlanPage::plan() const
{
    Plans::TreatmentPlan p;
    p.visitId = m_visit.id;
    p.rowVersion = m_rowVersion;
    p.problems = m_problems->problems();
    p.items = m_items->items();
    p.goals = m_goals->goals();
    p.bottomLine = m_bottomLine->toPlainText().trimmed();
    p.followUp = m_followUp->text().trimmed();
    p.copiesTo = splitCopies(m_copies->text());
    return p;
}

Plans::LowValueContext PlanPage::lowValueContext() const
{
    return Plans::lowValueContext(context(m_problems->problems()));
}

void PlanPage::updateAdvisories()
{
    const Plans::LowValueContext checks = lowValueContext();
    m_items->setContext(checks);
    int shown = 0, kept = 0;
    for (const Plans::PlanItem &item : m_items->items())
        for (const Plans::LowValueWarning &w : Plans::checkItem(item, checks)) {
            ++shown;
            kept += Plans::isKept(item, w.code);
        }
    const QString count = shown == 1 ? tr("1 low-value-care advisory on this plan") : tr("%1 low-value-care advisories on this plan").arg(shown);
    m_advisories->setText(shown == 0 ? QString()
                                     : u"⚠ "_s + tr("%1, %2 kept with a reason. Advisories never block signing.").arg(count).arg(kept));
    m_advisories->setVisible(shown > 0);
}

void PlanPage::markChanged()
{
    if (m_loading)
        return;
    updateSigning();
    if (m_readOnly && !m_addendum)
        return;
    m_dirty = true;
    if (!m_addendum && !m_conflict && m_loadError.isEmpty()) {
        m_state->setText(tr("Saving…"));
        m_autosave.start();
    }
    emit changed();
}

bool PlanPage::saveNow()
{
    m_autosave.stop();
    if (m_conflict || !m_loadError.isEmpty())
        return false;
    if (!m_dirty || m_readOnly || m_addendum)
        return true;
    Plans::TreatmentPlan p = plan();
    const SaveResult result = PlanRepository(m_db, m_clinicianId).save(p);
    m_conflict = showSaveResult(result, m_state, m_conflictBanner);
    if (!result.ok())
        return false;
    m_rowVersion = p.rowVersion;
    if (m_stored)
        m_stored->plan = p;
    m_dirty = false;
    m_notice->hide(); // "not saved yet" no longer holds
    updateSigning();
    emit saved();
    return true;
}

QStringList PlanPage::problemsForSigning() const
{
    return plan().problemsForSigning(m_visit.visitDate);
}

void PlanPage::updateSigning()
{
    const Plans::TreatmentPlan p = plan();
    // Beside the fields: what signing still needs from them.
    QString goalProblem;
    if (p.goals.isEmpty())
        goalProblem = tr("Signing needs at least one goal with a target date after the visit.");
    m_goals->setProblem(m_readOnly && !m_addendum ? QString() : goalProblem);
    QHash<QString, QString> itemProblems;
    for (const Plans::PlanItem &i : p.items)
        if (!i.removed && i.text.trimmed().isEmpty())
            itemProblems.insert(i.id, tr("Say what is planned, or remove the item."));
    m_items->setProblems(itemProblems);
    const bool noBottomLine = p.bottomLine.isEmpty() && !(m_readOnly && !m_addendum);
    m_bottomLineProblem->setText(noBottomLine ? u"⚠ "_s + tr("The letter starts with the bottom line; signing needs it.") : QString());
    m_bottomLineProblem->setVisible(noBottomLine);

    if (m_readOnly && !m_addendum) {
        m_signing->hide();
        return;
    }
    // Open red flags and safety alerts first: they stop the signature as surely as the plan does.
    const QStringList problems = m_blockers + p.problemsForSigning(m_visit.visitDate);
    m_signing->setText(problems.isEmpty() ? QString(u"✓ "_s + tr("The plan is complete enough to sign."))
                                          : QString(u"⚠ "_s + tr("Before the plan can be signed:") + u"\n• "_s + problems.join(u"\n• "_s)));
    m_signing->setVisible(true);
}

void PlanPage::applyEditable()
{
    const bool editable = m_loadError.isEmpty() && (!m_readOnly || m_addendum);
    m_problems->setReadOnly(!editable);
    m_items->setReadOnly(!editable);
    m_goals->setReadOnly(!editable);
    m_bottomLine->setReadOnly(!editable);
    m_followUp->setReadOnly(!editable);
    m_copies->setReadOnly(!editable);
    m_startAddendum->setVisible(m_readOnly && !m_addendum && m_loadError.isEmpty());
    m_addendumEditor->setVisible(m_addendum);
}

void PlanPage::setReadOnly(bool readOnly)
{
    if (readOnly && m_dirty && !m_addendum)
        saveNow();
    m_readOnly = readOnly;
    if (readOnly)
        m_state->setText(tr("This visit is signed. The plan changes only by addendum."));
    applyEditable();
    updateSigning();
}

void PlanPage::setVisit(const Visit &visit)
{
    if (!m_readOnly && m_dirty)
        saveNow();
    m_visit = visit;
    m_readOnly = visit.isSigned();
    load(false);
}

void PlanPage::setAssessmentSummary(const AssessmentSummary &summary)
{
    m_summary = summary;
    updateAdvisories();
    updateBlockers(); // a red flag or alert acknowledged at the Assessment step
    updateSigning();
}

void PlanPage::updateBlockers()
{
    m_blockers.clear();
    if (m_readOnly && !m_addendum)
        return;
    for (const SignBlocker &b : signBlockersForVisit(m_db, m_visit.id))
        m_blockers << b.message;
}

void PlanPage::refreshFromVisit()
{
    if (m_addendum)
        return; // the clinician is editing a copy; nothing is re-proposed under them
    if (m_dirty && !saveNow())
        return; // a conflict or failure is on screen; reloading would lose the changes
    load(true);
}

int PlanPage::newSuggestionCount() const
{
    return m_items->newCount();
}

int PlanPage::unansweredAdvisories() const
{
    const Plans::LowValueContext checks = lowValueContext();
    int n = 0;
    for (const Plans::PlanItem &item : m_items->items())
        for (const Plans::LowValueWarning &w : Plans::checkItem(item, checks))
            n += !Plans::isKept(item, w.code);
    return n;
}

} // namespace SpineDesk
