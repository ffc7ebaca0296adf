#include "ui/assessmentpage.h"

#include "core/visitdossier.h"

#include "storage/assessmentloader.h"

#include "storage/intakerepository.h"
#include "storage/planrepository.h"
#include "storage/redflagrepository.h"
#include "storage/visitrepository.h"
#include "ui/accessibilitycolours.h"
#include "ui/instrumentform.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace SpineDesk::Instruments;

namespace SpineDesk {

QStringList AssessmentPage::defaultInstruments()
{
    return {u"startback"_s, u"nrs-back"_s, u"nrs-leg"_s, u"peg"_s, u"odi"_s, u"phq2"_s, u"phq9"_s, u"gad2"_s, u"gad7"_s,
            u"fabq"_s, u"ort"_s};
}

AssessmentPage::AssessmentPage(QSqlDatabase db, qint64 clinicianId, const Visit &visit, const Patient &patient,
                               const Library &library, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
    , m_visit(visit)
    , m_patient(patient)
    , m_library(library)
{
    auto *alertsBox = new QWidget(this);
    m_alerts = new QVBoxLayout(alertsBox);
    m_alerts->setContentsMargins(0, 0, 0, 0);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"instruments"_s);
    m_table->setAccessibleName(tr("Questionnaires"));
    m_table->setHorizontalHeaderLabels({tr("Questionnaire"), tr("Status"), tr("Result"), tr("Entered")});
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        openForm(m_table->item(row, 0)->data(Qt::UserRole).toString());
    });
    auto *enter = new QPushButton(tr("&Enter or edit (clinician)…"), this);
    enter->setObjectName(u"enterInstrument"_s);
    connect(enter, &QPushButton::clicked, this, [this] {
        if (const int row = m_table->currentRow(); row >= 0)
            openForm(m_table->item(row, 0)->data(Qt::UserRole).toString());
    });
    auto *patientMode = new QPushButton(tr("Hand to the &patient…"), this);
    patientMode->setObjectName(u"patientMode"_s);
    patientMode->setAccessibleDescription(tr("Full-screen self-entry, one question per screen; staff unlock to leave."));
    connect(patientMode, &QPushButton::clicked, this, &AssessmentPage::askPatientMode);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(enter);
    buttons->addWidget(patientMode);
    buttons->addStretch();

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"assessmentSummary"_s);
    m_summaryLabel->setAccessibleName(tr("Assessment summary"));
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summaryScroll = new QScrollArea(this);
    summaryScroll->setWidget(m_summaryLabel);
    summaryScroll->setWidgetResizable(true);

    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_table, 1);
    ll->addLayout(buttons);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(summaryScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({560, 420});
    m_summaryLabel->setMinimumWidth(320);
    // Follow-up visits: what the plan asked to repeat, and a way to start it.
    m_dueBox = new QWidget(this);
    m_dueBox->setObjectName(u"dueQuestionnaires"_s);
    auto *dueLayout = new QHBoxLayout(m_dueBox);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    m_dueLabel = new QLabel(m_dueBox);
    m_dueLabel->setObjectName(u"dueLabel"_s);
    m_dueLabel->setTextFormat(Qt::PlainText);
    m_dueLabel->setWordWrap(true);
    m_dueLabel->setAccessibleName(tr("Questionnaires due by the plan"));
    auto *startDue = new QPushButton(tr("&Start the next due questionnaire…"), m_dueBox);
    startDue->setObjectName(u"startDue"_s);
    startDue->setAccessibleName(tr("Start the next questionnaire due by the plan"));
    connect(startDue, &QPushButton::clicked, this, [this] { startNextDue(); });
    dueLayout->addWidget(m_dueLabel, 1);
    dueLayout->addWidget(startDue);
    m_dueBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dueBox);
    layout->addWidget(alertsBox);
    layout->addWidget(split, 1);
    reload();
}

