#pragma once

#include "core/decisionaids/aid.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;

namespace SpineDesk {

// The languages a decision aid can be shown in, as buttons that name themselves in their own
// language ("English", "Español"), so a patient sees the Spanish option without opening a list
// (letter-and-handouts.md §5 rule 7). A language the aid has no text in is shown, disabled.
class AidLanguageSwitch : public QWidget
{
    Q_OBJECT
public:
    // `labelLanguage`: the language the switch's own label is in (the screen's).
    AidLanguageSwitch(const Aids::DecisionAid &aid, const QString &current, const QString &labelLanguage,
                      QWidget *parent = nullptr);

    QAbstractButton *button(const QString &lang) const { return m_buttons.value(lang); }
    QString current() const { return m_current; }
    void setCurrent(const QString &lang); // shows it chosen; emits nothing

signals:
    void chosen(const QString &lang); // the user picked another language

private:
    QString m_current;
    QButtonGroup *m_group = nullptr;
    QHash<QString, QAbstractButton *> m_buttons;
};

} // namespace SpineDesk
