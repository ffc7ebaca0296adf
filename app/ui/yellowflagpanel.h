#pragma once

#include "core/visit.h"
#include "core/yellowflags.h"

#include <QHash>
#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace SpineDesk {

class FlagScreenEditor;

// The clinician's psychosocial yellow-flag checklist (red-flags.md §4) with a note per
// domain. Rule 9: recorded for the plan and the letter, never an alarm, never a reason not
// to sign. It shares the visit's flag-screen row with the red flags, so it edits through a
// FlagScreenEditor: pass RedFlagPanel::editor() to show both panels at once.
class YellowFlagPanel : public QWidget
{
    Q_OBJECT
public:
    // Creates and owns its own editor (for showing the yellow flags alone).
    YellowFlagPanel(QSqlDatabase db, qint64 clinicianId, const Visit &visit, QWidget *parent = nullptr);
    // Uses an editor shared with a RedFlagPanel; the caller keeps it alive at least as long.
    explicit YellowFlagPanel(FlagScreenEditor *editor, QWidget *parent = nullptr);
    ~YellowFlagPanel() override;

    FlagScreenEditor *editor() const { return m_editor; }
    YellowFlags yellowFlags() const;
    bool setChecked(const QString &itemId, bool checked);
    bool setNote(const QString &domainId, const QString &text);
    bool saveNow();
    void setReadOnly(bool readOnly);

    QCheckBox *itemBox(const QString &itemId) const { return m_boxes.value(itemId); }
    QPlainTextEdit *noteEdit(const QString &domainId) const { return m_notes.value(domainId); }

signals:
    void changed();

private:
    void build();
    void refresh();
    void applyReadOnly();

    QPointer<FlagScreenEditor> m_editor;
    QHash<QString, QCheckBox *> m_boxes;      // item id → box
    QHash<QString, QPlainTextEdit *> m_notes; // domain id → note
    QLabel *m_summary = nullptr, *m_state = nullptr;
    QWidget *m_conflictBanner = nullptr;
};

} // namespace SpineDesk
