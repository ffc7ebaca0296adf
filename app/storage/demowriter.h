#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>

namespace SpineDesk {

struct DemoSummary {
    int patients = 0;
    int visits = 0;
    int signedPlans = 0;
};

// Writes DemoGenerator's synthetic patients in one transaction, fast enough for 100,000.
class DemoWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoWriter)
public:
    // Called every few hundred patients; return false to cancel (nothing is kept then).
    using Progress = std::function<bool(int done, int total)>;

    explicit DemoWriter(QSqlDatabase db, qint64 actorId = 0);
    bool write(quint32 seed, int count, DemoSummary *summary, QString *error, const Progress &progress = {});

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
