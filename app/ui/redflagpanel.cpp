#include "ui/redflagpanel.h"

#include "storage/clinicianrepository.h"
#include "ui/accessibilitycolours.h"
#include "ui/draftstatus.h"
#include "ui/flagscreeneditor.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
constexpr std::array kStates{FlagState::Present, FlagState::Absent, FlagState::NotAssessed};

// Colour is never the only signal: the level is always written out as well. The colours
// follow a dark (high-contrast) palette too (accessibilitycolours.h).
Tone concernTone(Urgency u)
{
    switch (u) {
    case Urgency::Emergency: return Tone::Emergency;
    case Urgency::Urgent: return Tone::Urgent;
    case Urgency::Soon: return Tone::Caution;
    case Urgency::Routine: return Tone::Information;
    case Urgency::None: break;
    }
    return Tone::Neutral;
}

QString concernStyle(Urgency u)
{
    return toneStyle(concernTone(u));
}

// For a container: its labels take the text colour too, on its background.
QString concernStyleFor(const QString &objectName, Urgency u)
{
    return toneStyleSheet(objectName, concernTone(u));
}

QString citationsText(const QList<ContentCitation> &sources)
{
    QStringList lines;
    for (const auto &c : sources)
        lines << u"• "_s + c.text + u" ["_s + evidenceTagLabel(c.tag) + u']';
    return lines.join(u'\n');
}

// Records what was done about a condition's present flags (rule 4).
class AcknowledgeDialog : public QDialog
{
public:
    AcknowledgeDialog(const RedFlagCondition &condition, Urgency urgency, const QStringList &items, QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(u"acknowledgeDialog"_s);
        setWindowTitle(RedFlagPanel::tr("Record the action for %1").arg(contentText(condition.label)));
        auto *intro = new QLabel(this);
        intro->setWordWrap(true);
        intro->setTextFormat(Qt::PlainText);
        intro->setText(RedFlagPanel::tr("%1 — %2\nPresent: %3\n\nThe checklist advises: %4")
                           .arg(contentText(condition.label), urgencyLabel(urgency), items.join(u"; "_s),
                                condition.action(urgency)));
        m_action = new QComboBox(this);
        m_action->setObjectName(u"ackAction"_s);
        m_action->setEditable(true);
        m_action->setInsertPolicy(QComboBox::NoInsert);
        m_action->addItems({QString(), RedFlagPanel::tr("Imaging ordered"), RedFlagPanel::tr("Referral made"),
                            RedFlagPanel::tr("Sent to the emergency department")});
        m_action->setAccessibleName(RedFlagPanel::tr("Action taken"));
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(u"ackReason"_s);
        m_reason->setAccessibleName(RedFlagPanel::tr("Reason for not acting"));
        m_reason->setTabChangesFocus(true);
        m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
        auto *form = new QFormLayout;
        form->addRow(RedFlagPanel::tr("&Action taken"), m_action);
        form->addRow(RedFlagPanel::tr("&Or the reason for not acting"), m_reason);
        auto *note = new QLabel(RedFlagPanel::tr("Saved with your name and the time. A recorded acknowledgement cannot be changed."), this);
        note->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        m_ok = buttons->button(QDialogButtonBox::Ok);
        m_ok->setText(RedFlagPanel::tr("&Record"));
        m_ok->setEnabled(false);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto update = [this] { m_ok->setEnabled(!actionTaken().isEmpty() || !reason().isEmpty()); };
        connect(m_action, &QComboBox::currentTextChanged, this, update);
        connect(m_reason, &QPlainTextEdit::textChanged, this, update);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addLayout(form);
        layout->addWidget(note);
        layout->addWidget(buttons);
        resize(520, sizeHint().height());
    }
    QString actionTaken() const { return m_action->currentText().trimmed(); }
    QString reason() const { return m_reason->toPlainText().trimmed(); }

private:
    QComboBox *m_action = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};
} // namespace

RedFlagPanel::RedFlagPanel(QSqlDatabase db, qint64 clinicianId, const Visit &visit, QWidget *parent)
    : QWidget(parent)
    , m_editor(new FlagScreenEditor(std::move(db), clinicianId, visit, this))
    , m_ownsEditor(true)
{
    build();
}

