// The patient's decision summary PDF: it carries what was discussed (statement, population,
// horizon, the numbers in words and digits, the values, the choice, SURE, the citations), read
// back with poppler's pdftotext; large print is larger; page breaks never cut a figure; and it
// refuses to print what would differ from the discussion. The aid is built in code so the test
// does not depend on the content files; one slot also renders every bundled aid.
#include "core/decisionaids/aidlibrary.h"
#include "core/handoutcontent.h"
#include "documents/decisionsummary.h"
#include "documents/iconarray.h"
#include "i18n/language.h"

#include "pdftools.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTranslator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {
ContentText en(const QString &s)
{
    return {{u"en"_s, s}};
}

const char kRegistry[] = R"({
  "source": "test fixture",
  "reviewed": "2026-01-10",
  "entries": [
    { "id": "DE-TST-01", "citation": "Testwriter A, Fixture B. Surgery or waiting. J Test Med 2020;1:1-10",
      "design": "RCT, ITT", "population": "adults", "horizon": "2 years", "tag": "V", "per100": [39, 61, 20, 4] },
    { "id": "DE-TST-02", "citation": "Sample C et al. Injections for leg pain. Test Rev 2019;2:20-30",
      "design": "Systematic review", "population": "adults", "horizon": "weeks", "tag": "V",
      "values": [-7.55, -11.4, -3.74] },
    { "id": "DE-TST-09", "citation": "Secondhand D. A review of reviews. 2018", "design": "review",
      "population": "adults", "horizon": "1 year", "tag": "S", "per100": [5] }
  ]
})";

Aids::Outcome operationOutcome(const QString &id)
{
    Aids::Outcome o;
    o.id = id;
    o.kind = Aids::OutcomeKind::Course;
    o.title = en(u"How many people went on to have an operation?"_s);
    o.affected = en(u"had an operation"_s);
    o.unaffected = en(u"did not"_s);
    o.per100 = {{u"conservative"_s, 39}, {u"injection"_s, 20}, {u"surgery"_s, 61}};
    o.population = en(u"Adults with sciatica for at least 6 weeks in a test trial"_s);
    o.horizon = en(u"Within 2 years"_s);
    o.design = en(u"Randomised trial"_s);
    o.uncertainty = en(u"Best estimate from one trial"_s);
    o.statement = en(u"About 39 of 100 people who started with exercise had an operation within 2 years."_s);
    o.evidence = u"DE-TST-01"_s;
    return o;
}

Aids::DecisionAid fixtureAid(int extraOutcomes = 0)
{
    Aids::DecisionAid aid;
    aid.id = u"test-sciatica"_s;
    aid.version = u"1.2"_s;
    aid.produced = QDate(2025, 6, 1);
    aid.reviewed = QDate(2026, 1, 10);
    aid.nextReview = QDate(2027, 1, 10);
    aid.updatePolicy = en(u"Checked every year and whenever a new trial is published."_s);
    aid.funding = en(u"Made by the clinic with no outside funding."_s);
    aid.title = en(u"Sciatica: choosing what to do next"_s);
    aid.condition = en(u"A disc in your lower back is pressing on a nerve and causing leg pain."_s);
    aid.decision = en(u"Should I keep going with exercise, have an injection, or have an operation?"_s);
    aid.options = {{u"conservative"_s, en(u"Keep going with exercise"_s), en(u"Stay active and keep doing the exercises."_s), true},
                   {u"injection"_s, en(u"Steroid injection"_s), en(u"An injection of steroid near the nerve."_s), false},
                   {u"surgery"_s, en(u"Operation (discectomy)"_s), en(u"Remove the part of the disc pressing on the nerve."_s), false}};
    Aids::GridRow row;
    row.id = u"involves"_s;
    row.topic = Aids::GridTopic::Involves;
    row.question = en(u"What does it involve?"_s);
    row.answers = {{u"conservative"_s, en(u"Exercises at home"_s)},
                   {u"injection"_s, en(u"One visit for the injection"_s)},
                   {u"surgery"_s, en(u"An operation and a night in hospital"_s)}};
    aid.grid = {row};
    aid.outcomes << operationOutcome(u"operation-2y"_s);
    Aids::Outcome harm;
    harm.id = u"complication"_s;
    harm.kind = Aids::OutcomeKind::Harm;
    harm.title = en(u"How many people had a complication from the operation?"_s);
    harm.affected = en(u"had a complication"_s);
    harm.unaffected = en(u"did not"_s);
    harm.per100 = {{u"surgery"_s, 4}};
    harm.population = en(u"Adults having a discectomy"_s);
    harm.horizon = en(u"Within 3 months of the operation"_s);
    harm.design = en(u"Randomised trial"_s);
    harm.uncertainty = en(u"Best estimate; complications were rare"_s);
    harm.statement = en(u"About 4 of 100 people had a complication."_s);
    harm.evidence = u"DE-TST-01"_s;
    aid.outcomes << harm;
    for (int i = 0; i < extraOutcomes; ++i)
        aid.outcomes << operationOutcome(u"extra-%1"_s.arg(i));
    Aids::ScaleShift shift;
    shift.id = u"leg-pain"_s;
    shift.title = en(u"How much did leg pain change after an injection?"_s);
    shift.scale = en(u"Leg pain score"_s);
    shift.min = 0;
    shift.max = 100;
    shift.higherIsBetter = false;
    shift.difference = -7.55;
    shift.low = -11.4;
    shift.high = -3.74;
    shift.favours = u"injection"_s;
    shift.comparedWith = u"conservative"_s;
    shift.mcid = 15;
    shift.mcidCitation = u"Ostelo RW et al. Interpreting change scores for pain. Spine 2008;33:90-94"_s;
    shift.population = en(u"Adults with sciatica in placebo-controlled trials"_s);
    shift.horizon = en(u"Right after the injection"_s);
    shift.design = en(u"Systematic review"_s);
    shift.uncertainty = en(u"Range 3.74 to 11.4 points"_s);
    shift.statement = en(u"Leg pain was about 7.55 points lower on a 0 to 100 scale."_s);
    shift.evidence = u"DE-TST-02"_s;
    aid.scaleShifts << shift;
    aid.recovery = {{u"conservative"_s, en(u"Most people keep working."_s)},
                    {u"injection"_s, en(u"Back to normal the next day."_s)},
                    {u"surgery"_s, en(u"A few weeks off work."_s)}};
    aid.values = {{u"avoid-operation"_s, en(u"Avoiding an operation"_s), {u"conservative"_s, u"injection"_s}},
                  {u"fast-relief"_s, en(u"Getting relief as fast as possible"_s), {u"surgery"_s}},
                  {u"time-off"_s, en(u"Avoiding time off work"_s), {u"conservative"_s}}};
    return aid;
}

