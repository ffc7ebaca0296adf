#include "ui/lowvaluebanner.h"

#include "ui/accessibilitycolours.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
bool sameAdvisories(const QList<Plans::LowValueWarning> &a, const QList<Plans::LowValueWarning> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].code != b[i].code || a[i].text != b[i].text || a[i].sources != b[i].sources || a[i].verified != b[i].verified)
            return false;
    return true;
}
} // namespace

LowValueBanner::LowValueBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"lowValueBanner"_s);
    setAccessibleName(tr("Low-value-care advisories"));
    setStyleSheet(toneStyleSheet(u"lowValueBanner"_s, Tone::Caution));
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(6, 4, 6, 4);
    hide();
}

void LowValueBanner::setWarnings(const QList<Plans::LowValueWarning> &warnings, const QList<Plans::KeptWarning> &kept)
{
    if (sameAdvisories(m_warnings, warnings)) {
        // Rebuilding would take the field away from a clinician who is typing in it.
        for (const Plans::LowValueWarning &w : warnings) {
            QString reason;
            for (const Plans::KeptWarning &k : kept)
                if (k.code == w.code)
                    reason = k.reason;
            if (QLineEdit *edit = m_reasons.value(w.code); edit->text().trimmed() != reason.trimmed()) {
                edit->setText(reason);
                updateStatus(w.code);
            }
        }
        return;
    }
    m_warnings = warnings;
    m_reasons.clear();
    m_sources.clear();
    m_status.clear();
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Plans::LowValueWarning &w : warnings) {
        auto *text = new QLabel(this);
        text->setObjectName(u"advisory-"_s + w.code);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setText(u"⚠ "_s + tr("Advisory:") + u' ' + w.text);
        auto *sources = new QLabel(w.verified ? tr("Sources: %1").arg(w.sources.join(u"; "_s))
                                              : tr("Sources (not verified): %1").arg(w.sources.join(u"; "_s)),
                                   this);
        sources->setObjectName(u"sources-"_s + w.code);
        sources->setWordWrap(true);
        sources->setTextFormat(Qt::PlainText);
        sources->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *reason = new QLineEdit(this);
        reason->setObjectName(u"keepReason-"_s + w.code);
        reason->setProperty("code", w.code);
        reason->setMaxLength(300);
        reason->setPlaceholderText(tr("To keep this item anyway, say why"));
        reason->setAccessibleName(tr("Reason to keep the item despite the advisory"));
        reason->setAccessibleDescription(w.text + u' ' + sources->text());
        for (const Plans::KeptWarning &k : kept)
            if (k.code == w.code)
                reason->setText(k.reason);
        auto *status = new QLabel(this);
        status->setObjectName(u"keepStatus-"_s + w.code);
        status->setWordWrap(true);
        m_rows->addWidget(text);
        m_rows->addWidget(sources);
        m_rows->addWidget(reason);
        m_rows->addWidget(status);
        m_reasons.insert(w.code, reason);
        m_sources.insert(w.code, sources);
        m_status.insert(w.code, status);
        updateStatus(w.code);
        connect(reason, &QLineEdit::textEdited, this, [this, code = w.code] {
            updateStatus(code);
            emit keptChanged();
        });
    }
    setAccessibleDescription(warnings.size() == 1 ? tr("1 advisory; advisories never block signing")
                                                  : tr("%1 advisories; advisories never block signing").arg(warnings.size()));
    setVisible(!warnings.isEmpty());
}

QList<Plans::KeptWarning> LowValueBanner::kept() const
{
    QList<Plans::KeptWarning> out;
    for (const Plans::LowValueWarning &w : m_warnings)
        if (const QString reason = m_reasons.value(w.code)->text().trimmed(); !reason.isEmpty())
            out.append({w.code, reason});
    return out;
}

void LowValueBanner::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : std::as_const(m_reasons))
        e->setReadOnly(readOnly);
}

void LowValueBanner::updateStatus(const QString &code)
{
    const bool kept = !m_reasons.value(code)->text().trimmed().isEmpty();
    m_status.value(code)->setText(kept ? u"✓ "_s + tr("Kept, with the reason recorded.")
                                       : tr("Not answered. This does not block signing."));
}

} // namespace SpineDesk
