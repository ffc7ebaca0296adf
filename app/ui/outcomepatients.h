#pragma once

#include "storage/outcomerepository.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QTableView;

namespace SpineDesk {

struct OutcomeFigureRow;

// The patients behind a list of episodes, fetched from storage a page at a time (a figure can
// stand for 50,000 episodes), in the order given.
class OutcomePatientModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Mrn, FirstVisit, Episode, ColumnCount };
    enum Role { PatientIdRole = Qt::UserRole + 1, EpisodeIdRole };
    static constexpr int kPageSize = 500;

    explicit OutcomePatientModel(QSqlDatabase db, QObject *parent = nullptr);
    void setEpisodes(const QList<qint64> &episodeIds); // fetches the first page
    qsizetype total() const { return m_ids.size(); }
    const QList<OutcomePatientRow> &loaded() const { return m_rows; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void fetched();

private:
    QSqlDatabase m_db;
    QList<qint64> m_ids;
    qsizetype m_next = 0; // the first id not yet asked for
    QList<OutcomePatientRow> m_rows;
    QString m_error;
};

// The drill-down of a dashboard figure: the patients in its numerator, or its denominator, or
// (for an MCID or access figure) those without data. Double-click or Enter opens the chart.
// Showing a list is recorded in the audit log (who saw which list of patients).
class OutcomePatientsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Which { Numerator, Denominator, Missing };

    OutcomePatientsDialog(QSqlDatabase db, qint64 clinicianId, const OutcomeFigureRow &figure, Which initial = Which::Numerator,
                          QWidget *parent = nullptr);
    ~OutcomePatientsDialog() override;

    void showList(Which which);
    Which showing() const;
    OutcomePatientModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *listChoice() const { return m_which; }
    QLabel *countLabel() const { return m_count; }

signals:
    void openPatientRequested(qint64 patientId);

private:
    void updateCount();

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    QString m_figureId;
    QList<qint64> m_lists[3];
    OutcomePatientModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_which = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace SpineDesk
