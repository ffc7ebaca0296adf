#include "ui/yellowflagpanel.h"

#include "ui/accessibilitycolours.h"
#include "ui/flagscreeneditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

YellowFlagPanel::YellowFlagPanel(QSqlDatabase db, qint64 clinicianId, const Visit &visit, QWidget *parent)
    : QWidget(parent)
    , m_editor(new FlagScreenEditor(std::move(db), clinicianId, visit, this))
{
    build();
}

YellowFlagPanel::YellowFlagPanel(FlagScreenEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    build();
}

YellowFlagPanel::~YellowFlagPanel()
{
    if (m_editor)
        m_editor->disconnect(this);
}

void YellowFlagPanel::build()
{
    m_conflictBanner = new QWidget(this);
    m_conflictBanner->setObjectName(u"conflictBanner"_s);
    m_conflictBanner->setStyleSheet(toneStyleSheet(u"conflictBanner"_s, Tone::Caution));
    auto *bannerLayout = new QHBoxLayout(m_conflictBanner);
    auto *bannerText = new QLabel(tr("⚠ The flag screen was changed in another window or on another workstation. Your latest changes "
                                     "are still on screen but were not saved. Reload to see the saved version."),
                                  m_conflictBanner);
    bannerText->setWordWrap(true);
    auto *reload = new QPushButton(tr("&Reload saved version"), m_conflictBanner);
    reload->setObjectName(u"reloadButton"_s);
    reload->setAccessibleName(tr("Reload the saved yellow flags"));
    connect(reload, &QPushButton::clicked, m_editor, &FlagScreenEditor::reload);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(reload);
    m_conflictBanner->setVisible(m_editor->hasConflict());

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    const YellowFlagChecklist *checklist = m_editor->yellowChecklist();
    if (!checklist) {
        auto *error = new QLabel(tr("⚠ The yellow-flag checklist cannot be read: %1").arg(m_editor->contentErrors().join(u"; "_s)), content);
        error->setObjectName(u"contentError"_s);
        error->setWordWrap(true);
        error->setStyleSheet(problemTextStyle());
        layout->addWidget(error);
    } else {
        // Guidance, not a score: what predicts a poor outcome (red-flags.md §4).
        QStringList predictors;
        for (const auto &p : checklist->keyPredictors)
            predictors << u"• "_s + contentText(p);
        auto *intro = new QLabel(tr("Psychosocial factors that predict a poor outcome — recorded to inform the plan and the letter; "
                                    "they never block signing.\n%1").arg(predictors.join(u'\n')), content);
        intro->setObjectName(u"yellowGuidance"_s);
        intro->setWordWrap(true);
        intro->setTextFormat(Qt::PlainText);
        QStringList sources;
        for (const auto &c : checklist->sources)
            sources << u"• "_s + c.text + u" ["_s + evidenceTagLabel(c.tag) + u']';
        intro->setToolTip(sources.join(u'\n'));
        layout->addWidget(intro);

        // Two domains side by side keeps the whole checklist on one screen.
        auto *grid = new QGridLayout;
        int index = 0;
        for (const YellowFlagDomain &domain : checklist->domains) {
            auto *box = new QGroupBox(contentText(domain.label), content);
            box->setObjectName(u"domain-"_s + domain.id);
            auto *bl = new QVBoxLayout(box);
            for (const YellowFlagItem &item : domain.items) {
                auto *check = new QCheckBox(contentText(item.text), box);
                check->setObjectName(u"yellow-"_s + item.id);
                check->setAccessibleName(contentText(item.text));
                const QString itemId = item.id;
                connect(check, &QCheckBox::toggled, this, [this, itemId](bool on) { m_editor->setYellowChecked(itemId, on); });
                m_boxes.insert(item.id, check);
                bl->addWidget(check);
            }
            auto *note = new QPlainTextEdit(box);
            note->setObjectName(u"note-"_s + domain.id);
            note->setAccessibleName(tr("Note on %1").arg(contentText(domain.label)));
            note->setPlaceholderText(tr("Note (optional)"));
            note->setTabChangesFocus(true);
            note->setFixedHeight(note->fontMetrics().lineSpacing() * 3 + 12);
            const QString domainId = domain.id;
            connect(note, &QPlainTextEdit::textChanged, this, [this, note, domainId] {
                m_editor->setYellowNote(domainId, note->toPlainText());
            });
            m_notes.insert(domain.id, note);
            bl->addWidget(note);
            bl->addStretch();
            grid->addWidget(box, index / 2, index % 2);
            ++index;
        }
        layout->addLayout(grid);
    }
    layout->addStretch();

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"yellowSummary"_s);
    m_summary->setAccessibleName(tr("Yellow-flag summary"));
    m_summary->setWordWrap(true);
    m_state = new QLabel(this);
    m_state->setObjectName(u"saveState"_s);
    m_state->setAccessibleName(tr("Save status"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_conflictBanner);
    outer->addWidget(m_summary);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_state);

    connect(m_editor, &FlagScreenEditor::changed, this, &YellowFlagPanel::refresh);
    connect(m_editor, &FlagScreenEditor::stateChanged, m_state, &QLabel::setText);
    connect(m_editor, &FlagScreenEditor::conflictChanged, m_conflictBanner, &QWidget::setVisible);
    connect(m_editor, &FlagScreenEditor::readOnlyChanged, this, &YellowFlagPanel::applyReadOnly);
    m_state->setText(m_editor->stateText());
    refresh();
    applyReadOnly();
}

void YellowFlagPanel::refresh()
{
    const YellowFlags &y = m_editor->yellowFlags();
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        if (it.value()->isChecked() != y.isChecked(it.key())) {
            const QSignalBlocker block(it.value());
            it.value()->setChecked(y.isChecked(it.key()));
        }
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it) {
        // Compared trimmed: the stored note may differ from the text being typed only in
        // trailing space, and resetting the text would move the cursor.
        if (it.value()->toPlainText().trimmed() != y.note(it.key()).trimmed()) {
            const QSignalBlocker block(it.value());
            it.value()->setPlainText(y.note(it.key()));
        }
    }
    if (const YellowFlagChecklist *checklist = m_editor->yellowChecklist()) {
        const int flags = int(y.checkedItems().size());
        const QStringList domains = y.domainsWithFlags(*checklist);
        QStringList labels;
        for (const QString &id : domains)
            if (const auto *d = checklist->domain(id))
                labels << contentText(d->label);
        if (flags == 0 && labels.isEmpty())
            m_summary->setText(tr("No yellow flags recorded."));
        else
            m_summary->setText(tr("Yellow flags ticked: %1. Domains with flags or notes: %2.").arg(flags).arg(labels.join(u", "_s)));
    }
    emit changed();
}

void YellowFlagPanel::applyReadOnly()
{
    const bool editable = m_editor->canEdit();
    for (auto *box : std::as_const(m_boxes))
        box->setEnabled(editable);
    for (auto *note : std::as_const(m_notes))
        note->setReadOnly(!editable);
}

YellowFlags YellowFlagPanel::yellowFlags() const
{
    return m_editor->yellowFlags();
}

bool YellowFlagPanel::setChecked(const QString &itemId, bool checked)
{
    return m_editor->setYellowChecked(itemId, checked);
}

bool YellowFlagPanel::setNote(const QString &domainId, const QString &text)
{
    return m_editor->setYellowNote(domainId, text);
}

bool YellowFlagPanel::saveNow()
{
    return m_editor->saveNow();
}

void YellowFlagPanel::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
}

} // namespace SpineDesk
