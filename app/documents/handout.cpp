#include "documents/handout.h"

#include "core/handoutcontent.h"
#include "core/plan/diagnosis.h"
#include "core/redflags.h"
#include "core/visithandouttext.h"
#include "documents/clinicalsections.h"
#include "i18n/language.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {

using namespace Handouts;
using ClinicalSections::dateInWords;
using Fill = QList<std::pair<QString, QString>>; // placeholder → plain text

struct HandoutTr {
    Q_DECLARE_TR_FUNCTIONS(PatientHandout)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString languageLabel(const QString &code)
{
    return QLocale::languageToString(QLocale(code).language());
}

// The content a handout is printed from, refused when it is missing or its translation is out
// of date. A translation pending review prints, with the notice on every page.
const HandoutContent *printableContent(const HandoutLibrary &library, const QString &language, const QString &id,
                                       const QString &what, QString *error)
{
    if (const HandoutContent *c = library.find(language, id))
        return c;
    int translates = 0;
    int current = 0;
    if (library.isOutOfDate(language, id, &translates, &current))
        fail(error, HandoutTr::tr("The %2 text of the %1 is out of date: it translates revision %3 of the English text, which is "
                                  "now at revision %4. It cannot be printed until the translation is updated; print it in "
                                  "another language the patient reads.")
                        .arg(what, languageLabel(language))
                        .arg(translates)
                        .arg(current));
    else
        fail(error, HandoutTr::tr("The %1 is not available in %2 yet: there is no %2 text for it. Print it in another language "
                                  "the patient reads.")
                        .arg(what, languageLabel(language)));
    return nullptr;
}

QString filled(QString text, const Fill &fill)
{
    for (const auto &[placeholder, value] : fill)
        text.replace(placeholder, value);
    return text;
}

TextRuns toRuns(const QList<Run> &runs, const Fill &fill = {})
{
    TextRuns out;
    for (const Run &r : runs)
        out.append({filled(r.text, fill), r.bold, r.italic});
    return out;
}

QString plainText(const TextRuns &runs)
{
    QString s;
    for (const TextRun &r : runs)
        s += r.text;
    return s;
}

// Renders blocks of our own content through the builder (text, never markup).
void addBlocks(PageDocument &doc, const QList<Block> &blocks, const Fill &fill = {})
{
    for (const Block &b : blocks) {
        switch (b.kind) {
        case Block::Kind::Heading: doc.section(filled(b.text(), fill)); break;
        case Block::Kind::Subheading: doc.subheading(filled(b.text(), fill)); break;
        case Block::Kind::Paragraph: doc.paragraph(toRuns(b.runs, fill)); break;
        case Block::Kind::Bullet: doc.bullet(toRuns(b.runs, fill)); break;
        case Block::Kind::Numbered: doc.numbered(b.number, filled(b.text(), fill)); break;
        }
    }
}

// The visit handout's wording, by key (resources/handouts/<lang>/visit-handout.md).
class Wording
{
public:
    explicit Wording(const HandoutContent &content) : m_content(content) {}

