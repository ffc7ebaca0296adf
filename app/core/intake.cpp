#include "core/intake.h"

#include "core/codes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
// Translation context for intake labels (lupdate reads Intake::tr calls).
struct IntakeText {
    Q_DECLARE_TR_FUNCTIONS(IntakeText)
};

} // namespace

QString painDominanceCode(PainDominance d)
{
    switch (d) {
    case PainDominance::Back: return u"back"_s;
    case PainDominance::Leg: return u"leg"_s;
    case PainDominance::NotRecorded: break;
    }
    return u"not-recorded"_s;
}

std::optional<PainDominance> painDominanceFromCode(QStringView code)
{
    return fromCode<PainDominance>({PainDominance::NotRecorded, PainDominance::Back, PainDominance::Leg},
                                   painDominanceCode, code);
}

QString painDominanceLabel(PainDominance d)
{
    switch (d) {
    case PainDominance::Back: return IntakeText::tr("Back-dominant pain");
    case PainDominance::Leg: return IntakeText::tr("Leg-dominant pain");
    case PainDominance::NotRecorded: break;
    }
    return IntakeText::tr("Not recorded");
}

QList<WorkStatus> workStatuses()
{
    return {WorkStatus::NotRecorded, WorkStatus::FullDuties, WorkStatus::ModifiedDuties, WorkStatus::OffWork,
            WorkStatus::Unemployed, WorkStatus::Retired, WorkStatus::Student, WorkStatus::Homemaker, WorkStatus::Other};
}

QString workStatusCode(WorkStatus s)
{
    switch (s) {
    case WorkStatus::FullDuties: return u"full-duties"_s;
    case WorkStatus::ModifiedDuties: return u"modified-duties"_s;
    case WorkStatus::OffWork: return u"off-work"_s;
    case WorkStatus::Unemployed: return u"unemployed"_s;
    case WorkStatus::Retired: return u"retired"_s;
    case WorkStatus::Student: return u"student"_s;
    case WorkStatus::Homemaker: return u"homemaker"_s;
    case WorkStatus::Other: return u"other"_s;
    case WorkStatus::NotRecorded: break;
    }
    return u"not-recorded"_s;
}

std::optional<WorkStatus> workStatusFromCode(QStringView code)
{
    return fromCode<WorkStatus>(workStatuses(), workStatusCode, code);
}

QString workStatusLabel(WorkStatus s)
{
    switch (s) {
    case WorkStatus::FullDuties: return IntakeText::tr("Working, full duties");
    case WorkStatus::ModifiedDuties: return IntakeText::tr("Working, modified duties");
    case WorkStatus::OffWork: return IntakeText::tr("Off work because of back pain");
    case WorkStatus::Unemployed: return IntakeText::tr("Not employed");
    case WorkStatus::Retired: return IntakeText::tr("Retired");
    case WorkStatus::Student: return IntakeText::tr("Student");
    case WorkStatus::Homemaker: return IntakeText::tr("Homemaker or carer");
    case WorkStatus::Other: return IntakeText::tr("Other");
    case WorkStatus::NotRecorded: break;
    }
    return IntakeText::tr("Not recorded");
}

QList<NicotineStatus> nicotineStatuses()
{
    return {NicotineStatus::NotRecorded, NicotineStatus::Never, NicotineStatus::Former, NicotineStatus::Current};
}

QString nicotineStatusCode(NicotineStatus s)
{
    switch (s) {
    case NicotineStatus::Never: return u"never"_s;
    case NicotineStatus::Former: return u"former"_s;
    case NicotineStatus::Current: return u"current"_s;
    case NicotineStatus::NotRecorded: break;
    }
    return u"not-recorded"_s;
}

std::optional<NicotineStatus> nicotineStatusFromCode(QStringView code)
{
    return fromCode<NicotineStatus>(nicotineStatuses(), nicotineStatusCode, code);
}

QString nicotineStatusLabel(NicotineStatus s)
{
    switch (s) {
    case NicotineStatus::Never: return IntakeText::tr("Never used nicotine");
    case NicotineStatus::Former: return IntakeText::tr("Former nicotine user");
    case NicotineStatus::Current: return IntakeText::tr("Current nicotine user");
    case NicotineStatus::NotRecorded: break;
    }
    return IntakeText::tr("Not recorded");
}

QList<TreatmentResponse> treatmentResponses()
{
    return {TreatmentResponse::Unknown, TreatmentResponse::Resolved, TreatmentResponse::Improved,
            TreatmentResponse::NoChange, TreatmentResponse::Worse};
}

QString treatmentResponseCode(TreatmentResponse r)
{
    switch (r) {
    case TreatmentResponse::Resolved: return u"resolved"_s;
    case TreatmentResponse::Improved: return u"improved"_s;
    case TreatmentResponse::NoChange: return u"no-change"_s;
    case TreatmentResponse::Worse: return u"worse"_s;
    case TreatmentResponse::Unknown: break;
    }
    return u"unknown"_s;
}

std::optional<TreatmentResponse> treatmentResponseFromCode(QStringView code)
{
    return fromCode<TreatmentResponse>(treatmentResponses(), treatmentResponseCode, code);
}

QString treatmentResponseLabel(TreatmentResponse r)
{
    switch (r) {
    case TreatmentResponse::Resolved: return IntakeText::tr("Resolved");
    case TreatmentResponse::Improved: return IntakeText::tr("Improved");
    case TreatmentResponse::NoChange: return IntakeText::tr("No change");
    case TreatmentResponse::Worse: return IntakeText::tr("Worse");
    case TreatmentResponse::Unknown: break;
    }
    return IntakeText::tr("Not known");
}

