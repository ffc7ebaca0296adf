#pragma once

#include "core/therapy/handover.h"

#include <QDialog>
#include <QSqlDatabase>
#include <memory>

class QPlainTextEdit;

namespace Ui {
class HandoverTaskDialog;
}

namespace SpineDesk {

// A new hand-over task for a physiatrist: reason, what the physiatrist needs to know, and a
// named physiatrist or any physiatrist (ClinicianRepository).
class HandoverTaskDialog : public QDialog
{
    Q_OBJECT
public:
    HandoverTaskDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~HandoverTaskDialog() override;

    void setNeed(const Therapy::HandoverNeed &need); // prefills reason, detail and source
    // The task as entered (patient, visit and creator are the caller's).
    Therapy::HandoverTask task() const;
    // Fills the fields as a user would and presses OK; false when the dialog refuses.
    bool fillAndAccept(Therapy::HandoverReason reason, const QString &detail, qint64 assigneeId = 0);

private:
    void tryAccept();

    std::unique_ptr<Ui::HandoverTaskDialog> m_ui;
    QString m_source;
};

// "Done…": what the physiatrist did, required before the task leaves the open list.
class HandoverDoneDialog : public QDialog
{
    Q_OBJECT
public:
    HandoverDoneDialog(const QString &taskSummary, QWidget *parent = nullptr);
    QString outcome() const;
    QPlainTextEdit *outcomeEdit() const { return m_outcome; }

private:
    QPlainTextEdit *m_outcome = nullptr;
};

// A task in two lines for the visit's panel and the patient's chart: reason, for whom, when and
// by whom, what; then done (when, by whom, outcome) or still open.
QString handoverTaskText(const QSqlDatabase &db, const Therapy::HandoverTask &task);

} // namespace SpineDesk