    QList<Block> blocks(const QString &key) const { return m_content.parts.value(key); }
    TextRuns runs(const QString &key, const Fill &fill = {}) const
    {
        TextRuns out;
        for (const Block &b : blocks(key)) {
            if (!out.isEmpty())
                out.append({u" "_s});
            out += toRuns(b.runs, fill);
        }
        return out;
    }
    QString text(const QString &key, const Fill &fill = {}) const { return plainText(runs(key, fill)); }
    void add(PageDocument &doc, const QString &key, const Fill &fill = {}) const { addBlocks(doc, blocks(key), fill); }
    const HandoutContent &content() const { return m_content; }

private:
    const HandoutContent &m_content;
};

// "Version 2 of this sheet, checked by …" or "… not yet checked by a clinician".
void addAbout(PageDocument &doc, const Wording &w, const HandoutContent &c, const QString &language)
{
    const QString revision = QString::number(c.revision);
    if (c.isReviewed())
        doc.paragraph(w.runs(u"about.reviewed"_s, {{u"{revision}"_s, revision},
                                                   {u"{name}"_s, c.reviewedBy},
                                                   {u"{date}"_s, dateInWords(c.reviewedOn, language)}}));
    else
        doc.paragraph(w.runs(u"about.not-reviewed"_s, {{u"{revision}"_s, revision}}));
}

void addContact(PageDocument &doc, const Wording &w, const ClinicProfile &clinic)
{
    doc.section(w.text(u"section.contact"_s));
    w.add(doc, u"contact.intro"_s);
    if (!clinic.name.trimmed().isEmpty())
        doc.paragraph(clinic.name, 1, true);
    const QStringList address = clinic.addressLines;
    if (!address.isEmpty())
        doc.paragraph(address.join(u", "_s));
    if (!clinic.phone.trimmed().isEmpty())
        doc.labelled(w.text(u"label.phone"_s), clinic.phone);
}

// The safety net: each part of "When to get help" in its own box, kept on one page.
void addSafetyNet(PageDocument &doc, const Wording &w, const HandoutContent &help)
{
    doc.section(w.text(u"section.help"_s));
    doc.beginKeepTogether(); // the title and its introduction stay with the first box
    w.add(doc, u"help.intro"_s);
    QList<TextRuns> box;
    bool first = true;
    const auto flush = [&] {
        if (box.isEmpty())
            return;
        if (!first)
            doc.beginKeepTogether();
        first = false;
        doc.box(box);
        doc.endKeepTogether();
        box.clear();
    };
    for (const Block &b : help.blocks) {
        switch (b.kind) {
        case Block::Kind::Heading:
            flush();
            box.append(TextRuns{TextRun{b.text(), true}});
            break;
        case Block::Kind::Subheading: box.append(TextRuns{TextRun{b.text(), true}}); break;
        case Block::Kind::Paragraph: box.append(toRuns(b.runs)); break;
        case Block::Kind::Bullet: box.append(TextRuns{{u"\u2022  "_s}} + toRuns(b.runs)); break;
        case Block::Kind::Numbered: box.append(TextRuns{{QString::number(b.number) + u".  "_s}} + toRuns(b.runs)); break;
        }
    }
    flush();
    doc.endKeepTogether();
}

// The phrase for a plan item, with the clinician's own words when they wrote or changed it.
TextRuns itemRuns(const Plans::PlanItem &item, const Wording &w)
{
    TextRuns runs;
    if (const QString key = itemKey(item.kind); !key.isEmpty())
        runs = w.runs(key);
    const QString note = item.text.simplified();
    if (item.origin != Plans::ItemOrigin::Proposed && !note.isEmpty()) {
        if (!runs.isEmpty())
            runs.append({u" "_s});
        runs.append({w.text(u"label.note"_s) + u": "_s, true});
        runs.append({note}); // the clinician's text: printed as it is, never read as markup
    }
    return runs;
}

QList<Plans::PlanItem> itemsFor(const Plans::TreatmentPlan &plan, HandoutPlace place)
{
    QList<Plans::PlanItem> out;
    for (const Plans::PlanItem &i : plan.activeItems())
        if (handoutPlace(i.kind) == place)
            out << i;
    return out;
}

// A diagnosis in plain words: the catalogue's English words, or the translation's own
// ("diagnosis.<id>" of the visit text).
QString diagnosisWords(const Plans::DiagnosisDefinition &d, const Wording &w)
{
    if (!w.content().isTranslation())
        return d.patientWords.simplified();
    return w.text(diagnosisKey(d.id)).simplified();
}

void addProblems(PageDocument &doc, const Wording &w, const Plans::TreatmentPlan &plan)
{
    doc.section(w.text(u"section.problem"_s));
    QList<Plans::ProblemEntry> problems = plan.problems;
    std::stable_sort(problems.begin(), problems.end(), [](const auto &a, const auto &b) { return a.primary && !b.primary; });
    QStringList words; // the catalogue's plain words only: no codes, no clinical labels
    for (const Plans::ProblemEntry &p : problems)
        if (const Plans::DiagnosisDefinition *d = Plans::DiagnosisCatalogue::bundled().find(p.diagnosisId))
            if (const QString s = diagnosisWords(*d, w); !s.isEmpty() && !words.contains(s))
                words << s;
    if (words.isEmpty())
        w.add(doc, u"problem.none"_s);
    else if (words.size() == 1)
        doc.paragraph(words.first());
    else
        for (const QString &s : words)
            doc.bullet(s);
}

void addGoals(PageDocument &doc, const Wording &w, const Plans::TreatmentPlan &plan, const QString &language)
{
    doc.section(w.text(u"section.goals"_s));
    bool any = false;
    for (const Plans::Goal &g : plan.goals) {
        const QString text = g.text.simplified();
        if (text.isEmpty())
            continue;
        any = true;
        if (g.targetDate.isValid())
            doc.bullet(w.runs(u"goal"_s, {{u"{goal}"_s, text}, {u"{date}"_s, dateInWords(g.targetDate, language)}}));
        else
            doc.bullet(text);
    }
    if (!any)
        w.add(doc, u"goals.none"_s);
}

void addPlan(PageDocument &doc, const Wording &w, const Plans::TreatmentPlan &plan)
{
    doc.section(w.text(u"section.plan"_s));
    QList<Plans::PlanItem> items = itemsFor(plan, HandoutPlace::Plan);
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        return keyPointPriority(a.kind) < keyPointPriority(b.kind);
    });
    items.removeIf([&w](const Plans::PlanItem &i) { return itemRuns(i, w).isEmpty(); });
    if (items.isEmpty()) {
        w.add(doc, u"plan.none"_s);
        return;
    }
    // About three key points (letter-and-handouts.md §4.1), then the rest.
    constexpr int kKeyPoints = 3;
    w.add(doc, u"plan.key-points"_s);
    for (int i = 0; i < items.size() && i < kKeyPoints; ++i)
        doc.numbered(i + 1, plainText(itemRuns(items.at(i), w)));
    if (items.size() > kKeyPoints) {
        w.add(doc, u"plan.more"_s);
        for (int i = kKeyPoints; i < items.size(); ++i)
            doc.bullet(itemRuns(items.at(i), w));
    }
}