RedFlagPanel::RedFlagPanel(FlagScreenEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    build();
}

RedFlagPanel::~RedFlagPanel()
{
    // The editor may outlive this widget (shared) or die with it (owned); either way it
    // must not call back into a half-destroyed panel. An owned editor saves in its destructor.
    if (m_editor)
        m_editor->disconnect(this);
}

void RedFlagPanel::build()
{
    QPushButton *reload = nullptr;
    m_conflictBanner = makeConflictBanner(this, tr("⚠ This red-flag screen was changed in another window or on another workstation. "
                                                   "Your latest changes are still on screen but were not saved. Reload to see the "
                                                   "saved version."),
                                          tr("Reload the saved red-flag screen"), &reload);
    connect(reload, &QPushButton::clicked, m_editor, &FlagScreenEditor::reload);
    m_conflictBanner->setVisible(m_editor->hasConflict());

    m_contentError = new QLabel(this);
    m_contentError->setObjectName(u"contentError"_s);
    m_contentError->setWordWrap(true);
    m_contentError->setTextFormat(Qt::PlainText);
    m_contentError->setStyleSheet(problemTextStyle());
    m_contentError->hide();

    // The level of concern is the first thing on the screen (rule 3: a level, never a score).
    m_concernLabel = new QLabel(this);
    m_concernLabel->setObjectName(u"concern"_s);
    m_concernLabel->setAccessibleName(tr("Level of concern"));
    m_concernLabel->setTextFormat(Qt::PlainText);
    QFont big = m_concernLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_concernLabel->setFont(big);
    m_concernLabel->setMargin(6);
    m_status = new QLabel(this);
    m_status->setObjectName(u"screenStatus"_s);
    m_status->setAccessibleName(tr("Red-flag screen status"));
    m_status->setTextFormat(Qt::PlainText);
    m_markRest = new QPushButton(tr("&Mark the rest absent…"), this);
    m_markRest->setObjectName(u"markRestAbsent"_s);
    m_markRest->setAccessibleName(tr("Mark every item not yet assessed as absent"));
    m_markRest->setToolTip(tr("Only items still “not assessed” change; present and absent answers stay as they are."));
    connect(m_markRest, &QPushButton::clicked, this, &RedFlagPanel::askMarkRestAbsent);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 4, 4, 0);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(m_concernLabel);
    headerText->addWidget(m_status);
    header->addLayout(headerText, 1);
    header->addWidget(m_markRest, 0, Qt::AlignTop);

    auto *bannerBox = new QWidget(this);
    m_banners = new QVBoxLayout(bannerBox);
    m_banners->setContentsMargins(4, 0, 4, 0);

    m_acknowledged = new QLabel(this);
    m_acknowledged->setObjectName(u"acknowledgements"_s);
    m_acknowledged->setAccessibleName(tr("Recorded acknowledgements"));
    m_acknowledged->setTextFormat(Qt::PlainText);
    m_acknowledged->setWordWrap(true);
    m_acknowledged->hide();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    if (const RedFlagChecklist *checklist = m_editor->redChecklist()) {
        const QString keysHint = tr("Keys: P present, A absent, N not assessed; arrow keys move between the three.");
        std::array<int, 4> columnWidths{};
        for (size_t i = 0; i < kStates.size(); ++i)
            columnWidths[i] = QRadioButton(flagStateLabel(kStates[i])).sizeHint().width();
        columnWidths[3] = fontMetrics().horizontalAdvance(tr("since %1").arg(QLocale().toString(QDate(2000, 12, 28), QLocale::ShortFormat)));
        for (const RedFlagCondition &condition : checklist->conditions) {
            auto *box = new QGroupBox(contentText(condition.label), content);
            box->setObjectName(u"condition-"_s + condition.id);
            box->setToolTip(citationsText(condition.sources));
            auto *grid = new QGridLayout(box);
            grid->setColumnStretch(0, 1);
            // The same column widths in every box, so the answers line up down the page.
            for (int col = 0; col < 4; ++col)
                grid->setColumnMinimumWidth(col + 1, columnWidths[size_t(col)]);
            int row = 0;
            auto *concern = new QLabel(box);
            concern->setObjectName(u"conditionConcern-"_s + condition.id);
            concern->setWordWrap(true);
            concern->setTextFormat(Qt::PlainText);
            concern->hide();
            m_conditionConcern.insert(condition.id, concern);
            grid->addWidget(concern, row++, 0, 1, 5);
            if (const QString note = contentText(condition.note); !note.isEmpty()) {
                auto *noteLabel = new QLabel(note, box);
                noteLabel->setWordWrap(true);
                noteLabel->setTextFormat(Qt::PlainText);
                noteLabel->setStyleSheet(u"color: %1;"_s.arg(secondaryTextColour().name()));
                grid->addWidget(noteLabel, row++, 0, 1, 5);
            }
            for (const RedFlagItem &item : condition.items) {
                const QString text = contentText(item.text);
                QString labelText = text;
                if (item.strength == FlagStrength::Strong)
                    labelText += u" — "_s + tr("strong flag");
                else if (item.strength == FlagStrength::Soft)
                    labelText += u" — "_s + tr("soft flag");
                auto *label = new QLabel(labelText, box);
                label->setWordWrap(true);
                label->setTextFormat(Qt::PlainText);
                QString tip = citationsText(checklist->sourcesFor(item.id));
                if (item.strengthBasis)
                    tip += u"\n"_s + item.strengthBasis->text;
                label->setToolTip(tip);
                auto *textBox = new QHBoxLayout;
                textBox->addWidget(label, 1);
                // Rule 2 of clinical/README.md: a fact without a checked source says so.
                if (checklist->itemNeedsVerification(item.id)) {
                    auto *unverified = new QLabel(tr("unverified"), box);
                    unverified->setObjectName(u"unverified-"_s + item.id);
                    unverified->setAccessibleName(tr("Source unverified"));
                    unverified->setToolTip(tr("No checked source for this item yet:\n%1").arg(tip));
                    unverified->setStyleSheet(u"color: %1; border: 1px solid %2; padding: 0 3px; font-style: italic;"_s
                                                  .arg(toneColours(Tone::Caution).text.name(), toneColours(Tone::Caution).border.name()));
                    textBox->addWidget(unverified, 0, Qt::AlignTop);
                }
                grid->addLayout(textBox, row, 0);
                ItemRow itemRow;
                itemRow.group = new QButtonGroup(box);
                itemRow.group->setExclusive(true);
                for (int col = 0; col < int(kStates.size()); ++col) {
                    const FlagState state = kStates[size_t(col)];
                    auto *button = new QRadioButton(flagStateLabel(state), box);
                    button->setObjectName(item.id + u'-' + flagStateCode(state));
                    button->setAccessibleName(tr("%1: %2").arg(flagStateLabel(state), text));
                    button->setAccessibleDescription(keysHint);
                    button->setProperty("itemId", item.id);
                    button->installEventFilter(this);
                    itemRow.group->addButton(button, int(state));
                    itemRow.buttons[size_t(state)] = button;
                    grid->addWidget(button, row, col + 1, Qt::AlignTop);
                }
                itemRow.dated = new QLabel(box);
                itemRow.dated->setObjectName(u"dated-"_s + item.id);
                itemRow.dated->setStyleSheet(u"color: %1;"_s.arg(secondaryTextColour().name()));
                grid->addWidget(itemRow.dated, row, 4, Qt::AlignTop);
                const QString itemId = item.id;
                connect(itemRow.group, &QButtonGroup::idToggled, this, [this, itemId](int id, bool on) {
                    if (on)
                        m_editor->setItemState(itemId, FlagState(id));
                });
                m_items.insert(item.id, itemRow);
                ++row;
            }
            layout->addWidget(box);
        }
    }
    layout->addStretch();

    if (!m_editor->contentErrors().isEmpty() || !m_editor->redChecklist()) {
        m_contentError->setText(tr("⚠ The red-flag checklist cannot be read, so the screen cannot be taken here: %1")
                                    .arg(m_editor->contentErrors().join(u"; "_s)));
        m_contentError->show();
    }

    m_state = new QLabel(this);
    m_state->setObjectName(u"saveState"_s);
    m_state->setAccessibleName(tr("Save status"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_conflictBanner);
    outer->addWidget(m_contentError);
    outer->addLayout(header);
    outer->addWidget(bannerBox);
    outer->addWidget(m_acknowledged);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_state);

    connect(m_editor, &FlagScreenEditor::changed, this, &RedFlagPanel::refresh);
    connect(m_editor, &FlagScreenEditor::stateChanged, m_state, &QLabel::setText);
    connect(m_editor, &FlagScreenEditor::conflictChanged, m_conflictBanner, &QWidget::setVisible);
    connect(m_editor, &FlagScreenEditor::readOnlyChanged, this, &RedFlagPanel::applyReadOnly);
    m_state->setText(m_editor->stateText());
    // The starting state is not a change: no signals before anyone can listen.
    if (const RedFlagChecklist *checklist = m_editor->redChecklist()) {
        m_concern = m_editor->redFlags().concern(*checklist);
        m_emergency = m_editor->redFlags().hasEmergency(*checklist);
    }
    refresh();
    applyReadOnly();
}

