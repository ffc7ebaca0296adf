#pragma once

#include "core/decisionaids/aid.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPushButton;

namespace SpineDesk {

// "Check your understanding": the aid's questions with their choices; "Check answers" shows
// each answer with its explanation and the number right. Not a test of the patient.
class AidKnowledgeCheck : public QWidget
{
    Q_OBJECT
public:
    AidKnowledgeCheck(const QList<Aids::KnowledgeQuestion> &questions, const QString &lang, QWidget *parent = nullptr);

    QAbstractButton *button(const QString &questionId, const QString &choiceId) const;
    QPushButton *checkAnswersButton() const { return m_check; }
    QLabel *result(const QString &questionId) const { return m_results.value(questionId); }
    QMap<QString, QString> answers() const; // question id -> choice id
    void setAnswers(const QMap<QString, QString> &answers); // as loaded; the results hidden
    void setEditable(bool editable);
    void checkAnswers();

signals:
    void edited(); // an answer chosen

private:
    // The program's fixed texts in the aid's language (textIn, i18n/language.h), like its content.
    QString words(const char *source) const;
    QList<Aids::KnowledgeQuestion> m_questions;
    QString m_lang;
    QHash<QString, QButtonGroup *> m_groups;
    QHash<QString, QLabel *> m_results;
    QLabel *m_score = nullptr;
    QPushButton *m_check = nullptr;
};

} // namespace SpineDesk
