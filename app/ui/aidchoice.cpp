#include "ui/aidchoice.h"

#include "i18n/language.h"
#include "ui/aidsections.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

AidChoiceSection::AidChoiceSection(const QList<Aids::Option> &options, const QString &lang, const QString &clinicianName,
                                   QWidget *parent)
    : QWidget(parent)
    , m_clinicianName(clinicianName)
    , m_lang(lang)
{
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(); // rows stay together at the top
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *discussed = new QVBoxLayout;
    for (const Aids::Option &o : options) {
        auto *box = new QCheckBox(contentText(o.label, lang), this);
        box->setObjectName(u"discussed-"_s + o.id);
        box->setAccessibleName(tr("Discussed: %1").arg(box->text()));
        connect(box, &QCheckBox::toggled, this, &AidChoiceSection::edited);
        m_discussed.insert(o.id, box);
        m_optionIds << o.id;
        discussed->addWidget(box);
    }
    form->addRow(tr("Options discussed"), discussed);

    m_preferredGroup = new QButtonGroup(this);
    auto *preferred = new QVBoxLayout;
    auto addPreferred = [&](const QString &id, const QString &label) {
        auto *b = new QRadioButton(label, this);
        b->setObjectName(u"preferred-"_s + id);
        b->setProperty("option", id);
        b->setAccessibleName(tr("Preferred option: %1").arg(label));
        m_preferredGroup->addButton(b);
        m_preferred.insert(id, b);
        preferred->addWidget(b);
    };
    for (const Aids::Option &o : options)
        addPreferred(o.id, contentText(o.label, lang));
    addPreferred(QString::fromLatin1(Aids::kUndecided), tr("Not decided yet"));
    connect(m_preferredGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            emit edited();
    });
    form->addRow(tr("The option the patient prefers"), preferred);

    m_participants = new QLineEdit(this);
    m_participants->setObjectName(u"participants"_s);
    m_participants->setAccessibleName(tr("Who took part, separated by commas"));
    m_participants->setPlaceholderText(tr("For example: Patient, spouse, Dr Lee"));
    connect(m_participants, &QLineEdit::textEdited, this, &AidChoiceSection::edited);
    auto *participantsLabel = new QLabel(tr("&Who took part"), this);
    participantsLabel->setBuddy(m_participants);
    form->addRow(participantsLabel, m_participants);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"decisionNote"_s);
    m_note->setAccessibleName(tr("Note about the decision"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5 + 12);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AidChoiceSection::edited);
    auto *noteLabel = new QLabel(tr("&Note"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
}

void AidChoiceSection::load(const Aids::DecisionRecord &r)
{
    const bool fresh = r.rowVersion == 0;
    for (auto it = m_discussed.begin(); it != m_discussed.end(); ++it)
        it.value()->setChecked(fresh || r.optionsDiscussed.contains(it.key()));
    uncheckAll(m_preferredGroup);
    if (QAbstractButton *b = m_preferred.value(r.preferredOption))
        b->setChecked(true);
    QStringList participants = r.participants;
    if (fresh && participants.isEmpty()) {
        // Printed on the patient's summary: in the aid's language (textIn, i18n/language.h).
        participants << textIn(m_lang, staticMetaObject.className(), QT_TR_NOOP("Patient"));
        if (!m_clinicianName.isEmpty())
            participants << m_clinicianName;
    }
    m_participants->setText(participants.join(u", "_s));
    m_note->setPlainText(r.note);
}

void AidChoiceSection::store(Aids::DecisionRecord &r) const
{
    r.optionsDiscussed.clear();
    for (const QString &id : m_optionIds)
        if (m_discussed.value(id)->isChecked())
            r.optionsDiscussed << id;
    r.preferredOption.clear();
    if (QAbstractButton *b = m_preferredGroup->checkedButton())
        r.preferredOption = b->property("option").toString();
    r.participants.clear();
    for (const QString &p : m_participants->text().split(u','))
        if (!p.trimmed().isEmpty())
            r.participants << p.trimmed();
    r.note = m_note->toPlainText().trimmed();
}

void AidChoiceSection::setEditable(bool editable)
{
    for (QCheckBox *b : std::as_const(m_discussed))
        b->setEnabled(editable);
    for (QAbstractButton *b : m_preferredGroup->buttons())
        b->setEnabled(editable);
    m_participants->setReadOnly(!editable);
    m_note->setReadOnly(!editable);
}

} // namespace SpineDesk
