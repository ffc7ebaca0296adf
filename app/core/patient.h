#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace SpineDesk {

enum class Sex { Unknown, Female, Male, Other };
QString sexCode(Sex sex);
std::optional<Sex> sexFromCode(QStringView code);
QString sexLabel(Sex sex);

struct Patient {
    qint64 id = 0;
    QString familyName;
    QString givenName;
    QDate birthDate;
    Sex sex = Sex::Unknown;
    QString mrn;
    QString phone;
    QString preferredLanguage = QStringLiteral("en"); // BCP 47 primary tag
    int rowVersion = 0;

    QString displayName() const; // "Family, Given"
    int ageOn(QDate date) const;
};

} // namespace SpineDesk
