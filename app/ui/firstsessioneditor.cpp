#include "ui/firstsessioneditor.h"

#include "ui/datefield.h"
#include "ui/fielderrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Therapy;

namespace {
// A form row with a hidden message line under it.
QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key)
{
    form->addRow(label, field);
    QLabel *error = makeErrorLabel(form->parentWidget());
    error->setObjectName(key + u"Error"_s);
    form->addRow(QString(), error);
    return error;
}
} // namespace

FirstSessionEditor::FirstSessionEditor(QDate visitDate, QWidget *parent)
    : TherapySection(parent)
    , m_visitDate(visitDate)
{
    auto *box = new QGroupBox(tr("Same-day first treatment session"), this);
    auto *bl = new QVBoxLayout(box);
    m_provided = new QCheckBox(tr("A first &treatment was given today, after the evaluation"), box);
    m_provided->setObjectName(u"session.provided"_s);
    m_provided->setAccessibleName(tr("First treatment session given"));
    connect(m_provided, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_date->date().isValid())
            m_date->setDate(m_visitDate); // the visit date unless changed
        updateEnabled();
        emit changed();
    });
    bl->addWidget(m_provided);

    m_details = new QWidget(box);
    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    m_date = new DateField(m_details);
    m_date->setObjectName(u"session.date"_s);
    m_date->setAccessibleName(tr("Date of the first treatment"));
    m_date->setToolTip(tr("The first treatment date starts the 30 days for sending the plan of care for certification."));
    connect(m_date, &QLineEdit::textEdited, this, &TherapySection::changed);
    m_dateError = addRow(form, tr("&Date"), m_date, u"session.date"_s);

    m_minutes = new QSpinBox(m_details);
    m_minutes->setObjectName(u"session.minutes"_s);
    m_minutes->setAccessibleName(tr("Minutes of treatment"));
    m_minutes->setRange(0, 9999);
    m_minutes->setSpecialValueText(tr("—"));
    m_minutes->setSuffix(tr(" min"));
    TherapyUi::guardWheel(m_minutes);
    connect(m_minutes, &QSpinBox::valueChanged, this, &TherapySection::changed);
    m_minutesError = addRow(form, tr("&Minutes"), m_minutes, u"session.minutes"_s);

    m_education = new QPlainTextEdit(m_details);
    m_education->setObjectName(u"session.education"_s);
    m_education->setAccessibleName(tr("Education given"));
    m_education->setPlaceholderText(tr("What was explained, e.g. pain is not damage; keep active"));
    m_education->setTabChangesFocus(true);
    m_education->setMaximumHeight(m_education->fontMetrics().lineSpacing() * 3 + 12);
    connect(m_education, &QPlainTextEdit::textChanged, this, &TherapySection::changed);
    form->addRow(tr("&Education"), m_education);

    auto *taughtBox = new QWidget(m_details);
    auto *tl = new QVBoxLayout(taughtBox);
    tl->setContentsMargins(0, 0, 0, 0);
    m_taught = new QListWidget(taughtBox);
    m_taught->setObjectName(u"session.exercisesTaught"_s);
    m_taught->setAccessibleName(tr("Exercises taught, from the home programme"));
    m_taught->setMaximumHeight(m_taught->fontMetrics().lineSpacing() * 5 + 12);
    connect(m_taught, &QListWidget::itemChanged, this, &TherapySection::changed);
    m_taughtEmpty = TherapyUi::sectionHint(tr("Add exercises to the home programme below to tick the ones taught."), taughtBox);
    tl->addWidget(m_taught);
    tl->addWidget(m_taughtEmpty);
    auto *taughtLabel = new QLabel(tr("E&xercises taught"), m_details);
    taughtLabel->setBuddy(m_taught);
    form->addRow(taughtLabel, taughtBox);

    m_manual = new QLineEdit(m_details);
    m_manual->setObjectName(u"session.manualTherapy"_s);
    m_manual->setAccessibleName(tr("Manual therapy given"));
    m_manual->setPlaceholderText(tr("Technique and region; empty when none"));
    m_manual->setMaxLength(300);
    connect(m_manual, &QLineEdit::textEdited, this, &TherapySection::changed);
    form->addRow(tr("Manual t&herapy"), m_manual);

    m_other = new QLineEdit(m_details);
    m_other->setObjectName(u"session.other"_s);
    m_other->setAccessibleName(tr("Other treatment given"));
    m_other->setMaxLength(300);
    connect(m_other, &QLineEdit::textEdited, this, &TherapySection::changed);
    form->addRow(tr("Ot&her"), m_other);

    m_response = new QComboBox(m_details);
    m_response->setObjectName(u"session.response"_s);
    m_response->setAccessibleName(tr("Patient's response to the session"));
    for (SessionResponse r : sessionResponses())
        m_response->addItem(sessionResponseLabel(r), sessionResponseCode(r));
    TherapyUi::guardWheel(m_response);
    connect(m_response, &QComboBox::currentIndexChanged, this, &TherapySection::changed);
    m_responseNote = new QLineEdit(m_details);
    m_responseNote->setObjectName(u"session.responseNote"_s);
    m_responseNote->setAccessibleName(tr("Response in the therapist's words"));
    m_responseNote->setPlaceholderText(tr("e.g. leg pain centralised after repeated extension"));
    m_responseNote->setMaxLength(500);
    connect(m_responseNote, &QLineEdit::textEdited, this, &TherapySection::changed);
    m_responseError = addRow(form, tr("&Response"), m_response, u"session.response"_s);
    form->addRow(tr("Response &note"), m_responseNote);

    bl->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    updateEnabled();
}

