#include "core/decisionaids/aidloader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk::Aids {

namespace {

// The aid as written in its source language: translations and their records left out, so a
// decision recorded before a translation was added still matches its aid (the English is
// what was discussed; a translation is checked by its own record).
QJsonValue sourceValue(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(sourceValue(e));
        return out;
    }
    if (!v.isObject())
        return v;
    const QJsonObject o = v.toObject();
    const QStringList keys = o.keys();
    const bool localText = o.contains(u"en"_s) && std::all_of(keys.cbegin(), keys.cend(), [](const QString &k) { return k.size() == 2; });
    QJsonObject out;
    for (const QString &k : keys)
        if (!localText || k == u"en")
            out.insert(k, sourceValue(o.value(k)));
    return out;
}

QJsonObject sourceContent(QJsonObject aid)
{
    aid.remove(u"translations"_s);
    return sourceValue(aid).toObject();
}


QString formatNumber(double d)
{
    return QString::number(d, 'g', 10);
}

// Reads one aid; every problem goes to `errors` with its JSON path.
class AidParser
{
public:
    AidParser(const EvidenceRegistry &registry, ContentErrors *errors)
        : m_registry(registry)
        , m_errors(errors)
    {
    }

    DecisionAid parse(const ContentReader &top, const QString &expectedId);

private:
    QDate date(const ContentReader &r, const QString &key) const;
    const Evidence *evidence(const ContentReader &r, const QString &key, const QString &id) const;
    QStringList evidenceList(const ContentReader &r, const QString &key) const;
    // The number rule: every number in `text` is registered for one of `cited`.
    void checkNumbers(const ContentText &text, const QString &path, const QStringList &cited) const;
    ContentText citedText(const ContentReader &r, const QString &key, const QStringList &cited) const
    {
        const ContentText t = r.text(key);
        checkNumbers(t, r.pathOf(key), cited);
        return t;
    }
    ContentText plainText(const ContentReader &r, const QString &key) const { return citedText(r, key, {}); }
    QString optionRef(const ContentReader &r, const QString &key, const DecisionAid &aid, bool required = true) const;
    void readOptions(const ContentReader &top, DecisionAid &aid) const;
    void readGrid(const ContentReader &top, DecisionAid &aid) const;
    void readOutcomes(const ContentReader &top, DecisionAid &aid) const;
    void readScaleShifts(const ContentReader &top, DecisionAid &aid) const;
    void readValues(const ContentReader &top, DecisionAid &aid) const;
    void readKnowledge(const ContentReader &top, DecisionAid &aid) const;
    void readRecovery(const ContentReader &top, DecisionAid &aid) const;
    // A text that carries no citation and no number rule (update policy, funding).
    ContentText trackedText(const ContentReader &r, const QString &key) const
    {
        const ContentText t = r.text(key);
        m_texts.append({r.pathOf(key), t});
        return t;
    }
    void readTranslations(const ContentReader &top, DecisionAid &aid) const;
    void checkLanguages(const DecisionAid &aid) const;

    const EvidenceRegistry &m_registry;
    ContentErrors *m_errors;
    mutable QList<std::pair<QString, ContentText>> m_texts; // every text read, with its path
};

QDate AidParser::date(const ContentReader &r, const QString &key) const
{
    const QString s = r.string(key);
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!s.isEmpty() && !d.isValid())
        r.error(key, u"\"%1\" is not a date (YYYY-MM-DD)"_s.arg(s));
    return d;
}

const Evidence *AidParser::evidence(const ContentReader &r, const QString &key, const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    const Evidence *e = m_registry.find(id);
    if (!e) {
        r.error(key, u"unknown evidence ID \"%1\" (resources/evidence/decision-evidence.json)"_s.arg(id));
        return nullptr;
    }
    if (e->tag != EvidenceTag::Verified) {
        r.error(key, u"evidence %1 is tagged %2; patient-facing aids cite verified entries only (decision-evidence.md §0)"_s
                         .arg(id, evidenceTagCode(e->tag)));
        return nullptr;
    }
    return e;
}