Aids::DecisionRecord fixtureRecord()
{
    Aids::DecisionRecord r;
    r.aidId = u"test-sciatica"_s;
    r.aidVersion = u"1.2"_s;
    r.optionsDiscussed = {u"conservative"_s, u"injection"_s, u"surgery"_s};
    r.values = {{u"avoid-operation"_s, 9}, {u"fast-relief"_s, 2}};
    r.preferredOption = u"injection"_s;
    r.sure = {true, false, true, true};
    r.participants = {u"Patient"_s, u"Daughter"_s};
    return r;
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

// pdftotext in content-stream order (-raw), so side-by-side columns do not interleave;
// whitespace collapsed so wrapped lines compare as sentences.
QString pdfText(const QByteArray &pdf, const QStringList &extra = {})
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"summary.pdf"_s);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    QProcess p;
    p.start(tool(u"pdftotext"_s), QStringList{u"-raw"_s, u"-enc"_s, u"UTF-8"_s} + extra + QStringList{file, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString flat(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified(); // "ﬀ" ligatures as "ff"
}

// Median word height from pdftotext -bbox, in points.
double medianWordHeight(const QByteArray &pdf)
{
    const QString html = pdfText(pdf, {u"-bbox"_s});
    static const QRegularExpression word(uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)")re"_s);
    QList<double> heights;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        heights << m.captured(4).toDouble() - m.captured(2).toDouble();
    }
    if (heights.isEmpty())
        return 0;
    std::sort(heights.begin(), heights.end());
    return heights.at(heights.size() / 2);
}

// The same fixture in Spanish, a translation pending review.
void setEs(ContentText &t, const QString &es)
{
    t.insert(u"es"_s, es);
}

void spanishOutcome(Aids::Outcome &o)
{
    setEs(o.title, u"¿Cuántas personas terminaron operándose?"_s);
    setEs(o.affected, u"se operaron"_s);
    setEs(o.unaffected, u"no se operaron"_s);
    setEs(o.population, u"Adultos con ciática desde hacía al menos 6 semanas en un ensayo de prueba"_s);
    setEs(o.horizon, u"En un plazo de 2 años"_s);
    setEs(o.design, u"Ensayo aleatorizado"_s);
    setEs(o.uncertainty, u"Mejor estimación de un solo ensayo"_s);
    setEs(o.statement, u"Unas 39 de cada 100 personas que empezaron con ejercicio se operaron en un plazo de 2 años."_s);
}

Aids::DecisionAid spanishAid(int extraOutcomes = 0)
{
    Aids::DecisionAid aid = fixtureAid(extraOutcomes);
    setEs(aid.updatePolicy, u"Se revisa cada año y cada vez que se publica un ensayo nuevo."_s);
    setEs(aid.funding, u"Hecha por la clínica sin financiación externa."_s);
    setEs(aid.title, u"Ciática: elegir qué hacer ahora"_s);
    setEs(aid.condition, u"Un disco de la parte baja de la espalda presiona un nervio y causa dolor de pierna."_s);
    setEs(aid.decision, u"¿Debo seguir con el ejercicio, ponerme una inyección u operarme?"_s);
    const QStringList labels{u"Seguir con el ejercicio"_s, u"Inyección de esteroides"_s, u"Operación (discectomía)"_s};
    const QStringList summaries{u"Mantenerse activo y seguir haciendo los ejercicios."_s,
                                u"Una inyección de esteroide cerca del nervio."_s,
                                u"Quitar la parte del disco que presiona el nervio."_s};
    for (int i = 0; i < aid.options.size(); ++i) {
        setEs(aid.options[i].label, labels[i]);
        setEs(aid.options[i].summary, summaries[i]);
    }
    setEs(aid.grid[0].question, u"¿En qué consiste?"_s);
    setEs(aid.grid[0].answers[u"conservative"_s], u"Ejercicios en casa"_s);
    setEs(aid.grid[0].answers[u"injection"_s], u"Una visita para la inyección"_s);
    setEs(aid.grid[0].answers[u"surgery"_s], u"Una operación y una noche en el hospital"_s);
    for (Aids::Outcome &o : aid.outcomes)
        if (o.id != u"complication")
            spanishOutcome(o);
    Aids::Outcome &harm = aid.outcomes[1];
    setEs(harm.title, u"¿Cuántas personas tuvieron una complicación de la operación?"_s);
    setEs(harm.affected, u"tuvieron una complicación"_s);
    setEs(harm.unaffected, u"no la tuvieron"_s);
    setEs(harm.population, u"Adultos operados de discectomía"_s);
    setEs(harm.horizon, u"En los 3 meses después de la operación"_s);
    setEs(harm.design, u"Ensayo aleatorizado"_s);
    setEs(harm.uncertainty, u"Mejor estimación; las complicaciones fueron raras"_s);
    setEs(harm.statement, u"Unas 4 de cada 100 personas tuvieron una complicación."_s);
    Aids::ScaleShift &shift = aid.scaleShifts[0];
    setEs(shift.title, u"¿Cuánto cambió el dolor de pierna después de una inyección?"_s);
    setEs(shift.scale, u"Puntuación del dolor de pierna"_s);
    setEs(shift.population, u"Adultos con ciática en ensayos comparados con placebo"_s);
    setEs(shift.horizon, u"Justo después de la inyección"_s);
    setEs(shift.design, u"Revisión sistemática"_s);
    setEs(shift.uncertainty, u"Rango de 3.74 a 11.4 puntos"_s);
    setEs(shift.statement, u"El dolor de pierna fue unos 7.55 puntos más bajo en una escala de 0 a 100."_s);
    setEs(aid.recovery[u"conservative"_s], u"La mayoría de las personas sigue trabajando."_s);
    setEs(aid.recovery[u"injection"_s], u"Vida normal al día siguiente."_s);
    setEs(aid.recovery[u"surgery"_s], u"Unas semanas de baja del trabajo."_s);
    setEs(aid.values[0].statement, u"Evitar una operación"_s);
    setEs(aid.values[1].statement, u"Aliviarme lo más rápido posible"_s);
    setEs(aid.values[2].statement, u"Evitar la baja del trabajo"_s);
    aid.translations.insert(u"es"_s, {u"SpineDesk project draft"_s, QDate(2026, 1, 12), aid.version,
                                      QString::fromLatin1(Aids::kNotYetReviewed), QDate()});
    return aid;
}