void FirstSessionEditor::updateEnabled()
{
    m_details->setEnabled(m_provided->isChecked() || !m_editable);
    m_details->setVisible(m_provided->isChecked());
}

void FirstSessionEditor::setProgramExercises(const QList<std::pair<QString, QString>> &exercises)
{
    const QSignalBlocker block(m_taught);
    const QStringList ticked = taught();
    m_taught->clear();
    QStringList listed;
    for (const auto &[id, name] : exercises) {
        auto *item = new QListWidgetItem(name, m_taught);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        item->setCheckState(ticked.contains(id) ? Qt::Checked : Qt::Unchecked);
        listed << id;
    }
    // Taught but since taken off the programme: still on record, shown so it can be unticked.
    for (const QString &id : ticked)
        if (!listed.contains(id)) {
            auto *item = new QListWidgetItem(tr("%1 (not in the home programme)").arg(id), m_taught);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
            item->setCheckState(Qt::Checked);
        }
    m_taughtEmpty->setVisible(m_taught->count() == 0);
    m_taught->setVisible(m_taught->count() > 0);
}

bool FirstSessionEditor::setTaught(const QString &exerciseId, bool taught)
{
    for (int i = 0; i < m_taught->count(); ++i)
        if (m_taught->item(i)->data(Qt::UserRole).toString() == exerciseId) {
            m_taught->item(i)->setCheckState(taught ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    return false;
}

QStringList FirstSessionEditor::taught() const
{
    QStringList out;
    for (int i = 0; i < m_taught->count(); ++i)
        if (m_taught->item(i)->checkState() == Qt::Checked)
            out << m_taught->item(i)->data(Qt::UserRole).toString();
    return out;
}

void FirstSessionEditor::setRecord(const TherapyRecord &record)
{
    const FirstSession &s = record.session;
    const QSignalBlocker block(m_provided);
    m_provided->setChecked(s.provided);
    m_date->setDate(s.date);
    m_minutes->setValue(s.minutes);
    m_education->setPlainText(s.education);
    {
        const QSignalBlocker b(m_taught);
        m_taught->clear();
        for (const QString &id : s.exercisesTaught) {
            auto *item = new QListWidgetItem(id, m_taught);
            item->setData(Qt::UserRole, id);
            item->setCheckState(Qt::Checked);
        }
    }
    m_manual->setText(s.manualTherapy);
    m_other->setText(s.other);
    m_response->setCurrentIndex(std::max(0, int(m_response->findData(sessionResponseCode(s.response)))));
    m_responseNote->setText(s.responseNote);
    updateEnabled();
}

void FirstSessionEditor::applyTo(TherapyRecord &record) const
{
    FirstSession &s = record.session;
    s = FirstSession{};
    s.provided = m_provided->isChecked();
    if (!s.provided)
        return; // nothing else is kept for a visit without a session
    s.date = m_date->date();
    s.minutes = m_minutes->value();
    s.education = m_education->toPlainText().trimmed();
    s.exercisesTaught = taught();
    s.manualTherapy = m_manual->text().trimmed();
    s.other = m_other->text().trimmed();
    s.response = sessionResponseFromCode(m_response->currentData().toString()).value_or(SessionResponse::NotRecorded);
    s.responseNote = m_responseNote->text().trimmed();
}

QStringList FirstSessionEditor::showErrors(const QMap<QString, QString> &errors)
{
    QStringList shown;
    QString dateMessage = errors.value(u"session.date"_s);
    if (m_provided->isChecked() && !m_date->isEmptyOrValid())
        dateMessage = tr("Enter the date as YYYY-MM-DD or MM/DD/YYYY.");
    const std::array<std::tuple<QString, QLabel *, QWidget *, QString>, 3> fields{{
        {u"session.date"_s, m_dateError, m_date, dateMessage},
        {u"session.minutes"_s, m_minutesError, m_minutes, errors.value(u"session.minutes"_s)},
        {u"session.response"_s, m_responseError, m_response, errors.value(u"session.response"_s)},
    }};
    for (const auto &[key, label, field, message] : fields) {
        TherapyUi::setError(label, field, message);
        if (errors.contains(key))
            shown << key;
    }
    return shown;
}

QString FirstSessionEditor::errorText(const QString &key) const
{
    const QLabel *l = key == u"session.date" ? m_dateError : key == u"session.minutes" ? m_minutesError
                                                         : key == u"session.response"  ? m_responseError
                                                                                       : nullptr;
    return l && !l->isHidden() ? l->text() : QString();
}

void FirstSessionEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_provided->setEnabled(editable);
    m_date->setReadOnly(!editable);
    m_minutes->setReadOnly(!editable);
    m_education->setReadOnly(!editable);
    m_manual->setReadOnly(!editable);
    m_other->setReadOnly(!editable);
    m_responseNote->setReadOnly(!editable);
    m_response->setEnabled(editable);
    for (int i = 0; i < m_taught->count(); ++i) {
        QListWidgetItem *item = m_taught->item(i);
        item->setFlags(editable ? item->flags() | Qt::ItemIsUserCheckable : item->flags() & ~Qt::ItemIsUserCheckable);
    }
    updateEnabled();
}

} // namespace SpineDesk
