// Accessibility, walked in-process through QAccessible: every interactive control of the main
// window, each visit step (initial and physical-therapy visits, draft and signed), the patient
// chart and its trend charts, the decision aid, the outcome dashboard and the main dialogs has
// an accessible name; the icon array, scale shift, rating scale and charts say their values;
// the visit works from the keyboard (Alt+digit steps, focus on the first field, Escape,
// default buttons, tab order); and a large font with a high-contrast palette clips no text and
// leaves every text colour to the palette.
#include "core/decisionaids/aidlibrary.h"
#include "documents/iconarray.h"
#include "storage/demowriter.h"
#include "storage/visitrepository.h"
#include "ui/accessibility.h"
#include "ui/accessibilitycolours.h"
#include "ui/aidview.h"
#include "ui/application.h"
#include "ui/certificationdialogs.h"
#include "ui/clinicianpicker.h"
#include "ui/clinicsettingsdialog.h"
#include "ui/decisionpage.h"
#include "ui/handoverdialogs.h"
#include "ui/iconarraywidget.h"
#include "ui/instrumentform.h"
#include "ui/largeprint.h"
#include "ui/mainwindow.h"
#include "ui/outcomedashboard.h"
#include "ui/patientchart.h"
#include "ui/patientdialog.h"
#include "ui/patientmode.h"
#include "ui/presentationwindow.h"
#include "ui/scaleshiftwidget.h"
#include "ui/visitworkflow.h"

#include <QAccessibleValueInterface>
#include <QApplication>
#include <QButtonGroup>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtTest>

#include "accessibilitycheck.h"
#include "clinicfixture.h"

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDeskTest;

namespace {
const QString kSciatica = u"sciatica-disc-herniation"_s;

// Every problem on its own line (a failure message is cut short), then the count.
QString report(const QString &where, const QStringList &problems)
{
    for (const QString &p : problems)
        qWarning("%s: %s", qPrintable(where), qPrintable(p));
    return u"%1: %2 problem(s), listed above"_s.arg(where).arg(problems.size());
}

// Every tab of every tab widget under `root` in turn (nested ones with their parent's tab).
void forEachTab(QWidget *root, const std::function<void(const QString &)> &check)
{
    check(QString());
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            check(tabs->tabText(i).remove(u'&'));
        }
        tabs->setCurrentIndex(was);
    }
}
} // namespace

class TestAccessibility : public QObject, protected ClinicFixture
{
    Q_OBJECT

private:
    Instruments::Library m_library;
    qint64 m_signedInitial = 0;
    qint64 m_signedTherapy = 0;
    qint64 m_demoPatient = 0;

    QSqlDatabase db() const { return m_db->connection(); }

