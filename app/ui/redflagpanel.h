#pragma once

#include "core/redflags.h"
#include "core/visit.h"

#include <QHash>
#include <array>
#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace SpineDesk {

class FlagScreenEditor;

// The red-flag screen of one visit (red-flags.md §3 and §5): each item present, absent or
// not assessed, the combined level of concern, and a banner per condition that needs action
// until the clinician records what was done. Edits go through a FlagScreenEditor, which
// autosaves; hand the same editor to a YellowFlagPanel to show both at once.
class RedFlagPanel : public QWidget
{
    Q_OBJECT
public:
    // Creates and owns its own editor.
    RedFlagPanel(QSqlDatabase db, qint64 clinicianId, const Visit &visit, QWidget *parent = nullptr);
    // Uses an editor shared with other panels; the caller keeps it alive at least as long.
    explicit RedFlagPanel(FlagScreenEditor *editor, QWidget *parent = nullptr);
    ~RedFlagPanel() override;

    FlagScreenEditor *editor() const { return m_editor; }

    RedFlagScreen screen() const;
    Urgency concern() const;
    bool hasEmergency() const { return m_emergency; }
    QString statusText() const;
    // Conditions showing an action banner now (needing action, not yet acknowledged).
    QStringList openActionConditions() const;

    bool setItemState(const QString &itemId, FlagState state);
    FlagState itemState(const QString &itemId) const;
    // Marks every item still "not assessed" absent, without asking; returns how many.
    int markRestAbsent();
    // target: a condition id (all its present items) or an item id.
    bool acknowledge(const QString &target, const QString &actionTaken, const QString &reasonNotActing, QString *error);
    bool saveNow();
    bool hasUnsavedChanges() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    QRadioButton *stateButton(const QString &itemId, FlagState state) const;

signals:
    void changed();
    void emergencyChanged(bool emergency);
    void concernChanged(Urgency concern);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void refresh();
    void rebuildBanners();
    void askMarkRestAbsent();
    void openAcknowledgeDialog(const QString &conditionId);
    void applyReadOnly();

    QPointer<FlagScreenEditor> m_editor;
    bool m_ownsEditor = false;
    bool m_emergency = false;
    Urgency m_concern = Urgency::None;
    QString m_bannerKey;

    struct ItemRow {
        QButtonGroup *group = nullptr;
        std::array<QRadioButton *, 3> buttons{}; // indexed by FlagState
        QLabel *dated = nullptr;
    };
    QHash<QString, ItemRow> m_items;
    QHash<QString, QLabel *> m_conditionConcern; // condition id → its concern label
    QHash<qint64, QString> m_clinicianNames;

    QLabel *m_concernLabel = nullptr, *m_status = nullptr, *m_state = nullptr, *m_contentError = nullptr;
    QWidget *m_conflictBanner = nullptr;
    QVBoxLayout *m_banners = nullptr;
    QLabel *m_acknowledged = nullptr;
    QPushButton *m_markRest = nullptr;
};

} // namespace SpineDesk