// Spanish runs longer (letter-and-handouts.md §5 rule 6): every text made much longer, long
// option names and legends, and many value statements, all marked.
const QString kLonger = u"Esto se explica con más palabras, porque el español suele necesitar más espacio que el inglés "
                        "para decir exactamente lo mismo."_s;

void lengthen(ContentText &t)
{
    t[u"es"_s] = t.value(u"es"_s) + u' ' + kLonger;
}

Aids::DecisionAid longSpanishAid()
{
    Aids::DecisionAid aid = spanishAid(3);
    for (ContentText *t : {&aid.condition, &aid.updatePolicy, &aid.funding})
        lengthen(*t);
    const QStringList labels{u"Seguir con el ejercicio y la terapia física en casa"_s,
                             u"Inyección epidural de esteroides guiada con rayos X"_s,
                             u"Operación para quitar la hernia (microdiscectomía)"_s};
    for (int i = 0; i < aid.options.size(); ++i) {
        aid.options[i].label[u"es"_s] = labels[i];
        lengthen(aid.options[i].summary);
        lengthen(aid.recovery[aid.options[i].id]);
        lengthen(aid.grid[0].answers[aid.options[i].id]);
    }
    for (Aids::Outcome &o : aid.outcomes) {
        o.affected[u"es"_s] = o.affected.value(u"es"_s) + u" o tuvieron que volver al hospital para otro tratamiento"_s;
        o.unaffected[u"es"_s] = o.unaffected.value(u"es"_s) + u" y siguieron con su vida sin más tratamiento"_s;
        for (ContentText *t : {&o.uncertainty, &o.statement})
            lengthen(*t);
    }
    for (ContentText *t : {&aid.scaleShifts[0].population, &aid.scaleShifts[0].uncertainty, &aid.scaleShifts[0].statement})
        lengthen(*t);
    aid.scaleShifts[0].scale[u"es"_s] = u"Puntuación del dolor de pierna en una escala de cero a cien"_s;
    for (int i = 0; i < 8; ++i) {
        ContentText statement{{u"en"_s, u"Something else that matters %1"_s.arg(i + 1)},
                              {u"es"_s, u"Otra cosa que me importa mucho en mi vida diaria, en casa y en el trabajo, número %1"_s.arg(i + 1)}};
        aid.values.append({u"more-%1"_s.arg(i + 1), statement, {u"conservative"_s}});
    }
    for (Aids::ValueStatement &v : aid.values)
        lengthen(v.statement);
    return aid;
}

Aids::DecisionRecord longRecord(const Aids::DecisionAid &aid)
{
    Aids::DecisionRecord r = fixtureRecord();
    r.values.clear();
    for (int i = 0; i < aid.values.size(); ++i)
        r.values.insert(aid.values[i].id, i % 11);
    r.sure = {false, false, true, false};
    r.participants = {u"Paciente"_s, u"Hija (María José Hernández-Villalobos de la Fuente)"_s, u"Intérprete médica certificada"_s};
    return r;
}

// A complete Spanish translation of the program's texts stands in for the .ts that translators
// are still finishing: while the program's language is Spanish, every fixed text of the
// summary comes back in capitals, which no English word in the check below is.
class SimulatedSpanish : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int) const override
    {
        if (SpineDesk::currentLanguage() != u"es")
            return {};
        static const QSet<QByteArray> contexts{"DecisionSummary", "IconArray", "ScaleShift", "DecisionText"};
        if (!contexts.contains(QByteArray(context)))
            return {};
        if (disambiguation && QByteArray(disambiguation).startsWith("date format"))
            return u"d 'de' MMMM 'de' yyyy"_s;
        return QString::fromUtf8(source).toUpper();
    }
};

// The words of a text that contain a small letter, without the punctuation around them.
QSet<QString> words(const QString &text)
{
    QSet<QString> out;
    static const QRegularExpression lower(u"\\p{Ll}"_s);
    for (QString w : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        static const QRegularExpression edges(u"^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$"_s);
        w.remove(edges);
        if (w.contains(lower))
            out.insert(w);
    }
    return out;
}

