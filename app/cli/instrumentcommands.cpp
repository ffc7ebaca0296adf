#include "cli/instrumentcommands.h"

#include "cli/aidcommands.h"
#include "cli/commands.h"
#include "core/handoutcontent.h"
#include "core/instruments/library.h"
#include "core/instruments/scorer.h"
#include "core/plan/diagnosis.h"
#include "core/redflags.h"
#include "core/therapy/exerciselibrary.h"
#include "core/yellowflags.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SpineDesk::Cli {

namespace {
struct InstrumentText {
    Q_DECLARE_TR_FUNCTIONS(InstrumentText)
};

int usage(QTextStream &err, const QString &message)
{
    err << u"spinedesk: "_s << message << u"\n"_s;
    return UsageError;
}

QString json(const QJsonValue &v)
{
    // Through an array, so a lone number or string serialises as JSON does.
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QString licenceStatus(const Instruments::Definition &d)
{
    switch (d.wording) {
    case Instruments::WordingStatus::NotInstalled:
        return InstrumentText::tr("class %1, wording not installed (scoring only)").arg(d.licence.licenceClass);
    case Instruments::WordingStatus::Verbatim:
        return InstrumentText::tr("class %1, licensed wording installed").arg(d.licence.licenceClass);
    case Instruments::WordingStatus::Paraphrase:
        break;
    }
    return InstrumentText::tr("class %1, item gists (verify against the published form)").arg(d.licence.licenceClass);
}
// The validated translations a definition lists, and whether their wording is imported.
QString translationStatus(const Instruments::Definition &d)
{
    QStringList out;
    for (const Instruments::Language &l : d.languages) {
        if (l.code == u"en" || !l.validated)
            continue;
        out << (d.installedWording.contains(l.code) ? InstrumentText::tr("%1: validated translation installed").arg(l.code)
                                                    : InstrumentText::tr("%1: validated translation not installed (import it)").arg(l.code));
    }
    return out.isEmpty() ? InstrumentText::tr("English only") : out.join(u"; "_s);
}
} // namespace

int scoreCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({u"answers"_s, InstrumentText::tr("One value per scored item."), u"LIST"_s});
    p.addOption({u"sex"_s, InstrumentText::tr("female or male, where scoring depends on it."), u"SEX"_s});
    if (!p.parse(QStringList{u"spinedesk"_s} + args))
        return usage(err, p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(u"answers"_s))
        return usage(err, InstrumentText::tr("Usage: spinedesk score ID --answers LIST [--sex female|male]"));
    const QString id = p.positionalArguments().first();
    const auto library = Instruments::Library::load(Instruments::Library::bundledDirectory());
    const Instruments::Definition *d = library.find(id);
    if (!d) {
        const auto *entry = library.entry(id);
        return usage(err, entry ? InstrumentText::tr("instrument '%1' is unavailable: %2").arg(id, entry->errors.value(0))
                                : InstrumentText::tr("unknown instrument '%1'").arg(id));
    }
    const auto parsed = Instruments::parseAnswerList(*d, p.value(u"answers"_s).split(u','), p.value(u"sex"_s));
    if (!parsed.response)
        return usage(err, parsed.error);
    const Instruments::Result r = Instruments::score(*d, *parsed.response);
    QJsonObject scales;
    for (auto it = r.scales.begin(); it != r.scales.end(); ++it)
        scales.insert(it.key(), it.value() ? QJsonValue(d->scale(it.key())->rounded(*it.value())) : QJsonValue(QJsonValue::Null));
    QJsonArray alerts;
    for (const QString &a : r.alertCodes())
        alerts.append(a);
    out << u"{\"instrument\":"_s << json(d->id) << u",\"version\":"_s << json(d->version) << u",\"complete\":"_s
        << json(r.complete) << u",\"scales\":"_s << QString::fromUtf8(QJsonDocument(scales).toJson(QJsonDocument::Compact))
        << u",\"band\":"_s << (r.band ? json(*r.band) : u"null"_s) << u",\"alerts\":"_s
        << QString::fromUtf8(QJsonDocument(alerts).toJson(QJsonDocument::Compact)) << u"}\n"_s;
    return Success;
}

