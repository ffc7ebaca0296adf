#pragma once

#include "ui/therapysection.h"

#include <QList>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace SpineDesk {

// Functional tests (sit-to-stand, walking tolerance …): one row per test with its value in the
// test's unit and a note. Values are stored as measured; no reference values are applied.
class FunctionalTestsEditor : public TherapySection
{
    Q_OBJECT
public:
    explicit FunctionalTestsEditor(QWidget *parent = nullptr);

    void setRecord(const Therapy::TherapyRecord &record) override;
    void applyTo(Therapy::TherapyRecord &record) const override;
    QStringList showErrors(const QMap<QString, QString> &errors) override;
    void setEditable(bool editable) override;

    // As if the row were added and filled in; returns the row.
    int addTest(Therapy::FunctionalTest test, double value, const QString &note = {});
    void removeTest(int row);
    int rowCount() const { return int(m_rows.size()); }
    QComboBox *testCombo(int row) const { return m_rows.at(row).test; }
    QDoubleSpinBox *valueBox(int row) const { return m_rows.at(row).value; }
    QLineEdit *noteEdit(int row) const { return m_rows.at(row).note; }
    QString errorText(int row) const;
    QPushButton *addButton() const { return m_add; }

private:
    struct Row {
        QWidget *widget = nullptr;
        QComboBox *test = nullptr;
        QDoubleSpinBox *value = nullptr;
        QLineEdit *note = nullptr;
        QPushButton *remove = nullptr;
        QLabel *error = nullptr;
    };
    int appendRow(const Therapy::FunctionalResult &result);
    void renumber();
    static void updateUnit(const Row &row);

    QList<Row> m_rows;
    QVBoxLayout *m_rowLayout = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
    bool m_editable = true;
};

} // namespace SpineDesk
