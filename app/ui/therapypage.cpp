#include "ui/therapypage.h"

#include "storage/examinationrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/therapyrepository.h"
#include "ui/accessibilitycolours.h"
#include "ui/certificationbox.h"
#include "ui/draftstatus.h"
#include "ui/fielderrors.h"
#include "ui/firstsessioneditor.h"
#include "ui/flagscreeneditor.h"
#include "ui/functionaltestseditor.h"
#include "ui/handoverpanel.h"
#include "ui/homeprogrameditor.h"
#include "ui/movementtestingeditor.h"
#include "ui/planofcareeditor.h"
#include "ui/romgrid.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Therapy;

namespace {
// Leaves out of the saved record each value named in errors, so the rest is saved while the
// therapist corrects it (as the Examination page does): a list row with a problem stays out
// until corrected; a first session or plan start with a problem is saved without it. False
// when a message names something this page cannot leave out.
bool withoutInvalid(TherapyRecord &r, const QMap<QString, QString> &errors, QDate visitDate)
{
    QSet<int> functional, lines, exercises;
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        const QStringList parts = it.key().split(u'.');
        const int index = parts.size() >= 2 ? parts.at(1).toInt() : -1;
        if (parts.first() == u"functional" && index >= 0)
            functional << index;
        else if (parts.first() == u"planOfCare" && index >= 0)
            lines << index;
        else if (parts.first() == u"homeProgram" && index >= 0)
            exercises << index;
        else if (parts.first() == u"session")
            r.session = FirstSession{};
        else if (it.key() == u"planStart")
            r.planStart = {};
        else
            return false;
    }
    const auto drop = [](auto &list, const QSet<int> &rows) {
        for (int i = int(list.size()) - 1; i >= 0; --i)
            if (rows.contains(i))
                list.removeAt(i);
    };
    drop(r.functional, functional);
    drop(r.planOfCare, lines);
    drop(r.homeProgram, exercises);
    return r.validate(visitDate).isEmpty();
}
} // namespace

TherapyPage::TherapyPage(QSqlDatabase db, qint64 clinicianId, const Visit &visit, FlagScreenEditor *flags, QWidget *parent,
                         const ExerciseLibrary *library)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
    , m_visit(visit)
    , m_library(library ? *library : ExerciseLibrary::bundled())
{
    setObjectName(u"therapyPage"_s);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &TherapyPage::saveNow);

    QPushButton *reload = nullptr;
    m_conflictBanner = makeConflictBanner(this, tr("⚠ This therapy record was changed in another window or on another workstation. "
                                                   "Your latest changes are still on screen but were not saved. Reload to see the "
                                                   "saved version."),
                                          tr("Reload the saved therapy record"), &reload);
    connect(reload, &QPushButton::clicked, this, &TherapyPage::load);
    m_state = new QLabel(this);
    m_state->setObjectName(u"therapyState"_s);
    m_state->setAccessibleName(tr("Save status"));
    m_state->setTextFormat(Qt::PlainText);

    // A required hand-over without a task blocks signing: said at the top, not only at the end.
    m_handoverRow = new QWidget(this);
    auto *hr = new QHBoxLayout(m_handoverRow);
    hr->setContentsMargins(0, 0, 0, 0);
    m_handoverBanner = new QLabel(m_handoverRow);
    m_handoverBanner->setObjectName(u"handoverBanner"_s);
    m_handoverBanner->setAccessibleName(tr("Hand-over needed"));
    m_handoverBanner->setWordWrap(true);
    m_handoverBanner->setStyleSheet(toneStyleSheet(u"handoverBanner"_s, Tone::Caution, u"padding: 4px; font-weight: bold;"_s));
    m_goToHandover = new QPushButton(tr("&Go to the hand-over"), m_handoverRow);
    m_goToHandover->setAccessibleName(tr("Go to the hand-over section"));
    hr->addWidget(m_handoverBanner, 1);
    hr->addWidget(m_goToHandover);

    auto *content = new QWidget;
    auto *cl = new QVBoxLayout(content);
    m_movement = new MovementTestingEditor(content);
    m_rom = new RomGrid(content);
    m_functional = new FunctionalTestsEditor(content);
    m_session = new FirstSessionEditor(m_visit.visitDate, content);
    m_planOfCare = new PlanOfCareEditor(m_visit.visitDate, content);
    m_home = new HomeProgramEditor(m_library, content);
    m_sections = {m_movement, m_rom, m_functional, m_session, m_planOfCare, m_home};
    for (TherapySection *s : std::as_const(m_sections)) {
        cl->addWidget(s);
        connect(s, &TherapySection::changed, this, &TherapyPage::markChanged);
    }
    m_otherErrors = makeErrorLabel(content);
    m_otherErrors->setObjectName(u"otherErrors"_s);
    m_otherErrors->setAccessibleName(tr("Other problems with the therapy record"));
    cl->addWidget(m_otherErrors);
    m_certification = new CertificationBox(m_db, m_clinicianId, m_visit, content);
    cl->addWidget(m_certification);
    m_handover = new HandoverPanel(m_db, m_clinicianId, m_visit, flags, content);
    cl->addWidget(m_handover);
    cl->addStretch();
    connect(m_certification, &CertificationBox::recorded, this, &TherapyPage::certificationChanged);
    connect(m_handover, &HandoverPanel::tasksChanged, this, [this] {
        updateHandoverBanner();
        emit handoversChanged();
    });
    // The hand-over panel re-reads the red-flag screen as it is edited (it connected first).
    if (flags)
        connect(flags, &FlagScreenEditor::changed, this, &TherapyPage::updateHandoverBanner);
    connect(m_home, &HomeProgramEditor::programChanged, this, [this] { m_session->setProgramExercises(m_home->programNames()); });
    connect(m_movement->classificationCombo(), &QComboBox::currentIndexChanged, this, &TherapyPage::updateSuggestions);
    connect(m_goToHandover, &QPushButton::clicked, this, [this] {
        m_scroll->ensureWidgetVisible(m_handover);
        if (QPushButton *b = m_handover->createButton(0); b && b->isEnabled())
            b->setFocus();
        else
            m_handover->adHocButton()->setFocus();
    });

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_conflictBanner);
    layout->addWidget(m_handoverRow);
    layout->addWidget(m_state);
    layout->addWidget(m_scroll, 1);
    load();
    refreshFromVisit();
}

