#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk {

enum class PainDominance { NotRecorded, Back, Leg };
QString painDominanceCode(PainDominance d);
std::optional<PainDominance> painDominanceFromCode(QStringView code);
QString painDominanceLabel(PainDominance d);

enum class WorkStatus { NotRecorded, FullDuties, ModifiedDuties, OffWork, Unemployed, Retired, Student, Homemaker, Other };
QList<WorkStatus> workStatuses();
QString workStatusCode(WorkStatus s);
std::optional<WorkStatus> workStatusFromCode(QStringView code);
QString workStatusLabel(WorkStatus s);

enum class TreatmentResponse { Unknown, Resolved, Improved, NoChange, Worse };
QList<TreatmentResponse> treatmentResponses();
QString treatmentResponseCode(TreatmentResponse r);
std::optional<TreatmentResponse> treatmentResponseFromCode(QStringView code);
QString treatmentResponseLabel(TreatmentResponse r);

// Regions of the pain diagram, as stable codes with translated labels.
struct PainRegion {
    QString code;
    QString label;
};
QList<PainRegion> painRegions();
bool isPainRegionCode(QStringView code);

// Suggestions offered in editable lists; free text is allowed as well.
QStringList conservativeCareModalitySuggestions();
QStringList injectionTypeSuggestions();
QStringList imagingModalitySuggestions();

struct ConservativeCareEntry {
    qint64 id = 0;
    QString modality;
    QString provider;
    QDate startDate;
    QDate endDate;             // invalid while ongoing
    int sessionsAttended = -1; // -1 when not known
    TreatmentResponse response = TreatmentResponse::Unknown;
    QString note;
};

struct MedicationTrial {
    qint64 id = 0;
    QString name;
    TreatmentResponse response = TreatmentResponse::Unknown;
    QString note; // e.g. side effects, why stopped
};

struct PriorInjection {
    qint64 id = 0;
    QDate date;
    QString type;
    QString level;         // e.g. "L4-5 left"
    int reliefPercent = -1; // -1 when not known
};

// Whether imaging agrees with the symptoms and findings (also used by the examination).
enum class ImagingConcordance { NotAssessed, Concordant, Discordant, NoImaging };
QString imagingConcordanceCode(ImagingConcordance c);
std::optional<ImagingConcordance> imagingConcordanceFromCode(QStringView code);
QString imagingConcordanceLabel(ImagingConcordance c);

// The finding an imaging study shows, coded so that the decision-aid suggestions and the
// ESI check can use it; the report's words stay in keyFinding.
enum class ImagingFinding { NotCoded, DiscHerniation, Stenosis, Spondylolisthesis, DegenerativeDisc, Normal, Other };
QList<ImagingFinding> imagingFindings();
QString imagingFindingCode(ImagingFinding f); // "not-coded", "disc-herniation", "stenosis", …
std::optional<ImagingFinding> imagingFindingFromCode(QStringView code);
QString imagingFindingLabel(ImagingFinding f);

struct ImagingStudy {
    qint64 id = 0;
    QDate date;
    QString modality;
    QString keyFinding;
    ImagingFinding finding = ImagingFinding::NotCoded;
    QString level;                                                 // e.g. "L4-5"
    ImagingConcordance concordance = ImagingConcordance::NotAssessed; // with the symptoms
};

// Nicotine status for the surgeon's prior-authorization packet (esi-and-authorization.md §5.2:
// elective fusion needs documented nicotine-free status; the surgeon orders any testing).
enum class NicotineStatus { NotRecorded, Never, Former, Current };
QList<NicotineStatus> nicotineStatuses();
QString nicotineStatusCode(NicotineStatus s); // "not-recorded", "never", "former", "current"
std::optional<NicotineStatus> nicotineStatusFromCode(QStringView code);
QString nicotineStatusLabel(NicotineStatus s);

// The Intake step of a visit: the history the patient brings.
struct Intake {
    qint64 visitId = 0;
    QDate onsetDate;
    PainDominance dominance = PainDominance::NotRecorded;
    QStringList painRegions; // PainRegion codes
    WorkStatus workStatus = WorkStatus::NotRecorded;
    QString occupation;
    QString goals; // in the patient's words
    NicotineStatus nicotine = NicotineStatus::NotRecorded;
    QDate nicotineDate;  // when the status was recorded or last tested
    QString cotinine;    // a cotinine result as reported, e.g. "≤10 ng/mL on 2026-10-01"
    QList<ConservativeCareEntry> conservativeCare;
    QList<MedicationTrial> medications;
    QList<PriorInjection> injections;
    QList<ImagingStudy> imaging;
    int rowVersion = 0;

    bool isEmpty() const;
};

} // namespace SpineDesk
