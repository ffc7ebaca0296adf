#include "ui/flagscreeneditor.h"

#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace SpineDesk {

FlagScreenEditor::FlagScreenEditor(QSqlDatabase db, qint64 clinicianId, const Visit &visit, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
    , m_visit(visit)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &FlagScreenEditor::saveNow);

    QStringList errors;
    m_red = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &errors);
    m_contentErrors << errors;
    errors.clear();
    m_yellow = YellowFlagChecklist::load(YellowFlagChecklist::bundledPath(), &errors);
    m_contentErrors << errors;
    m_readOnly = visit.isSigned();
    reload();
}

FlagScreenEditor::~FlagScreenEditor()
{
    // Nobody is listening any more: save quietly.
    const QSignalBlocker quiet(this);
    if (m_dirty && canEdit() && !m_conflict)
        saveNow();
}

bool FlagScreenEditor::canEdit() const
{
    return !m_readOnly && m_loadError.isEmpty();
}

bool FlagScreenEditor::beginEdit() const
{
    return canEdit();
}

QDate FlagScreenEditor::flagDate() const
{
    // Rule 8: a flag is dated by the visit it was found at, also when typed in later.
    return m_visit.visitDate.isValid() ? m_visit.visitDate : QDate::currentDate();
}

void FlagScreenEditor::reload()
{
    m_autosave.stop();
    QString error;
    const auto loaded = RedFlagRepository(m_db, m_clinicianId).load(m_visit.id, &error);
    if (loaded) {
        m_record = *loaded;
        m_loadError.clear();
    } else {
        m_record = FlagScreenRecord{};
        m_record.visitId = m_visit.id;
        m_loadError = error;
    }
    // A screen asked against this checklist records its revision (rule 10).
    if (m_red && m_record.rowVersion == 0)
        m_record.redFlags.setChecklistRevision(m_red->revision);
    if (m_yellow && m_record.rowVersion == 0)
        m_record.yellowFlags.setChecklistRevision(m_yellow->revision);
    m_dirty = false;
    const bool hadConflict = m_conflict;
    m_conflict = false;
    if (!m_loadError.isEmpty())
        setState(u"⚠ "_s + m_loadError);
    else if (m_readOnly)
        setState(tr("This visit is signed. Changes are recorded as addenda."));
    else
        setState(m_record.rowVersion > 0 ? tr("All changes saved.") : tr("Nothing recorded yet."));
    if (hadConflict)
        emit conflictChanged(false);
    emit reloaded();
    emit changed();
}

void FlagScreenEditor::setState(const QString &text)
{
    if (text == m_stateText)
        return;
    m_stateText = text;
    emit stateChanged(text);
}

void FlagScreenEditor::markChanged()
{
    m_dirty = true;
    // After a lost race nothing is saved until the clinician reloads (as on the Intake page).
    if (!m_conflict) {
        setState(tr("Saving…"));
        m_autosave.start();
    }
    emit changed();
}

bool FlagScreenEditor::setItemState(const QString &itemId, FlagState state)
{
    if (!beginEdit() || !m_red || !m_red->item(itemId))
        return false;
    if (m_record.redFlags.state(itemId) == state)
        return true;
    m_record.redFlags.setState(itemId, state, flagDate());
    markChanged();
    return true;
}

int FlagScreenEditor::markNotAssessedAbsent()
{
    if (!beginEdit() || !m_red)
        return 0;
    const QStringList open = m_record.redFlags.notAssessedItems(*m_red);
    for (const QString &id : open)
        m_record.redFlags.setState(id, FlagState::Absent, flagDate());
    if (!open.isEmpty())
        markChanged();
    return int(open.size());
}

bool FlagScreenEditor::setYellowChecked(const QString &itemId, bool checked)
{
    if (!beginEdit() || !m_yellow || !m_yellow->item(itemId))
        return false;
    if (m_record.yellowFlags.isChecked(itemId) == checked)
        return true;
    m_record.yellowFlags.setChecked(itemId, checked);
    markChanged();
    return true;
}

bool FlagScreenEditor::setYellowNote(const QString &domainId, const QString &text)
{
    if (!beginEdit() || !m_yellow || !m_yellow->domain(domainId))
        return false;
    if (m_record.yellowFlags.note(domainId) == text || (text.trimmed().isEmpty() && m_record.yellowFlags.note(domainId).isEmpty()))
        return true;
    m_record.yellowFlags.setNote(domainId, text);
    markChanged();
    return true;
}

bool FlagScreenEditor::acknowledge(const QString &target, const QString &actionTaken, const QString &reasonNotActing,
                                   QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_loadError.isEmpty())
        return fail(m_loadError);
    if (m_readOnly)
        return fail(tr("This visit is signed; record changes as an addendum."));
    if (!m_red)
        return fail(tr("The red-flag checklist cannot be read."));
    if (m_conflict)
        return fail(tr("This screen was changed elsewhere. Reload the saved version, then record the acknowledgement again."));
    Acknowledgement ack;
    ack.target = target;
    ack.actionTaken = actionTaken;
    ack.reasonNotActing = reasonNotActing;
    ack.clinicianId = m_clinicianId;
    // Whole seconds: the stored form has no milliseconds, and a saved acknowledgement must
    // compare equal to what is stored or the next save is refused as a changed record.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ack.at = now.addMSecs(-now.time().msec());
    const RedFlagScreen before = m_record.redFlags;
    const bool wasDirty = m_dirty;
    if (!m_record.redFlags.acknowledge(*m_red, ack, error))
        return false;
    m_dirty = true;
    if (!saveNow()) {
        // Not recorded unless stored: put the screen back so the banner stays. Nothing was
        // written, so earlier pending edits are still pending.
        const QString why = m_stateText;
        m_record.redFlags = before;
        m_dirty = wasDirty;
        emit changed();
        return fail(why);
    }
    emit changed();
    return true;
}

bool FlagScreenEditor::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || !canEdit() || m_conflict)
        return !m_conflict && m_loadError.isEmpty();
    const SaveResult result = RedFlagRepository(m_db, m_clinicianId).save(m_record);
    switch (result.status) {
    case SaveResult::Status::Saved:
        m_dirty = false;
        setState(tr("All changes saved."));
        emit saved();
        return true;
    case SaveResult::Status::Conflict:
        m_conflict = true;
        setState(u"⚠ "_s + result.message);
        emit conflictChanged(true);
        return false;
    case SaveResult::Status::Failed:
        setState(u"⚠ "_s + tr("Not saved: %1").arg(result.message));
        return false;
    }
    return false;
}

void FlagScreenEditor::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    if (readOnly && m_dirty)
        saveNow();
    m_readOnly = readOnly;
    if (readOnly)
        setState(tr("This visit is signed. Changes are recorded as addenda."));
    else if (m_loadError.isEmpty() && !m_conflict)
        setState(m_dirty ? tr("Saving…") : m_record.rowVersion > 0 ? tr("All changes saved.") : tr("Nothing recorded yet."));
    emit readOnlyChanged(readOnly);
}

} // namespace SpineDesk
