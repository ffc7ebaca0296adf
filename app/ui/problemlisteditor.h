#pragma once

#include "core/plan/diagnosis.h"
#include "core/plan/plan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace SpineDesk {

// The problem list: working diagnoses from the clinic's catalogue (with the ICD-10-CM code
// where the catalogue has a verified one, "code not verified" otherwise), free-text problems
// (psychosocial contributors among them), one primary problem, remove.
class ProblemListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemListEditor(const Plans::DiagnosisCatalogue &catalogue, QWidget *parent = nullptr);

    void setProblems(const QList<Plans::ProblemEntry> &problems);
    QList<Plans::ProblemEntry> problems() const { return m_problems; }
    void setReadOnly(bool readOnly);

    // As the clinician would: the diagnosis with an optional qualifier ("left L5").
    bool addDiagnosis(const QString &diagnosisId, const QString &qualifier = {});
    bool addFreeText(const QString &text);
    void removeRow(int row);
    void setPrimary(int row);
    // The code column's text for a problem ("M54.16", "code not verified", "no code").
    QString codeText(const Plans::ProblemEntry &problem) const;

    QTableWidget *table() const { return m_table; }
    QComboBox *diagnosisCombo() const { return m_diagnosis; }
    QLineEdit *qualifierEdit() const { return m_qualifier; }
    QLineEdit *freeTextEdit() const { return m_freeText; }
    QLabel *warningLabel() const { return m_warning; }

signals:
    void changed();

private:
    void refresh();
    void commit();

    const Plans::DiagnosisCatalogue &m_catalogue;
    QList<Plans::ProblemEntry> m_problems;
    bool m_readOnly = false;
    bool m_filling = false;
    QTableWidget *m_table = nullptr;
    QComboBox *m_diagnosis = nullptr;
    QLineEdit *m_qualifier = nullptr, *m_freeText = nullptr;
    QPushButton *m_addDiagnosis = nullptr, *m_addFree = nullptr, *m_remove = nullptr, *m_primary = nullptr;
    QWidget *m_editRows = nullptr;
    QLabel *m_warning = nullptr;
};

} // namespace SpineDesk
