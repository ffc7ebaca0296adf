#include "core/durationclass.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
constexpr int kAcuteDays = 4 * 7;     // ICSI 2018: acute is less than 4 weeks
constexpr int kChronicDays = 12 * 7;  // ICSI 2018: chronic is 12 weeks or more
} // namespace

std::optional<int> weeksSinceOnset(QDate onset, QDate asOf)
{
    if (!onset.isValid() || !asOf.isValid() || onset > asOf)
        return std::nullopt;
    return int(onset.daysTo(asOf) / 7);
}

DurationClass durationClass(QDate onset, QDate asOf)
{
    if (!onset.isValid() || !asOf.isValid() || onset > asOf)
        return DurationClass::Unknown;
    const qint64 days = onset.daysTo(asOf);
    if (days < kAcuteDays)
        return DurationClass::Acute;
    if (days < kChronicDays)
        return DurationClass::Subacute;
    return DurationClass::Chronic;
}

QString durationClassCode(DurationClass c)
{
    switch (c) {
    case DurationClass::Acute: return u"acute"_s;
    case DurationClass::Subacute: return u"subacute"_s;
    case DurationClass::Chronic: return u"chronic"_s;
    case DurationClass::Unknown: break;
    }
    return u"unknown"_s;
}

QString durationClassLabel(DurationClass c)
{
    switch (c) {
    case DurationClass::Acute: return QCoreApplication::translate("SpineDesk::Duration", "Acute (less than 4 weeks)");
    case DurationClass::Subacute: return QCoreApplication::translate("SpineDesk::Duration", "Subacute (4 to 12 weeks)");
    case DurationClass::Chronic: return QCoreApplication::translate("SpineDesk::Duration", "Chronic (12 weeks or more)");
    case DurationClass::Unknown: break;
    }
    return QCoreApplication::translate("SpineDesk::Duration", "Unknown (no onset date)");
}

QString durationClassCitation()
{
    return u"ICSI Adult Acute and Subacute Low Back Pain, 16th ed., March 2018"_s;
}

} // namespace SpineDesk
