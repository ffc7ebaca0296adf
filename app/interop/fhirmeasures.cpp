// Questionnaires and scores: one QuestionnaireResponse per instrument and one survey
// Observation per scale with a value (codes-and-fhir.md §4.1, §4.2 "Scores").
#include "interop/fhircodes.h"
#include "interop/fhirparts.h"

#include "core/instruments/library.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace SpineDesk::Fhir {

namespace {

// The LOINC code the definition names for `forWhat`, when codes-and-fhir.md marks it [V].
QString verifiedLoinc(const Instruments::Definition *def, const QString &forWhat)
{
    if (!def)
        return {};
    for (const Instruments::Code &code : def->codes)
        if (code.system == u"LOINC" && code.forWhat == forWhat && isVerified(loincSystem(), code.code))
            return code.code;
    return {};
}

QJsonObject surveyCategory()
{
    return codeable({coding(u"http://terminology.hl7.org/CodeSystem/observation-category"_s, u"survey"_s, u"Survey"_s)});
}

QString provenance(const InstrumentLine &line, const Instruments::Definition *def, const ResponseRecord *stored)
{
    // The definition the answers were scored with, as stored with the response (DESIGN.md).
    if (stored)
        return FhirText::tr("SpineDesk instrument %1, version %2, definition SHA-256 %3.")
            .arg(stored->instrumentId, stored->instrumentVersion, stored->definitionSha256);
    if (!def)
        return FhirText::tr("SpineDesk instrument %1 (definition not available in this program).").arg(line.instrumentId);
    return FhirText::tr("SpineDesk instrument %1, version %2, revision %3.")
        .arg(def->id, def->version, QString::number(def->revision));
}

const ResponseRecord *storedResponse(const VisitDossier &d, const QString &instrumentId)
{
    for (const ResponseRecord &r : d.responses)
        if (r.instrumentId == instrumentId)
            return &r;
    return nullptr;
}

// The answers in the definition's item order: codes as Codings of the instrument's own code
// system, numbers as decimals, text as strings. Unanswered items are left out.
void collectItems(const QList<Instruments::Item> &items, const ResponseRecord &r, const QString &system,
                  QJsonArray &out)
{
    for (const Instruments::Item &item : items) {
        if (!item.items.isEmpty())
            collectItems(item.items, r, system, out);
        const auto it = r.answers.constFind(item.linkId);
        if (it == r.answers.cend())
            continue;
        QJsonArray answers;
        if (!it->code.isEmpty())
            answers.append(QJsonObject{{u"valueCoding"_s, QJsonObject{{u"system"_s, system}, {u"code"_s, it->code}}}});
        for (const QString &code : it->codes)
            answers.append(QJsonObject{{u"valueCoding"_s, QJsonObject{{u"system"_s, system}, {u"code"_s, code}}}});
        if (it->number)
            answers.append(QJsonObject{{u"valueDecimal"_s, *it->number}});
        if (!it->text.isEmpty())
            answers.append(QJsonObject{{u"valueString"_s, it->text}});
        if (!answers.isEmpty())
            out.append(QJsonObject{{u"linkId"_s, item.linkId}, {u"answer"_s, answers}});
    }
}

QString valueText(double value, int decimals) { return QString::number(value, 'f', decimals); }

QJsonObject observation(ExportContext &c, const InstrumentLine &line, const Instruments::Definition *def,
                        const ResponseRecord *stored, const QString &responseKey, const QJsonObject &code)
{
    return {{u"resourceType"_s, u"Observation"_s},
            {u"status"_s, u"final"_s},
            {u"category"_s, QJsonArray{surveyCategory()}},
            {u"code"_s, code},
            {u"subject"_s, c.w.ref(c.patient)},
            {u"encounter"_s, c.w.ref(c.encounter)},
            {u"effectiveDateTime"_s, fhirDate(line.date.isValid() ? line.date : c.d.visit.visitDate)},
            {u"derivedFrom"_s, QJsonArray{c.w.ref(responseKey)}},
            {u"note"_s, QJsonArray{QJsonObject{{u"text"_s, provenance(line, def, stored)}}}}};
}

QJsonObject observation(ExportContext &c, const InstrumentLine &line, const Instruments::Definition *def,
                        const QString &responseKey, const QJsonObject &code)
{
    return observation(c, line, def, storedResponse(c.d, line.instrumentId), responseKey, code);
}

} // namespace

