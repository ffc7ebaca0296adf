#include "ui/clinicianpicker.h"

#include "storage/clinicianrepository.h"
#include "ui_clinicianpicker.h"
#include "ui/accessibilitycolours.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace SpineDesk {

ClinicianPicker::ClinicianPicker(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ClinicianPicker>())
    , m_db(std::move(db))
{
    m_ui->setupUi(this);
    for (auto role : {ClinicianRole::Physiatrist, ClinicianRole::PhysicalTherapist, ClinicianRole::Other})
        m_ui->roleCombo->addItem(clinicianRoleLabel(role), clinicianRoleCode(role));
    m_ui->addError->setStyleSheet(problemTextStyle());
    m_ui->addError->hide();
    connect(m_ui->addButton, &QPushButton::clicked, this, &ClinicianPicker::addClinician);
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, &ClinicianPicker::addClinician);
    connect(m_ui->clinicianList, &QListWidget::currentRowChanged, this, &ClinicianPicker::updateOk);
    connect(m_ui->clinicianList, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload(0);
}

ClinicianPicker::~ClinicianPicker() = default;

qint64 ClinicianPicker::selectedClinicianId() const
{
    const auto *item = m_ui->clinicianList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ClinicianPicker::reload(qint64 select)
{
    m_ui->clinicianList->clear();
    for (const Clinician &c : ClinicianRepository(m_db).list()) {
        auto *item = new QListWidgetItem(c.signatureName() + u" — "_s + clinicianRoleLabel(c.role), m_ui->clinicianList);
        item->setData(Qt::UserRole, c.id);
        if (c.id == select || (select == 0 && m_ui->clinicianList->count() == 1))
            m_ui->clinicianList->setCurrentItem(item);
    }
    const bool empty = m_ui->clinicianList->count() == 0;
    m_ui->intro->setText(empty ? tr("No clinicians yet. Add yourself below; your name is recorded on everything you sign.")
                               : tr("Choose your name. It is recorded on everything you sign."));
    if (empty)
        m_ui->nameEdit->setFocus();
    updateOk();
}

void ClinicianPicker::addClinician()
{
    Clinician c;
    c.name = m_ui->nameEdit->text().trimmed();
    c.credentials = m_ui->credentialsEdit->text().trimmed();
    c.role = clinicianRoleFromCode(m_ui->roleCombo->currentData().toString()).value_or(ClinicianRole::Other);
    const SaveResult result = ClinicianRepository(m_db).create(c);
    m_ui->addError->setVisible(!result.ok());
    m_ui->addError->setText(result.message);
    if (!result.ok())
        return;
    m_ui->nameEdit->clear();
    m_ui->credentialsEdit->clear();
    reload(c.id);
}

void ClinicianPicker::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedClinicianId() > 0);
}

} // namespace SpineDesk
