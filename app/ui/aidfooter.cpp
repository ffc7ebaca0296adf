#include "ui/aidfooter.h"

#include "ui/aidsections.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

AidFooter::AidFooter(const Aids::DecisionAid &aid, const Aids::EvidenceRegistry &registry, const QString &lang,
                     QWidget *parent)
    : QWidget(parent)
{
    const QLocale locale;
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_summary = smallLabel(tr("Version %1 · produced %2 · last reviewed %3 · next review by %4. "
                              "Funding and conflicts of interest: %5")
                               .arg(aid.version, locale.toString(aid.produced, QLocale::ShortFormat),
                                    locale.toString(aid.reviewed, QLocale::ShortFormat),
                                    locale.toString(aid.nextReview, QLocale::ShortFormat), contentText(aid.funding, lang)),
                           this);
    m_summary->setObjectName(u"aidFooter"_s);
    m_summary->setAccessibleName(tr("About this decision aid"));
    QStringList lines;
    for (const QString &id : aid.citedEvidence()) {
        // The registry's design, population and horizon are in English, as transcribed from the
        // clinical file; in another language a source is its citation as published, and the
        // aid's own translated texts say who was studied, for how long and how.
        if (const Aids::Evidence *e = registry.find(id))
            lines << (lang == u"en" ? tr("%1: %2 (%3; %4; %5)").arg(id, e->citation, e->design, e->population, e->horizon)
                                    : id + u": "_s + e->citation);
        else
            lines << tr("%1: not in the evidence registry").arg(id);
    }
    lines.prepend(tr("How this aid is kept up to date: %1").arg(contentText(aid.updatePolicy, lang)));
    auto *sources = smallLabel(lines.join(u'\n'), this);
    sources->setObjectName(u"aidSources"_s);
    sources->setAccessibleName(tr("Sources"));
    sources->hide();
    auto *toggle = new QToolButton(this);
    toggle->setObjectName(u"showSources"_s);
    toggle->setText(tr("Sources and updates (%1)").arg(lines.size() - 1));
    toggle->setCheckable(true);
    toggle->setAccessibleName(tr("Show the sources"));
    connect(toggle, &QToolButton::toggled, sources, &QWidget::setVisible);
    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(toggle, 0, Qt::AlignTop);
    v->addLayout(row);
    v->addWidget(sources);
}

} // namespace SpineDesk
