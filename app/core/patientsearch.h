#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SpineDesk {

// What the patient list's search box means. Every term must match (AND); a term matches
// the start of the family name, given name or MRN, or the date of birth.
struct SearchTerm {
    QString key;            // normalized prefix for names and MRN; empty for a full date
    QString birthDatePrefix; // ISO date or its prefix ("1961", "1961-04", "1961-04-02")
};

// Lower case with diacritics removed, so "Núñez" is found by "nunez".
QString searchKey(QStringView text);
QList<SearchTerm> parsePatientSearch(QStringView input);
// Every word of both names, as search keys, so "lopez" finds "García López" and "cruz"
// finds "De la Cruz".
QStringList nameWords(const QString &familyName, const QString &givenName);

} // namespace SpineDesk
