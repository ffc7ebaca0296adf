#include "core/instruments/definition.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace SpineDesk::Instruments {

QString localized(const LocalText &text, const QString &lang)
{
    const auto it = text.constFind(lang);
    if (it != text.cend() && !it->isEmpty())
        return *it;
    return text.value(u"en"_s);
}

const AnswerOption *AnswerSet::option(const QString &code) const
{
    for (const auto &o : options)
        if (o.code == code)
            return &o;
    return nullptr;
}

int AnswerSet::indexOf(const QString &code) const
{
    for (int i = 0; i < options.size(); ++i)
        if (options[i].code == code)
            return i;
    return -1;
}

bool Scale::needsSex() const
{
    for (const auto &w : weights)
        if (!w.contains(u"any"_s))
            return true;
    return false;
}

double Scale::rounded(double value) const
{
    const double factor = std::pow(10.0, decimals);
    // Half-up on the decimal value; the epsilon absorbs binary noise such as 35.55 -> 35.5499.
    return std::floor(value * factor + 0.5 + 1e-9) / factor;
}

const AnswerSet *Definition::answerSet(const QString &setId) const
{
    for (const auto &s : answerSets)
        if (s.id == setId)
            return &s;
    return nullptr;
}

namespace {
void collect(const QList<Item> &items, QList<const Item *> &out)
{
    for (const auto &i : items) {
        out.append(&i);
        collect(i.items, out);
    }
}
} // namespace

QList<const Item *> Definition::allItems() const
{
    QList<const Item *> out;
    collect(items, out);
    return out;
}

namespace {
const Item *findIn(const QList<Item> &items, const QString &linkId)
{
    for (const Item &i : items) {
        if (i.linkId == linkId)
            return &i;
        if (const Item *child = i.items.isEmpty() ? nullptr : findIn(i.items, linkId))
            return child;
    }
    return nullptr;
}
} // namespace

const Item *Definition::item(const QString &linkId) const
{
    return findIn(items, linkId); // no allocation: scoring calls this for every item
}

const Scale *Definition::scale(const QString &scaleId) const
{
    for (const auto &s : scales)
        if (s.id == scaleId)
            return &s;
    return nullptr;
}

bool Definition::isScored(const Item &i) const
{
    switch (i.type) {
    case ItemType::NumericRating:
    case ItemType::Integer:
        return true;
    case ItemType::Choice:
    case ItemType::YesNo:
    case ItemType::MultiChoice:
        if (const AnswerSet *set = answerSet(i.answerSet))
            for (const auto &o : set->options)
                if (o.score)
                    return true;
        return false;
    default:
        return false;
    }
}

QList<const Item *> Definition::scoredItems() const
{
    QList<const Item *> out;
    for (const Item *i : allItems())
        if (isScored(*i))
            out.append(i);
    return out;
}

bool Definition::needsSex() const
{
    for (const auto &s : scales)
        if (s.needsSex())
            return true;
    return false;
}

QString wordingStatusCode(WordingStatus s)
{
    switch (s) {
    case WordingStatus::Verbatim: return u"verbatim"_s;
    case WordingStatus::NotInstalled: return u"not-installed"_s;
    case WordingStatus::Paraphrase: break;
    }
    return u"paraphrase"_s;
}

bool hasValidatedTranslation(const Definition &d, const QString &lang)
{
    for (const Language &l : d.languages)
        if (l.code == lang && l.validated)
            return true;
    return false;
}

QString presentationLanguage(const Definition &d, const QString &wanted)
{
    if (wanted == u"en" || !d.installedWording.contains(wanted) || !hasValidatedTranslation(d, wanted))
        return u"en"_s;
    return wanted;
}

} // namespace SpineDesk::Instruments
