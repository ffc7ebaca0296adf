#include "ui/planpage.h"

#include "storage/clinicianrepository.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The Plan step after signing: the signature and revisions, and changes by addendum (the signed
// plan never changes; an addendum is a new revision with its reason, author and date).

namespace SpineDesk {

QGroupBox *PlanPage::buildAddendumBox()
{
    m_addendumBox = new QGroupBox(tr("Signed plan and addenda"), this);
    m_addendumBox->setObjectName(u"planAddenda"_s);
    auto *v = new QVBoxLayout(m_addendumBox);
    m_revisions = new QLabel(m_addendumBox);
    m_revisions->setObjectName(u"planRevisions"_s);
    m_revisions->setWordWrap(true);
    m_revisions->setTextFormat(Qt::PlainText);
    m_revisions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revisions->setAccessibleName(tr("Signature and revisions of the plan"));
    m_startAddendum = new QPushButton(tr("Add an a&ddendum to the plan…"), m_addendumBox);
    m_startAddendum->setObjectName(u"startPlanAddendum"_s);
    m_startAddendum->setAccessibleName(tr("Change the signed plan by addendum"));
    m_startAddendum->setAccessibleDescription(tr("The signed plan stays as it was; the change is recorded with its reason, author and date."));
    connect(m_startAddendum, &QPushButton::clicked, this, &PlanPage::startAddendum);

    m_addendumEditor = new QWidget(m_addendumBox);
    auto *al = new QVBoxLayout(m_addendumEditor);
    al->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Edit the plan above, then say why it changes. The signed plan is kept unchanged."), m_addendumEditor);
    hint->setWordWrap(true);
    m_addendumReason = new QPlainTextEdit(m_addendumEditor);
    m_addendumReason->setObjectName(u"planAddendumReason"_s);
    m_addendumReason->setAccessibleName(tr("Reason for the addendum"));
    m_addendumReason->setPlaceholderText(tr("Why the plan changes"));
    m_addendumReason->setTabChangesFocus(true);
    m_addendumReason->setMaximumHeight(m_addendumReason->fontMetrics().lineSpacing() * 3 + 12);
    m_saveAddendum = new QPushButton(tr("&Save addendum"), m_addendumEditor);
    m_saveAddendum->setObjectName(u"savePlanAddendum"_s);
    m_saveAddendum->setAccessibleName(tr("Save the changed plan as an addendum"));
    m_cancelAddendum = new QPushButton(tr("Cancel"), m_addendumEditor);
    m_cancelAddendum->setObjectName(u"cancelPlanAddendum"_s);
    m_cancelAddendum->setAccessibleName(tr("Discard the addendum"));
    connect(m_saveAddendum, &QPushButton::clicked, this, [this] {
        QString error;
        if (!saveAddendum(m_addendumReason->toPlainText(), &error))
            m_state->setText(u"⚠ "_s + error);
    });
    connect(m_cancelAddendum, &QPushButton::clicked, this, &PlanPage::cancelAddendum);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelAddendum);
    buttons->addWidget(m_saveAddendum);
    al->addWidget(hint);
    al->addWidget(m_addendumReason);
    al->addLayout(buttons);

    v->addWidget(m_revisions);
    v->addWidget(m_startAddendum, 0, Qt::AlignLeft);
    v->addWidget(m_addendumEditor);
    return m_addendumBox;
}

void PlanPage::updateRevisions()
{
    const bool signedPlan = m_stored && m_stored->isSigned;
    m_addendumBox->setVisible(signedPlan);
    if (!signedPlan)
        return;
    const QLocale locale;
    const ClinicianRepository clinicians(m_db);
    auto who = [&clinicians](qint64 id) {
        const auto c = clinicians.find(id);
        return c ? c->signatureName() : tr("unknown clinician");
    };
    QStringList lines;
    lines << tr("Signed by %1 on %2.").arg(who(m_stored->signedBy), locale.toString(m_stored->signedAt.toLocalTime(), QLocale::ShortFormat));
    for (const Plans::PlanAddendum &a : std::as_const(m_stored->addenda))
        lines << tr("Revision %1, %2, by %3: %4")
                     .arg(a.revision)
                     .arg(locale.toString(a.createdAt.toLocalTime(), QLocale::ShortFormat), who(a.authorId), a.reason);
    if (!m_stored->addenda.isEmpty())
        lines << tr("Shown above: revision %1, the current plan.").arg(m_stored->addenda.last().revision);
    m_revisions->setText(lines.join(u'\n'));
}

bool PlanPage::startAddendum()
{
    if (!m_stored || !m_stored->isSigned || m_addendum)
        return false;
    m_addendum = true;
    m_loading = true;
    showPlan(m_stored->current(), {});
    m_loading = false;
    m_dirty = false;
    m_addendumReason->clear();
    m_state->setText(tr("Editing an addendum: the signed plan stays unchanged until you save the addendum."));
    applyEditable();
    updateSigning();
    m_addendumReason->setFocus();
    return true;
}

bool PlanPage::saveAddendum(const QString &reason, QString *error)
{
    if (!m_addendum) {
        *error = tr("No addendum is being edited.");
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        *error = tr("Say why the plan changes.");
        m_addendumReason->setFocus();
        return false;
    }
    Plans::PlanAddendum a;
    a.visitId = m_visit.id;
    a.authorId = m_clinicianId;
    a.reason = reason.trimmed();
    a.plan = plan();
    const SaveResult result = PlanRepository(m_db, m_clinicianId).addAddendum(a);
    if (!result.ok()) {
        *error = result.message;
        return false;
    }
    m_addendum = false;
    load(false);
    m_state->setText(tr("Addendum saved as revision %1 on %2.")
                         .arg(a.revision)
                         .arg(QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat)));
    emit saved();
    return true;
}

void PlanPage::cancelAddendum()
{
    if (!m_addendum)
        return;
    m_addendum = false;
    load(false);
}

} // namespace SpineDesk