void RedFlagPanel::refresh()
{
    const RedFlagChecklist *checklist = m_editor->redChecklist();
    if (!checklist)
        return;
    const RedFlagScreen &s = m_editor->redFlags();
    const QLocale locale;
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        const FlagState state = s.state(it.key());
        QRadioButton *button = it->buttons[size_t(state)];
        if (!button->isChecked()) {
            const QSignalBlocker block(it->group);
            button->setChecked(true);
        }
        const QDate first = s.firstPresent(it.key());
        // Rule 8: a flag carried from an earlier visit shows when it first appeared.
        const bool carried = state == FlagState::Present && first.isValid() && first < m_editor->visit().visitDate;
        it->dated->setText(carried ? tr("since %1").arg(locale.toString(first, QLocale::ShortFormat)) : QString());
    }

    const Urgency concern = s.concern(*checklist);
    m_concernLabel->setText(concern == Urgency::None ? tr("Level of concern: none") : tr("Level of concern: %1").arg(urgencyLabel(concern)));
    m_concernLabel->setStyleSheet(concernStyle(concern));
    m_status->setText(s.statusText(*checklist));
    QMap<QString, Urgency> byCondition;
    for (const auto &cc : s.conditionConcerns(*checklist))
        byCondition.insert(cc.conditionId, cc.urgency);
    for (const RedFlagCondition &c : checklist->conditions) {
        QLabel *label = m_conditionConcern.value(c.id);
        const Urgency u = byCondition.value(c.id, Urgency::None);
        label->setVisible(u != Urgency::None);
        if (u == Urgency::None)
            continue;
        const QString action = c.action(u);
        label->setText(action.isEmpty() ? tr("Concern: %1").arg(urgencyLabel(u)) : tr("Concern: %1. %2").arg(urgencyLabel(u), action));
        label->setStyleSheet(concernStyle(u) + u" padding: 4px;"_s);
    }
    rebuildBanners();
    m_markRest->setEnabled(!m_editor->isReadOnly() && m_editor->loadError().isEmpty() && !s.isComplete(*checklist));

    emit changed();
    if (concern != m_concern) {
        m_concern = concern;
        emit concernChanged(concern);
    }
    const bool emergency = concern == Urgency::Emergency;
    if (emergency != m_emergency) {
        m_emergency = emergency;
        emit emergencyChanged(emergency);
    }
}

