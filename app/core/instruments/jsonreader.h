#pragma once

#include "core/instruments/definition.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <initializer_list>

namespace SpineDesk::Instruments {

// Reads a JSON object strictly, collecting errors with the JSON path of each problem.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path, QStringList *errors);

    JsonReader child(const QString &key) const;        // a required or present object member
    JsonReader element(const QJsonArray &array, int index, const QString &key) const;
    bool has(const QString &key) const { return m_object.contains(key); }
    // Reports every key not in `allowed`.
    void allowOnly(std::initializer_list<const char *> allowed) const;

    QString string(const QString &key, bool required = true) const;
    double number(const QString &key, bool required = true, double fallback = 0) const;
    std::optional<double> optionalNumber(const QString &key) const;
    int integer(const QString &key, bool required = true, int fallback = 0) const;
    bool boolean(const QString &key, bool fallback) const;
    LocalText text(const QString &key, bool required = true) const;
    QJsonArray array(const QString &key, bool required = true) const;
    QStringList strings(const QString &key, bool required = true) const;
    // A string member that must be one of `values`.
    QString oneOf(const QString &key, const QStringList &values, bool required = true, const QString &fallback = {}) const;

    void error(const QString &key, const QString &message) const;
    QString pathOf(const QString &key) const;
    const QJsonObject &object() const { return m_object; }
    const QString &path() const { return m_path; }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_errors;
};

} // namespace SpineDesk::Instruments
