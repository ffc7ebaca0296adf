#include "ui/patientlistmodel.h"

#include "storage/patientrepository.h"

#include <QLocale>

namespace SpineDesk {

PatientListModel::PatientListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    refresh();
}

void PatientListModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    refresh();
}

void PatientListModel::refresh()
{
    beginResetModel();
    m_rows = PatientRepository(m_db).search(m_search, kPageSize + 1);
    m_more = m_rows.size() > kPageSize;
    if (m_more)
        m_rows.removeLast();
    endResetModel();
}

const Patient *PatientListModel::patientAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int PatientListModel::rowOf(qint64 patientId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == patientId)
            return i;
    return -1;
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    const Patient *p = patientAt(index.row());
    if (!p)
        return {};
    if (role == PatientIdRole)
        return p->id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name: return p->displayName();
    case BirthDate: return QLocale().toString(p->birthDate, QLocale::ShortFormat);
    case Mrn: return p->mrn;
    case Sex: return sexLabel(p->sex);
    default: return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case BirthDate: return tr("Date of birth");
    case Mrn: return tr("MRN");
    case Sex: return tr("Sex");
    default: return {};
    }
}

bool PatientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void PatientListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    auto page = PatientRepository(m_db).search(m_search, kPageSize + 1, int(m_rows.size()));
    m_more = page.size() > kPageSize;
    if (m_more)
        page.removeLast();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

} // namespace SpineDesk
