// The yellow-flag checklist (red-flags.md §4): the bundled content loads with its domains
// and citations, broken files name the JSON path, and a visit's checklist (checked items,
// a note per domain) round-trips through JSON.
#include "core/yellowflags.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {

YellowFlagChecklist bundled()
{
    QStringList errors;
    const auto c = YellowFlagChecklist::load(YellowFlagChecklist::bundledPath(), &errors);
    if (!c)
        qFatal("bundled yellow-flag checklist does not load: %s", qPrintable(errors.join(u'\n')));
    return *c;
}

QJsonObject bundledJson()
{
    QFile f(YellowFlagChecklist::bundledPath());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open the bundled yellow-flag checklist");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject withDomainItem(int domain, int item, const QString &key, const QJsonValue &value)
{
    QJsonObject root = bundledJson();
    QJsonArray domains = root.value(u"domains"_s).toArray();
    QJsonObject d = domains.at(domain).toObject();
    QJsonArray items = d.value(u"items"_s).toArray();
    QJsonObject i = items.at(item).toObject();
    i.insert(key, value);
    items[item] = i;
    d.insert(u"items"_s, items);
    domains[domain] = d;
    root.insert(u"domains"_s, domains);
    return root;
}

bool hasError(const QStringList &errors, const QString &start)
{
    return std::any_of(errors.begin(), errors.end(), [&](const QString &e) { return e.startsWith(start); });
}

} // namespace

class TestYellowFlags : public QObject
{
    Q_OBJECT

private slots:
    void bundledLoads();
    void brokenFiles();
    void recordsCheckedItemsAndNotes();
    void jsonRoundTrip();
    void jsonErrors();
};

void TestYellowFlags::bundledLoads()
{
    const YellowFlagChecklist c = bundled();
    QCOMPARE(c.id, u"yellow-flags"_s);
    QCOMPARE(c.revision, 1);
    QStringList domains;
    for (const auto &d : c.domains) {
        domains << d.id;
        QVERIFY(!d.items.isEmpty());
        QVERIFY(!contentText(d.label).isEmpty());
    }
    QCOMPARE(domains, (QStringList{u"attitudes-beliefs"_s, u"behaviours"_s, u"compensation"_s, u"diagnosis-treatment"_s,
                                   u"emotions"_s, u"family"_s, u"work"_s}));
    QCOMPARE(c.keyPredictors.size(), 4);
    QVERIFY(c.sources.size() == 2 && c.sources[0].text.contains(u"Kendall"_s) && c.sources[1].text.startsWith(u"ICSI"_s));
    QVERIFY(!needsVerification(c.sources));
    // ICSI 2018 does not list compensation or diagnosis and treatment: those cite the NZ guide only.
    QCOMPARE(c.sourcesFor(u"compensation").size(), 1);
    QVERIFY(c.sourcesFor(u"compensation").first().text.contains(u"Kendall"_s));
    QCOMPARE(c.sourcesFor(u"work").size(), 2);
    QCOMPARE(c.domainOf(u"catastrophising")->id, u"attitudes-beliefs"_s);
    QCOMPARE(contentText(c.item(u"belief-work-harmful")->text), u"Believes work is harmful"_s);
}

void TestYellowFlags::brokenFiles()
{
    QStringList errors;
    QVERIFY(!YellowFlagChecklist::parse("nope", u"yellow-flags.json"_s, &errors));
    QVERIFY(hasError(errors, u"yellow-flags.json: not valid JSON"_s));

    QVERIFY(!YellowFlagChecklist::parse(QJsonDocument(withDomainItem(6, 1, u"id"_s, u"catastrophising"_s)).toJson(), u"yellow-flags.json"_s, &errors));
    QVERIFY2(hasError(errors, u"yellow-flags.json: domains[6].items[1].id: duplicate id \"catastrophising\" (first used at domains[0].items[2].id)"_s),
             qPrintable(errors.join(u'\n')));

    QVERIFY(!YellowFlagChecklist::parse(QJsonDocument(withDomainItem(2, 0, u"weight"_s, 3)).toJson(), u"yellow-flags.json"_s, &errors));
    QVERIFY2(hasError(errors, u"yellow-flags.json: domains[2].items[0].weight: unknown key"_s), qPrintable(errors.join(u'\n')));

    QJsonObject root = bundledJson();
    root.remove(u"sources"_s);
    QVERIFY(!YellowFlagChecklist::parse(QJsonDocument(root).toJson(), u"yellow-flags.json"_s, &errors));
    QVERIFY2(hasError(errors, u"yellow-flags.json: sources: missing"_s), qPrintable(errors.join(u'\n')));
}

void TestYellowFlags::recordsCheckedItemsAndNotes()
{
    const YellowFlagChecklist c = bundled();
    YellowFlags y;
    QVERIFY(y.isEmpty());
    y.setChecked(u"belief-pain-harmful"_s, true);
    y.setChecked(u"avoidance"_s, true);
    y.setChecked(u"job-dissatisfaction"_s, true);
    y.setChecked(u"job-dissatisfaction"_s, false);
    y.setNote(u"family"_s, u"Partner does all lifting for her"_s);
    y.setNote(u"work"_s, u"   "_s); // blank: no note
    QVERIFY(!y.isEmpty());
    QVERIFY(y.isChecked(u"avoidance"_s));
    QVERIFY(!y.isChecked(u"job-dissatisfaction"_s));
    QCOMPARE(y.checkedItems(), (QStringList{u"avoidance"_s, u"belief-pain-harmful"_s}));
    QCOMPARE(y.checkedIn(*c.domain(u"attitudes-beliefs")), QStringList{u"belief-pain-harmful"_s});
    QCOMPARE(y.domainsWithFlags(c), (QStringList{u"attitudes-beliefs"_s, u"behaviours"_s, u"family"_s}));
    QCOMPARE(y.note(u"family"_s), u"Partner does all lifting for her"_s);
    QVERIFY(!y.notes().contains(u"work"_s));
}

void TestYellowFlags::jsonRoundTrip()
{
    YellowFlags y;
    y.setChecklistRevision(1);
    y.setChecked(u"catastrophising"_s, true);
    y.setChecked(u"medico-legal"_s, true);
    y.setNote(u"compensation"_s, u"Workers' compensation claim — «en disputa»"_s);
    QString error;
    const auto back = YellowFlags::fromJson(QJsonDocument::fromJson(QJsonDocument(y.toJson()).toJson()).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, y);
    QCOMPARE(back->checklistRevision(), 1);

    const auto empty = YellowFlags::fromJson(YellowFlags().toJson(), &error);
    QVERIFY2(empty, qPrintable(error));
    QVERIFY(empty->isEmpty());
}

void TestYellowFlags::jsonErrors()
{
    QJsonObject json = YellowFlags().toJson();
    json.insert(u"checked"_s, QJsonArray{1});
    json.insert(u"flagged"_s, true);
    QString error;
    QVERIFY(!YellowFlags::fromJson(json, &error));
    QVERIFY2(error.contains(u"yellow flags: checked: must be a list of item ids"_s), qPrintable(error));
    QVERIFY2(error.contains(u"yellow flags: flagged: unknown key"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestYellowFlags)
#include "tst_yellowflags.moc"
