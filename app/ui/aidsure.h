#pragma once

#include "core/instruments/definition.h"

#include <QList>
#include <QStringList>
#include <QWidget>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QLabel;

namespace SpineDesk {

// The SURE test for decisional conflict: four yes/no items in the instrument's own wording
// and attribution, the score, and for a positive screen what to offer for each "no".
class AidSureSection : public QWidget
{
    Q_OBJECT
public:
    // `sure` is the instrument, or null with the reason in `sureError`: then each item's gist.
    AidSureSection(const Instruments::Definition *sure, const QString &sureError, const QString &lang,
                   QWidget *parent = nullptr);

    QAbstractButton *button(const QString &itemId, bool yes) const;
    QLabel *resultLabel() const { return m_result; }
    QLabel *conflictFlag() const { return m_conflictFlag; }
    QLabel *languageNotice() const { return m_languageNotice; } // SURE shown in English: no validated translation
    QList<std::optional<bool>> answers() const; // in item order, nullopt = unanswered
    void setAnswers(const QList<std::optional<bool>> &answers);
    void setEditable(bool editable);

signals:
    void edited();

private:
    static QString sureFallbackText(const QString &itemId);
    void updateResult();

    QStringList m_ids;
    QList<QLabel *> m_texts;
    QList<QButtonGroup *> m_groups;
    QLabel *m_result = nullptr;
    QLabel *m_conflictFlag = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_languageNotice = nullptr;
};

} // namespace SpineDesk
