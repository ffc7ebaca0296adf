#include "core/instruments/scorer.h"

#include "core/instruments/stratacheck.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk::Instruments {

QStringList Result::alertCodes() const
{
    QStringList out;
    for (const auto &a : alerts)
        if (!out.contains(a.code))
            out << a.code;
    return out;
}

namespace {

const AnswerOption *chosenOption(const Definition &d, const Item &item, const Answer &a)
{
    const AnswerSet *set = d.answerSet(item.answerSet);
    return set ? set->option(a.code) : nullptr;
}

bool conditionHolds(const Definition &d, const Condition &c, const Response &r)
{
    const auto it = r.answers.constFind(c.question);
    if (c.op == u"exists")
        return it != r.answers.cend();
    if (it == r.answers.cend())
        return false;
    if (!c.code.isEmpty()) {
        const bool same = it->code == c.code || it->codes.contains(c.code);
        return c.op == u"!=" ? !same : c.op == u"=" && same;
    }
    const Item *q = d.item(c.question);
    const std::optional<double> value = q ? itemScore(d, *q, r) : std::nullopt;
    return value && c.number && compare(*value, c.op, *c.number);
}

} // namespace

bool isEnabled(const Definition &d, const Item &item, const Response &r)
{
    if (item.enableWhen.isEmpty())
        return true;
    bool any = false, all = true;
    for (const auto &c : item.enableWhen) {
        const bool holds = conditionHolds(d, c, r);
        any = any || holds;
        all = all && holds;
    }
    return item.enableAny ? any : all;
}

std::optional<double> itemScore(const Definition &d, const Item &item, const Response &r)
{
    const auto it = r.answers.constFind(item.linkId);
    if (it == r.answers.cend())
        return std::nullopt;
    switch (item.type) {
    case ItemType::NumericRating:
    case ItemType::Integer:
        return it->number;
    case ItemType::Choice:
    case ItemType::YesNo: {
        const AnswerOption *o = chosenOption(d, item, *it);
        return o && !o->missing && !o->notApplicable ? o->score : std::nullopt;
    }
    case ItemType::MultiChoice: {
        const AnswerSet *set = d.answerSet(item.answerSet);
        double sum = 0;
        for (const QString &code : it->codes)
            if (const AnswerOption *o = set ? set->option(code) : nullptr; o && o->score)
                sum += *o->score;
        return sum;
    }
    default:
        return std::nullopt;
    }
}

namespace {

std::optional<double> computeScale(const Definition &d, const Scale &s, const Response &r, const QMap<QString, std::optional<double>> &done,
                                   QStringList *problems)
{
    if (s.method == ScaleMethod::Lookup) {
        const auto from = done.value(s.from);
        if (!from)
            return std::nullopt;
        for (auto it = s.table.begin(); it != s.table.end(); ++it)
            if (std::abs(it.key() - *from) < 1e-9)
                return it.value();
        return std::nullopt;
    }
    int counted = 0, missing = 0;
    double sum = 0;
    for (const QString &linkId : s.items) {
        const Item *item = d.item(linkId);
        if (!item || !isEnabled(d, *item, r))
            continue; // not asked: neither answered nor missing
        ++counted;
        const std::optional<double> value = itemScore(d, *item, r);
        if (!value) {
            ++missing;
            continue;
        }
        switch (s.method) {
        case ScaleMethod::CountOf: {
            const Answer &a = r.answers.value(linkId);
            sum += s.codes.contains(a.code) ? 1 : 0;
            for (const QString &code : a.codes)
                sum += s.codes.contains(code) ? 1 : 0;
            break;
        }
        case ScaleMethod::WeightedSum: {
            const auto &w = s.weights.value(linkId);
            if (w.contains(u"any"_s)) {
                sum += *value * w.value(u"any"_s);
            } else if (w.contains(r.sex)) {
                sum += *value * w.value(r.sex);
            } else {
                if (!problems->contains(u"sex"_s))
                    problems->append(u"sex"_s);
                return std::nullopt;
            }
            break;
        }
        default:
            sum += *value;
        }
    }
    const int answered = counted - missing;
    if (missing > s.missingAllowed || answered == 0)
        return std::nullopt;
    switch (s.method) {
    case ScaleMethod::Mean:
        return sum / answered;
    case ScaleMethod::PercentOfMax:
        return sum / (s.maxOptionScore * answered) * 100.0;
    case ScaleMethod::ProratedSum:
        return sum * counted / answered;
    case ScaleMethod::Sum:
    case ScaleMethod::CountOf:
    case ScaleMethod::WeightedSum:
        return s.missingHandling == MissingHandling::Prorate ? sum * counted / answered : sum;
    case ScaleMethod::Lookup:
        break;
    }
    return std::nullopt;
}

bool alertFires(const Alert &a, const Answer &answer, std::optional<double> score)
{
    if (!a.codes.isEmpty()) {
        if (a.codes.contains(answer.code))
            return true;
        for (const QString &c : answer.codes)
            if (a.codes.contains(c))
                return true;
        return false;
    }
    return score && a.score && compare(*score, a.op, *a.score);
}

} // namespace

