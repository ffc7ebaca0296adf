#include "core/decisionaids/aidlibrary.h"

#include "core/decisionaids/aidloader.h"
#include "core/decisionaids/checklist.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace SpineDesk::Aids {

AidLibrary AidLibrary::load(const QString &directory, const QString &registryPath)
{
    AidLibrary out;
    out.m_registry = EvidenceRegistry::load(registryPath, &out.m_registryErrors);
    const QDir dir(directory);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (file.endsWith(u".checklist.json"_s))
            continue;
        AidEntry entry;
        entry.file = dir.filePath(file);
        entry.id = file.chopped(5);
        if (!out.m_registryErrors.isEmpty()) {
            entry.errors << u"%1: unavailable because the evidence registry has errors"_s.arg(file);
            out.m_entries << entry;
            continue;
        }
        AidLoadResult loaded = loadAidFile(entry.file, out.m_registry);
        entry.errors = loaded.errors;
        const QString checklistName = entry.id + u".checklist.json"_s;
        QFile checklistFile(dir.filePath(checklistName));
        if (!checklistFile.open(QIODevice::ReadOnly)) {
            entry.errors << u"%1: missing: every aid has an IPDAS checklist"_s.arg(checklistName);
        } else if (const auto checklist = parseChecklist(checklistFile.readAll(), checklistName, &entry.errors); checklist && loaded.aid) {
            entry.errors << checkAid(*loaded.aid, *checklist, checklistName);
        }
        entry.aid = std::move(loaded.aid);
        out.m_entries << entry;
    }
    return out;
}

const DecisionAid *AidLibrary::find(const QString &id) const
{
    for (const AidEntry &e : m_entries)
        if (e.id == id && e.available())
            return &*e.aid;
    return nullptr;
}

} // namespace SpineDesk::Aids