QStringList AidParser::evidenceList(const ContentReader &r, const QString &key) const
{
    const QStringList ids = r.strings(key, false);
    for (int i = 0; i < ids.size(); ++i)
        evidence(r, key + u'[' + QString::number(i) + u']', ids[i]);
    return ids;
}

void AidParser::checkNumbers(const ContentText &text, const QString &path, const QStringList &cited) const
{
    m_texts.append({path, text});
    for (auto it = text.begin(); it != text.end(); ++it) {
        for (double n : numbersIn(it.value())) {
            bool registered = false;
            for (const QString &id : cited) {
                const Evidence *e = m_registry.find(id);
                registered = registered || (e && e->registers(n));
            }
            if (registered)
                continue;
            if (cited.isEmpty())
                m_errors->add(path + u'.' + it.key(), u"the number %1 has no citation here; numbers belong in cited parts of the aid"_s.arg(formatNumber(n)));
            else
                m_errors->add(path + u'.' + it.key(), u"the number %1 is not registered for %2"_s.arg(formatNumber(n), cited.join(u", "_s)));
        }
    }
}

QString AidParser::optionRef(const ContentReader &r, const QString &key, const DecisionAid &aid, bool required) const
{
    const QString id = r.string(key, required);
    if (!id.isEmpty() && !aid.option(id))
        r.error(key, u"unknown option \"%1\""_s.arg(id));
    return id;
}

void AidParser::readOptions(const ContentReader &top, DecisionAid &aid) const
{
    const QJsonArray a = top.array(u"options"_s);
    if (!a.isEmpty() && a.size() < 2)
        top.error(u"options"_s, u"a decision needs at least two options"_s);
    for (int i = 0; i < a.size(); ++i) {
        const ContentReader r = top.element(a, i, u"options"_s);
        r.allowOnly({"id", "label", "summary", "conservative"});
        Option o;
        o.id = r.id(u"id"_s);
        if (aid.option(o.id))
            r.error(u"id"_s, u"duplicate option \"%1\""_s.arg(o.id));
        o.label = plainText(r, u"label"_s);
        o.summary = plainText(r, u"summary"_s);
        o.conservative = r.boolean(u"conservative"_s);
        aid.options << o;
    }
    if (!a.isEmpty() && std::none_of(aid.options.begin(), aid.options.end(), [](const Option &o) { return o.conservative; }))
        top.error(u"options"_s, u"one option must continue conservative care (\"conservative\": true)"_s);
}

void AidParser::readGrid(const ContentReader &top, DecisionAid &aid) const
{
    const QJsonArray a = top.array(u"grid"_s);
    if (!a.isEmpty() && a.size() < 4)
        top.error(u"grid"_s, u"an option grid needs at least 4 questions"_s);
    QStringList topicCodes;
    for (GridTopic t : gridTopics())
        topicCodes << gridTopicCode(t);
    QSet<QString> ids;
    for (int i = 0; i < a.size(); ++i) {
        const ContentReader r = top.element(a, i, u"grid"_s);
        r.allowOnly({"id", "topic", "question", "answers", "evidence"});
        GridRow row;
        row.id = r.id(u"id"_s);
        if (ids.contains(row.id))
            r.error(u"id"_s, u"duplicate row \"%1\""_s.arg(row.id));
        ids.insert(row.id);
        const QString topic = r.choice(u"topic"_s, topicCodes);
        for (GridTopic t : gridTopics())
            if (gridTopicCode(t) == topic)
                row.topic = t;
        row.evidence = evidenceList(r, u"evidence"_s);
        row.question = citedText(r, u"question"_s, row.evidence);
        const ContentReader answers = r.child(u"answers"_s);
        for (auto it = answers.object().begin(); it != answers.object().end(); ++it) {
            if (!aid.option(it.key())) {
                answers.error(it.key(), u"unknown option \"%1\""_s.arg(it.key()));
                continue;
            }
            row.answers.insert(it.key(), citedText(answers, it.key(), row.evidence));
        }
        for (const Option &o : std::as_const(aid.options))
            if (!answers.has(o.id))
                answers.error(o.id, u"missing: every option is answered in every row (IPDAS C1)"_s);
        aid.grid << row;
    }
}

