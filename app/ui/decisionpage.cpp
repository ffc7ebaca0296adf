#include "ui/decisionpage.h"

#include "core/durationclass.h"
#include "core/esicriteria.h"
#include "storage/clinicianrepository.h"
#include "storage/decisionrepository.h"
#include "storage/intakerepository.h"
#include "ui/aidview.h"
#include "ui/draftstatus.h"
#include "ui/esicriteriapanel.h"
#include "ui/visitcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
const QString kEsiAid = u"epidural-steroid-injection"_s;

template<typename E, typename Code, typename Label>
void fillCombo(QComboBox *combo, const QList<E> &values, Code code, Label label)
{
    for (E e : values)
        combo->addItem(label(e), code(e));
}

template<typename E, typename FromCode>
E comboValue(const QComboBox *combo, FromCode fromCode, E fallback)
{
    return fromCode(combo->currentData().toString()).value_or(fallback);
}

void selectCode(QComboBox *combo, const QString &code)
{
    combo->setCurrentIndex(std::max(0, int(combo->findData(code))));
}

QString yesNoLabel(YesNoUnknown v)
{
    switch (v) {
    case YesNoUnknown::Yes: return DecisionPage::tr("Yes");
    case YesNoUnknown::No: return DecisionPage::tr("No");
    case YesNoUnknown::NotRecorded: break;
    }
    return DecisionPage::tr("Not recorded");
}

QList<YesNoUnknown> yesNoValues()
{
    return {YesNoUnknown::NotRecorded, YesNoUnknown::Yes, YesNoUnknown::No};
}
} // namespace

DecisionPage::DecisionPage(QSqlDatabase db, qint64 clinicianId, const Visit &visit, const Patient &patient,
                           const Instruments::Library &instruments, const Aids::AidLibrary &aids, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
    , m_visit(visit)
    , m_patient(patient)
    , m_instruments(instruments)
    , m_aids(aids)
{
    m_loading = true; // until the considerations are loaded, filling the form is no change
    if (const auto me = ClinicianRepository(m_db).find(m_clinicianId))
        m_clinicianName = me->name; // a plain name: the participants line is comma-separated
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &DecisionPage::saveNow);

    QPushButton *reload = nullptr;
    m_conflictBanner = makeConflictBanner(this, tr("⚠ What is being considered was changed in another window or on another "
                                                   "workstation. Your latest changes are still on screen but were not saved. "
                                                   "Reload to see the saved version."),
                                          tr("Reload what is being considered"), &reload);
    connect(reload, &QPushButton::clicked, this, &DecisionPage::loadConsiderations);

    auto *left = new QWidget;
    auto *ll = new QVBoxLayout(left);
    ll->addWidget(buildConsiderations());
    ll->addWidget(buildAids());
    ll->addStretch();
    m_state = new QLabel(left);
    m_state->setObjectName(u"considerationsState"_s);
    m_state->setAccessibleName(tr("Save status"));
    m_state->setWordWrap(true);
    ll->addWidget(m_state);
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(260);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"decisionTabs"_s);
    m_tabs->setAccessibleName(tr("Open decision aids and the ESI criteria"));
    m_tabs->setTabsClosable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &DecisionPage::closeTab);
    m_esi = new EsiCriteriaPanel(m_tabs);
    m_esi->setObjectName(u"esiPanel"_s);
    m_tabs->addTab(m_esi, tr("ESI criteria"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    auto *placeholder = new QLabel(tr("Open a suggested decision aid, or choose any aid on the left, to go through it with the patient."),
                                   this);
    placeholder->setObjectName(u"decisionPlaceholder"_s);
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignCenter);
    m_right = new QStackedWidget(this);
    m_right->addWidget(placeholder);
    m_right->addWidget(m_tabs);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(leftScroll);
    split->addWidget(m_right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({330, 870});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_conflictBanner);
    layout->addWidget(split, 1);

    m_intake = IntakeRepository(m_db).load(m_visit.id);
    loadConsiderations();
    openSavedRecords();
    setReadOnly(m_visit.isSigned());
}

