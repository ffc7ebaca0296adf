#pragma once

#include "ui/therapysection.h"

#include <QHash>

class QCheckBox;
class QComboBox;

namespace SpineDesk {

// Lumbar range of motion as the therapist grades it (no degrees, no norms): one row per
// movement with the grade and whether it was painful.
class RomGrid : public TherapySection
{
    Q_OBJECT
public:
    explicit RomGrid(QWidget *parent = nullptr);

    void setRecord(const Therapy::TherapyRecord &record) override;
    void applyTo(Therapy::TherapyRecord &record) const override;
    QStringList showErrors(const QMap<QString, QString> &errors) override;
    void setEditable(bool editable) override;

    QComboBox *gradeCombo(Therapy::RomMovement m) const { return m_grades.value(int(m)); }
    QCheckBox *painfulBox(Therapy::RomMovement m) const { return m_painful.value(int(m)); }

private:
    void updatePainful();

    QHash<int, QComboBox *> m_grades;
    QHash<int, QCheckBox *> m_painful;
    bool m_editable = true;
};

} // namespace SpineDesk
