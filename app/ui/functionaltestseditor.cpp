#include "ui/functionaltestseditor.h"

#include "ui/fielderrors.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Therapy;

FunctionalTestsEditor::FunctionalTestsEditor(QWidget *parent)
    : TherapySection(parent)
{
    auto *box = new QGroupBox(tr("Functional tests"), this);
    auto *bl = new QVBoxLayout(box);
    m_empty = TherapyUi::sectionHint(tr("No functional test recorded."), box);
    m_empty->setObjectName(u"functionalEmpty"_s);
    m_rowLayout = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add a functional test"), box);
    m_add->setObjectName(u"addFunctionalTest"_s);
    m_add->setAccessibleName(tr("Add a functional test"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        // The first test not yet recorded; the therapist changes it in the row.
        FunctionalTest next = functionalTests().first();
        for (FunctionalTest t : functionalTests()) {
            const bool used = std::any_of(m_rows.begin(), m_rows.end(), [t](const Row &r) {
                return r.test->currentData().toString() == functionalTestCode(t);
            });
            if (!used) {
                next = t;
                break;
            }
        }
        const int row = addTest(next, 0);
        m_rows.at(row).test->setFocus();
    });
    bl->addWidget(m_empty);
    bl->addLayout(m_rowLayout);
    bl->addWidget(m_add, 0, Qt::AlignLeft);
    bl->addWidget(TherapyUi::sectionHint(tr("Values are recorded as measured; no reference values are applied."), box));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
}

int FunctionalTestsEditor::appendRow(const FunctionalResult &result)
{
    Row r;
    r.widget = new QWidget(this);
    auto *v = new QVBoxLayout(r.widget);
    v->setContentsMargins(0, 0, 0, 0);
    auto *h = new QHBoxLayout;
    r.test = new QComboBox(r.widget);
    for (FunctionalTest t : functionalTests())
        r.test->addItem(functionalTestLabel(t), functionalTestCode(t));
    r.test->setCurrentIndex(std::max(0, int(r.test->findData(functionalTestCode(result.test)))));
    TherapyUi::guardWheel(r.test);
    r.value = new QDoubleSpinBox(r.widget);
    r.value->setDecimals(1);
    // Wider than any plausible value, so that validation says what is wrong instead of clamping.
    r.value->setRange(0, 100000);
    r.value->setValue(result.value);
    TherapyUi::guardWheel(r.value);
    r.note = new QLineEdit(result.note, r.widget);
    r.note->setPlaceholderText(tr("e.g. used arms, stopped by leg pain"));
    r.note->setMaxLength(300);
    r.remove = new QPushButton(tr("Remove"), r.widget);
    r.error = makeErrorLabel(r.widget);
    // Labelled by its row's number: on Linux, screen readers name a combo box by its label.
    auto *testLabel = new QLabel(r.widget);
    testLabel->setObjectName(u"testLabel"_s);
    testLabel->setBuddy(r.test);
    h->addWidget(testLabel);
    h->addWidget(r.test, 2);
    h->addWidget(r.value, 1);
    h->addWidget(r.note, 3);
    h->addWidget(r.remove);
    v->addLayout(h);
    v->addWidget(r.error);
    m_rowLayout->addWidget(r.widget);
    TherapyUi::insertBeforeInFocusChain(m_add, {r.test, r.value, r.note, r.remove});
    updateUnit(r);

    QWidget *key = r.widget;
    const auto indexOf = [this, key] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).widget == key)
                return i;
        return -1;
    };
    connect(r.test, &QComboBox::currentIndexChanged, this, [this, indexOf] {
        if (const int i = indexOf(); i >= 0)
            updateUnit(m_rows.at(i));
        emit changed();
    });
    connect(r.value, &QDoubleSpinBox::valueChanged, this, &TherapySection::changed);
    connect(r.note, &QLineEdit::textEdited, this, &TherapySection::changed);
    connect(r.remove, &QPushButton::clicked, this, [this, indexOf] {
        if (const int i = indexOf(); i >= 0) {
            removeTest(i);
            m_add->setFocus();
        }
    });
    m_rows.append(r);
    renumber();
    return int(m_rows.size()) - 1;
}

void FunctionalTestsEditor::updateUnit(const Row &row)
{
    const FunctionalTest t = functionalTestFromCode(row.test->currentData().toString()).value_or(FunctionalTest::FiveTimesSitToStand);
    row.value->setSuffix(u' ' + functionalTestUnit(t));
}

void FunctionalTestsEditor::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        const QString n = QString::number(i + 1);
        r.widget->setObjectName(u"functional."_s + n);
        r.test->setObjectName(u"functional.%1.test"_s.arg(i));
        r.value->setObjectName(u"functional.%1.value"_s.arg(i));
        r.note->setObjectName(u"functional.%1.note"_s.arg(i));
        r.test->setAccessibleName(tr("Functional test %1").arg(n));
        if (auto *label = r.widget->findChild<QLabel *>(u"testLabel"_s))
            label->setText(tr("Test %1:").arg(n));
        r.value->setAccessibleName(tr("Result of functional test %1").arg(n));
        r.note->setAccessibleName(tr("Note on functional test %1").arg(n));
        r.remove->setAccessibleName(tr("Remove functional test %1").arg(n));
        r.error->setAccessibleName(tr("Problem with functional test %1").arg(n));
        r.test->setEnabled(m_editable);
        r.value->setReadOnly(!m_editable);
        r.note->setReadOnly(!m_editable);
        r.remove->setVisible(m_editable);
    }
    m_empty->setVisible(m_rows.isEmpty());
}

int FunctionalTestsEditor::addTest(FunctionalTest test, double value, const QString &note)
{
    const int row = appendRow({test, value, note});
    emit changed();
    return row;
}

void FunctionalTestsEditor::removeTest(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    delete m_rows.takeAt(row).widget;
    renumber();
    emit changed();
}

QString FunctionalTestsEditor::errorText(int row) const
{
    const QLabel *l = m_rows.value(row).error;
    return l && !l->isHidden() ? l->text() : QString();
}

void FunctionalTestsEditor::setRecord(const TherapyRecord &record)
{
    for (const Row &r : std::as_const(m_rows))
        delete r.widget;
    m_rows.clear();
    for (const FunctionalResult &f : record.functional)
        appendRow(f);
    renumber();
}

void FunctionalTestsEditor::applyTo(TherapyRecord &record) const
{
    record.functional.clear();
    for (const Row &r : m_rows) {
        FunctionalResult f;
        f.test = functionalTestFromCode(r.test->currentData().toString()).value_or(FunctionalTest::FiveTimesSitToStand);
        f.value = r.value->value();
        f.note = r.note->text().trimmed();
        record.functional.append(f);
    }
}

QStringList FunctionalTestsEditor::showErrors(const QMap<QString, QString> &errors)
{
    QStringList shown;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString key = u"functional.%1.value"_s.arg(i);
        const QString message = errors.value(key);
        TherapyUi::setError(m_rows.at(i).error, m_rows.at(i).value, message);
        if (!message.isEmpty())
            shown << key;
    }
    return shown;
}

void FunctionalTestsEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setVisible(editable);
    renumber();
}

} // namespace SpineDesk
