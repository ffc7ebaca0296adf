#include "ui/movementtestingeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Therapy;

MovementTestingEditor::MovementTestingEditor(QWidget *parent)
    : TherapySection(parent)
{
    auto *movementBox = new QGroupBox(tr("Movement testing"), this);
    auto *grid = new QGridLayout(movementBox);
    m_preference = new QLabel(movementBox);
    m_preference->setObjectName(u"examinationPreference"_s);
    m_preference->setWordWrap(true);
    m_preference->setTextFormat(Qt::PlainText);
    m_preference->setFocusPolicy(Qt::TabFocus); // read out from the keyboard too
    m_preference->setAccessibleName(tr("Directional preference from the Examination step"));
    m_preference->setFrameShape(QFrame::StyledPanel);
    m_preference->setMargin(4);
    // Above the responses it was judged from; read-only here.
    grid->addWidget(m_preference, 0, 0, 1, 2);

    int row = 1;
    for (MovementDirection d : movementDirections()) {
        auto *combo = new QComboBox(movementBox);
        combo->setObjectName(u"movement."_s + movementDirectionCode(d));
        combo->setAccessibleName(tr("Response to repeated movements: %1").arg(movementDirectionLabel(d)));
        for (MovementResponse r : movementResponses())
            combo->addItem(movementResponseLabel(r), movementResponseCode(r));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(20);
        TherapyUi::guardWheel(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &TherapySection::changed);
        auto *label = new QLabel(movementDirectionLabel(d), movementBox);
        label->setBuddy(combo);
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        m_responses.insert(int(d), combo);
        ++row;
    }
    m_movementNote = new QLineEdit(movementBox);
    m_movementNote->setObjectName(u"movementNote"_s);
    m_movementNote->setAccessibleName(tr("Movement testing note"));
    m_movementNote->setPlaceholderText(tr("e.g. repeated extension in lying, 3 sets of 10"));
    m_movementNote->setMaxLength(500);
    connect(m_movementNote, &QLineEdit::textEdited, this, &TherapySection::changed);
    auto *noteLabel = new QLabel(tr("&Note"), movementBox);
    noteLabel->setBuddy(m_movementNote);
    grid->addWidget(noteLabel, row, 0);
    grid->addWidget(m_movementNote, row, 1);
    grid->setColumnStretch(1, 1);

    auto *classBox = new QGroupBox(tr("Treatment-based classification"), this);
    auto *form = new QFormLayout(classBox);
    m_classification = new QComboBox(classBox);
    m_classification->setObjectName(u"classification"_s);
    m_classification->setAccessibleName(tr("Treatment-based classification"));
    for (TbcClass c : tbcClasses())
        m_classification->addItem(tbcClassLabel(c), tbcClassCode(c));
    TherapyUi::guardWheel(m_classification);
    connect(m_classification, &QComboBox::currentIndexChanged, this, &TherapySection::changed);
    m_classificationNote = new QLineEdit(classBox);
    m_classificationNote->setObjectName(u"classificationNote"_s);
    m_classificationNote->setAccessibleName(tr("Classification note"));
    m_classificationNote->setPlaceholderText(tr("What the classification rests on"));
    m_classificationNote->setMaxLength(500);
    connect(m_classificationNote, &QLineEdit::textEdited, this, &TherapySection::changed);
    form->addRow(tr("C&lassification"), m_classification);
    form->addRow(tr("Classification n&ote"), m_classificationNote);
    form->addRow(TherapyUi::sectionHint(tr("Your judgement: SpineDesk records the classification and does not infer one."), classBox));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(movementBox);
    layout->addWidget(classBox);
    setExaminationPreference(DirectionalPreference::NotAssessed);
}

void MovementTestingEditor::setExaminationPreference(DirectionalPreference preference)
{
    m_preference->setText(tr("Directional preference recorded on the Examination step: %1 (change it there)")
                              .arg(directionalPreferenceLabel(preference)));
}

void MovementTestingEditor::setRecord(const TherapyRecord &record)
{
    for (auto it = m_responses.begin(); it != m_responses.end(); ++it) {
        const MovementResponse r = record.movement.value(MovementDirection(it.key()), MovementResponse::NotTested);
        it.value()->setCurrentIndex(std::max(0, int(it.value()->findData(movementResponseCode(r)))));
    }
    m_movementNote->setText(record.movementNote);
    m_classification->setCurrentIndex(std::max(0, int(m_classification->findData(tbcClassCode(record.classification)))));
    m_classificationNote->setText(record.classificationNote);
}

void MovementTestingEditor::applyTo(TherapyRecord &record) const
{
    record.movement.clear();
    for (auto it = m_responses.begin(); it != m_responses.end(); ++it) {
        const auto r = movementResponseFromCode(it.value()->currentData().toString()).value_or(MovementResponse::NotTested);
        if (r != MovementResponse::NotTested) // directions not tested are absent
            record.movement.insert(MovementDirection(it.key()), r);
    }
    record.movementNote = m_movementNote->text().trimmed();
    record.classification = tbcClassFromCode(m_classification->currentData().toString()).value_or(TbcClass::NotClassified);
    record.classificationNote = m_classificationNote->text().trimmed();
}

QStringList MovementTestingEditor::showErrors(const QMap<QString, QString> &)
{
    return {}; // nothing here can be out of range
}

void MovementTestingEditor::setEditable(bool editable)
{
    for (QComboBox *c : std::as_const(m_responses))
        c->setEnabled(editable);
    m_classification->setEnabled(editable);
    m_movementNote->setReadOnly(!editable);
    m_classificationNote->setReadOnly(!editable);
}

} // namespace SpineDesk