QString bundledSureAttribution()
{
    QFile f(u":/content/instruments/sure.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll())[u"licence"_s][u"attribution"_s][u"en"_s].toString();
}

// Every word box from pdftotext -bbox, per page, in points.
struct WordBox {
    QString text;
    QRectF box;
};
struct PageBoxes {
    QSizeF size;
    QList<WordBox> words;
};
QList<PageBoxes> wordBoxes(const QByteArray &pdf)
{
    const QString html = pdfText(pdf, {u"-bbox"_s});
    static const QRegularExpression item(
        uR"re(<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"_s);
    QList<PageBoxes> pages;
    for (auto it = item.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty()) {
            pages.append({QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()), {}});
        } else if (!pages.isEmpty()) {
            const QRectF box(QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()),
                             QPointF(m.captured(5).toDouble(), m.captured(6).toDouble()));
            pages.last().words.append({m.captured(7), box});
        }
    }
    return pages;
}

// Nothing runs off the page or over other text: every word inside the margins (18 mm), and
// no two words on a page covering each other.
QStringList layoutFaults(const QByteArray &pdf)
{
    QStringList faults;
    const qreal margin = 18 / 25.4 * 72 - 1.5;
    const QList<PageBoxes> pages = wordBoxes(pdf);
    if (pages.isEmpty())
        faults << u"no words found"_s;
    for (int p = 0; p < pages.size(); ++p) {
        const PageBoxes &page = pages[p];
        const QRectF inside(margin, margin, page.size.width() - 2 * margin, page.size.height() - 2 * margin);
        for (int i = 0; i < page.words.size(); ++i) {
            const WordBox &a = page.words[i];
            if (!inside.contains(a.box))
                faults << u"page %1: \"%2\" runs off the page"_s.arg(p + 1).arg(a.text);
            for (int k = i + 1; k < page.words.size(); ++k) {
                const WordBox &b = page.words[k];
                const QRectF both = a.box.intersected(b.box);
                if (both.width() > 0.3 * qMin(a.box.width(), b.box.width())
                    && both.height() > 0.5 * qMin(a.box.height(), b.box.height()))
                    faults << u"page %1: \"%2\" and \"%3\" overlap"_s.arg(p + 1).arg(a.text, b.text);
            }
        }
    }
    return faults;
}

// The text that runs on the pages, without the page furniture (mark, patient and page
// number), so a paragraph continued on the next page reads as one.
QString bodyText(const QByteArray &pdf, const DecisionSummaryLayout &layout)
{
    QStringList out;
    for (const PageBoxes &page : wordBoxes(pdf))
        for (const WordBox &w : page.words)
            if (layout.body.adjusted(-1, -1, 1, 1).contains(w.box))
                out << w.text;
    return flat(out.join(u' ')).replace(u"- "_s, u"-"_s);
}

} // namespace

class TestDecisionSummary : public QObject
{
    Q_OBJECT
    Aids::EvidenceRegistry m_registry;

    QByteArray render(const Aids::DecisionAid &aid, const Aids::DecisionRecord &record, bool largePrint,
                      QString *error, DecisionSummaryLayout *layout = nullptr, const QString &lang = u"en"_s)
    {
        DecisionSummaryInput in{aid, record, m_registry};
        in.patientName = u"Maria Testperson"_s;
        in.visitDate = QDate(2026, 3, 4);
        in.clinicianName = u"Dr Alex Spine"_s;
        in.clinicName = u"Riverside Spine Center"_s;
        in.language = lang;
        in.largePrint = largePrint;
        return renderDecisionSummaryPdf(in, error, layout);
    }

