#pragma once

#include "core/decisionaids/aid.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace SpineDesk {

// "What matters to you": a 0–10 slider for each value statement, and beside the options the
// marked values that point to each. A value counts only once the patient has marked it.
class AidValuesSection : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kUnmarkedPosition = 5; // the middle, so the handle does not suggest an answer

    AidValuesSection(const Aids::DecisionAid &aid, const QString &lang, QWidget *parent = nullptr);

    QSlider *slider(const QString &valueId) const { return m_sliders.value(valueId); }
    QLabel *markLabel(const QString &valueId) const { return m_marks.value(valueId); }
    QMap<QString, int> marked() const; // value id -> 0–10
    void setMarked(const QMap<QString, int> &marked); // as loaded, not an edit
    void mark(const QString &valueId, int value); // as if moved by the patient, e.g. in presentation mode
    void setEditable(bool editable);

signals:
    void edited(); // a value marked or cleared

private:
    // The program's fixed texts in the aid's language (textIn, i18n/language.h), like its content.
    QString words(const char *source) const;
    void markValue(const QString &valueId, bool marked);
    void updateLabels();

    QList<Aids::Option> m_options;
    QList<Aids::ValueStatement> m_values;
    QString m_lang;
    bool m_editable = true;
    bool m_loading = false;
    QSet<QString> m_marked;
    QHash<QString, QSlider *> m_sliders;
    QHash<QString, QLabel *> m_marks;
    QHash<QString, QToolButton *> m_clear;
    QHash<QString, QLabel *> m_besideOption; // option id -> the values pointing to it
};

} // namespace SpineDesk
