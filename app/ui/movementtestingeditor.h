#pragma once

#include "core/examination.h"
#include "ui/therapysection.h"

#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;

namespace SpineDesk {

// Movement testing (the symptom response to repeated movements in each direction) beside the
// directional preference recorded on the Examination step, and the treatment-based
// classification the therapist judges, with a note. SpineDesk infers neither.
class MovementTestingEditor : public TherapySection
{
    Q_OBJECT
public:
    explicit MovementTestingEditor(QWidget *parent = nullptr);

    void setRecord(const Therapy::TherapyRecord &record) override;
    void applyTo(Therapy::TherapyRecord &record) const override;
    QStringList showErrors(const QMap<QString, QString> &errors) override;
    void setEditable(bool editable) override;

    // Shown read-only: the Examination step owns it.
    void setExaminationPreference(DirectionalPreference preference);

    QComboBox *responseCombo(Therapy::MovementDirection d) const { return m_responses.value(int(d)); }
    QComboBox *classificationCombo() const { return m_classification; }
    QLineEdit *movementNoteEdit() const { return m_movementNote; }
    QLineEdit *classificationNoteEdit() const { return m_classificationNote; }
    QLabel *examinationPreferenceLabel() const { return m_preference; }

private:
    QHash<int, QComboBox *> m_responses;
    QComboBox *m_classification = nullptr;
    QLineEdit *m_movementNote = nullptr, *m_classificationNote = nullptr;
    QLabel *m_preference = nullptr;
};

} // namespace SpineDesk
