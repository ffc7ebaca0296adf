#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk {
class ContentErrors;
}

namespace SpineDesk::Plans {

// What a plan item does. The low-value-care checks (pathways.md §5.4) look at the kind, so a
// clinician adding "an opioid" picks that kind rather than typing it into free text.
enum class ItemKind {
    Pathway,                   // the STarT Back matched package
    SelfManagement,
    PhysicalTherapy,
    PsychologicallyInformedPT,
    ExerciseProgramme,
    Nsaid,
    MuscleRelaxant,
    Opioid,
    ParacetamolAlone,
    Antidepressant,
    Anticonvulsant,
    SystemicCorticosteroid,
    Benzodiazepine,
    MedicationAdvice,          // general advice that starts no drug
    PassiveModality,           // TENS/electrotherapy, traction, belts or corsets, orthotics
    Acupuncture,
    Imaging,
    ImagingDeferred,
    SpinalInjection,           // any spinal injection other than an epidural
    EpiduralInjection,
    SurgicalReferral,
    FusionReferral,
    BehaviouralHealth,
    RedFlagAction,
    Activity,
    BedRest,
    Work,
    FollowUp,
    RepeatQuestionnaires,
    RequestToPrimary,          // a numbered ask of the referring clinician
    Other,
};
QList<ItemKind> itemKinds();
QString itemKindCode(ItemKind k);
std::optional<ItemKind> itemKindFromCode(QStringView code);
QString itemKindLabel(ItemKind k);
bool isReferral(ItemKind k); // becomes a ServiceRequest in the FHIR export

// How the item came to be: proposed by a rule and accepted as it was, proposed and edited by
// the clinician, or added by the clinician.
enum class ItemOrigin { Proposed, Edited, Added };
QString itemOriginCode(ItemOrigin o);
std::optional<ItemOrigin> itemOriginFromCode(QStringView code);

// A low-value-care advisory the clinician chose to keep the item over, with the reason.
struct KeptWarning {
    QString code;   // LowValueWarning::code
    QString reason; // why the item stays, in the clinician's words
    bool operator==(const KeptWarning &o) const = default;
};

struct PlanItem {
    QString id;              // rule id for proposed items ("rule:pathway"), "item-N" for added ones
    ItemKind kind = ItemKind::Other;
    QString text;            // what is planned, as it prints
    QString rationale;       // why (a rule's rationale, or the clinician's)
    QStringList citations;   // e.g. "NICE NG59 1.1.3 [V]"
    ItemOrigin origin = ItemOrigin::Added;
    bool removed = false;    // a proposed item the clinician removed stays, so it is not re-proposed
    QString departureReason; // why the clinician departed from the matched package
    QList<KeptWarning> keptWarnings;
    QStringList instrumentIds; // rule:repeat-questionnaires: the instruments due at follow-up
    bool carriedOver = false;  // taken over from the episode's earlier plan at a follow-up visit
    bool operator==(const PlanItem &o) const = default;
};

// The patient's goal: specific, functional, with a date.
struct Goal {
    QString text;
    QDate targetDate;
    bool operator==(const Goal &o) const = default;
};

struct ProblemEntry {
    QString diagnosisId; // DiagnosisCatalogue id; empty for a free-text problem
    QString text;        // free text, or the clinician's qualifier ("left L5")
    bool primary = false;
    bool operator==(const ProblemEntry &o) const = default;
};

struct TreatmentPlan {
    qint64 visitId = 0;
    QList<ProblemEntry> problems;
    QList<PlanItem> items;   // in print order
    QList<Goal> goals;
    QString bottomLine;      // the one paragraph the letter starts with; proposed, editable
    QString followUp;        // e.g. "in 2–3 weeks"; empty until set
    QStringList copiesTo;    // beyond patient and referrer: surgeon, therapist
    int rowVersion = 0;

    QList<PlanItem> activeItems() const; // not removed
    const PlanItem *item(const QString &id) const;
    QString nextItemId() const; // "item-N" not used yet

    // Field names for the page: "goals.0.text", "goals.0.targetDate", "items.3.text", …
    // Signing needs at least one goal with text and a date after the visit.
    QStringList problemsForSigning(QDate visitDate) const;

    QJsonObject toJson() const; // visitId and rowVersion are the database's
    static TreatmentPlan fromJson(const QJsonObject &json, ContentErrors *errors);
    bool operator==(const TreatmentPlan &o) const = default;
};

// A change after signing: the signed plan never changes; an addendum records the new plan,
// why, who and when, and new documents are made from it.
struct PlanAddendum {
    qint64 id = 0;
    qint64 visitId = 0;
    int revision = 0;    // 1 for the first addendum
    qint64 authorId = 0;
    QDateTime createdAt;
    QString reason;
    TreatmentPlan plan;
};

} // namespace SpineDesk::Plans
