#include "core/decisionaids/considerations.h"

#include "core/codes.h"
#include "core/contentjson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct ConsiderationText {
    Q_DECLARE_TR_FUNCTIONS(ConsiderationText)
};
const QList<YesNoUnknown> kYesNo{YesNoUnknown::NotRecorded, YesNoUnknown::Yes, YesNoUnknown::No};

template<typename E, typename Code>
E readCode(const ContentReader &r, const QString &key, const QList<E> &all, Code code)
{
    return r.oneOf<E>(key, all, code, false).value_or(all.first());
}
} // namespace

QString yesNoCode(YesNoUnknown v)
{
    switch (v) {
    case YesNoUnknown::Yes: return u"yes"_s;
    case YesNoUnknown::No: return u"no"_s;
    case YesNoUnknown::NotRecorded: break;
    }
    return u"not-recorded"_s;
}

std::optional<YesNoUnknown> yesNoFromCode(QStringView code)
{
    return fromCode<YesNoUnknown>(kYesNo, yesNoCode, code);
}

QList<InjectionGuidance> injectionGuidances()
{
    return {InjectionGuidance::NotRecorded, InjectionGuidance::FluoroscopyWithContrast, InjectionGuidance::CtWithContrast,
            InjectionGuidance::FluoroscopyWithoutContrast, InjectionGuidance::None};
}

QString injectionGuidanceCode(InjectionGuidance g)
{
    switch (g) {
    case InjectionGuidance::FluoroscopyWithContrast: return u"fluoroscopy-contrast"_s;
    case InjectionGuidance::CtWithContrast: return u"ct-contrast"_s;
    case InjectionGuidance::FluoroscopyWithoutContrast: return u"fluoroscopy-no-contrast"_s;
    case InjectionGuidance::None: return u"none"_s;
    case InjectionGuidance::NotRecorded: break;
    }
    return u"not-recorded"_s;
}

std::optional<InjectionGuidance> injectionGuidanceFromCode(QStringView code)
{
    return fromCode<InjectionGuidance>(injectionGuidances(), injectionGuidanceCode, code);
}

QString injectionGuidanceLabel(InjectionGuidance g)
{
    switch (g) {
    case InjectionGuidance::FluoroscopyWithContrast: return ConsiderationText::tr("Fluoroscopy with contrast");
    case InjectionGuidance::CtWithContrast: return ConsiderationText::tr("CT with contrast");
    case InjectionGuidance::FluoroscopyWithoutContrast: return ConsiderationText::tr("Fluoroscopy without contrast");
    case InjectionGuidance::None: return ConsiderationText::tr("No image guidance");
    case InjectionGuidance::NotRecorded: break;
    }
    return ConsiderationText::tr("Not recorded");
}

QList<InjectionApproach> injectionApproaches()
{
    return {InjectionApproach::NotRecorded, InjectionApproach::Transforaminal, InjectionApproach::Interlaminar, InjectionApproach::Caudal};
}

QString injectionApproachCode(InjectionApproach a)
{
    switch (a) {
    case InjectionApproach::Transforaminal: return u"transforaminal"_s;
    case InjectionApproach::Interlaminar: return u"interlaminar"_s;
    case InjectionApproach::Caudal: return u"caudal"_s;
    case InjectionApproach::NotRecorded: break;
    }
    return u"not-recorded"_s;
}

std::optional<InjectionApproach> injectionApproachFromCode(QStringView code)
{
    return fromCode<InjectionApproach>(injectionApproaches(), injectionApproachCode, code);
}

QString injectionApproachLabel(InjectionApproach a)
{
    switch (a) {
    case InjectionApproach::Transforaminal: return ConsiderationText::tr("Transforaminal");
    case InjectionApproach::Interlaminar: return ConsiderationText::tr("Interlaminar");
    case InjectionApproach::Caudal: return ConsiderationText::tr("Caudal");
    case InjectionApproach::NotRecorded: break;
    }
    return ConsiderationText::tr("Not recorded");
}

QList<Injectate> injectates()
{
    return {Injectate::NotRecorded, Injectate::Corticosteroid, Injectate::Biologic};
}

QString injectateCode(Injectate i)
{
    switch (i) {
    case Injectate::Corticosteroid: return u"corticosteroid"_s;
    case Injectate::Biologic: return u"biologic"_s;
    case Injectate::NotRecorded: break;
    }
    return u"not-recorded"_s;
}

std::optional<Injectate> injectateFromCode(QStringView code)
{
    return fromCode<Injectate>(injectates(), injectateCode, code);
}

QString injectateLabel(Injectate i)
{
    switch (i) {
    case Injectate::Corticosteroid: return ConsiderationText::tr("Corticosteroid with local anaesthetic");
    case Injectate::Biologic: return ConsiderationText::tr("Biologic (e.g. platelet-rich plasma, amniotic tissue)");
    case Injectate::NotRecorded: break;
    }
    return ConsiderationText::tr("Not recorded");
}

bool TreatmentConsiderations::isEmpty() const
{
    return toJson() == TreatmentConsiderations{}.toJson();
}

QJsonObject TreatmentConsiderations::toJson() const
{
    return QJsonObject{
        {u"neurogenicClaudication"_s, yesNoCode(neurogenicClaudication)},
        {u"surgeryDiscussed"_s, surgeryDiscussed},
        {u"fusionDiscussed"_s, fusionDiscussed},
        {u"injectionConsidered"_s, injectionConsidered},
        {u"noPriorInjections"_s, noPriorInjections},
        {u"physicalTherapyNotTolerated"_s, physicalTherapyNotTolerated},
        {u"guidance"_s, injectionGuidanceCode(guidance)},
        {u"approach"_s, injectionApproachCode(approach)},
        {u"levels"_s, levels},
        {u"contiguousLevels"_s, contiguousLevels},
        {u"injectate"_s, injectateCode(injectate)},
        {u"deepSedation"_s, yesNoCode(deepSedation)},
    };
}

TreatmentConsiderations TreatmentConsiderations::fromJson(const QJsonObject &json, ContentErrors *errors)
{
    const ContentReader r(json, QString(), errors);
    r.allowOnly({"neurogenicClaudication", "surgeryDiscussed", "fusionDiscussed", "injectionConsidered", "noPriorInjections",
                 "physicalTherapyNotTolerated", "guidance", "approach", "levels", "contiguousLevels", "injectate", "deepSedation"});
    TreatmentConsiderations c;
    c.neurogenicClaudication = readCode(r, u"neurogenicClaudication"_s, kYesNo, yesNoCode);
    c.surgeryDiscussed = r.boolean(u"surgeryDiscussed"_s);
    c.fusionDiscussed = r.boolean(u"fusionDiscussed"_s);
    c.injectionConsidered = r.boolean(u"injectionConsidered"_s);
    c.noPriorInjections = r.boolean(u"noPriorInjections"_s);
    c.physicalTherapyNotTolerated = r.string(u"physicalTherapyNotTolerated"_s, false);
    c.guidance = readCode(r, u"guidance"_s, injectionGuidances(), injectionGuidanceCode);
    c.approach = readCode(r, u"approach"_s, injectionApproaches(), injectionApproachCode);
    c.levels = r.integer(u"levels"_s, 0, 10, false);
    c.contiguousLevels = r.boolean(u"contiguousLevels"_s, true);
    c.injectate = readCode(r, u"injectate"_s, injectates(), injectateCode);
    c.deepSedation = readCode(r, u"deepSedation"_s, kYesNo, yesNoCode);
    return c;
}

} // namespace SpineDesk