void AidParser::readOutcomes(const ContentReader &top, DecisionAid &aid) const
{
    const QJsonArray a = top.array(u"outcomes"_s, false);
    QStringList kindCodes;
    for (OutcomeKind k : outcomeKinds())
        kindCodes << outcomeKindCode(k);
    for (int i = 0; i < a.size(); ++i) {
        const ContentReader r = top.element(a, i, u"outcomes"_s);
        r.allowOnly({"id", "kind", "title", "affected", "unaffected", "per100", "population", "horizon", "design", "uncertainty",
                     "statement", "evidence"});
        Outcome o;
        o.id = r.id(u"id"_s);
        const QString kind = r.choice(u"kind"_s, kindCodes);
        for (OutcomeKind k : outcomeKinds())
            if (outcomeKindCode(k) == kind)
                o.kind = k;
        o.evidence = r.string(u"evidence"_s);
        const Evidence *e = evidence(r, u"evidence"_s, o.evidence);
        auto cited = [&r, &o, this](const char *key) { return citedText(r, QString::fromLatin1(key), {o.evidence}); };
        o.title = cited("title");
        o.affected = cited("affected");
        o.unaffected = cited("unaffected");
        o.population = cited("population");
        o.horizon = cited("horizon");
        o.design = cited("design");
        o.uncertainty = cited("uncertainty");
        o.statement = cited("statement");
        const ContentReader per100 = r.child(u"per100"_s);
        if (per100.object().isEmpty())
            r.error(u"per100"_s, u"must give at least one option's count"_s);
        // Kept in the aid's option order so that every view shows options the same way.
        for (const Option &opt : std::as_const(aid.options)) {
            if (!per100.has(opt.id))
                continue;
            const int n = per100.integer(opt.id, 0, 100);
            if (e && !e->per100.contains(n))
                per100.error(opt.id, u"%1 of 100 is not registered for %2"_s.arg(n).arg(o.evidence));
            o.per100.append({opt.id, n});
        }
        for (auto it = per100.object().begin(); it != per100.object().end(); ++it)
            if (!aid.option(it.key()))
                per100.error(it.key(), u"unknown option \"%1\""_s.arg(it.key()));
        aid.outcomes << o;
    }
}

void AidParser::readScaleShifts(const ContentReader &top, DecisionAid &aid) const
{
    const QJsonArray a = top.array(u"scaleShifts"_s, false);
    for (int i = 0; i < a.size(); ++i) {
        const ContentReader r = top.element(a, i, u"scaleShifts"_s);
        r.allowOnly({"id", "title", "scale", "min", "max", "higherIsBetter", "difference", "low", "high", "favours", "comparedWith",
                     "mcid", "mcidCitation", "population", "horizon", "design", "uncertainty", "statement", "evidence"});
        ScaleShift s;
        s.id = r.id(u"id"_s);
        s.evidence = r.string(u"evidence"_s);
        const Evidence *e = evidence(r, u"evidence"_s, s.evidence);
        const QStringList cited{s.evidence};
        s.title = citedText(r, u"title"_s, cited);
        s.scale = plainText(r, u"scale"_s);
        s.min = r.number(u"min"_s);
        s.max = r.number(u"max"_s, true, 100);
        if (s.max <= s.min)
            r.error(u"max"_s, u"must be above min"_s);
        s.higherIsBetter = r.boolean(u"higherIsBetter"_s, true);
        s.difference = r.number(u"difference"_s);
        s.low = r.optionalNumber(u"low"_s);
        s.high = r.optionalNumber(u"high"_s);
        for (const auto &[key, value] : {std::pair{u"difference"_s, std::optional<double>(s.difference)}, std::pair{u"low"_s, s.low},
                                         std::pair{u"high"_s, s.high}}) {
            if (e && value && !e->values.contains(*value))
                r.error(key, u"%1 is not a value registered for %2"_s.arg(formatNumber(*value), s.evidence));
        }
        if (s.low && s.high && *s.low > *s.high)
            r.error(u"low"_s, u"must not be above high"_s);
        s.favours = optionRef(r, u"favours"_s, aid);
        s.comparedWith = optionRef(r, u"comparedWith"_s, aid);
        s.mcid = r.optionalNumber(u"mcid"_s);
        s.mcidCitation = r.string(u"mcidCitation"_s, s.mcid.has_value());
        s.population = citedText(r, u"population"_s, cited);
        s.horizon = citedText(r, u"horizon"_s, cited);
        s.design = citedText(r, u"design"_s, cited);
        s.uncertainty = citedText(r, u"uncertainty"_s, cited);
        s.statement = citedText(r, u"statement"_s, cited);
        aid.scaleShifts << s;
    }
}