int instrumentsCommand(const QStringList &args, const QString &wordingDir, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(0, u"list"_s);
    if (sub == u"list" && args.size() <= 1) {
        const auto library = Instruments::Library::load(Instruments::Library::bundledDirectory(), wordingDir);
        for (const auto &e : library.entries()) {
            if (e.available())
                out << e.id << u'\t' << e.definition->version << u'\t' << licenceStatus(*e.definition) << u'\t'
                    << InstrumentText::tr("available") << u'\t' << translationStatus(*e.definition) << u"\n"_s;
            else
                out << e.id << u"\t-\t-\t" << InstrumentText::tr("unavailable: %1").arg(e.errors.value(0)) << u"\n"_s;
        }
        return Success;
    }
    if (sub == u"import" && args.size() == 2) {
        const auto library = Instruments::Library::load(Instruments::Library::bundledDirectory(), wordingDir);
        const QStringList errors = Instruments::importWording(args[1], library, wordingDir);
        if (!errors.isEmpty()) {
            for (const QString &e : errors)
                err << u"spinedesk: "_s << e << u"\n"_s;
            return Failure;
        }
        out << InstrumentText::tr("Imported licensed wording from %1.").arg(args[1]) << u"\n"_s;
        return Success;
    }
    return usage(err, InstrumentText::tr("Usage: spinedesk instruments [list] | spinedesk instruments import FILE"));
}

int contentCommand(const QStringList &args, const QString &wordingDir, QTextStream &out, QTextStream &err)
{
    if (args != QStringList{u"check"_s})
        return usage(err, InstrumentText::tr("Usage: spinedesk content check"));
    const auto library = Instruments::Library::load(Instruments::Library::bundledDirectory(), wordingDir);
    int problems = 0;
    for (const auto &e : library.entries()) {
        if (e.available()) {
            out << InstrumentText::tr("ok      %1 (%2 test vectors passed)").arg(e.id).arg(e.definition->tests.size()) << u"\n"_s;
            continue;
        }
        ++problems;
        for (const QString &error : e.errors)
            err << error << u"\n"_s;
    }
    // The red- and yellow-flag checklists are clinical content too.
    QStringList errors;
    if (const auto red = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &errors))
        out << InstrumentText::tr("ok      red-flag checklist (%1 conditions)").arg(red->conditions.size()) << u"\n"_s;
    if (const auto yellow = YellowFlagChecklist::load(YellowFlagChecklist::bundledPath(), &errors))
        out << InstrumentText::tr("ok      yellow-flag checklist (%1 domains)").arg(yellow->domains.size()) << u"\n"_s;
    for (const QString &error : std::as_const(errors))
        err << error << u"\n"_s;
    problems += errors.isEmpty() ? 0 : 1;
    problems += checkAidContent(out, err);
    // The problem-list codes and the patient handouts (issue 5).
    const auto &diagnoses = Plans::DiagnosisCatalogue::bundled();
    if (diagnoses.errors().isEmpty())
        out << InstrumentText::tr("ok      diagnosis codes (%1 diagnoses)").arg(diagnoses.all().size()) << u"\n"_s;
    for (const QString &error : diagnoses.errors())
        err << error << u"\n"_s;
    problems += diagnoses.errors().isEmpty() ? 0 : 1;
    const auto &handouts = Handouts::HandoutLibrary::bundled();
    if (handouts.errors().isEmpty())
        out << InstrumentText::tr("ok      handouts (%1 files)").arg(handouts.all().size()) << u"\n"_s;
    for (const QString &error : handouts.errors())
        err << error << u"\n"_s;
    problems += int(handouts.errors().size());
    // The home-exercise library (issue 6).
    const auto &exercises = Therapy::ExerciseLibrary::bundled();
    if (exercises.errors().isEmpty())
        out << InstrumentText::tr("ok      exercises (%1 files)").arg(exercises.exercises().size()) << u"\n"_s;
    for (const QString &error : exercises.errors())
        err << error << u"\n"_s;
    problems += int(exercises.errors().size());
    if (problems > 0) {
        err << u"spinedesk: "_s
            << (problems == 1 ? InstrumentText::tr("1 content file failed the check.")
                              : InstrumentText::tr("%1 content files failed the check.").arg(problems))
            << u"\n"_s;
        return Failure;
    }
    out << InstrumentText::tr("All %1 instrument definitions, the flag checklists, the evidence registry, the decision aids, the diagnosis codes, the handouts and the exercises are valid.").arg(library.entries().size()) << u"\n"_s;
    return Success;
}

} // namespace SpineDesk::Cli
