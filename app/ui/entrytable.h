#pragma once

#include "core/validation.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariantMap>
#include <QWidget>
#include <functional>

class QPushButton;
class QTableWidget;

namespace SpineDesk {

// One field of a structured history entry (a course of therapy, an injection, ...).
struct EntryField {
    enum class Kind { Text, Date, Integer, Choice };
    QString key;
    QString label;
    Kind kind = Kind::Text;
    QStringList suggestions;                     // Text: offered in an editable list
    QList<std::pair<QString, QString>> choices;  // Choice: (code, label)
    int minimum = 0;                             // Integer: blank means not known (-1)
    int maximum = 0;

    static EntryField text(const QString &key, const QString &label, const QStringList &suggestions = {})
    {
        EntryField f{key, label, Kind::Text, suggestions, {}, 0, 0};
        return f;
    }
    static EntryField date(const QString &key, const QString &label) { return {key, label, Kind::Date, {}, {}, 0, 0}; }
    static EntryField integer(const QString &key, const QString &label, int minimum, int maximum)
    {
        return {key, label, Kind::Integer, {}, {}, minimum, maximum};
    }
    static EntryField choice(const QString &key, const QString &label, const QList<std::pair<QString, QString>> &choices)
    {
        return {key, label, Kind::Choice, {}, choices, 0, 0};
    }
};
using EntryValues = QVariantMap; // key -> QString, QDate, int (-1 unknown) or choice code

struct EntryKind {
    QString singular;  // "course of care"
    QString title;     // table title
    QList<EntryField> fields;
    std::function<FieldErrors(const EntryValues &)> validate;
};

// A table of dated structured entries with Add, Edit and Remove; entries are edited in a
// small dialog that checks them before they are kept.
class EntryTable : public QWidget
{
    Q_OBJECT
public:
    explicit EntryTable(EntryKind kind, QWidget *parent = nullptr);
    QList<EntryValues> entries() const { return m_entries; }
    void setEntries(const QList<EntryValues> &entries);
    void setReadOnly(bool readOnly);
    // Adds an entry as if typed into the dialog; false with the problems when invalid.
    bool addEntry(const EntryValues &values, FieldErrors *errors = nullptr);
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    void refresh();
    void editRow(int row);
    static QString display(const EntryField &field, const QVariant &value);

    EntryKind m_kind;
    QList<EntryValues> m_entries;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr, *m_edit = nullptr, *m_remove = nullptr;
    bool m_readOnly = false;
};

} // namespace SpineDesk
