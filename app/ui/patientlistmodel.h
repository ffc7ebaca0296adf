#pragma once

#include "core/patient.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace SpineDesk {

// The patient list: a search fetched a page at a time, so 100,000 patients cost no more
// than the rows on screen.
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, BirthDate, Mrn, Sex, ColumnCount };
    enum Role { PatientIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit PatientListModel(QSqlDatabase db, QObject *parent = nullptr);

    void setSearch(const QString &text);
    QString search() const { return m_search; }
    void refresh();
    const Patient *patientAt(int row) const;
    int rowOf(qint64 patientId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QSqlDatabase m_db;
    QString m_search;
    QList<Patient> m_rows;
    bool m_more = false;
};

} // namespace SpineDesk
