#pragma once

#include "core/examination.h"
#include "core/visit.h"
#include "storage/storageresult.h"

#include <QHash>
#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace SpineDesk {

// The Examination step (issue 3): myotomes and dermatomes L2–S1, reflexes, neural tension
// tests, gait, directional preference, and the level the clinician judges the findings point
// to. Autosaved within half a second like the Intake page; a signed visit shows read-only.
class ExaminationPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAutosaveDelayMs = 400;

    ExaminationPage(QSqlDatabase db, qint64 clinicianId, const Visit &visit, QWidget *parent = nullptr);
    ~ExaminationPage() override;

    Examination examination() const; // what the form shows now, valid or not
    bool saveNow();                  // false on a conflict or failure
    bool hasUnsavedChanges() const { return m_dirty; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The editor for a field path as Examination::validate() names it ("strength.L4.left",
    // "straightLegRaise.right.angle", "levelSide", …) or for its other controls
    // ("straightLegRaise.left.result", "sensation.L5.right", "patellar.left", "gait.antalgic").
    QWidget *field(const QString &path) const { return m_fields.value(path); }
    // The message shown beside that field, or empty.
    QString errorText(const QString &path) const;

signals:
    void saved();
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void markChanged();
    void showErrors(const FieldErrors &errors);
    QComboBox *addCombo(const QString &path, const QString &accessibleName, const QList<QPair<QString, QString>> &options);
    QLabel *addErrorLabel(const QStringList &paths, QWidget *parent);
    void setCombo(const QString &path, const QString &code);
    QString comboCode(const QString &path) const;

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Visit m_visit;
    int m_rowVersion = 0;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_conflict = false;
    QString m_loadError;
    QTimer m_autosave;

    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errorLabels; // field path → the label its message shows in
    QList<QComboBox *> m_combos;
    QSpinBox *m_slrAngle[2] = {nullptr, nullptr};
    QLineEdit *m_gaitDescription = nullptr;
    QCheckBox *m_antalgic = nullptr, *m_heelWalk = nullptr, *m_toeWalk = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_state = nullptr;
    QWidget *m_conflictBanner = nullptr;
};

} // namespace SpineDesk
