#include "ui/outcomedashboard.h"

#include "documents/outcomecharts.h"
#include "storage/clinicianrepository.h"
#include "storage/outcomerepository.h"
#include "ui/accessibility.h"
#include "ui/outcomefiguremodel.h"
#include "ui/outcomefilterbar.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Outcomes;

struct OutcomeDashboard::Tab {
    OutcomeSection section;
    QWidget *page = nullptr;
    QTableView *table = nullptr;
    OutcomeFigureModel *model = nullptr;
    QList<QChartView *> views;
    bool chartsDirty = true;
};

OutcomeDashboard::OutcomeDashboard(QSqlDatabase db, const Instruments::Library &library, qint64 clinicianId, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_library(library)
    , m_clinicianId(clinicianId)
{
    installAccessibility(); // its charts read as charts, with the figures in words
    setObjectName(u"outcomeDashboard"_s);
    setWindowTitle(tr("Outcome dashboard"));
    setAccessibleName(tr("Outcome dashboard"));
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);

    m_pages = new QStackedWidget(this);
    // Shown when the figures cannot be computed (a cancelled or failed rebuild).
    m_unavailable = new QWidget(m_pages);
    auto *ul = new QVBoxLayout(m_unavailable);
    m_unavailableText = new QLabel(m_unavailable);
    m_unavailableText->setObjectName(u"figuresUnavailable"_s);
    m_unavailableText->setWordWrap(true);
    m_rebuildNow = new QPushButton(tr("&Rebuild the figures now"), m_unavailable);
    m_rebuildNow->setObjectName(u"rebuildNow"_s);
    m_rebuildNow->setAccessibleName(tr("Rebuild the outcome figures now"));
    connect(m_rebuildNow, &QPushButton::clicked, this, &OutcomeDashboard::rebuildFigures);
    ul->addStretch();
    ul->addWidget(m_unavailableText);
    ul->addWidget(m_rebuildNow, 0, Qt::AlignLeft);
    ul->addStretch();

    m_content = new QWidget(m_pages);
    auto *cl = new QVBoxLayout(m_content);
    m_filters = new OutcomeFilterBar(m_content);
    m_summary = new QLabel(m_content);
    m_summary->setObjectName(u"dashboardSummary"_s);
    auto *rebuild = new QPushButton(tr("Re&build figures…"), m_content);
    rebuild->setObjectName(u"rebuildFigures"_s);
    rebuild->setAccessibleName(tr("Rebuild the outcome figures from the signed visits"));
    rebuild->setToolTip(tr("Recomputes every episode's outcome row from the signed visits, then reloads the dashboard."));
    connect(rebuild, &QPushButton::clicked, this, &OutcomeDashboard::rebuildFigures);
    auto *line = new QHBoxLayout;
    line->addWidget(m_summary, 1);
    line->addWidget(rebuild);
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(u"dashboardSections"_s);
    m_tabs->setAccessibleName(tr("Dashboard sections"));
    cl->addWidget(m_filters);
    cl->addLayout(line);
    cl->addWidget(m_tabs, 1);
    buildTabs();
    connect(m_filters, &OutcomeFilterBar::changed, this, &OutcomeDashboard::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, &OutcomeDashboard::refreshCharts);

    m_pages->addWidget(m_unavailable);
    m_pages->addWidget(m_content);
    setCentralWidget(m_pages);
    showUnavailable(tr("The outcome figures have not been loaded yet."));
    // A window of its own, closed from the keyboard like a dialog.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &QWidget::close);
    resize(1280, 820);
}

OutcomeDashboard::~OutcomeDashboard()
{
    qDeleteAll(m_tabList);
}

