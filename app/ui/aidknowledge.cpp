#include "ui/aidknowledge.h"

#include "i18n/language.h"
#include "ui/aidsections.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

QString AidKnowledgeCheck::words(const char *source) const
{
    return textIn(m_lang, staticMetaObject.className(), source);
}

AidKnowledgeCheck::AidKnowledgeCheck(const QList<Aids::KnowledgeQuestion> &questions, const QString &lang, QWidget *parent)
    : QWidget(parent)
    , m_questions(questions)
    , m_lang(lang)
{
    auto *v = new QVBoxLayout(this);
    v->addWidget(
        wrappedLabel(words(QT_TR_NOOP("A few questions to check the information was clear. This is not a test of you.")), this));
    int n = 1;
    for (const Aids::KnowledgeQuestion &q : std::as_const(m_questions)) {
        const QString text = contentText(q.question, m_lang);
        auto *question = wrappedLabel(words(QT_TR_NOOP("%1. %2")).arg(n++).arg(text), this, true);
        v->addWidget(question);
        auto *group = new QButtonGroup(this);
        m_groups.insert(q.id, group);
        for (const Aids::KnowledgeChoice &c : q.choices) {
            auto *b = new QRadioButton(contentText(c.text, m_lang), this);
            b->setObjectName(u"knowledge-%1-%2"_s.arg(q.id, c.id));
            b->setProperty("choice", c.id);
            b->setAccessibleName(words(QT_TR_NOOP("%1 — answer: %2")).arg(text, b->text()));
            group->addButton(b);
            v->addWidget(b);
        }
        connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
            if (on)
                emit edited();
        });
        auto *result = wrappedLabel(QString(), this);
        result->setObjectName(u"knowledgeResult-"_s + q.id);
        result->setAccessibleName(words(QT_TR_NOOP("Answer to question %1")).arg(n - 1));
        result->hide();
        m_results.insert(q.id, result);
        v->addWidget(result);
        v->addSpacing(8);
    }
    m_check = new QPushButton(words(QT_TR_NOOP("C&heck answers")), this);
    m_check->setObjectName(u"checkAnswers"_s);
    connect(m_check, &QPushButton::clicked, this, &AidKnowledgeCheck::checkAnswers);
    m_score = new QLabel(this);
    m_score->setObjectName(u"knowledgeScore"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_check);
    row->addWidget(m_score, 1);
    v->addLayout(row);
    v->addStretch();
}

QAbstractButton *AidKnowledgeCheck::button(const QString &questionId, const QString &choiceId) const
{
    if (QButtonGroup *g = m_groups.value(questionId))
        for (QAbstractButton *b : g->buttons())
            if (b->property("choice").toString() == choiceId)
                return b;
    return nullptr;
}

QMap<QString, QString> AidKnowledgeCheck::answers() const
{
    QMap<QString, QString> out;
    for (auto it = m_groups.begin(); it != m_groups.end(); ++it)
        if (QAbstractButton *b = it.value()->checkedButton())
            out.insert(it.key(), b->property("choice").toString());
    return out;
}

void AidKnowledgeCheck::setAnswers(const QMap<QString, QString> &answers)
{
    for (const Aids::KnowledgeQuestion &q : std::as_const(m_questions)) {
        uncheckAll(m_groups.value(q.id));
        if (QAbstractButton *b = button(q.id, answers.value(q.id)))
            b->setChecked(true);
        m_results.value(q.id)->hide();
    }
    m_score->clear();
}

void AidKnowledgeCheck::setEditable(bool editable)
{
    for (QButtonGroup *g : std::as_const(m_groups))
        for (QAbstractButton *b : g->buttons())
            b->setEnabled(editable);
}

void AidKnowledgeCheck::checkAnswers()
{
    int right = 0;
    for (const Aids::KnowledgeQuestion &q : std::as_const(m_questions)) {
        QAbstractButton *chosen = m_groups.value(q.id)->checkedButton();
        QString answer;
        for (const Aids::KnowledgeChoice &c : q.choices)
            if (c.id == q.answer)
                answer = contentText(c.text, m_lang);
        const QString explanation = contentText(q.explanation, m_lang);
        QString text;
        if (chosen && chosen->property("choice").toString() == q.answer) {
            ++right;
            text = u"✓ "_s + words(QT_TR_NOOP("Right. %1")).arg(explanation);
        } else if (chosen) {
            text = u"✗ "_s + words(QT_TR_NOOP("Not quite: the answer is “%1”. %2")).arg(answer, explanation);
        } else {
            text = u"– "_s + words(QT_TR_NOOP("Not answered: the answer is “%1”. %2")).arg(answer, explanation);
        }
        QLabel *label = m_results.value(q.id);
        label->setText(text);
        label->show();
    }
    m_score->setText(words(QT_TR_NOOP("%1 of %2 right.")).arg(right).arg(m_questions.size()));
}

} // namespace SpineDesk
