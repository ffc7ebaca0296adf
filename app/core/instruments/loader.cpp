#include "core/instruments/loader.h"

#include "core/contentjson.h"
#include "core/instruments/stratacheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace SpineDesk::Instruments {

namespace {

const QStringList kOperators = {u"="_s, u"!="_s, u">"_s, u">="_s, u"<"_s, u"<="_s};
const QStringList kTags = {u"V"_s, u"S"_s, u"R"_s, u"U"_s};

ItemType itemType(const QString &code)
{
    static const QHash<QString, ItemType> types = {
        {u"choice"_s, ItemType::Choice}, {u"multi-choice"_s, ItemType::MultiChoice}, {u"yes-no"_s, ItemType::YesNo},
        {u"numeric-rating"_s, ItemType::NumericRating}, {u"integer"_s, ItemType::Integer}, {u"text"_s, ItemType::Text},
        {u"date"_s, ItemType::Date}, {u"display"_s, ItemType::Display}, {u"group"_s, ItemType::Group}};
    return types.value(code, ItemType::Display);
}

class Parser
{
public:
    Definition parse(const ContentReader &top)
    {
        Definition d;
        top.allowOnly({"id", "version", "revision", "title", "shortTitle", "construct", "citations", "licence", "wording",
                       "languages", "administration", "codes", "answerSets", "items", "scales", "strata", "tests", "notes"});
        d.id = top.string(u"id"_s);
        d.version = top.string(u"version"_s);
        d.revision = top.integer(u"revision"_s, 1, std::numeric_limits<int>::max());
        d.title = top.text(u"title"_s);
        d.shortTitle = top.text(u"shortTitle"_s);
        d.construct = top.text(u"construct"_s);
        const QJsonArray citations = top.array(u"citations"_s);
        for (int i = 0; i < citations.size(); ++i)
            d.citations << citation(top.element(citations, i, u"citations"_s));

        const ContentReader lic = top.child(u"licence"_s);
        lic.allowOnly({"class", "holder", "terms", "permissionNeeded", "redistributeWording", "attribution"});
        d.licence.licenceClass = lic.choice(u"class"_s, {u"A"_s, u"B"_s, u"C"_s});
        d.licence.holder = lic.string(u"holder"_s);
        d.licence.terms = lic.string(u"terms"_s);
        d.licence.permissionNeeded = lic.boolean(u"permissionNeeded"_s, false);
        d.licence.redistributeWording = lic.boolean(u"redistributeWording"_s, false);
        d.licence.attribution = lic.text(u"attribution"_s, d.licence.licenceClass != u"C");

        const ContentReader wording = top.child(u"wording"_s);
        wording.allowOnly({"status", "source"});
        const QString status = wording.choice(u"status"_s, {u"verbatim"_s, u"paraphrase"_s, u"not-installed"_s});
        d.wording = status == u"verbatim" ? WordingStatus::Verbatim
                  : status == u"not-installed" ? WordingStatus::NotInstalled : WordingStatus::Paraphrase;
        d.wordingSource = wording.string(u"source"_s);
        if (d.licence.licenceClass == u"C" && d.wording != WordingStatus::NotInstalled)
            wording.error(u"status"_s, u"a class C instrument ships without wording: use \"not-installed\""_s);

        const QJsonArray languages = top.array(u"languages"_s);
        for (int i = 0; i < languages.size(); ++i) {
            const ContentReader l = top.element(languages, i, u"languages"_s);
            l.allowOnly({"code", "translator", "validated"});
            d.languages << Language{l.string(u"code"_s), l.string(u"translator"_s, false), l.boolean(u"validated"_s, false)};
        }
        const ContentReader admin = top.child(u"administration"_s);
        admin.allowOnly({"mode", "recall"});
        d.mode = admin.choice(u"mode"_s, {u"self-report"_s, u"clinician"_s});
        d.recall = admin.text(u"recall"_s, false);

        const QJsonArray codes = top.array(u"codes"_s, false);
        for (int i = 0; i < codes.size(); ++i) {
            const ContentReader c = top.element(codes, i, u"codes"_s);
            c.allowOnly({"system", "code", "for", "tag"});
            d.codes << Code{c.choice(u"system"_s, {u"LOINC"_s, u"SNOMED CT"_s, u"CPT"_s}), c.string(u"code"_s), c.string(u"for"_s),
                            c.choice(u"tag"_s, kTags)};
        }
        // Present but may be empty: numeric-rating instruments have no answer sets.
        if (!top.has(u"answerSets"_s))
            top.error(u"answerSets"_s, u"missing"_s);
        const QJsonArray sets = top.array(u"answerSets"_s, false);
        for (int i = 0; i < sets.size(); ++i)
            d.answerSets << answerSet(top.element(sets, i, u"answerSets"_s));
        const QJsonArray items = top.array(u"items"_s);
        for (int i = 0; i < items.size(); ++i)
            d.items << item(top.element(items, i, u"items"_s));
        const QJsonArray scales = top.array(u"scales"_s);
        for (int i = 0; i < scales.size(); ++i)
            d.scales << scale(top.element(scales, i, u"scales"_s));
        if (top.has(u"strata"_s))
            d.strata = strata(top.child(u"strata"_s));
        const QJsonArray tests = top.array(u"tests"_s);
        for (int i = 0; i < tests.size(); ++i)
            d.tests << test(top.element(tests, i, u"tests"_s));
        d.notes = top.strings(u"notes"_s, false);
        return d;
    }

private:
    Citation citation(const ContentReader &c)
    {
        c.allowOnly({"text", "tag"});
        return {c.string(u"text"_s), c.choice(u"tag"_s, kTags)};
    }

