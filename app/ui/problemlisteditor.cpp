#include "ui/problemlisteditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
enum Column { Problem, Details, Code, Primary, ColumnCount };
} // namespace

ProblemListEditor::ProblemListEditor(const Plans::DiagnosisCatalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
{
    setObjectName(u"problemList"_s);
    setAccessibleName(tr("Problem list"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"problems"_s);
    m_table->setAccessibleName(tr("Problems and diagnoses"));
    m_table->setHorizontalHeaderLabels({tr("Problem"), tr("Details"), tr("ICD-10-CM"), tr("Primary")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Problem, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Details, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Code, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Primary, QHeaderView::ResizeToContents);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum); // as tall as its rows
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || m_readOnly)
            return;
        const int row = item->row();
        if (item->column() == Details) {
            m_problems[row].text = item->text().trimmed();
        } else if (item->column() == Primary) {
            const bool primary = item->checkState() == Qt::Checked;
            for (int i = 0; i < m_problems.size(); ++i)
                m_problems[i].primary = primary ? i == row : m_problems[i].primary && i != row;
            // The table is refilled after the view has finished with the item it changed.
            QMetaObject::invokeMethod(this, &ProblemListEditor::refresh, Qt::QueuedConnection);
        } else {
            return;
        }
        emit changed();
    });

    m_warning = new QLabel(this);
    m_warning->setObjectName(u"problemWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->hide();

    m_editRows = new QWidget(this);
    auto *g = new QGridLayout(m_editRows);
    g->setContentsMargins(0, 0, 0, 0);
    m_diagnosis = new QComboBox(m_editRows);
    m_diagnosis->setObjectName(u"diagnosis"_s);
    m_diagnosis->setAccessibleName(tr("Diagnosis from the catalogue"));
    m_diagnosis->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_diagnosis->setMinimumContentsLength(24);
    for (const Plans::DiagnosisDefinition &d : m_catalogue.all())
        m_diagnosis->addItem(d.icd10cm.isEmpty() ? tr("%1 (code not verified)").arg(d.label) : tr("%1 (%2)").arg(d.label, d.icd10cm), d.id);
    m_qualifier = new QLineEdit(m_editRows);
    m_qualifier->setObjectName(u"qualifier"_s);
    m_qualifier->setAccessibleName(tr("Details of the diagnosis, such as side and level"));
    m_qualifier->setPlaceholderText(tr("Details, e.g. left L5"));
    m_qualifier->setMaxLength(200);
    m_addDiagnosis = new QPushButton(tr("Add dia&gnosis"), m_editRows);
    m_addDiagnosis->setObjectName(u"addDiagnosis"_s);
    m_addDiagnosis->setAccessibleName(tr("Add the chosen diagnosis to the problem list"));
    connect(m_addDiagnosis, &QPushButton::clicked, this, [this] {
        if (addDiagnosis(m_diagnosis->currentData().toString(), m_qualifier->text()))
            m_qualifier->clear();
    });
    m_freeText = new QLineEdit(m_editRows);
    m_freeText->setObjectName(u"freeTextProblem"_s);
    m_freeText->setAccessibleName(tr("A problem in your own words"));
    m_freeText->setPlaceholderText(tr("A problem in your own words (printed without a code)"));
    m_freeText->setMaxLength(300);
    m_addFree = new QPushButton(tr("Add &problem"), m_editRows);
    m_addFree->setObjectName(u"addFreeText"_s);
    m_addFree->setAccessibleName(tr("Add the problem in your own words"));
    connect(m_addFree, &QPushButton::clicked, this, [this] {
        if (addFreeText(m_freeText->text()))
            m_freeText->clear();
    });
    connect(m_freeText, &QLineEdit::returnPressed, m_addFree, &QPushButton::click);
    m_primary = new QPushButton(tr("Make pri&mary"), m_editRows);
    m_primary->setObjectName(u"makePrimary"_s);
    m_primary->setAccessibleName(tr("Make the selected problem the primary one"));
    connect(m_primary, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            setPrimary(m_table->currentRow());
    });
    m_remove = new QPushButton(tr("Remove selected"), m_editRows);
    m_remove->setObjectName(u"removeProblem"_s);
    m_remove->setAccessibleName(tr("Remove the selected problem"));
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            removeRow(m_table->currentRow());
    });
    // A label it is labelled by: on Linux, screen readers name a combo box by its label.
    auto *diagnosisLabel = new QLabel(tr("Diagnosis:"), m_editRows);
    diagnosisLabel->setBuddy(m_diagnosis);
    auto *diagnosisRow = new QHBoxLayout;
    diagnosisRow->addWidget(diagnosisLabel);
    diagnosisRow->addWidget(m_diagnosis, 1);
    g->addLayout(diagnosisRow, 0, 0);
    g->addWidget(m_qualifier, 0, 1);
    g->addWidget(m_addDiagnosis, 0, 2);
    g->addWidget(m_freeText, 1, 0, 1, 2);
    g->addWidget(m_addFree, 1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_primary);
    buttons->addWidget(m_remove);
    g->addLayout(buttons, 2, 0, 1, 3);
    g->setColumnStretch(0, 2);
    g->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_warning);
    layout->addWidget(m_editRows);
    if (const QString checked = m_catalogue.checkedAgainst(); !checked.isEmpty())
        m_diagnosis->setToolTip(tr("Codes checked against: %1").arg(checked));
    refresh();
}