    // A new draft visit of `kind` for the demo patient, opened in `w`.
    VisitWorkflow *openNewVisit(MainWindow &w, VisitKind kind)
    {
        w.openPatient(m_demoPatient);
        QString error;
        if (!w.chart()->createVisit(kind, QDate::currentDate(), 0, u"Accessibility check"_s, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        QCoreApplication::processEvents();
        return w.workflow();
    }

    // Walks every step of the open visit (and every tab on it) with `check`.
    static void forEachStep(VisitWorkflow *flow, const std::function<void(const QString &, QWidget *)> &check)
    {
        QListWidget *steps = flow->stepList();
        auto *pages = flow->findChild<QStackedWidget *>();
        for (int row = 0; row < steps->count(); ++row) {
            if (!(steps->item(row)->flags() & Qt::ItemIsEnabled))
                continue;
            steps->setCurrentRow(row);
            QCoreApplication::processEvents();
            check(steps->item(row)->text().section(u'\n', 0, 0), pages->currentWidget());
        }
    }

    static QWidget *activeDialog()
    {
        return QApplication::activeModalWidget();
    }

    // Black, white and yellow: a typical high-contrast theme.
    static QPalette highContrastPalette()
    {
        QPalette hc;
        for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            const bool disabled = group == QPalette::Disabled;
            const QColor text = disabled ? QColor(0xb0, 0xb0, 0xb0) : QColor(Qt::white);
            hc.setColor(group, QPalette::Window, Qt::black);
            hc.setColor(group, QPalette::WindowText, text);
            hc.setColor(group, QPalette::Base, Qt::black);
            hc.setColor(group, QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
            hc.setColor(group, QPalette::Text, text);
            hc.setColor(group, QPalette::Button, Qt::black);
            hc.setColor(group, QPalette::ButtonText, text);
            hc.setColor(group, QPalette::BrightText, Qt::yellow);
            hc.setColor(group, QPalette::Highlight, Qt::yellow);
            hc.setColor(group, QPalette::HighlightedText, Qt::black);
            hc.setColor(group, QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
            hc.setColor(group, QPalette::Link, Qt::yellow);
            hc.setColor(group, QPalette::LinkVisited, QColor(0xff, 0xc0, 0xff));
            hc.setColor(group, QPalette::ToolTipBase, Qt::black);
            hc.setColor(group, QPalette::ToolTipText, Qt::white);
            hc.setColor(group, QPalette::Light, Qt::white);
            hc.setColor(group, QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
            hc.setColor(group, QPalette::Mid, QColor(0x80, 0x80, 0x80));
            hc.setColor(group, QPalette::Dark, QColor(0xc0, 0xc0, 0xc0));
            hc.setColor(group, QPalette::Shadow, Qt::white);
        }
        return hc;
    }

    // 18 pt and the high-contrast palette for the whole application, until the guard ends.
    [[nodiscard]] static auto useLargeHighContrast()
    {
        const QFont oldFont = QApplication::font();
        const QPalette oldPalette = QApplication::palette();
        QFont big = oldFont;
        big.setPointSizeF(18);
        QApplication::setFont(big);
        QApplication::setPalette(highContrastPalette());
        return qScopeGuard([oldFont, oldPalette] {
            QApplication::setFont(oldFont);
            QApplication::setPalette(oldPalette);
        });
    }

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        QVERIFY(openClinic(Clinician{0, u"Ada Quinn"_s, u"MD"_s, ClinicianRole::Physiatrist, true},
                           Patient{0, u"Lind"_s, u"Maria"_s, QDate(1970, 3, 4), Sex::Female, u"MRN-A11Y"_s, {}, u"en"_s, 0}));
        m_library = Instruments::Library::load(Instruments::Library::bundledDirectory());
        // Demo patients: signed visits with scores (trend charts), decisions, plans, PT visits.
        DemoSummary summary;
        QString error;
        QVERIFY2(DemoWriter(db(), m_clinicianId).write(7, 12, &summary, &error), qPrintable(error));
        VisitRepository visits(db());
        VisitFilter f;
        f.status = VisitStatus::Signed;
        f.kind = VisitKind::Initial;
        const auto initial = visits.list(f);
        QVERIFY(!initial.isEmpty());
        m_signedInitial = initial.first().visit.id;
        m_demoPatient = initial.first().visit.patientId;
        f.kind = VisitKind::PhysicalTherapy;
        const auto therapy = visits.list(f);
        QVERIFY(!therapy.isEmpty());
        m_signedTherapy = therapy.first().visit.id;
    }

    // The checks themselves: each finds the problem it looks for, so a pass means something.
    void checksFindWhatTheyLookFor()
    {
        QWidget w;
        w.setObjectName(u"probe"_s);
        auto *layout = new QVBoxLayout(&w);
        auto *unnamed = new QWidget(&w);
        unnamed->setObjectName(u"customWithoutName"_s);
        unnamed->setFocusPolicy(Qt::TabFocus);
        auto *button = new QPushButton(&w); // no text, no name
        button->setObjectName(u"iconOnly"_s);
        auto *clipped = new QLabel(u"A label far too long for the width it was given"_s, &w);
        clipped->setObjectName(u"clipped"_s);
        clipped->setFixedWidth(40);
        auto *red = new QLabel(u"Problem"_s, &w);
        red->setObjectName(u"red"_s);
        red->setStyleSheet(u"color: #b00020;"_s);
        auto *rich = new QLabel(u"<p style='color:#b00020'>Alert</p>"_s, &w);
        rich->setObjectName(u"rich"_s);
        for (QWidget *c : {unnamed, static_cast<QWidget *>(button), static_cast<QWidget *>(clipped), static_cast<QWidget *>(red),
                           static_cast<QWidget *>(rich)})
            layout->addWidget(c);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString names = unnamedControls(&w).join(u'\n');
        QVERIFY2(names.contains(u"customWithoutName"_s) && names.contains(u"iconOnly"_s), qPrintable(names));
        QVERIFY(clippedText(&w).join(u'\n').contains(u"clipped"_s));
        const QString colours = foreignTextColours(&w, QApplication::palette()).join(u'\n');
        QVERIFY2(colours.contains(u"probe/red"_s) && colours.contains(u"probe/rich"_s), qPrintable(colours));
        QVERIFY(!colours.contains(u"probe/clipped"_s));
    }

    void mainWindowControlsAreNamed()
    {
        MainWindow w(*m_db, m_clinicianId);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList problems = unnamedControls(&w);
        w.openPatient(m_demoPatient);
        problems << unnamedControls(&w);
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(report(u"main window"_s, problems)));
    }

    void everyVisitStepIsNamed_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("new initial visit") << 0;
        QTest::newRow("new physical-therapy visit") << 1;
        QTest::newRow("signed initial visit") << 2;
        QTest::newRow("signed physical-therapy visit") << 3;
    }

    void everyVisitStepIsNamed()
    {
        QFETCH(int, which);
        MainWindow w(*m_db, m_clinicianId);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        VisitWorkflow *flow = nullptr;
        if (which == 0)
            flow = openNewVisit(w, VisitKind::Initial);
        else if (which == 1)
            flow = openNewVisit(w, VisitKind::PhysicalTherapy);
        else {
            w.openVisit(which == 2 ? m_signedInitial : m_signedTherapy);
            flow = w.workflow();
        }
        QVERIFY(flow);
        QStringList problems;
        forEachStep(flow, [&](const QString &step, QWidget *page) {
            for (const QString &p : unnamedControls(&w))
                problems << step + u": "_s + p;
            QVERIFY(page);
        });
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(report(u"visit steps"_s, problems)));
    }

