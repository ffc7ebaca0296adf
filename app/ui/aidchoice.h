#pragma once

#include "core/decisionaids/aid.h"
#include "core/decisionaids/record.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace SpineDesk {

// "The patient's choice": the options discussed, the preferred option or "not decided yet",
// who took part and a note. A new record starts with every option discussed and the patient
// and the clinician taking part.
class AidChoiceSection : public QWidget
{
    Q_OBJECT
public:
    AidChoiceSection(const QList<Aids::Option> &options, const QString &lang, const QString &clinicianName,
                     QWidget *parent = nullptr);

    QCheckBox *discussedBox(const QString &optionId) const { return m_discussed.value(optionId); }
    // An option id or Aids::kUndecided.
    QAbstractButton *preferredButton(const QString &optionId) const { return m_preferred.value(optionId); }
    QLineEdit *participantsEdit() const { return m_participants; }
    QPlainTextEdit *noteEdit() const { return m_note; }

    void load(const Aids::DecisionRecord &record);
    void store(Aids::DecisionRecord &record) const; // options discussed, preference, participants, note
    void setEditable(bool editable);

signals:
    void edited();

private:
    QStringList m_optionIds; // in the aid's order
    QString m_clinicianName;
    QString m_lang;
    QHash<QString, QCheckBox *> m_discussed;
    QButtonGroup *m_preferredGroup = nullptr;
    QHash<QString, QAbstractButton *> m_preferred;
    QLineEdit *m_participants = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace SpineDesk