Result score(const Definition &d, const Response &r)
{
    Result out;
    // Lookups read other scales, so compute until nothing changes (the loader refuses cycles).
    QList<const Scale *> pending;
    for (const auto &s : d.scales)
        pending << &s;
    for (int pass = 0; pass <= d.scales.size() && !pending.isEmpty(); ++pass) {
        for (qsizetype i = 0; i < pending.size();) {
            const Scale *s = pending[i];
            if (s->method == ScaleMethod::Lookup && pending.contains(d.scale(s->from))) {
                ++i;
                continue;
            }
            out.scales.insert(s->id, computeScale(d, *s, r, out.scales, &out.problems));
            pending.removeAt(i);
        }
    }
    // A scale that requires another is null when that one is (e.g. no subscale unless the
    // whole form is answered); the loader refuses mutual requirements, so two passes do.
    for (int pass = 0; pass < 2; ++pass)
        for (const auto &s : d.scales)
            for (const QString &other : s.requiredScales)
                if (!out.scales.value(other))
                    out.scales[s.id] = std::nullopt;
    out.complete = true;
    for (const auto &v : out.scales)
        out.complete = out.complete && v.has_value();
    if (d.strata) {
        QHash<QString, double> values;
        bool ready = true;
        for (const auto &rule : d.strata->rules)
            for (const auto &c : rule.when) {
                const auto v = out.scales.value(c.scale);
                ready = ready && v.has_value();
                if (v)
                    values.insert(c.scale, d.scale(c.scale)->rounded(*v));
            }
        if (ready)
            if (const Stratum *match = firstMatch(*d.strata, values))
                out.band = match->code;
    }
    for (const Item *item : d.allItems()) {
        const auto it = r.answers.constFind(item->linkId);
        if (it == r.answers.cend() || !isEnabled(d, *item, r))
            continue;
        const auto value = itemScore(d, *item, r);
        for (const Alert &a : item->alerts)
            if (alertFires(a, *it, value))
                out.alerts.append({a.code, a.severity, item->linkId, a.message});
    }
    return out;
}

ParsedAnswers parseAnswerList(const Definition &d, const QStringList &values, const QString &sex)
{
    ParsedAnswers out;
    const QList<const Item *> items = d.scoredItems();
    if (values.size() != items.size()) {
        out.error = u"%1 takes %2 answers (one per scored item); %3 were given"_s.arg(d.id).arg(items.size()).arg(values.size());
        return out;
    }
    if (!sex.isEmpty() && sex != u"female" && sex != u"male") {
        out.error = u"--sex takes female or male"_s;
        return out;
    }
    if (sex.isEmpty() && d.needsSex()) {
        out.error = u"%1 is scored by sex: give --sex female or --sex male"_s.arg(d.id);
        return out;
    }
    Response r;
    r.sex = sex;
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = *items[i];
        const QString v = values[i].trimmed();
        if (v == u"-")
            continue;
        bool ok = false;
        const double number = v.toDouble(&ok);
        const QString where = u"answer %1 (item %2)"_s.arg(i + 1).arg(item.number.isEmpty() ? item.linkId : item.number);
        if (!ok) {
            out.error = where + u": \""_s + v + u"\" is not a number or -"_s;
            return out;
        }
        Answer a;
        if (item.type == ItemType::NumericRating || item.type == ItemType::Integer) {
            if (number < *item.min || number > *item.max || (item.type == ItemType::Integer && number != std::floor(number))) {
                out.error = where + u": %1 is outside %2 to %3"_s.arg(v).arg(*item.min).arg(*item.max);
                return out;
            }
            a.number = number;
        } else {
            const AnswerSet *set = d.answerSet(item.answerSet);
            const int index = int(number);
            if (number != index || index < 0 || index >= set->options.size()) {
                out.error = where + u": %1 is not an option position from 0 to %2"_s.arg(v).arg(set->options.size() - 1);
                return out;
            }
            if (item.type == ItemType::MultiChoice)
                a.codes << set->options[index].code;
            else
                a.code = set->options[index].code;
        }
        r.answers.insert(item.linkId, a);
    }
    out.response = r;
    return out;
}

QStringList runTestVectors(const Definition &d)
{
    QStringList failures;
    for (const TestVector &t : d.tests) {
        const QString name = d.id + u": test \""_s + t.name + u"\": "_s;
        const ParsedAnswers parsed = parseAnswerList(d, t.answers, t.sex);
        if (!parsed.response) {
            failures << name + parsed.error;
            continue;
        }
        const Result r = score(d, *parsed.response);
        if (r.complete != t.complete)
            failures << name + u"complete is %1, expected %2"_s.arg(r.complete ? u"true"_s : u"false"_s, t.complete ? u"true"_s : u"false"_s);
        for (auto it = t.scales.begin(); it != t.scales.end(); ++it) {
            const auto got = r.scales.value(it.key());
            const Scale *s = d.scale(it.key());
            const bool same = got.has_value() == it.value().has_value()
                           && (!got || std::abs(s->rounded(*got) - *it.value()) < 1e-9);
            if (!same)
                failures << name + u"%1 is %2, expected %3"_s.arg(it.key(), got ? QString::number(s->rounded(*got)) : u"null"_s,
                                                                  it.value() ? QString::number(*it.value()) : u"null"_s);
        }
        if (r.band != t.band)
            failures << name + u"band is %1, expected %2"_s.arg(r.band.value_or(u"null"_s), t.band.value_or(u"null"_s));
        QStringList gotAlerts = r.alertCodes(), wantAlerts = t.alerts;
        gotAlerts.sort();
        wantAlerts.sort();
        if (gotAlerts != wantAlerts)
            failures << name + u"alerts are [%1], expected [%2]"_s.arg(gotAlerts.join(u", "_s), wantAlerts.join(u", "_s));
    }
    return failures;
}

} // namespace SpineDesk::Instruments
