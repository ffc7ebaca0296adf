#include "ui/entrytable.h"

#include "ui/datefield.h"
#include "ui/fielderrors.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {

// The dialog that edits one entry; its widgets are made from the fields.
class EntryDialog : public QDialog
{
public:
    EntryDialog(const EntryKind &kind, const EntryValues &values, QWidget *parent)
        : QDialog(parent), m_kind(kind)
    {
        setWindowTitle(values.isEmpty() ? EntryTable::tr("Add %1").arg(kind.singular) : EntryTable::tr("Edit %1").arg(kind.singular));
        auto *form = new QFormLayout;
        for (const EntryField &f : kind.fields) {
            QWidget *editor = nullptr;
            const QVariant v = values.value(f.key);
            switch (f.kind) {
            case EntryField::Kind::Text:
                if (f.suggestions.isEmpty()) {
                    auto *e = new QLineEdit(v.toString(), this);
                    e->setMaxLength(300);
                    editor = e;
                } else {
                    auto *c = new QComboBox(this);
                    c->setEditable(true);
                    c->addItems(f.suggestions);
                    c->setCurrentText(v.toString());
                    editor = c;
                }
                break;
            case EntryField::Kind::Date: {
                auto *d = new DateField(this);
                d->setDate(v.toDate());
                editor = d;
                break;
            }
            case EntryField::Kind::Integer: {
                auto *s = new QSpinBox(this);
                s->setRange(f.minimum - 1, f.maximum); // the value below the minimum shows "not known"
                s->setSpecialValueText(EntryTable::tr("Not known"));
                s->setValue(v.isValid() && v.toInt() >= f.minimum ? v.toInt() : f.minimum - 1);
                editor = s;
                break;
            }
            case EntryField::Kind::Choice: {
                auto *c = new QComboBox(this);
                for (const auto &[code, label] : f.choices)
                    c->addItem(label, code);
                c->setCurrentIndex(std::max(0, int(c->findData(v.toString()))));
                editor = c;
                break;
            }
            }
            editor->setObjectName(f.key);
            m_editors << editor;
            m_errors.addRow(form, f.label, editor, f.key);
        }
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(buttons);
    }

    EntryValues values() const
    {
        EntryValues out;
        for (int i = 0; i < m_kind.fields.size(); ++i) {
            const EntryField &f = m_kind.fields[i];
            QWidget *w = m_editors[i];
            switch (f.kind) {
            case EntryField::Kind::Text:
                out[f.key] = f.suggestions.isEmpty() ? static_cast<QLineEdit *>(w)->text().trimmed()
                                                     : static_cast<QComboBox *>(w)->currentText().trimmed();
                break;
            case EntryField::Kind::Date: {
                auto *d = static_cast<DateField *>(w);
                out[f.key] = d->date();
                if (!d->isEmptyOrValid())
                    out[f.key + u"#unreadable"_s] = true;
                break;
            }
            case EntryField::Kind::Integer: {
                const int v = static_cast<QSpinBox *>(w)->value();
                out[f.key] = v < f.minimum ? -1 : v;
                break;
            }
            case EntryField::Kind::Choice:
                out[f.key] = static_cast<QComboBox *>(w)->currentData().toString();
                break;
            }
        }
        return out;
    }

    void accept() override
    {
        const FieldErrors errors = check(m_kind, values());
        m_errors.show(errors);
        if (errors.isEmpty())
            QDialog::accept();
    }

    static FieldErrors check(const EntryKind &kind, const EntryValues &values)
    {
        FieldErrors errors;
        for (const EntryField &f : kind.fields)
            if (values.value(f.key + u"#unreadable"_s).toBool())
                errors.append({f.key, EntryTable::tr("Type the date as YYYY-MM-DD or MM/DD/YYYY.")});
        errors.append(kind.validate(values));
        return errors;
    }

private:
    const EntryKind &m_kind;
    QList<QWidget *> m_editors;
    FieldErrorLabels m_errors;
};

} // namespace

EntryTable::EntryTable(EntryKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(std::move(kind))
{
    m_table = new QTableWidget(0, int(m_kind.fields.size()), this);
    m_table->setAccessibleName(m_kind.title);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(110);
    QStringList headers;
    for (const auto &f : m_kind.fields)
        headers << QString(f.label).remove(u'&');
    m_table->setHorizontalHeaderLabels(headers);

    m_add = new QPushButton(tr("Add…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_add->setAccessibleName(tr("Add %1").arg(m_kind.singular));
    m_edit->setAccessibleName(tr("Edit the selected %1").arg(m_kind.singular));
    m_remove->setAccessibleName(tr("Remove the selected %1").arg(m_kind.singular));
    connect(m_add, &QPushButton::clicked, this, [this] { editRow(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { editRow(row); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (m_readOnly || row < 0 || row >= m_entries.size())
            return;
        m_entries.removeAt(row);
        refresh();
        emit changed();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { setReadOnly(m_readOnly); });

    auto *title = new QLabel(u"<b>%1</b>"_s.arg(m_kind.title.toHtmlEscaped()), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(title);
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    // Tab follows the layout: the buttons above the table come first.
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_table);
    setReadOnly(false);
}

void EntryTable::setEntries(const QList<EntryValues> &entries)
{
    m_entries = entries;
    refresh();
}

void EntryTable::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool selected = m_table->currentRow() >= 0;
    m_add->setEnabled(!readOnly);
    m_edit->setEnabled(!readOnly && selected);
    m_remove->setEnabled(!readOnly && selected);
}

bool EntryTable::addEntry(const EntryValues &values, FieldErrors *errors)
{
    const FieldErrors found = EntryDialog::check(m_kind, values);
    if (errors)
        *errors = found;
    if (m_readOnly || !found.isEmpty())
        return false;
    m_entries.append(values);
    refresh();
    emit changed();
    return true;
}

void EntryTable::editRow(int row)
{
    if (m_readOnly || row >= m_entries.size())
        return;
    EntryDialog dialog(m_kind, row >= 0 ? m_entries[row] : EntryValues{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (row >= 0)
        m_entries[row] = dialog.values();
    else
        m_entries.append(dialog.values());
    refresh();
    emit changed();
}

QString EntryTable::display(const EntryField &field, const QVariant &value)
{
    switch (field.kind) {
    case EntryField::Kind::Date:
        return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : tr("—");
    case EntryField::Kind::Integer:
        return value.toInt() >= 0 ? QString::number(value.toInt()) : tr("not known");
    case EntryField::Kind::Choice:
        for (const auto &[code, label] : field.choices)
            if (code == value.toString())
                return label;
        return value.toString();
    case EntryField::Kind::Text:
        break;
    }
    return value.toString();
}

void EntryTable::refresh()
{
    m_table->setRowCount(int(m_entries.size()));
    for (int r = 0; r < m_entries.size(); ++r)
        for (int c = 0; c < m_kind.fields.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(display(m_kind.fields[c], m_entries[r].value(m_kind.fields[c].key))));
    m_table->resizeColumnsToContents();
    setReadOnly(m_readOnly);
}

} // namespace SpineDesk
