#pragma once

#include "core/esicriteria.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace SpineDesk {

// The epidural steroid injection criteria check (issue 4) as a table: code, criterion,
// status (a symbol and a word, never colour alone), the data it was judged on and the
// policies it comes from, with the one-line summary the letter uses.
class EsiCriteriaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EsiCriteriaPanel(QWidget *parent = nullptr);

    void setCheck(const EsiCheck &check);
    const EsiCheck &check() const { return m_check; }
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

    static QString statusSymbol(CriterionStatus s);

private:
    EsiCheck m_check;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace SpineDesk