    static void verifyFiguresWhole(const DecisionSummaryLayout &layout)
    {
        QVERIFY(!layout.figures.isEmpty());
        for (const auto &f : layout.figures) {
            QVERIFY2(f.firstPage == f.lastPage, qPrintable(u"%1 cut across pages %2–%3"_s.arg(f.id).arg(f.firstPage).arg(f.lastPage)));
            QVERIFY(f.firstPage >= 1 && f.lastPage <= layout.pages);
            if (!f.id.contains(u'#'))
                QVERIFY2(f.headingPage == f.firstPage, qPrintable(u"%1: title on page %2, array on page %3"_s.arg(f.id)
                                                                     .arg(f.headingPage).arg(f.firstPage)));
        }
    }

private slots:
    void initTestCase()
    {
        // The test must fail, not skip, without poppler: it is how the PDF's content is checked.
        QVERIFY2(!tool(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is required by this test");
        QStringList errors;
        m_registry = Aids::EvidenceRegistry::parse(QByteArray(kRegistry), u"test-registry.json"_s, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(m_registry.find(u"DE-TST-01"_s));
    }

    void carriesWhatWasDiscussed()
    {
        QString error;
        DecisionSummaryLayout layout;
        const QByteArray pdf = render(fixtureAid(), fixtureRecord(), false, &error, &layout);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY2(pdf.contains("FontFile"), "the font must be embedded, or the printout has no text");
        PdfTools::keepForLooking(pdf, u"decision-summary.pdf"_s);

        const QString text = flat(pdfText(pdf));
        QVERIFY2(!text.isEmpty(), "pdftotext returned nothing");
        const QStringList expected = {
            u"Your decision summary"_s,
            u"Maria Testperson"_s,
            u"March 4, 2026"_s,
            u"Should I keep going with exercise, have an injection, or have an operation?"_s,
            u"Keep going with exercise"_s, u"Steroid injection"_s, u"Operation (discectomy)"_s,
            u"What does it involve?"_s, u"One visit for the injection"_s,
            // the outcome: statement, population, horizon, design, uncertainty
            u"About 39 of 100 people who started with exercise had an operation within 2 years."_s,
            u"Adults with sciatica for at least 6 weeks in a test trial"_s,
            u"Within 2 years"_s,
            u"Type of study: Randomised trial"_s,
            u"How sure we are: Best estimate from one trial"_s,
            // the legends: number in words and digits
            u"Thirty-nine (39) of 100 people had an operation"_s,
            u"Sixty-one (61) of 100 people did not"_s,
            u"Sixty-one (61) of 100 people had an operation"_s,
            u"Four (4) of 100 people had a complication"_s,
            u"The studies give no number for this option."_s,
            // the scale shift, drawn by its painter
            u"Leg pain was about 7.55 points lower on a 0 to 100 scale."_s,
            u"On average, Steroid injection came out 7.55 points better than Keep going with exercise."_s,
            u"The smallest change most people notice: 15 points."_s,
            // values, choice, SURE, people
            u"Avoiding an operation: matters a lot (9 out of 10)"_s,
            u"Getting relief as fast as possible: matters a little (2 out of 10)"_s,
            u"Avoiding time off work: not marked"_s,
            u"Your SURE score: 3 of 4"_s,
            u"You may want more support with this decision."_s,
            Aids::sureSuggestion(u"sure-u"_s),
            u"Patient, Daughter, Dr Alex Spine"_s,
            // footer: every citation used, version, dates, update policy, funding, OHRI attribution
            u"Testwriter A, Fixture B. Surgery or waiting. J Test Med 2020;1:1-10"_s,
            u"Sample C et al. Injections for leg pain. Test Rev 2019;2:20-30"_s,
            u"Ostelo RW et al. Interpreting change scores for pain. Spine 2008;33:90-94"_s,
            u"version 1.2"_s,
            u"Last reviewed: January 10, 2026"_s,
            u"Checked every year and whenever a new trial is published."_s,
            u"Made by the clinic with no outside funding."_s,
            u"Are you SURE?"_s,
            u"Page 1 of"_s,
        };
        for (const QString &s : expected)
            QVERIFY2(text.contains(s), qPrintable(u"missing: "_s + s));
        // Choice: the preferred option's label under its heading.
        QVERIFY(text.contains(u"Your choice for now Steroid injection"_s));
        QVERIFY(!text.contains(u"Not decided yet"_s));
        QVERIFY(!text.contains(u"DE-TST-09"_s)); // not used, not cited
        verifyFiguresWhole(layout);
    }

    void undecidedAndIncompleteSure()
    {
        Aids::DecisionRecord r = fixtureRecord();
        r.preferredOption = QString::fromLatin1(Aids::kUndecided);
        r.sure = {true, true, std::nullopt, true};
        QString error;
        const QByteArray pdf = render(fixtureAid(), r, false, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString text = flat(pdfText(pdf));
        QVERIFY(text.contains(u"Not decided yet"_s));
        QVERIFY(text.contains(u"SURE score: incomplete"_s));
        QVERIFY(!text.contains(u"You may want more support"_s));

        r.sure = {true, true, true, true};
        const QString four = flat(pdfText(render(fixtureAid(), r, false, &error)));
        QVERIFY(four.contains(u"Your SURE score: 4 of 4"_s));
        QVERIFY(!four.contains(u"You may want more support"_s));
    }

    void optionsDiscussedOnly()
    {
        Aids::DecisionRecord r = fixtureRecord();
        r.optionsDiscussed = {u"surgery"_s, u"conservative"_s};
        r.preferredOption = u"surgery"_s;
        QString error;
        DecisionSummaryLayout layout;
        const QString text = flat(pdfText(render(fixtureAid(), r, false, &error, &layout)));
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        QVERIFY(!text.contains(u"One visit for the injection"_s));
        QVERIFY(!text.contains(u"Twenty (20)"_s));
        // The scale shift compares the injection, which was not discussed.
        QVERIFY(!text.contains(u"7.55 points better"_s));
        QVERIFY(!text.contains(u"Sample C et al."_s));
        QVERIFY(text.contains(u"Thirty-nine (39) of 100 people had an operation"_s));
    }

    void largePrintIsLarger()
    {
        QString error;
        DecisionSummaryLayout normal, large;
        const QByteArray small = render(fixtureAid(), fixtureRecord(), false, &error, &normal);
        QVERIFY2(!small.isEmpty(), qPrintable(error));
        const QByteArray big = render(fixtureAid(), fixtureRecord(), true, &error, &large);
        QVERIFY2(!big.isEmpty(), qPrintable(error));
        PdfTools::keepForLooking(big, u"decision-summary-large.pdf"_s);
        QVERIFY(large.bodyPointSize >= 14); // letter-and-handouts.md §4.2
        QVERIFY2(large.pages > normal.pages, qPrintable(u"%1 vs %2 pages"_s.arg(large.pages).arg(normal.pages)));
        const double hSmall = medianWordHeight(small);
        const double hBig = medianWordHeight(big);
        QVERIFY2(hSmall > 0 && hBig > hSmall * 1.2, qPrintable(u"median word height %1 vs %2"_s.arg(hBig).arg(hSmall)));
        QVERIFY(flat(pdfText(big)).contains(u"Page %1 of %1"_s.arg(large.pages)));
        verifyFiguresWhole(large);
    }

    void longSummaryBreaksBetweenFigures()
    {
        for (bool largePrint : {false, true}) {
            QString error;
            DecisionSummaryLayout layout;
            const QByteArray pdf = render(fixtureAid(6), fixtureRecord(), largePrint, &error, &layout);
            QVERIFY2(!pdf.isEmpty(), qPrintable(error));
            QVERIFY(layout.pages >= 3);
            verifyFiguresWhole(layout);
            QVERIFY(std::any_of(layout.figures.begin(), layout.figures.end(), [](const auto &f) { return f.firstPage > 2; }));
            QCOMPARE(flat(pdfText(pdf)).count(u"Decision summary for Maria Testperson"_s), layout.pages);
            if (largePrint)
                PdfTools::keepForLooking(pdf, u"decision-summary-long-large.pdf"_s);
        }
    }

    void refusesWhatWouldDifferFromTheDiscussion()
    {
        QString error;
        Aids::DecisionRecord r = fixtureRecord();
        r.aidVersion = u"1.1"_s;
        QVERIFY(render(fixtureAid(), r, false, &error).isEmpty());
        QVERIFY2(error.contains(u"version 1.1"_s), qPrintable(error));

        r = fixtureRecord();
        r.values.insert(u"no-such-value"_s, 5);
        QVERIFY(render(fixtureAid(), r, false, &error).isEmpty());
        QVERIFY2(error.contains(u"no-such-value"_s), qPrintable(error));

        r = fixtureRecord();
        r.preferredOption = u"acupuncture"_s;
        QVERIFY(render(fixtureAid(), r, false, &error).isEmpty());

        Aids::DecisionAid aid = fixtureAid();
        aid.outcomes[1].evidence = u"DE-TST-09"_s; // tagged S: not for patients
        QVERIFY(render(aid, fixtureRecord(), false, &error).isEmpty());
        QVERIFY2(error.contains(u"DE-TST-09"_s), qPrintable(error));

        aid = fixtureAid();
        aid.outcomes[0].evidence = u"DE-NOPE-01"_s;
        QVERIFY(render(aid, fixtureRecord(), false, &error).isEmpty());
        QVERIFY2(error.contains(u"DE-NOPE-01"_s), qPrintable(error));

        // One language per document: the aid has no Spanish texts, and English never stands in.
        error.clear();
        QVERIFY(render(fixtureAid(), fixtureRecord(), false, &error, nullptr, u"es"_s).isEmpty());
        QVERIFY2(error.contains(u"The aid has no es text for: title"_s), qPrintable(error));
        QVERIFY(render(fixtureAid(), fixtureRecord(), false, &error, nullptr, u"fr"_s).isEmpty());

        // One Spanish text missing is refused too, in the program's language.
        aid = spanishAid();
        aid.grid[0].answers[u"surgery"_s].remove(u"es"_s);
        QVERIFY(render(aid, fixtureRecord(), false, &error, nullptr, u"es"_s).isEmpty());
        QVERIFY2(error.startsWith(u"The aid has no es text for: grid[0].answers.surgery"_s), qPrintable(error));
        QCOMPARE(currentLanguage(), u"en"_s);
    }

    // Issue 8: the Spanish summary is Spanish whatever language the window is in: the aid's
    // texts, and through TextLanguage the program's own texts; only citations and names stay as
    // they are. A translation pending review carries the mark on every page.
    void spanishWhateverTheWindowLanguage()
    {
        SimulatedSpanish simulated;
        QCoreApplication::installTranslator(&simulated);
        const auto cleanup = qScopeGuard([&] {
            installLanguage(u"en"_s);
            QCoreApplication::removeTranslator(&simulated);
        });
        const Aids::DecisionAid aid = spanishAid();
        Aids::DecisionRecord record = fixtureRecord();
        record.participants = {u"Paciente"_s, u"Hija"_s};
        QString error;
        QVERIFY(installLanguage(u"en"_s));
        DecisionSummaryLayout layout;
        const QByteArray fromEnglish = render(aid, record, false, &error, &layout, u"es"_s);
        QVERIFY2(!fromEnglish.isEmpty(), qPrintable(error));
        QCOMPARE(currentLanguage(), u"en"_s); // the window's language is back
        QVERIFY(installLanguage(u"es"_s));
        DecisionSummaryLayout layoutFromSpanish;
        const QByteArray fromSpanish = render(aid, record, false, &error, &layoutFromSpanish, u"es"_s);
        QVERIFY2(!fromSpanish.isEmpty(), qPrintable(error));
        QCOMPARE(currentLanguage(), u"es"_s);
        const QByteArray english = render(aid, record, false, &error, nullptr, u"en"_s);
        QVERIFY2(!english.isEmpty(), qPrintable(error));
        QVERIFY(installLanguage(u"en"_s));
        PdfTools::keepForLooking(fromEnglish, u"decision-summary-es.pdf"_s);

        const QString text = flat(pdfText(fromEnglish));
        QCOMPARE(flat(pdfText(fromSpanish)), text);
        QCOMPARE(layoutFromSpanish.pages, layout.pages);
        const QStringList expected = {
            u"Ciática: elegir qué hacer ahora"_s,
            u"¿Debo seguir con el ejercicio, ponerme una inyección u operarme?"_s,
            u"Unas 39 de cada 100 personas que empezaron con ejercicio se operaron en un plazo de 2 años."_s,
            u"Adultos con ciática desde hacía al menos 6 semanas en un ensayo de prueba"_s,
            u"Treinta y nueve (39)"_s, u"Sesenta y una (61)"_s, u"Cuatro (4)"_s,
            u"El dolor de pierna fue unos 7.55 puntos más bajo en una escala de 0 a 100."_s,
            u"Evitar una operación"_s,
            u"4 de marzo de 2026"_s,
            // citations as published
            u"Testwriter A, Fixture B. Surgery or waiting. J Test Med 2020;1:1-10"_s,
            u"Ostelo RW et al. Interpreting change scores for pain. Spine 2008;33:90-94"_s,
        };
        for (const QString &s : expected)
            QVERIFY2(text.contains(s), qPrintable(u"missing: "_s + s));
        QVERIFY(!text.contains(u"7,55"_s)); // the figure writes its numbers as the text does (US Spanish)

        // The pending-review mark, in Spanish, on every page.
        const QString mark = Handouts::pendingTranslationNotice(u"es"_s);
        QVERIFY(!mark.isEmpty());
        QCOMPARE(layout.pageNotice, mark);
        QCOMPARE(PdfTools::pageCount(fromEnglish), layout.pages);
        for (int page = 1; page <= layout.pages; ++page)
            QVERIFY2(PdfTools::pageText(fromEnglish, page).contains(mark), qPrintable(u"no mark on page %1"_s.arg(page)));

        // No English body text: no word of the English summary is left, apart from citations,
        // names and words the Spanish texts share with English.
        QStringList allowed = {u"Maria Testperson"_s, u"Dr Alex Spine"_s, u"Riverside Spine Center"_s, u"Paciente, Hija"_s,
                               bundledSureAttribution(), aid.scaleShifts[0].mcidCitation, mark};
        for (const Aids::Evidence &e : m_registry.entries())
            allowed << e.citation;
        for (const ContentText *t : {&aid.title, &aid.condition, &aid.decision, &aid.updatePolicy, &aid.funding})
            allowed << t->value(u"es"_s);
        for (const Aids::Option &o : aid.options)
            allowed << o.label.value(u"es"_s) << o.summary.value(u"es"_s) << aid.recovery.value(o.id).value(u"es"_s);
        for (const Aids::GridRow &r : aid.grid) {
            allowed << r.question.value(u"es"_s);
            for (const ContentText &a : r.answers)
                allowed << a.value(u"es"_s);
        }
        for (const Aids::Outcome &o : aid.outcomes)
            for (const ContentText *t : {&o.title, &o.affected, &o.unaffected, &o.population, &o.horizon, &o.design, &o.uncertainty,
                                         &o.statement})
                allowed << t->value(u"es"_s);
        for (const Aids::ScaleShift &sh : aid.scaleShifts)
            for (const ContentText *t : {&sh.title, &sh.scale, &sh.population, &sh.horizon, &sh.design, &sh.uncertainty, &sh.statement})
                allowed << t->value(u"es"_s);
        for (const Aids::ValueStatement &v : aid.values)
            allowed << v.statement.value(u"es"_s);
        const QSet<QString> englishOnly = words(flat(pdfText(english))) - words(allowed.join(u' '));
        QVERIFY2(englishOnly.contains(u"matters"_s) && englishOnly.contains(u"operation"_s), "the check must have English to find");
        const QSet<QString> left = words(text) & englishOnly;
        QVERIFY2(left.isEmpty(), qPrintable(u"English words in the Spanish summary: "_s + QStringList(left.begin(), left.end()).join(u", "_s)));
        QVERIFY(layoutFaults(fromEnglish).isEmpty());

        // SURE has no validated Spanish version: the summary says it was asked in English. With
        // a validated Spanish SURE it would not.
        DecisionSummaryInput in{aid, record, m_registry};
        in.patientName = u"Maria Testperson"_s;
        in.language = u"es"_s;
        in.sureLanguage = u"es"_s;
        const QString validated = flat(pdfText(renderDecisionSummaryPdf(in, &error)));
        QVERIFY2(!validated.isEmpty(), qPrintable(error));
        QCOMPARE(text.count(u"SURE"_s), validated.count(u"SURE"_s) + 1);
    }

    void englishUnchangedWhateverTheWindowLanguage()
    {
        SimulatedSpanish simulated;
        QCoreApplication::installTranslator(&simulated);
        const auto cleanup = qScopeGuard([&] {
            installLanguage(u"en"_s);
            QCoreApplication::removeTranslator(&simulated);
        });
        QString error;
        QVERIFY(installLanguage(u"es"_s));
        DecisionSummaryLayout layout;
        // An aid that has Spanish too: English is its own language, never marked.
        const QByteArray fromSpanish = render(spanishAid(), fixtureRecord(), false, &error, &layout, u"en"_s);
        QVERIFY2(!fromSpanish.isEmpty(), qPrintable(error));
        QCOMPARE(currentLanguage(), u"es"_s);
        QVERIFY(installLanguage(u"en"_s));
        const QByteArray fromEnglish = render(spanishAid(), fixtureRecord(), false, &error, nullptr, u"en"_s);
        const QString text = flat(pdfText(fromSpanish));
        QCOMPARE(text, flat(pdfText(fromEnglish)));
        QVERIFY(text.contains(u"Your decision summary"_s));
        QVERIFY(text.contains(u"Thirty-nine (39) of 100 people had an operation"_s));
        QVERIFY(text.contains(u"Last reviewed: January 10, 2026"_s));
        QVERIFY(layout.pageNotice.isEmpty());
        QVERIFY(!text.contains(Handouts::pendingTranslationNotice(u"es"_s)));
        QVERIFY(!text.contains(u"Ciática"_s));
    }

    void reviewedTranslationPrintsWithoutTheMark()
    {
        Aids::DecisionAid aid = spanishAid();
        aid.translations[u"es"_s].reviewedBy = u"Ana Revisora, CMI"_s;
        aid.translations[u"es"_s].reviewedOn = QDate(2026, 2, 1);
        QVERIFY(!aid.pendingReview(u"es"_s));
        QString error;
        DecisionSummaryLayout layout;
        const QByteArray pdf = render(aid, fixtureRecord(), false, &error, &layout, u"es"_s);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QVERIFY(layout.pageNotice.isEmpty());
        const QString text = flat(pdfText(pdf));
        QVERIFY(text.contains(u"Ciática: elegir qué hacer ahora"_s));
        QVERIFY(!text.contains(Handouts::pendingTranslationNotice(u"es"_s)));
        QVERIFY(!text.contains(u"pendiente de revisión"_s, Qt::CaseInsensitive));

        // Pending, the same summary carries the mark: given, or the handouts' own.
        const Aids::DecisionAid pending = spanishAid();
        const Aids::DecisionRecord record = fixtureRecord();
        DecisionSummaryInput in{pending, record, m_registry};
        in.patientName = u"Maria Testperson"_s;
        in.language = u"es"_s;
        in.pendingReviewNotice = u"Borrador: pendiente de revisión"_s;
        const QByteArray marked = renderDecisionSummaryPdf(in, &error, &layout);
        QVERIFY2(!marked.isEmpty(), qPrintable(error));
        QCOMPARE(layout.pageNotice, u"Borrador: pendiente de revisión"_s);
        QVERIFY(PdfTools::pageText(marked, 1).startsWith(u"Borrador: pendiente de revisión"_s));
    }

    // letter-and-handouts.md §5 rule 6: long Spanish (long names, long options and legends,
    // many values marked) moves page breaks but never cuts a figure, runs off the page or
    // over other text; the mark and the patient's name are on every page.
    void longSpanishKeepsTheLayout()
    {
        SimulatedSpanish simulated; // the program's texts in capitals: longer still
        QCoreApplication::installTranslator(&simulated);
        const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&simulated); });
        const Aids::DecisionAid aid = longSpanishAid();
        const Aids::DecisionRecord record = longRecord(aid);
        const QString patient = u"María Guadalupe Hernández-Villalobos de la Fuente y Castellanos"_s;
        for (bool largePrint : {false, true}) {
            DecisionSummaryInput in{aid, record, m_registry};
            in.patientName = patient;
            in.visitDate = QDate(2026, 9, 30);
            in.clinicianName = u"Dra. Alejandra Montserrat Rodríguez-Echeverría"_s;
            in.clinicName = u"Centro de Columna Vertebral del Valle de San Fernando, Clínica de Medicina Física"_s;
            in.largePrint = largePrint;
            QString error;
            DecisionSummaryLayout english, spanish;
            in.language = u"en"_s;
            const QByteArray en = renderDecisionSummaryPdf(in, &error, &english);
            QVERIFY2(!en.isEmpty(), qPrintable(error));
            in.language = u"es"_s;
            const QByteArray es = renderDecisionSummaryPdf(in, &error, &spanish);
            QVERIFY2(!es.isEmpty(), qPrintable(error));
            PdfTools::keepForLooking(es, largePrint ? u"decision-summary-long-es-large.pdf"_s : u"decision-summary-long-es.pdf"_s);
            QVERIFY2(spanish.pages >= english.pages, qPrintable(u"%1 vs %2"_s.arg(spanish.pages).arg(english.pages)));
            QVERIFY(spanish.pages >= 3);
            verifyFiguresWhole(spanish);
            verifyFiguresWhole(english);
            const QStringList faults = layoutFaults(es) + layoutFaults(en);
            QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
            QCOMPARE(PdfTools::pageCount(es), spanish.pages);
            for (int page = 1; page <= spanish.pages; ++page) {
                const QString pageText = PdfTools::pageText(es, page).replace(u"- "_s, u"-"_s); // a name wrapped at its hyphen
                QVERIFY2(pageText.contains(spanish.pageNotice), qPrintable(u"no mark on page %1"_s.arg(page)));
                QVERIFY2(pageText.contains(patient), qPrintable(u"no patient on page %1"_s.arg(page)));
            }
            QVERIFY(spanish.body.height() > 400 && spanish.body.top() > 51);
            const QString text = bodyText(es, spanish);
            for (const Aids::ValueStatement &v : aid.values)
                QVERIFY2(text.contains(flat(v.statement.value(u"es"_s))), qPrintable(v.id));
        }
    }

    void everyBundledAidRenders()
    {
        const Aids::AidLibrary library = Aids::AidLibrary::load();
        QVERIFY(!library.entries().isEmpty());
        for (const auto &entry : library.entries()) {
            QVERIFY2(entry.available(), qPrintable(entry.id + u": "_s + entry.errors.join(u"; "_s)));
            const Aids::DecisionAid &aid = *entry.aid;
            Aids::DecisionRecord r;
            r.aidId = aid.id;
            r.aidVersion = aid.version;
            r.preferredOption = aid.options.first().id;
            r.sure = {true, true, false, true};
            DecisionSummaryInput in{aid, r, library.registry()};
            in.patientName = u"Test Patient"_s;
            in.visitDate = QDate(2026, 3, 4);
            for (const QString &lang : aid.languages())
            for (bool largePrint : {false, true}) {
                in.language = lang;
                in.largePrint = largePrint;
                QString error;
                DecisionSummaryLayout layout;
                const QByteArray pdf = renderDecisionSummaryPdf(in, &error, &layout);
                QVERIFY2(!pdf.isEmpty(), qPrintable(aid.id + u": "_s + error));
                PdfTools::keepForLooking(pdf, aid.id + u'-' + lang + (largePrint ? u"-large.pdf"_s : u".pdf"_s));
                verifyFiguresWhole(layout);
                const QString text = bodyText(pdf, layout);
                for (const Aids::Outcome &o : aid.outcomes)
                    QVERIFY2(text.contains(flat(contentText(o.statement, lang))), qPrintable(aid.id + u' ' + o.id));
                const QStringList faults = layoutFaults(pdf);
                QVERIFY2(faults.isEmpty(), qPrintable(aid.id + u' ' + lang + u'\n' + faults.join(u'\n')));
                // A translation pending review: the mark on every page.
                QCOMPARE(layout.pageNotice.isEmpty(), !aid.pendingReview(lang));
                if (aid.pendingReview(lang))
                    for (int page = 1; page <= layout.pages; ++page)
                        QVERIFY2(PdfTools::pageText(pdf, page).contains(layout.pageNotice),
                                 qPrintable(u"%1 %2: no mark on page %3"_s.arg(aid.id, lang).arg(page)));
                // Every source of what the summary shows (the knowledge check is not on it).
                QStringList shown;
                for (const Aids::GridRow &row : aid.grid)
                    shown << row.evidence;
                for (const Aids::Outcome &o : aid.outcomes)
                    shown << o.evidence;
                for (const Aids::ScaleShift &s : aid.scaleShifts)
                    shown << s.evidence;
                for (const QString &id : shown)
                    QVERIFY2(text.contains(flat(library.registry().find(id)->citation)), qPrintable(aid.id + u' ' + id));
            }
        }
    }
};

QTEST_MAIN(TestDecisionSummary)
#include "tst_decisionsummary.moc"