void RedFlagPanel::rebuildBanners()
{
    const RedFlagChecklist *checklist = m_editor->redChecklist();
    const RedFlagScreen &s = m_editor->redFlags();
    // One banner per condition with unacknowledged flags needing action, most urgent first.
    QList<ConditionConcern> open;
    for (const auto &cc : s.conditionConcerns(*checklist)) {
        if (cc.urgency < Urgency::Soon)
            continue;
        ConditionConcern o{cc.conditionId, cc.urgency, {}};
        for (const QString &item : cc.presentItems)
            if (!s.isAcknowledged(item))
                o.presentItems << item;
        if (!o.presentItems.isEmpty())
            open << o;
    }
    QString key = m_editor->isReadOnly() ? u"ro|"_s : u"rw|"_s;
    for (const auto &o : open)
        key += o.conditionId + u':' + urgencyCode(o.urgency) + u':' + o.presentItems.join(u',') + u';';
    // Rebuilt only when something changed, so focus is not lost on every click.
    if (key != m_bannerKey) {
        m_bannerKey = key;
        while (QLayoutItem *item = m_banners->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        for (const auto &o : open) {
            const RedFlagCondition *c = checklist->condition(o.conditionId);
            QStringList names;
            for (const QString &id : o.presentItems)
                names << contentText(checklist->item(id)->text);
            auto *banner = new QWidget(this);
            banner->setObjectName(u"actionBanner-"_s + o.conditionId);
            banner->setStyleSheet(concernStyleFor(banner->objectName(), o.urgency));
            auto *bl = new QHBoxLayout(banner);
            auto *text = new QLabel(banner);
            text->setObjectName(u"actionText"_s);
            text->setWordWrap(true);
            text->setTextFormat(Qt::PlainText);
            QFont bold = text->font();
            bold.setBold(true);
            auto *title = new QLabel(tr("⚠ %1 — %2").arg(contentText(c->label), urgencyLabel(o.urgency)), banner);
            title->setObjectName(u"actionTitle"_s);
            title->setFont(bold);
            title->setTextFormat(Qt::PlainText);
            text->setText(tr("%1\nPresent: %2. Record the action taken, or the reason for not acting, before the visit can be signed.")
                              .arg(c->action(o.urgency), names.join(u"; "_s)));
            auto *ack = new QPushButton(tr("Record &action…"), banner);
            ack->setObjectName(u"acknowledge-"_s + o.conditionId);
            ack->setAccessibleName(tr("Record the action for %1").arg(contentText(c->label)));
            ack->setEnabled(!m_editor->isReadOnly() && m_editor->loadError().isEmpty());
            const QString conditionId = o.conditionId;
            connect(ack, &QPushButton::clicked, this, [this, conditionId] { openAcknowledgeDialog(conditionId); });
            auto *texts = new QVBoxLayout;
            texts->addWidget(title);
            texts->addWidget(text);
            bl->addLayout(texts, 1);
            bl->addWidget(ack, 0, Qt::AlignTop);
            m_banners->addWidget(banner);
            banner->show(); // at once, not on the layout's next pass: tests and screen readers see it now
        }
    }

    // What has been recorded stays visible, with who and when.
    QStringList lines;
    QHash<qint64, QString> &names = m_clinicianNames;
    const QLocale locale;
    for (const Acknowledgement &a : s.acknowledgements()) {
        if (!names.contains(a.clinicianId)) {
            const auto clinician = ClinicianRepository(m_editor->database()).find(a.clinicianId);
            names.insert(a.clinicianId, clinician ? clinician->signatureName() : tr("clinician %1").arg(a.clinicianId));
        }
        QString target = a.target;
        if (const auto *c = checklist->condition(a.target))
            target = contentText(c->label);
        else if (const auto *i = checklist->item(a.target))
            target = contentText(i->text);
        const QString what = a.actionTaken.isEmpty() ? tr("not acted on: %1").arg(a.reasonNotActing) : a.actionTaken;
        lines << tr("✓ %1: %2 — %3, %4").arg(target, what, names.value(a.clinicianId),
                                            locale.toString(a.at.toLocalTime(), QLocale::ShortFormat));
    }
    m_acknowledged->setText(lines.join(u'\n'));
    m_acknowledged->setVisible(!lines.isEmpty());
}

void RedFlagPanel::openAcknowledgeDialog(const QString &conditionId)
{
    const RedFlagChecklist *checklist = m_editor->redChecklist();
    const RedFlagCondition *c = checklist ? checklist->condition(conditionId) : nullptr;
    if (!c)
        return;
    const RedFlagScreen &s = m_editor->redFlags();
    QStringList items;
    for (const auto &i : c->items)
        if (s.state(i.id) == FlagState::Present)
            items << contentText(i.text);
    AcknowledgeDialog dialog(*c, s.conditionConcern(*c), items, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!acknowledge(conditionId, dialog.actionTaken(), dialog.reason(), &error))
        QMessageBox::warning(this, tr("Not recorded"), error);
}

void RedFlagPanel::askMarkRestAbsent()
{
    const RedFlagChecklist *checklist = m_editor->redChecklist();
    if (!checklist)
        return;
    const int open = int(m_editor->redFlags().notAssessedItems(*checklist).size());
    if (open == 0)
        return;
    // Rule 1: "absent" is a finding; the clinician confirms each of these was asked.
    const auto answer = QMessageBox::question(
        this, tr("Mark the rest absent"),
        tr("Items still not assessed: %1. Mark all of them absent? Do this only if you asked about or examined each one.").arg(open),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        markRestAbsent();
}

int RedFlagPanel::markRestAbsent()
{
    return m_editor->markNotAssessedAbsent();
}

bool RedFlagPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Keyboard-fast entry: P, A or N on any of an item's buttons sets that item.
    if (event->type() == QEvent::KeyPress) {
        const QString itemId = watched->property("itemId").toString();
        if (!itemId.isEmpty() && !m_editor->isReadOnly()) {
            const auto *key = static_cast<QKeyEvent *>(event);
            std::optional<FlagState> state;
            if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
                if (key->key() == Qt::Key_P)
                    state = FlagState::Present;
                else if (key->key() == Qt::Key_A)
                    state = FlagState::Absent;
                else if (key->key() == Qt::Key_N)
                    state = FlagState::NotAssessed;
            }
            if (state) {
                const auto &row = m_items[itemId];
                row.buttons[size_t(*state)]->setFocus(Qt::ShortcutFocusReason);
                row.buttons[size_t(*state)]->click();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RedFlagPanel::applyReadOnly()
{
    const bool editable = m_editor->canEdit();
    for (const auto &row : std::as_const(m_items))
        for (auto *b : row.buttons)
            b->setEnabled(editable);
    m_bannerKey.clear(); // the banners' buttons follow
    refresh();
}

RedFlagScreen RedFlagPanel::screen() const
{
    return m_editor->redFlags();
}

Urgency RedFlagPanel::concern() const
{
    const RedFlagChecklist *checklist = m_editor->redChecklist();
    return checklist ? m_editor->redFlags().concern(*checklist) : Urgency::None;
}

QString RedFlagPanel::statusText() const
{
    const RedFlagChecklist *checklist = m_editor->redChecklist();
    return checklist ? m_editor->redFlags().statusText(*checklist) : tr("Red-flag screen incomplete");
}

QStringList RedFlagPanel::openActionConditions() const
{
    QStringList out;
    for (int i = 0; i < m_banners->count(); ++i)
        if (QWidget *w = m_banners->itemAt(i)->widget())
            out << w->objectName().mid(int(qstrlen("actionBanner-")));
    return out;
}

bool RedFlagPanel::setItemState(const QString &itemId, FlagState state)
{
    return m_editor->setItemState(itemId, state);
}

FlagState RedFlagPanel::itemState(const QString &itemId) const
{
    return m_editor->redFlags().state(itemId);
}

bool RedFlagPanel::acknowledge(const QString &target, const QString &actionTaken, const QString &reasonNotActing, QString *error)
{
    return m_editor->acknowledge(target, actionTaken, reasonNotActing, error);
}

bool RedFlagPanel::saveNow()
{
    return m_editor->saveNow();
}

bool RedFlagPanel::hasUnsavedChanges() const
{
    return m_editor->hasUnsavedChanges();
}

void RedFlagPanel::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
}

bool RedFlagPanel::isReadOnly() const
{
    return m_editor->isReadOnly();
}

QRadioButton *RedFlagPanel::stateButton(const QString &itemId, FlagState state) const
{
    const auto it = m_items.constFind(itemId);
    return it == m_items.cend() ? nullptr : it->buttons[size_t(state)];
}

} // namespace SpineDesk
