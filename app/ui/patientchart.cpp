#include "ui/patientchart.h"

#include "core/instruments/library.h"
#include "documents/trendchartbuilder.h"
#include "storage/assessmentloader.h"
#include "storage/auditlog.h"
#include "storage/clinicianrepository.h"
#include "storage/handoverrepository.h"
#include "storage/patientrepository.h"
#include "storage/referralrepository.h"
#include "storage/visitrepository.h"
#include "ui/accessibility.h"
#include "ui/datefield.h"
#include "ui/fielderrors.h"
#include "ui/handoverdialogs.h"
#include "ui/patientdialog.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

PatientChart::PatientChart(QSqlDatabase db, qint64 clinicianId, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
{
    installAccessibility(); // the trend charts read as charts with their data in words
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"patientSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true); // wraps rather than widening the window at a large font size
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_summary->setFont(big);
    m_referrals = new QLabel(this);
    m_referrals->setObjectName(u"referrals"_s);
    m_referrals->setTextFormat(Qt::PlainText);
    m_referrals->setWordWrap(true);
    m_referrals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_handovers = new QLabel(this);
    m_handovers->setObjectName(u"handovers"_s);
    m_handovers->setAccessibleName(tr("Hand-overs to physiatrists"));
    m_handovers->setTextFormat(Qt::PlainText);
    m_handovers->setWordWrap(true);
    m_handovers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_handovers->setFocusPolicy(Qt::TabFocus);
    m_handovers->hide();

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"visitTree"_s);
    m_tree->setAccessibleName(tr("Episodes of care and visits"));
    m_tree->setHeaderLabels({tr("Episode or visit"), tr("Date"), tr("Status")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        QTreeWidgetItem *episode = item->parent() ? item->parent() : item;
        if (const qint64 id = episode->data(0, Qt::UserRole + 1).toLongLong(); id > 0 && id != m_trendEpisode)
            showTrends(id);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 visitId = item->data(0, Qt::UserRole).toLongLong(); visitId > 0)
            emit openVisitRequested(visitId);
    });

    m_newVisit = new QPushButton(tr("&New visit…"), this);
    m_newVisit->setObjectName(u"newVisit"_s);
    connect(m_newVisit, &QPushButton::clicked, this, &PatientChart::newVisit);
    auto *open = new QPushButton(tr("&Open visit"), this);
    connect(open, &QPushButton::clicked, this, [this] {
        if (auto *item = m_tree->currentItem(); item && item->data(0, Qt::UserRole).toLongLong() > 0)
            emit openVisitRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    auto *edit = new QPushButton(tr("Edit &details…"), this);
    edit->setObjectName(u"editPatient"_s);
    edit->setAccessibleName(tr("Edit the patient's details"));
    connect(edit, &QPushButton::clicked, this, &PatientChart::editPatient);
    auto *referral = new QPushButton(tr("New &referral…"), this);
    referral->setObjectName(u"newReferral"_s);
    referral->setAccessibleName(tr("Record a new referral for this patient"));
    connect(referral, &QPushButton::clicked, this, &PatientChart::newReferral);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(edit);
    buttons->addWidget(referral);
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(m_newVisit);

    // The trends of the selected episode, below the visits.
    auto *trends = new QWidget(this);
    trends->setObjectName(u"trends"_s);
    trends->setAccessibleName(tr("Score trends of the selected episode"));
    auto *trendLayout = new QVBoxLayout(trends);
    m_trendTitle = new QLabel(trends);
    m_trendTitle->setObjectName(u"trendTitle"_s);
    m_trendTitle->setTextFormat(Qt::PlainText);
    m_trendTitle->setWordWrap(true);
    trendLayout->addWidget(m_trendTitle);
    m_trendGrid = new QGridLayout;
    trendLayout->addLayout(m_trendGrid);
    trendLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"trendScroll"_s);
    scroll->setAccessibleName(tr("Score trends"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(trends);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setAccessibleName(tr("Visits and score trends"));
    split->addWidget(m_tree);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({200, 600}); // the visits list is short; the charts need the room

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_referrals);
    layout->addWidget(m_handovers);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
}

void PatientChart::setInstrumentLibrary(const Instruments::Library *library)
{
    m_library = library;
    if (m_trendEpisode > 0)
        showTrends(m_trendEpisode);
}

void PatientChart::showTrends(qint64 episodeId)
{
    m_trendEpisode = episodeId;
    for (QChartView *v : std::as_const(m_trendViews))
        delete v;
    m_trendViews.clear();
    // Range, bands and MCID come from the definitions; the bundled ones carry them all.
    static const Instruments::Library bundled = Instruments::Library::load(Instruments::Library::bundledDirectory());
    const Instruments::Library &library = m_library ? *m_library : bundled;

    // Every complete score of the episode, per instrument and scale, in visit order.
    QStringList order;
    QHash<QString, QList<TrendPoint>> points; // "instrument/scale"
    for (const Visit &v : VisitRepository(m_db).visitsForEpisode(episodeId))
        for (const ScoreRecord &r : loadScoreRecords(m_db, v.id)) {
            if (!r.complete)
                continue;
            for (auto it = r.scales.cbegin(); it != r.scales.cend(); ++it) {
                if (!it.value())
                    continue;
                const QString key = r.instrumentId + u'/' + it.key();
                if (!points.contains(key))
                    order << key;
                points[key] << TrendPoint{r.date.isValid() ? r.date : v.visitDate, *it.value()};
            }
        }
    int n = 0;
    for (const QString &key : std::as_const(order)) {
        const QString instrumentId = key.section(u'/', 0, 0);
        const QString scaleId = key.section(u'/', 1);
        const Instruments::Definition *d = library.find(instrumentId);
        if (!d || !d->scale(scaleId))
            continue;
        const Instruments::Scale &scale = *d->scale(scaleId);
        QString title = Instruments::localized(d->shortTitle, u"en"_s);
        if (title.isEmpty())
            title = instrumentId.toUpper();
        if (d->scales.size() > 1)
            title += u' ' + Instruments::localized(scale.label, u"en"_s);
        title = tr("%1 (%2 to %3, %4 is better)")
                    .arg(title, QString::number(scale.min), QString::number(scale.max),
                         scale.higherIsBetter ? tr("higher") : tr("lower"));
        TrendChartSpec spec = trendChartSpecFor(*d, scaleId, points.value(key), title);
        spec.dateFormat = u"yyyy-MM-dd"_s;
        auto *view = new QChartView(buildTrendChart(spec, font()), this);
        view->setObjectName(u"trend-"_s + instrumentId + u'-' + scaleId);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(280);
        view->setAccessibleName(tr("Trend chart: %1").arg(title));
        view->setAccessibleDescription(trendSummary(spec) + u' ' + trendChartText(spec));
        view->setToolTip(trendChartText(spec));
        view->setFocusPolicy(Qt::TabFocus);
        m_trendGrid->addWidget(view, n / 2, n % 2);
        m_trendViews << view;
        ++n;
    }
    m_trendTitle->setText(n == 0 ? tr("No scores in this episode yet: trends appear once a questionnaire is scored.")
                                 : tr("Score trends of this episode (dashed line: baseline; dotted: the verified MCID threshold; "
                                      "shaded: the instrument's bands)."));
}

void PatientChart::showPatient(qint64 patientId)
{
    const auto p = PatientRepository(m_db).find(patientId);
    if (!p)
        return;
    m_patient = *p;
    AuditLog(m_db, m_clinicianId).record(u"view"_s, u"patient"_s, patientId);
    reload();
}

void PatientChart::reload()
{
    const QLocale locale;
    const Patient &p = m_patient;
    m_summary->setText(tr("%1 — born %2 (%3 years) — %4 — MRN %5")
                           .arg(p.displayName(), locale.toString(p.birthDate, QLocale::ShortFormat))
                           .arg(p.ageOn(QDate::currentDate()))
                           .arg(sexLabel(p.sex), p.mrn));
    QStringList referralLines;
    const ReferralRepository referrals(m_db);
    for (const Referral &r : referrals.forPatient(p.id)) {
        const auto from = referrals.findReferringClinician(r.referringClinicianId);
        QString line = tr("Referred %1 by %2: %3").arg(locale.toString(r.receivedDate, QLocale::ShortFormat),
                                                      from ? from->name : tr("unknown clinician"), r.reason);
        if (!r.question.isEmpty())
            line += u"\n    "_s + tr("Question: %1").arg(r.question);
        referralLines << line;
    }
    m_referrals->setText(referralLines.isEmpty() ? tr("No referral on file.") : referralLines.join(u'\n'));

    reloadHandovers();

    m_tree->clear();
    const VisitRepository visits(m_db);
    for (const Episode &e : visits.episodesForPatient(p.id)) {
        auto *episodeItem = new QTreeWidgetItem(m_tree, {e.title.isEmpty() ? tr("Episode of care") : e.title,
                                                         locale.toString(e.startDate, QLocale::ShortFormat),
                                                         e.closed ? tr("Closed") : tr("Open")});
        episodeItem->setData(0, Qt::UserRole + 1, e.id);
        for (const Visit &v : visits.visitsForEpisode(e.id)) {
            auto *item = new QTreeWidgetItem(episodeItem, {visitKindLabel(v.kind), locale.toString(v.visitDate, QLocale::ShortFormat),
                                                           visitStatusLabel(v.status)});
            item->setData(0, Qt::UserRole, v.id);
        }
        episodeItem->setExpanded(true);
    }
    if (m_tree->topLevelItemCount() == 0) {
        new QTreeWidgetItem(m_tree, {tr("No visits yet. Choose New visit to start one.")});
        m_trendEpisode = 0;
        showTrends(0);
    } else {
        // Trends of the episode that was shown, else of the first one listed.
        QTreeWidgetItem *select = m_tree->topLevelItem(0);
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            if (m_tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toLongLong() == m_trendEpisode)
                select = m_tree->topLevelItem(i);
        m_trendEpisode = 0;
        m_tree->setCurrentItem(select);
        if (m_trendEpisode == 0)
            showTrends(select->data(0, Qt::UserRole + 1).toLongLong());
    }
}

void PatientChart::reloadHandovers()
{
    QStringList lines;
    for (const Therapy::HandoverTask &t : HandoverRepository(m_db).forPatient(m_patient.id))
        lines << handoverTaskText(m_db, t);
    m_handovers->setText(lines.join(u'\n'));
    m_handovers->setVisible(!lines.isEmpty());
}

bool PatientChart::createVisit(VisitKind kind, QDate date, qint64 episodeId, const QString &episodeTitle, QString *error)
{
    VisitRepository repo(m_db, m_clinicianId);
    Episode episode;
    if (episodeId == 0) {
        episode.patientId = m_patient.id;
        episode.title = episodeTitle;
        episode.startDate = date;
        if (const auto r = repo.createEpisode(episode); !r.ok()) {
            *error = r.message;
            return false;
        }
        episodeId = episode.id;
    }
    Visit v;
    v.episodeId = episodeId;
    v.kind = kind;
    v.visitDate = date;
    v.clinicianId = m_clinicianId;
    if (const auto r = repo.createVisit(v); !r.ok()) {
        *error = r.message;
        return false;
    }
    reload();
    emit openVisitRequested(v.id);
    return true;
}

void PatientChart::editPatient()
{
    if (m_patient.id <= 0)
        return;
    PatientDialog dialog(m_db, m_clinicianId, m_patient, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_patient = dialog.patient();
    reload();
    emit patientChanged(m_patient.id);
}

void PatientChart::newReferral()
{
    if (m_patient.id <= 0)
        return;
    PatientDialog dialog(m_db, m_clinicianId, m_patient, this, true);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void PatientChart::newVisit()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New visit"));
    auto *form = new QFormLayout;
    auto *kind = new QComboBox(&dialog);
    for (auto k : {VisitKind::Initial, VisitKind::PhysicalTherapy, VisitKind::FollowUp})
        kind->addItem(visitKindLabel(k), visitKindCode(k));
    auto *date = new DateField(&dialog);
    date->setDate(QDate::currentDate());
    auto *episode = new QComboBox(&dialog);
    episode->addItem(tr("New episode of care"), 0);
    for (const Episode &e : VisitRepository(m_db).episodesForPatient(m_patient.id))
        if (!e.closed)
            episode->addItem(tr("%1 (from %2)").arg(e.title.isEmpty() ? tr("Episode of care") : e.title,
                                                   QLocale().toString(e.startDate, QLocale::ShortFormat)), e.id);
    if (episode->count() > 1)
        episode->setCurrentIndex(1);
    auto *title = new QLineEdit(&dialog);
    title->setPlaceholderText(tr("e.g. Low back pain with right leg pain"));
    FieldErrorLabels errors;
    errors.addRow(form, tr("&Kind"), kind, u"kind"_s);
    errors.addRow(form, tr("&Date"), date, u"date"_s);
    errors.addRow(form, tr("&Episode"), episode, u"episode"_s);
    errors.addRow(form, tr("Episode &title"), title, u"title"_s);
    connect(episode, &QComboBox::currentIndexChanged, title, [title, episode] { title->setEnabled(episode->currentData().toLongLong() == 0); });
    title->setEnabled(episode->currentData().toLongLong() == 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (!date->date().isValid()) {
            errors.show({{u"date"_s, tr("Enter the visit date as YYYY-MM-DD or MM/DD/YYYY.")}});
            return;
        }
        if (date->date() > QDate::currentDate().addYears(1) || date->date() < m_patient.birthDate) {
            errors.show({{u"date"_s, tr("Check the visit date.")}});
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!createVisit(visitKindFromCode(kind->currentData().toString()).value_or(VisitKind::Initial), date->date(),
                     episode->currentData().toLongLong(), title->text().trimmed(), &error))
        QMessageBox::warning(this, tr("Visit not created"), error);
}

} // namespace SpineDesk
