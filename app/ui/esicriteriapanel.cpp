#include "ui/esicriteriapanel.h"

#include "ui/accessibilitycolours.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <optional>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
enum Column { Code, Criterion, Status, Data, Source, ColumnCount };

// A pale background besides the symbol and word, for quick scanning; never the only cue. A
// dark (high-contrast) palette keeps its own colours: the symbol and word say it all.
std::optional<Tone> statusTone(CriterionStatus s)
{
    switch (s) {
    case CriterionStatus::Met: return Tone::Success;
    case CriterionStatus::NotMet: return Tone::Problem;
    case CriterionStatus::NotDocumented: return Tone::Caution;
    case CriterionStatus::Advisory:
    case CriterionStatus::NotApplicable: break;
    }
    return std::nullopt;
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
            if (const auto tone = statusTone(c.status); tone && !isDarkPalette(m_table->palette())) {
                const ToneColours colours = toneColours(*tone, m_table->palette());
                item->setBackground(colours.background);
                item->setForeground(colours.text);
            }
            item->setToolTip(cells[col]);
            m_table->setItem(row, col, item);
        }
        m_table->item(row, Status)->setData(Qt::AccessibleTextRole, criterionStatusLabel(c.status));
    }
    m_table->setColumnWidth(Source, 180);
    m_table->resizeRowsToContents();
}

} // namespace SpineDesk