    AnswerSet answerSet(const ContentReader &s)
    {
        s.allowOnly({"id", "options"});
        AnswerSet set;
        set.id = s.string(u"id"_s);
        const QJsonArray options = s.array(u"options"_s);
        QSet<QString> codes;
        for (int i = 0; i < options.size(); ++i) {
            const ContentReader o = s.element(options, i, u"options"_s);
            o.allowOnly({"code", "score", "label", "missing", "notApplicable"});
            AnswerOption opt{o.string(u"code"_s), o.optionalNumber(u"score"_s), o.text(u"label"_s), o.boolean(u"missing"_s, false),
                             o.boolean(u"notApplicable"_s, false)};
            if (codes.contains(opt.code))
                o.error(u"code"_s, u"duplicate answer code \"%1\""_s.arg(opt.code));
            codes.insert(opt.code);
            if ((opt.missing || opt.notApplicable) && opt.score)
                o.error(u"score"_s, u"an option that counts as unanswered cannot have a score"_s);
            set.options << opt;
        }
        return set;
    }

    Condition condition(const ContentReader &c)
    {
        c.allowOnly({"question", "operator", "answer"});
        Condition cond;
        cond.question = c.string(u"question"_s);
        cond.op = c.choice(u"operator"_s, kOperators + QStringList{u"exists"_s});
        const QJsonValue answer = c.object().value(u"answer"_s);
        if (cond.op == u"exists")
            return cond;
        if (answer.isString())
            cond.code = answer.toString();
        else if (answer.isDouble())
            cond.number = answer.toDouble();
        else
            c.error(u"answer"_s, u"must be an answer code or a number"_s);
        return cond;
    }

    Alert alert(const ContentReader &a)
    {
        a.allowOnly({"code", "severity", "when", "message"});
        Alert out;
        out.code = a.string(u"code"_s);
        out.severity = a.choice(u"severity"_s, {u"emergency"_s, u"urgent"_s, u"soon"_s});
        out.message = a.text(u"message"_s);
        const ContentReader when = a.child(u"when"_s);
        when.allowOnly({"operator", "score", "codes"});
        if (when.has(u"codes"_s)) {
            out.codes = when.strings(u"codes"_s);
        } else {
            out.op = when.choice(u"operator"_s, kOperators);
            out.score = when.number(u"score"_s);
        }
        return out;
    }