DecisionPage::~DecisionPage()
{
    blockSignals(true); // the workflow that listens is being destroyed
    if (!m_readOnly)
        saveNow();
    for (AidView *v : std::as_const(m_views))
        disconnect(v, nullptr, this, nullptr);
}

QGroupBox *DecisionPage::buildConsiderations()
{
    auto *box = new QGroupBox(tr("What is being considered"), this);
    auto *form = new QFormLayout(box);
    // Labels above their fields in this narrow column; "wrap long rows" miscomputes the height.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto addField = [this](const QString &name, QWidget *w, const QString &accessibleName) {
        w->setObjectName(name);
        w->setAccessibleName(accessibleName);
        m_fields.insert(name, w);
    };
    auto combo = [this, box](auto connectTo) {
        auto *c = new QComboBox(box);
        c->setFocusPolicy(Qt::StrongFocus);
        // Long labels must not widen the narrow column; the open list shows them in full.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
        connect(c, &QComboBox::currentIndexChanged, this, connectTo);
        return c;
    };
    auto markChangedSlot = [this] { markChanged(); };

    m_claudication = combo(markChangedSlot);
    fillCombo(m_claudication, yesNoValues(), yesNoCode, yesNoLabel);
    addField(u"neurogenicClaudication"_s, m_claudication, tr("Neurogenic claudication"));
    m_claudication->setToolTip(tr("Leg pain, heaviness or weakness on walking or standing, eased by sitting or bending forward."));
    form->addRow(tr("Neurogenic &claudication"), m_claudication);

    m_surgery = new QCheckBox(tr("S&urgery discussed"), box);
    m_fusion = new QCheckBox(tr("&Fusion discussed"), box);
    m_injection = new QCheckBox(tr("Epidural steroid &injection considered"), box);
    addField(u"surgeryDiscussed"_s, m_surgery, tr("Surgery discussed"));
    addField(u"fusionDiscussed"_s, m_fusion, tr("Fusion discussed"));
    addField(u"injectionConsidered"_s, m_injection, tr("Epidural steroid injection considered"));
    for (QCheckBox *b : {m_surgery, m_fusion, m_injection}) {
        connect(b, &QCheckBox::toggled, this, &DecisionPage::markChanged);
        form->addRow(b);
    }
    connect(m_injection, &QCheckBox::toggled, this, &DecisionPage::updateInjectionFields);

    // The planned injection, as the ESI criteria need it (esi-and-authorization.md §4).
    auto *inj = new QGroupBox(tr("Planned injection"), box);
    m_injectionBox = inj;
    auto *jf = new QFormLayout(inj);
    jf->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_guidance = combo(markChangedSlot);
    fillCombo(m_guidance, injectionGuidances(), injectionGuidanceCode, injectionGuidanceLabel);
    addField(u"guidance"_s, m_guidance, tr("Image guidance"));
    jf->addRow(tr("&Guidance"), m_guidance);
    m_approach = combo(markChangedSlot);
    fillCombo(m_approach, injectionApproaches(), injectionApproachCode, injectionApproachLabel);
    addField(u"approach"_s, m_approach, tr("Approach"));
    jf->addRow(tr("&Approach"), m_approach);
    m_levels = new QSpinBox(inj);
    m_levels->setRange(0, 6);
    m_levels->setSpecialValueText(tr("Not recorded"));
    addField(u"levels"_s, m_levels, tr("Number of levels"));
    connect(m_levels, &QSpinBox::valueChanged, this, &DecisionPage::markChanged);
    jf->addRow(tr("Number of &levels"), m_levels);
    m_contiguous = new QCheckBox(tr("Levels are contiguous"), inj);
    addField(u"contiguousLevels"_s, m_contiguous, tr("Levels are contiguous"));
    connect(m_contiguous, &QCheckBox::toggled, this, &DecisionPage::markChanged);
    jf->addRow(m_contiguous);
    m_injectate = combo(markChangedSlot);
    fillCombo(m_injectate, injectates(), injectateCode, injectateLabel);
    addField(u"injectate"_s, m_injectate, tr("Injectate"));
    jf->addRow(tr("Inj&ectate"), m_injectate);
    m_sedation = combo(markChangedSlot);
    fillCombo(m_sedation, yesNoValues(), yesNoCode, yesNoLabel);
    addField(u"deepSedation"_s, m_sedation, tr("Deep sedation planned"));
    jf->addRow(tr("&Deep sedation"), m_sedation);
    m_noPrior = new QCheckBox(tr("Confirmed: no prior spinal in&jections"), inj);
    addField(u"noPriorInjections"_s, m_noPrior, tr("Confirmed: no previous spinal injections"));
    connect(m_noPrior, &QCheckBox::toggled, this, &DecisionPage::markChanged);
    jf->addRow(m_noPrior);
    m_priorWarning = new QLabel(inj);
    m_priorWarning->setObjectName(u"priorInjectionWarning"_s);
    m_priorWarning->setWordWrap(true);
    m_priorWarning->hide();
    jf->addRow(m_priorWarning);
    m_ptReason = new QLineEdit(inj);
    m_ptReason->setMaxLength(300);
    m_ptReason->setPlaceholderText(tr("Only if physical therapy was not tolerated"));
    addField(u"physicalTherapyNotTolerated"_s, m_ptReason, tr("Why physical therapy was not tolerated"));
    connect(m_ptReason, &QLineEdit::textEdited, this, &DecisionPage::markChanged);
    auto *ptLabel = new QLabel(tr("Why &physical therapy was not tolerated"), inj);
    ptLabel->setBuddy(m_ptReason);
    jf->addRow(ptLabel, m_ptReason);
    form->addRow(inj);
    return box;
}

