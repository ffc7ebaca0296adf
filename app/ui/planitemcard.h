#pragma once

#include "core/plan/lowvaluecare.h"
#include "core/plan/plan.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace SpineDesk {

class LowValueBanner;

// One plan item: its kind, text (editable; a proposed item becomes "edited"), rationale and
// citations, its low-value-care advisories, and Accept / Remove / Restore. A removed item stays
// on record so it is not proposed again. Editing or removing the matched-package (Pathway)
// item asks for the reason for departing from it (pathways.md §1.3).
class PlanItemCard : public QFrame
{
    Q_OBJECT
public:
    PlanItemCard(const Plans::PlanItem &item, QWidget *parent = nullptr);

    Plans::PlanItem item() const;
    QString itemId() const { return m_item.id; }
    // A suggestion not accepted yet in this session (new proposals and merged ones).
    void setNew(bool isNew);
    bool isNew() const { return m_new; }
    void setWarnings(const QList<Plans::LowValueWarning> &warnings);
    void setReadOnly(bool readOnly);
    // Marks a field the plan needs before signing ("text", "departureReason"); empty clears.
    void setProblem(const QString &message);

    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *restoreButton() const { return m_restore; }
    QLineEdit *departureEdit() const { return m_departure; }
    LowValueBanner *banner() const { return m_banner; }
    QLabel *originLabel() const { return m_origin; }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void fitText();

    Plans::PlanItem m_item; // kind, rationale, citations and what is not on a widget
    bool m_new = false;
    bool m_readOnly = false;
    QLabel *m_kind = nullptr, *m_origin = nullptr, *m_rationale = nullptr, *m_citations = nullptr, *m_problem = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_accept = nullptr, *m_remove = nullptr, *m_restore = nullptr;
    QWidget *m_departureRow = nullptr;
    QLineEdit *m_departure = nullptr;
    LowValueBanner *m_banner = nullptr;
};

} // namespace SpineDesk
