#include "ui/planitemcard.h"

#include "ui/fielderrors.h"
#include "ui/lowvaluebanner.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
// The STarT Back matched package: proposed under this rule id with the stratum's kind.
bool isMatchedPackage(const Plans::PlanItem &item)
{
    return item.id == u"rule:pathway" || item.kind == Plans::ItemKind::Pathway;
}

QString originText(Plans::ItemOrigin o, bool removed, bool isNew)
{
    if (removed)
        return PlanItemCard::tr("Removed (kept on record, not proposed again)");
    if (isNew)
        return PlanItemCard::tr("New suggestion");
    switch (o) {
    case Plans::ItemOrigin::Proposed: return PlanItemCard::tr("Proposed");
    case Plans::ItemOrigin::Edited: return PlanItemCard::tr("Proposed, edited");
    case Plans::ItemOrigin::Added: break;
    }
    return PlanItemCard::tr("Added by the clinician");
}
} // namespace

PlanItemCard::PlanItemCard(const Plans::PlanItem &item, QWidget *parent)
    : QFrame(parent)
    , m_item(item)
{
    setObjectName(u"item-"_s + item.id);
    setFrameShape(QFrame::StyledPanel);
    const QString kind = Plans::itemKindLabel(item.kind);
    setAccessibleName(tr("Plan item: %1").arg(kind));

    m_kind = new QLabel(kind, this);
    m_kind->setObjectName(u"kind"_s);
    QFont bold = m_kind->font();
    bold.setBold(true);
    m_kind->setFont(bold);
    m_origin = new QLabel(this);
    m_origin->setObjectName(u"origin"_s);
    m_accept = new QPushButton(tr("Accept"), this);
    m_accept->setObjectName(u"accept"_s);
    m_accept->setAccessibleName(tr("Accept the suggestion as it is: %1").arg(kind));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"remove"_s);
    m_remove->setAccessibleName(tr("Remove from the plan: %1").arg(kind));
    m_restore = new QPushButton(tr("Restore"), this);
    m_restore->setObjectName(u"restore"_s);
    m_restore->setAccessibleName(tr("Put back into the plan: %1").arg(kind));
    auto *top = new QHBoxLayout;
    top->addWidget(m_kind);
    top->addWidget(m_origin, 1);
    top->addWidget(m_accept);
    top->addWidget(m_remove);
    top->addWidget(m_restore);

    m_text = new QPlainTextEdit(item.text, this);
    m_text->setObjectName(u"text"_s);
    m_text->setAccessibleName(tr("What is planned: %1").arg(kind));
    m_text->setTabChangesFocus(true);
    m_text->installEventFilter(this); // refitted to its width
    connect(m_text, &QPlainTextEdit::textChanged, this, &PlanItemCard::fitText);
    fitText();

    m_rationale = new QLabel(this);
    m_rationale->setObjectName(u"rationale"_s);
    m_rationale->setWordWrap(true);
    m_rationale->setTextFormat(Qt::PlainText);
    m_rationale->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rationale->setText(item.rationale.isEmpty() ? QString() : tr("Why: %1").arg(item.rationale));
    m_rationale->setVisible(!item.rationale.isEmpty());
    m_citations = new QLabel(this);
    m_citations->setObjectName(u"citations"_s);
    m_citations->setWordWrap(true);
    m_citations->setTextFormat(Qt::PlainText);
    m_citations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_citations->setText(item.citations.isEmpty() ? QString() : tr("Sources: %1").arg(item.citations.join(u"; "_s)));
    m_citations->setVisible(!item.citations.isEmpty());

    // pathways.md §1.3: departing from the matched package is recorded with its reason.
    m_departureRow = new QWidget(this);
    auto *dl = new QHBoxLayout(m_departureRow);
    dl->setContentsMargins(0, 0, 0, 0);
    m_departure = new QLineEdit(item.departureReason, m_departureRow);
    m_departure->setObjectName(u"departureReason"_s);
    m_departure->setMaxLength(300);
    m_departure->setAccessibleName(tr("Reason for departing from the matched package"));
    auto *dlabel = new QLabel(tr("Reason for &departing from the matched package:"), m_departureRow);
    dlabel->setBuddy(m_departure);
    dl->addWidget(dlabel);
    dl->addWidget(m_departure, 1);

    m_problem = makeErrorLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_banner = new LowValueBanner(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text);
    layout->addWidget(m_rationale);
    layout->addWidget(m_citations);
    layout->addWidget(m_departureRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_banner);

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_text->toPlainText() == m_item.text)
            return; // setPlainText of the same text, or an undo back to it
        m_item.text = m_text->toPlainText();
        if (m_item.origin == Plans::ItemOrigin::Proposed)
            m_item.origin = Plans::ItemOrigin::Edited;
        m_new = false;
        updateState();
        emit changed();
    });
    connect(m_departure, &QLineEdit::textEdited, this, [this] {
        m_item.departureReason = m_departure->text().trimmed();
        emit changed();
    });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        m_new = false;
        updateState();
        m_text->setFocus();
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_item.removed = true;
        m_new = false;
        updateState();
        m_restore->setFocus();
        emit changed();
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_item.removed = false;
        updateState();
        m_remove->setFocus();
        emit changed();
    });
    connect(m_banner, &LowValueBanner::keptChanged, this, [this] {
        // Reasons for advisories not shown now (the context changed) stay on record.
        QList<Plans::KeptWarning> kept;
        for (const Plans::KeptWarning &k : std::as_const(m_item.keptWarnings)) {
            bool shown = false;
            for (const Plans::LowValueWarning &w : m_banner->warnings())
                shown |= w.code == k.code;
            if (!shown)
                kept << k;
        }
        m_item.keptWarnings = kept + m_banner->kept();
        emit changed();
    });
    updateState();
}

