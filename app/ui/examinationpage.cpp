#include "ui/examinationpage.h"

#include "storage/examinationrepository.h"
#include "ui/draftstatus.h"
#include "ui/fielderrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
constexpr std::array kSides{Side::Left, Side::Right};

template<typename E, typename Code, typename Label>
QList<QPair<QString, QString>> options(const QList<E> &values, Code code, Label label)
{
    QList<QPair<QString, QString>> out;
    for (E e : values)
        out.append({label(e), code(e)});
    return out;
}

QList<QPair<QString, QString>> sensoryOptions()
{
    return options<SensoryFinding>({SensoryFinding::NotTested, SensoryFinding::Normal, SensoryFinding::Reduced, SensoryFinding::Absent},
                                   sensoryFindingCode, sensoryFindingLabel);
}
QList<QPair<QString, QString>> reflexOptions()
{
    return options<ReflexFinding>({ReflexFinding::NotTested, ReflexFinding::Normal, ReflexFinding::Reduced, ReflexFinding::Absent,
                                   ReflexFinding::Brisk},
                                  reflexFindingCode, reflexFindingLabel);
}
QList<QPair<QString, QString>> testOptions()
{
    return options<TestResult>({TestResult::NotTested, TestResult::Negative, TestResult::Positive}, testResultCode, testResultLabel);
}
QList<QPair<QString, QString>> strengthOptions()
{
    QList<QPair<QString, QString>> out{{ExaminationPage::tr("—"), QString::number(kNotTested)}};
    for (int g = 0; g <= 5; ++g)
        out.append({QString::number(g), QString::number(g)});
    return out;
}

QString sideLabel(Side s)
{
    return s == Side::Left ? ExaminationPage::tr("left") : ExaminationPage::tr("right");
}

QLabel *headerLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

// Resets each field named in errors, so the rest can be saved while the clinician corrects
// it. False when a message names a field this page does not know how to leave out.
bool withoutInvalid(Examination &e, const FieldErrors &errors)
{
    for (const FieldError &err : errors) {
        const QStringList parts = err.field.split(u'.');
        if (parts.size() == 3 && parts[0] == u"strength") {
            const auto root = spinalRootFromCode(parts[1]);
            if (!root)
                return false;
            e.root(*root).strength[parts[2] == u"left" ? Side::Left : Side::Right] = kNotTested;
        } else if (parts.size() == 3 && parts[0] == u"straightLegRaise" && parts[2] == u"angle") {
            e.straightLegRaise[parts[1] == u"left" ? Side::Left : Side::Right].angle = kNotTested;
        } else if (err.field == u"levelSide") {
            e.levelSide = LevelSide::NotStated;
        } else if (err.field == u"imagingConcordance") {
            e.imagingConcordance = ImagingConcordance::NotAssessed;
        } else {
            return false;
        }
    }
    return e.validate().isEmpty();
}
} // namespace

