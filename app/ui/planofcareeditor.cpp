#include "ui/planofcareeditor.h"

#include "ui/datefield.h"
#include "ui/fielderrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Therapy;

namespace {
QSpinBox *countBox(QWidget *parent, int maximum, const QString &suffix, bool blankZero)
{
    auto *box = new QSpinBox(parent);
    // Wider than the valid range, so that validation says what is wrong instead of clamping.
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // as wide as its longest value, at any font size
    if (blankZero)
        box->setSpecialValueText(PlanOfCareEditor::tr("—"));
    TherapyUi::guardWheel(box);
    return box;
}
} // namespace

PlanOfCareEditor::PlanOfCareEditor(QDate visitDate, QWidget *parent)
    : TherapySection(parent)
    , m_visitDate(visitDate)
{
    auto *box = new QGroupBox(tr("Plan of care"), this);
    auto *bl = new QVBoxLayout(box);
    bl->addWidget(TherapyUi::sectionHint(tr("For certification by the referring clinician the plan of care needs diagnoses, "
                                            "long-term functional goals, and the type, amount, frequency and duration of therapy. "
                                            "Diagnoses and long-term goals are entered on the Plan step."),
                                         box));
    m_pathway = TherapyUi::sectionHint(QString(), box);
    m_pathway->setObjectName(u"startBackPathway"_s);
    m_pathway->hide();
    bl->addWidget(m_pathway);

    // One grid for the header and the lines, so the columns line up.
    m_grid = new QGridLayout;
    const QStringList titles{tr("Type of therapy"), tr("Times a day"), tr("Minutes"), tr("Times a week"), tr("Weeks")};
    for (int i = 0; i < titles.size(); ++i) {
        auto *l = new QLabel(titles.at(i), box);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        m_grid->addWidget(l, 0, i);
    }
    m_grid->setColumnStretch(0, 1);
    bl->addLayout(m_grid);
    m_empty = TherapyUi::sectionHint(tr("No therapy line yet."), box);
    m_empty->setObjectName(u"planOfCareEmpty"_s);
    bl->addWidget(m_empty);
    m_add = new QPushButton(tr("Add a &therapy line"), box);
    m_add->setObjectName(u"addTherapyLine"_s);
    m_add->setAccessibleName(tr("Add a line to the plan of care"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addLine(TherapyLine{});
        m_rows.at(row).type->setFocus();
    });
    bl->addWidget(m_add, 0, Qt::AlignLeft);

    auto *form = new QFormLayout;
    m_planStart = new DateField(box);
    m_planStart->setObjectName(u"planStart"_s);
    m_planStart->setAccessibleName(tr("Plan of care start date"));
    m_planStart->setPlaceholderText(tr("the first treatment date"));
    connect(m_planStart, &QLineEdit::textEdited, this, &TherapySection::changed);
    form->addRow(tr("Plan &start"), m_planStart);
    m_planStartError = makeErrorLabel(box);
    m_planStartError->setObjectName(u"planStartError"_s);
    form->addRow(QString(), m_planStartError);
    m_rehab = new QLineEdit(box);
    m_rehab->setObjectName(u"rehabPotential"_s);
    m_rehab->setAccessibleName(tr("Rehabilitation potential"));
    m_rehab->setPlaceholderText(tr("Optional, in your words, e.g. good"));
    m_rehab->setMaxLength(300);
    connect(m_rehab, &QLineEdit::textEdited, this, &TherapySection::changed);
    form->addRow(tr("Rehabilitation &potential"), m_rehab);
    bl->addLayout(form);

    m_problems = new QLabel(box);
    m_problems->setObjectName(u"planOfCareProblems"_s);
    m_problems->setAccessibleName(tr("What the plan of care still needs"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setFocusPolicy(Qt::TabFocus);
    bl->addWidget(m_problems);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    renumber();
}

int PlanOfCareEditor::appendRow(const TherapyLine &line)
{
    QWidget *parent = m_empty->parentWidget();
    Row r;
    r.type = new QComboBox(parent);
    for (TherapyType t : therapyTypes())
        r.type->addItem(therapyTypeLabel(t), therapyTypeCode(t));
    r.type->setCurrentIndex(std::max(0, int(r.type->findData(therapyTypeCode(line.type)))));
    r.type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    r.type->setMinimumContentsLength(14);
    TherapyUi::guardWheel(r.type);
    r.detail = new QLineEdit(line.detail, parent);
    r.detail->setPlaceholderText(tr("Detail, e.g. directional-preference exercises, progressing to loading"));
    r.detail->setMaxLength(300);
    r.timesPerDay = countBox(parent, 99, QString(), false);
    r.timesPerDay->setValue(line.timesPerDay);
    r.minutes = countBox(parent, 999, tr(" min"), true);
    r.minutes->setValue(line.minutes);
    r.timesPerWeek = countBox(parent, 99, QString(), true);
    r.timesPerWeek->setValue(line.timesPerWeek);
    r.weeks = countBox(parent, 999, QString(), true);
    r.weeks->setValue(line.weeks);
    r.remove = new QPushButton(tr("Remove"), parent);
    r.error = makeErrorLabel(parent);
    TherapyUi::insertBeforeInFocusChain(m_add, {r.type, r.timesPerDay, r.minutes, r.timesPerWeek, r.weeks, r.detail, r.remove});

    QWidget *key = r.type;
    connect(r.type, &QComboBox::currentIndexChanged, this, &TherapySection::changed);
    connect(r.detail, &QLineEdit::textEdited, this, &TherapySection::changed);
    for (QSpinBox *s : {r.timesPerDay, r.minutes, r.timesPerWeek, r.weeks})
        connect(s, &QSpinBox::valueChanged, this, &TherapySection::changed);
    connect(r.remove, &QPushButton::clicked, this, [this, key] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).type == key) {
                removeLine(i);
                m_add->setFocus();
                return;
            }
    });
    m_rows.append(r);
    renumber();
    return int(m_rows.size()) - 1;
}

