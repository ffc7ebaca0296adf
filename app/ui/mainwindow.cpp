#include "ui/mainwindow.h"

#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/demowriter.h"
#include "storage/patientrepository.h"
#include "storage/visitrepository.h"
#include "i18n/language.h"
#include "ui/clinicsettingsdialog.h"
#include "ui/documentprinting.h"
#include "ui/outcomedashboard.h"
#include "ui/patientchart.h"
#include "ui/patientdialog.h"
#include "ui/patientlistmodel.h"
#include "ui/visitworkflow.h"
#include "ui/worklistpanels.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

MainWindow::MainWindow(Database &database, qint64 clinicianId, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_db(database.connection())
    , m_clinicianId(clinicianId)
    , m_library(Instruments::Library::load(Instruments::Library::bundledDirectory(), Database::wordingDirectoryFor(database.path())))
{
    setWindowTitle(tr("SpineDesk"));
    setObjectName(u"mainWindow"_s);

    // Left: find a patient, or pick up a recent visit.
    auto *left = new QWidget(this);
    m_left = left;
    auto *ll = new QVBoxLayout(left);
    m_search = new QLineEdit(left);
    m_search->setObjectName(u"patientSearch"_s);
    m_search->setPlaceholderText(tr("Search by name, MRN or date of birth"));
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setClearButtonEnabled(true);
    m_model = new PatientListModel(m_db, this);
    m_patients = new QTableView(left);
    m_patients->setObjectName(u"patientList"_s);
    m_patients->setAccessibleName(tr("Patients"));
    m_patients->setModel(m_model);
    m_patients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_patients->setSelectionMode(QAbstractItemView::SingleSelection);
    m_patients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_patients->verticalHeader()->hide();
    m_patients->horizontalHeader()->setSectionResizeMode(PatientListModel::Name, QHeaderView::Stretch);
    for (int c : {int(PatientListModel::BirthDate), int(PatientListModel::Mrn), int(PatientListModel::Sex)})
        m_patients->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_patients->setSortingEnabled(false);
    m_recent = new QListWidget(left);
    m_recent->setObjectName(u"recentVisits"_s);
    m_recent->setAccessibleName(tr("Recent visits"));
    m_recent->setMaximumHeight(180);
    ll->addWidget(m_search);
    ll->addWidget(m_patients, 1);
    ll->addWidget(new QLabel(tr("Recent visits"), left));
    ll->addWidget(m_recent);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        m_model->setSearch(m_search->text());
        if (m_model->rowCount() > 0) {
            m_patients->setCurrentIndex(m_model->index(0, 0));
            m_patients->setFocus();
        }
    });
    connect(m_patients, &QTableView::activated, this, [this](const QModelIndex &index) {
        openPatient(index.data(PatientListModel::PatientIdRole).toLongLong());
    });
    connect(m_patients->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid() && !m_workflow)
            openPatient(index.data(PatientListModel::PatientIdRole).toLongLong());
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openVisit(item->data(Qt::UserRole).toLongLong());
    });

    // Right: the empty state on first run, the chart, or a visit.
    m_pages = new QStackedWidget(this);
    m_emptyState = new QWidget(m_pages);
    m_emptyState->setObjectName(u"emptyState"_s);
    auto *el = new QVBoxLayout(m_emptyState);
    auto *welcome = new QLabel(tr("<h2>Welcome to SpineDesk</h2><p>There are no patients in this clinic database yet.</p>"
                                  "<p>Add the first patient with their referral, or load synthetic demo patients to look around.</p>"),
                               m_emptyState);
    welcome->setWordWrap(true);
    auto *addFirst = new QPushButton(tr("Add a &patient…"), m_emptyState);
    auto *demo = new QPushButton(tr("Load &demo data…"), m_emptyState);
    demo->setObjectName(u"loadDemo"_s);
    connect(addFirst, &QPushButton::clicked, this, &MainWindow::newPatient);
    connect(demo, &QPushButton::clicked, this, &MainWindow::askForDemoData);
    el->addStretch();
    el->addWidget(welcome);
    el->addWidget(addFirst, 0, Qt::AlignLeft);
    el->addWidget(demo, 0, Qt::AlignLeft);
    el->addStretch();
    m_hint = new QLabel(tr("Choose a patient on the left, or add a new patient (Ctrl+N)."), m_pages);
    static_cast<QLabel *>(m_hint)->setAlignment(Qt::AlignCenter);
    m_chart = new PatientChart(m_db, m_clinicianId, m_pages);
    m_chart->setInstrumentLibrary(&m_library); // clinic-imported instruments too
    connect(m_chart, &PatientChart::openVisitRequested, this, &MainWindow::openVisit);
    connect(m_chart, &PatientChart::patientChanged, this, &MainWindow::refreshLists);
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(m_hint);
    m_pages->addWidget(m_chart);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_pages);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 820});
    setCentralWidget(split);

    buildWorklists();
    buildMenus();
    const auto me = ClinicianRepository(m_db).find(m_clinicianId);
    statusBar()->showMessage(tr("%1 — %2").arg(me ? me->signatureName() : tr("No clinician"), m_database.path()));
    refreshLists();
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *newPatientAction = file->addAction(tr("&New patient…"), this, &MainWindow::newPatient);
    newPatientAction->setShortcut(QKeySequence::New);
    auto *findAction = file->addAction(tr("&Find patient"), this, [this] { m_search->setFocus(); m_search->selectAll(); });
    findAction->setShortcut(QKeySequence::Find);
    file->addSeparator();
    file->addAction(tr("Load &demo data…"), this, &MainWindow::askForDemoData);
    file->addAction(tr("&Back up database…"), this, &MainWindow::backUp);
    auto *letterhead = file->addAction(tr("Clinic &letterhead…"), this, [this] {
        ClinicSettingsDialog dialog(m_db, m_clinicianId, this);
        dialog.exec();
    });
    letterhead->setObjectName(u"clinicLetterhead"_s);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    buildHandoutsMenu();
    // Issue 7: the clinic's outcome dashboard, one window at a time.
    auto *reports = menuBar()->addMenu(tr("&Reports"));
    reports->setObjectName(u"reportsMenu"_s);
    auto *dashboard = reports->addAction(tr("&Outcome dashboard…"), this, [this] {
        if (auto *open = findChild<OutcomeDashboard *>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *window = new OutcomeDashboard(m_db, m_library, m_clinicianId, this);
        connect(window, &OutcomeDashboard::openPatientRequested, this, [this](qint64 patientId) {
            openPatient(patientId);
            raise();
            activateWindow();
        });
        window->show();
        window->start();
    });
    dashboard->setObjectName(u"outcomeDashboardAction"_s);
    auto *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(m_handoverDock->toggleViewAction());
    view->addAction(m_certificationDock->toggleViewAction());
    buildLanguageMenu(view);
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SpineDesk"), this, [this] {
        QMessageBox::about(this, tr("About SpineDesk"),
                           tr("<p><b>SpineDesk %1</b></p><p>The desk of a medical spine center: assessment, shared decisions, "
                              "plans and outcomes.</p><p>Free software under the GNU General Public License, version 3 or later.</p>")
                               .arg(QStringLiteral(SPINEDESK_VERSION)));
    });
    auto *tools = addToolBar(tr("Main"));
    tools->setObjectName(u"mainToolBar"_s);
    tools->addAction(newPatientAction);
}