ExaminationPage::ExaminationPage(QSqlDatabase db, qint64 clinicianId, const Visit &visit, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
    , m_visit(visit)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &ExaminationPage::saveNow);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    QPushButton *reload = nullptr;
    m_conflictBanner = makeConflictBanner(this, tr("⚠ This examination was changed in another window or on another workstation. "
                                                   "Your latest changes are still on screen but were not saved. Reload to see the "
                                                   "saved version."),
                                          tr("Reload the saved examination"), &reload);
    connect(reload, &QPushButton::clicked, this, &ExaminationPage::load);

    // ---- myotomes and dermatomes: one row per root, left and right side by side ----
    auto *neuroBox = new QGroupBox(tr("Myotomes and dermatomes"), content);
    auto *ng = new QGridLayout(neuroBox);
    ng->addWidget(headerLabel(tr("Root"), neuroBox), 0, 0);
    ng->addWidget(headerLabel(tr("Strength L"), neuroBox), 0, 1);
    ng->addWidget(headerLabel(tr("Strength R"), neuroBox), 0, 2);
    ng->addWidget(headerLabel(tr("Sensation L"), neuroBox), 0, 3);
    ng->addWidget(headerLabel(tr("Sensation R"), neuroBox), 0, 4);
    int row = 1;
    for (SpinalRoot r : examinedRoots()) {
        const QString code = spinalRootCode(r);
        auto *label = new QLabel(myotomeLabel(r), neuroBox);
        label->setToolTip(tr("Strength 0–5, or “—” when not tested. Sensation: %1").arg(dermatomeLabel(r)));
        ng->addWidget(label, row, 0);
        int col = 1;
        for (Side s : kSides) {
            auto *combo = addCombo(u"strength.%1.%2"_s.arg(code, sideCode(s)), tr("%1 strength, %2").arg(code, sideLabel(s)), strengthOptions());
            combo->setParent(neuroBox);
            ng->addWidget(combo, row, col++);
        }
        for (Side s : kSides) {
            auto *combo = addCombo(u"sensation.%1.%2"_s.arg(code, sideCode(s)), tr("%1 sensation, %2").arg(dermatomeLabel(r), sideLabel(s)),
                                   sensoryOptions());
            combo->setParent(neuroBox);
            ng->addWidget(combo, row, col++);
        }
        ng->addWidget(addErrorLabel({u"strength.%1.left"_s.arg(code), u"strength.%1.right"_s.arg(code)}, neuroBox), row + 1, 0, 1, 5);
        row += 2;
    }
    ng->setColumnStretch(0, 1);
    ng->setRowStretch(ng->rowCount(), 1);

    // ---- reflexes ----
    auto *reflexBox = new QGroupBox(tr("Reflexes"), content);
    auto *rg = new QGridLayout(reflexBox);
    rg->addWidget(headerLabel(tr("Left"), reflexBox), 0, 1);
    rg->addWidget(headerLabel(tr("Right"), reflexBox), 0, 2);
    const std::array<std::pair<QString, QString>, 2> reflexes{{{u"patellar"_s, tr("Patellar (L4)")}, {u"achilles"_s, tr("Achilles (S1)")}}};
    row = 1;
    for (const auto &[key, label] : reflexes) {
        rg->addWidget(new QLabel(label, reflexBox), row, 0);
        int col = 1;
        for (Side s : kSides) {
            auto *combo = addCombo(key + u'.' + sideCode(s), tr("%1, %2").arg(label, sideLabel(s)), reflexOptions());
            combo->setParent(reflexBox);
            rg->addWidget(combo, row, col++);
        }
        ++row;
    }
    rg->setColumnStretch(0, 1);
    rg->setRowStretch(rg->rowCount(), 1); // rows stay together at the top when the box is taller

    // ---- neural tension tests ----
    auto *tensionBox = new QGroupBox(tr("Neural tension tests"), content);
    auto *tg = new QGridLayout(tensionBox);
    tg->addWidget(headerLabel(tr("Left"), tensionBox), 0, 1);
    tg->addWidget(headerLabel(tr("Right"), tensionBox), 0, 2);
    tg->addWidget(new QLabel(tr("Straight-leg raise"), tensionBox), 1, 0);
    for (Side s : kSides) {
        const int i = s == Side::Left ? 0 : 1;
        const QString base = u"straightLegRaise."_s + sideCode(s);
        auto *result = addCombo(base + u".result"_s, tr("Straight-leg raise, %1").arg(sideLabel(s)), testOptions());
        result->setParent(tensionBox);
        auto *angle = new QSpinBox(tensionBox);
        angle->setObjectName(base + u".angle"_s);
        angle->setAccessibleName(tr("Straight-leg raise angle, %1, degrees").arg(sideLabel(s)));
        angle->setToolTip(tr("The angle at which the test became positive; blank when not measured."));
        // 0 shows blank and means "no angle"; values past the plausible range are allowed in
        // the box so that validation can say what is wrong instead of silently clamping.
        angle->setRange(0, 180);
        angle->setSpecialValueText(tr("—"));
        angle->setSuffix(tr("°"));
        angle->setFocusPolicy(Qt::StrongFocus);
        angle->installEventFilter(this);
        connect(angle, &QSpinBox::valueChanged, this, &ExaminationPage::markChanged);
        m_slrAngle[i] = angle;
        m_fields.insert(base + u".angle"_s, angle);
        auto *cell = new QHBoxLayout;
        cell->addWidget(result, 1);
        cell->addWidget(angle);
        tg->addLayout(cell, 1, i + 1);
    }
    tg->addWidget(addErrorLabel({u"straightLegRaise.left.angle"_s, u"straightLegRaise.right.angle"_s}, tensionBox), 2, 0, 1, 3);
    tg->addWidget(new QLabel(tr("Crossed straight-leg raise"), tensionBox), 3, 0);
    auto *crossed = addCombo(u"crossedStraightLegRaise"_s, tr("Crossed straight-leg raise"), testOptions());
    crossed->setParent(tensionBox);
    tg->addWidget(crossed, 3, 1);
    tg->addWidget(new QLabel(tr("Femoral nerve stretch"), tensionBox), 4, 0);
    for (Side s : kSides) {
        auto *combo = addCombo(u"femoralStretch."_s + sideCode(s), tr("Femoral nerve stretch, %1").arg(sideLabel(s)), testOptions());
        combo->setParent(tensionBox);
        tg->addWidget(combo, 4, s == Side::Left ? 1 : 2);
    }
    tg->setColumnStretch(0, 1);
    tg->setRowStretch(tg->rowCount(), 1);

    // ---- gait and movement ----
    auto *gaitBox = new QGroupBox(tr("Gait and movement"), content);
    auto *gf = new QFormLayout(gaitBox);
    m_gaitDescription = new QLineEdit(gaitBox);
    m_gaitDescription->setObjectName(u"gait.description"_s);
    m_gaitDescription->setAccessibleName(tr("Gait description"));
    m_gaitDescription->setMaxLength(500);
    m_fields.insert(u"gait.description"_s, m_gaitDescription);
    connect(m_gaitDescription, &QLineEdit::textChanged, this, &ExaminationPage::markChanged);
    gf->addRow(tr("&Gait"), m_gaitDescription);
    m_antalgic = new QCheckBox(tr("Antalgic"), gaitBox);
    m_heelWalk = new QCheckBox(tr("Difficulty heel walking"), gaitBox);
    m_toeWalk = new QCheckBox(tr("Difficulty toe walking"), gaitBox);
    const std::array<std::pair<QCheckBox *, QString>, 3> checks{{{m_antalgic, u"gait.antalgic"_s},
                                                                 {m_heelWalk, u"gait.heelWalkDifficulty"_s},
                                                                 {m_toeWalk, u"gait.toeWalkDifficulty"_s}}};
    auto *checkRow = new QVBoxLayout;
    for (const auto &[box, path] : checks) {
        box->setObjectName(path);
        box->setAccessibleName(box->text());
        m_fields.insert(path, box);
        connect(box, &QCheckBox::toggled, this, &ExaminationPage::markChanged);
        checkRow->addWidget(box);
    }
    gf->addRow(QString(), checkRow);
    auto *preference = addCombo(u"directionalPreference"_s, tr("Directional preference"),
                                options(directionalPreferences(), directionalPreferenceCode, directionalPreferenceLabel));
    preference->setParent(gaitBox);
    gf->addRow(tr("&Directional preference"), preference);

    // ---- interpretation: the clinician's judgement; SpineDesk infers no level ----
    auto *levelBox = new QGroupBox(tr("Interpretation"), content);
    auto *lf = new QFormLayout(levelBox);
    auto *level = addCombo(u"level"_s, tr("Level the findings point to"), options(spinalLevels(), spinalLevelCode, spinalLevelLabel));
    level->setParent(levelBox);
    auto *levelSide = addCombo(u"levelSide"_s, tr("Side of that level"),
                               options<LevelSide>({LevelSide::NotStated, LevelSide::Left, LevelSide::Right, LevelSide::Bilateral},
                                                  levelSideCode, levelSideLabel));
    levelSide->setParent(levelBox);
    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(level, 1);
    levelRow->addWidget(levelSide, 1);
    auto *levelLabel = new QLabel(tr("&Level the findings point to"), levelBox);
    levelLabel->setBuddy(level); // a row holding a layout gets no buddy from QFormLayout
    lf->addRow(levelLabel, levelRow);
    lf->addRow(QString(), addErrorLabel({u"levelSide"_s}, levelBox));
    auto *concordance = addCombo(u"imagingConcordance"_s, tr("Concordance with imaging"),
                                 options<ImagingConcordance>({ImagingConcordance::NotAssessed, ImagingConcordance::Concordant,
                                                              ImagingConcordance::Discordant, ImagingConcordance::NoImaging},
                                                             imagingConcordanceCode, imagingConcordanceLabel));
    concordance->setParent(levelBox);
    lf->addRow(tr("&Imaging concordance"), concordance);
    lf->addRow(QString(), addErrorLabel({u"imagingConcordance"_s}, levelBox));
    m_note = new QPlainTextEdit(levelBox);
    m_note->setObjectName(u"note"_s);
    m_note->setAccessibleName(tr("Examination note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_fields.insert(u"note"_s, m_note);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ExaminationPage::markChanged);
    lf->addRow(tr("&Note"), m_note);

    // Two columns: neurology on the left, tests and gait on the right.
    auto *columns = new QGridLayout;
    columns->addWidget(neuroBox, 0, 0);
    columns->addWidget(reflexBox, 1, 0);
    columns->addWidget(tensionBox, 0, 1);
    columns->addWidget(gaitBox, 1, 1);
    columns->addWidget(levelBox, 2, 0, 1, 2);
    layout->addLayout(columns);
    layout->addStretch();

    m_state = new QLabel(this);
    m_state->setObjectName(u"saveState"_s);
    m_state->setAccessibleName(tr("Save status"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_conflictBanner);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_state);

    load();
    setReadOnly(visit.isSigned());
}

ExaminationPage::~ExaminationPage()
{
    if (m_dirty && !m_readOnly)
        saveNow();
}

QComboBox *ExaminationPage::addCombo(const QString &path, const QString &accessibleName, const QList<QPair<QString, QString>> &opts)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(path);
    combo->setAccessibleName(accessibleName);
    for (const auto &[label, code] : opts)
        combo->addItem(label, code);
    // In a scrolling form the wheel scrolls the page; it changes a finding only when the
    // box has been clicked or tabbed into.
    combo->setFocusPolicy(Qt::StrongFocus);
    combo->installEventFilter(this);
    connect(combo, &QComboBox::currentIndexChanged, this, &ExaminationPage::markChanged);
    m_fields.insert(path, combo);
    m_combos << combo;
    return combo;
}