    void patientChartTrendsReadAsCharts()
    {
        MainWindow w(*m_db, m_clinicianId);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // A demo patient whose episode has scores.
        PatientChart *chart = w.chart();
        VisitFilter signedVisits;
        signedVisits.status = VisitStatus::Signed;
        for (const VisitRow &row : VisitRepository(db()).list(signedVisits)) {
            w.openPatient(row.visit.patientId);
            if (!chart->trendViews().isEmpty())
                break;
        }
        QVERIFY2(unnamedControls(chart).isEmpty(), qPrintable(report(u"patient chart"_s, unnamedControls(chart))));
        QVERIFY2(!chart->trendViews().isEmpty(), "the signed demo visit has scores, so its episode has trend charts");
        for (QChartView *view : chart->trendViews()) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
            QVERIFY(iface);
            QCOMPARE(iface->role(), QAccessible::Chart);
            QVERIFY(iface->text(QAccessible::Name).startsWith(u"Trend chart: "_s));
            // The description opens with the latest value and the trend, then every value.
            const QString description = iface->text(QAccessible::Description);
            QVERIFY2(description.startsWith(u"Latest "_s) || description.startsWith(u"One score: "_s), qPrintable(description));
            // The value is read from the chart itself: its latest point is the same visit.
            static const QRegularExpression latestDate(u"(?:Latest|One score:) [^ ]+ on (\\d{4}-\\d{2}-\\d{2})"_s);
            const QString value = iface->text(QAccessible::Value);
            const auto fromChart = latestDate.match(value);
            const auto fromSpec = latestDate.match(description);
            QVERIFY2(fromChart.hasMatch() && fromSpec.hasMatch(), qPrintable(value + u" | "_s + description));
            QCOMPARE(fromChart.captured(1), fromSpec.captured(1));
        }
    }

    void decisionAidViewIsNamedAndIconArraysReadAsTheDocument()
    {
        VisitWorkflow flow(db(), m_clinicianId, newVisit(), m_patient, m_library);
        flow.resize(1280, 860);
        flow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&flow));
        AidView *view = flow.decisionPage()->openAid(kSciatica);
        QVERIFY(view);
        QStringList problems;
        for (int s = 0; s < AidView::SectionCount; ++s) {
            view->showSection(s);
            QCoreApplication::processEvents();
            for (const QString &p : unnamedControls(&flow))
                problems << u"section %1: "_s.arg(s) + p;
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(report(u"decision aid"_s, problems)));

        QVERIFY(!view->iconArrays().isEmpty());
        for (IconArrayWidget *array : view->iconArrays()) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(array);
            QCOMPARE(iface->role(), QAccessible::Chart);
            QVERIFY(!iface->text(QAccessible::Name).isEmpty());
            const IconArraySpec &spec = array->spec();
            // The value is the legend's sentence, exactly as the printed page words it.
            const QString expected = iconArrayCountLine(spec.affected, spec.affectedLabel, spec.language) + u"; "_s
                + iconArrayCountLine(spec.total - spec.affected, spec.unaffectedLabel, spec.language);
            QCOMPARE(iface->text(QAccessible::Value), expected);
            QVERIFY(iface->text(QAccessible::Description).startsWith(u"%1 of 100 people "_s.arg(spec.affected)));
            QAccessibleValueInterface *value = iface->valueInterface();
            QVERIFY(value);
            QCOMPARE(value->currentValue().toInt(), spec.affected);
            QCOMPARE(value->minimumValue().toInt(), 0);
            QCOMPARE(value->maximumValue().toInt(), 100);
            QVERIFY(iface->state().readOnly);
        }
        for (ScaleShiftWidget *shift : view->scaleShifts()) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(shift);
            QCOMPARE(iface->role(), QAccessible::Chart);
            QCOMPARE(iface->text(QAccessible::Value), shift->text());
            QVERIFY(iface->valueInterface());
            QCOMPARE(iface->valueInterface()->currentValue().toDouble(), shift->spec().difference);
        }

        // Presentation mode: the same rule in its own window.
        view->showSection(AidView::Outcomes);
        view->present();
        PresentationWindow *presentation = view->presentation();
        QVERIFY(presentation);
        QVERIFY(QTest::qWaitForWindowExposed(presentation));
        const QStringList unnamed = unnamedControls(presentation);
        QVERIFY2(unnamed.isEmpty(), qPrintable(report(u"presentation window"_s, unnamed)));
        presentation->close();
    }

    void ratingScaleSaysItsValue()
    {
        PatientModeWindow w(db(), m_library, newVisit().id, u"en"_s, {u"nrs-back"_s}, u"4321"_s, m_clinicianId);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *seven = w.findChild<QPushButton *>(u"rating-7"_s);
        QVERIFY(seven);
        QWidget *scale = seven->parentWidget();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(scale);
        QVERIFY(iface);
        QVERIFY(iface->valueInterface());
        QCOMPARE(iface->text(QAccessible::Value), u"not answered"_s);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
        QCOMPARE(iface->valueInterface()->minimumValue().toInt(), 0);
        QCOMPARE(iface->valueInterface()->maximumValue().toInt(), 10);
        QTest::mouseClick(seven, Qt::LeftButton);
        QCOMPARE(iface->text(QAccessible::Value), u"7 of 10"_s);
        QCOMPARE(iface->valueInterface()->currentValue().toInt(), 7);
        // A screen reader setting the value presses the number.
        iface->valueInterface()->setCurrentValue(3);
        QVERIFY(w.findChild<QPushButton *>(u"rating-3"_s)->isChecked());
        QCOMPARE(iface->text(QAccessible::Value), u"3 of 10"_s);
        const QStringList unnamed = unnamedControls(&w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(report(u"patient self-entry"_s, unnamed)));
        w.findChild<QPushButton *>(u"staffButton"_s)->click(); // leave through the staff unlock
        auto *code = w.findChild<QLineEdit *>(u"unlockCode"_s);
        if (code) {
            QTest::keyClicks(code, u"4321"_s);
            QTest::keyClick(code, Qt::Key_Return);
        }
    }

    void outcomeDashboardChartsSayTheirFigures()
    {
        QPointer<OutcomeDashboard> window = new OutcomeDashboard(db(), m_library, m_clinicianId); // deletes itself on close
        OutcomeDashboard &d = *window;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.start());
        QStringList problems;
        auto *tabs = d.findChild<QTabWidget *>(u"dashboardSections"_s);
        QVERIFY(tabs);
        int charts = 0;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            problems << unnamedControls(&d);
            for (QChartView *view : tabs->currentWidget()->findChildren<QChartView *>()) {
                if (!view->chart() || view->chart()->series().isEmpty())
                    continue;
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
                QCOMPARE(iface->role(), QAccessible::Chart);
                const QString summary = iface->text(QAccessible::Value);
                QVERIFY2(!summary.isEmpty() && summary.contains(QRegularExpression(u"\\d"_s)), qPrintable(view->objectName()));
                QVERIFY2(iface->text(QAccessible::Description).startsWith(summary), qPrintable(iface->text(QAccessible::Description)));
                ++charts;
            }
        }
        QVERIFY(charts > 0);
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(report(u"outcome dashboard"_s, problems)));
        // A window of its own, closed with Escape like a dialog.
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QTest::keyClick(&d, Qt::Key_Escape);
        QTRY_VERIFY(window.isNull());
    }

    void mainDialogsAreNamedHaveADefaultButtonAndCloseOnEscape_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("new patient") << 0;
        QTest::newRow("edit patient") << 1;
        QTest::newRow("clinic letterhead") << 2;
        QTest::newRow("who is using SpineDesk") << 3;
        QTest::newRow("hand-over task") << 4;
        QTest::newRow("hand-over done") << 5;
        QTest::newRow("plan of care sent") << 6;
        QTest::newRow("certification returned") << 7;
        QTest::newRow("questionnaire entry") << 8;
    }

    void mainDialogsAreNamedHaveADefaultButtonAndCloseOnEscape()
    {
        QFETCH(int, which);
        std::unique_ptr<QDialog> dialog;
        switch (which) {
        case 0: dialog = std::make_unique<PatientDialog>(db(), m_clinicianId); break;
        case 1: dialog = std::make_unique<PatientDialog>(db(), m_clinicianId, m_patient); break;
        case 2: dialog = std::make_unique<ClinicSettingsDialog>(db(), m_clinicianId); break;
        case 3: dialog = std::make_unique<ClinicianPicker>(db()); break;
        case 4: dialog = std::make_unique<HandoverTaskDialog>(db()); break;
        case 5: dialog = std::make_unique<HandoverDoneDialog>(u"Urgent review of a suspected fracture"_s); break;
        case 6: dialog = std::make_unique<TransmissionDialog>(u"Dr. Paul Ortiz"_s, 0, u"Plan of care"_s); break;
        case 7: dialog = std::make_unique<CertificationReturnDialog>(u"Dr. Paul Ortiz"_s, QDate::currentDate().addDays(-3)); break;
        case 8: {
            const Instruments::Definition *odi = m_library.find(u"nrs-back"_s);
            QVERIFY(odi);
            dialog = std::make_unique<InstrumentForm>(db(), *odi, newVisit().id, m_patient, m_clinicianId, std::nullopt);
            break;
        }
        }
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QStringList unnamed = unnamedControls(dialog.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(report(dialog->windowTitle(), unnamed)));
        QVERIFY2(!dialog->windowTitle().isEmpty(), "a dialog's title is its accessible name");
        bool hasDefault = false;
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            hasDefault = hasDefault || (b->isVisible() && b->isDefault());
        QVERIFY2(hasDefault, "Enter presses the dialog's main button");
        // Escape closes the dialog without accepting it.
        QSignalSpy rejected(dialog.get(), &QDialog::rejected);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog->isVisible());
    }

    // The chart's New visit dialog is made where it is asked for: checked while it is open.
    void newVisitDialogIsNamed()
    {
        MainWindow w(*m_db, m_clinicianId);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openPatient(m_demoPatient);
        auto *newVisit = w.chart()->findChild<QPushButton *>(u"newVisit"_s);
        QVERIFY(newVisit);
        QStringList unnamed;
        bool seen = false, hasDefault = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(activeDialog());
            if (!dialog)
                return;
            seen = true;
            unnamed = unnamedControls(dialog);
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                hasDefault = hasDefault || (b->isVisible() && b->isDefault());
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        newVisit->click();
        QVERIFY(seen);
        QVERIFY2(unnamed.isEmpty(), qPrintable(report(u"new visit dialog"_s, unnamed)));
        QVERIFY(hasDefault);
        QVERIFY(!w.workflow()); // Escape made no visit
    }

    void visitStepsWorkFromTheKeyboard()
    {
        MainWindow w(*m_db, m_clinicianId);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(QTest::qWaitForWindowActive(&w));
        VisitWorkflow *flow = openNewVisit(w, VisitKind::PhysicalTherapy);
        QVERIFY(flow);
        QListWidget *steps = flow->stepList();
        auto *pages = flow->findChild<QStackedWidget *>();
        QStringList jumps;
        for (int row = steps->count() - 1; row >= 0; --row) {
            QListWidgetItem *item = steps->item(row);
            if (!(item->flags() & Qt::ItemIsEnabled))
                continue;
            const QString key = QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + row)).toString(QKeySequence::NativeText);
            QVERIFY2(item->toolTip().contains(key), qPrintable(item->toolTip()));
            QVERIFY2(item->data(Qt::AccessibleDescriptionRole).toString().contains(key),
                     qPrintable(item->data(Qt::AccessibleDescriptionRole).toString()));
            steps->setFocus();
            QTest::keyClick(&w, Qt::Key(Qt::Key_1 + row), Qt::AltModifier);
            QCOMPARE(steps->currentRow(), row);
            QWidget *page = pages->currentWidget();
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus && page->isAncestorOf(focus),
                     qPrintable(item->text() + u": focus on "_s + (focus ? objectPath(focus) : u"nothing"_s)));
            // The first field of the step, in its tab order.
            QTabWidget *tabs = qobject_cast<QTabWidget *>(page);
            const QList<QWidget *> chain = tabChain(tabs ? tabs->currentWidget() : page);
            QVERIFY(!chain.isEmpty());
            for (const QString &j : tabOrderJumps(page))
                jumps << item->text().section(u'\n', 0, 0) + u": "_s + j;
        }
        QVERIFY2(jumps.isEmpty(), qPrintable(report(u"tab order"_s, jumps)));
        // Enter on a step in the list opens it with the focus in the page; the arrows stay in the list.
        steps->setCurrentRow(0);
        steps->setFocus();
        QTest::keyClick(steps, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(steps));
        QTest::keyClick(steps, Qt::Key_Return);
        QVERIFY(pages->currentWidget()->isAncestorOf(QApplication::focusWidget()));
    }

    // Patient self-entry and the presentation window are open when the user switches on a
    // high-contrast theme and a larger font: both follow at once, without a rebuild.
    void patientScreensFollowAChangeOfPaletteAndFont()
    {
        QVERIFY(!isDarkPalette(QApplication::palette()));
        PatientModeWindow mode(db(), m_library, newVisit().id, u"en"_s, {u"nrs-back"_s}, u"4321"_s, m_clinicianId);
        mode.resize(1280, 860);
        mode.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mode));
        VisitWorkflow flow(db(), m_clinicianId, newVisit(), m_patient, m_library);
        AidView *view = flow.decisionPage()->openAid(kSciatica);
        QVERIFY(view);
        view->present();
        PresentationWindow *presentation = view->presentation();
        QVERIFY(presentation);
        QVERIFY(QTest::qWaitForWindowExposed(presentation));
        auto *question = mode.findChild<QLabel *>(u"questionText"_s);
        auto *title = presentation->findChild<QLabel *>(u"presentationTitle"_s);
        QVERIFY(question && title);
        QCOMPARE(mode.palette().color(QPalette::Window), QColor(Qt::white)); // the light look
        QCOMPARE(question->font().pointSizeF(), qreal(PatientModeWindow::kQuestionPointSize));
        const qreal titleBefore = title->font().pointSizeF();

        const QPalette hc = highContrastPalette();
        const auto restore = useLargeHighContrast();
        QCoreApplication::processEvents();

        for (QWidget *screen : {static_cast<QWidget *>(&mode), static_cast<QWidget *>(presentation)}) {
            QVERIFY2(screen->palette().color(QPalette::Window) == QColor(Qt::black), qPrintable(screen->objectName()));
            QVERIFY2(screen->palette().color(QPalette::WindowText) == QColor(Qt::white), qPrintable(screen->objectName()));
        }
        // 18 pt against the usual 10: the large print grows by the same factor (the presentation,
        // already twice the usual size, by at most its cap).
        QCOMPARE(question->font().pointSizeF(), PatientModeWindow::kQuestionPointSize * 1.8);
        QCOMPARE(title->font().pointSizeF(), titleBefore * PresentationWindow::kMaximumFontScale); // capped
        QVERIFY(question->font().bold());

        // The chosen answer reads in the theme's own highlight pair.
        auto *seven = mode.findChild<QPushButton *>(u"rating-7"_s);
        QVERIFY(seven);
        QTest::mouseClick(seven, Qt::LeftButton);
        QVERIFY(seven->isChecked());
        QVERIFY(mode.styleSheet().contains(QColor(Qt::yellow).name()));
        QVERIFY(!mode.styleSheet().contains(u"#0b4f96"_s)); // the light theme's blue is gone
        const LargePrint::Colours c = LargePrint::colours(hc);
        QVERIFY(contrastRatio(c.chosen, c.chosenText) >= 7.0);
        QVERIFY(contrastRatio(c.button, c.buttonText) >= 7.0);
        QVERIFY(contrastRatio(c.window, c.problem) >= 4.5);
        QVERIFY(contrastRatio(c.disabled, c.disabledText) >= 4.5);

        QStringList problems;
        for (QWidget *screen : {static_cast<QWidget *>(&mode), static_cast<QWidget *>(presentation)}) {
            screen->resize(1280, 860);
            QCoreApplication::processEvents();
            // SPINEDESK_SCREENSHOTS=DIR keeps what the test sees.
            if (const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS"); !dir.isEmpty())
                screen->grab().save(dir + u"/high-contrast-"_s + screen->objectName() + u".png"_s);
            for (const QString &p : clippedText(screen))
                problems << screen->objectName() + u": "_s + p;
            for (const QString &p : foreignTextColours(screen, hc))
                problems << screen->objectName() + u": "_s + p;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(u"patient screens after the change"_s, problems)));
        // The option grid is sized again for the larger font (its first column holds the
        // questions), and the presentation still fits a 1280-pixel-wide window, in Spanish too.
        auto *grid = presentation->findChild<QTableWidget *>(u"presentationGrid"_s);
        QVERIFY(grid);
        QVERIFY(grid->horizontalHeader()->sectionSize(0) >= grid->fontMetrics().horizontalAdvance(u"How long is recovery?"_s));
        QVERIFY2(presentation->minimumSizeHint().width() <= 1280, qPrintable(QString::number(presentation->minimumSizeHint().width())));
        view->setLanguage(u"es"_s);
        view->present();
        PresentationWindow *spanish = view->presentation();
        QVERIFY(spanish && spanish != presentation);
        QVERIFY2(spanish->minimumSizeHint().width() <= 1280, qPrintable(QString::number(spanish->minimumSizeHint().width())));
        spanish->resize(1280, 860);
        QCoreApplication::processEvents();
        const QStringList clipped = clippedText(spanish);
        QVERIFY2(clipped.isEmpty(), qPrintable(report(u"Spanish presentation, 18 pt"_s, clipped)));
        spanish->close();
    }

    // Run last: the font and palette are the application's.
    void largeFontAndHighContrastClipNothing()
    {
        const QPalette hc = highContrastPalette();
        const auto restore = useLargeHighContrast();
        QVERIFY(isDarkPalette(QApplication::palette()));

        QStringList problems;
        int checks = 0;
        const auto check = [&](const QString &where, QWidget *root) {
            ++checks;
            QCoreApplication::processEvents();
            for (const QString &p : clippedText(root))
                problems << where + u": "_s + p;
            for (const QString &p : foreignTextColours(root, hc))
                problems << where + u": "_s + p;
        };
        MainWindow w(*m_db, m_clinicianId);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        check(u"main window"_s, &w);
        w.openPatient(m_demoPatient);
        check(u"patient chart"_s, &w);
        for (qint64 visitId : {m_signedInitial, m_signedTherapy}) {
            w.openVisit(visitId);
            QVERIFY(w.workflow());
            forEachStep(w.workflow(), [&](const QString &step, QWidget *page) {
                forEachTab(page, [&](const QString &tab) { check(step + (tab.isEmpty() ? QString() : u" / "_s + tab), &w); });
            });
        }
        VisitWorkflow *fresh = openNewVisit(w, VisitKind::PhysicalTherapy);
        QVERIFY(fresh);
        forEachStep(fresh, [&](const QString &step, QWidget *page) {
            forEachTab(page, [&](const QString &tab) { check(u"new "_s + step + (tab.isEmpty() ? QString() : u" / "_s + tab), &w); });
        });
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(report(u"18 pt, high contrast"_s, problems)));
        QVERIFY2(checks > 20, "every step and tab was looked at");
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
