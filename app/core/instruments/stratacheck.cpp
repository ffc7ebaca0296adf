#include "core/instruments/stratacheck.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk::Instruments {

namespace {
constexpr double kEpsilon = 1e-9;
constexpr qint64 kMaxCombinations = 200000;
} // namespace

bool compare(double value, const QString &op, double reference)
{
    if (op == u"=")
        return std::abs(value - reference) < kEpsilon;
    if (op == u"!=")
        return std::abs(value - reference) >= kEpsilon;
    if (op == u">")
        return value > reference + kEpsilon;
    if (op == u">=")
        return value > reference - kEpsilon;
    if (op == u"<")
        return value < reference - kEpsilon;
    if (op == u"<=")
        return value < reference + kEpsilon;
    return false;
}

const Stratum *firstMatch(const Strata &strata, const QHash<QString, double> &values)
{
    for (const Stratum &rule : strata.rules) {
        bool all = true;
        for (const auto &c : rule.when)
            all = all && values.contains(c.scale) && compare(values.value(c.scale), c.op, c.value);
        if (all)
            return &rule;
    }
    return nullptr;
}

void checkStrata(const Definition &d, QStringList *errors)
{
    const Strata &strata = *d.strata;
    bool referencesOk = true;
    QSet<QString> codes;
    QStringList used;
    for (int r = 0; r < strata.rules.size(); ++r) {
        const Stratum &rule = strata.rules[r];
        const QString path = u"strata.rules[%1]"_s.arg(r);
        if (codes.contains(rule.code))
            errors->append(path + u".code: duplicate band \"%1\""_s.arg(rule.code));
        codes.insert(rule.code);
        for (int c = 0; c < rule.when.size(); ++c) {
            const StratumCondition &cond = rule.when[c];
            const Scale *scale = d.scale(cond.scale);
            if (!scale) {
                errors->append(path + u".when[%1].scale: unknown scale \"%2\""_s.arg(c).arg(cond.scale));
                referencesOk = false;
                continue;
            }
            if (cond.value < scale->min - kEpsilon || cond.value > scale->max + kEpsilon) {
                errors->append(path + u".when[%1].value: %2 is outside the range of \"%3\" (%4 to %5)"_s.arg(c).arg(cond.value)
                                   .arg(cond.scale).arg(scale->min).arg(scale->max));
                referencesOk = false;
            }
            if (!used.contains(cond.scale))
                used << cond.scale;
        }
    }
    if (!referencesOk || strata.rules.isEmpty())
        return;

    // Walk every combination of the scales' possible values.
    QList<QList<double>> grids;
    qint64 combinations = 1;
    for (const QString &id : used) {
        const Scale *s = d.scale(id);
        QList<double> values;
        for (double v = s->min; v <= s->max + kEpsilon; v += s->step)
            values << v;
        combinations *= values.size();
        grids << values;
    }
    if (combinations > kMaxCombinations)
        return;
    QSet<const Stratum *> reached;
    QList<int> index(used.size(), 0);
    for (qint64 n = 0; n < combinations; ++n) {
        QHash<QString, double> values;
        for (int i = 0; i < used.size(); ++i)
            values.insert(used[i], grids[i][index[i]]);
        const Stratum *match = firstMatch(strata, values);
        if (!match) {
            QStringList shown;
            for (int i = 0; i < used.size(); ++i)
                shown << u"%1 = %2"_s.arg(used[i]).arg(values.value(used[i]));
            errors->append(u"strata.rules: no band for %1 (a gap between the rules)"_s.arg(shown.join(u", "_s)));
            return;
        }
        reached.insert(match);
        for (int i = 0; i < used.size(); ++i) { // next combination
            if (++index[i] < grids[i].size())
                break;
            index[i] = 0;
        }
    }
    for (int r = 0; r < strata.rules.size(); ++r)
        if (!reached.contains(&strata.rules[r]))
            errors->append(u"strata.rules[%1]: band \"%2\" can never be reached (earlier rules overlap it)"_s.arg(r).arg(strata.rules[r].code));
}

} // namespace SpineDesk::Instruments