void AidParser::readRecovery(const ContentReader &top, DecisionAid &aid) const
{
    const ContentReader r = top.child(u"recovery"_s);
    for (const Option &o : std::as_const(aid.options)) {
        if (!r.has(o.id))
            r.error(o.id, u"missing: what recovery is like for every option (IPDAS Q6)"_s);
        else
            aid.recovery.insert(o.id, plainText(r, o.id));
    }
    for (auto it = r.object().begin(); it != r.object().end(); ++it)
        if (!aid.option(it.key()))
            r.error(it.key(), u"unknown option \"%1\""_s.arg(it.key()));
}

void AidParser::readValues(const ContentReader &top, DecisionAid &aid) const
{
    const QJsonArray a = top.array(u"values"_s);
    if (!a.isEmpty() && a.size() < 2)
        top.error(u"values"_s, u"give at least two value statements"_s);
    QSet<QString> ids;
    for (int i = 0; i < a.size(); ++i) {
        const ContentReader r = top.element(a, i, u"values"_s);
        r.allowOnly({"id", "statement", "pointsTo"});
        ValueStatement v;
        v.id = r.id(u"id"_s);
        if (ids.contains(v.id))
            r.error(u"id"_s, u"duplicate value \"%1\""_s.arg(v.id));
        ids.insert(v.id);
        v.statement = plainText(r, u"statement"_s);
        v.pointsTo = r.strings(u"pointsTo"_s);
        for (int k = 0; k < v.pointsTo.size(); ++k)
            if (!aid.option(v.pointsTo[k]))
                r.error(u"pointsTo[%1]"_s.arg(k), u"unknown option \"%1\""_s.arg(v.pointsTo[k]));
        aid.values << v;
    }
}

void AidParser::readKnowledge(const ContentReader &top, DecisionAid &aid) const
{
    const QJsonArray a = top.array(u"knowledge"_s);
    if (!a.isEmpty() && (a.size() < 3 || a.size() > 5))
        top.error(u"knowledge"_s, u"a knowledge check has 3 to 5 questions"_s);
    for (int i = 0; i < a.size(); ++i) {
        const ContentReader r = top.element(a, i, u"knowledge"_s);
        r.allowOnly({"id", "question", "choices", "answer", "explanation", "evidence"});
        KnowledgeQuestion q;
        q.id = r.id(u"id"_s);
        q.evidence = evidenceList(r, u"evidence"_s);
        q.question = citedText(r, u"question"_s, q.evidence);
        const QJsonArray choices = r.array(u"choices"_s);
        if (!choices.isEmpty() && (choices.size() < 2 || choices.size() > 4))
            r.error(u"choices"_s, u"give 2 to 4 choices"_s);
        for (int k = 0; k < choices.size(); ++k) {
            const ContentReader c = r.element(choices, k, u"choices"_s);
            c.allowOnly({"id", "text"});
            q.choices << KnowledgeChoice{c.id(u"id"_s), citedText(c, u"text"_s, q.evidence)};
        }
        q.answer = r.string(u"answer"_s);
        if (!q.answer.isEmpty()
            && std::none_of(q.choices.begin(), q.choices.end(), [&q](const KnowledgeChoice &c) { return c.id == q.answer; }))
            r.error(u"answer"_s, u"\"%1\" is not one of the choices"_s.arg(q.answer));
        q.explanation = citedText(r, u"explanation"_s, q.evidence);
        aid.knowledge << q;
    }
}

