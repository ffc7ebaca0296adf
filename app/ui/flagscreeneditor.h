#pragma once

#include "core/redflags.h"
#include "core/visit.h"
#include "core/yellowflags.h"
#include "storage/redflagrepository.h"
#include "storage/storageresult.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <optional>

namespace SpineDesk {

// Owns one visit's FlagScreenRecord (red flags and yellow flags share one row and one
// row_version). Both flag panels edit through the same editor, so showing them side by side
// can never make one overwrite the other's changes or trip a conflict against itself.
// Autosaves 400 ms after the last change and on destruction, like the Intake page.
class FlagScreenEditor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kAutosaveDelayMs = 400;

    FlagScreenEditor(QSqlDatabase db, qint64 clinicianId, const Visit &visit, QObject *parent = nullptr);
    ~FlagScreenEditor() override;

    QSqlDatabase database() const { return m_db; }
    const Visit &visit() const { return m_visit; }
    qint64 clinicianId() const { return m_clinicianId; }
    const FlagScreenRecord &record() const { return m_record; }
    const RedFlagScreen &redFlags() const { return m_record.redFlags; }
    const YellowFlags &yellowFlags() const { return m_record.yellowFlags; }

    // nullptr when the bundled content cannot be read; the reasons are in contentErrors().
    const RedFlagChecklist *redChecklist() const { return m_red ? &*m_red : nullptr; }
    const YellowFlagChecklist *yellowChecklist() const { return m_yellow ? &*m_yellow : nullptr; }
    QStringList contentErrors() const { return m_contentErrors; }
    // Set when the stored screen cannot be read: nothing is then written over it.
    QString loadError() const { return m_loadError; }

    bool canEdit() const; // not read-only, the stored screen was readable
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    bool hasConflict() const { return m_conflict; }
    bool hasUnsavedChanges() const { return m_dirty; }
    QString stateText() const { return m_stateText; }

    // Edits; each returns false (and changes nothing) when editing is not possible.
    bool setItemState(const QString &itemId, FlagState state);
    int markNotAssessedAbsent(); // rule 1: only items still "not assessed"; returns how many
    bool setYellowChecked(const QString &itemId, bool checked);
    bool setYellowNote(const QString &domainId, const QString &text);
    // Rule 4: recorded with this clinician and the time, and saved at once because it is a
    // record; on any failure nothing is kept and *error says why.
    bool acknowledge(const QString &target, const QString &actionTaken, const QString &reasonNotActing, QString *error);

    bool saveNow(); // false on a conflict or failure
    void reload();  // discards what is on screen and shows the saved version

signals:
    void changed();  // the record changed: an edit or a reload
    void reloaded(); // the record was replaced from the database
    void saved();
    void stateChanged(const QString &text);
    void conflictChanged(bool conflict);
    void readOnlyChanged(bool readOnly);

private:
    bool beginEdit() const;
    void markChanged();
    void setState(const QString &text);
    QDate flagDate() const;

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Visit m_visit;
    std::optional<RedFlagChecklist> m_red;
    std::optional<YellowFlagChecklist> m_yellow;
    QStringList m_contentErrors;
    QString m_loadError;
    FlagScreenRecord m_record;
    bool m_dirty = false;
    bool m_readOnly = false;
    bool m_conflict = false;
    QString m_stateText;
    QTimer m_autosave;
};

} // namespace SpineDesk