    Item item(const ContentReader &r)
    {
        r.allowOnly({"linkId", "number", "type", "text", "answerSet", "min", "max", "anchors", "items", "enableWhen",
                     "enableBehavior", "alerts", "required"});
        Item it;
        it.linkId = r.string(u"linkId"_s);
        it.number = r.string(u"number"_s, false);
        const QString type = r.choice(u"type"_s, {u"choice"_s, u"multi-choice"_s, u"yes-no"_s, u"numeric-rating"_s, u"integer"_s,
                                               u"text"_s, u"date"_s, u"display"_s, u"group"_s});
        it.type = itemType(type);
        it.text = r.text(u"text"_s);
        it.answerSet = r.string(u"answerSet"_s, false);
        it.min = r.optionalNumber(u"min"_s);
        it.max = r.optionalNumber(u"max"_s);
        const bool needsSet = it.type == ItemType::Choice || it.type == ItemType::MultiChoice || it.type == ItemType::YesNo;
        if (needsSet && it.answerSet.isEmpty())
            r.error(u"answerSet"_s, u"missing (needed by a %1 item)"_s.arg(type));
        if (!needsSet && !it.answerSet.isEmpty())
            r.error(u"answerSet"_s, u"only choice, multi-choice and yes-no items take an answer set"_s);
        const bool numeric = it.type == ItemType::NumericRating || it.type == ItemType::Integer;
        if (numeric && (!it.min || !it.max))
            r.error(u"min"_s, u"numeric items need min and max"_s);
        else if (numeric && *it.min >= *it.max)
            r.error(u"max"_s, u"must be greater than min"_s);
        if (r.has(u"anchors"_s)) {
            const ContentReader anchors = r.child(u"anchors"_s);
            for (auto a = anchors.object().begin(); a != anchors.object().end(); ++a) {
                bool ok = false;
                const double v = a.key().toDouble(&ok);
                if (!ok || !numeric || v < it.min.value_or(0) || v > it.max.value_or(0))
                    anchors.error(a.key(), u"an anchor must be a value between min and max of a numeric item"_s);
                it.anchors.insert(a.key(), anchors.text(a.key()));
            }
        }
        const QJsonArray children = r.array(u"items"_s, it.type == ItemType::Group);
        if (it.type != ItemType::Group && !children.isEmpty())
            r.error(u"items"_s, u"only group items have items"_s);
        for (int i = 0; i < children.size(); ++i)
            it.items << item(r.element(children, i, u"items"_s));
        const QJsonArray enable = r.array(u"enableWhen"_s, false);
        for (int i = 0; i < enable.size(); ++i)
            it.enableWhen << condition(r.element(enable, i, u"enableWhen"_s));
        it.enableAny = r.choice(u"enableBehavior"_s, {u"all"_s, u"any"_s}, false, u"all"_s) == u"any";
        const QJsonArray alerts = r.array(u"alerts"_s, false);
        for (int i = 0; i < alerts.size(); ++i)
            it.alerts << alert(r.element(alerts, i, u"alerts"_s));
        const bool answerable = it.type != ItemType::Display && it.type != ItemType::Group;
        it.required = r.boolean(u"required"_s, answerable);
        m_itemPaths.insert(it.linkId, r.path());
        return it;
    }

