#include "storage/visitguard.h"

#include "storage/sqlvalues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct VisitGuardText {
    Q_DECLARE_TR_FUNCTIONS(VisitGuardText)
};
} // namespace

QString whyVisitIsReadOnly(const QSqlDatabase &db, qint64 visitId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT status FROM visits WHERE id = ?"_s);
    q.addBindValue(visitId);
    QString error;
    if (!Sql::run(q, &error))
        return error;
    if (!q.next())
        return VisitGuardText::tr("The visit no longer exists.");
    if (q.value(0).toString() == u"signed")
        return VisitGuardText::tr("This visit is signed; record changes as an addendum.");
    return {};
}

} // namespace SpineDesk