OutcomeDashboard::Tab &OutcomeDashboard::addTab(OutcomeSection section, const QString &title, const QString &accessible, int charts)
{
    auto *tab = new Tab;
    tab->section = section;
    tab->page = new QSplitter(Qt::Horizontal, m_tabs);
    auto *split = static_cast<QSplitter *>(tab->page);
    auto *chartColumn = new QSplitter(Qt::Vertical, split);
    for (int i = 0; i < charts; ++i) {
        auto *view = new QChartView(chartColumn);
        view->setObjectName(u"chart-%1-%2"_s.arg(int(section)).arg(i));
        view->setAccessibleName(tr("%1 chart").arg(accessible));
        view->setAccessibleDescription(tr("No figures yet."));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(360, 220);
        tab->views << view;
    }
    tab->model = new OutcomeFigureModel(this);
    tab->table = new QTableView(split);
    tab->table->setObjectName(u"figures-%1"_s.arg(int(section)));
    tab->table->setAccessibleName(tr("%1 figures").arg(accessible));
    tab->table->setAccessibleDescription(tr("Press Enter or double-click a figure to list the patients behind it."));
    tab->table->setModel(tab->model);
    tab->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    tab->table->setSelectionMode(QAbstractItemView::SingleSelection);
    tab->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tab->table->setWordWrap(true);
    tab->table->verticalHeader()->hide();
    tab->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tab->table->horizontalHeader()->setSectionResizeMode(OutcomeFigureModel::Missing, QHeaderView::Stretch);
    tab->table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(tab->table, &QTableView::activated, this, [this, tab](const QModelIndex &index) {
        openFigure(tab->section, index.data(OutcomeFigureModel::IdRole).toString());
    });
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 700});
    m_tabs->addTab(tab->page, title);
    m_tabList << tab;
    return *tab;
}

void OutcomeDashboard::buildTabs()
{
    addTab(OutcomeSection::Access, tr("&Access"), tr("Access"), 1);
    addTab(OutcomeSection::CaseMix, tr("&Case mix"), tr("Case mix"), 3);
    Tab &outcomes = addTab(OutcomeSection::Outcomes, tr("&Outcomes"), tr("Outcomes"), 1);
    // The chart builders name the scale only; the unverified threshold is said here and in the rows.
    auto *note = new QLabel(tr("MCID reached: the improvement from the first visit meets the absolute or the percentage threshold "
                               "(the table says which). Episodes without a score in the window are counted as missing, never dropped. "
                               "Figures marked “MCID unverified” use a threshold the clinical sources do not confirm."),
                            outcomes.page);
    note->setObjectName(u"mcidNote"_s);
    note->setWordWrap(true);
    note->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *column = static_cast<QSplitter *>(outcomes.views.first()->parentWidget());
    column->addWidget(note);
    column->setStretchFactor(0, 1);
    column->setStretchFactor(1, 0);
    addTab(OutcomeSection::Care, tr("&Surgery and injections"), tr("Surgery and injections"), 1);
    addTab(OutcomeSection::LowValue, tr("&Low-value care"), tr("Low-value care"), 1);
    addTab(OutcomeSection::SafetyFollowUp, tr("Sa&fety and follow-up"), tr("Safety and follow-up"), 1);
}

OutcomeFigureModel *OutcomeDashboard::model(OutcomeSection section) const
{
    for (Tab *t : m_tabList)
        if (t->section == section)
            return t->model;
    return nullptr;
}

QTableView *OutcomeDashboard::table(OutcomeSection section) const
{
    for (Tab *t : m_tabList)
        if (t->section == section)
            return t->table;
    return nullptr;
}

QList<QChartView *> OutcomeDashboard::chartViews(OutcomeSection section) const
{
    for (Tab *t : m_tabList)
        if (t->section == section)
            return t->views;
    return {};
}

bool OutcomeDashboard::start()
{
    if (OutcomeRepository(m_db).needsRebuild())
        return rebuildFigures();
    return load();
}