    Scale scale(const ContentReader &s)
    {
        s.allowOnly({"id", "label", "method", "items", "codes", "weights", "maxOptionScore", "from", "table", "missing", "range",
                     "step", "rounding", "direction", "mcid", "requires"});
        Scale sc;
        sc.id = s.string(u"id"_s);
        sc.label = s.text(u"label"_s);
        static const QHash<QString, ScaleMethod> methods = {
            {u"sum"_s, ScaleMethod::Sum}, {u"mean"_s, ScaleMethod::Mean}, {u"prorated-sum"_s, ScaleMethod::ProratedSum},
            {u"percent-of-max"_s, ScaleMethod::PercentOfMax}, {u"count-of"_s, ScaleMethod::CountOf},
            {u"weighted-sum"_s, ScaleMethod::WeightedSum}, {u"lookup"_s, ScaleMethod::Lookup}};
        sc.method = methods.value(s.choice(u"method"_s, methods.keys()), ScaleMethod::Sum);
        sc.items = s.strings(u"items"_s, sc.method != ScaleMethod::Lookup);
        sc.requiredScales = s.strings(u"requires"_s, false);
        if (sc.method == ScaleMethod::CountOf)
            sc.codes = s.strings(u"codes"_s);
        else if (s.has(u"codes"_s))
            s.error(u"codes"_s, u"only count-of scales take codes"_s);
        if (sc.method == ScaleMethod::WeightedSum) {
            const ContentReader weights = s.child(u"weights"_s);
            for (auto w = weights.object().begin(); w != weights.object().end(); ++w) {
                const ContentReader per = weights.child(w.key());
                per.allowOnly({"female", "male", "any"});
                QHash<QString, double> bySex;
                for (const auto &key : per.object().keys())
                    bySex.insert(key, per.number(key));
                if (bySex.contains(u"any"_s) ? bySex.size() != 1 : !(bySex.contains(u"female"_s) && bySex.contains(u"male"_s)))
                    per.error(QString(), u"give \"any\", or both \"female\" and \"male\""_s);
                sc.weights.insert(w.key(), bySex);
            }
        } else if (s.has(u"weights"_s)) {
            s.error(u"weights"_s, u"only weighted-sum scales take weights"_s);
        }
        if (sc.method == ScaleMethod::PercentOfMax) {
            sc.maxOptionScore = s.number(u"maxOptionScore"_s);
            if (sc.maxOptionScore <= 0)
                s.error(u"maxOptionScore"_s, u"must be greater than 0"_s);
        }
        if (sc.method == ScaleMethod::Lookup) {
            sc.from = s.string(u"from"_s);
            const ContentReader table = s.child(u"table"_s);
            for (auto t = table.object().begin(); t != table.object().end(); ++t) {
                bool ok = false;
                const double raw = t.key().toDouble(&ok);
                if (!ok)
                    table.error(t.key(), u"a lookup key must be a number"_s);
                sc.table.insert(raw, table.number(t.key()));
            }
        }
        const ContentReader missing = s.child(u"missing"_s);
        missing.allowOnly({"allowed", "handling"});
        sc.missingAllowed = missing.integer(u"allowed"_s, 0, 1000);
        const QString handling = missing.choice(u"handling"_s, {u"none"_s, u"prorate"_s, u"shrink-denominator"_s});
        sc.missingHandling = handling == u"prorate" ? MissingHandling::Prorate
                           : handling == u"shrink-denominator" ? MissingHandling::ShrinkDenominator : MissingHandling::None;
        if (sc.missingAllowed > 0 && sc.missingHandling == MissingHandling::None
            && sc.method != ScaleMethod::Mean)
            missing.error(u"handling"_s, u"say how missing items are handled when some are allowed"_s);
        if (sc.missingHandling == MissingHandling::ShrinkDenominator && sc.method != ScaleMethod::PercentOfMax)
            missing.error(u"handling"_s, u"shrink-denominator is percent-of-max's rule"_s);
        if (sc.missingAllowed > sc.items.size() && sc.method != ScaleMethod::Lookup)
            missing.error(u"allowed"_s, u"more than the scale's items"_s);

        const QJsonArray range = s.array(u"range"_s);
        if (range.size() != 2 || !range.at(0).isDouble() || !range.at(1).isDouble())
            s.error(u"range"_s, u"must be [min, max]"_s);
        else if (range.at(0).toDouble() >= range.at(1).toDouble())
            s.error(u"range"_s, u"min must be below max"_s);
        sc.min = range.at(0).toDouble();
        sc.max = range.at(1).toDouble();
        sc.step = s.number(u"step"_s, false, 1);
        if (sc.step <= 0)
            s.error(u"step"_s, u"must be greater than 0"_s);
        const ContentReader rounding = s.child(u"rounding"_s);
        rounding.allowOnly({"decimals", "mode"});
        sc.decimals = rounding.integer(u"decimals"_s, 0, 4);
        rounding.choice(u"mode"_s, {u"half-up"_s});
        sc.higherIsBetter = s.choice(u"direction"_s, {u"higher-is-worse"_s, u"higher-is-better"_s}) == u"higher-is-better";
        if (s.has(u"mcid"_s)) {
            const ContentReader m = s.child(u"mcid"_s);
            m.allowOnly({"absolute", "percent", "citation", "tag"});
            Mcid mcid{m.optionalNumber(u"absolute"_s), m.optionalNumber(u"percent"_s), m.string(u"citation"_s), m.choice(u"tag"_s, kTags)};
            if (!mcid.absolute && !mcid.percent)
                m.error(QString(), u"give an absolute or a percent threshold"_s);
            sc.mcid = mcid;
        }
        m_scalePaths.insert(sc.id, s.path());
        return sc;
    }