void ProblemListEditor::setProblems(const QList<Plans::ProblemEntry> &problems)
{
    m_problems = problems;
    refresh();
}

void ProblemListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editRows->setVisible(!readOnly);
    refresh();
}

bool ProblemListEditor::addDiagnosis(const QString &diagnosisId, const QString &qualifier)
{
    if (m_readOnly || !m_catalogue.find(diagnosisId))
        return false;
    Plans::ProblemEntry p;
    p.diagnosisId = diagnosisId;
    p.text = qualifier.trimmed();
    p.primary = m_problems.isEmpty();
    m_problems << p;
    commit();
    return true;
}

bool ProblemListEditor::addFreeText(const QString &text)
{
    if (m_readOnly || text.trimmed().isEmpty())
        return false;
    Plans::ProblemEntry p;
    p.text = text.trimmed();
    p.primary = m_problems.isEmpty();
    m_problems << p;
    commit();
    return true;
}

void ProblemListEditor::removeRow(int row)
{
    if (m_readOnly || row < 0 || row >= m_problems.size())
        return;
    m_problems.removeAt(row);
    commit();
}

void ProblemListEditor::setPrimary(int row)
{
    if (m_readOnly || row < 0 || row >= m_problems.size())
        return;
    for (int i = 0; i < m_problems.size(); ++i)
        m_problems[i].primary = i == row;
    commit();
}

QString ProblemListEditor::codeText(const Plans::ProblemEntry &problem) const
{
    if (problem.diagnosisId.isEmpty())
        return tr("no code (free text)");
    const Plans::DiagnosisDefinition *d = m_catalogue.find(problem.diagnosisId);
    return d && !d->icd10cm.isEmpty() ? d->icd10cm : tr("code not verified");
}

void ProblemListEditor::commit()
{
    refresh();
    emit changed();
}

void ProblemListEditor::refresh()
{
    m_filling = true;
    const int current = m_table->currentRow();
    m_table->setRowCount(int(m_problems.size()));
    QStringList codes, unknown;
    for (int row = 0; row < m_problems.size(); ++row) {
        const Plans::ProblemEntry &p = m_problems[row];
        const Plans::DiagnosisDefinition *d = p.diagnosisId.isEmpty() ? nullptr : m_catalogue.find(p.diagnosisId);
        if (!p.diagnosisId.isEmpty() && !d)
            unknown << p.diagnosisId;
        auto *name = new QTableWidgetItem(d ? d->label : p.diagnosisId.isEmpty() ? p.text : p.diagnosisId);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (d && !d->note.isEmpty())
            name->setToolTip(d->note);
        auto *details = new QTableWidgetItem(p.diagnosisId.isEmpty() ? QString() : p.text);
        // A free-text problem is its own name; a diagnosis takes a qualifier.
        details->setFlags(p.diagnosisId.isEmpty() || m_readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                                : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        auto *code = new QTableWidgetItem(codeText(p));
        code->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (d && !d->icd10cm.isEmpty()) {
            code->setToolTip(d->icd10Title);
            codes << d->icd10cm;
        } else if (d) {
            code->setToolTip(d->note);
        }
        auto *primary = new QTableWidgetItem(p.primary ? tr("Primary") : QString());
        primary->setFlags(m_readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                     : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        primary->setCheckState(p.primary ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Problem, name);
        m_table->setItem(row, Details, details);
        m_table->setItem(row, Code, code);
        m_table->setItem(row, Primary, primary);
    }
    m_table->resizeRowsToContents();
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, 0);
    m_filling = false;

    QStringList warnings;
    if (const QString conflict = Plans::excludesConflict(codes); !conflict.isEmpty())
        warnings << conflict;
    if (!unknown.isEmpty())
        warnings << tr("Not in the diagnosis catalogue (printed without a code): %1").arg(unknown.join(u", "_s));
    for (const QString &e : m_catalogue.errors())
        warnings << tr("Diagnosis catalogue: %1").arg(e);
    m_warning->setText(warnings.isEmpty() ? QString() : u"⚠ "_s + warnings.join(u"\n⚠ "_s));
    m_warning->setVisible(!warnings.isEmpty());
    m_remove->setEnabled(!m_problems.isEmpty());
    m_primary->setEnabled(!m_problems.isEmpty());
}

} // namespace SpineDesk
