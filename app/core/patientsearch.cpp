#include "core/patientsearch.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SpineDesk {

QString searchKey(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.toCaseFolded());
    }
    return out.simplified();
}

QList<SearchTerm> parsePatientSearch(QStringView input)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    static const QRegularExpression usDate(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"_s);
    static const QRegularExpression isoPrefix(u"^\\d{4}(-\\d{2}(-\\d{2})?)?$"_s);

    QList<SearchTerm> terms;
    const QStringList tokens = input.toString().split(separators, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        SearchTerm term;
        if (const auto m = usDate.match(token); m.hasMatch()) {
            const QDate d(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
            // An impossible date matches nothing rather than everything.
            term.birthDatePrefix = d.isValid() ? d.toString(Qt::ISODate) : u"invalid"_s;
        } else {
            term.key = searchKey(token);
            if (isoPrefix.match(token).hasMatch())
                term.birthDatePrefix = token;
        }
        if (!term.key.isEmpty() || !term.birthDatePrefix.isEmpty())
            terms.append(term);
    }
    return terms;
}

QStringList nameWords(const QString &familyName, const QString &givenName)
{
    static const QRegularExpression separators(u"[\\s'’.-]+"_s);
    QStringList words;
    for (const QString &name : {familyName, givenName})
        for (const QString &word : searchKey(name).split(separators, Qt::SkipEmptyParts))
            if (!words.contains(word))
                words << word;
    return words;
}

} // namespace SpineDesk
