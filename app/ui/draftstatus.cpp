#include "ui/draftstatus.h"

#include "ui/accessibilitycolours.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct DraftText {
    Q_DECLARE_TR_FUNCTIONS(DraftStatus)
};
} // namespace

QWidget *makeConflictBanner(QWidget *parent, const QString &message, const QString &reloadAccessibleName, QPushButton **reload)
{
    auto *banner = new QWidget(parent);
    banner->setObjectName(u"conflictBanner"_s);
    banner->setStyleSheet(toneStyleSheet(banner->objectName(), Tone::Caution));
    auto *layout = new QHBoxLayout(banner);
    auto *text = new QLabel(message, banner);
    text->setWordWrap(true);
    auto *button = new QPushButton(DraftText::tr("&Reload saved version"), banner);
    button->setObjectName(u"reloadButton"_s);
    button->setAccessibleName(reloadAccessibleName);
    layout->addWidget(text, 1);
    layout->addWidget(button);
    banner->hide();
    *reload = button;
    return banner;
}

bool showSaveResult(const SaveResult &result, QLabel *state, QWidget *conflictBanner)
{
    switch (result.status) {
    case SaveResult::Status::Saved:
        state->setText(DraftText::tr("All changes saved."));
        return false;
    case SaveResult::Status::Conflict:
        conflictBanner->show();
        state->setText(u"⚠ "_s + result.message);
        return true;
    case SaveResult::Status::Failed:
        break;
    }
    state->setText(u"⚠ "_s + DraftText::tr("Not saved: %1").arg(result.message));
    return false;
}

QString loadedStateText(const QString &loadError, bool readOnly, int rowVersion)
{
    if (!loadError.isEmpty())
        return u"⚠ "_s + loadError;
    if (readOnly)
        return DraftText::tr("This visit is signed. Changes are recorded as addenda.");
    return rowVersion > 0 ? DraftText::tr("All changes saved.") : DraftText::tr("Nothing recorded yet.");
}

} // namespace SpineDesk