bool PlanItemCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::Resize)
        fitText();
    return QFrame::eventFilter(watched, event);
}

void PlanItemCard::fitText()
{
    // As tall as the text (2 to 10 lines), so a long item is read whole without scrolling.
    const QFontMetrics fm(m_text->font());
    const int margin = int(m_text->document()->documentMargin());
    // contentsRect, not the viewport: the filter runs before the viewport follows the resize.
    const int width = std::max(50, m_text->contentsRect().width() - 2 * margin);
    const int textHeight = fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, m_text->toPlainText()).height();
    const int height = std::clamp(textHeight, 2 * fm.lineSpacing(), 10 * fm.lineSpacing());
    const int wanted = height + 2 * margin + 2 * m_text->frameWidth() + 2;
    if (m_text->height() != wanted)
        m_text->setFixedHeight(wanted);
}

Plans::PlanItem PlanItemCard::item() const
{
    return m_item;
}

void PlanItemCard::setNew(bool isNew)
{
    m_new = isNew;
    updateState();
}

void PlanItemCard::setWarnings(const QList<Plans::LowValueWarning> &warnings)
{
    m_banner->setWarnings(m_item.removed ? QList<Plans::LowValueWarning>{} : warnings, m_item.keptWarnings);
}

void PlanItemCard::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_text->setReadOnly(readOnly);
    m_departure->setReadOnly(readOnly);
    m_banner->setReadOnly(readOnly);
    updateState();
}

void PlanItemCard::setProblem(const QString &message)
{
    m_problem->setText(message.isEmpty() ? QString() : u"⚠ "_s + message);
    m_problem->setVisible(!message.isEmpty());
    updateState();
}

void PlanItemCard::updateState()
{
    const bool removed = m_item.removed;
    m_origin->setText(originText(m_item.origin, removed, m_new));
    m_accept->setVisible(m_new && !removed && !m_readOnly);
    m_remove->setVisible(!removed && !m_readOnly);
    m_restore->setVisible(removed && !m_readOnly);
    m_text->setEnabled(!removed);
    m_rationale->setEnabled(!removed);
    m_citations->setEnabled(!removed);
    const bool departed = isMatchedPackage(m_item)
        && (removed || m_item.origin == Plans::ItemOrigin::Edited || !m_item.departureReason.isEmpty());
    m_departureRow->setVisible(departed);
    if (removed)
        m_banner->setWarnings({}, m_item.keptWarnings);
    setAccessibleDescription(m_problem->isHidden() ? m_origin->text() : m_origin->text() + u". "_s + m_problem->text());
}

} // namespace SpineDesk
