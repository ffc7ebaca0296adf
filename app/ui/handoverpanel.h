#pragma once

#include "core/plan/plan.h"
#include "core/therapy/handover.h"
#include "core/visit.h"
#include "ui/flagscreeneditor.h"

#include <QList>
#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace SpineDesk {

// Handing the patient over to the physiatrist: what the record calls for
// (Therapy::handoverNeeds: red flags required, injection or surgery questions suggested), each
// with "Create task…" prefilled, the tasks of this visit with their status, and an ad-hoc
// "Hand over to physiatrist…". Follows the red-flag screen as it is edited.
class HandoverPanel : public QWidget
{
    Q_OBJECT
public:
    HandoverPanel(QSqlDatabase db, qint64 clinicianId, const Visit &visit, FlagScreenEditor *flags, QWidget *parent = nullptr);

    void setPlan(const std::optional<Plans::TreatmentPlan> &plan);
    void refresh();

    const QList<Therapy::HandoverNeed> &needs() const { return m_needs; }
    const QList<Therapy::HandoverTask> &tasks() const { return m_tasks; }
    int unmetRequiredCount() const;
    // Creates the task (patient, visit and creator filled in); false with the reason.
    bool createTask(Therapy::HandoverTask task, QString *error);
    // Opens the dialog, prefilled from the need when given.
    void openCreateDialog(const Therapy::HandoverNeed *need);

    QPushButton *createButton(int needIndex) const { return m_needButtons.value(needIndex); }
    QPushButton *adHocButton() const { return m_adHoc; }
    QLabel *needsLabel(int needIndex) const { return m_needLabels.value(needIndex); }
    QLabel *tasksLabel() const { return m_taskList; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void tasksChanged();

private:
    void rebuildNeeds();

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Visit m_visit;
    QPointer<FlagScreenEditor> m_flags;
    std::optional<Plans::TreatmentPlan> m_plan;
    QList<Therapy::HandoverNeed> m_needs;
    QList<Therapy::HandoverTask> m_tasks;

    QVBoxLayout *m_needLayout = nullptr;
    QWidget *m_needBox = nullptr;
    QList<QLabel *> m_needLabels;
    QList<QPushButton *> m_needButtons;
    QLabel *m_noNeeds = nullptr, *m_taskList = nullptr, *m_message = nullptr;
    QPushButton *m_adHoc = nullptr;
};

} // namespace SpineDesk
