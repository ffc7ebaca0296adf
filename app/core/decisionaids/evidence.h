#pragma once

#include "core/contentjson.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace SpineDesk::Aids {

// One row of the evidence registry (resources/evidence/decision-evidence.json), which
// transcribes ../shared/clinical/decision-evidence.md.
struct Evidence {
    QString id; // "DE-IDH-05"
    QString citation;
    QString design;
    QString population;
    QString horizon;
    EvidenceTag tag = EvidenceTag::NotFound;
    QList<int> per100;     // "N of 100" counts the clinical file states
    QList<double> values;  // mean differences and other effects, signs kept
    QList<double> numbers; // other numbers its statements may show

    bool registers(double number) const; // any list, compared by absolute value
};

class EvidenceRegistry
{
public:
    static QString bundledPath() { return QStringLiteral(":/content/evidence/decision-evidence.json"); }
    // Errors read "FILE: JSON.PATH: message"; a registry with errors is empty.
    static EvidenceRegistry load(const QString &path, QStringList *errors);
    static EvidenceRegistry parse(const QByteArray &json, const QString &fileName, QStringList *errors);

    const Evidence *find(const QString &id) const;
    const QList<Evidence> &entries() const { return m_entries; }
    QString reviewed() const { return m_reviewed; }

private:
    QList<Evidence> m_entries;
    QString m_reviewed;
};

// The numbers written in a text, as the number rule counts them: "1,000" is 1000; numbers
// glued to a name ("SF-36", "L4-5", "S1") are not counted.
QList<double> numbersIn(const QString &text);

} // namespace SpineDesk::Aids
