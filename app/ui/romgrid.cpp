#include "ui/romgrid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Therapy;

RomGrid::RomGrid(QWidget *parent)
    : TherapySection(parent)
{
    auto *box = new QGroupBox(tr("Range of motion"), this);
    auto *grid = new QGridLayout(box);
    auto *gradeHeader = new QLabel(tr("Grade"), box);
    auto *painHeader = new QLabel(tr("Painful"), box);
    QFont bold = gradeHeader->font();
    bold.setBold(true);
    gradeHeader->setFont(bold);
    painHeader->setFont(bold);
    grid->addWidget(gradeHeader, 0, 1);
    grid->addWidget(painHeader, 0, 2);
    int row = 1;
    for (RomMovement m : romMovements()) {
        const QString code = romMovementCode(m);
        auto *grade = new QComboBox(box);
        grade->setObjectName(u"rom."_s + code + u".grade"_s);
        grade->setAccessibleName(tr("Range of motion, %1").arg(romMovementLabel(m)));
        for (RomGrade g : romGrades())
            grade->addItem(romGradeLabel(g), romGradeCode(g));
        TherapyUi::guardWheel(grade);
        auto *painful = new QCheckBox(tr("painful"), box);
        painful->setObjectName(u"rom."_s + code + u".painful"_s);
        painful->setAccessibleName(tr("%1 painful").arg(romMovementLabel(m)));
        connect(grade, &QComboBox::currentIndexChanged, this, [this] {
            updatePainful();
            emit changed();
        });
        connect(painful, &QCheckBox::toggled, this, &TherapySection::changed);
        auto *label = new QLabel(romMovementLabel(m), box);
        label->setBuddy(grade);
        grid->addWidget(label, row, 0);
        grid->addWidget(grade, row, 1);
        grid->addWidget(painful, row, 2);
        m_grades.insert(int(m), grade);
        m_painful.insert(int(m), painful);
        ++row;
    }
    grid->setColumnStretch(3, 1);
    grid->addWidget(TherapyUi::sectionHint(tr("Observed range, graded by you; no degrees and no norms are applied."), box), row, 0, 1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    updatePainful();
}

void RomGrid::updatePainful()
{
    // "Painful" means something only for a movement that was tested.
    for (auto it = m_grades.begin(); it != m_grades.end(); ++it)
        m_painful.value(it.key())->setEnabled(m_editable && it.value()->currentData().toString() != romGradeCode(RomGrade::NotTested));
}

void RomGrid::setRecord(const TherapyRecord &record)
{
    for (auto it = m_grades.begin(); it != m_grades.end(); ++it) {
        const RomFinding f = record.rom.value(RomMovement(it.key()));
        it.value()->setCurrentIndex(std::max(0, int(it.value()->findData(romGradeCode(f.grade)))));
        m_painful.value(it.key())->setChecked(f.painful);
    }
    updatePainful();
}

void RomGrid::applyTo(TherapyRecord &record) const
{
    record.rom.clear();
    for (auto it = m_grades.begin(); it != m_grades.end(); ++it) {
        RomFinding f;
        f.grade = romGradeFromCode(it.value()->currentData().toString()).value_or(RomGrade::NotTested);
        if (f.grade == RomGrade::NotTested)
            continue; // movements not tested are absent
        f.painful = m_painful.value(it.key())->isChecked();
        record.rom.insert(RomMovement(it.key()), f);
    }
}

QStringList RomGrid::showErrors(const QMap<QString, QString> &)
{
    return {};
}

void RomGrid::setEditable(bool editable)
{
    m_editable = editable;
    for (QComboBox *c : std::as_const(m_grades))
        c->setEnabled(editable);
    updatePainful();
}

} // namespace SpineDesk
