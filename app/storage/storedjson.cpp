#include "storage/storedjson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace SpineDesk::Sql {

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> storedObject(const QString &text, QString *why)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = parse.error != QJsonParseError::NoError ? parse.errorString() : u"not a JSON object"_s;
        return std::nullopt;
    }
    return doc.object();
}

} // namespace SpineDesk::Sql