// The handout library, printable for anyone who asks, without opening a patient: every
// language SpineDesk has handouts in, each under its own heading, so the Spanish handouts are
// seen (letter-and-handouts.md §5 rule 7).
void MainWindow::buildHandoutsMenu()
{
    auto *handouts = menuBar()->addMenu(tr("Hand&outs"));
    handouts->setObjectName(u"handoutsMenu"_s);
    bool any = false;
    for (const QString &lang : supportedLanguages()) {
        const QList<LibraryHandout> library = libraryHandouts(lang);
        if (library.isEmpty())
            continue;
        handouts->addSection(languageName(lang));
        for (const LibraryHandout &h : library) {
            auto *action = handouts->addAction(h.title + u'…', this, [this, id = h.id, lang] {
                QString error;
                if (!previewLibraryHandout(id, &error, lang))
                    QMessageBox::warning(this, tr("Handout not printed"), error);
            });
            action->setObjectName(u"handout-"_s + (lang == u"en" ? QString() : lang + u'-') + h.id);
        }
        any = true;
    }
    if (!any)
        handouts->addAction(tr("No library handouts are installed"))->setEnabled(false);
}

// The program's language, switched at run time (WindowHost rebuilds the window); each
// language is named in itself, so a reader of either finds theirs.
void MainWindow::buildLanguageMenu(QMenu *view)
{
    auto *menu = view->addMenu(tr("&Language"));
    menu->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(menu);
    for (const QString &lang : supportedLanguages()) {
        auto *action = menu->addAction(languageName(lang));
        action->setObjectName(u"language-"_s + lang);
        action->setCheckable(true);
        action->setChecked(lang == currentLanguage());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, lang] {
            if (lang != currentLanguage())
                emit languageRequested(lang);
        });
    }
}

bool MainWindow::releaseOpenWork()
{
    if (m_workflow && !m_workflow->saveDraft()) {
        const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                                 tr("The open visit has changes that could not be saved. Close it anyway?"),
                                                 QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return false;
    }
    return true;
}

