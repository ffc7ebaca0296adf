#pragma once

#include "core/outcomes/outcomefigures.h"
#include "ui/outcomefigurerows.h"
#include "ui/outcomepatients.h"

#include <QMainWindow>
#include <QSqlDatabase>
#include <functional>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace SpineDesk {

namespace Instruments {
class Library;
}

class OutcomeFigureModel;
class OutcomeFilterBar;

// The clinic's outcome dashboard (issue 7): every episode's outcome row is loaded once and
// kept; a filter change recomputes the figures in memory (Outcomes::computeFigures) and
// refreshes the tables and the charts of the visible tab. Each figure opens the patients
// behind it: double-click or Enter on a table row, or a click on its bar.
class OutcomeDashboard : public QMainWindow
{
    Q_OBJECT
public:
    OutcomeDashboard(QSqlDatabase db, const Instruments::Library &library, qint64 clinicianId, QWidget *parent = nullptr);
    ~OutcomeDashboard() override;

    // Rebuilds the derived table first when storage asks for it (a cancellable progress
    // dialog), then loads every row. False, with the dashboard saying why, when the figures
    // are not available.
    bool start();
    bool rebuildFigures(); // on request, or after a cancelled rebuild; reloads on success
    bool isAvailable() const { return m_available; }

    OutcomeFilterBar *filters() const { return m_filters; }
    const QList<Outcomes::EpisodeOutcome> &rows() const { return m_rows; }
    const Outcomes::OutcomeFigures &figures() const { return m_figures; }
    OutcomeFigureModel *model(OutcomeSection section) const;
    QTableView *table(OutcomeSection section) const;
    QTabWidget *tabs() const { return m_tabs; }
    QList<QChartView *> chartViews(OutcomeSection section) const;
    QLabel *unavailableLabel() const { return m_unavailableText; }
    QPushButton *rebuildButton() const { return m_rebuildNow; }
    QLabel *summaryLabel() const { return m_summary; }
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }

    // Opens the patients behind a figure (non-modal, deleted on close); null for an unknown id.
    OutcomePatientsDialog *openFigure(OutcomeSection section, const QString &figureId,
                                      OutcomePatientsDialog::Which which = OutcomePatientsDialog::Which::Numerator);

signals:
    void openPatientRequested(qint64 patientId);
    void refreshed();

private:
    struct Tab;

    void buildTabs();
    Tab &addTab(OutcomeSection section, const QString &title, const QString &accessible, int charts);
    bool load();
    void showUnavailable(const QString &why);
    void refresh();
    void refreshCharts(int tabIndex);
    void setChart(Tab &tab, int slot, QChart *chart, const QStringList &rowIds, bool stacked);

    QSqlDatabase m_db;
    const Instruments::Library &m_library;
    qint64 m_clinicianId;
    QList<Outcomes::EpisodeOutcome> m_rows;
    Outcomes::OutcomeFigures m_figures;
    bool m_available = false;
    qint64 m_lastRefreshMs = 0;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_unavailable = nullptr;
    QLabel *m_unavailableText = nullptr;
    QPushButton *m_rebuildNow = nullptr;
    QWidget *m_content = nullptr;
    OutcomeFilterBar *m_filters = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<Tab *> m_tabList;
};

} // namespace SpineDesk
