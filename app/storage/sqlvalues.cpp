#include "storage/sqlvalues.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SpineDesk::Sql {

bool run(QSqlQuery &q, QString *error)
{
    // Text is never NULL in SpineDesk's tables: an absent value is an invalid QVariant, and
    // a null QString (Qt's default) means empty text.
    const QVariantList bound = q.boundValues();
    for (int i = 0; i < bound.size(); ++i)
        if (bound[i].metaType() == QMetaType::fromType<QString>() && bound[i].toString().isNull())
            q.bindValue(i, QString(u""_s));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace SpineDesk::Sql
