#include "ui/handoverdialogs.h"

#include "storage/clinicianrepository.h"
#include "ui/accessibilitycolours.h"
#include "ui/therapysection.h"
#include "ui_handovertaskdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Therapy;

HandoverTaskDialog::HandoverTaskDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HandoverTaskDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"handoverTaskDialog"_s);
    for (HandoverReason r : handoverReasons())
        m_ui->reasonCombo->addItem(handoverReasonLabel(r), handoverReasonCode(r));
    m_ui->assigneeCombo->addItem(tr("Any physiatrist"), qint64(0));
    for (const Clinician &c : ClinicianRepository(db).list(true))
        if (c.role == ClinicianRole::Physiatrist)
            m_ui->assigneeCombo->addItem(c.signatureName(), c.id);
    m_ui->detailError->setStyleSheet(problemTextStyle());
    m_ui->detailError->hide();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Create &task"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &HandoverTaskDialog::tryAccept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

HandoverTaskDialog::~HandoverTaskDialog() = default;

void HandoverTaskDialog::setNeed(const HandoverNeed &need)
{
    m_ui->reasonCombo->setCurrentIndex(std::max(0, int(m_ui->reasonCombo->findData(handoverReasonCode(need.reason)))));
    m_ui->detailEdit->setPlainText(need.detail);
    m_source = need.source;
}

HandoverTask HandoverTaskDialog::task() const
{
    HandoverTask t;
    t.reason = handoverReasonFromCode(m_ui->reasonCombo->currentData().toString()).value_or(HandoverReason::Other);
    t.source = m_source;
    t.detail = m_ui->detailEdit->toPlainText().trimmed();
    t.assigneeId = m_ui->assigneeCombo->currentData().toLongLong();
    return t;
}

bool HandoverTaskDialog::fillAndAccept(HandoverReason reason, const QString &detail, qint64 assigneeId)
{
    m_ui->reasonCombo->setCurrentIndex(std::max(0, int(m_ui->reasonCombo->findData(handoverReasonCode(reason)))));
    if (!detail.isNull())
        m_ui->detailEdit->setPlainText(detail);
    m_ui->assigneeCombo->setCurrentIndex(std::max(0, int(m_ui->assigneeCombo->findData(assigneeId))));
    m_ui->buttons->button(QDialogButtonBox::Ok)->click();
    return result() == QDialog::Accepted;
}

void HandoverTaskDialog::tryAccept()
{
    if (m_ui->detailEdit->toPlainText().trimmed().isEmpty()) {
        TherapyUi::setError(m_ui->detailError, m_ui->detailEdit, tr("Say what the physiatrist needs to know."));
        m_ui->detailEdit->setFocus();
        return;
    }
    accept();
}

HandoverDoneDialog::HandoverDoneDialog(const QString &taskSummary, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"handoverDoneDialog"_s);
    setWindowTitle(tr("Hand-over done"));
    auto *summary = new QLabel(taskSummary, this);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    m_outcome = new QPlainTextEdit(this);
    m_outcome->setObjectName(u"handoverOutcome"_s);
    m_outcome->setAccessibleName(tr("What was done"));
    m_outcome->setPlaceholderText(tr("e.g. seen the same day; MRI requested; continue physical therapy"));
    m_outcome->setTabChangesFocus(true);
    auto *label = new QLabel(tr("&What was done:"), this);
    label->setBuddy(m_outcome);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Mark &done"));
    ok->setEnabled(false);
    connect(m_outcome, &QPlainTextEdit::textChanged, ok, [this, ok] { ok->setEnabled(!outcome().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(label);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(480, 280);
}

QString HandoverDoneDialog::outcome() const
{
    return m_outcome->toPlainText().trimmed();
}

QString handoverTaskText(const QSqlDatabase &db, const Therapy::HandoverTask &t)
{
    const QLocale locale;
    const ClinicianRepository clinicians(db);
    const auto nameOf = [&](qint64 id) {
        const auto c = id > 0 ? clinicians.find(id) : std::nullopt;
        return c ? c->signatureName() : HandoverTaskDialog::tr("unknown clinician");
    };
    const QString who = t.assigneeId > 0 ? nameOf(t.assigneeId) : HandoverTaskDialog::tr("any physiatrist");
    const QString line = HandoverTaskDialog::tr("%1 — for %2, created %3 by %4: %5")
                             .arg(Therapy::handoverReasonLabel(t.reason), who,
                                  locale.toString(t.createdAt.toLocalTime(), QLocale::ShortFormat), nameOf(t.createdBy), t.detail);
    const QString state = t.done ? u"✓ "_s + HandoverTaskDialog::tr("Done %1 by %2: %3")
                                                 .arg(locale.toString(t.doneAt.toLocalTime(), QLocale::ShortFormat), nameOf(t.doneBy), t.outcome)
                                 : u"⚠ "_s + HandoverTaskDialog::tr("Open: waiting for a physiatrist.");
    return line + u"\n    "_s + state;
}

} // namespace SpineDesk