    Strata strata(const ContentReader &s)
    {
        s.allowOnly({"citation", "tag", "rules"});
        Strata out;
        out.citation = s.string(u"citation"_s);
        out.tag = s.choice(u"tag"_s, kTags);
        const QJsonArray rules = s.array(u"rules"_s);
        for (int i = 0; i < rules.size(); ++i) {
            const ContentReader r = s.element(rules, i, u"rules"_s);
            r.allowOnly({"code", "label", "severity", "when"});
            Stratum st{r.string(u"code"_s), r.text(u"label"_s), r.integer(u"severity"_s, 0, 100), {}};
            // An empty list is the rule that matches everything left.
            if (!r.has(u"when"_s))
                r.error(u"when"_s, u"missing"_s);
            const QJsonArray when = r.array(u"when"_s, false);
            for (int j = 0; j < when.size(); ++j) {
                const ContentReader c = r.element(when, j, u"when"_s);
                c.allowOnly({"scale", "operator", "value"});
                st.when << StratumCondition{c.string(u"scale"_s), c.choice(u"operator"_s, kOperators), c.number(u"value"_s)};
            }
            out.rules << st;
        }
        return out;
    }

    TestVector test(const ContentReader &t)
    {
        t.allowOnly({"name", "answers", "sex", "expect"});
        TestVector v;
        v.name = t.string(u"name"_s);
        v.answers = t.strings(u"answers"_s);
        v.sex = t.choice(u"sex"_s, {u"female"_s, u"male"_s}, false);
        const ContentReader e = t.child(u"expect"_s);
        e.allowOnly({"complete", "scales", "band", "alerts"});
        v.complete = e.boolean(u"complete"_s, true);
        const ContentReader scales = e.child(u"scales"_s);
        for (auto it = scales.object().begin(); it != scales.object().end(); ++it) {
            if (it.value().isNull())
                v.scales.insert(it.key(), std::nullopt);
            else if (it.value().isDouble())
                v.scales.insert(it.key(), it.value().toDouble());
            else
                scales.error(it.key(), u"must be a number or null"_s);
        }
        const QJsonValue band = e.object().value(u"band"_s);
        if (band.isString())
            v.band = band.toString();
        else if (!band.isNull() && !band.isUndefined())
            e.error(u"band"_s, u"must be a band code or null"_s);
        v.alerts = e.strings(u"alerts"_s, false);
        return v;
    }

public:
    QHash<QString, QString> m_itemPaths;
    QHash<QString, QString> m_scalePaths;
};

// The checks that need the whole definition: references, duplicates, cycles.
void checkReferences(const Definition &d, const QHash<QString, QString> &itemPaths, QStringList *errors)
{
    auto err = [&](const QString &path, const QString &message) { errors->append(path + u": "_s + message); };
    QSet<QString> seen;
    for (int i = 0; i < d.answerSets.size(); ++i) {
        if (seen.contains(d.answerSets[i].id))
            err(u"answerSets[%1].id"_s.arg(i), u"duplicate answer set \"%1\""_s.arg(d.answerSets[i].id));
        seen.insert(d.answerSets[i].id);
    }
    seen.clear();
    for (const Item *it : d.allItems()) {
        const QString path = itemPaths.value(it->linkId);
        if (seen.contains(it->linkId))
            err(path + u".linkId"_s, u"duplicate linkId \"%1\""_s.arg(it->linkId));
        seen.insert(it->linkId);
        const AnswerSet *set = it->answerSet.isEmpty() ? nullptr : d.answerSet(it->answerSet);
        if (!it->answerSet.isEmpty() && !set)
            err(path + u".answerSet"_s, u"unknown answer set \"%1\""_s.arg(it->answerSet));
        if (set && it->type == ItemType::YesNo && set->options.size() != 2)
            err(path + u".answerSet"_s, u"a yes-no item needs a two-option set (no, yes)"_s);
        for (int c = 0; c < it->enableWhen.size(); ++c) {
            const Condition &cond = it->enableWhen[c];
            const Item *q = d.item(cond.question);
            const QString cpath = path + u".enableWhen[%1].question"_s.arg(c);
            if (!q)
                err(cpath, u"unknown item \"%1\""_s.arg(cond.question));
            else if (q == it)
                err(cpath, u"an item cannot depend on itself"_s);
            else if (!cond.code.isEmpty() && (!d.answerSet(q->answerSet) || !d.answerSet(q->answerSet)->option(cond.code)))
                err(cpath, u"\"%1\" has no answer \"%2\""_s.arg(cond.question, cond.code));
        }
        for (int a = 0; a < it->alerts.size(); ++a)
            for (const QString &code : it->alerts[a].codes)
                if (!set || !set->option(code))
                    err(path + u".alerts[%1].when.codes"_s.arg(a), u"unknown answer code \"%1\""_s.arg(code));
        if (!it->alerts.isEmpty() && !d.isScored(*it) && it->alerts.first().codes.isEmpty())
            err(path + u".alerts"_s, u"a score-based alert needs a scored item"_s);
    }
    // enableWhen cycles: follow dependencies depth first.
    QHash<QString, int> state; // 0 new, 1 on stack, 2 done
    std::function<bool(const Item *)> visit = [&](const Item *it) {
        state[it->linkId] = 1;
        for (const auto &cond : it->enableWhen) {
            const Item *q = d.item(cond.question);
            if (!q || q == it)
                continue;
            if (state.value(q->linkId) == 1
                || (state.value(q->linkId) == 0 && !visit(q))) {
                return false;
            }
        }
        state[it->linkId] = 2;
        return true;
    };
    for (const Item *it : d.allItems())
        if (state.value(it->linkId) == 0 && !visit(it)) {
            err(itemPaths.value(it->linkId) + u".enableWhen"_s, u"enableWhen forms a cycle"_s);
            break;
        }

    seen.clear();
    for (int s = 0; s < d.scales.size(); ++s) {
        const Scale &sc = d.scales[s];
        const QString path = u"scales[%1]"_s.arg(s);
        if (seen.contains(sc.id))
            err(path + u".id"_s, u"duplicate scale \"%1\""_s.arg(sc.id));
        seen.insert(sc.id);
        for (int i = 0; i < sc.items.size(); ++i) {
            const Item *it = d.item(sc.items[i]);
            if (!it)
                err(path + u".items[%1]"_s.arg(i), u"unknown item \"%1\""_s.arg(sc.items[i]));
            else if (!d.isScored(*it))
                err(path + u".items[%1]"_s.arg(i), u"\"%1\" carries no score"_s.arg(sc.items[i]));
        }
        for (const QString &code : sc.codes) {
            bool found = false;
            for (const QString &linkId : sc.items)
                if (const Item *it = d.item(linkId); it && d.answerSet(it->answerSet) && d.answerSet(it->answerSet)->option(code))
                    found = true;
            if (!found)
                err(path + u".codes"_s, u"no item of this scale has the answer \"%1\""_s.arg(code));
        }
        for (auto w = sc.weights.begin(); w != sc.weights.end(); ++w)
            if (!sc.items.contains(w.key()))
                err(path + u".weights."_s + w.key(), u"not one of the scale's items"_s);
        for (const QString &linkId : sc.items)
            if (sc.method == ScaleMethod::WeightedSum && !sc.weights.contains(linkId))
                err(path + u".weights"_s, u"no weight for \"%1\""_s.arg(linkId));
        for (int i = 0; i < sc.requiredScales.size(); ++i) {
            const Scale *other = d.scale(sc.requiredScales[i]);
            if (!other)
                err(path + u".requires[%1]"_s.arg(i), u"unknown scale \"%1\""_s.arg(sc.requiredScales[i]));
            else if (other == &sc || other->requiredScales.contains(sc.id))
                err(path + u".requires[%1]"_s.arg(i), u"scales cannot require each other"_s);
        }
        if (sc.method == ScaleMethod::Lookup) {
            // Lookups may chain; a chain that returns to itself is a cycle.
            QSet<QString> chain{sc.id};
            const Scale *next = d.scale(sc.from);
            if (!next)
                err(path + u".from"_s, u"unknown scale \"%1\""_s.arg(sc.from));
            while (next && next->method == ScaleMethod::Lookup) {
                if (chain.contains(next->id)) {
                    err(path + u".from"_s, u"lookup scales form a cycle"_s);
                    break;
                }
                chain.insert(next->id);
                next = d.scale(next->from);
            }
        }
        if (sc.mcid && sc.mcid->absolute && *sc.mcid->absolute > sc.max - sc.min)
            err(path + u".mcid.absolute"_s, u"larger than the scale's range"_s);
    }
    if (d.strata)
        checkStrata(d, errors);

    const int scored = int(d.scoredItems().size());
    for (int t = 0; t < d.tests.size(); ++t) {
        const TestVector &v = d.tests[t];
        const QString path = u"tests[%1]"_s.arg(t);
        if (v.answers.size() != scored)
            err(path + u".answers"_s, u"has %1 values; the instrument has %2 scored items"_s.arg(v.answers.size()).arg(scored));
        for (auto s = v.scales.begin(); s != v.scales.end(); ++s)
            if (!d.scale(s.key()))
                err(path + u".expect.scales."_s + s.key(), u"unknown scale"_s);
        bool bandKnown = !v.band;
        if (v.band && d.strata)
            for (const auto &r : d.strata->rules)
                bandKnown = bandKnown || r.code == *v.band;
        if (!bandKnown)
            err(path + u".expect.band"_s, u"unknown band \"%1\""_s.arg(*v.band));
        for (const QString &a : v.alerts) {
            bool known = false;
            for (const Item *it : d.allItems())
                for (const auto &al : it->alerts)
                    known = known || al.code == a;
            if (!known)
                err(path + u".expect.alerts"_s, u"unknown alert \"%1\""_s.arg(a));
        }
        if (d.needsSex() && v.sex.isEmpty())
            err(path + u".sex"_s, u"this instrument's scoring depends on sex"_s);
    }
}

} // namespace