TherapyPage::~TherapyPage()
{
    // Saved, but silently: the workflow that listens may be half torn down already (its other
    // pages deleted), and a "saved" signal into it crashed.
    const QSignalBlocker quiet(this);
    if (m_dirty)
        saveNow();
}

void TherapyPage::load()
{
    m_autosave.stop();
    m_loading = true;
    QString error;
    const auto loaded = TherapyRepository(m_db, m_clinicianId).load(m_visit.id, &error);
    // Unreadable stored data is shown as an error and never written over.
    m_loadError = loaded ? QString() : error;
    TherapyRecord r = loaded.value_or(TherapyRecord{});
    m_rowVersion = r.rowVersion;
    // The exercises' own text in the patient's preferred language (the sheet's default too).
    if (const auto patient = PatientRepository(m_db).find(m_visit.patientId))
        m_home->setPatientLanguage(patient->preferredLanguage);
    for (TherapySection *s : std::as_const(m_sections))
        s->setRecord(r);
    m_session->setProgramExercises(m_home->programNames());
    m_loading = false;
    m_dirty = false;
    m_conflict = false;
    m_conflictBanner->hide();
    updateSuggestions();
    showErrors();
    updateProblems();
    m_state->setText(loadedStateText(m_loadError, m_readOnly, m_rowVersion));
    setReadOnly(m_readOnly); // an unreadable record also locks the form
    emit changed();
}

TherapyRecord TherapyPage::record() const
{
    TherapyRecord r;
    r.visitId = m_visit.id;
    r.rowVersion = m_rowVersion;
    for (const TherapySection *s : m_sections)
        s->applyTo(r);
    return r;
}

void TherapyPage::refreshFromVisit()
{
    if (const auto exam = ExaminationRepository(m_db).load(m_visit.id))
        m_preference = exam->directionalPreference;
    m_movement->setExaminationPreference(m_preference);
    if (const auto stored = PlanRepository(m_db).load(m_visit.id); stored && stored->plan.rowVersion > 0)
        setPlan(stored->current());
    else
        setPlan(Plans::TreatmentPlan{});
    m_handover->refresh();
    m_certification->refresh();
    updateSuggestions();
    updateHandoverBanner();
}