std::optional<StoredResponse> AssessmentPage::responseFor(const QString &instrumentId) const
{
    for (const auto &r : m_responses)
        if (r.instrumentId == instrumentId)
            return r;
    return std::nullopt;
}

void AssessmentPage::reload()
{
    m_responses = ResponseRepository(m_db).forVisit(m_visit.id);
    // The same summary the plan and the documents use (storage/assessmentloader.h).
    QStringList problems;
    m_summary = loadAssessmentSummary(m_db, m_library, m_visit, &problems);

    const QLocale locale;
    m_table->setRowCount(0);
    QStringList ids = defaultInstruments();
    for (const auto &e : m_library.entries())
        if (!ids.contains(e.id) && e.id != u"sure")
            ids << e.id; // anything else the clinic has, after the usual set
    for (const QString &id : ids) {
        const LibraryEntry *entry = m_library.entry(id);
        if (!entry)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(entry->available() ? localized(entry->definition->shortTitle, u"en"_s) : id);
        name->setData(Qt::UserRole, id);
        m_table->setItem(row, 0, name);
        const auto response = responseFor(id);
        QString status = !entry->available() ? tr("Unavailable: %1").arg(entry->errors.value(0))
                       : !response ? tr("Not started")
                       : response->complete ? tr("Complete") : tr("Incomplete");
        m_table->setItem(row, 1, new QTableWidgetItem(status));
        QString result;
        for (const auto &line : std::as_const(m_summary.instruments)) {
            if (line.instrumentId != id)
                continue;
            QStringList parts;
            for (const auto &s : line.scales)
                parts << u"%1 %2"_s.arg(s.label, s.value ? QString::number(*s.value, 'f', s.decimals) : tr("—"));
            result = parts.join(u", "_s);
            if (!line.bandLabel.isEmpty())
                result += u" — "_s + line.bandLabel;
            if (!line.alerts.isEmpty())
                result += u" ⚠ "_s + line.alerts.join(u", "_s);
        }
        m_table->setItem(row, 2, new QTableWidgetItem(result));
        m_table->setItem(row, 3, new QTableWidgetItem(response ? tr("%1, %2").arg(response->mode == u"patient" ? tr("by the patient")
                                                                                                           : tr("by the clinician"),
                                                                               locale.toString(response->completedAt.toLocalTime(), QLocale::ShortFormat))
                                                            : QString()));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    reloadDue();
    rebuildAlerts();
    renderSummary();
    emit changed();
}

void AssessmentPage::reloadDue()
{
    m_due.clear();
    if (m_visit.kind != VisitKind::FollowUp) {
        m_dueBox->hide();
        return;
    }
    // The episode's plan before this visit, and its baseline scores for plans without ids.
    const auto previous = PlanRepository(m_db).signedPlanBefore(m_visit.episodeId, m_visit.visitDate, m_visit.id);
    QList<VisitHistoryEntry> history;
    for (const Visit &v : VisitRepository(m_db).visitsForEpisode(m_visit.episodeId)) {
        if (v.id == m_visit.id)
            break;
        history << VisitHistoryEntry{v.id, v.visitDate, v.kind, loadScoreRecords(m_db, v.id)};
    }
    const std::optional<Plans::TreatmentPlan> plan = previous ? std::optional(previous->plan) : std::nullopt;
    const QStringList due = SpineDesk::dueQuestionnaires(plan, baselineScores(history, m_visit.id), m_library);
    m_due = dueStatus(due, loadScoreRecords(m_db, m_visit.id), m_library);
    if (m_due.isEmpty()) {
        m_dueBox->hide();
        return;
    }
    QStringList parts;
    for (const DueQuestionnaire &q : std::as_const(m_due))
        parts << tr("%1 (%2)").arg(q.title, q.done ? tr("done") : tr("not yet"));
    const QString source = previous ? tr("Due by the plan of %1: %2").arg(QLocale().toString(previous->visitDate, QLocale::ShortFormat),
                                                                          parts.join(u", "_s))
                                    : tr("Due at this follow-up (the baseline's questionnaires): %1").arg(parts.join(u", "_s));
    m_dueLabel->setText(source);
    m_dueLabel->setAccessibleDescription(source);
    const bool allDone = std::all_of(m_due.begin(), m_due.end(), [](const DueQuestionnaire &q) { return q.done; });
    if (auto *b = m_dueBox->findChild<QPushButton *>(u"startDue"_s))
        b->setEnabled(!allDone && !m_readOnly);
    m_dueBox->show();
    // The table says which rows the plan asked for.
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (const DueQuestionnaire &q : std::as_const(m_due))
            if (m_table->item(row, 0)->data(Qt::UserRole).toString() == q.instrumentId)
                m_table->item(row, 1)->setText(m_table->item(row, 1)->text() + u" · "_s + tr("due by the plan"));
    m_table->resizeColumnToContents(1);
    m_table->resizeRowsToContents();
}

bool AssessmentPage::startNextDue()
{
    for (const DueQuestionnaire &q : std::as_const(m_due))
        if (!q.done && m_library.find(q.instrumentId)) {
            openForm(q.instrumentId);
            return true;
        }
    return false;
}

void AssessmentPage::rebuildAlerts()
{
    while (QLayoutItem *item = m_alerts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &key : std::as_const(m_summary.openAlerts)) {
        const QString instrumentId = key.section(u':', 0, 0), code = key.section(u':', 1);
        QString message = code;
        if (const Definition *d = m_library.find(instrumentId))
            for (const Item *item : d->allItems())
                for (const auto &a : item->alerts)
                    if (a.code == code)
                        message = localized(a.message, u"en"_s);
        auto *banner = new QWidget(this);
        banner->setObjectName(u"alert-"_s + instrumentId + u'-' + code);
        banner->setStyleSheet(toneStyleSheet(banner->objectName(), Tone::Problem));
        auto *bl = new QHBoxLayout(banner);
        auto *text = new QLabel(u"⚠ "_s + message + u"\n"_s + tr("The visit cannot be signed until this is acknowledged."), banner);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        auto *ack = new QPushButton(tr("&Acknowledge…"), banner);
        ack->setAccessibleName(tr("Acknowledge the %1 alert").arg(code));
        ack->setEnabled(!m_readOnly);
        connect(ack, &QPushButton::clicked, this, [this, instrumentId, code] {
            bool ok = false;
            const QString action = QInputDialog::getMultiLineText(this, tr("Acknowledge alert"),
                                                                  tr("Action taken, or the reason for not acting:"), QString(), &ok);
            QString error;
            if (ok && !acknowledgeAlert(instrumentId, code, action, &error))
                QMessageBox::warning(this, tr("Alert not acknowledged"), error);
        });
        bl->addWidget(text, 1);
        bl->addWidget(ack);
        m_alerts->addWidget(banner);
    }
}

bool AssessmentPage::acknowledgeAlert(const QString &instrumentId, const QString &code, const QString &action, QString *error)
{
    AlertAcknowledgement a;
    a.visitId = m_visit.id;
    a.source = instrumentId;
    a.alertCode = code;
    a.action = action;
    a.acknowledgedBy = m_clinicianId;
    for (const auto &r : std::as_const(m_responses))
        if (r.instrumentId == instrumentId)
            a.reference = QString::number(r.id);
    const SaveResult saved = AlertRepository(m_db, m_clinicianId).acknowledge(a);
    if (!saved.ok()) {
        *error = saved.message;
        return false;
    }
    reload();
    return true;
}

QString summaryHtml(const AssessmentSummary &s)
{
    const QLocale locale;
    QString html = u"<h3>"_s + AssessmentPage::tr("Assessment summary") + u"</h3>"_s;
    html += u"<p><b>"_s + AssessmentPage::tr("Duration:").toHtmlEscaped() + u"</b> "_s + durationClassLabel(s.duration).toHtmlEscaped()
          + u" <small>("_s + durationClassCitation().toHtmlEscaped() + u")</small></p>"_s;
    if (s.pathway)
        html += u"<p><b>"_s + AssessmentPage::tr("STarT Back stratum: %1").arg(s.pathway->stratum).toHtmlEscaped() + u"</b> — "_s
              + AssessmentPage::tr("matched pathway: %1").arg(s.pathway->treatment).toHtmlEscaped() + u" <small>("_s
              + s.pathway->citation.toHtmlEscaped() + u")</small></p>"_s;
    else
        html += u"<p>"_s + AssessmentPage::tr("STarT Back not completed: no stratum yet.").toHtmlEscaped() + u"</p>"_s;
    const bool redConcern = s.redFlagConcern >= Urgency::Soon;
    html += u"<p"_s + (redConcern ? u" style='color:%1'"_s.arg(problemTextColour().name()) : QString()) + u"><b>"_s
          + AssessmentPage::tr("Red flags:").toHtmlEscaped() + u"</b> "_s + s.redFlagStatus.toHtmlEscaped();
    if (s.redFlagsScreened)
        html += u" — "_s + AssessmentPage::tr("concern: %1").arg(urgencyLabel(s.redFlagConcern)).toHtmlEscaped();
    html += u"</p>"_s;
    if (!s.redFlagsPresent.isEmpty()) {
        html += u"<ul>"_s;
        for (const QString &flag : s.redFlagsPresent)
            html += u"<li>"_s + flag.toHtmlEscaped()
                  + (s.redFlagsUnacknowledged.contains(flag) ? u" <b>("_s + AssessmentPage::tr("not acknowledged").toHtmlEscaped() + u")</b>"_s
                                                              : QString())
                  + u"</li>"_s;
        html += u"</ul>"_s;
    }
    if (!s.yellowFlagDomains.isEmpty())
        html += u"<p><b>"_s + AssessmentPage::tr("Yellow flags:").toHtmlEscaped() + u"</b> "_s
              + s.yellowFlagDomains.join(u", "_s).toHtmlEscaped() + u"</p>"_s;
    for (const QString &a : s.openAlerts)
        html += u"<p style='color:%1'><b>⚠ "_s.arg(problemTextColour().name())
              + AssessmentPage::tr("Open alert: %1").arg(a).toHtmlEscaped() + u"</b></p>"_s;
    for (const QString &a : s.acknowledgedAlerts)
        html += u"<p>"_s + AssessmentPage::tr("Alert acknowledged: %1").arg(a).toHtmlEscaped() + u"</p>"_s;
    html += u"<ul>"_s;
    for (const auto &line : s.instruments) {
        QStringList parts;
        for (const auto &sc : line.scales) {
            QString part = sc.label + u' ' + (sc.value ? QString::number(*sc.value, 'f', sc.decimals) : AssessmentPage::tr("not computable"));
            if (sc.change) {
                const auto &c = *sc.change;
                part += u"; "_s + AssessmentPage::tr("change from baseline %1: %2").arg(locale.toString(*line.baselineDate, QLocale::ShortFormat))
                                      .arg(c.improvement, 0, 'f', sc.decimals);
                if (c.hasMcid) {
                    // Which threshold was met (instruments.md §17), and an [R]/[U] source marked.
                    const QString reached = c.mcidAbsoluteMet && c.mcidPercentMet ? AssessmentPage::tr("MCID reached (absolute and percentage thresholds)")
                        : c.mcidAbsoluteMet ? AssessmentPage::tr("MCID reached (absolute threshold)")
                        : c.mcidPercentMet  ? AssessmentPage::tr("MCID reached (percentage threshold)")
                                            : AssessmentPage::tr("MCID not reached");
                    part += u" ("_s + reached;
                    if (!sc.mcidCitation.endsWith(u"[V]"_s))
                        part += u", "_s + AssessmentPage::tr("unverified threshold");
                    part += u"; "_s + sc.mcidCitation + u')';
                }
            }
            parts << part;
        }
        QString item = u"<b>"_s + line.title.toHtmlEscaped() + u"</b> ("_s + locale.toString(line.date, QLocale::ShortFormat).toHtmlEscaped()
                     + u"): "_s + parts.join(u"; "_s).toHtmlEscaped();
        if (!line.bandLabel.isEmpty())
            item += u" — <b>"_s + line.bandLabel.toHtmlEscaped() + u"</b> <small>("_s + line.bandCitation.toHtmlEscaped() + u")</small>"_s;
        if (!line.complete)
            item += u" <i>"_s + AssessmentPage::tr("incomplete").toHtmlEscaped() + u"</i>"_s;
        html += u"<li>"_s + item + u"</li>"_s;
    }
    html += u"</ul>"_s;
    if (s.instruments.isEmpty())
        html += u"<p>"_s + AssessmentPage::tr("No questionnaires yet.").toHtmlEscaped() + u"</p>"_s;
    return html;
}

void AssessmentPage::renderSummary()
{
    m_summaryLabel->setText(summaryHtml(m_summary));
}

void AssessmentPage::openForm(const QString &instrumentId)
{
    const Definition *d = m_library.find(instrumentId);
    if (!d || m_readOnly)
        return;
    InstrumentForm form(m_db, *d, m_visit.id, m_patient, m_clinicianId, responseFor(instrumentId), this);
    if (form.exec() == QDialog::Accepted)
        reload();
}

void AssessmentPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (auto *b : findChildren<QPushButton *>())
        b->setEnabled(!readOnly);
}