void addHome(PageDocument &doc, const Wording &w, const Plans::TreatmentPlan &plan)
{
    doc.section(w.text(u"section.home"_s));
    for (const Plans::PlanItem &i : itemsFor(plan, HandoutPlace::Home))
        if (const TextRuns runs = itemRuns(i, w); !runs.isEmpty())
            doc.bullet(runs);
    w.add(doc, u"home.advice"_s);
}

void addMedicines(PageDocument &doc, const Wording &w, const Plans::TreatmentPlan &plan)
{
    const QList<Plans::PlanItem> items = itemsFor(plan, HandoutPlace::Medicines);
    if (items.isEmpty())
        return; // medication advice only when the plan has some (§4.3)
    doc.section(w.text(u"section.medicines"_s));
    for (const Plans::PlanItem &i : items)
        if (const TextRuns runs = itemRuns(i, w); !runs.isEmpty())
            doc.bullet(runs);
}

void addNext(PageDocument &doc, const Wording &w, const VisitDossier &dossier, const Plans::TreatmentPlan &plan)
{
    doc.section(w.text(u"section.next"_s));
    const QString when = plan.followUp.simplified();
    doc.bullet(when.isEmpty() ? w.runs(u"next.follow-up-unset"_s) : w.runs(u"next.follow-up"_s, {{u"{when}"_s, when}}));
    for (const Plans::PlanItem &i : itemsFor(plan, HandoutPlace::Next))
        if (const TextRuns runs = itemRuns(i, w); !runs.isEmpty())
            doc.bullet(runs);
    const QString primary = dossier.referrer ? dossier.referrer->name.simplified() : QString();
    doc.bullet(primary.isEmpty() ? w.runs(u"next.copy-primary-unnamed"_s)
                                 : w.runs(u"next.copy-primary"_s, {{u"{name}"_s, primary}}));
    const QList<Plans::PlanItem> active = plan.activeItems();
    const bool surgeon = std::any_of(active.begin(), active.end(), [](const Plans::PlanItem &i) {
        return i.kind == Plans::ItemKind::SurgicalReferral || i.kind == Plans::ItemKind::FusionReferral;
    });
    if (surgeon) {
        const QString name = dossier.surgeonName.simplified();
        doc.bullet(name.isEmpty() ? w.runs(u"next.copy-surgeon-unnamed"_s)
                                  : w.runs(u"next.copy-surgeon"_s, {{u"{name}"_s, name}}));
    }
}

