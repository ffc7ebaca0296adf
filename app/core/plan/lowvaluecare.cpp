#include "core/plan/lowvaluecare.h"

using namespace Qt::StringLiterals;

namespace SpineDesk::Plans {

namespace {
struct LowValueText {
    Q_DECLARE_TR_FUNCTIONS(LowValueText)
};

// Sources as pathways.md §5.4 gives them, with their tags.
const QString kChoosingWiselyImaging = u"Choosing Wisely: AAFP, AMSSM, NASS (no imaging in the first six weeks without red flags) [V]"_s;
const QString kAcp2011 = u"ACP 2011 [V]"_s;
const QString kIcsi2018 = u"ICSI Adult Acute and Subacute Low Back Pain, 16th ed., 2018 [V]"_s;
const QString kNiceImaging = u"NICE NG59 1.1.4–1.1.6 (imaging only if it is likely to change management) [V]"_s;
const QString kNiceNoOpioidsChronic = u"NICE NG59: do not offer opioids for chronic low back pain [V]"_s;
const QString kAcpOpioids = u"ACP 2017 rec. 3: opioids only when NSAIDs and tramadol or duloxetine have failed, after an explicit discussion of risks and realistic benefits [V]"_s;
const QString kNiceSciatica2020 = u"NICE NG59 (2020 update, sciatica) [V]"_s;
const QString kNiceDrugs = u"NICE NG59 (drugs for low back pain) [V]"_s;
const QString kAcpDuloxetine = u"ACP 2017 rec. 3: duloxetine is a second-line option for chronic low back pain [V]"_s;
const QString kAcpSteroids = u"ACP 2017: systemic corticosteroids are not beneficial for acute or subacute low back pain, even with radicular symptoms [V]"_s;
const QString kNicePassive = u"NICE NG59: do not offer acupuncture, electrotherapy (including TENS), traction, orthotics, belts or corsets [V]"_s;
const QString kAcpAcupuncture = u"ACP 2017 rec. 1 and 2: acupuncture is an option [V]"_s;
const QString kNiceInjections = u"NICE NG59: do not offer spinal injections for (non-specific) low back pain [V]"_s;
const QString kNiceEpiduralStenosis = u"NICE NG59: do not offer epidural injections for neurogenic claudication in central spinal canal stenosis [V]"_s;
const QString kFriedly = u"Friedly JL et al. N Engl J Med 2014 (decision-evidence.md) [V]"_s;
const QString kNiceFusion = u"NICE NG59: do not offer spinal fusion for low back pain except as part of a randomised controlled trial [V]"_s;
const QString kNassBedRest = u"NASS Choosing Wisely: no bed rest for more than 48 hours [R — unverified]"_s;

LowValueWarning warning(const PlanItem &item, const QString &code, const QString &text, QStringList sources,
                        bool verified = true)
{
    return {code, item.id, text, std::move(sources), verified};
}
} // namespace

QList<LowValueWarning> checkItem(const PlanItem &item, const LowValueContext &c)
{
    QList<LowValueWarning> out;
    if (item.removed)
        return out;
    const bool chronic = c.duration == DurationClass::Chronic;
    const bool acuteOrSubacute = c.duration == DurationClass::Acute || c.duration == DurationClass::Subacute;
    switch (item.kind) {
    case ItemKind::Imaging:
        if (c.episodeDays >= 0 && c.episodeDays < 42 && c.redFlagScreenComplete && c.redFlagsAllAbsent)
            out << warning(item, u"early-imaging"_s,
                           LowValueText::tr("Imaging within the first 6 weeks of back pain, with a complete red-flag "
                                            "screen and no red flag present, is low-value care."),
                           {kChoosingWiselyImaging, kAcp2011, kIcsi2018});
        out << warning(item, u"imaging-consequence"_s,
                       LowValueText::tr("State how the result would change management; otherwise imaging is not "
                                        "recommended."),
                       {kNiceImaging});
        break;
    case ItemKind::Opioid: {
        if (chronic) {
            QString text = LowValueText::tr("Opioids for chronic low back pain: the guidelines differ. NICE says do "
                                            "not offer them; ACP allows them only after other drugs have failed and "
                                            "after an explicit discussion.");
            text += u' ' + (c.ortResult.isEmpty() ? LowValueText::tr("Opioid Risk Tool: not done at this visit.")
                                                   : LowValueText::tr("Opioid Risk Tool: %1.").arg(c.ortResult));
            out << warning(item, u"opioid-chronic-lbp"_s, text, {kNiceNoOpioidsChronic, kAcpOpioids});
            if (c.sciatica)
                out << warning(item, u"opioid-chronic-sciatica"_s,
                               LowValueText::tr("Opioids for chronic sciatica: NICE says do not offer them."),
                               {kNiceSciatica2020});
        }
        break;
    }
    case ItemKind::ParacetamolAlone:
        out << warning(item, u"paracetamol-alone"_s,
                       LowValueText::tr("Paracetamol alone for low back pain: NICE says do not offer it."), {kNiceDrugs});
        break;
    case ItemKind::Antidepressant:
        out << warning(item, u"antidepressant"_s,
                       LowValueText::tr("Antidepressants for low back pain: the guidelines differ. NICE says do not "
                                        "offer SSRIs, SNRIs or tricyclics for pain; ACP lists duloxetine as a "
                                        "second-line option for chronic low back pain."),
                       {kNiceDrugs, kAcpDuloxetine});
        break;
    case ItemKind::Anticonvulsant:
        out << warning(item, u"anticonvulsant"_s,
                       LowValueText::tr("Anticonvulsants and gabapentinoids for low back pain or sciatica: NICE says "
                                        "do not offer them."),
                       {kNiceDrugs, kNiceSciatica2020});
        break;
    case ItemKind::SystemicCorticosteroid:
        if (acuteOrSubacute || c.sciatica)
            out << warning(item, u"systemic-corticosteroid"_s,
                           LowValueText::tr("Systemic corticosteroids are not beneficial for acute or subacute low "
                                            "back pain, with or without radicular symptoms; NICE says do not offer "
                                            "oral corticosteroids for sciatica."),
                           {kAcpSteroids, kNiceSciatica2020});
        break;
    case ItemKind::Benzodiazepine:
        if (c.sciatica)
            out << warning(item, u"benzodiazepine-sciatica"_s,
                           LowValueText::tr("Benzodiazepines for sciatica: NICE says do not offer them."),
                           {kNiceSciatica2020});
        break;
    case ItemKind::PassiveModality:
        out << warning(item, u"passive-modality"_s,
                       LowValueText::tr("TENS and other electrotherapy, traction, belts or corsets and orthotics: NICE "
                                        "says do not offer them for low back pain."),
                       {kNicePassive});
        break;
    case ItemKind::Acupuncture:
        out << warning(item, u"acupuncture"_s,
                       LowValueText::tr("Acupuncture: the guidelines differ. NICE says do not offer it; ACP lists it "
                                        "as an option."),
                       {kNicePassive, kAcpAcupuncture});
        break;
    case ItemKind::SpinalInjection:
        if (!c.radicularIndication)
            out << warning(item, u"injection-non-specific"_s,
                           LowValueText::tr("Spinal injections for non-specific low back pain: NICE says do not offer "
                                            "them."),
                           {kNiceInjections});
        break;
    case ItemKind::EpiduralInjection:
        if (!c.radicularIndication && !c.centralStenosisWithClaudication)
            out << warning(item, u"injection-non-specific"_s,
                           LowValueText::tr("An epidural injection without a radicular indication: NICE says do not "
                                            "offer spinal injections for non-specific low back pain."),
                           {kNiceInjections});
        if (c.centralStenosisWithClaudication)
            out << warning(item, u"epidural-stenosis-claudication"_s,
                           LowValueText::tr("Epidural injection for neurogenic claudication in central spinal stenosis: "
                                            "NICE says do not offer it, and a randomised trial found no added benefit "
                                            "of steroid. Medicare coverage policies do include this indication, so "
                                            "this advisory is clinical, not about coverage."),
                           {kNiceEpiduralStenosis, kFriedly});
        break;
    case ItemKind::FusionReferral:
        if (c.nonSpecificLbp)
            out << warning(item, u"fusion-non-specific"_s,
                           LowValueText::tr("Spinal fusion for non-specific low back pain: NICE says offer it only "
                                            "within a randomised controlled trial."),
                           {kNiceFusion});
        break;
    case ItemKind::BedRest:
        out << warning(item, u"bed-rest"_s,
                       LowValueText::tr("Bed rest for more than 48 hours is commonly listed as low-value care "
                                        "(unverified source)."),
                       {kNassBedRest}, false);
        break;
    default:
        break;
    }
    return out;
}

QList<LowValueWarning> checkPlan(const TreatmentPlan &plan, const LowValueContext &context)
{
    QList<LowValueWarning> all;
    for (const PlanItem &item : plan.items)
        all << checkItem(item, context);
    return all;
}

bool isKept(const PlanItem &item, const QString &warningCode)
{
    for (const KeptWarning &k : item.keptWarnings)
        if (k.code == warningCode && !k.reason.trimmed().isEmpty())
            return true;
    return false;
}

} // namespace SpineDesk::Plans
