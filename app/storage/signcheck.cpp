#include "storage/signcheck.h"

#include "core/therapy/handover.h"
#include "storage/handoverrepository.h"
#include "storage/redflagrepository.h"
#include "storage/responserepository.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

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
    QList<SignBlocker> out = signBlockers(*checklist, record->redFlags, alerts);
    QSqlQuery kind(db);
    kind.prepare(u"SELECT kind FROM visits WHERE id = ?"_s);
    kind.addBindValue(visitId);
    if (!Sql::run(kind, &error) || !kind.next())
        return out << unreadable(SignCheckText::tr("Visit %1 could not be read: %2").arg(visitId).arg(error));
    if (kind.value(0).toString() != u"pt")
        return out;
    // A red flag found by the therapist hands the patient to the physiatrist.
    const auto needs = Therapy::handoverNeeds(*checklist, record->redFlags, nullptr);
    for (const Therapy::HandoverNeed &n : Therapy::unmetHandovers(needs, HandoverRepository(db).forVisit(visitId))) {
        SignBlocker b;
        b.kind = SignBlocker::Kind::Handover;
        b.id = n.source;
        b.source = u"handover"_s;
        b.message = SignCheckText::tr("Hand the patient over to a physiatrist for this red flag first (Therapy step): %1").arg(n.detail);
        out << b;
    }
    return out;
}

} // namespace SpineDesk
