#include "core/instruments/jsonreader.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace SpineDesk::Instruments {

JsonReader::JsonReader(const QJsonObject &object, QString path, QStringList *errors)
    : m_object(object)
    , m_path(std::move(path))
    , m_errors(errors)
{
}

QString JsonReader::pathOf(const QString &key) const
{
    if (key.isEmpty())
        return m_path.isEmpty() ? u"(top level)"_s : m_path;
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonReader::error(const QString &key, const QString &message) const
{
    m_errors->append(pathOf(key) + u": "_s + message);
}

JsonReader JsonReader::child(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        error(key, u"missing"_s);
    else if (!v.isObject())
        error(key, u"must be an object"_s);
    return JsonReader(v.toObject(), pathOf(key), m_errors);
}

JsonReader JsonReader::element(const QJsonArray &array, int index, const QString &key) const
{
    const QString path = pathOf(key) + u'[' + QString::number(index) + u']';
    if (!array.at(index).isObject())
        m_errors->append(path + u": must be an object"_s);
    return JsonReader(array.at(index).toObject(), path, m_errors);
}

void JsonReader::allowOnly(std::initializer_list<const char *> allowed) const
{
    QSet<QString> ok;
    for (const char *k : allowed)
        ok.insert(QString::fromLatin1(k));
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (!ok.contains(it.key()))
            error(it.key(), u"unknown key"_s);
}

QString JsonReader::string(const QString &key, bool required) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (required)
            error(key, u"missing"_s);
        return {};
    }
    if (!v.isString()) {
        error(key, u"must be a string"_s);
        return {};
    }
    if (required && v.toString().trimmed().isEmpty())
        error(key, u"must not be empty"_s);
    return v.toString();
}

double JsonReader::number(const QString &key, bool required, double fallback) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (required)
            error(key, u"missing"_s);
        return fallback;
    }
    if (!v.isDouble()) {
        error(key, u"must be a number"_s);
        return fallback;
    }
    return v.toDouble();
}

std::optional<double> JsonReader::optionalNumber(const QString &key) const
{
    if (!m_object.contains(key))
        return std::nullopt;
    return number(key);
}

int JsonReader::integer(const QString &key, bool required, int fallback) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() && !required)
        return fallback;
    const double d = number(key, required, fallback);
    if (v.isDouble() && d != double(int(d)))
        error(key, u"must be a whole number"_s);
    return int(d);
}

bool JsonReader::boolean(const QString &key, bool fallback) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        error(key, u"must be true or false"_s);
        return fallback;
    }
    return v.toBool();
}

LocalText JsonReader::text(const QString &key, bool required) const
{
    LocalText out;
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (required)
            error(key, u"missing"_s);
        return out;
    }
    if (!v.isObject()) {
        error(key, u"must be an object of texts by language"_s);
        return out;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().size() != 2 || !it.key().at(0).isLower() || !it.key().at(1).isLower())
            error(key + u'.' + it.key(), u"not a two-letter language code"_s);
        else if (!it.value().isString())
            error(key + u'.' + it.key(), u"must be a string"_s);
        else
            out.insert(it.key(), it.value().toString());
    }
    if (!out.contains(u"en"_s) || out.value(u"en"_s).trimmed().isEmpty())
        error(key, u"needs English text (\"en\")"_s);
    return out;
}

QJsonArray JsonReader::array(const QString &key, bool required) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (required)
            error(key, u"missing"_s);
        return {};
    }
    if (!v.isArray()) {
        error(key, u"must be an array"_s);
        return {};
    }
    return v.toArray();
}

QStringList JsonReader::strings(const QString &key, bool required) const
{
    QStringList out;
    const QJsonArray a = array(key, required);
    for (int i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            m_errors->append(pathOf(key) + u'[' + QString::number(i) + u"]: must be a string"_s);
        else
            out << a.at(i).toString();
    }
    return out;
}

QString JsonReader::oneOf(const QString &key, const QStringList &values, bool required, const QString &fallback) const
{
    if (!m_object.contains(key) && !required)
        return fallback;
    const QString v = string(key, required);
    if (!v.isEmpty() && !values.contains(v)) {
        error(key, u"unknown value \"%1\" (expected %2)"_s.arg(v, values.join(u", "_s)));
        return fallback;
    }
    return v;
}

} // namespace SpineDesk::Instruments