bool MainWindow::saveOpenWorkQuietly()
{
    return !m_workflow || m_workflow->saveDraft();
}

bool MainWindow::hasOpenSideWork() const
{
    if (!isVisible() || QApplication::activeModalWidget() || QApplication::activePopupWidget())
        return true; // hidden: patient mode has the screen
    // This window's own floating docks come back with its state; tooltips do not count.
    const QWidgetList tops = QApplication::topLevelWidgets();
    return std::any_of(tops.begin(), tops.end(), [this](QWidget *top) {
        const bool ownDock = qobject_cast<QDockWidget *>(top) && top->parentWidget() == this;
        return top != this && top->isVisible() && !ownDock && top->windowType() != Qt::ToolTip;
    });
}

MainWindowState MainWindow::state() const
{
    MainWindowState s;
    s.patientId = m_chart->patientId();
    if (m_workflow) {
        s.visitId = m_workflow->visit().id;
        s.step = m_workflow->stepList()->currentRow();
    }
    s.search = m_search->text();
    s.geometry = saveGeometry();
    s.dockState = saveState();
    s.maximized = isMaximized();
    return s;
}

void MainWindow::restore(const MainWindowState &s)
{
    restoreGeometry(s.geometry);
    restoreState(s.dockState);
    if (!s.search.isEmpty()) {
        m_search->setText(s.search);
        m_searchTimer.stop();
        m_model->setSearch(s.search);
    }
    if (s.visitId > 0) {
        openVisit(s.visitId);
        if (m_workflow && s.step >= 0 && s.step < m_workflow->stepList()->count())
            m_workflow->stepList()->setCurrentRow(s.step);
    } else if (s.patientId > 0) {
        openPatient(s.patientId);
    }
    if (s.maximized)
        setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::buildWorklists()
{
    m_handovers = new HandoverListPanel(m_db, m_clinicianId, this);
    m_handoverDock = new QDockWidget(this);
    m_handoverDock->setObjectName(u"handoverDock"_s);
    m_handoverDock->setWidget(m_handovers);
    m_handoverDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_certifications = new CertificationListPanel(m_db, this);
    m_certificationDock = new QDockWidget(this);
    m_certificationDock->setObjectName(u"certificationDock"_s);
    m_certificationDock->setWidget(m_certifications);
    m_certificationDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    // The count is in the title, so it is seen (and read out) without opening the list.
    const auto titleHandovers = [this](int n) {
        m_handoverDock->setWindowTitle(tr("Hand-overs to physiatrists (%1)").arg(n));
        m_handoverDock->toggleViewAction()->setText(tr("&Hand-overs to physiatrists"));
    };
    const auto titleCertifications = [this](int n) {
        m_certificationDock->setWindowTitle(tr("Plans of care awaiting certification (%1)").arg(n));
        m_certificationDock->toggleViewAction()->setText(tr("Plans of care awaiting &certification"));
    };
    connect(m_handovers, &HandoverListPanel::countChanged, this, titleHandovers);
    connect(m_certifications, &CertificationListPanel::countChanged, this, titleCertifications);
    titleHandovers(m_handovers->count());
    titleCertifications(m_certifications->count());
    connect(m_handovers, &HandoverListPanel::openPatientRequested, this, &MainWindow::openPatient);
    connect(m_handovers, &HandoverListPanel::completed, this, [this] {
        if (m_chart->patientId() > 0 && !m_workflow)
            m_chart->showPatient(m_chart->patientId()); // its hand-over list changed
    });
    connect(m_certifications, &CertificationListPanel::openVisitRequested, this, &MainWindow::openVisit);
    addDockWidget(Qt::RightDockWidgetArea, m_handoverDock);
    addDockWidget(Qt::RightDockWidgetArea, m_certificationDock);
    splitDockWidget(m_handoverDock, m_certificationDock, Qt::Vertical);
}

void MainWindow::refreshWorklists()
{
    m_handovers->refresh();
    m_certifications->refresh();
}

void MainWindow::refreshLists()
{
    refreshWorklists();
    m_model->refresh();
    m_recent->clear();
    VisitFilter recent;
    recent.limit = 20;
    const QLocale locale;
    for (const VisitRow &row : VisitRepository(m_db).list(recent)) {
        auto *item = new QListWidgetItem(tr("%1 — %2 — %3 (%4)").arg(locale.toString(row.visit.visitDate, QLocale::ShortFormat),
                                                                      row.patientName, visitKindLabel(row.visit.kind),
                                                                      visitStatusLabel(row.visit.status)),
                                         m_recent);
        item->setData(Qt::UserRole, row.visit.id);
    }
    if (m_workflow)
        return;
    const bool noPatients = PatientRepository(m_db).count() == 0;
    if (noPatients)
        m_pages->setCurrentWidget(m_emptyState);
    else if (m_pages->currentWidget() == m_emptyState)
        m_pages->setCurrentWidget(m_hint);
}

void MainWindow::newPatient()
{
    PatientDialog dialog(m_db, m_clinicianId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_search->clear();
    m_searchTimer.stop();
    m_model->setSearch({});
    refreshLists();
    openPatient(dialog.createdPatientId());
}

void MainWindow::openPatient(qint64 patientId)
{
    if (patientId <= 0)
        return;
    closeVisit();
    m_chart->showPatient(patientId);
    m_pages->setCurrentWidget(m_chart);
    if (const int row = m_model->rowOf(patientId); row >= 0 && m_patients->currentIndex().row() != row) {
        const QSignalBlocker block(m_patients->selectionModel());
        m_patients->setCurrentIndex(m_model->index(row, 0));
    }
}

void MainWindow::openVisit(qint64 visitId)
{
    const auto visit = VisitRepository(m_db).find(visitId);
    if (!visit)
        return;
    const auto patient = PatientRepository(m_db).find(visit->patientId);
    if (!patient)
        return;
    closeVisit();
    if (m_chart->patientId() != patient->id)
        m_chart->showPatient(patient->id);
    m_workflow = new VisitWorkflow(m_db, m_clinicianId, *visit, *patient, m_library, m_pages);
    connect(m_workflow, &VisitWorkflow::closeRequested, this, [this] {
        const qint64 patientId = m_workflow->visit().patientId;
        closeVisit();
        openPatient(patientId);
    });
    connect(m_workflow, &VisitWorkflow::visitChanged, this, &MainWindow::refreshLists);
    connect(m_workflow, &VisitWorkflow::worklistsChanged, this, &MainWindow::refreshWorklists);
    m_pages->addWidget(m_workflow);
    m_pages->setCurrentWidget(m_workflow);
    m_left->hide(); // the visit gets the whole width; the chart button brings the list back
    refreshLists();
}

void MainWindow::closeVisit()
{
    if (!m_workflow)
        return;
    m_workflow->saveDraft();
    m_pages->removeWidget(m_workflow);
    delete m_workflow; // its intake page saves anything still pending
    m_left->show();
    m_pages->setCurrentWidget(m_chart);
    m_chart->showPatient(m_chart->patientId());
    refreshLists();
}

bool MainWindow::loadDemoData(int patients, QString *error)
{
    QProgressDialog progress(tr("Adding demo patients…"), tr("Cancel"), 0, patients, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // The first seed whose patients are not here yet, so demo data can be added again.
    for (quint32 seed = 1; seed < 100; ++seed) {
        DemoSummary summary;
        const bool ok = DemoWriter(m_db, m_clinicianId).write(seed, patients, &summary, error, [&](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
        if (ok) {
            refreshLists();
            m_pages->setCurrentWidget(m_hint);
            return true;
        }
        if (progress.wasCanceled() || !error->contains(u"--seed"_s))
            return false;
    }
    return false;
}

bool MainWindow::previewLibraryHandout(const QString &handoutId, QString *error, const QString &language)
{
    const VisitDossier noPatient;
    DocumentRequest request;
    request.kind = DocumentKind::LibraryHandout;
    request.language = language;
    request.libraryHandoutId = handoutId;
    // Rendered once first so that a refusal is reported before a dialog opens.
    if (renderVisitDocumentPdf(noPatient, nullptr, request, error).isEmpty())
        return false;
    const PreviewOutcome outcome = previewVisitDocument(this, noPatient, nullptr, request);
    if (!outcome.error.isEmpty()) {
        *error = outcome.error;
        return false;
    }
    return true;
}

void MainWindow::askForDemoData()
{
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("Load demo data"),
                                           tr("How many synthetic patients? They are fictitious and marked as demo data."),
                                           50, 1, 100000, 10, &ok);
    if (!ok)
        return;
    QString error;
    if (!loadDemoData(count, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Demo data"), error);
}

void MainWindow::backUp()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up database"),
                                                      m_database.path() + u"-backup-"_s + QDate::currentDate().toString(Qt::ISODate) + u".sqlite"_s);
    if (file.isEmpty())
        return;
    auto opened = Database::open(m_database.path());
    QString error;
    if (!opened.database || !opened.database->backupTo(file, &error))
        QMessageBox::warning(this, tr("Backup failed"), opened.database ? error : opened.error);
    else
        QMessageBox::information(this, tr("Backup"), tr("The database was copied to %1 and the copy was checked.").arg(file));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (releaseOpenWork())
        event->accept();
    else
        event->ignore();
}

} // namespace SpineDesk
