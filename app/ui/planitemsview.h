#pragma once

#include "core/plan/lowvaluecare.h"
#include "core/plan/plan.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace SpineDesk {

class PlanItemCard;

// The plan's items in print order, one card each, with their low-value-care advisories
// (checked as soon as an item is chosen), and a row to add an item by kind and text.
class PlanItemsView : public QWidget
{
    Q_OBJECT
public:
    explicit PlanItemsView(QWidget *parent = nullptr);

    // `newIds`: suggestions to mark as new (not accepted yet).
    void setItems(const QList<Plans::PlanItem> &items, const QSet<QString> &newIds = {});
    QList<Plans::PlanItem> items() const;
    void setContext(const Plans::LowValueContext &context); // re-checks every item
    void setReadOnly(bool readOnly);
    // Per item: the messages the plan needs before signing (empty clears).
    void setProblems(const QHash<QString, QString> &byItemId);

    // Adds an item as the clinician would; returns its id (empty when the text is empty).
    QString addItem(Plans::ItemKind kind, const QString &text);
    PlanItemCard *card(const QString &itemId) const;
    QList<PlanItemCard *> cards() const { return m_cards; }
    // The first active item of this kind, or null.
    PlanItemCard *firstCard(Plans::ItemKind kind) const;
    int newCount() const;
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *newTextEdit() const { return m_newText; }
    QPushButton *addButton() const { return m_add; }
    QLabel *newSuggestionsLabel() const { return m_newLabel; }

signals:
    void changed();
    void itemAdded(PlanItemCard *card); // the page brings it into view

private:
    PlanItemCard *appendCard(const Plans::PlanItem &item, bool isNew);
    void recheck(PlanItemCard *card);
    void updateNewLabel();

    Plans::LowValueContext m_context;
    bool m_readOnly = false;
    QList<PlanItemCard *> m_cards;
    QVBoxLayout *m_list = nullptr;
    QLabel *m_newLabel = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_addRow = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_newText = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace SpineDesk
