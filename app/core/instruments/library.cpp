#include "core/instruments/library.h"

#include "core/contentjson.h"
#include "core/instruments/loader.h"
#include "core/instruments/scorer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace SpineDesk::Instruments {

Library Library::load(const QString &definitionDir, const QString &wordingDir)
{
    Library lib;
    const QDir dir(definitionDir);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        LibraryEntry e;
        e.file = dir.filePath(name);
        e.id = QFileInfo(name).completeBaseName();
        LoadResult loaded = loadDefinitionFile(e.file);
        e.errors = loaded.errors;
        if (loaded.definition) {
            e.errors << runTestVectors(*loaded.definition);
            e.definition = std::move(loaded.definition);
        }
        for (const auto &other : std::as_const(lib.m_entries))
            if (other.id == e.id)
                e.errors << name + u": id: duplicate instrument \"%1\""_s.arg(e.id);
        lib.m_entries.append(e);
    }
    if (wordingDir.isEmpty())
        return lib;
    const QDir words(wordingDir);
    for (const QString &name : words.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile f(words.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const WordingCheck check = checkWording(f.readAll(), name, lib);
        const QString id = check.wording ? check.wording->instrument : name.section(u'.', 0, 0);
        for (auto &e : lib.m_entries) {
            if (e.id != id || !e.definition)
                continue;
            if (check.wording)
                applyWording(*e.definition, *check.wording);
            else
                e.errors << check.errors; // imported wording that no longer fits is not used silently
        }
    }
    return lib;
}

const LibraryEntry *Library::entry(const QString &id) const
{
    for (const auto &e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

const Definition *Library::find(const QString &id) const
{
    const LibraryEntry *e = entry(id);
    return e && e->available() ? &*e->definition : nullptr;
}

WordingCheck checkWording(const QByteArray &json, const QString &fileName, const Library &library)
{
    WordingCheck out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        out.errors << fileName + u": not a JSON object: "_s + parseError.errorString();
        return out;
    }
    ContentErrors errors(fileName);
    const ContentReader top(doc.object(), QString(), &errors);
    top.allowOnly({"instrument", "language", "source", "attribution", "title", "recall", "items", "answerSets"});
    WordingFile w;
    w.instrument = top.string(u"instrument"_s);
    w.language = top.string(u"language"_s);
    w.source = top.string(u"source"_s);
    w.attribution = top.text(u"attribution"_s, false);
    w.title = top.string(u"title"_s, false);
    w.recall = top.string(u"recall"_s, false);
    const Definition *d = library.find(w.instrument);
    if (!w.instrument.isEmpty() && !d)
        top.error(u"instrument"_s, u"no available instrument \"%1\""_s.arg(w.instrument));
    if (w.language.size() != 2)
        top.error(u"language"_s, u"must be a two-letter language code"_s);
    else if (d && w.language != u"en" && !hasValidatedTranslation(*d, w.language))
        top.error(u"language"_s, u"\"%1\" is not a validated translation of %2 (its definition's languages); only validated "
                                 u"translations are used"_s.arg(w.language, w.instrument));
    const ContentReader items = top.child(u"items"_s);
    const ContentReader sets = top.child(u"answerSets"_s);
    if (d && errors.isEmpty()) {
        QSet<QString> usedSets;
        for (const Item *item : d->allItems()) {
            if (item->type == ItemType::Group)
                continue;
            const QString text = items.string(item->linkId);
            w.items.insert(item->linkId, text);
            if (!item->answerSet.isEmpty())
                usedSets.insert(item->answerSet);
        }
        for (const QString &key : items.object().keys())
            if (!d->item(key))
                items.error(key, u"unknown item"_s);
        for (const AnswerSet &set : d->answerSets) {
            if (!usedSets.contains(set.id))
                continue;
            const ContentReader labels = sets.child(set.id);
            for (const auto &o : set.options)
                w.answerSets[set.id].insert(o.code, labels.string(o.code));
            for (const QString &code : labels.object().keys())
                if (!set.option(code))
                    labels.error(code, u"unknown answer code"_s);
        }
        for (const QString &key : sets.object().keys())
            if (!d->answerSet(key))
                sets.error(key, u"unknown answer set"_s);
    }
    out.errors = errors.list();
    if (out.errors.isEmpty())
        out.wording = w;
    return out;
}

void applyWording(Definition &d, const WordingFile &w)
{
    std::function<void(QList<Item> &)> apply = [&](QList<Item> &items) {
        for (Item &item : items) {
            if (w.items.contains(item.linkId))
                item.text.insert(w.language, w.items.value(item.linkId));
            apply(item.items);
        }
    };
    apply(d.items);
    for (AnswerSet &set : d.answerSets)
        for (AnswerOption &o : set.options)
            if (w.answerSets.value(set.id).contains(o.code))
                o.label.insert(w.language, w.answerSets.value(set.id).value(o.code));
    for (auto it = w.attribution.begin(); it != w.attribution.end(); ++it)
        d.licence.attribution.insert(it.key(), it.value());
    if (!w.title.isEmpty())
        d.title.insert(w.language, w.title);
    if (!w.recall.isEmpty())
        d.recall.insert(w.language, w.recall);
    d.installedWording.insert(w.language, w.source);
    // The status describes the English form the definition ships; a translation adds a language.
    if (w.language == u"en") {
        d.wording = WordingStatus::Verbatim;
        d.wordingSource = w.source;
    }
}

QStringList importWording(const QString &file, const Library &library, const QString &wordingDir)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {file + u": cannot be read: "_s + in.errorString()};
    const QByteArray bytes = in.readAll();
    const WordingCheck check = checkWording(bytes, QFileInfo(file).fileName(), library);
    if (!check.wording)
        return check.errors;
    if (!QDir().mkpath(wordingDir))
        return {wordingDir + u": cannot be created"_s};
    QSaveFile out(QDir(wordingDir).filePath(check.wording->instrument + u'.' + check.wording->language + u".json"_s));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return {out.fileName() + u": cannot be written: "_s + out.errorString()};
    return {};
}

} // namespace SpineDesk::Instruments
