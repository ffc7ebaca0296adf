// The clinic's outcome dashboard (issue 7), driven offscreen: the rebuild on first open (and
// its cancellation), the figures against computeFigures for every filter, and the drill-down
// to the patients behind a figure, from the table and from a chart's bar.
#include "core/instruments/library.h"
#include "core/outcomes/outcomefigures.h"
#include "storage/auditlog.h"
#include "storage/clinicianrepository.h"
#include "storage/database.h"
#include "storage/outcomerepository.h"
#include "storage/patientrepository.h"
#include "storage/visitrepository.h"
#include "ui/mainwindow.h"
#include "ui/patientchart.h"
#include "ui/outcomedashboard.h"
#include "ui/outcomefiguremodel.h"
#include "ui/outcomefilterbar.h"
#include "ui/outcomepatients.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Outcomes;

class TestOutcomeDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Instruments::Library m_library;
    qint64 m_anna = 0, m_ben = 0; // clinicians
    QList<Patient> m_patients;
    QList<EpisodeOutcome> m_rows;

    QSqlDatabase db() const { return m_db->connection(); }

    std::unique_ptr<OutcomeDashboard> newDashboard()
    {
        auto d = std::make_unique<OutcomeDashboard>(db(), m_library, m_anna);
        d->setAttribute(Qt::WA_DeleteOnClose, false);
        return d;
    }

    // The hand-made rows: six episodes of six patients, with known answers.
    EpisodeOutcome row(int i, qint64 clinician, VisitKind kind, QDate first) const
    {
        EpisodeOutcome e;
        e.episodeId = m_episodes.at(i);
        e.patientId = m_patients.at(i).id;
        e.firstVisit = first;
        e.firstVisitKind = kind;
        e.clinicianId = clinician;
        e.evaluated = true;
        return e;
    }
    QList<qint64> m_episodes;

    static void setMcid(EpisodeOutcome &e, int scale, int timePoint, McidStatus s) { e.mcid[size_t(scale)][size_t(timePoint)] = s; }

    // Every table row of every section says what computeFigures says for the same filter.
    static void compareWithFigures(OutcomeDashboard &d, const QList<EpisodeOutcome> &rows, const Filter &filter)
    {
        const OutcomeFigures expected = computeFigures(rows, filter);
        QCOMPARE(d.figures().episodes, expected.episodes);
        for (OutcomeSection section : {OutcomeSection::Access, OutcomeSection::CaseMix, OutcomeSection::Outcomes, OutcomeSection::Care,
                                       OutcomeSection::LowValue, OutcomeSection::SafetyFollowUp}) {
            const QList<OutcomeFigureRow> want = outcomeFigureRows(section, expected, Instruments::Library());
            const OutcomeFigureModel *model = d.model(section);
            QCOMPARE(model->rowCount(), int(want.size()));
            for (int r = 0; r < want.size(); ++r) {
                QCOMPARE(model->data(model->index(r, OutcomeFigureModel::Numerator), Qt::DisplayRole).toString(),
                         QLocale().toString(want[r].numerator.size()));
                QCOMPARE(model->data(model->index(r, OutcomeFigureModel::Denominator), Qt::DisplayRole).toString(),
                         QLocale().toString(want[r].denominator.size()));
                QCOMPARE(model->data(model->index(r, OutcomeFigureModel::Result), Qt::DisplayRole).toString(), want[r].result);
                QCOMPARE(model->rows()[r].numerator, want[r].numerator);
                QCOMPARE(model->rows()[r].missing, want[r].missing);
            }
        }
    }

    static QString result(OutcomeDashboard &d, OutcomeSection section, const QString &id)
    {
        const OutcomeFigureRow *row = d.model(section)->row(id);
        return row ? row->result : u"(no row %1)"_s.arg(id);
    }

    static QStringList mrns(const OutcomePatientsDialog *dialog)
    {
        QStringList out;
        for (const OutcomePatientRow &r : dialog->model()->loaded())
            out << r.mrn;
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(u"clinic.sqlite"_s));
        QVERIFY2(opened.database, qPrintable(opened.error));
        m_db = std::move(opened.database);
        m_library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        QVERIFY(m_library.find(u"odi"_s));
        Clinician anna{0, u"Anna Arce"_s, u"MD"_s, ClinicianRole::Physiatrist, true};
        Clinician ben{0, u"Ben Brandt"_s, u"DPT"_s, ClinicianRole::PhysicalTherapist, true};
        QVERIFY(ClinicianRepository(db()).create(anna).ok());
        QVERIFY(ClinicianRepository(db()).create(ben).ok());
        m_anna = anna.id;
        m_ben = ben.id;
        for (int i = 0; i < 6; ++i) {
            Patient p;
            p.familyName = u"Family%1"_s.arg(i + 1);
            p.givenName = u"Given"_s;
            p.birthDate = QDate(1970 + i, 3, 4);
            p.sex = Sex::Female;
            p.mrn = u"MRN-%1"_s.arg(i + 1);
            QVERIFY(PatientRepository(db()).create(p).ok());
            m_patients << p;
            Episode e;
            e.patientId = p.id;
            e.title = u"Low back pain %1"_s.arg(i + 1);
            e.startDate = QDate(2026, 1, 1);
            QVERIFY(VisitRepository(db()).createEpisode(e).ok());
            m_episodes << e.id;
        }
    }

    // A new database asks for the full rebuild: cancelling it leaves the dashboard saying the
    // figures are not available, with a way to rebuild; nothing is marked done.
    void rebuildCancelled()
    {
        QVERIFY(OutcomeRepository(db()).needsRebuild());
        auto d = newDashboard();
        d->show();
        bool sawProgress = false;
        QTimer canceller;
        canceller.setInterval(0);
        connect(&canceller, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *p = qobject_cast<QProgressDialog *>(w); p && p->objectName() == u"rebuildProgress") {
                    sawProgress = true;
                    p->cancel();
                }
        });
        canceller.start();
        QVERIFY(!d->start());
        canceller.stop();
        QVERIFY(sawProgress);
        QVERIFY(!d->isAvailable());
        QVERIFY(d->unavailableLabel()->isVisibleTo(d.get()));
        QVERIFY2(d->unavailableLabel()->text().contains(u"not available"_s), qPrintable(d->unavailableLabel()->text()));
        QVERIFY(d->rebuildButton()->isVisibleTo(d.get()));
        QVERIFY(OutcomeRepository(db()).needsRebuild());
    }

    // Opening the dashboard runs the pending rebuild, then shows the (here empty) figures.
    void rebuildRunsWhenNeeded()
    {
        QVERIFY(OutcomeRepository(db()).needsRebuild());
        auto d = newDashboard();
        d->show();
        QVERIFY(d->start());
        QVERIFY(d->isAvailable());
        QVERIFY(!OutcomeRepository(db()).needsRebuild());
        QVERIFY(d->rows().isEmpty()); // no signed visits: no episode counts yet
        QCOMPARE(result(*d, OutcomeSection::Care, u"surgery-referred"_s), u"no patients"_s);
    }

    void storeHandMadeRows()
    {
        // 1: Anna, initial, January, ODI 6 w reached by the absolute threshold, referred to a surgeon.
        EpisodeOutcome e1 = row(0, m_anna, VisitKind::Initial, QDate(2026, 1, 10));
        e1.accessDays = 10;
        e1.stratum = u"low"_s;
        e1.duration = DurationClass::Acute;
        e1.conditions = {u"lumbar-disc-radiculopathy"_s};
        e1.surgicalReferral = true;
        setMcid(e1, 0, 0, McidStatus::ReachedByAbsolute);
        setMcid(e1, 0, 1, McidStatus::Missing);
        // 2: Anna, PT first visit, February, ODI 6 w not reached, opioid for chronic pain.
        EpisodeOutcome e2 = row(1, m_anna, VisitKind::PhysicalTherapy, QDate(2026, 2, 15));
        e2.accessDays = 20;
        e2.stratum = u"high"_s;
        e2.duration = DurationClass::Chronic;
        e2.conditions = {u"non-specific-lbp"_s};
        e2.nonSpecificLbp = true;
        e2.lowValue = OpioidChronic;
        setMcid(e2, 0, 0, McidStatus::NotReached);
        // 3: Ben, initial, April, no referral date, ODI 6 w missing, a PHQ-9 item 9 alert not followed up.
        EpisodeOutcome e3 = row(2, m_ben, VisitKind::Initial, QDate(2026, 4, 5));
        e3.conditions = {u"lumbar-disc-radiculopathy"_s, u"lumbar-stenosis"_s};
        e3.duration = DurationClass::Subacute;
        e3.safetyAlerts = 1;
        setMcid(e3, 0, 0, McidStatus::Missing);
        // 4: Ben, initial, last November, not evaluated (plan unsigned).
        EpisodeOutcome e4 = row(3, m_ben, VisitKind::Initial, QDate(2025, 11, 20));
        e4.evaluated = false;
        e4.accessDays = 30;
        e4.stratum = u"medium"_s;
        // 5: Anna, initial, May, ODI 6 w reached by the percentage, ESI recommended and met, seen again.
        EpisodeOutcome e5 = row(4, m_anna, VisitKind::Initial, QDate(2026, 5, 1));
        e5.accessDays = 5;
        e5.stratum = u"low"_s;
        e5.conditions = {u"lumbar-stenosis"_s};
        e5.esiRecommended = true;
        e5.esiCriteriaMet = true;
        e5.followUpVisits = 1;
        setMcid(e5, 0, 0, McidStatus::ReachedByPercent);
        // 6: Ben, PT first visit, June, no ODI baseline.
        EpisodeOutcome e6 = row(5, m_ben, VisitKind::PhysicalTherapy, QDate(2026, 6, 1));
        e6.accessDays = 12;
        m_rows = {e4, e1, e2, e3, e5, e6}; // oldest first, as load() returns them
        QString error;
        QVERIFY2(OutcomeRepository(db()).store(m_rows, &error), qPrintable(error));
        QVERIFY(!OutcomeRepository(db()).needsRebuild());
    }

    void figuresMatchComputeFigures()
    {
        auto d = newDashboard();
        d->show();
        QVERIFY(d->start());
        QCOMPARE(d->rows().size(), 6);
        compareWithFigures(*d, d->rows(), Filter());
        // Known answers for the unfiltered set.
        QCOMPARE(result(*d, OutcomeSection::Outcomes, u"mcid-odi-6"_s), u"2 of 3, 67 %"_s);
        QCOMPARE(d->model(OutcomeSection::Outcomes)->row(u"mcid-odi-6"_s)->missing.size(), 1);
        QCOMPARE(result(*d, OutcomeSection::Care, u"surgery-referred"_s), u"1 of 5, 20 %"_s);
        QCOMPARE(result(*d, OutcomeSection::Care, u"surgery-not-referred"_s), u"4 of 5, 80 %"_s);
        QCOMPARE(result(*d, OutcomeSection::Care, u"esi-criteria-met"_s), u"1 of 1, 100 %"_s);
        QCOMPARE(result(*d, OutcomeSection::SafetyFollowUp, u"safety-followed-up"_s), u"0 of 1, 0 %"_s);
        QCOMPARE(result(*d, OutcomeSection::CaseMix, u"stratum-low"_s), u"2 of 6, 33 %"_s);
        // PEG's MCID is not confirmed by the sources: its rows say so, ODI's do not.
        const OutcomeFigureRow *peg = d->model(OutcomeSection::Outcomes)->row(u"mcid-peg-6"_s);
        QVERIFY(peg);
        QVERIFY(peg->unverified);
        QVERIFY(peg->name.contains(u"unverified"_s));
        QVERIFY(!d->model(OutcomeSection::Outcomes)->row(u"mcid-odi-6"_s)->unverified);
        // Every figure carries a definition as its tooltip.
        for (const OutcomeFigureRow &r : d->model(OutcomeSection::Care)->rows())
            QVERIFY2(!r.definition.isEmpty(), qPrintable(r.id));
        // The conditions offered are those present, labelled by the catalogue.
        QComboBox *conditions = d->filters()->conditionBox();
        QCOMPARE(conditions->count(), 4); // every condition + three
        QVERIFY(conditions->findData(u"lumbar-stenosis"_s) > 0);
        QVERIFY(conditions->itemText(conditions->findData(u"lumbar-stenosis"_s)) != u"lumbar-stenosis"_s);
        // Every control the user can reach is named for assistive technology (a table's
        // corner button takes no focus and is not one).
        for (QWidget *w : d->findChildren<QWidget *>())
            if (w->focusPolicy() != Qt::NoFocus && (qobject_cast<QComboBox *>(w) || qobject_cast<QDateEdit *>(w) || qobject_cast<QTableView *>(w)
                || qobject_cast<QChartView *>(w) || qobject_cast<QAbstractButton *>(w)))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }

    void filtersChangeTheFigures()
    {
        auto d = newDashboard();
        d->show();
        QVERIFY(d->start());
        const QList<EpisodeOutcome> rows = d->rows();
        OutcomeFilterBar *f = d->filters();

        // Clinician: Anna saw 1, 2 and 5.
        f->clinicianBox()->setCurrentIndex(f->clinicianBox()->findData(m_anna));
        QCOMPARE(d->figures().episodes.size(), 3);
        QCOMPARE(result(*d, OutcomeSection::Outcomes, u"mcid-odi-6"_s), u"2 of 3, 67 %"_s);
        QCOMPARE(d->model(OutcomeSection::Outcomes)->row(u"mcid-odi-6"_s)->missing.size(), 0);
        Filter expected;
        expected.clinicianId = m_anna;
        compareWithFigures(*d, rows, expected);

        // Kind of first visit: PT first visits of Anna are 2 only.
        f->kindBox()->setCurrentIndex(f->kindBox()->findData(int(VisitKind::PhysicalTherapy)));
        expected.firstVisitKind = VisitKind::PhysicalTherapy;
        QCOMPARE(d->figures().episodes.size(), 1);
        QCOMPARE(result(*d, OutcomeSection::Outcomes, u"mcid-odi-6"_s), u"0 of 1, 0 %"_s);
        compareWithFigures(*d, rows, expected);

        // Back to every clinician and kind; condition: disc radiculopathy is 1 and 3.
        f->clinicianBox()->setCurrentIndex(0);
        f->kindBox()->setCurrentIndex(0);
        f->setCondition(u"lumbar-disc-radiculopathy"_s);
        expected = Filter();
        expected.condition = u"lumbar-disc-radiculopathy"_s;
        QCOMPARE(d->figures().episodes.size(), 2);
        QCOMPARE(result(*d, OutcomeSection::Outcomes, u"mcid-odi-6"_s), u"1 of 1, 100 %"_s);
        compareWithFigures(*d, rows, expected);

        // Dates of the first visit: the first quarter of 2026 is 1 and 2.
        f->setCondition({});
        f->fromEdit()->setDate(QDate(2026, 1, 1));
        f->toEdit()->setDate(QDate(2026, 3, 31));
        QCOMPARE(f->periodBox()->currentData().toInt(), int(OutcomeFilterBar::Period::Custom));
        expected = Filter();
        expected.from = QDate(2026, 1, 1);
        expected.to = QDate(2026, 3, 31);
        QCOMPARE(d->figures().episodes.size(), 2);
        compareWithFigures(*d, rows, expected);

        // The last-quarter preset, on 15 May 2026, is January to March.
        f->setPeriod(OutcomeFilterBar::Period::LastQuarter, QDate(2026, 5, 15));
        QCOMPARE(f->filter().from, QDate(2026, 1, 1));
        QCOMPARE(f->filter().to, QDate(2026, 3, 31));
        QCOMPARE(d->figures().episodes.size(), 2);
        f->setPeriod(OutcomeFilterBar::Period::ThisYear, QDate(2026, 5, 15));
        QCOMPARE(d->figures().episodes.size(), 4); // 1, 2, 3, 5
        f->setPeriod(OutcomeFilterBar::Period::All);
        QVERIFY(!f->filter().from.isValid());
        QVERIFY(!f->filter().to.isValid());
        QCOMPARE(d->figures().episodes.size(), 6);
        QCOMPARE(OutcomeFilterBar::lastQuarter(QDate(2026, 2, 3)), qMakePair(QDate(2025, 10, 1), QDate(2025, 12, 31)));

        // An empty selection says "no patients", never 0 %.
        f->setDates(QDate(2030, 1, 1), QDate(2030, 12, 31));
        QCOMPARE(result(*d, OutcomeSection::Care, u"surgery-referred"_s), u"no patients"_s);
    }

    void drillDownFromTheTable()
    {
        auto d = newDashboard();
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QVERIFY(d->start());
        d->tabs()->setCurrentIndex(int(OutcomeSection::Outcomes));
        QTableView *table = d->table(OutcomeSection::Outcomes);
        const int r = d->model(OutcomeSection::Outcomes)->rowOf(u"mcid-odi-6"_s);
        QVERIFY(r >= 0);
        const int auditBefore = int(AuditLog(db()).recent(1000).size());
        table->setFocus();
        table->setCurrentIndex(table->model()->index(r, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto dialogs = d->findChildren<OutcomePatientsDialog *>();
        QCOMPARE(dialogs.size(), 1);
        OutcomePatientsDialog *dialog = dialogs.first();
        QCOMPARE(mrns(dialog), (QStringList{u"MRN-1"_s, u"MRN-5"_s}));
        QCOMPARE(dialog->model()->loaded().first().patientName, u"Family1, Given"_s);
        QCOMPARE(int(AuditLog(db()).recent(1000).size()), auditBefore + 1);
        dialog->showList(OutcomePatientsDialog::Which::Denominator);
        QCOMPARE(mrns(dialog), (QStringList{u"MRN-1"_s, u"MRN-2"_s, u"MRN-5"_s}));
        dialog->showList(OutcomePatientsDialog::Which::Missing);
        QCOMPARE(mrns(dialog), (QStringList{u"MRN-3"_s}));
        QCOMPARE(dialog->listChoice()->currentData().toInt(), int(OutcomePatientsDialog::Which::Missing));

        // Double-click on a patient opens the chart (the main window listens).
        QSignalSpy open(d.get(), &OutcomeDashboard::openPatientRequested);
        QTableView *patients = dialog->view();
        const QRect cell = patients->visualRect(patients->model()->index(0, 0));
        QTest::mouseClick(patients->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(patients->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(), m_patients.at(2).id);
        dialog->close();

        // A double-click on a row of another section opens its list too.
        d->tabs()->setCurrentIndex(int(OutcomeSection::Care));
        QTableView *care = d->table(OutcomeSection::Care);
        const QRect row = care->visualRect(care->model()->index(d->model(OutcomeSection::Care)->rowOf(u"surgery-referred"_s), 0));
        QTest::mouseClick(care->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(care->viewport(), Qt::LeftButton, {}, row.center());
        QTRY_COMPARE(d->findChildren<OutcomePatientsDialog *>().size(), 1);
        QCOMPARE(mrns(d->findChildren<OutcomePatientsDialog *>().first()), (QStringList{u"MRN-1"_s}));
    }

    // A click on a bar opens its patients: the MCID chart's grey segment lists the missing.
    void drillDownFromAChart()
    {
        auto d = newDashboard();
        d->show();
        QVERIFY(d->start());
        d->tabs()->setCurrentIndex(int(OutcomeSection::Outcomes));
        QChart *chart = d->chartViews(OutcomeSection::Outcomes).first()->chart();
        QVERIFY(chart);
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 3);
        const int categories = int(d->figures().mcid.size());
        // The first category (ODI at 6 weeks) is the last bar: the builders list top-down.
        emit series->barSets().at(2)->clicked(categories - 1);
        auto dialogs = d->findChildren<OutcomePatientsDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QCOMPARE(dialogs.first()->showing(), OutcomePatientsDialog::Which::Missing);
        QCOMPARE(mrns(dialogs.first()), (QStringList{u"MRN-3"_s}));
        dialogs.first()->close();
        delete dialogs.first();

        d->tabs()->setCurrentIndex(int(OutcomeSection::CaseMix));
        QChart *strata = d->chartViews(OutcomeSection::CaseMix).first()->chart();
        auto *bars = qobject_cast<QAbstractBarSeries *>(strata->series().value(0));
        QVERIFY(bars);
        // Categories in reading order: low, medium, high, not recorded; "low" is the top bar.
        emit bars->barSets().at(0)->clicked(bars->barSets().at(0)->count() - 1);
        dialogs = d->findChildren<OutcomePatientsDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QCOMPARE(mrns(dialogs.first()), (QStringList{u"MRN-1"_s, u"MRN-5"_s}));
    }

    // Reports → Outcome dashboard… opens one window, loaded; a patient chosen in a drill-down
    // opens that patient's chart in the main window.
    void openedFromTheMainWindow()
    {
        MainWindow main(*m_db, m_anna);
        main.show();
        auto *action = main.findChild<QAction *>(u"outcomeDashboardAction"_s);
        QVERIFY(action);
        action->trigger();
        auto *dashboard = main.findChild<OutcomeDashboard *>();
        QVERIFY(dashboard);
        QVERIFY(dashboard->isAvailable());
        QCOMPARE(dashboard->rows().size(), 6);
        action->trigger();
        QCOMPARE(main.findChildren<OutcomeDashboard *>().size(), 1);
        if (const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS"); !dir.isEmpty()) {
            for (int tab = 0; tab < dashboard->tabs()->count(); ++tab) {
                dashboard->tabs()->setCurrentIndex(tab);
                dashboard->grab().save(dir + u"/dashboard-%1.png"_s.arg(tab));
            }
        }
        OutcomePatientsDialog *dialog = dashboard->openFigure(OutcomeSection::Care, u"surgery-referred"_s);
        QVERIFY(dialog);
        dialog->view()->setCurrentIndex(dialog->model()->index(0, 0));
        emit dialog->view()->activated(dialog->view()->currentIndex());
        QCOMPARE(main.chart()->patientId(), m_patients.at(0).id);
        dashboard->close();
    }

    // Long lists come a page at a time.
    void patientListPages()
    {
        QList<qint64> many;
        for (int i = 0; i < 200; ++i)
            many += m_episodes;
        OutcomePatientModel model(db());
        model.setEpisodes(many);
        QCOMPARE(model.total(), 1200);
        QCOMPARE(model.rowCount(), OutcomePatientModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1200);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.data(model.index(6, OutcomePatientModel::Mrn), Qt::DisplayRole).toString(), u"MRN-1"_s);
    }
};

QTEST_MAIN(TestOutcomeDashboard)
#include "tst_outcomedashboard.moc"
