#include "ui/outcomepatients.h"

#include "storage/auditlog.h"
#include "ui/outcomefigurerows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

OutcomePatientModel::OutcomePatientModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

void OutcomePatientModel::setEpisodes(const QList<qint64> &episodeIds)
{
    beginResetModel();
    m_ids = episodeIds;
    m_next = 0;
    m_rows.clear();
    m_error.clear();
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

int OutcomePatientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutcomePatientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OutcomePatientModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next < m_ids.size() && m_error.isEmpty();
}

void OutcomePatientModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<qint64> page = m_ids.mid(m_next, kPageSize);
    m_next += page.size();
    QString error;
    const QList<OutcomePatientRow> rows = OutcomeRepository(m_db).patients(page, &error);
    if (!error.isEmpty())
        m_error = error;
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows += rows;
        endInsertRows();
    }
    emit fetched();
}

QVariant OutcomePatientModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OutcomePatientRow &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return r.patientName;
        case Mrn: return r.mrn;
        case FirstVisit: return QLocale().toString(r.firstVisit, QLocale::ShortFormat);
        case Episode: return r.episodeTitle;
        }
        return {};
    case PatientIdRole: return r.patientId;
    case EpisodeIdRole: return r.episodeId;
    }
    return {};
}

QVariant OutcomePatientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Patient");
    case Mrn: return tr("MRN");
    case FirstVisit: return tr("First visit");
    case Episode: return tr("Episode");
    }
    return {};
}

OutcomePatientsDialog::OutcomePatientsDialog(QSqlDatabase db, qint64 clinicianId, const OutcomeFigureRow &figure, Which initial,
                                             QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
    , m_figureId(figure.id)
{
    setObjectName(u"outcomePatients"_s);
    setWindowTitle(tr("Patients behind: %1").arg(figure.name));
    setAccessibleName(tr("Patients behind the figure %1").arg(figure.name));
    m_lists[int(Which::Numerator)] = figure.numerator;
    m_lists[int(Which::Denominator)] = figure.denominator;
    m_lists[int(Which::Missing)] = figure.missing;

    auto *heading = new QLabel(u"<b>%1</b><br>%2"_s.arg(figure.name.toHtmlEscaped(), figure.result.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    heading->setToolTip(figure.definition);
    m_which = new QComboBox(this);
    m_which->setObjectName(u"patientListChoice"_s);
    m_which->setAccessibleName(tr("Which patients to list"));
    m_which->addItem(tr("Counted (numerator): %n episodes", nullptr, int(figure.numerator.size())), int(Which::Numerator));
    m_which->addItem(tr("All considered (denominator): %n episodes", nullptr, int(figure.denominator.size())), int(Which::Denominator));
    if (figure.hasMissing)
        m_which->addItem(tr("Missing or excluded: %n episodes", nullptr, int(figure.missing.size())), int(Which::Missing));
    auto *whichLabel = new QLabel(tr("&Show:"), this);
    whichLabel->setBuddy(m_which);

    m_model = new OutcomePatientModel(m_db, this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"outcomePatientList"_s);
    m_view->setAccessibleName(tr("Patients"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(OutcomePatientModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(OutcomePatientModel::Episode, QHeaderView::Stretch);
    m_count = new QLabel(this);
    m_count->setObjectName(u"patientCount"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *open = buttons->addButton(tr("Open &chart"), QDialogButtonBox::ActionRole);
    open->setAccessibleName(tr("Open the selected patient's chart"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the patient list"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this] {
        if (const QModelIndex i = m_view->currentIndex(); i.isValid())
            emit openPatientRequested(i.data(OutcomePatientModel::PatientIdRole).toLongLong());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) {
        emit openPatientRequested(i.data(OutcomePatientModel::PatientIdRole).toLongLong());
    });
    connect(m_which, &QComboBox::currentIndexChanged, this, [this] { showList(showing()); });
    connect(m_model, &OutcomePatientModel::fetched, this, &OutcomePatientsDialog::updateCount);

    auto *top = new QHBoxLayout;
    top->addWidget(whichLabel);
    top->addWidget(m_which, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(720, 520);
    if (m_which->findData(int(initial)) < 0)
        initial = Which::Numerator;
    const QSignalBlocker quiet(m_which);
    m_which->setCurrentIndex(m_which->findData(int(initial)));
    showList(initial);
}

OutcomePatientsDialog::~OutcomePatientsDialog() = default;

OutcomePatientsDialog::Which OutcomePatientsDialog::showing() const
{
    return Which(m_which->currentData().toInt());
}

void OutcomePatientsDialog::showList(Which which)
{
    const int index = m_which->findData(int(which));
    if (index < 0)
        return;
    if (m_which->currentIndex() != index) {
        m_which->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    const QList<qint64> &ids = m_lists[int(which)];
    m_model->setEpisodes(ids);
    static const char *const names[] = {"numerator", "denominator", "missing"};
    AuditLog(m_db, m_clinicianId)
        .record(u"view"_s, u"outcome-patients"_s, 0, u"%1 %2 (%3 episodes)"_s.arg(m_figureId, QLatin1StringView(names[int(which)])).arg(ids.size()));
    updateCount();
}

void OutcomePatientsDialog::updateCount()
{
    const QLocale locale;
    QString text = tr("Showing %1 of %2 episodes; scroll down for more.")
                       .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->total()));
    if (!m_model->canFetchMore({}))
        text = tr("%n episodes.", nullptr, m_model->rowCount());
    if (m_model->total() == 0)
        text = tr("No patients in this list.");
    if (!m_model->error().isEmpty())
        text += u' ' + tr("Not every patient could be loaded: %1").arg(m_model->error());
    m_count->setText(text);
    m_count->setAccessibleName(text);
}

} // namespace SpineDesk