void TherapyPage::setAssessmentSummary(const AssessmentSummary &summary)
{
    m_planOfCare->setPathway(summary.pathway);
}

void TherapyPage::setPlan(const Plans::TreatmentPlan &plan)
{
    m_plan = plan;
    m_handover->setPlan(plan.rowVersion > 0 || !plan.items.isEmpty() ? std::optional(plan) : std::nullopt);
    updateProblems();
    updateHandoverBanner();
}

QStringList TherapyPage::planOfCareProblems() const
{
    return Therapy::planOfCareProblems(record(), m_plan, m_visit.visitDate);
}

void TherapyPage::updateProblems()
{
    m_planOfCare->setProblems(planOfCareProblems());
}

void TherapyPage::updateSuggestions()
{
    const TbcClass c = tbcClassFromCode(m_movement->classificationCombo()->currentData().toString()).value_or(TbcClass::NotClassified);
    m_home->setSuggestionContext(m_preference, c);
}

void TherapyPage::updateHandoverBanner()
{
    const int unmet = m_handover->unmetRequiredCount();
    m_handoverRow->setVisible(unmet > 0);
    m_handoverBanner->setText(u"⚠ "_s
                              + (unmet == 1 ? tr("A red flag needs a hand-over to the physiatrist: signing is blocked until a task is "
                                                 "created (see “Hand over to the physiatrist” below).")
                                            : tr("%1 red flags need a hand-over to the physiatrist: signing is blocked until a task "
                                                 "is created for each (see “Hand over to the physiatrist” below).")
                                                  .arg(unmet)));
}

void TherapyPage::showErrors()
{
    const TherapyRecord r = record();
    m_errors = r.validate(m_visit.visitDate);
    const QMap<QString, QString> library = m_home->libraryErrors();
    for (auto it = library.begin(); it != library.end(); ++it)
        m_errors.insert(it.key(), it.value());
    QSet<QString> shown;
    for (TherapySection *s : std::as_const(m_sections))
        for (const QString &k : s->showErrors(m_errors))
            shown << k;
    QStringList rest;
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        if (!shown.contains(it.key()))
            rest << it.value();
    TherapyUi::setError(m_otherErrors, nullptr, rest.join(u' '));
}

void TherapyPage::markChanged()
{
    if (m_loading)
        return;
    updateProblems();
    if (m_readOnly || !m_loadError.isEmpty())
        return;
    m_dirty = true;
    // Messages appear as soon as a value is wrong, not only when saving.
    showErrors();
    if (!m_conflict) {
        m_state->setText(tr("Saving…"));
        m_autosave.start();
    }
    emit changed();
}

bool TherapyPage::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || m_readOnly || m_conflict || !m_loadError.isEmpty())
        return !m_conflict && m_loadError.isEmpty();
    TherapyRecord r = record();
    showErrors();
    const QMap<QString, QString> errors = r.validate(m_visit.visitDate);
    if (!errors.isEmpty() && !withoutInvalid(r, errors, m_visit.visitDate)) {
        m_state->setText(u"⚠ "_s + tr("Not saved: correct the entries marked ⚠."));
        return false;
    }
    const SaveResult result = TherapyRepository(m_db, m_clinicianId).save(r);
    m_conflict = showSaveResult(result, m_state, m_conflictBanner);
    if (!result.ok())
        return false;
    m_rowVersion = r.rowVersion;
    m_dirty = false;
    if (!errors.isEmpty())
        m_state->setText(u"⚠ "_s + tr("Saved, except the entries marked ⚠."));
    m_certification->refresh(); // the first treatment date starts the certification clock
    emit saved();
    return true;
}

void TherapyPage::setReadOnly(bool readOnly)
{
    if (readOnly && m_dirty)
        saveNow();
    m_readOnly = readOnly;
    const bool editable = !readOnly && m_loadError.isEmpty();
    for (TherapySection *s : std::as_const(m_sections))
        s->setEditable(editable);
    if (readOnly)
        m_state->setText(tr("This visit is signed. Changes are recorded as addenda."));
}

void TherapyPage::setVisit(const Visit &visit)
{
    m_visit = visit;
    m_certification->setVisit(visit);
    setReadOnly(visit.isSigned());
    refreshFromVisit();
}

} // namespace SpineDesk
