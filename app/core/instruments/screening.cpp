#include "core/instruments/screening.h"

using namespace Qt::StringLiterals;

namespace SpineDesk::Instruments {

namespace {

QList<const Item *> questions(const Definition &d)
{
    QList<const Item *> out;
    for (const Item *i : d.allItems())
        if (i->type != ItemType::Group && i->type != ItemType::Display)
            out.append(i);
    return out;
}

// Maps one answer code from the screen's answer set to the follow-up's.
QString mapCode(const AnswerSet *from, const AnswerSet *to, const QString &code)
{
    if (!to)
        return {};
    if (to->option(code))
        return code;
    const int index = from ? from->indexOf(code) : -1;
    return index >= 0 && index < to->options.size() ? to->options[index].code : QString();
}

} // namespace

std::optional<QString> followUpInstrument(const QString &screenId, const Result &screenResult)
{
    if (!screenResult.band || *screenResult.band != u"positive")
        return std::nullopt;
    if (screenId == u"phq2")
        return u"phq9"_s;
    if (screenId == u"gad2")
        return u"gad7"_s;
    return std::nullopt;
}

QStringList carriedItems(const Definition &screen, const Definition &followUp)
{
    const auto from = questions(screen);
    const auto to = questions(followUp);
    QStringList out;
    for (int i = 0; i < from.size() && i < to.size(); ++i)
        out << to[i]->linkId;
    return out;
}

Response carryOver(const Definition &screen, const Response &screenAnswers, const Definition &followUp,
                   const Response &followUpAnswers)
{
    Response out = followUpAnswers;
    if (out.sex.isEmpty())
        out.sex = screenAnswers.sex;
    const auto from = questions(screen);
    const auto to = questions(followUp);
    for (int i = 0; i < from.size() && i < to.size(); ++i) {
        const Item &source = *from[i];
        const Item &target = *to[i];
        out.answers.remove(target.linkId);
        const auto it = screenAnswers.answers.constFind(source.linkId);
        if (it == screenAnswers.answers.cend())
            continue;
        const AnswerSet *fromSet = screen.answerSet(source.answerSet);
        const AnswerSet *toSet = followUp.answerSet(target.answerSet);
        Answer a;
        a.number = it->number;
        a.text = it->text;
        if (!it->code.isEmpty()) {
            a.code = mapCode(fromSet, toSet, it->code);
            if (a.code.isEmpty())
                continue; // no matching option: leave the follow-up item to be asked
        }
        for (const QString &code : it->codes)
            if (const QString mapped = mapCode(fromSet, toSet, code); !mapped.isEmpty())
                a.codes << mapped;
        out.answers.insert(target.linkId, a);
    }
    return out;
}

} // namespace SpineDesk::Instruments