// Setup for a patient document: our title, the patient's language with the page furniture in
// it (call inside the document's TextLanguage), 12 pt or 16 pt large print
// (letter-and-handouts.md §4.2 asks for 14 pt or more), and the pending-translation notice on
// every page when any text it prints is a translation not yet reviewed (issue 8).
bool applySetup(PageDocument &doc, const QString &title, const DocumentRequest &request, const HandoutLibrary &library,
                const QList<const HandoutContent *> &printed, QString *error)
{
    PageSetup s = doc.setup();
    s.title = title;
    s.language = request.language;
    s.labels = PageLabels::fromTranslation();
    s.basePointSize = request.largePrint ? 16 : 12;
    const bool pending = std::any_of(printed.begin(), printed.end(), [](const HandoutContent *c) { return c->isTranslationPending(); });
    s.pageNotice = pending ? pendingTranslationNotice(request.language, library) : QString();
    if (pending && s.pageNotice.isEmpty())
        return fail(error, HandoutTr::tr("The %1 text is a translation pending review, and there is no %1 notice to say so on "
                                         "its pages.")
                               .arg(languageLabel(request.language)));
    if (!doc.setSetup(s))
        return fail(error, HandoutTr::tr("The handout's page setup could not be applied."));
    return true;
}

} // namespace

bool buildVisitHandout(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request, QString *error)
{
    return buildVisitHandout(doc, dossier, request, HandoutLibrary::bundled(), error);
}

bool buildVisitHandout(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request,
                       const HandoutLibrary &library, QString *error)
{
    // Refusals are for the clinician, in the program's language; the document is in the patient's.
    const QString what = HandoutTr::tr("patient handout");
    const HandoutContent *text = printableContent(library, request.language, kVisitTextId, what, error);
    if (!text)
        return false;
    const HandoutContent *help = printableContent(library, request.language, kSafetyNetId, what, error);
    if (!help)
        return false;
    if (!dossier.plan)
        return fail(error, HandoutTr::tr("This visit has no plan yet. Make the plan before printing the patient handout."));
    const Plans::TreatmentPlan &plan = *dossier.plan;
    const Wording w(*text);
    const TextLanguage scope(request.language);
    if (!applySetup(doc, text->title, request, library, {text, help}, error))
        return false;

    doc.documentTitle(text->title);
    if (dossier.visit.visitDate.isValid())
        doc.labelled(w.text(u"label.visit-date"_s), dateInWords(dossier.visit.visitDate, request.language));
    if (dossier.clinician)
        doc.labelled(w.text(u"label.clinician"_s), dossier.clinician->signatureName());
    w.add(doc, u"intro"_s);

    // An urgent or emergency red flag brings the safety net to the top (red-flags.md §5 rule 5).
    const bool urgent = dossier.summary.redFlagConcern >= Urgency::Urgent;
    if (urgent)
        addSafetyNet(doc, w, *help);
    addProblems(doc, w, plan);
    addGoals(doc, w, plan, request.language);
    addPlan(doc, w, plan);
    addHome(doc, w, plan);
    addMedicines(doc, w, plan);
    addNext(doc, w, dossier, plan);
    if (!urgent)
        addSafetyNet(doc, w, *help);
    addContact(doc, w, dossier.clinic);
    addAbout(doc, w, *text, request.language);
    return true;
}

bool buildLibraryHandout(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request, QString *error)
{
    return buildLibraryHandout(doc, dossier, request, HandoutLibrary::bundled(), error);
}

bool buildLibraryHandout(PageDocument &doc, const VisitDossier &dossier, const DocumentRequest &request,
                         const HandoutLibrary &library, QString *error)
{
    const auto isLibrary = [](const HandoutContent *c) { return c && c->kind == Kind::Library; };
    if (!isLibrary(library.find(request.language, request.libraryHandoutId))
        && !isLibrary(library.find(u"en"_s, request.libraryHandoutId)))
        return fail(error, HandoutTr::tr("There is no handout \"%1\".").arg(request.libraryHandoutId));
    const QString what = HandoutTr::tr("handout \"%1\"").arg(request.libraryHandoutId);
    const HandoutContent *content = printableContent(library, request.language, request.libraryHandoutId, what, error);
    if (!content)
        return false;
    const HandoutContent *text = printableContent(library, request.language, kVisitTextId, what, error);
    if (!text)
        return false;
    const Wording w(*text);
    const TextLanguage scope(request.language);
    if (!applySetup(doc, content->title, request, library, {content, text}, error))
        return false;

    doc.documentTitle(content->title);
    addBlocks(doc, content->blocks);
    addContact(doc, w, dossier.clinic);
    addAbout(doc, w, *content, request.language);
    return true;
}

QList<LibraryHandout> libraryHandouts(const QString &language)
{
    QList<LibraryHandout> out;
    for (const HandoutContent *h : HandoutLibrary::bundled().handouts(language))
        out.append({h->id, h->title, h->language});
    return out;
}

} // namespace SpineDesk
