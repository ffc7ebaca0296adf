#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace SpineDesk {

// The clinic's letterhead and working language (letter-and-handouts.md §3 header; §5 rule 3:
// the letter to the primary clinician is in the clinic's working language).
struct ClinicProfile {
    QString name;
    QStringList addressLines;
    QString phone;
    QString fax;
    QByteArray logoPng;          // may be empty
    QString workingLanguage = QStringLiteral("en");
    int rowVersion = 0;

    bool isEmpty() const { return name.trimmed().isEmpty(); }
};

} // namespace SpineDesk
