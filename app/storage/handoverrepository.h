#pragma once

#include "core/therapy/handover.h"
#include "storage/storageresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace SpineDesk {

// An open hand-over task with what the main window's list shows beside it.
struct HandoverListEntry {
    Therapy::HandoverTask task;
    QString patientName;   // "Family, Given"
    QString mrn;
    QDate visitDate;
    QString createdByName; // signature name
};

// Hand-over tasks from the physical therapist to the physiatrist (issue 6). Created tasks are
// never deleted; completing one records who, when and what was done. Audited.
class HandoverRepository
{
    Q_DECLARE_TR_FUNCTIONS(HandoverRepository)
public:
    explicit HandoverRepository(QSqlDatabase db, qint64 actorId = 0);

    SaveResult create(Therapy::HandoverTask &task); // sets id, createdAt, createdBy (actor)
    // Fails on an empty outcome, a task already done or a lost race (row version).
    SaveResult complete(Therapy::HandoverTask &task, const QString &outcome);
    QList<Therapy::HandoverTask> forVisit(qint64 visitId) const;
    QList<Therapy::HandoverTask> forPatient(qint64 patientId) const; // newest first
    // Open tasks, oldest first, for the main window: all of them, or those for one physiatrist
    // plus the ones for any physiatrist.
    QList<HandoverListEntry> open(qint64 assigneeId = 0, int limit = 200) const;
    int openCount() const;

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
