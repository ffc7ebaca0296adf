#pragma once

#include "ui/outcomefigurerows.h"

#include <QAbstractTableModel>

namespace SpineDesk {

// The dashboard's figures table: one row a figure (name, episodes counted, of how many, the
// result with its denominator, what is missing or excluded). The tooltip is the definition.
class OutcomeFigureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Numerator, Denominator, Result, Missing, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<OutcomeFigureRow> rows);
    const QList<OutcomeFigureRow> &rows() const { return m_rows; }
    const OutcomeFigureRow *row(const QString &id) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<OutcomeFigureRow> m_rows;
};

} // namespace SpineDesk
