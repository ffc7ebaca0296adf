#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace SpineDesk {

class ContentErrors;

enum class YesNoUnknown { NotRecorded, Yes, No };
QString yesNoCode(YesNoUnknown v); // "not-recorded", "yes", "no"
std::optional<YesNoUnknown> yesNoFromCode(QStringView code);

enum class InjectionGuidance { NotRecorded, FluoroscopyWithContrast, CtWithContrast, FluoroscopyWithoutContrast, None };
QList<InjectionGuidance> injectionGuidances();
QString injectionGuidanceCode(InjectionGuidance g);
std::optional<InjectionGuidance> injectionGuidanceFromCode(QStringView code);
QString injectionGuidanceLabel(InjectionGuidance g);

enum class InjectionApproach { NotRecorded, Transforaminal, Interlaminar, Caudal };
QList<InjectionApproach> injectionApproaches();
QString injectionApproachCode(InjectionApproach a);
std::optional<InjectionApproach> injectionApproachFromCode(QStringView code);
QString injectionApproachLabel(InjectionApproach a);

enum class Injectate { NotRecorded, Corticosteroid, Biologic };
QList<Injectate> injectates();
QString injectateCode(Injectate i);
std::optional<Injectate> injectateFromCode(QStringView code);
QString injectateLabel(Injectate i);

// What is being considered at this visit, as the Decision step records it: the clinical
// picture the aid suggestions need, and the planned injection the ESI check needs
// (esi-and-authorization.md §4).
struct TreatmentConsiderations {
    qint64 visitId = 0;
    YesNoUnknown neurogenicClaudication = YesNoUnknown::NotRecorded;
    bool surgeryDiscussed = false;
    bool fusionDiscussed = false;
    bool injectionConsidered = false;
    bool noPriorInjections = false;          // the clinician confirmed there were none
    QString physicalTherapyNotTolerated;     // the documented reason, when PT was not tolerated
    InjectionGuidance guidance = InjectionGuidance::NotRecorded;
    InjectionApproach approach = InjectionApproach::NotRecorded;
    int levels = 0;                          // 0 = not recorded
    bool contiguousLevels = true;
    Injectate injectate = Injectate::NotRecorded;
    YesNoUnknown deepSedation = YesNoUnknown::NotRecorded;
    int rowVersion = 0;

    bool isEmpty() const;
    QJsonObject toJson() const;
    static TreatmentConsiderations fromJson(const QJsonObject &json, ContentErrors *errors);
};

} // namespace SpineDesk
