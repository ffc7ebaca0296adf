#include "ui/worklistpanels.h"

#include "storage/certificationrepository.h"
#include "storage/handoverrepository.h"
#include "ui/handoverdialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Therapy;

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kPatientRole = Qt::UserRole + 1;

QTreeWidget *makeTree(QWidget *parent, const QString &name, const QString &accessible, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setAccessibleName(accessible);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAllColumnsShowFocus(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}
} // namespace

HandoverListPanel::HandoverListPanel(QSqlDatabase db, qint64 clinicianId, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
{
    setObjectName(u"handoverList"_s);
    m_tree = makeTree(this, u"handoverTasks"_s, tr("Open hand-overs to physiatrists"),
                      {tr("Patient"), tr("MRN"), tr("Reason"), tr("Created by"), tr("Date")});
    m_done = new QPushButton(tr("D&one…"), this);
    m_done->setObjectName(u"handoverDone"_s);
    m_done->setAccessibleName(tr("Mark the selected hand-over done"));
    auto *open = new QPushButton(tr("Open &chart"), this);
    open->setAccessibleName(tr("Open the selected patient's chart"));
    connect(m_done, &QPushButton::clicked, this, &HandoverListPanel::askDone);
    connect(open, &QPushButton::clicked, this, [this] {
        if (auto *item = m_tree->currentItem())
            emit openPatientRequested(item->data(0, kPatientRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openPatientRequested(item->data(0, kPatientRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this, open] {
        m_done->setEnabled(currentTaskId() > 0);
        open->setEnabled(currentTaskId() > 0);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addStretch();
    buttons->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    m_done->setEnabled(false);
    open->setEnabled(false);
    refresh();
}

qint64 HandoverListPanel::currentTaskId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void HandoverListPanel::refresh()
{
    const qint64 current = currentTaskId();
    m_tree->clear();
    const QLocale locale;
    const QList<HandoverListEntry> open = HandoverRepository(m_db).open();
    for (const HandoverListEntry &e : open) {
        auto *item = new QTreeWidgetItem(m_tree, {e.patientName, e.mrn, handoverReasonLabel(e.task.reason), e.createdByName,
                                                  locale.toString(e.task.createdAt.toLocalTime().date(), QLocale::ShortFormat)});
        item->setData(0, kIdRole, e.task.id);
        item->setData(0, kPatientRole, e.task.patientId);
        item->setToolTip(2, e.task.detail);
        item->setData(2, Qt::AccessibleDescriptionRole, e.task.detail);
        if (e.task.id == current)
            m_tree->setCurrentItem(item);
    }
    if (m_tree->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_tree, {tr("No open hand-overs.")});
        none->setFlags(Qt::ItemIsEnabled);
    }
    const int n = int(open.size());
    if (n != m_count) {
        m_count = n;
        emit countChanged(n);
    }
}

bool HandoverListPanel::complete(qint64 taskId, const QString &outcome, QString *error)
{
    std::optional<HandoverTask> task;
    for (const HandoverListEntry &e : HandoverRepository(m_db).open())
        if (e.task.id == taskId)
            task = e.task;
    if (!task) {
        if (error)
            *error = tr("The hand-over is no longer open.");
        refresh();
        return false;
    }
    const SaveResult r = HandoverRepository(m_db, m_clinicianId).complete(*task, outcome);
    if (!r.ok()) {
        if (error)
            *error = r.message;
        return false;
    }
    refresh();
    emit completed(taskId);
    return true;
}

void HandoverListPanel::askDone()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const qint64 id = currentTaskId();
    if (!item || id <= 0)
        return;
    HandoverDoneDialog dialog(tr("%1 (%2) — %3: %4").arg(item->text(0), item->text(1), item->text(2), item->toolTip(2)), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!complete(id, dialog.outcome(), &error))
        QMessageBox::warning(this, tr("Hand-over not marked done"), error);
}

CertificationListPanel::CertificationListPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(u"certificationList"_s);
    m_tree = makeTree(this, u"certificationsAwaiting"_s, tr("Plans of care awaiting certification"),
                      {tr("Patient"), tr("MRN"), tr("Referring clinician"), tr("Status")});
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 visit = item->data(0, kIdRole).toLongLong(); visit > 0)
            emit openVisitRequested(visit);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    refresh();
}

void CertificationListPanel::refresh()
{
    m_tree->clear();
    const QList<CertificationListEntry> awaiting = CertificationRepository(m_db).awaiting(QDate::currentDate());
    for (const CertificationListEntry &e : awaiting) {
        const bool late = e.status.state == CertificationState::Overdue || e.status.state == CertificationState::SentLate;
        QString status = e.status.summary();
        if (late && !status.startsWith(u"⚠"))
            status.prepend(u"⚠ "_s);
        auto *item = new QTreeWidgetItem(m_tree, {e.patientName, e.mrn, e.referrerName, status});
        item->setData(0, kIdRole, e.visitId);
        item->setToolTip(3, status);
        if (e.status.state == CertificationState::Overdue)
            for (int c = 0; c < item->columnCount(); ++c) {
                QFont f = item->font(c);
                f.setBold(true);
                item->setFont(c, f);
            }
    }
    if (m_tree->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_tree, {tr("No plan of care is awaiting certification.")});
        none->setFlags(Qt::ItemIsEnabled);
    }
    const int n = int(awaiting.size());
    if (n != m_count) {
        m_count = n;
        emit countChanged(n);
    }
}

} // namespace SpineDesk