QList<PainRegion> painRegions()
{
    return {
        {u"neck"_s, IntakeText::tr("Neck")},
        {u"upper-back"_s, IntakeText::tr("Upper back")},
        {u"low-back-central"_s, IntakeText::tr("Low back, central")},
        {u"low-back-left"_s, IntakeText::tr("Low back, left")},
        {u"low-back-right"_s, IntakeText::tr("Low back, right")},
        {u"buttock-left"_s, IntakeText::tr("Buttock, left")},
        {u"buttock-right"_s, IntakeText::tr("Buttock, right")},
        {u"groin-left"_s, IntakeText::tr("Groin, left")},
        {u"groin-right"_s, IntakeText::tr("Groin, right")},
        {u"thigh-front-left"_s, IntakeText::tr("Front of thigh, left")},
        {u"thigh-front-right"_s, IntakeText::tr("Front of thigh, right")},
        {u"thigh-back-left"_s, IntakeText::tr("Back of thigh, left")},
        {u"thigh-back-right"_s, IntakeText::tr("Back of thigh, right")},
        {u"below-knee-left"_s, IntakeText::tr("Leg below the knee, left")},
        {u"below-knee-right"_s, IntakeText::tr("Leg below the knee, right")},
        {u"foot-left"_s, IntakeText::tr("Foot, left")},
        {u"foot-right"_s, IntakeText::tr("Foot, right")},
    };
}

bool isPainRegionCode(QStringView code)
{
    for (const auto &r : painRegions())
        if (r.code == code)
            return true;
    return false;
}

QStringList conservativeCareModalitySuggestions()
{
    return {IntakeText::tr("Physical therapy"), IntakeText::tr("Home exercise program"), IntakeText::tr("Chiropractic care"), IntakeText::tr("Massage"),
            IntakeText::tr("Acupuncture"), IntakeText::tr("Cognitive behavioural therapy"), IntakeText::tr("Multidisciplinary rehabilitation"),
            IntakeText::tr("Yoga or tai chi"), IntakeText::tr("Heat")};
}

QStringList injectionTypeSuggestions()
{
    return {IntakeText::tr("Epidural steroid, transforaminal"), IntakeText::tr("Epidural steroid, interlaminar"),
            IntakeText::tr("Epidural steroid, caudal"), IntakeText::tr("Facet joint injection"), IntakeText::tr("Medial branch block"),
            IntakeText::tr("Radiofrequency ablation"), IntakeText::tr("Sacroiliac joint injection"), IntakeText::tr("Trigger point injection")};
}

QStringList imagingModalitySuggestions()
{
    return {IntakeText::tr("X-ray"), IntakeText::tr("MRI"), IntakeText::tr("CT"), IntakeText::tr("CT myelogram"), IntakeText::tr("Bone scan")};
}

namespace {
const QList<ImagingFinding> kFindings{ImagingFinding::NotCoded, ImagingFinding::DiscHerniation, ImagingFinding::Stenosis,
                                      ImagingFinding::Spondylolisthesis, ImagingFinding::DegenerativeDisc, ImagingFinding::Normal,
                                      ImagingFinding::Other};
} // namespace

QList<ImagingFinding> imagingFindings()
{
    return kFindings;
}

QString imagingFindingCode(ImagingFinding f)
{
    switch (f) {
    case ImagingFinding::DiscHerniation: return u"disc-herniation"_s;
    case ImagingFinding::Stenosis: return u"stenosis"_s;
    case ImagingFinding::Spondylolisthesis: return u"spondylolisthesis"_s;
    case ImagingFinding::DegenerativeDisc: return u"degenerative-disc"_s;
    case ImagingFinding::Normal: return u"normal"_s;
    case ImagingFinding::Other: return u"other"_s;
    case ImagingFinding::NotCoded: break;
    }
    return u"not-coded"_s;
}

std::optional<ImagingFinding> imagingFindingFromCode(QStringView code)
{
    return fromCode<ImagingFinding>(kFindings, imagingFindingCode, code);
}

QString imagingFindingLabel(ImagingFinding f)
{
    switch (f) {
    case ImagingFinding::DiscHerniation: return IntakeText::tr("Disc herniation");
    case ImagingFinding::Stenosis: return IntakeText::tr("Spinal stenosis");
    case ImagingFinding::Spondylolisthesis: return IntakeText::tr("Spondylolisthesis");
    case ImagingFinding::DegenerativeDisc: return IntakeText::tr("Degenerative disc disease");
    case ImagingFinding::Normal: return IntakeText::tr("Normal for age");
    case ImagingFinding::Other: return IntakeText::tr("Other finding");
    case ImagingFinding::NotCoded: break;
    }
    return IntakeText::tr("Finding not coded");
}

bool Intake::isEmpty() const
{
    return !onsetDate.isValid() && dominance == PainDominance::NotRecorded && painRegions.isEmpty()
        && workStatus == WorkStatus::NotRecorded && occupation.isEmpty() && goals.isEmpty()
        && nicotine == NicotineStatus::NotRecorded && !nicotineDate.isValid() && cotinine.isEmpty()
        && conservativeCare.isEmpty() && medications.isEmpty() && injections.isEmpty() && imaging.isEmpty();
}

} // namespace SpineDesk
