#include "ui/aidlanguage.h"

#include "i18n/language.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace SpineDesk {

AidLanguageSwitch::AidLanguageSwitch(const Aids::DecisionAid &aid, const QString &current, const QString &labelLanguage,
                                     QWidget *parent)
    : QWidget(parent)
    , m_current(current)
{
    setObjectName(u"aidLanguage"_s);
    const char *context = staticMetaObject.className();
    setAccessibleName(textIn(labelLanguage, context, QT_TR_NOOP("Language of the decision aid")));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(textIn(labelLanguage, context, QT_TR_NOOP("Language:")), this);
    row->addWidget(label);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (const QString &lang : supportedLanguages()) {
        auto *b = new QPushButton(languageName(lang), this);
        b->setObjectName(u"aidLanguage-"_s + lang);
        b->setCheckable(true);
        b->setChecked(lang == current);
        // Each button says what it does in its own language: the patient who needs it reads it.
        b->setAccessibleName(textIn(lang, context, QT_TR_NOOP("Show the decision aid in %1")).arg(languageName(lang)));
        if (!aid.hasLanguage(lang)) {
            b->setEnabled(false);
            b->setToolTip(
                textIn(labelLanguage, context, QT_TR_NOOP("This decision aid has no text in %1 yet.")).arg(languageName(lang)));
        }
        m_group->addButton(b);
        m_buttons.insert(lang, b);
        row->addWidget(b);
    }
    label->setBuddy(m_buttons.value(current));
    row->addStretch();
    connect(m_group, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *b) {
        const QString lang = m_buttons.key(b);
        if (lang != m_current)
            emit chosen(lang);
    });
}

void AidLanguageSwitch::setCurrent(const QString &lang)
{
    m_current = lang;
    if (QAbstractButton *b = m_buttons.value(lang))
        b->setChecked(true);
}

} // namespace SpineDesk