QList<QWidget *> PlanOfCareEditor::Row::widgets() const
{
    return {type, detail, timesPerDay, minutes, timesPerWeek, weeks, remove, error};
}

void PlanOfCareEditor::deleteRow(int row)
{
    const Row r = m_rows.takeAt(row);
    for (QWidget *w : r.widgets()) {
        m_grid->removeWidget(w);
        delete w;
    }
}

void PlanOfCareEditor::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        // Each line takes three grid rows: type and amounts, the detail, then its message.
        const std::array<QWidget *, 6> cells{r.type, r.timesPerDay, r.minutes, r.timesPerWeek, r.weeks, r.remove};
        for (int c = 0; c < int(cells.size()); ++c) {
            m_grid->removeWidget(cells[c]);
            m_grid->addWidget(cells[c], 1 + 3 * i, c);
        }
        m_grid->removeWidget(r.detail);
        m_grid->addWidget(r.detail, 2 + 3 * i, 0, 1, 5);
        m_grid->removeWidget(r.error);
        m_grid->addWidget(r.error, 3 + 3 * i, 0, 1, 6);
        const QString n = QString::number(i + 1);
        const QString p = u"planOfCare.%1."_s.arg(i);
        r.type->setObjectName(p + u"type"_s);
        r.detail->setObjectName(p + u"detail"_s);
        r.timesPerDay->setObjectName(p + u"timesPerDay"_s);
        r.minutes->setObjectName(p + u"minutes"_s);
        r.timesPerWeek->setObjectName(p + u"timesPerWeek"_s);
        r.weeks->setObjectName(p + u"weeks"_s);
        r.type->setAccessibleName(tr("Therapy line %1: type of therapy").arg(n));
        r.detail->setAccessibleName(tr("Therapy line %1: detail").arg(n));
        r.timesPerDay->setAccessibleName(tr("Therapy line %1: times a day").arg(n));
        r.minutes->setAccessibleName(tr("Therapy line %1: minutes a session").arg(n));
        r.timesPerWeek->setAccessibleName(tr("Therapy line %1: times a week").arg(n));
        r.weeks->setAccessibleName(tr("Therapy line %1: weeks").arg(n));
        r.remove->setAccessibleName(tr("Remove therapy line %1").arg(n));
        r.error->setAccessibleName(tr("Problem with therapy line %1").arg(n));
        r.type->setEnabled(m_editable);
        r.detail->setReadOnly(!m_editable);
        for (QSpinBox *s : {r.timesPerDay, r.minutes, r.timesPerWeek, r.weeks})
            s->setReadOnly(!m_editable);
        r.remove->setVisible(m_editable);
    }
    m_empty->setVisible(m_rows.isEmpty());
}

