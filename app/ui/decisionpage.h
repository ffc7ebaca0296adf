#pragma once

#include "core/assessmentsummary.h"
#include "core/decisionaids/aidlibrary.h"
#include "core/decisionaids/considerations.h"
#include "core/decisionaids/suggestion.h"
#include "core/instruments/library.h"
#include "core/patient.h"
#include "core/visit.h"

#include <QHash>
#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QVBoxLayout;

namespace SpineDesk {

class AidView;
class EsiCriteriaPanel;

// The Decision step (issue 4): what is being considered at this visit, the decision aids
// suggested by the assessment (with the reason) and any other aid the clinician opens, the
// ESI criteria check when an injection is considered, and each opened aid walked with the
// patient. Everything is saved as a draft within half a second; a signed visit is read-only.
class DecisionPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAutosaveDelayMs = 400;

    DecisionPage(QSqlDatabase db, qint64 clinicianId, const Visit &visit, const Patient &patient,
                 const Instruments::Library &instruments, const Aids::AidLibrary &aids, QWidget *parent = nullptr);
    ~DecisionPage() override;

    TreatmentConsiderations considerations() const; // what the form shows now
    bool saveNow();                                  // considerations and every open aid
    bool hasUnsavedChanges() const;
    void setReadOnly(bool readOnly);
    // Re-reads the intake and examination (suggestions and ESI criteria depend on them).
    void refreshFromVisit();
    void setAssessmentSummary(const AssessmentSummary &summary);

    // Considerations controls: "neurogenicClaudication", "surgeryDiscussed", "fusionDiscussed",
    // "injectionConsidered", "guidance", "approach", "levels", "contiguousLevels", "injectate",
    // "deepSedation", "noPriorInjections", "physicalTherapyNotTolerated".
    QWidget *field(const QString &name) const { return m_fields.value(name); }
    const QList<Aids::AidSuggestion> &suggestions() const { return m_suggestions; }
    QWidget *suggestionBox() const { return m_suggestionBox; }
    QComboBox *aidChooser() const { return m_chooser; }
    QLabel *unavailableLabel() const { return m_unavailable; }
    EsiCriteriaPanel *esiPanel() const { return m_esi; }
    bool esiPanelShown() const;
    QTabWidget *tabs() const { return m_tabs; }

    // Opens the aid (or switches to it); null when it is not available.
    AidView *openAid(const QString &aidId);
    AidView *aidView(const QString &aidId) const { return m_views.value(aidId); }
    // True when at least one aid has a saved record with a choice ("not decided yet" counts).
    bool hasRecordedDecision() const;

signals:
    void saved();
    void changed();

private:
    QGroupBox *buildConsiderations();
    QGroupBox *buildAids();
    void loadConsiderations();
    void markChanged();
    void updateInjectionFields();
    void updateSuggestions();
    void updateEsi();
    void updateTabs();
    void openSavedRecords();
    void closeTab(int index);

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Visit m_visit;
    Patient m_patient;
    const Instruments::Library &m_instruments;
    Aids::AidLibrary m_aids; // a copy: the views point into it
    QString m_clinicianName;
    Intake m_intake;
    std::optional<AssessmentSummary> m_summary;
    QList<Aids::AidSuggestion> m_suggestions;
    int m_rowVersion = 0;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_conflict = false;
    QString m_loadError;
    QTimer m_autosave;

    QHash<QString, QWidget *> m_fields;
    QComboBox *m_claudication = nullptr, *m_guidance = nullptr, *m_approach = nullptr, *m_injectate = nullptr,
              *m_sedation = nullptr;
    QCheckBox *m_surgery = nullptr, *m_fusion = nullptr, *m_injection = nullptr, *m_contiguous = nullptr,
              *m_noPrior = nullptr;
    QSpinBox *m_levels = nullptr;
    QLineEdit *m_ptReason = nullptr;
    QWidget *m_injectionBox = nullptr;
    QLabel *m_priorWarning = nullptr;
    QWidget *m_suggestionBox = nullptr;
    QVBoxLayout *m_suggestionList = nullptr;
    QComboBox *m_chooser = nullptr;
    QLabel *m_unavailable = nullptr;
    QLabel *m_state = nullptr;
    QWidget *m_conflictBanner = nullptr;
    QStackedWidget *m_right = nullptr;
    QTabWidget *m_tabs = nullptr;
    EsiCriteriaPanel *m_esi = nullptr;
    QHash<QString, AidView *> m_views;
};

} // namespace SpineDesk