void AidParser::readTranslations(const ContentReader &top, DecisionAid &aid) const
{
    if (!top.has(u"translations"_s))
        return;
    const ContentReader all = top.child(u"translations"_s);
    for (auto it = all.object().begin(); it != all.object().end(); ++it) {
        const QString lang = it.key();
        if (lang == u"en") {
            all.error(lang, u"English is the language the aid is written in; only translations have a record"_s);
            continue;
        }
        const ContentReader r = all.child(lang);
        r.allowOnly({"translatedBy", "translatedOn", "sourceVersion", "reviewedBy", "reviewedOn"});
        Translation t;
        t.translatedBy = r.string(u"translatedBy"_s);
        t.translatedOn = date(r, u"translatedOn"_s);
        t.sourceVersion = r.string(u"sourceVersion"_s);
        if (!t.sourceVersion.isEmpty() && !aid.version.isEmpty() && t.sourceVersion != aid.version)
            r.error(u"sourceVersion"_s, u"the translation was made from version %1, but the aid is version %2: update the "
                                        "translation and its sourceVersion"_s.arg(t.sourceVersion, aid.version));
        t.reviewedBy = r.string(u"reviewedBy"_s);
        const bool named = !t.reviewedBy.isEmpty() && t.reviewedBy != QLatin1String(kNotYetReviewed);
        if (named) {
            if (r.has(u"reviewedOn"_s))
                t.reviewedOn = date(r, u"reviewedOn"_s);
            else
                r.error(u"reviewedOn"_s, u"missing: a reviewer's name needs the date of the review"_s);
            if (t.reviewedOn.isValid() && t.translatedOn.isValid() && t.reviewedOn < t.translatedOn)
                r.error(u"reviewedOn"_s, u"is before the date translated"_s);
        } else if (r.has(u"reviewedOn"_s)) {
            r.error(u"reviewedOn"_s, u"a review date needs the reviewer's name in reviewedBy (now \"%1\")"_s
                                         .arg(QLatin1String(kNotYetReviewed)));
        }
        aid.translations.insert(lang, t);
    }
}

// Every language other than English is all or nothing, and only with its record: a
// translation says the same things with the same numbers as the English text.
void AidParser::checkLanguages(const DecisionAid &aid) const
{
    QSet<QString> reported;
    QSet<QString> used;
    for (const auto &[path, text] : std::as_const(m_texts)) {
        for (auto it = text.begin(); it != text.end(); ++it) {
            const QString &lang = it.key();
            if (lang == u"en")
                continue;
            used.insert(lang);
            if (!aid.translations.contains(lang)) {
                if (!reported.contains(lang))
                    m_errors->add(path + u'.' + lang,
                                  u"a \"%1\" text needs a translation record (translations.%1)"_s.arg(lang));
                reported.insert(lang);
                continue;
            }
            QList<double> english = numbersIn(text.value(u"en"_s));
            QList<double> translated = numbersIn(it.value());
            std::sort(english.begin(), english.end());
            std::sort(translated.begin(), translated.end());
            if (english != translated) {
                auto listed = [](const QList<double> &numbers) {
                    QStringList out;
                    for (double n : numbers)
                        out << formatNumber(n);
                    return out.isEmpty() ? u"none"_s : out.join(u", "_s);
                };
                m_errors->add(path + u'.' + lang, u"the numbers (%1) differ from the English text's (%2)"_s
                                                      .arg(listed(translated), listed(english)));
            }
        }
        for (auto it = aid.translations.begin(); it != aid.translations.end(); ++it)
            if (!text.isEmpty() && !text.contains(it.key()))
                m_errors->add(path + u'.' + it.key(),
                              u"missing: translations.%1 records a translation, so every text needs one"_s.arg(it.key()));
    }
    for (auto it = aid.translations.begin(); it != aid.translations.end(); ++it)
        if (!used.contains(it.key()))
            m_errors->add(u"translations."_s + it.key(), u"there is no \"%1\" text to record"_s.arg(it.key()));
}