int PlanOfCareEditor::addLine(const TherapyLine &line)
{
    const int row = appendRow(line);
    emit changed();
    return row;
}

void PlanOfCareEditor::removeLine(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    deleteRow(row);
    renumber();
    emit changed();
}

QString PlanOfCareEditor::errorText(int row) const
{
    const QLabel *l = m_rows.value(row).error;
    return l && !l->isHidden() ? l->text() : QString();
}

void PlanOfCareEditor::setProblems(const QStringList &problems)
{
    if (problems.isEmpty())
        m_problems->setText(u"✓ "_s + tr("The plan of care has every element it needs for certification."));
    else
        m_problems->setText(u"⚠ "_s + tr("The plan of care still needs:") + u"\n• "_s + problems.join(u"\n• "_s));
}

void PlanOfCareEditor::setPathway(const std::optional<MatchedPathway> &pathway)
{
    m_pathway->setVisible(pathway.has_value());
    if (pathway)
        m_pathway->setText(tr("STarT Back %1 risk: matched treatment %2 (%3)").arg(pathway->stratum, pathway->treatment, pathway->citation));
}

void PlanOfCareEditor::setRecord(const TherapyRecord &record)
{
    while (!m_rows.isEmpty())
        deleteRow(int(m_rows.size()) - 1);
    for (const TherapyLine &l : record.planOfCare)
        appendRow(l);
    m_planStart->setDate(record.planStart);
    m_rehab->setText(record.rehabPotential);
    renumber();
}

void PlanOfCareEditor::applyTo(TherapyRecord &record) const
{
    record.planOfCare.clear();
    for (const Row &r : m_rows) {
        TherapyLine l;
        l.type = therapyTypeFromCode(r.type->currentData().toString()).value_or(TherapyType::Other);
        l.detail = r.detail->text().trimmed();
        l.timesPerDay = r.timesPerDay->value();
        l.minutes = r.minutes->value();
        l.timesPerWeek = r.timesPerWeek->value();
        l.weeks = r.weeks->value();
        record.planOfCare.append(l);
    }
    record.planStart = m_planStart->date();
    record.rehabPotential = m_rehab->text().trimmed();
}

QStringList PlanOfCareEditor::showErrors(const QMap<QString, QString> &errors)
{
    QStringList shown;
    const std::array<std::pair<QString, QString>, 5> fields{{{u"timesPerDay"_s, tr("times a day")},
                                                            {u"minutes"_s, tr("minutes")},
                                                            {u"timesPerWeek"_s, tr("times a week")},
                                                            {u"weeks"_s, tr("weeks")},
                                                            {u"detail"_s, tr("detail")}}};
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        QStringList messages;
        const std::array<QWidget *, 5> editors{r.timesPerDay, r.minutes, r.timesPerWeek, r.weeks, r.detail};
        for (int f = 0; f < int(fields.size()); ++f) {
            const QString key = u"planOfCare.%1.%2"_s.arg(i).arg(fields[f].first);
            const QString message = errors.value(key);
            editors[f]->setAccessibleDescription(message);
            if (message.isEmpty())
                continue;
            messages << tr("%1: %2").arg(fields[f].second, message);
            shown << key;
        }
        TherapyUi::setError(r.error, nullptr, messages.join(u' '));
    }
    QString start = errors.value(u"planStart"_s);
    if (!m_planStart->isEmptyOrValid())
        start = tr("Enter the date as YYYY-MM-DD or MM/DD/YYYY.");
    TherapyUi::setError(m_planStartError, m_planStart, start);
    if (errors.contains(u"planStart"_s))
        shown << u"planStart"_s;
    return shown;
}

void PlanOfCareEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setVisible(editable);
    m_planStart->setReadOnly(!editable);
    m_rehab->setReadOnly(!editable);
    renumber();
}

} // namespace SpineDesk