bool OutcomeDashboard::rebuildFigures()
{
    QProgressDialog progress(tr("Rebuilding the outcome figures from the signed visits…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(u"rebuildProgress"_s);
    progress.setAccessibleName(tr("Rebuilding the outcome figures"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    const bool ok = OutcomeRepository(m_db).rebuild(m_library, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    }, &error);
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!ok || cancelled) {
        showUnavailable(cancelled || error.isEmpty()
                            ? tr("The outcome figures are not available: their rebuild was cancelled. They are rebuilt from the "
                                 "signed visits, which can take a while with many patients.")
                            : tr("The outcome figures are not available: their rebuild failed (%1).").arg(error));
        return false;
    }
    return load();
}

bool OutcomeDashboard::load()
{
    QString error;
    QList<EpisodeOutcome> rows = OutcomeRepository(m_db).load({}, {}, &error);
    if (!error.isEmpty()) {
        showUnavailable(tr("The outcome figures could not be loaded: %1").arg(error));
        return false;
    }
    m_rows = std::move(rows);
    m_rows.squeeze();
    QSet<QString> conditions;
    for (const EpisodeOutcome &e : std::as_const(m_rows))
        for (const QString &c : e.conditions)
            conditions.insert(c);
    m_filters->setClinicians(ClinicianRepository(m_db).list(false));
    m_filters->setConditions(conditions.values());
    m_available = true;
    m_pages->setCurrentWidget(m_content);
    refresh();
    return true;
}

void OutcomeDashboard::showUnavailable(const QString &why)
{
    m_available = false;
    m_rows.clear();
    m_rows.squeeze();
    m_figures = {};
    m_unavailableText->setText(why);
    m_unavailableText->setAccessibleName(why);
    m_pages->setCurrentWidget(m_unavailable);
}

void OutcomeDashboard::refresh()
{
    if (!m_available)
        return;
    QElapsedTimer timer;
    timer.start();
    m_figures = computeFigures(m_rows, m_filters->filter());
    for (Tab *t : std::as_const(m_tabList)) {
        t->model->setRows(outcomeFigureRows(t->section, m_figures, m_library));
        t->chartsDirty = true;
    }
    refreshCharts(m_tabs->currentIndex());
    const QLocale locale;
    const QString summary = tr("%1 of %2 episodes of care match the filters; %3 evaluated (first visit's plan signed).")
                                .arg(locale.toString(m_figures.episodes.size()), locale.toString(m_rows.size()),
                                     locale.toString(m_figures.evaluated.size()));
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
    m_lastRefreshMs = timer.elapsed();
    emit refreshed();
}

// Charts are built for the visible tab only, so a filter change stays quick; the others
// are built when their tab is shown.
void OutcomeDashboard::refreshCharts(int tabIndex)
{
    if (tabIndex < 0 || tabIndex >= m_tabList.size() || !m_available)
        return;
    Tab &tab = *m_tabList[tabIndex];
    if (!tab.chartsDirty)
        return;
    tab.chartsDirty = false;
    const OutcomeFigures &f = m_figures;
    const int total = int(f.episodes.size());
    // In the charts' order (reading order for strata and durations, "not recorded" last).
    const auto keyIds = [](const QString &prefix, const QMap<QString, QList<qint64>> &counts, const QStringList &order = {}) {
        QStringList ids;
        for (const QString &key : OutcomeCharts::orderedKeys(counts, order))
            ids << prefix + (key.isEmpty() ? u"none"_s : key);
        return ids;
    };
    const auto proportions = [&](const QString &title, const QStringList &ids) {
        QList<QPair<QString, Proportion>> items;
        for (const QString &id : ids)
            if (const OutcomeFigureRow *row = tab.model->row(id)) {
                Proportion p;
                p.numerator = row->numerator;
                p.denominator = row->denominator;
                items.append({row->name, p});
            }
        setChart(tab, 0, OutcomeCharts::proportionsChart(title, items), ids, false);
    };
    switch (tab.section) {
    case OutcomeSection::Access:
        setChart(tab, 0, OutcomeCharts::accessChart(f.access), {u"access-median"_s, u"access-p90"_s}, false);
        break;
    case OutcomeSection::CaseMix:
        setChart(tab, 0,
                 OutcomeCharts::caseMixChart(tr("STarT Back strata"), f.strata, OutcomeCharts::stratumLabel, total,
                                             OutcomeCharts::kStratumOrder),
                 keyIds(u"stratum-"_s, f.strata, OutcomeCharts::kStratumOrder), false);
        setChart(tab, 1,
                 OutcomeCharts::caseMixChart(tr("Duration classes"), f.durations, OutcomeCharts::durationLabel, total,
                                             OutcomeCharts::kDurationOrder),
                 keyIds(u"duration-"_s, f.durations, OutcomeCharts::kDurationOrder), false);
        setChart(tab, 2, OutcomeCharts::caseMixChart(tr("Conditions"), f.conditions, OutcomeCharts::conditionLabel, total),
                 keyIds(u"condition-"_s, f.conditions), false);
        break;
    case OutcomeSection::Outcomes: {
        QStringList ids;
        for (const McidFigure &m : f.mcid)
            ids << u"mcid-%1-%2"_s.arg(m.scale.instrumentId).arg(m.at.weeks);
        QStringList unverified;
        for (const OutcomeScale &scale : outcomeScales())
            if (outcomeMcidUnverified(scale.instrumentId, scale.scaleId, m_library))
                unverified << scale.instrumentId;
        setChart(tab, 0, OutcomeCharts::mcidChart(f.mcid, unverified), ids, true);
        break;
    }
    case OutcomeSection::Care:
        proportions(tr("Surgery and injections, of evaluated episodes"),
                    {u"surgery-referred"_s, u"surgery-not-referred"_s, u"esi-recommended"_s, u"esi-criteria-met"_s});
        break;
    case OutcomeSection::LowValue:
        proportions(tr("Low-value care"), {u"low-value-imaging"_s, u"low-value-opioid"_s, u"low-value-fusion"_s});
        break;
    case OutcomeSection::SafetyFollowUp:
        proportions(tr("Safety and follow-up"), {u"safety-alerts"_s, u"safety-followed-up"_s, u"follow-up-seen"_s});
        break;
    }
}

void OutcomeDashboard::setChart(Tab &tab, int slot, QChart *chart, const QStringList &rowIds, bool stacked)
{
    QChartView *view = tab.views.value(slot);
    if (!view) {
        delete chart;
        return;
    }
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    // A screen reader hears the figures, not just that there is a chart; the table beside it
    // has the same figures for the keyboard.
    view->setAccessibleDescription(chartSummary(chart) + u' '
                                   + tr("Click a bar, or press Enter on the same figure in the table beside the chart, to list the "
                                      "patients behind it."));
    // The builders list categories top-down, so bar i of a set is category count-1-i. In the
    // stacked MCID chart the set says which list: reached, not reached (the evaluated), missing.
    const qsizetype count = rowIds.size();
    const OutcomeSection section = tab.section;
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        for (qsizetype s = 0; s < sets.size(); ++s) {
            using Which = OutcomePatientsDialog::Which;
            const Which which = !stacked ? Which::Numerator : s == 0 ? Which::Numerator : s == 1 ? Which::Denominator : Which::Missing;
            connect(sets[s], &QBarSet::clicked, this, [this, section, rowIds, count, which](int index) {
                const qsizetype item = count - 1 - index;
                if (item >= 0 && item < count)
                    openFigure(section, rowIds[item], which);
            });
        }
    }
}

OutcomePatientsDialog *OutcomeDashboard::openFigure(OutcomeSection section, const QString &figureId, OutcomePatientsDialog::Which which)
{
    const OutcomeFigureModel *figures = model(section);
    const OutcomeFigureRow *row = figures ? figures->row(figureId) : nullptr;
    if (!row)
        return nullptr;
    auto *dialog = new OutcomePatientsDialog(m_db, m_clinicianId, *row, which, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OutcomePatientsDialog::openPatientRequested, this, &OutcomeDashboard::openPatientRequested);
    dialog->show();
    return dialog;
}

} // namespace SpineDesk
