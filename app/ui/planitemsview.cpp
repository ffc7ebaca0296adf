#include "ui/planitemsview.h"

#include "ui/accessibility.h"
#include "ui/lowvaluebanner.h"
#include "ui/planitemcard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

PlanItemsView::PlanItemsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"planItems"_s);
    setAccessibleName(tr("Plan items"));
    m_newLabel = new QLabel(this);
    m_newLabel->setObjectName(u"newSuggestions"_s);
    m_newLabel->setAccessibleName(tr("New suggestions"));
    m_newLabel->setWordWrap(true);
    m_newLabel->hide();
    m_empty = new QLabel(tr("No items yet. Add what is planned below."), this);
    m_empty->setObjectName(u"noItems"_s);
    auto *listBox = new QWidget(this);
    m_list = new QVBoxLayout(listBox);
    m_list->setContentsMargins(0, 0, 0, 0);

    m_addRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_addRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(m_addRow);
    m_kind->setObjectName(u"newItemKind"_s);
    m_kind->setAccessibleName(tr("Kind of the new item"));
    for (Plans::ItemKind k : Plans::itemKinds())
        m_kind->addItem(Plans::itemKindLabel(k), Plans::itemKindCode(k));
    m_newText = new QLineEdit(m_addRow);
    m_newText->setObjectName(u"newItemText"_s);
    m_newText->setAccessibleName(tr("What is planned (new item)"));
    m_newText->setPlaceholderText(tr("What is planned"));
    m_newText->setMaxLength(1000);
    m_add = new QPushButton(tr("Add &item"), m_addRow);
    m_add->setObjectName(u"addItem"_s);
    m_add->setAccessibleName(tr("Add the new item to the plan"));
    auto *kindLabel = new QLabel(tr("&Kind:"), m_addRow);
    kindLabel->setBuddy(m_kind);
    row->addWidget(kindLabel);
    row->addWidget(m_kind);
    row->addWidget(m_newText, 1);
    row->addWidget(m_add);
    auto add = [this] {
        const auto kind = Plans::itemKindFromCode(m_kind->currentData().toString());
        if (kind && !addItem(*kind, m_newText->text()).isEmpty()) {
            m_newText->clear();
            m_newText->setFocus();
        }
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_newText, &QLineEdit::returnPressed, this, add);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_newLabel);
    layout->addWidget(m_empty);
    layout->addWidget(listBox);
    layout->addWidget(m_addRow);
}

void PlanItemsView::setItems(const QList<Plans::PlanItem> &items, const QSet<QString> &newIds)
{
    for (PlanItemCard *c : std::as_const(m_cards))
        delete c;
    m_cards.clear();
    for (const Plans::PlanItem &item : items)
        appendCard(item, newIds.contains(item.id));
    updateNewLabel();
}

QList<Plans::PlanItem> PlanItemsView::items() const
{
    QList<Plans::PlanItem> out;
    for (const PlanItemCard *c : m_cards)
        out << c->item();
    return out;
}

void PlanItemsView::setContext(const Plans::LowValueContext &context)
{
    m_context = context;
    for (PlanItemCard *c : std::as_const(m_cards)) {
        recheck(c);
        placeTabOrderBefore(c, m_kind); // an advisory's reason field joins its card's tab order
    }
}

void PlanItemsView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (PlanItemCard *c : std::as_const(m_cards))
        c->setReadOnly(readOnly);
    m_addRow->setVisible(!readOnly);
    updateNewLabel();
}

void PlanItemsView::setProblems(const QHash<QString, QString> &byItemId)
{
    for (PlanItemCard *c : std::as_const(m_cards))
        c->setProblem(byItemId.value(c->itemId()));
}

QString PlanItemsView::addItem(Plans::ItemKind kind, const QString &text)
{
    if (text.trimmed().isEmpty() || m_readOnly)
        return {};
    Plans::TreatmentPlan plan;
    plan.items = items();
    Plans::PlanItem item;
    item.id = plan.nextItemId();
    item.kind = kind;
    item.text = text.trimmed();
    item.origin = Plans::ItemOrigin::Added;
    PlanItemCard *c = appendCard(item, false);
    // The advisory shows as soon as the item is chosen, before anything is saved.
    emit changed();
    emit itemAdded(c);
    return item.id;
}

PlanItemCard *PlanItemsView::card(const QString &itemId) const
{
    for (PlanItemCard *c : m_cards)
        if (c->itemId() == itemId)
            return c;
    return nullptr;
}

PlanItemCard *PlanItemsView::firstCard(Plans::ItemKind kind) const
{
    for (PlanItemCard *c : m_cards)
        if (c->item().kind == kind && !c->item().removed)
            return c;
    return nullptr;
}

int PlanItemsView::newCount() const
{
    int n = 0;
    for (const PlanItemCard *c : m_cards)
        n += c->isNew() && !c->item().removed;
    return n;
}

PlanItemCard *PlanItemsView::appendCard(const Plans::PlanItem &item, bool isNew)
{
    auto *c = new PlanItemCard(item, this);
    c->setNew(isNew);
    c->setReadOnly(m_readOnly);
    m_cards << c;
    m_list->addWidget(c);
    recheck(c);
    connect(c, &PlanItemCard::changed, this, [this, c] {
        recheck(c); // a restored item shows its advisories again
        placeTabOrderBefore(c, m_kind);
        updateNewLabel();
        emit changed();
    });
    m_empty->setVisible(false);
    // Cards are made after the page: Tab reaches them where they stand, before the new-item row.
    placeTabOrderBefore(c, m_kind);
    return c;
}

void PlanItemsView::recheck(PlanItemCard *c)
{
    c->setWarnings(Plans::checkItem(c->item(), m_context));
}

void PlanItemsView::updateNewLabel()
{
    const int n = newCount();
    m_newLabel->setText(n == 1 ? tr("1 new suggestion from the record: accept, edit or remove it.")
                               : tr("%1 new suggestions from the record: accept, edit or remove each.").arg(n));
    m_newLabel->setVisible(n > 0 && !m_readOnly);
    m_empty->setVisible(m_cards.isEmpty());
}

} // namespace SpineDesk
