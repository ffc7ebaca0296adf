#include "ui/intakepage.h"

#include "core/durationclass.h"
#include "core/validation.h"
#include "storage/intakerepository.h"
#include "ui/datefield.h"
#include "ui/draftstatus.h"
#include "ui/entrytable.h"
#include "ui/fielderrors.h"
#include "ui/intakeentries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

IntakePage::IntakePage(QSqlDatabase db, qint64 actorId, const Visit &visit, const Patient &patient, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actorId(actorId)
    , m_visit(visit)
    , m_patient(patient)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &IntakePage::saveNow);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    QPushButton *reload = nullptr;
    m_conflictBanner = makeConflictBanner(content, tr("⚠ This intake was changed in another window or on another workstation. Your "
                                                      "latest changes are still on screen but were not saved. Reload to see the saved version."),
                                          tr("Reload the saved intake"), &reload);
    connect(reload, &QPushButton::clicked, this, &IntakePage::load);
    layout->addWidget(m_conflictBanner);

    auto *painBox = new QGroupBox(tr("Pain"), content);
    auto *pf = new QFormLayout(painBox);
    m_onset = new DateField(painBox);
    m_onset->setObjectName(u"onsetDate"_s);
    m_onset->setAccessibleName(tr("Pain onset date"));
    m_duration = new QLabel(painBox);
    m_duration->setObjectName(u"durationClass"_s);
    m_duration->setAccessibleName(tr("Duration class"));
    m_duration->setToolTip(durationClassCitation());
    m_onsetError = makeErrorLabel(painBox);
    auto *onsetRow = new QHBoxLayout;
    onsetRow->addWidget(m_onset);
    onsetRow->addWidget(m_duration, 1);
    auto *onsetLabel = new QLabel(tr("Pain &onset"), painBox);
    onsetLabel->setBuddy(m_onset);
    pf->addRow(onsetLabel, onsetRow);
    pf->addRow(QString(), m_onsetError);
    m_dominance = new QComboBox(painBox);
    m_dominance->setObjectName(u"dominance"_s);
    m_dominance->setAccessibleName(tr("Back- or leg-dominant pain"));
    for (auto d : {PainDominance::NotRecorded, PainDominance::Back, PainDominance::Leg})
        m_dominance->addItem(painDominanceLabel(d), painDominanceCode(d));
    pf->addRow(tr("&Dominant pain"), m_dominance);
    auto *regions = new QGridLayout;
    const auto allRegions = painRegions();
    for (int i = 0; i < allRegions.size(); ++i) {
        auto *box = new QCheckBox(allRegions[i].label, painBox);
        box->setObjectName(u"region-"_s + allRegions[i].code);
        box->setProperty("code", allRegions[i].code);
        m_regions << box;
        regions->addWidget(box, i / 2, i % 2);
        connect(box, &QCheckBox::toggled, this, &IntakePage::markChanged);
    }
    pf->addRow(tr("Pain diagram regions"), regions);
    layout->addWidget(painBox);

    auto *lifeBox = new QGroupBox(tr("Work and goals"), content);
    auto *lf = new QFormLayout(lifeBox);
    m_work = new QComboBox(lifeBox);
    m_work->setObjectName(u"workStatus"_s);
    m_work->setAccessibleName(tr("Work status"));
    for (auto s : workStatuses())
        m_work->addItem(workStatusLabel(s), workStatusCode(s));
    m_occupation = new QLineEdit(lifeBox);
    m_occupation->setObjectName(u"occupation"_s);
    m_occupation->setAccessibleName(tr("Occupation"));
    m_occupation->setMaxLength(200);
    m_goals = new QPlainTextEdit(lifeBox);
    m_goals->setObjectName(u"goals"_s);
    m_goals->setAccessibleName(tr("Goals in the patient's words"));
    m_goals->setTabChangesFocus(true);
    m_goals->setMaximumHeight(m_goals->fontMetrics().lineSpacing() * 4 + 12);
    lf->addRow(tr("&Work status"), m_work);
    lf->addRow(tr("O&ccupation"), m_occupation);
    lf->addRow(tr("&Goals, in the patient's words"), m_goals);
    layout->addWidget(lifeBox);

    // For a surgeon's prior authorization (esi-and-authorization.md §5.2): elective fusion needs a
    // documented nicotine-free status; the spine center records the status and any test.
    auto *nicotineBox = new QGroupBox(tr("Nicotine"), content);
    auto *nf = new QFormLayout(nicotineBox);
    m_nicotine = new QComboBox(nicotineBox);
    m_nicotine->setObjectName(u"nicotineStatus"_s);
    m_nicotine->setAccessibleName(tr("Nicotine status"));
    for (auto n : nicotineStatuses())
        m_nicotine->addItem(nicotineStatusLabel(n), nicotineStatusCode(n));
    m_nicotineDate = new DateField(nicotineBox);
    m_nicotineDate->setObjectName(u"nicotineDate"_s);
    m_nicotineDate->setAccessibleName(tr("Date the nicotine status was recorded or tested"));
    m_nicotineDateError = makeErrorLabel(nicotineBox);
    m_cotinine = new QLineEdit(nicotineBox);
    m_cotinine->setObjectName(u"cotinine"_s);
    m_cotinine->setAccessibleName(tr("Cotinine result, as reported"));
    m_cotinine->setPlaceholderText(tr("As reported, with units and date; blank if not tested"));
    m_cotinine->setMaxLength(200);
    nf->addRow(tr("&Nicotine status"), m_nicotine);
    nf->addRow(tr("Recorded or &tested on"), m_nicotineDate);
    nf->addRow(QString(), m_nicotineDateError);
    nf->addRow(tr("Coti&nine result"), m_cotinine);
    layout->addWidget(nicotineBox);

    m_care = new EntryTable(IntakeEntries::care(), content);
    m_meds = new EntryTable(IntakeEntries::medications(), content);
    m_injections = new EntryTable(IntakeEntries::injections(), content);
    m_imaging = new EntryTable(IntakeEntries::imaging(), content);
    for (auto *t : {m_care, m_meds, m_injections, m_imaging}) {
        layout->addWidget(t);
        connect(t, &EntryTable::changed, this, &IntakePage::markChanged);
    }
    layout->addStretch();

    m_state = new QLabel(this);
    m_state->setObjectName(u"saveState"_s);
    m_state->setAccessibleName(tr("Save status"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    outer->addWidget(m_state);

    connect(m_onset, &DateField::textChanged, this, [this] { updateDuration(); markChanged(); });
    connect(m_dominance, &QComboBox::currentIndexChanged, this, &IntakePage::markChanged);
    connect(m_work, &QComboBox::currentIndexChanged, this, &IntakePage::markChanged);
    connect(m_occupation, &QLineEdit::textChanged, this, &IntakePage::markChanged);
    connect(m_goals, &QPlainTextEdit::textChanged, this, &IntakePage::markChanged);
    connect(m_nicotine, &QComboBox::currentIndexChanged, this, &IntakePage::markChanged);
    connect(m_nicotineDate, &DateField::textChanged, this, [this] { updateNicotineDate(); markChanged(); });
    connect(m_cotinine, &QLineEdit::textChanged, this, &IntakePage::markChanged);
    load();
}

IntakePage::~IntakePage()
{
    if (m_dirty && !m_readOnly)
        saveNow();
}

QCheckBox *IntakePage::regionBox(const QString &code) const
{
    for (auto *box : m_regions)
        if (box->property("code").toString() == code)
            return box;
    return nullptr;
}

void IntakePage::load()
{
    m_loading = true;
    const Intake in = IntakeRepository(m_db, m_actorId).load(m_visit.id);
    m_rowVersion = in.rowVersion;
    m_onset->setDate(in.onsetDate);
    m_dominance->setCurrentIndex(std::max(0, int(m_dominance->findData(painDominanceCode(in.dominance)))));
    for (auto *box : m_regions)
        box->setChecked(in.painRegions.contains(box->property("code").toString()));
    m_work->setCurrentIndex(std::max(0, int(m_work->findData(workStatusCode(in.workStatus)))));
    m_occupation->setText(in.occupation);
    m_goals->setPlainText(in.goals);
    m_nicotine->setCurrentIndex(std::max(0, int(m_nicotine->findData(nicotineStatusCode(in.nicotine)))));
    m_nicotineDate->setDate(in.nicotineDate);
    m_cotinine->setText(in.cotinine);
    m_care->setEntries(IntakeEntries::values(in.conservativeCare));
    m_meds->setEntries(IntakeEntries::values(in.medications));
    m_injections->setEntries(IntakeEntries::values(in.injections));
    m_imaging->setEntries(IntakeEntries::values(in.imaging));
    m_loading = false;
    m_dirty = false;
    m_conflict = false;
    m_conflictBanner->hide();
    updateDuration();
    updateNicotineDate();
    m_state->setText(m_rowVersion > 0 ? tr("All changes saved.") : tr("Nothing recorded yet."));
    emit completenessChanged(isComplete());
}

Intake IntakePage::intake() const
{
    Intake in;
    in.visitId = m_visit.id;
    in.rowVersion = m_rowVersion;
    in.onsetDate = m_onset->date();
    in.dominance = painDominanceFromCode(m_dominance->currentData().toString()).value_or(PainDominance::NotRecorded);
    for (auto *box : m_regions)
        if (box->isChecked())
            in.painRegions << box->property("code").toString();
    in.workStatus = workStatusFromCode(m_work->currentData().toString()).value_or(WorkStatus::NotRecorded);
    in.occupation = m_occupation->text().trimmed();
    in.goals = m_goals->toPlainText().trimmed();
    in.nicotine = nicotineStatusFromCode(m_nicotine->currentData().toString()).value_or(NicotineStatus::NotRecorded);
    in.nicotineDate = m_nicotineDate->date();
    in.cotinine = m_cotinine->text().trimmed();
    in.conservativeCare = IntakeEntries::convert<ConservativeCareEntry>(m_care->entries(), IntakeEntries::careFrom);
    in.medications = IntakeEntries::convert<MedicationTrial>(m_meds->entries(), IntakeEntries::medicationFrom);
    in.injections = IntakeEntries::convert<PriorInjection>(m_injections->entries(), IntakeEntries::injectionFrom);
    in.imaging = IntakeEntries::convert<ImagingStudy>(m_imaging->entries(), IntakeEntries::imagingFrom);
    return in;
}

bool IntakePage::isComplete() const
{
    return m_onset->date().isValid() && m_dominance->currentIndex() > 0 && m_work->currentIndex() > 0
        && !m_goals->toPlainText().trimmed().isEmpty();
}

void IntakePage::markChanged()
{
    if (m_loading || m_readOnly)
        return;
    m_dirty = true;
    if (!m_conflict) {
        m_state->setText(tr("Saving…"));
        m_autosave.start();
    }
    emit completenessChanged(isComplete());
}

void IntakePage::updateDuration()
{
    const QDate onset = m_onset->date();
    const FieldErrors errors = validateOnset(onset, m_patient.birthDate, m_visit.visitDate);
    QString problem = errors.isEmpty() ? QString() : errors.first().message;
    if (!m_onset->isEmptyOrValid())
        problem = tr("Type the date as YYYY-MM-DD or MM/DD/YYYY.");
    m_onsetError->setText(problem.isEmpty() ? QString() : u"⚠ "_s + problem);
    m_onsetError->setVisible(!problem.isEmpty());
    m_onset->setAccessibleDescription(problem);
    const auto klass = problem.isEmpty() ? durationClass(onset, m_visit.visitDate) : DurationClass::Unknown;
    const auto weeks = weeksSinceOnset(onset, m_visit.visitDate);
    QString text = durationClassLabel(klass);
    if (weeks && problem.isEmpty())
        text = *weeks == 1 ? tr("%1 — 1 week since onset").arg(text) : tr("%1 — %2 weeks since onset").arg(text).arg(*weeks);
    m_duration->setText(text);
}

QString IntakePage::nicotineDateProblem() const
{
    if (!m_nicotineDate->isEmptyOrValid())
        return tr("Type the date as YYYY-MM-DD or MM/DD/YYYY.");
    if (const QDate d = m_nicotineDate->date(); d.isValid() && d > QDate::currentDate())
        return tr("The date cannot be in the future.");
    return {};
}

void IntakePage::updateNicotineDate()
{
    const QString problem = nicotineDateProblem();
    m_nicotineDateError->setText(problem.isEmpty() ? QString() : u"⚠ "_s + problem);
    m_nicotineDateError->setVisible(!problem.isEmpty());
    m_nicotineDate->setAccessibleDescription(problem);
}

bool IntakePage::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || m_readOnly || m_conflict)
        return !m_conflict;
    Intake in = intake();
    // An unreadable or impossible onset is kept out of the record until it is corrected.
    if (!m_onset->isEmptyOrValid() || !validateOnset(in.onsetDate, m_patient.birthDate, m_visit.visitDate).isEmpty())
        in.onsetDate = QDate();
    if (!nicotineDateProblem().isEmpty())
        in.nicotineDate = QDate();
    const SaveResult result = IntakeRepository(m_db, m_actorId).save(in);
    m_conflict = showSaveResult(result, m_state, m_conflictBanner);
    if (!result.ok())
        return false;
    m_rowVersion = in.rowVersion;
    m_dirty = false;
    emit saved();
    return true;
}

void IntakePage::setReadOnly(bool readOnly)
{
    if (readOnly && m_dirty)
        saveNow();
    m_readOnly = readOnly;
    for (QWidget *w : std::initializer_list<QWidget *>{m_onset, m_dominance, m_work, m_occupation, m_nicotine, m_nicotineDate, m_cotinine})
        w->setEnabled(!readOnly);
    m_goals->setReadOnly(readOnly);
    for (auto *box : m_regions)
        box->setEnabled(!readOnly);
    for (auto *t : {m_care, m_meds, m_injections, m_imaging})
        t->setReadOnly(readOnly);
    if (readOnly)
        m_state->setText(tr("This visit is signed. Changes are recorded as addenda."));
}

} // namespace SpineDesk
