#include "ui/esicriteriapanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
enum Column { Code, Criterion, Status, Data, Source, ColumnCount };

// A pale background besides the symbol and word, for quick scanning; never the only cue.
QColor statusBackground(CriterionStatus s)
{
    switch (s) {
    case CriterionStatus::Met: return QColor(0xe6, 0xf4, 0xea);
    case CriterionStatus::NotMet: return QColor(0xfd, 0xe7, 0xe9);
    case CriterionStatus::NotDocumented: return QColor(0xff, 0xf4, 0xce);
    case CriterionStatus::Advisory:
    case CriterionStatus::NotApplicable: break;
    }
    return {};
}
} // namespace

QString EsiCriteriaPanel::statusSymbol(CriterionStatus s)
{
    switch (s) {
    case CriterionStatus::Met: return u"✓"_s;
    case CriterionStatus::NotMet: return u"✗"_s;
    case CriterionStatus::NotDocumented: return u"?"_s;
    case CriterionStatus::Advisory: return u"ℹ"_s;
    case CriterionStatus::NotApplicable: return u"–"_s;
    }
    return {};
}

EsiCriteriaPanel::EsiCriteriaPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *intro = new QLabel(tr("Checked against this visit's own records. Missing data is never counted as met; "
                                "SpineDesk does not approve injections."),
                             this);
    intro->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"esiSummary"_s);
    m_summary->setAccessibleName(tr("ESI criteria summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"esiCriteria"_s);
    m_table->setAccessibleName(tr("Epidural steroid injection criteria"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Criterion"), tr("Status"), tr("Data judged on"), tr("Source")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(Code, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Criterion, QHeaderView::Stretch);
    header->setSectionResizeMode(Status, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Data, QHeaderView::Stretch);
    header->setSectionResizeMode(Source, QHeaderView::Interactive);
    connect(header, &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void EsiCriteriaPanel::setCheck(const EsiCheck &check)
{
    m_check = check;
    m_summary->setText(check.summaryLine());
    m_table->setRowCount(0);
    for (const EsiCriterion &c : check.criteria) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString status = statusSymbol(c.status) + u' ' + criterionStatusLabel(c.status);
        const QStringList cells{c.code, c.title, status, c.detail, c.sources};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, criterionStatusCode(c.status));
            if (const QColor bg = statusBackground(c.status); bg.isValid())
                item->setBackground(bg);
            item->setToolTip(cells[col]);
            m_table->setItem(row, col, item);
        }
        m_table->item(row, Status)->setData(Qt::AccessibleTextRole, criterionStatusLabel(c.status));
    }
    m_table->setColumnWidth(Source, 180);
    m_table->resizeRowsToContents();
}

} // namespace SpineDesk
