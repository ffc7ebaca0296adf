#include "core/plan/diagnosis.h"

#include "core/contentjson.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace SpineDesk::Plans {

const QStringList &verifiedIcd10Codes()
{
    // codes-and-fhir.md §3, rows marked [V]. M54.17 and M48.062 are [S]: never emitted.
    static const QStringList codes{u"M54.50"_s, u"M54.51"_s, u"M54.59"_s, u"M54.16"_s, u"M51.16"_s, u"M51.17"_s,
                                   u"M48.061"_s, u"M43.16"_s, u"M54.40"_s, u"M54.41"_s, u"M54.42"_s, u"M47.816"_s};
    return codes;
}

const QStringList &verifiedSnomedCodes()
{
    // codes-and-fhir.md §2, rows marked [V] that are diagnoses.
    static const QStringList codes{u"18347007"_s, u"128196005"_s, u"2415007"_s, u"202708005"_s, u"202735001"_s,
                                   u"4046000"_s};
    return codes;
}

QString excludesConflict(const QStringList &icd10Codes)
{
    const bool radiculopathy = icd10Codes.contains(u"M54.16"_s) || icd10Codes.contains(u"M54.17"_s);
    const bool disc = icd10Codes.contains(u"M51.16"_s) || icd10Codes.contains(u"M51.17"_s);
    if (radiculopathy && disc)
        return DiagnosisCatalogue::tr("M54.16/M54.17 must not be coded together with M51.16/M51.17: radiculopathy "
                                      "due to a disc disorder is coded as the disc disorder (ICD-10-CM Excludes1).");
    return {};
}

namespace {

void readCode(const ContentReader &entry, const char *key, const QStringList &verified, const char *titleKey,
              QString *code, QString *title)
{
    if (!entry.has(QString::fromLatin1(key)))
        return;
    const ContentReader c = entry.child(QString::fromLatin1(key));
    c.allowOnly({"code", titleKey});
    *code = c.string(u"code"_s);
    *title = c.string(QString::fromLatin1(titleKey));
    if (!code->isEmpty() && !verified.contains(*code))
        c.error(u"code"_s, u"\"%1\" is not in the verified code list (codes-and-fhir.md); emit text until it is"_s.arg(*code));
}

} // namespace

DiagnosisCatalogue DiagnosisCatalogue::parse(const QByteArray &json, const QString &fileName, QStringList *errors)
{
    DiagnosisCatalogue cat;
    ContentErrors problems(fileName);
    if (const auto root = ContentReader::parseDocument(json, &problems)) {
        const ContentReader top(*root, QString(), &problems);
        top.allowOnly({"checkedAgainst", "diagnoses"});
        cat.m_checkedAgainst = top.string(u"checkedAgainst"_s);
        const QJsonArray list = top.array(u"diagnoses"_s);
        QSet<QString> ids;
        for (int i = 0; i < list.size(); ++i) {
            const ContentReader e = top.element(list, i, u"diagnoses"_s);
            e.allowOnly({"id", "label", "patientWords", "icd10cm", "snomed", "note", "nonSpecific", "radicular", "stenosis"});
            DiagnosisDefinition d;
            d.id = e.id(u"id"_s);
            if (!d.id.isEmpty() && ids.contains(d.id))
                e.error(u"id"_s, u"duplicate id \"%1\""_s.arg(d.id));
            ids.insert(d.id);
            d.label = e.string(u"label"_s);
            d.patientWords = e.string(u"patientWords"_s);
            readCode(e, "icd10cm", verifiedIcd10Codes(), "title", &d.icd10cm, &d.icd10Title);
            readCode(e, "snomed", verifiedSnomedCodes(), "display", &d.snomed, &d.snomedDisplay);
            d.note = e.string(u"note"_s, false);
            d.nonSpecific = e.boolean(u"nonSpecific"_s);
            d.radicular = e.boolean(u"radicular"_s);
            d.stenosis = e.boolean(u"stenosis"_s);
            cat.m_all.append(d);
        }
    }
    if (errors)
        *errors = problems.list();
    if (!problems.isEmpty())
        cat.m_all.clear(); // a bad file offers nothing rather than a partial list
    return cat;
}

const DiagnosisCatalogue &DiagnosisCatalogue::bundled()
{
    static const DiagnosisCatalogue catalogue = [] {
        const QString name = u":/content/codes/diagnoses.json"_s;
        QFile file(name);
        QStringList errors;
        DiagnosisCatalogue c;
        if (!file.open(QIODevice::ReadOnly))
            errors << tr("%1: cannot be read").arg(name);
        else
            c = parse(file.readAll(), name, &errors);
        c.m_errors = errors;
        return c;
    }();
    return catalogue;
}

const DiagnosisDefinition *DiagnosisCatalogue::find(const QString &id) const
{
    for (const DiagnosisDefinition &d : m_all)
        if (d.id == id)
            return &d;
    return nullptr;
}

} // namespace SpineDesk::Plans
