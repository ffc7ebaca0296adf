#include "ui/goalseditor.h"

#include "ui/entrytable.h"
#include "ui/fielderrors.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
const QString kText = u"text"_s;
const QString kDate = u"targetDate"_s;

EntryKind goalKind(QDate visitDate)
{
    EntryKind kind{GoalsEditor::tr("goal"), GoalsEditor::tr("Goals"),
                   {EntryField::text(kText, GoalsEditor::tr("&Goal (specific and functional)")),
                    EntryField::date(kDate, GoalsEditor::tr("&Target date"))},
                   {}};
    kind.validate = [visitDate](const EntryValues &v) {
        FieldErrors errors;
        if (v.value(kText).toString().trimmed().isEmpty())
            errors.append({kText, GoalsEditor::tr("Say what the patient wants to be able to do.")});
        const QDate date = v.value(kDate).toDate();
        if (!date.isValid())
            errors.append({kDate, GoalsEditor::tr("Give the date the goal should be reached by.")});
        else if (visitDate.isValid() && date <= visitDate)
            errors.append({kDate, GoalsEditor::tr("The target date must be after the visit.")});
        return errors;
    };
    return kind;
}
} // namespace

GoalsEditor::GoalsEditor(QDate visitDate, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"goalsEditor"_s);
    setAccessibleName(tr("Goals"));
    m_table = new EntryTable(goalKind(visitDate), this);
    m_table->setObjectName(u"goals"_s);
    auto *hint = new QLabel(tr("Specific and functional, with a date: what the patient will be able to do, and by when."), this);
    hint->setWordWrap(true);
    m_problem = makeErrorLabel(this);
    m_problem->setObjectName(u"goalsProblem"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    connect(m_table, &EntryTable::changed, this, &GoalsEditor::changed);
}

void GoalsEditor::setGoals(const QList<Plans::Goal> &goals)
{
    QList<EntryValues> entries;
    for (const Plans::Goal &g : goals)
        entries << EntryValues{{kText, g.text}, {kDate, g.targetDate}};
    m_table->setEntries(entries);
}

QList<Plans::Goal> GoalsEditor::goals() const
{
    QList<Plans::Goal> out;
    for (const EntryValues &v : m_table->entries())
        out << Plans::Goal{v.value(kText).toString().trimmed(), v.value(kDate).toDate()};
    return out;
}

void GoalsEditor::setReadOnly(bool readOnly)
{
    m_table->setReadOnly(readOnly);
}

bool GoalsEditor::addGoal(const QString &text, QDate targetDate, FieldErrors *errors)
{
    return m_table->addEntry(EntryValues{{kText, text}, {kDate, targetDate}}, errors);
}

void GoalsEditor::setProblem(const QString &message)
{
    m_problem->setText(message.isEmpty() ? QString() : u"⚠ "_s + message);
    m_problem->setVisible(!message.isEmpty());
    m_table->setAccessibleDescription(message);
}

} // namespace SpineDesk
