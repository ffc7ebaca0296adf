#include "core/patient.h"

#include "core/codes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

QString sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Female: return u"female"_s;
    case Sex::Male: return u"male"_s;
    case Sex::Other: return u"other"_s;
    case Sex::Unknown: break;
    }
    return u"unknown"_s;
}

std::optional<Sex> sexFromCode(QStringView code)
{
    return fromCode<Sex>({Sex::Unknown, Sex::Female, Sex::Male, Sex::Other}, sexCode, code);
}

QString sexLabel(Sex sex)
{
    switch (sex) {
    case Sex::Female: return QCoreApplication::translate("SpineDesk::Sex", "Female");
    case Sex::Male: return QCoreApplication::translate("SpineDesk::Sex", "Male");
    case Sex::Other: return QCoreApplication::translate("SpineDesk::Sex", "Other");
    case Sex::Unknown: break;
    }
    return QCoreApplication::translate("SpineDesk::Sex", "Unknown");
}

QString Patient::displayName() const
{
    if (givenName.isEmpty())
        return familyName;
    return familyName + u", "_s + givenName;
}

int Patient::ageOn(QDate date) const
{
    if (!birthDate.isValid() || !date.isValid() || date < birthDate)
        return -1;
    int age = date.year() - birthDate.year();
    if (date.month() < birthDate.month() || (date.month() == birthDate.month() && date.day() < birthDate.day()))
        --age;
    return age;
}

} // namespace SpineDesk
