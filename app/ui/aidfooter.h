#pragma once

#include "core/decisionaids/aid.h"
#include "core/decisionaids/evidence.h"

#include <QWidget>

class QLabel;

namespace SpineDesk {

// Below every decision aid: its version, dates and funding, and on request the sources it
// cites and how it is kept up to date.
class AidFooter : public QWidget
{
    Q_OBJECT
public:
    AidFooter(const Aids::DecisionAid &aid, const Aids::EvidenceRegistry &registry, const QString &lang,
              QWidget *parent = nullptr);

    QLabel *summary() const { return m_summary; } // version, dates, funding

private:
    QLabel *m_summary = nullptr;
};

} // namespace SpineDesk
