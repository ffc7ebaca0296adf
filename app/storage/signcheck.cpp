#include "storage/signcheck.h"

#include "storage/redflagrepository.h"
#include "storage/responserepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct SignCheckText {
    Q_DECLARE_TR_FUNCTIONS(SignCheckText)
};

SignBlocker unreadable(const QString &what)
{
    SignBlocker b;
    b.kind = SignBlocker::Kind::RedFlag;
    b.id = u"unreadable"_s;
    b.message = what;
    return b;
}
} // namespace

QList<SignBlocker> signBlockersForVisit(const QSqlDatabase &db, qint64 visitId)
{
    QStringList errors;
    const auto checklist = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &errors);
    if (!checklist)
        return {unreadable(SignCheckText::tr("The red-flag checklist could not be read: %1").arg(errors.join(u"; "_s)))};
    QString error;
    const auto record = RedFlagRepository(db).load(visitId, &error);
    if (!record)
        return {unreadable(SignCheckText::tr("This visit's red-flag screen could not be read: %1").arg(error))};

    const auto acknowledgements = AlertRepository(db).forVisit(visitId);
    QList<SafetyAlert> alerts;
    for (const StoredResponse &r : ResponseRepository(db).forVisit(visitId)) {
        for (const QString &code : r.alerts) {
            SafetyAlert alert{code, r.instrumentId, {}, std::nullopt};
            for (const auto &a : acknowledgements)
                if (a.source == r.instrumentId && a.alertCode == code)
                    alert.acknowledgement = Acknowledgement{code, {}, a.action, {}, a.acknowledgedBy, a.acknowledgedAt};
            alerts << alert;
        }
    }
    return signBlockers(*checklist, record->redFlags, alerts);
}

} // namespace SpineDesk
