#include "ui/intakeentries.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk::IntakeEntries {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(IntakeEntries)
};

QList<std::pair<QString, QString>> responseChoices()
{
    QList<std::pair<QString, QString>> out;
    for (auto r : treatmentResponses())
        out.append({treatmentResponseCode(r), treatmentResponseLabel(r)});
    return out;
}

QList<std::pair<QString, QString>> findingChoices()
{
    QList<std::pair<QString, QString>> out;
    for (auto f : imagingFindings())
        out.append({imagingFindingCode(f), imagingFindingLabel(f)});
    return out;
}

QList<std::pair<QString, QString>> concordanceChoices()
{
    QList<std::pair<QString, QString>> out;
    for (auto c : {ImagingConcordance::NotAssessed, ImagingConcordance::Concordant, ImagingConcordance::Discordant})
        out.append({imagingConcordanceCode(c), imagingConcordanceLabel(c)});
    return out;
}

TreatmentResponse response(const EntryValues &v)
{
    return treatmentResponseFromCode(v.value(u"response"_s).toString()).value_or(TreatmentResponse::Unknown);
}
} // namespace

EntryKind care()
{
    return {Text::tr("course of care"), Text::tr("Prior conservative care"),
            {EntryField::text(u"modality"_s, Text::tr("&Modality"), conservativeCareModalitySuggestions()),
             EntryField::text(u"provider"_s, Text::tr("&Provider")),
             EntryField::date(u"startDate"_s, Text::tr("&Start")),
             EntryField::date(u"endDate"_s, Text::tr("&End (blank if ongoing)")),
             EntryField::integer(u"sessionsAttended"_s, Text::tr("Sessions &attended"), 0, 500),
             EntryField::choice(u"response"_s, Text::tr("&Response"), responseChoices()),
             EntryField::text(u"note"_s, Text::tr("&Note"))},
            [](const EntryValues &v) { return validateCareEntry(careFrom(v), QDate::currentDate()); }};
}

EntryKind medications()
{
    return {Text::tr("medication"), Text::tr("Medications tried"),
            {EntryField::text(u"name"_s, Text::tr("&Medication")),
             EntryField::choice(u"response"_s, Text::tr("&Response"), responseChoices()),
             EntryField::text(u"note"_s, Text::tr("&Note (side effects, why stopped)"))},
            [](const EntryValues &v) { return validateMedication(medicationFrom(v)); }};
}

EntryKind injections()
{
    return {Text::tr("injection"), Text::tr("Prior injections"),
            {EntryField::date(u"date"_s, Text::tr("&Date")),
             EntryField::text(u"type"_s, Text::tr("&Type"), injectionTypeSuggestions()),
             EntryField::text(u"level"_s, Text::tr("&Level and side")),
             EntryField::integer(u"reliefPercent"_s, Text::tr("R&elief (%)"), 0, 100)},
            [](const EntryValues &v) { return validateInjection(injectionFrom(v), QDate::currentDate()); }};
}

EntryKind imaging()
{
    return {Text::tr("imaging study"), Text::tr("Imaging on file"),
            {EntryField::date(u"date"_s, Text::tr("&Date")),
             EntryField::text(u"modality"_s, Text::tr("&Modality"), imagingModalitySuggestions()),
             EntryField::text(u"keyFinding"_s, Text::tr("&Key finding")),
             EntryField::choice(u"finding"_s, Text::tr("Coded &finding"), findingChoices()),
             EntryField::text(u"level"_s, Text::tr("&Level (e.g. L4-5)")),
             EntryField::choice(u"concordance"_s, Text::tr("&Concordance with symptoms"), concordanceChoices())},
            [](const EntryValues &v) { return validateImaging(imagingFrom(v), QDate::currentDate()); }};
}

QList<EntryValues> values(const QList<ConservativeCareEntry> &list)
{
    QList<EntryValues> out;
    for (const auto &e : list)
        out.append({{u"modality"_s, e.modality}, {u"provider"_s, e.provider}, {u"startDate"_s, e.startDate}, {u"endDate"_s, e.endDate},
                    {u"sessionsAttended"_s, e.sessionsAttended}, {u"response"_s, treatmentResponseCode(e.response)}, {u"note"_s, e.note}});
    return out;
}

QList<EntryValues> values(const QList<MedicationTrial> &list)
{
    QList<EntryValues> out;
    for (const auto &m : list)
        out.append({{u"name"_s, m.name}, {u"response"_s, treatmentResponseCode(m.response)}, {u"note"_s, m.note}});
    return out;
}

QList<EntryValues> values(const QList<PriorInjection> &list)
{
    QList<EntryValues> out;
    for (const auto &i : list)
        out.append({{u"date"_s, i.date}, {u"type"_s, i.type}, {u"level"_s, i.level}, {u"reliefPercent"_s, i.reliefPercent}});
    return out;
}

QList<EntryValues> values(const QList<ImagingStudy> &list)
{
    QList<EntryValues> out;
    for (const auto &s : list)
        out.append({{u"date"_s, s.date}, {u"modality"_s, s.modality}, {u"keyFinding"_s, s.keyFinding},
                    {u"finding"_s, imagingFindingCode(s.finding)}, {u"level"_s, s.level},
                    {u"concordance"_s, imagingConcordanceCode(s.concordance)}});
    return out;
}

ConservativeCareEntry careFrom(const EntryValues &v)
{
    ConservativeCareEntry e;
    e.modality = v.value(u"modality"_s).toString();
    e.provider = v.value(u"provider"_s).toString();
    e.startDate = v.value(u"startDate"_s).toDate();
    e.endDate = v.value(u"endDate"_s).toDate();
    e.sessionsAttended = v.value(u"sessionsAttended"_s, -1).toInt();
    e.response = response(v);
    e.note = v.value(u"note"_s).toString();
    return e;
}

MedicationTrial medicationFrom(const EntryValues &v)
{
    return {0, v.value(u"name"_s).toString(), response(v), v.value(u"note"_s).toString()};
}

PriorInjection injectionFrom(const EntryValues &v)
{
    return {0, v.value(u"date"_s).toDate(), v.value(u"type"_s).toString(), v.value(u"level"_s).toString(),
            v.value(u"reliefPercent"_s, -1).toInt()};
}

ImagingStudy imagingFrom(const EntryValues &v)
{
    ImagingStudy s;
    s.date = v.value(u"date"_s).toDate();
    s.modality = v.value(u"modality"_s).toString();
    s.keyFinding = v.value(u"keyFinding"_s).toString();
    s.finding = imagingFindingFromCode(v.value(u"finding"_s).toString()).value_or(ImagingFinding::NotCoded);
    s.level = v.value(u"level"_s).toString().trimmed();
    s.concordance = imagingConcordanceFromCode(v.value(u"concordance"_s).toString()).value_or(ImagingConcordance::NotAssessed);
    return s;
}

} // namespace SpineDesk::IntakeEntries
