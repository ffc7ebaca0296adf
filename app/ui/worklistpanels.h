#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace SpineDesk {

// The main window's list of open hand-over tasks to physiatrists (HandoverRepository::open):
// patient, MRN, reason, who created it and when. Double-click (or Enter) opens the patient's
// chart; "Done…" records what the physiatrist did.
class HandoverListPanel : public QWidget
{
    Q_OBJECT
public:
    HandoverListPanel(QSqlDatabase db, qint64 clinicianId, QWidget *parent = nullptr);
    void refresh();
    int count() const { return m_count; }
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *doneButton() const { return m_done; }
    qint64 currentTaskId() const;
    // The action behind "Done…", without the dialog; false with the reason.
    bool complete(qint64 taskId, const QString &outcome, QString *error);

signals:
    void openPatientRequested(qint64 patientId);
    void countChanged(int count);
    void completed(qint64 taskId);

private:
    void askDone();

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    int m_count = -1;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_done = nullptr;
};

// Signed PT plans of care not yet certified (CertificationRepository::awaiting), most urgent
// first, each with its status; an overdue one says so in bold with ⚠ and words, never colour
// alone. Double-click (or Enter) opens the visit to record the transmission or the return.
class CertificationListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CertificationListPanel(QSqlDatabase db, QWidget *parent = nullptr);
    void refresh();
    int count() const { return m_count; }
    QTreeWidget *tree() const { return m_tree; }

signals:
    void openVisitRequested(qint64 visitId);
    void countChanged(int count);

private:
    QSqlDatabase m_db;
    int m_count = -1;
    QTreeWidget *m_tree = nullptr;
};

} // namespace SpineDesk
