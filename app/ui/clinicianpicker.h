#pragma once

#include <QDialog>
#include <QSqlDatabase>
#include <memory>

namespace Ui {
class ClinicianPicker;
}

namespace SpineDesk {

// Chooses the clinician using the program at start; one can be added on the spot.
class ClinicianPicker : public QDialog
{
    Q_OBJECT
public:
    explicit ClinicianPicker(QSqlDatabase db, QWidget *parent = nullptr);
    ~ClinicianPicker() override;
    qint64 selectedClinicianId() const;

private:
    void reload(qint64 select);
    void addClinician();
    void updateOk();

    std::unique_ptr<Ui::ClinicianPicker> m_ui;
    QSqlDatabase m_db;
};

} // namespace SpineDesk