QGroupBox *DecisionPage::buildAids()
{
    auto *box = new QGroupBox(tr("Decision aids"), this);
    auto *v = new QVBoxLayout(box);
    auto *heading = new QLabel(tr("Suggested from this visit's record:"), box);
    v->addWidget(heading);
    m_suggestionBox = new QWidget(box);
    m_suggestionBox->setObjectName(u"suggestions"_s);
    m_suggestionBox->setAccessibleName(tr("Suggested decision aids"));
    m_suggestionList = new QVBoxLayout(m_suggestionBox);
    m_suggestionList->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_suggestionBox);

    m_chooser = new QComboBox(box);
    m_chooser->setObjectName(u"aidChooser"_s);
    m_chooser->setAccessibleName(tr("Any decision aid"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(10);
    QStringList unavailable;
    for (const Aids::AidEntry &e : m_aids.entries()) {
        if (e.available()) {
            m_chooser->addItem(tr("%1 (version %2)").arg(contentText(e.aid->title, m_patient.preferredLanguage), e.aid->version), e.id);
        } else {
            m_chooser->addItem(tr("%1 — unavailable").arg(e.id), e.id);
            if (auto *model = qobject_cast<QStandardItemModel *>(m_chooser->model()))
                model->item(m_chooser->count() - 1)->setEnabled(false);
            unavailable << tr("%1: %2").arg(e.id, e.errors.isEmpty() ? tr("unknown error") : e.errors.join(u"; "_s));
        }
    }
    for (const QString &e : m_aids.registryErrors())
        unavailable << tr("Evidence registry: %1").arg(e);
    auto *open = new QPushButton(tr("&Open"), box);
    open->setObjectName(u"openChosenAid"_s);
    open->setAccessibleName(tr("Open the chosen decision aid"));
    connect(open, &QPushButton::clicked, this, [this] { openAid(m_chooser->currentData().toString()); });
    auto *chooserLabel = new QLabel(tr("An&y aid:"), box);
    chooserLabel->setBuddy(m_chooser);
    auto *row = new QHBoxLayout;
    row->addWidget(chooserLabel);
    row->addWidget(m_chooser, 1);
    row->addWidget(open);
    v->addSpacing(6);
    v->addLayout(row);
    for (int i = 0; i < m_chooser->count(); ++i)
        if (m_aids.find(m_chooser->itemData(i).toString())) {
            m_chooser->setCurrentIndex(i);
            break;
        }

    m_unavailable = new QLabel(box);
    m_unavailable->setObjectName(u"unavailableAids"_s);
    m_unavailable->setAccessibleName(tr("Unavailable decision aids"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setTextFormat(Qt::PlainText);
    m_unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unavailable->setText(unavailable.isEmpty() ? QString()
                                                 : u"⚠ "_s + tr("Not available (fix the file or update SpineDesk):") + u"\n"_s
                                                       + unavailable.join(u'\n'));
    m_unavailable->setVisible(!unavailable.isEmpty());
    if (m_aids.entries().isEmpty()) {
        m_unavailable->setText(u"⚠ "_s + tr("No decision aids are installed."));
        m_unavailable->show();
    }
    v->addWidget(m_unavailable);
    return box;
}

void DecisionPage::loadConsiderations()
{
    m_autosave.stop();
    m_loading = true;
    QString error;
    const auto loaded = DecisionRepository(m_db, m_clinicianId).considerations(m_visit.id, &error);
    m_loadError = loaded ? QString() : error;
    const TreatmentConsiderations c = loaded.value_or(TreatmentConsiderations{});
    m_rowVersion = c.rowVersion;
    selectCode(m_claudication, yesNoCode(c.neurogenicClaudication));
    m_surgery->setChecked(c.surgeryDiscussed);
    m_fusion->setChecked(c.fusionDiscussed);
    m_injection->setChecked(c.injectionConsidered);
    selectCode(m_guidance, injectionGuidanceCode(c.guidance));
    selectCode(m_approach, injectionApproachCode(c.approach));
    m_levels->setValue(c.levels);
    m_contiguous->setChecked(c.contiguousLevels);
    selectCode(m_injectate, injectateCode(c.injectate));
    selectCode(m_sedation, yesNoCode(c.deepSedation));
    m_noPrior->setChecked(c.noPriorInjections);
    m_ptReason->setText(c.physicalTherapyNotTolerated);
    m_loading = false;
    m_dirty = false;
    m_conflict = false;
    m_conflictBanner->hide();
    m_state->setText(loadedStateText(m_loadError, m_readOnly, m_rowVersion));
    updateInjectionFields();
    setReadOnly(m_readOnly);
    updateSuggestions();
    updateEsi();
}

TreatmentConsiderations DecisionPage::considerations() const
{
    TreatmentConsiderations c;
    c.visitId = m_visit.id;
    c.rowVersion = m_rowVersion;
    c.neurogenicClaudication = comboValue(m_claudication, yesNoFromCode, YesNoUnknown::NotRecorded);
    c.surgeryDiscussed = m_surgery->isChecked();
    c.fusionDiscussed = m_fusion->isChecked();
    c.injectionConsidered = m_injection->isChecked();
    c.guidance = comboValue(m_guidance, injectionGuidanceFromCode, InjectionGuidance::NotRecorded);
    c.approach = comboValue(m_approach, injectionApproachFromCode, InjectionApproach::NotRecorded);
    c.levels = m_levels->value();
    c.contiguousLevels = m_contiguous->isChecked();
    c.injectate = comboValue(m_injectate, injectateFromCode, Injectate::NotRecorded);
    c.deepSedation = comboValue(m_sedation, yesNoFromCode, YesNoUnknown::NotRecorded);
    c.noPriorInjections = m_noPrior->isChecked();
    c.physicalTherapyNotTolerated = m_ptReason->text().trimmed();
    return c;
}

void DecisionPage::markChanged()
{
    if (m_loading)
        return;
    updateSuggestions();
    updateEsi();
    if (m_readOnly || !m_loadError.isEmpty())
        return;
    m_dirty = true;
    if (!m_conflict) {
        m_state->setText(tr("Saving…"));
        m_autosave.start();
    }
    emit changed();
}

void DecisionPage::updateInjectionFields()
{
    // Hidden rather than greyed: the planned-injection details only matter when one is considered.
    m_injectionBox->setVisible(m_injection->isChecked());
    const bool listed = !m_intake.injections.isEmpty();
    m_priorWarning->setText(u"⚠ "_s + tr("The intake lists %n previous injection(s).", nullptr, int(m_intake.injections.size())));
    m_priorWarning->setVisible(listed && m_noPrior->isChecked());
    updateTabs();
}

void DecisionPage::refreshFromVisit()
{
    m_intake = IntakeRepository(m_db).load(m_visit.id);
    updateInjectionFields();
    updateSuggestions();
    updateEsi();
}

void DecisionPage::setAssessmentSummary(const AssessmentSummary &summary)
{
    m_summary = summary;
    updateEsi();
}

void DecisionPage::updateSuggestions()
{
    Aids::SuggestionInput in;
    in.dominance = m_intake.dominance;
    in.duration = durationClass(m_intake.onsetDate, m_visit.visitDate);
    in.imaging = m_intake.imaging;
    in.considerations = considerations();
    m_suggestions = Aids::suggestAids(in);

    while (QLayoutItem *item = m_suggestionList->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Aids::AidSuggestion &s : std::as_const(m_suggestions)) {
        const Aids::DecisionAid *aid = m_aids.find(s.aidId);
        auto *row = new QFrame(m_suggestionBox);
        row->setObjectName(u"suggestion-"_s + s.aidId);
        row->setFrameShape(QFrame::StyledPanel);
        auto *g = new QGridLayout(row);
        auto *title = new QLabel(aid ? contentText(aid->title, m_patient.preferredLanguage) : s.aidId, row);
        title->setWordWrap(true);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *reason = new QLabel(s.reason, row);
        reason->setObjectName(u"reason"_s);
        reason->setWordWrap(true);
        g->addWidget(title, 0, 0);
        g->addWidget(reason, 1, 0);
        if (aid) {
            auto *open = new QPushButton(m_views.contains(s.aidId) ? tr("Show") : tr("Open"), row);
            open->setObjectName(u"open-"_s + s.aidId);
            open->setAccessibleName(tr("Open the decision aid: %1").arg(title->text()));
            open->setAccessibleDescription(s.reason);
            connect(open, &QPushButton::clicked, this, [this, id = s.aidId] { openAid(id); });
            g->addWidget(open, 0, 1, 2, 1, Qt::AlignVCenter);
        } else {
            auto *why = new QLabel(u"⚠ "_s + tr("This aid is not available; see below."), row);
            why->setWordWrap(true);
            g->addWidget(why, 2, 0);
        }
        g->setColumnStretch(0, 1);
        m_suggestionList->addWidget(row);
    }
    if (m_suggestions.isEmpty()) {
        auto *none = new QLabel(tr("None yet. Suggestions come from the dominant pain and the imaging in the intake, "
                                   "and from what is being considered above."),
                                m_suggestionBox);
        none->setObjectName(u"noSuggestion"_s);
        none->setWordWrap(true);
        m_suggestionList->addWidget(none);
    }
}

void DecisionPage::updateEsi()
{
    VisitInputs in; // what the form shows now, with the stored examination and records
    in.intake = m_intake;
    in.considerations = considerations();
    loadExaminationAndDecisions(m_db, m_visit.id, in);
    m_esi->setCheck(checkEsiCriteria(esiInput(m_visit, in, m_summary ? &*m_summary : nullptr)));
    updateTabs();
}

bool DecisionPage::esiPanelShown() const
{
    return m_right->currentWidget() == m_tabs && m_tabs->isTabVisible(m_tabs->indexOf(m_esi));
}

void DecisionPage::updateTabs()
{
    if (!m_tabs)
        return;
    const bool esi = m_injection->isChecked() || m_views.contains(kEsiAid);
    m_tabs->setTabVisible(m_tabs->indexOf(m_esi), esi);
    m_right->setCurrentWidget(esi || !m_views.isEmpty() ? static_cast<QWidget *>(m_tabs) : m_right->widget(0));
}

AidView *DecisionPage::openAid(const QString &aidId)
{
    if (AidView *open = m_views.value(aidId)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    const Aids::DecisionAid *aid = m_aids.find(aidId);
    if (!aid)
        return nullptr;
    const Instruments::LibraryEntry *sureEntry = m_instruments.entry(u"sure"_s);
    const Instruments::Definition *sure = m_instruments.find(u"sure"_s);
    const QString sureError = sure ? QString()
                            : sureEntry ? sureEntry->errors.join(u"; "_s)
                                        : tr("the instrument is not installed");
    auto *view = new AidView(m_db, m_clinicianId, m_visit, *aid, m_aids.registry(), sure, sureError, m_patient.preferredLanguage,
                             m_clinicianName, m_tabs);
    view->setReadOnly(m_readOnly);
    m_views.insert(aidId, view);
    const int index = m_tabs->addTab(view, contentText(aid->title, view->language()));
    m_tabs->setTabToolTip(index, contentText(aid->decision, view->language()));
    connect(view, &AidView::saved, this, [this] {
        updateEsi(); // "a decision aid used" is one of the criteria
        emit saved();
    });
    connect(view, &AidView::changed, this, &DecisionPage::changed);
    connect(view, &AidView::languageChanged, this, [this, view](const QString &lang) {
        const int at = m_tabs->indexOf(view);
        m_tabs->setTabText(at, contentText(view->aid().title, lang));
        m_tabs->setTabToolTip(at, contentText(view->aid().decision, lang));
    });
    m_tabs->setCurrentIndex(index);
    updateSuggestions(); // "Open" becomes "Show"
    updateTabs();
    return view;
}

void DecisionPage::closeTab(int index)
{
    auto *view = qobject_cast<AidView *>(m_tabs->widget(index));
    if (!view)
        return; // the ESI tab is shown while it applies
    view->saveNow();
    m_views.remove(view->aid().id);
    m_tabs->removeTab(index);
    view->deleteLater();
    updateSuggestions();
    updateTabs();
}

void DecisionPage::openSavedRecords()
{
    QString error;
    const auto records = DecisionRepository(m_db).forVisit(m_visit.id, &error);
    if (!records) {
        m_unavailable->setText(u"⚠ "_s + tr("The saved decision records cannot be read: %1").arg(error));
        m_unavailable->show();
        return;
    }
    QStringList missing;
    for (const Aids::DecisionRecord &r : *records) {
        if (!openAid(r.aidId))
            missing << tr("A decision record for “%1” (version %2) is saved with this visit, but the aid cannot be opened now.")
                           .arg(r.aidId, r.aidVersion);
    }
    if (!missing.isEmpty()) {
        m_unavailable->setText((m_unavailable->text().isEmpty() ? QString() : m_unavailable->text() + u"\n"_s) + u"⚠ "_s
                               + missing.join(u'\n'));
        m_unavailable->show();
    }
    if (m_tabs->count() > 1 && !records->isEmpty())
        if (AidView *first = m_views.value(records->first().aidId))
            m_tabs->setCurrentWidget(first);
}

bool DecisionPage::saveNow()
{
    m_autosave.stop();
    bool ok = true;
    if (m_dirty && !m_readOnly && !m_conflict && m_loadError.isEmpty()) {
        TreatmentConsiderations c = considerations();
        const SaveResult result = DecisionRepository(m_db, m_clinicianId).saveConsiderations(c);
        m_conflict = showSaveResult(result, m_state, m_conflictBanner);
        if (result.ok()) {
            m_rowVersion = c.rowVersion;
            m_dirty = false;
            emit saved();
        } else {
            ok = false;
        }
    } else if (m_conflict || !m_loadError.isEmpty()) {
        ok = false;
    }
    for (AidView *v : std::as_const(m_views))
        ok = v->saveNow() && ok;
    return ok;
}

bool DecisionPage::hasUnsavedChanges() const
{
    if (m_dirty)
        return true;
    for (const AidView *v : m_views)
        if (v->hasUnsavedChanges())
            return true;
    return false;
}

bool DecisionPage::hasRecordedDecision() const
{
    for (const AidView *v : m_views)
        if (v->hasSavedRecord() && !v->record().preferredOption.isEmpty())
            return true;
    return false;
}

void DecisionPage::setReadOnly(bool readOnly)
{
    if (readOnly && m_dirty)
        saveNow();
    m_readOnly = readOnly;
    const bool editable = !readOnly && m_loadError.isEmpty();
    for (QWidget *w : std::as_const(m_fields)) {
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            edit->setReadOnly(!editable);
        else
            w->setEnabled(editable);
    }
    for (AidView *v : std::as_const(m_views))
        v->setReadOnly(readOnly);
    if (readOnly)
        m_state->setText(tr("This visit is signed. Changes are recorded as addenda."));
}

} // namespace SpineDesk
