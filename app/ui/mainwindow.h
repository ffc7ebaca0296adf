#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>

#include "ui/visitworkflow.h"

class QDockWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTableView;

namespace SpineDesk {

class CertificationListPanel;
class Database;
class HandoverListPanel;
class PatientChart;
class PatientListModel;
class VisitWorkflow;

// What a rebuilt main window (another language, WindowHost) reopens.
struct MainWindowState {
    qint64 patientId = 0;
    qint64 visitId = 0;
    int step = -1;          // the visit's step row
    QString search;
    QByteArray geometry;
    QByteArray dockState;
    bool maximized = false;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 120;

    MainWindow(Database &database, qint64 clinicianId, QWidget *parent = nullptr);
    ~MainWindow() override;

    QLineEdit *searchField() const { return m_search; }
    QTableView *patientView() const { return m_patients; }
    PatientListModel *patientModel() const { return m_model; }
    QListWidget *recentVisits() const { return m_recent; }
    PatientChart *chart() const { return m_chart; }
    VisitWorkflow *workflow() const { return m_workflow; }
    QWidget *emptyState() const { return m_emptyState; }
    QWidget *currentPage() const;
    // Issue 6: open hand-overs to physiatrists and PT plans of care awaiting certification.
    HandoverListPanel *handoverList() const { return m_handovers; }
    CertificationListPanel *certificationList() const { return m_certifications; }
    QDockWidget *handoverDock() const { return m_handoverDock; }
    QDockWidget *certificationDock() const { return m_certificationDock; }

    void openPatient(qint64 patientId);
    void openVisit(qint64 visitId);
    bool loadDemoData(int patients, QString *error); // with a cancellable progress dialog
    // Handouts menu: a library handout previewed (and printed from the preview) without a
    // patient; false with the renderer's message when it refuses.
    bool previewLibraryHandout(const QString &handoutId, QString *error, const QString &language = QStringLiteral("en"));

    // Saves the open visit's draft and closes it; false when it could not be saved and the
    // user chose to keep it open.
    bool releaseOpenWork();
    // The open visit's draft saved without asking anything; false when a step could not save.
    bool saveOpenWorkQuietly();
    // A dialog, a menu or another window (patient mode, a presentation) is open, or this
    // window is hidden behind patient mode.
    bool hasOpenSideWork() const;
    void closeVisit(); // saves the draft and shows the patient's chart
    MainWindowState state() const;
    void restore(const MainWindowState &state);

signals:
    void languageRequested(const QString &lang); // View > Language; WindowHost rebuilds the window

public slots:
    void newPatient();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildLanguageMenu(QMenu *view);
    void buildHandoutsMenu();
    void buildWorklists();
    void refreshWorklists();
    void refreshLists();
    void askForDemoData();
    void backUp();

    Database &m_database;
    QSqlDatabase m_db;
    qint64 m_clinicianId;
    QWidget *m_left = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_patients = nullptr;
    PatientListModel *m_model = nullptr;
    QListWidget *m_recent = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyState = nullptr;
    QWidget *m_hint = nullptr;
    PatientChart *m_chart = nullptr;
    QPointer<VisitWorkflow> m_workflow;
    HandoverListPanel *m_handovers = nullptr;
    CertificationListPanel *m_certifications = nullptr;
    QDockWidget *m_handoverDock = nullptr;
    QDockWidget *m_certificationDock = nullptr;
    QTimer m_searchTimer;
    Instruments::Library m_library; // loaded once; a broken file is listed, never fatal
};

} // namespace SpineDesk
