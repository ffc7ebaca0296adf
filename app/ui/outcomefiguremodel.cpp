#include "ui/outcomefiguremodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace SpineDesk {

void OutcomeFigureModel::setRows(QList<OutcomeFigureRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const OutcomeFigureRow *OutcomeFigureModel::row(const QString &id) const
{
    const int r = rowOf(id);
    return r < 0 ? nullptr : &m_rows[r];
}

int OutcomeFigureModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == id)
            return r;
    return -1;
}

int OutcomeFigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutcomeFigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutcomeFigureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OutcomeFigureRow &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return r.name;
        case Numerator: return QLocale().toString(r.numerator.size());
        case Denominator: return QLocale().toString(r.denominator.size());
        case Result: return r.result;
        case Missing: return r.missingText;
        }
        return {};
    case Qt::ToolTipRole:
        return r.definition.isEmpty() ? QVariant() : QVariant(r.definition);
    case Qt::AccessibleDescriptionRole:
        return QString(r.name + u": "_s + r.result + (r.missingText.isEmpty() ? QString() : u"; "_s + r.missingText));
    case Qt::TextAlignmentRole:
        if (index.column() == Numerator || index.column() == Denominator)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return r.id;
    }
    return {};
}

QVariant OutcomeFigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == Numerator || section == Denominator))
        return tr("Counted per episode of care: a patient with two episodes counts twice.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Figure");
    case Numerator: return tr("Episodes");
    case Denominator: return tr("Of");
    case Result: return tr("Result");
    case Missing: return tr("Missing or excluded");
    }
    return {};
}

} // namespace SpineDesk
