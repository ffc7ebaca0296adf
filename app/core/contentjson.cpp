#include "core/contentjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct EvidenceText {
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)
};

// The languages content may carry; matches supportedLanguages() in app/i18n.
const QStringList kLanguages = {u"en"_s, u"es"_s};
} // namespace

QString contentText(const ContentText &text, const QString &lang)
{
    const QString local = text.value(lang.isEmpty() ? u"en"_s : lang);
    return local.isEmpty() ? text.value(u"en"_s) : local;
}

QString evidenceTagCode(EvidenceTag tag)
{
    switch (tag) {
    case EvidenceTag::Verified: return u"V"_s;
    case EvidenceTag::Secondary: return u"S"_s;
    case EvidenceTag::Recalled: return u"R"_s;
    case EvidenceTag::ProjectRule: return u"rule"_s;
    case EvidenceTag::NotFound: break;
    }
    return u"U"_s;
}

std::optional<EvidenceTag> evidenceTagFromCode(QStringView code)
{
    for (auto t : {EvidenceTag::Verified, EvidenceTag::Secondary, EvidenceTag::Recalled, EvidenceTag::NotFound, EvidenceTag::ProjectRule})
        if (evidenceTagCode(t) == code)
            return t;
    return std::nullopt;
}

QString evidenceTagLabel(EvidenceTag tag)
{
    switch (tag) {
    case EvidenceTag::Verified: return EvidenceText::tr("verified");
    case EvidenceTag::Secondary: return EvidenceText::tr("secondary source only");
    case EvidenceTag::Recalled: return EvidenceText::tr("unverified (recalled, not checked)");
    case EvidenceTag::ProjectRule: return EvidenceText::tr("SpineDesk rule");
    case EvidenceTag::NotFound: break;
    }
    return EvidenceText::tr("unverified (source not found)");
}

bool needsVerification(const QList<ContentCitation> &sources)
{
    for (const auto &c : sources)
        if (c.tag == EvidenceTag::Verified || c.tag == EvidenceTag::Secondary)
            return false;
    return true;
}

ContentErrors::ContentErrors(QString fileName)
    : m_fileName(std::move(fileName))
{
}

void ContentErrors::add(const QString &path, const QString &message)
{
    m_list.append(m_fileName + u": "_s + (path.isEmpty() ? QString() : path + u": "_s) + message);
}

ContentReader::ContentReader(QJsonObject object, QString path, ContentErrors *errors)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_errors(errors)
{
}

std::optional<QJsonObject> ContentReader::parseDocument(const QByteArray &bytes, ContentErrors *errors)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        errors->add({}, u"not valid JSON: %1 at offset %2"_s.arg(parse.errorString()).arg(parse.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        errors->add({}, u"the top level must be an object"_s);
        return std::nullopt;
    }
    return doc.object();
}

QString ContentReader::pathOf(const QString &key) const
{
    if (key.isEmpty())
        return m_path;
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void ContentReader::error(const QString &key, const QString &message) const
{
    m_errors->add(pathOf(key), message);
}

void ContentReader::allowOnly(std::initializer_list<const char *> keys) const
{
    QSet<QString> known;
    for (const char *k : keys)
        known.insert(QString::fromLatin1(k));
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (!known.contains(it.key()))
            error(it.key(), u"unknown key"_s);
}

QString ContentReader::string(const QString &key, bool required) const
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

QString ContentReader::id(const QString &key) const
{
    static const QRegularExpression re(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    const QString s = string(key);
    if (!s.isEmpty() && !re.match(s).hasMatch())
        error(key, u"\"%1\" is not an id: use lower-case letters, digits and single hyphens"_s.arg(s));
    return s;
}

int ContentReader::integer(const QString &key, int min, int max, bool required, int fallback) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (required)
            error(key, u"missing"_s);
        return fallback;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
        error(key, u"must be a whole number from %1 to %2"_s.arg(min).arg(max));
        return fallback;
    }
    return int(d);
}

bool ContentReader::boolean(const QString &key, bool fallback) const
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

double ContentReader::number(const QString &key, bool required, double fallback) const
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

std::optional<double> ContentReader::optionalNumber(const QString &key) const
{
    if (!m_object.contains(key))
        return std::nullopt;
    return number(key);
}

