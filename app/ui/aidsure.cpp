#include "ui/aidsure.h"

#include "core/decisionaids/record.h"
#include "i18n/language.h"
#include "ui/accessibilitycolours.h"
#include "ui/aidsections.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

QString AidSureSection::sureFallbackText(const QString &itemId)
{
    if (itemId == u"sure-s")
        return tr("Sure of myself: feeling certain which choice is best");
    if (itemId == u"sure-u")
        return tr("Understand information: knowing the benefits and risks of each option");
    if (itemId == u"sure-r")
        return tr("Risk–benefit ratio: being clear which benefits and risks matter most");
    return tr("Encouragement: having enough support and advice to choose");
}

AidSureSection::AidSureSection(const Instruments::Definition *sure, const QString &sureError, const QString &lang,
                               QWidget *parent)
    : QWidget(parent)
    , m_ids(Aids::sureItemIds())
{
    auto *v = new QVBoxLayout(this);
    v->addWidget(wrappedLabel(tr("Four questions for the patient, answered yes or no, about the decision just discussed."), this));
    // Only a validated translation is ever shown (letter-and-handouts.md §5 rule 1); SURE has
    // none installed in Spanish, so it is asked in English with a notice in the patient's
    // language. Its wording is never translated here.
    const QString itemLang = sure ? Instruments::presentationLanguage(*sure, lang) : u"en"_s;
    const char *context = staticMetaObject.className();
    m_languageNotice = wrappedLabel(
        textIn(lang, context, QT_TR_NOOP("No validated version of the SURE test in this language is installed, so its questions "
                                         "are shown in English.")),
        this, true);
    m_languageNotice->setObjectName(u"sureLanguageNotice"_s);
    m_languageNotice->setAccessibleName(m_languageNotice->text());
    m_languageNotice->setVisible(sure && itemLang != lang);
    v->addWidget(m_languageNotice);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    for (int i = 0; i < m_ids.size(); ++i) {
        const QString &id = m_ids[i];
        auto *text = wrappedLabel(QString(), this, true);
        text->setObjectName(u"sureText-"_s + id);
        // The answers belong to the questions: in their language.
        auto *yes = new QRadioButton(textIn(itemLang, context, QT_TR_NOOP("Yes")), this);
        auto *no = new QRadioButton(textIn(itemLang, context, QT_TR_NOOP("No")), this);
        yes->setObjectName(u"sure-%1-yes"_s.arg(id));
        no->setObjectName(u"sure-%1-no"_s.arg(id));
        yes->setAccessibleName(tr("SURE item %1: yes").arg(i + 1));
        no->setAccessibleName(tr("SURE item %1: no").arg(i + 1));
        auto *group = new QButtonGroup(this);
        group->addButton(yes, 1);
        group->addButton(no, 0);
        connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
            if (on) {
                updateResult();
                emit edited();
            }
        });
        m_groups << group;
        // The instrument's own wording; the gist from shared-decisions.md §2 only as a fallback.
        const Instruments::Item *item = sure ? sure->item(id) : nullptr;
        text->setText(item ? Instruments::localized(item->text, itemLang) : sureFallbackText(id));
        if (item)
            for (QAbstractButton *b : group->buttons())
                b->setAccessibleName(text->text() + u": "_s + b->text().remove(u'&'));
        m_texts << text;
        grid->addWidget(text, i, 0);
        grid->addWidget(yes, i, 1);
        grid->addWidget(no, i, 2);
    }
    v->addLayout(grid);
    m_result = wrappedLabel(QString(), this, true, 1.1);
    m_result->setObjectName(u"sureResult"_s);
    m_result->setAccessibleName(tr("SURE result"));
    m_conflictFlag = wrappedLabel(QString(), this, true, 1.1);
    m_conflictFlag->setObjectName(u"decisionalConflict"_s);
    m_conflictFlag->setAccessibleName(tr("Decisional conflict"));
    m_conflictFlag->setStyleSheet(toneStyleSheet(u"decisionalConflict"_s, Tone::Caution, u"padding: 6px;"_s));
    m_conflictFlag->hide();
    m_advice = wrappedLabel(QString(), this);
    m_advice->setObjectName(u"sureAdvice"_s);
    m_advice->setAccessibleName(tr("What to offer"));
    m_advice->hide();
    auto *attribution = smallLabel(QString(), this);
    attribution->setObjectName(u"sureAttribution"_s);
    attribution->setAccessibleName(tr("SURE attribution"));
    attribution->setText(sure ? Instruments::localized(sure->licence.attribution, itemLang)
                              : tr("The SURE test could not be loaded (%1); its items are shown in brief.").arg(sureError));
    v->addWidget(m_result);
    v->addWidget(m_conflictFlag);
    v->addWidget(m_advice);
    v->addStretch();
    v->addWidget(attribution);
}

QAbstractButton *AidSureSection::button(const QString &itemId, bool yes) const
{
    const int i = int(m_ids.indexOf(itemId));
    return i < 0 || i >= m_groups.size() ? nullptr : m_groups[i]->button(yes ? 1 : 0);
}

QList<std::optional<bool>> AidSureSection::answers() const
{
    QList<std::optional<bool>> out;
    for (QButtonGroup *g : m_groups)
        out << (g->checkedId() < 0 ? std::nullopt : std::optional<bool>(g->checkedId() == 1));
    return out;
}

void AidSureSection::setAnswers(const QList<std::optional<bool>> &answers)
{
    for (int i = 0; i < m_groups.size(); ++i) {
        uncheckAll(m_groups[i]);
        if (i < answers.size() && answers[i])
            m_groups[i]->button(*answers[i] ? 1 : 0)->setChecked(true);
    }
    updateResult();
}

void AidSureSection::setEditable(bool editable)
{
    for (QButtonGroup *g : std::as_const(m_groups))
        for (QAbstractButton *b : g->buttons())
            b->setEnabled(editable);
}

void AidSureSection::updateResult()
{
    const QList<std::optional<bool>> given = answers();
    const Aids::SureResult result = Aids::scoreSure(given);
    int answered = 0;
    for (const auto &a : given)
        answered += a ? 1 : 0;
    if (!result.complete)
        m_result->setText(tr("SURE: incomplete (%1 of %2 answered).").arg(answered).arg(Aids::kSureItems));
    else if (!result.conflict)
        m_result->setText(tr("SURE score: %1 of %2 — no decisional conflict.").arg(result.score.value_or(0)).arg(Aids::kSureItems));
    else
        m_result->setText(tr("SURE score: %1 of %2.").arg(result.score.value_or(0)).arg(Aids::kSureItems));
    m_conflictFlag->setText(u"⚠ "_s + tr("Decisional conflict: a SURE score below 4 is a positive screen. Talk it through "
                                         "before the decision is made."));
    m_conflictFlag->setVisible(result.conflict);
    QStringList advice;
    for (const QString &id : result.noItems) {
        const int i = int(m_ids.indexOf(id));
        const QLabel *label = m_texts.value(i);
        const QString item = label ? label->text() : id;
        advice << tr("• %1 (item %2): %3").arg(item).arg(i + 1).arg(Aids::sureSuggestion(id));
    }
    m_advice->setText(advice.join(u'\n'));
    m_advice->setVisible(result.conflict && !advice.isEmpty());
}

} // namespace SpineDesk