QStringList addMeasures(ExportContext &c)
{
    QStringList lines;
    for (const InstrumentLine &line : c.d.summary.instruments) {
        const Instruments::Definition *def = c.library.find(line.instrumentId);
        const QString base = line.instrumentId;
        const QString responseKey = u"QuestionnaireResponse/"_s + base;
        const ResponseRecord *stored = storedResponse(c.d, line.instrumentId);
        QString canonical = c.system(u"Questionnaire/"_s + line.instrumentId);
        const QString version = stored ? stored->instrumentVersion : def ? def->version : QString();
        if (!version.isEmpty())
            canonical += u'|' + QString::fromLatin1(QUrl::toPercentEncoding(version));
        QJsonObject response{{u"resourceType"_s, u"QuestionnaireResponse"_s},
                             {u"questionnaire"_s, canonical},
                             {u"status"_s, line.complete ? u"completed"_s : u"in-progress"_s},
                             {u"subject"_s, c.w.ref(c.patient)},
                             {u"encounter"_s, c.w.ref(c.encounter)},
                             {u"authored"_s, fhirDate(line.date.isValid() ? line.date : c.d.visit.visitDate)}};
        if (stored && def) {
            QJsonArray items;
            collectItems(def->items, *stored, c.system(u"CodeSystem/"_s + line.instrumentId), items);
            if (!items.isEmpty())
                response.insert(u"item"_s, items);
        }
        c.w.add(responseKey, response);
        c.responses << responseKey;

        const QString bandLoinc = verifiedLoinc(def, u"band"_s);
        const QString bandAnswer = bandLoinc.isEmpty() ? QString() : startBackRiskAnswer(line.bandCode);
        QStringList parts;
        bool interpreted = false;
        for (const ScaleLine &scale : line.scales) {
            if (!scale.value)
                continue;
            const QString loinc = verifiedLoinc(def, scale.scaleId);
            const QString text = line.title + u" \u2014 "_s + scale.label;
            const QJsonObject code = codeable(loinc.isEmpty() ? QJsonArray() : QJsonArray{coding(loincSystem(), loinc, loincDisplay(loinc))}, text);
            QJsonObject obs = observation(c, line, def, responseKey, code);
            const Instruments::Scale *definition = def ? def->scale(scale.scaleId) : nullptr;
            const bool percent = definition && definition->method == Instruments::ScaleMethod::PercentOfMax;
            const QString unit = percent ? u"%"_s : u"{score}"_s;
            obs.insert(u"valueQuantity"_s, QJsonObject{{u"value"_s, *scale.value}, {u"unit"_s, unit},
                                                       {u"system"_s, ucumSystem()}, {u"code"_s, unit}});
            // A band without a verified answer code travels as the first scale's interpretation text.
            if (!line.bandLabel.isEmpty() && bandAnswer.isEmpty() && !interpreted) {
                obs.insert(u"interpretation"_s, QJsonArray{textConcept(line.bandLabel)});
                interpreted = true;
            }
            const QString key = u"Observation/"_s + base + u'/' + scale.scaleId;
            c.w.add(key, obs);
            c.observations << key;
            parts << scale.label + u' ' + valueText(*scale.value, scale.decimals) + (percent ? u" %"_s : QString());
        }
        if (!bandAnswer.isEmpty()) {
            const QJsonObject code = codeable({coding(loincSystem(), bandLoinc, loincDisplay(bandLoinc))}, line.title + u" \u2014 "_s + FhirText::tr("risk level"));
            QJsonObject obs = observation(c, line, def, responseKey, code);
            obs.insert(u"valueCodeableConcept"_s, codeable({coding(loincSystem(), bandAnswer, loincDisplay(bandAnswer))}, line.bandLabel));
            const QString key = u"Observation/"_s + base + u"/band"_s;
            c.w.add(key, obs);
            c.observations << key;
        }
        if (!line.bandLabel.isEmpty())
            parts << line.bandLabel;
        if (!line.complete)
            parts << FhirText::tr("incomplete");
        if (!line.alerts.isEmpty())
            parts << FhirText::tr("alerts: %1").arg(line.alerts.join(u", "_s));
        lines << FhirText::tr("%1 (%2): %3").arg(line.title, fhirDate(line.date), parts.join(u"; "_s));
    }
    return lines;
}

} // namespace SpineDesk::Fhir
