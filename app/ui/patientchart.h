#pragma once

#include "core/patient.h"
#include "core/visit.h"

#include <QSqlDatabase>
#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace SpineDesk {

namespace Instruments {
class Library;
}

// One patient: demographics, referrals, and episodes of care with their visits.
class PatientChart : public QWidget
{
    Q_OBJECT
public:
    PatientChart(QSqlDatabase db, qint64 clinicianId, QWidget *parent = nullptr);
    void showPatient(qint64 patientId);
    qint64 patientId() const { return m_patient.id; }
    const Patient &patient() const { return m_patient; }
    QTreeWidget *visitTree() const { return m_tree; }
    // The instruments the trend charts read range, bands and MCID from; the bundled ones until set.
    void setInstrumentLibrary(const Instruments::Library *library);
    // Trend charts of the selected episode: one per instrument scale with a score (issue 7).
    qint64 trendEpisodeId() const { return m_trendEpisode; }
    QList<QChartView *> trendViews() const { return m_trendViews; }
    void showTrends(qint64 episodeId);
    // Creates a visit (and a new episode when episodeId is 0) and asks to open it.
    bool createVisit(VisitKind kind, QDate date, qint64 episodeId, const QString &episodeTitle, QString *error);

signals:
    void openVisitRequested(qint64 visitId);
    void patientChanged(qint64 patientId);

private:
    void reload();
    void reloadHandovers();
    void newVisit();
    void editPatient();
    void newReferral();

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Patient m_patient;
    QLabel *m_summary = nullptr;
    QLabel *m_referrals = nullptr;
    QLabel *m_handovers = nullptr; // hand-over tasks to physiatrists (issue 6)
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_newVisit = nullptr;
    const Instruments::Library *m_library = nullptr;
    QLabel *m_trendTitle = nullptr;
    QGridLayout *m_trendGrid = nullptr;
    QList<QChartView *> m_trendViews;
    qint64 m_trendEpisode = 0;
};

} // namespace SpineDesk