DecisionAid AidParser::parse(const ContentReader &top, const QString &expectedId)
{
    top.allowOnly({"id", "version", "produced", "reviewed", "nextReview", "updatePolicy", "funding", "title", "condition", "decision",
                   "options", "grid", "outcomes", "scaleShifts", "recovery", "values", "knowledge", "notes", "translations"});
    DecisionAid aid;
    aid.id = top.id(u"id"_s);
    if (!aid.id.isEmpty() && !expectedId.isEmpty() && aid.id != expectedId)
        top.error(u"id"_s, u"\"%1\" does not match the file name"_s.arg(aid.id));
    aid.version = top.string(u"version"_s);
    aid.produced = date(top, u"produced"_s);
    aid.reviewed = date(top, u"reviewed"_s);
    aid.nextReview = date(top, u"nextReview"_s);
    if (aid.produced.isValid() && aid.reviewed.isValid() && aid.reviewed < aid.produced)
        top.error(u"reviewed"_s, u"is before the date produced"_s);
    if (aid.reviewed.isValid() && aid.nextReview.isValid() && aid.nextReview <= aid.reviewed)
        top.error(u"nextReview"_s, u"must be after the date reviewed"_s);
    aid.updatePolicy = trackedText(top, u"updatePolicy"_s);
    aid.funding = trackedText(top, u"funding"_s);
    aid.title = plainText(top, u"title"_s);
    aid.condition = plainText(top, u"condition"_s);
    aid.decision = plainText(top, u"decision"_s);
    for (auto it = aid.decision.begin(); it != aid.decision.end(); ++it)
        if (!it.value().trimmed().endsWith(u'?'))
            top.error(u"decision."_s + it.key(), u"state the decision as one question ending with \"?\""_s);
    readOptions(top, aid);
    readGrid(top, aid);
    readOutcomes(top, aid);
    readScaleShifts(top, aid);
    if (aid.outcomes.isEmpty() && aid.scaleShifts.isEmpty() && !top.has(u"outcomes"_s) && !top.has(u"scaleShifts"_s))
        top.error(u"outcomes"_s, u"an aid shows at least one outcome or scale shift"_s);
    readRecovery(top, aid);
    readValues(top, aid);
    readKnowledge(top, aid);
    aid.notes = top.strings(u"notes"_s, false);
    readTranslations(top, aid);
    checkLanguages(aid);
    aid.json = top.object();
    aid.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(sourceContent(aid.json)).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
    return aid;
}

} // namespace

AidLoadResult parseAid(const QByteArray &json, const QString &fileName, const EvidenceRegistry &registry)
{
    ContentErrors errors(fileName);
    AidLoadResult out;
    if (const auto doc = ContentReader::parseDocument(json, &errors)) {
        AidParser parser(registry, &errors);
        QString expected = QFileInfo(fileName).fileName();
        expected.chop(expected.endsWith(u".json"_s) ? 5 : 0);
        DecisionAid aid = parser.parse(ContentReader(*doc, QString(), &errors), expected);
        if (errors.isEmpty())
            out.aid = std::move(aid);
    }
    out.errors = errors.list();
    return out;
}

AidLoadResult loadAidFile(const QString &path, const EvidenceRegistry &registry)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {std::nullopt, {u"%1: cannot be read (%2)"_s.arg(QFileInfo(path).fileName(), f.errorString())}};
    return parseAid(f.readAll(), QFileInfo(path).fileName(), registry);
}

} // namespace SpineDesk::Aids