QLabel *ExaminationPage::addErrorLabel(const QStringList &paths, QWidget *parent)
{
    QLabel *label = makeErrorLabel(parent);
    label->setObjectName(paths.first() + u"Error"_s);
    label->setAccessibleName(tr("Problem with this finding"));
    for (const QString &p : paths)
        m_errorLabels.insert(p, label);
    return label;
}

bool ExaminationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        if (auto *w = qobject_cast<QWidget *>(watched); w && !w->hasFocus()) {
            event->ignore();
            return true; // passed on to the scroll area instead
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ExaminationPage::setCombo(const QString &path, const QString &code)
{
    auto *combo = qobject_cast<QComboBox *>(m_fields.value(path));
    Q_ASSERT(combo);
    combo->setCurrentIndex(std::max(0, int(combo->findData(code))));
}

QString ExaminationPage::comboCode(const QString &path) const
{
    auto *combo = qobject_cast<QComboBox *>(m_fields.value(path));
    return combo ? combo->currentData().toString() : QString();
}

void ExaminationPage::load()
{
    m_autosave.stop();
    m_loading = true;
    QString error;
    const auto loaded = ExaminationRepository(m_db, m_clinicianId).load(m_visit.id, &error);
    // Unreadable stored data is shown as an error and never written over.
    m_loadError = loaded ? QString() : error;
    Examination e = loaded.value_or(Examination{});
    m_rowVersion = e.rowVersion;
    for (SpinalRoot r : examinedRoots())
        for (Side s : kSides) {
            const QString suffix = spinalRootCode(r) + u'.' + sideCode(s);
            setCombo(u"strength."_s + suffix, QString::number(e.root(r).strength[s]));
            setCombo(u"sensation."_s + suffix, sensoryFindingCode(e.root(r).sensation[s]));
        }
    for (Side s : kSides) {
        setCombo(u"patellar."_s + sideCode(s), reflexFindingCode(e.patellar[s]));
        setCombo(u"achilles."_s + sideCode(s), reflexFindingCode(e.achilles[s]));
        setCombo(u"straightLegRaise.%1.result"_s.arg(sideCode(s)), testResultCode(e.straightLegRaise[s].result));
        m_slrAngle[s == Side::Left ? 0 : 1]->setValue(e.straightLegRaise[s].angle == kNotTested ? 0 : e.straightLegRaise[s].angle);
        setCombo(u"femoralStretch."_s + sideCode(s), testResultCode(e.femoralStretch[s]));
    }
    setCombo(u"crossedStraightLegRaise"_s, testResultCode(e.crossedStraightLegRaise));
    m_gaitDescription->setText(e.gait.description);
    m_antalgic->setChecked(e.gait.antalgic);
    m_heelWalk->setChecked(e.gait.heelWalkDifficulty);
    m_toeWalk->setChecked(e.gait.toeWalkDifficulty);
    setCombo(u"directionalPreference"_s, directionalPreferenceCode(e.directionalPreference));
    setCombo(u"level"_s, spinalLevelCode(e.level));
    setCombo(u"levelSide"_s, levelSideCode(e.levelSide));
    setCombo(u"imagingConcordance"_s, imagingConcordanceCode(e.imagingConcordance));
    m_note->setPlainText(e.note);
    m_loading = false;
    m_dirty = false;
    m_conflict = false;
    m_conflictBanner->hide();
    showErrors(e.validate());
    m_state->setText(loadedStateText(m_loadError, m_readOnly, m_rowVersion));
    setReadOnly(m_readOnly); // an unreadable record also locks the form
    emit changed();
}

Examination ExaminationPage::examination() const
{
    Examination e;
    e.visitId = m_visit.id;
    e.rowVersion = m_rowVersion;
    for (SpinalRoot r : examinedRoots())
        for (Side s : kSides) {
            const QString suffix = spinalRootCode(r) + u'.' + sideCode(s);
            e.root(r).strength[s] = comboCode(u"strength."_s + suffix).toInt();
            e.root(r).sensation[s] = sensoryFindingFromCode(comboCode(u"sensation."_s + suffix)).value_or(SensoryFinding::NotTested);
        }
    for (Side s : kSides) {
        e.patellar[s] = reflexFindingFromCode(comboCode(u"patellar."_s + sideCode(s))).value_or(ReflexFinding::NotTested);
        e.achilles[s] = reflexFindingFromCode(comboCode(u"achilles."_s + sideCode(s))).value_or(ReflexFinding::NotTested);
        e.straightLegRaise[s].result =
            testResultFromCode(comboCode(u"straightLegRaise.%1.result"_s.arg(sideCode(s)))).value_or(TestResult::NotTested);
        const int angle = m_slrAngle[s == Side::Left ? 0 : 1]->value();
        e.straightLegRaise[s].angle = angle == 0 ? kNotTested : angle;
        e.femoralStretch[s] = testResultFromCode(comboCode(u"femoralStretch."_s + sideCode(s))).value_or(TestResult::NotTested);
    }
    e.crossedStraightLegRaise = testResultFromCode(comboCode(u"crossedStraightLegRaise"_s)).value_or(TestResult::NotTested);
    e.gait.description = m_gaitDescription->text().trimmed();
    e.gait.antalgic = m_antalgic->isChecked();
    e.gait.heelWalkDifficulty = m_heelWalk->isChecked();
    e.gait.toeWalkDifficulty = m_toeWalk->isChecked();
    e.directionalPreference = directionalPreferenceFromCode(comboCode(u"directionalPreference"_s)).value_or(DirectionalPreference::NotAssessed);
    e.level = spinalLevelFromCode(comboCode(u"level"_s)).value_or(SpinalLevel::NotStated);
    e.levelSide = levelSideFromCode(comboCode(u"levelSide"_s)).value_or(LevelSide::NotStated);
    e.imagingConcordance = imagingConcordanceFromCode(comboCode(u"imagingConcordance"_s)).value_or(ImagingConcordance::NotAssessed);
    e.note = m_note->toPlainText().trimmed();
    return e;
}

void ExaminationPage::markChanged()
{
    if (m_loading || m_readOnly || !m_loadError.isEmpty())
        return;
    m_dirty = true;
    // Messages appear as soon as a value is wrong, not only when saving.
    showErrors(examination().validate());
    if (!m_conflict) {
        m_state->setText(tr("Saving…"));
        m_autosave.start();
    }
    emit changed();
}

void ExaminationPage::showErrors(const FieldErrors &errors)
{
    // Several fields can share one message line (left and right of one root); the focus is
    // never moved, because this runs on every change while the clinician is typing.
    QHash<QLabel *, QStringList> text;
    for (QLabel *label : std::as_const(m_errorLabels))
        text.insert(label, {});
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it.value()->setAccessibleDescription(QString());
    for (const FieldError &e : errors) {
        if (QLabel *label = m_errorLabels.value(e.field); label && !text[label].contains(e.message))
            text[label] << e.message;
        if (QWidget *w = m_fields.value(e.field))
            w->setAccessibleDescription(e.message);
    }
    for (auto it = text.begin(); it != text.end(); ++it) {
        it.key()->setText(it->isEmpty() ? QString() : u"⚠ "_s + it->join(u' '));
        it.key()->setVisible(!it->isEmpty());
    }
}

QString ExaminationPage::errorText(const QString &path) const
{
    QLabel *label = m_errorLabels.value(path);
    return label && !label->isHidden() ? label->text() : QString();
}

bool ExaminationPage::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || m_readOnly || m_conflict || !m_loadError.isEmpty())
        return !m_conflict && m_loadError.isEmpty();
    Examination e = examination();
    const FieldErrors errors = e.validate();
    showErrors(errors);
    // A value in error stays on screen with its message and out of the record until it is
    // corrected; everything else is saved (as the Intake page does with an impossible date).
    if (!errors.isEmpty() && !withoutInvalid(e, errors)) {
        m_state->setText(u"⚠ "_s + tr("Not saved: correct the findings marked ⚠."));
        return false;
    }
    const SaveResult result = ExaminationRepository(m_db, m_clinicianId).save(e);
    m_conflict = showSaveResult(result, m_state, m_conflictBanner);
    if (!result.ok())
        return false;
    m_rowVersion = e.rowVersion;
    m_dirty = false;
    if (!errors.isEmpty())
        m_state->setText(u"⚠ "_s + tr("Saved, except the findings marked ⚠."));
    emit saved();
    return true;
}

void ExaminationPage::setReadOnly(bool readOnly)
{
    if (readOnly && m_dirty)
        saveNow();
    m_readOnly = readOnly;
    const bool editable = !readOnly && m_loadError.isEmpty();
    for (auto *c : std::as_const(m_combos))
        c->setEnabled(editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_slrAngle[0], m_slrAngle[1], m_antalgic, m_heelWalk, m_toeWalk})
        w->setEnabled(editable);
    m_gaitDescription->setReadOnly(!editable);
    m_note->setReadOnly(!editable);
    if (readOnly)
        m_state->setText(tr("This visit is signed. Changes are recorded as addenda."));
}

} // namespace SpineDesk
