#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace SpineDesk {

// Text per language in a content file ({"en": "…", "es": "…"}); English is always present.
using ContentText = QMap<QString, QString>;
// The text in lang, or the English text when that language is missing.
QString contentText(const ContentText &text, const QString &lang = QString());

// How far a clinical fact has been checked (../shared/clinical/README.md): V, S, R, U, or a
// SpineDesk project rule, which is a decision rather than a clinical fact.
enum class EvidenceTag { Verified, Secondary, Recalled, NotFound, ProjectRule };
QString evidenceTagCode(EvidenceTag tag); // "V", "S", "R", "U", "rule"
std::optional<EvidenceTag> evidenceTagFromCode(QStringView code);
QString evidenceTagLabel(EvidenceTag tag);

struct ContentCitation {
    QString text;
    EvidenceTag tag = EvidenceTag::NotFound;
};

// True when none of the sources is verified or secondary: the screen and the printout must
// then mark the fact "unverified" (clinical/README.md, rule 2).
bool needsVerification(const QList<ContentCitation> &sources);

// Problems found while reading one file (or one stored JSON value), each as
// "<file>: <JSON path>: <message>" so that a reviewer can go straight to it.
class ContentErrors
{
public:
    explicit ContentErrors(QString fileName);
    void add(const QString &path, const QString &message);
    bool isEmpty() const { return m_list.isEmpty(); }
    const QStringList &list() const { return m_list; }
    const QString &fileName() const { return m_fileName; }

private:
    QString m_fileName;
    QStringList m_list;
};

// Reads one JSON object strictly: every key must be known, every required key present and
// of the right type. Problems are collected, never thrown, so a bad file cannot crash.
class ContentReader
{
public:
    ContentReader(QJsonObject object, QString path, ContentErrors *errors);

    // The top-level object of a document; a parse error or a non-object is reported.
    static std::optional<QJsonObject> parseDocument(const QByteArray &bytes, ContentErrors *errors);

    const QJsonObject &object() const { return m_object; }
    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const;
    void error(const QString &key, const QString &message) const;
    bool has(const QString &key) const { return m_object.contains(key); }
    // Reports every key not listed.
    void allowOnly(std::initializer_list<const char *> keys) const;

    QString string(const QString &key, bool required = true) const; // required: not blank
    QString id(const QString &key) const;                             // [a-z0-9-]+
    int integer(const QString &key, int min, int max, bool required = true, int fallback = 0) const;
    bool boolean(const QString &key, bool fallback = false) const;
    double number(const QString &key, bool required = true, double fallback = 0) const;
    std::optional<double> optionalNumber(const QString &key) const; // absent: nullopt
    QStringList strings(const QString &key, bool required = true) const; // required: not empty
    // A string that must be one of `values` (for codes without an enum).
    QString choice(const QString &key, const QStringList &values, bool required = true, const QString &fallback = {}) const;
    ContentText text(const QString &key, bool required = true) const;
    ContentText textValue(const QJsonValue &value, const QString &path) const;
    QJsonArray array(const QString &key, bool required = true) const; // required: not empty
    ContentReader child(const QString &key) const;                      // a required object
    ContentReader element(const QJsonArray &array, int index, const QString &arrayKey) const;
    QList<ContentCitation> citations(const QString &key, bool required = true) const;
    std::optional<ContentCitation> citation(const QString &key) const; // a required object
    // A string that must be one of the codes; `code` maps a value to its code.
    template<typename E, typename Code>
    std::optional<E> oneOf(const QString &key, const QList<E> &values, Code code, bool required = true) const
    {
        if (!m_object.contains(key)) {
            if (required)
                error(key, QStringLiteral("missing"));
            return std::nullopt;
        }
        const QString s = string(key);
        if (s.isEmpty())
            return std::nullopt; // string() has said why
        QStringList codes;
        for (E e : values) {
            if (code(e) == s)
                return e;
            codes << code(e);
        }
        error(key, unknownValue(s, codes));
        return std::nullopt;
    }
    static QString unknownValue(const QString &value, const QStringList &expected);

private:
    std::optional<ContentCitation> citationFrom(const QJsonValue &value, const QString &path) const;
    QJsonObject m_object;
    QString m_path;
    ContentErrors *m_errors;
};

} // namespace SpineDesk
