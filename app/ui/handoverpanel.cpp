#include "ui/handoverpanel.h"

#include "storage/clinicianrepository.h"
#include "storage/handoverrepository.h"
#include "ui/flagscreeneditor.h"
#include "ui/handoverdialogs.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Therapy;

HandoverPanel::HandoverPanel(QSqlDatabase db, qint64 clinicianId, const Visit &visit, FlagScreenEditor *flags, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
    , m_visit(visit)
    , m_flags(flags)
{
    setObjectName(u"handoverPanel"_s);
    auto *box = new QGroupBox(tr("Hand over to the physiatrist"), this);
    auto *bl = new QVBoxLayout(box);
    m_noNeeds = new QLabel(tr("Nothing on the record calls for a hand-over (no red flag needing action, no injection or surgery "
                              "question in the plan)."),
                           box);
    m_noNeeds->setWordWrap(true);
    m_needBox = new QWidget(box);
    m_needLayout = new QVBoxLayout(m_needBox);
    m_needLayout->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(m_noNeeds);
    bl->addWidget(m_needBox);

    m_taskList = new QLabel(box);
    m_taskList->setObjectName(u"handoverTasks"_s);
    m_taskList->setAccessibleName(tr("Hand-over tasks of this visit"));
    m_taskList->setWordWrap(true);
    m_taskList->setTextFormat(Qt::PlainText);
    m_taskList->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_taskList->setFocusPolicy(Qt::TabFocus);
    bl->addWidget(m_taskList);
    m_message = new QLabel(box);
    m_message->setObjectName(u"handoverMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    bl->addWidget(m_message);
    m_adHoc = new QPushButton(tr("&Hand over to physiatrist…"), box);
    m_adHoc->setObjectName(u"handoverAdHoc"_s);
    m_adHoc->setAccessibleName(tr("Create a hand-over task for a physiatrist"));
    connect(m_adHoc, &QPushButton::clicked, this, [this] { openCreateDialog(nullptr); });
    bl->addWidget(m_adHoc, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    if (m_flags)
        connect(m_flags, &FlagScreenEditor::changed, this, &HandoverPanel::refresh);
    refresh();
}

void HandoverPanel::setPlan(const std::optional<Plans::TreatmentPlan> &plan)
{
    if (plan == m_plan)
        return;
    m_plan = plan;
    refresh();
}

int HandoverPanel::unmetRequiredCount() const
{
    return int(unmetHandovers(m_needs, m_tasks).size());
}

void HandoverPanel::refresh()
{
    m_needs.clear();
    if (m_flags && m_flags->redChecklist())
        m_needs = handoverNeeds(*m_flags->redChecklist(), m_flags->redFlags(), m_plan ? &*m_plan : nullptr);
    m_tasks = HandoverRepository(m_db).forVisit(m_visit.id);
    rebuildNeeds();

    QStringList lines;
    for (const HandoverTask &t : std::as_const(m_tasks))
        lines << handoverTaskText(m_db, t);
    m_taskList->setText(lines.isEmpty() ? tr("No hand-over task for this visit yet.") : tr("Tasks for this visit:") + u"\n"_s + lines.join(u"\n"_s));
}

void HandoverPanel::rebuildNeeds()
{
    for (QLabel *l : std::as_const(m_needLabels))
        delete l->parentWidget();
    m_needLabels.clear();
    m_needButtons.clear();
    for (int i = 0; i < m_needs.size(); ++i) {
        const HandoverNeed &n = m_needs.at(i);
        const bool hasTask = std::any_of(m_tasks.begin(), m_tasks.end(), [&](const HandoverTask &t) { return t.source == n.source; });
        auto *row = new QWidget(m_needBox);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        QString status;
        if (hasTask)
            status = u"✓ "_s + tr("task created");
        else if (n.required)
            status = u"⚠ "_s + tr("required before signing");
        else
            status = tr("suggested");
        auto *label = new QLabel(tr("%1 (%2): %3").arg(handoverReasonLabel(n.reason), status, n.detail), row);
        label->setObjectName(u"handoverNeed.%1"_s.arg(i));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        if (n.required && !hasTask) {
            QFont f = label->font();
            f.setBold(true);
            label->setFont(f);
        }
        auto *button = new QPushButton(tr("Create task…"), row);
        button->setObjectName(u"createHandover.%1"_s.arg(i));
        button->setAccessibleName(tr("Create a hand-over task: %1").arg(handoverReasonLabel(n.reason)));
        button->setEnabled(!hasTask);
        connect(button, &QPushButton::clicked, this, [this, i] {
            if (i < m_needs.size()) {
                const HandoverNeed need = m_needs.at(i);
                openCreateDialog(&need);
            }
        });
        h->addWidget(label, 1);
        h->addWidget(button, 0, Qt::AlignTop);
        m_needLayout->addWidget(row);
        m_needLabels << label;
        m_needButtons << button;
    }
    m_noNeeds->setVisible(m_needs.isEmpty());
}

bool HandoverPanel::createTask(HandoverTask task, QString *error)
{
    task.patientId = m_visit.patientId;
    task.visitId = m_visit.id;
    const SaveResult r = HandoverRepository(m_db, m_clinicianId).create(task);
    if (!r.ok()) {
        if (error)
            *error = r.message;
        return false;
    }
    refresh();
    emit tasksChanged();
    return true;
}

void HandoverPanel::openCreateDialog(const HandoverNeed *need)
{
    HandoverTaskDialog dialog(m_db, this);
    if (need)
        dialog.setNeed(*need);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const bool ok = createTask(dialog.task(), &error);
    m_message->setText(ok ? u"✓ "_s + tr("Hand-over task created; it is listed in the main window until a physiatrist marks it done.")
                          : u"⚠ "_s + tr("The hand-over task was not created: %1").arg(error));
    m_message->setVisible(true);
}

} // namespace SpineDesk
