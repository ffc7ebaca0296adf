#include "core/decisionaids/evidence.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk::Aids {

namespace {
bool sameNumber(double a, double b)
{
    return std::abs(std::abs(a) - std::abs(b)) < 1e-9;
}

QList<double> numberList(const ContentReader &r, const QString &key)
{
    QList<double> out;
    const QJsonArray a = r.array(key, false);
    for (int i = 0; i < a.size(); ++i) {
        if (!a.at(i).isDouble())
            r.error(key + u'[' + QString::number(i) + u']', u"must be a number"_s);
        else
            out << a.at(i).toDouble();
    }
    return out;
}
} // namespace

bool Evidence::registers(double number) const
{
    for (int n : per100)
        if (sameNumber(n, number))
            return true;
    for (double v : values)
        if (sameNumber(v, number))
            return true;
    for (double v : numbers)
        if (sameNumber(v, number))
            return true;
    return false;
}

QList<double> numbersIn(const QString &text)
{
    // Not preceded by a letter or digit, nor by "letter-": SF-36, L4-5 and S1 are names.
    static const QRegularExpression re(u"(?<![\\w.])(?<!\\w-)(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    QList<double> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        QString n = it.next().captured(1);
        n.remove(u',');
        out << n.toDouble();
    }
    return out;
}

EvidenceRegistry EvidenceRegistry::load(const QString &path, QStringList *errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        errors->append(u"%1: cannot be read (%2)"_s.arg(QFileInfo(path).fileName(), f.errorString()));
        return {};
    }
    return parse(f.readAll(), QFileInfo(path).fileName(), errors);
}

EvidenceRegistry EvidenceRegistry::parse(const QByteArray &json, const QString &fileName, QStringList *errors)
{
    ContentErrors problems(fileName);
    EvidenceRegistry out;
    if (const auto doc = ContentReader::parseDocument(json, &problems)) {
        const ContentReader top(*doc, QString(), &problems);
        top.allowOnly({"source", "reviewed", "entries"});
        top.string(u"source"_s);
        out.m_reviewed = top.string(u"reviewed"_s);
        const QJsonArray entries = top.array(u"entries"_s);
        QSet<QString> seen;
        for (int i = 0; i < entries.size(); ++i) {
            const ContentReader r = top.element(entries, i, u"entries"_s);
            r.allowOnly({"id", "citation", "design", "population", "horizon", "tag", "per100", "values", "numbers"});
            Evidence e;
            e.id = r.string(u"id"_s);
            static const QRegularExpression idRe(u"^DE-[A-Z0-9]+-\\d\\d$"_s);
            if (!e.id.isEmpty() && !idRe.match(e.id).hasMatch())
                r.error(u"id"_s, u"\"%1\" is not an evidence ID such as DE-IDH-05"_s.arg(e.id));
            if (seen.contains(e.id))
                r.error(u"id"_s, u"duplicate evidence ID \"%1\""_s.arg(e.id));
            seen.insert(e.id);
            e.citation = r.string(u"citation"_s);
            e.design = r.string(u"design"_s);
            e.population = r.string(u"population"_s);
            e.horizon = r.string(u"horizon"_s);
            const QString tag = r.choice(u"tag"_s, {u"V"_s, u"S"_s, u"R"_s, u"U"_s});
            e.tag = evidenceTagFromCode(tag).value_or(EvidenceTag::NotFound);
            const QJsonArray per100 = r.array(u"per100"_s, false);
            for (int k = 0; k < per100.size(); ++k) {
                const double d = per100.at(k).toDouble(-1);
                if (!per100.at(k).isDouble() || d != std::floor(d) || d < 0 || d > 100)
                    r.error(u"per100[%1]"_s.arg(k), u"must be a whole number from 0 to 100"_s);
                else
                    e.per100 << int(d);
            }
            e.values = numberList(r, u"values"_s);
            e.numbers = numberList(r, u"numbers"_s);
            if ((e.tag == EvidenceTag::Recalled || e.tag == EvidenceTag::NotFound) && !(e.per100.isEmpty() && e.values.isEmpty()))
                r.error(u"tag"_s, u"an entry tagged %1 must not register figures (decision-evidence.md §7)"_s.arg(tag));
            out.m_entries << e;
        }
    }
    if (!problems.isEmpty()) {
        errors->append(problems.list());
        return {};
    }
    return out;
}

const Evidence *EvidenceRegistry::find(const QString &id) const
{
    for (const Evidence &e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

} // namespace SpineDesk::Aids
