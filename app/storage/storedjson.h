#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace SpineDesk::Sql {

// Rows that keep one JSON document (decisions, considerations, plans): written compact, read
// back strictly; text that is not a JSON object gives nullopt and the reason in `why`.
QString compactJson(const QJsonObject &o);
std::optional<QJsonObject> storedObject(const QString &text, QString *why);

} // namespace SpineDesk::Sql