void AssessmentPage::askPatientMode()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Hand to the patient"));
    auto *list = new QListWidget(&dialog);
    list->setAccessibleName(tr("Questionnaires for the patient"));
    for (const QString &id : {u"startback"_s, u"nrs-back"_s, u"nrs-leg"_s, u"peg"_s, u"phq2"_s, u"gad2"_s}) {
        const Definition *d = m_library.find(id);
        if (!d || d->wording == WordingStatus::NotInstalled)
            continue;
        auto *item = new QListWidgetItem(localized(d->shortTitle, u"en"_s), list);
        item->setData(Qt::UserRole, id);
        item->setCheckState(responseFor(id) && responseFor(id)->complete ? Qt::Unchecked : Qt::Checked);
    }
    auto *note = new QLabel(tr("A positive PHQ-2 or GAD-2 leads on to the rest of PHQ-9 or GAD-7. Choose an unlock code "
                               "(4 digits or more) that staff will type to leave the patient mode."), &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toString();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Unlock code"), tr("Unlock code for staff (4 digits or more):"),
                                               QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (code.size() < 4) {
        QMessageBox::warning(this, tr("Unlock code"), tr("Use at least 4 characters."));
        return;
    }
    startPatientMode(ids, code);
}

} // namespace SpineDesk

#include "ui/patientmode.h"

namespace SpineDesk {

void AssessmentPage::startPatientMode(const QStringList &instrumentIds, const QString &unlockCode)
{
    if (m_patientMode)
        return;
    auto *mode = new PatientModeWindow(m_db, m_library, m_visit.id, m_patient.preferredLanguage, instrumentIds, unlockCode,
                                       m_clinicianId);
    mode->setAttribute(Qt::WA_DeleteOnClose);
    m_patientMode = mode;
    // Each answer is stored as it is given; the clinician's view follows along.
    connect(mode, &PatientModeWindow::safetyAlertRaised, this, [this] { reload(); });
    connect(mode, &PatientModeWindow::finished, this, [this, mode] {
        mode->close();
        m_patientMode = nullptr;
        window()->show();
        reload();
    });
    // However the mode ends, the clinic's window comes back.
    connect(mode, &QObject::destroyed, this, [this] {
        m_patientMode = nullptr;
        window()->show();
    });
    window()->hide(); // nothing of the clinic's screens stays reachable behind the patient
    mode->showFullScreen();
}

} // namespace SpineDesk
