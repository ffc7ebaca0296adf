#pragma once

#include "core/plan/lowvaluecare.h"

#include <QFrame>
#include <QHash>
#include <QList>

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace SpineDesk {

// The low-value-care advisories of one plan item, shown beside it (pathways.md §5.4): a
// symbol and the word "Advisory" (never colour alone), what it says, its sources (both where
// guidelines disagree), "unverified" for an [R]/[U] source, and a reason field: the clinician
// may keep the item and say why (a KeptWarning). Advisories never block signing.
class LowValueBanner : public QFrame
{
    Q_OBJECT
public:
    explicit LowValueBanner(QWidget *parent = nullptr);

    // Shows these advisories with the reasons already recorded; hidden when there are none.
    void setWarnings(const QList<Plans::LowValueWarning> &warnings, const QList<Plans::KeptWarning> &kept);
    const QList<Plans::LowValueWarning> &warnings() const { return m_warnings; }
    // The reasons typed for the advisories shown (empty reason: not kept).
    QList<Plans::KeptWarning> kept() const;
    void setReadOnly(bool readOnly);

    QLineEdit *reasonEdit(const QString &code) const { return m_reasons.value(code); }
    QLabel *sourcesLabel(const QString &code) const { return m_sources.value(code); }

signals:
    void keptChanged();

private:
    void updateStatus(const QString &code);

    QList<Plans::LowValueWarning> m_warnings;
    QVBoxLayout *m_rows = nullptr;
    QHash<QString, QLineEdit *> m_reasons;
    QHash<QString, QLabel *> m_sources;
    QHash<QString, QLabel *> m_status;
};

} // namespace SpineDesk