QStringList ContentReader::strings(const QString &key, bool required) const
{
    QStringList out;
    const QJsonArray a = array(key, required);
    for (int i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            m_errors->add(pathOf(key) + u'[' + QString::number(i) + u']', u"must be a string"_s);
        else
            out << a.at(i).toString();
    }
    return out;
}

QString ContentReader::choice(const QString &key, const QStringList &values, bool required, const QString &fallback) const
{
    if (!m_object.contains(key)) {
        if (required)
            error(key, u"missing"_s);
        return fallback;
    }
    const QString v = string(key);
    if (!v.isEmpty() && !values.contains(v)) {
        error(key, unknownValue(v, values));
        return fallback;
    }
    return v;
}

ContentText ContentReader::textValue(const QJsonValue &value, const QString &path) const
{
    ContentText out;
    if (!value.isObject()) {
        m_errors->add(path, u"must be an object of texts per language, such as {\"en\": \"…\"}"_s);
        return out;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString p = path + u'.' + it.key();
        if (!kLanguages.contains(it.key()))
            m_errors->add(p, u"unknown language (expected %1)"_s.arg(kLanguages.join(u", "_s)));
        else if (!it->isString() || it->toString().trimmed().isEmpty())
            m_errors->add(p, u"must be a non-empty string"_s);
        else
            out.insert(it.key(), it->toString());
    }
    if (!o.contains(u"en"_s))
        m_errors->add(path + u".en"_s, u"missing"_s);
    return out;
}

ContentText ContentReader::text(const QString &key, bool required) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (required)
            error(key, u"missing"_s);
        return {};
    }
    return textValue(v, pathOf(key));
}

QJsonArray ContentReader::array(const QString &key, bool required) const
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
    if (required && v.toArray().isEmpty())
        error(key, u"must not be empty"_s);
    return v.toArray();
}

ContentReader ContentReader::child(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        error(key, u"missing"_s);
    else if (!v.isObject())
        error(key, u"must be an object"_s);
    return ContentReader(v.toObject(), pathOf(key), m_errors);
}

ContentReader ContentReader::element(const QJsonArray &array, int index, const QString &arrayKey) const
{
    const QString path = pathOf(arrayKey) + u'[' + QString::number(index) + u']';
    if (!array.at(index).isObject())
        m_errors->add(path, u"must be an object"_s);
    return ContentReader(array.at(index).toObject(), path, m_errors);
}

std::optional<ContentCitation> ContentReader::citationFrom(const QJsonValue &value, const QString &path) const
{
    if (!value.isObject()) {
        m_errors->add(path, u"must be an object {\"text\": \"…\", \"tag\": \"V\"}"_s);
        return std::nullopt;
    }
    const ContentReader r(value.toObject(), path, m_errors);
    r.allowOnly({"text", "tag"});
    ContentCitation c;
    c.text = r.string(u"text"_s);
    const auto tag = r.oneOf<EvidenceTag>(u"tag"_s,
                                          {EvidenceTag::Verified, EvidenceTag::Secondary, EvidenceTag::Recalled,
                                           EvidenceTag::NotFound, EvidenceTag::ProjectRule},
                                          evidenceTagCode);
    if (c.text.trimmed().isEmpty() || !tag)
        return std::nullopt;
    c.tag = *tag;
    return c;
}

std::optional<ContentCitation> ContentReader::citation(const QString &key) const
{
    if (!m_object.contains(key)) {
        error(key, u"missing"_s);
        return std::nullopt;
    }
    return citationFrom(m_object.value(key), pathOf(key));
}

QList<ContentCitation> ContentReader::citations(const QString &key, bool required) const
{
    QList<ContentCitation> out;
    const QJsonArray a = array(key, required);
    for (int i = 0; i < a.size(); ++i)
        if (auto c = citationFrom(a.at(i), pathOf(key) + u'[' + QString::number(i) + u']'))
            out.append(*c);
    return out;
}

QString ContentReader::unknownValue(const QString &value, const QStringList &expected)
{
    QString list;
    for (int i = 0; i < expected.size(); ++i)
        list += (i == 0 ? QString() : i + 1 == expected.size() ? u" or "_s : u", "_s) + expected[i];
    return u"unknown value \"%1\" (expected %2)"_s.arg(value, list);
}

} // namespace SpineDesk
