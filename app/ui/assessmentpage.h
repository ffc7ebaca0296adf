#pragma once

#include "core/assessmentsummary.h"
#include "core/followup.h"
#include "core/instruments/library.h"
#include "core/patient.h"
#include "core/visit.h"
#include "storage/responserepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace SpineDesk {

// The Assessment step: questionnaires entered by the clinician or by the patient, open
// safety alerts that stay until acknowledged, and the assessment summary.
class AssessmentPage : public QWidget
{
    Q_OBJECT
public:
    AssessmentPage(QSqlDatabase db, qint64 clinicianId, const Visit &visit, const Patient &patient,
                   const Instruments::Library &library, QWidget *parent = nullptr);

    void reload();
    void setReadOnly(bool readOnly);
    const AssessmentSummary &summary() const { return m_summary; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    QTableWidget *instrumentTable() const { return m_table; }
    QStringList openAlerts() const { return m_summary.openAlerts; }
    std::optional<StoredResponse> responseFor(const QString &instrumentId) const;
    bool acknowledgeAlert(const QString &instrumentId, const QString &code, const QString &action, QString *error);
    // Patient self-entry for these instruments; the unlock code lets staff leave the mode.
    void startPatientMode(const QStringList &instrumentIds, const QString &unlockCode);
    QWidget *patientModeWindow() const { return m_patientMode; }

    static QStringList defaultInstruments(); // the assessment's usual set, in order

    // A follow-up visit (issue 7): the questionnaires due by the episode's signed plan, each
    // done or not yet; hidden at other visits and when nothing is due.
    QList<DueQuestionnaire> dueQuestionnaires() const { return m_due; }
    QLabel *dueLabel() const { return m_dueLabel; }
    // Opens the clinician form for the first due questionnaire not done yet; false when none.
    bool startNextDue();

signals:
    void changed();

private:
    void openForm(const QString &instrumentId);
    void askPatientMode();
    void rebuildAlerts();
    void renderSummary();
    void reloadDue();

    QSqlDatabase m_db;
    qint64 m_clinicianId;
    Visit m_visit;
    Patient m_patient;
    const Instruments::Library &m_library;
    QList<StoredResponse> m_responses;
    AssessmentSummary m_summary;
    bool m_readOnly = false;
    QVBoxLayout *m_alerts = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QWidget *m_patientMode = nullptr;
    QWidget *m_dueBox = nullptr;
    QLabel *m_dueLabel = nullptr;
    QList<DueQuestionnaire> m_due;
};

QString summaryHtml(const AssessmentSummary &summary);

} // namespace SpineDesk