LoadResult parseDefinition(const QByteArray &json, const QString &fileName)
{
    LoadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors << fileName + u": not valid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.errors << fileName + u": (top level): must be an object"_s;
        return result;
    }
    ContentErrors readErrors(fileName);
    QStringList errors; // whole-definition checks, "path: message"
    Parser parser;
    Definition d = parser.parse(ContentReader(doc.object(), QString(), &readErrors));
    result.errors = readErrors.list();
    if (readErrors.isEmpty()) {
        static const QRegularExpression idPattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
        if (!idPattern.match(d.id).hasMatch())
            errors << u"id: \"%1\" must be lower-case letters, digits and hyphens"_s.arg(d.id);
        else if (QFileInfo(fileName).completeBaseName() != d.id)
            errors << u"id: \"%1\" does not match the file name"_s.arg(d.id);
        checkReferences(d, parser.m_itemPaths, &errors);
    }
    for (const QString &e : errors)
        result.errors << fileName + u": "_s + e;
    if (!result.errors.isEmpty())
        return result;
    d.json = doc.object();
    d.sha256 = QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(d.json).toJson(QJsonDocument::Compact),
                                                            QCryptographicHash::Sha256).toHex());
    result.definition = std::move(d);
    return result;
}

LoadResult loadDefinitionFile(const QString &path)
{
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly))
        return {std::nullopt, {name + u": cannot be read: "_s + f.errorString()}};
    return parseDefinition(f.readAll(), name);
}

} // namespace SpineDesk::Instruments
