// The command line as a user runs it: the real executable, its output and exit status.
#include "../documents/pdftools.h"
#include "core/instruments/library.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db(const QString &name = u"clinic.sqlite"_s) const { return m_dir.filePath(name); }

    Run run(const QStringList &args) const
    {
        QProcess p;
        p.setProgram(QStringLiteral(SPINEDESK_EXE));
        p.setArguments(args);
        p.start();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QStringList lines(const QString &text) const { return text.split(u'\n', Qt::SkipEmptyParts); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void versionAndHelp()
    {
        const Run v = run({u"--version"_s});
        QCOMPARE(v.code, 0);
        QCOMPARE(v.out.trimmed(), u"SpineDesk "_s + QStringLiteral(SPINEDESK_VERSION));
        const Run h = run({u"--help"_s});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains(u"demo --patients N"_s));
        // Every document the command line can render is named, in both languages.
        const QStringList kinds{u"letter"_s, u"handout"_s, u"pa-summary"_s, u"pt-plan"_s, u"exercises"_s,
                                u"library-handout"_s, u"decision-summary"_s};
        const Run es = run({u"--lang"_s, u"es"_s, u"--help"_s});
        QCOMPARE(es.code, 0);
        QVERIFY(es.out.contains(u"Órdenes"_s) || es.out.contains(u"Comandos"_s));
        for (const Run *help : {&h, &es}) {
            QStringList named;
            for (const QString &line : help->out.split(u'\n'))
                if (line.trimmed().startsWith(u"render "_s))
                    named += line.trimmed().section(u' ', 1, 1).split(u'|');
            for (const QString &kind : kinds)
                QVERIFY2(named.contains(kind), qPrintable(kind + u" in:\n"_s + help->out));
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("unknown option") << QStringList{u"--colour"_s};
        QTest::newRow("database without path") << QStringList{u"check"_s, u"--database"_s};
        QTest::newRow("unsupported language") << QStringList{u"--lang"_s, u"fr"_s, u"check"_s};
        QTest::newRow("check with argument") << QStringList{u"check"_s, u"extra"_s};
        QTest::newRow("backup without --out") << QStringList{u"backup"_s};
        QTest::newRow("restore without file") << QStringList{u"restore"_s};
        QTest::newRow("demo without --patients") << QStringList{u"demo"_s};
        QTest::newRow("demo zero patients") << QStringList{u"demo"_s, u"--patients"_s, u"0"_s};
        QTest::newRow("demo patients not a number") << QStringList{u"demo"_s, u"--patients"_s, u"ten"_s};
        QTest::newRow("demo seed negative") << QStringList{u"demo"_s, u"--patients"_s, u"5"_s, u"--seed"_s, u"-1"_s};
        QTest::newRow("visits bad kind") << QStringList{u"visits"_s, u"--kind"_s, u"surgery"_s};
        QTest::newRow("visits bad status") << QStringList{u"visits"_s, u"--status"_s, u"final"_s};
        QTest::newRow("visits bad limit") << QStringList{u"visits"_s, u"--limit"_s, u"0"_s};
        QTest::newRow("visits unknown option") << QStringList{u"visits"_s, u"--colour"_s};
        QTest::newRow("score without answers") << QStringList{u"score"_s, u"phq9"_s};
        QTest::newRow("score unknown instrument") << QStringList{u"score"_s, u"nope"_s, u"--answers"_s, u"1"_s};
        QTest::newRow("score wrong count") << QStringList{u"score"_s, u"phq2"_s, u"--answers"_s, u"1,2,3"_s};
        QTest::newRow("score out of range") << QStringList{u"score"_s, u"phq2"_s, u"--answers"_s, u"1,4"_s};
        QTest::newRow("score not a number") << QStringList{u"score"_s, u"nrs-back"_s, u"--answers"_s, u"x"_s};
        QTest::newRow("score rating above max") << QStringList{u"score"_s, u"nrs-back"_s, u"--answers"_s, u"11"_s};
        QTest::newRow("score missing sex") << QStringList{u"score"_s, u"ort"_s, u"--answers"_s, u"0,0,0,0,0,0,1,0,0,1"_s};
        QTest::newRow("score bad sex") << QStringList{u"score"_s, u"ort"_s, u"--answers"_s, u"0,0,0,0,0,0,1,0,0,1"_s, u"--sex"_s, u"x"_s};
        QTest::newRow("instruments bad subcommand") << QStringList{u"instruments"_s, u"remove"_s};
        QTest::newRow("content without check") << QStringList{u"content"_s};
        QTest::newRow("pt-plan without --out") << QStringList{u"render"_s, u"pt-plan"_s, u"--visit"_s, u"1"_s};
        QTest::newRow("exercises bad visit") << QStringList{u"render"_s, u"exercises"_s, u"--visit"_s, u"0"_s, u"--out"_s, u"x.pdf"_s};
        QTest::newRow("library handout without id") << QStringList{u"render"_s, u"library-handout"_s, u"--visit"_s, u"1"_s, u"--out"_s, u"x.pdf"_s};
        QTest::newRow("demo bad documents") << QStringList{u"demo"_s, u"--patients"_s, u"2"_s, u"--documents"_s, u"-1"_s};
        QTest::newRow("render without visit") << QStringList{u"render"_s, u"decision-summary"_s, u"--out"_s, u"x.pdf"_s};
        QTest::newRow("render unknown kind") << QStringList{u"render"_s, u"poster"_s, u"--visit"_s, u"1"_s, u"--out"_s, u"x.pdf"_s};
        QTest::newRow("render bad visit") << QStringList{u"render"_s, u"decision-summary"_s, u"--visit"_s, u"x"_s, u"--out"_s, u"x.pdf"_s};
        QTest::newRow("aids bad subcommand") << QStringList{u"aids"_s, u"remove"_s};
        QTest::newRow("export without format") << QStringList{u"export"_s, u"--visit"_s, u"1"_s, u"--out"_s, u"x.json"_s};
        QTest::newRow("export unknown format") << QStringList{u"export"_s, u"hl7v2"_s, u"--visit"_s, u"1"_s, u"--out"_s, u"x.json"_s};
        QTest::newRow("export without --out") << QStringList{u"export"_s, u"fhir"_s, u"--visit"_s, u"1"_s};
        QTest::newRow("export bad visit") << QStringList{u"export"_s, u"fhir"_s, u"--visit"_s, u"one"_s, u"--out"_s, u"x.json"_s};
        QTest::newRow("report without kind") << QStringList{u"report"_s, u"--from"_s, u"2026-07-01"_s, u"--to"_s, u"2026-09-30"_s, u"--out"_s, u"r.pdf"_s};
        QTest::newRow("report unknown kind") << QStringList{u"report"_s, u"visits"_s, u"--from"_s, u"2026-07-01"_s, u"--to"_s, u"2026-09-30"_s, u"--out"_s, u"r.pdf"_s};
        QTest::newRow("report without --to") << QStringList{u"report"_s, u"outcomes"_s, u"--from"_s, u"2026-07-01"_s, u"--out"_s, u"r.pdf"_s};
        QTest::newRow("report bad date") << QStringList{u"report"_s, u"outcomes"_s, u"--from"_s, u"2026-13-01"_s, u"--to"_s, u"2026-12-31"_s, u"--out"_s, u"r.pdf"_s};
        QTest::newRow("report from after to") << QStringList{u"report"_s, u"outcomes"_s, u"--from"_s, u"2026-09-30"_s, u"--to"_s, u"2026-07-01"_s, u"--out"_s, u"r.csv"_s};
        QTest::newRow("report unknown extension") << QStringList{u"report"_s, u"outcomes"_s, u"--from"_s, u"2026-07-01"_s, u"--to"_s, u"2026-09-30"_s, u"--out"_s, u"r.txt"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const QString path = db(u"usage.sqlite"_s);
        const Run r = run(QStringList{u"--database"_s, path} + args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"spinedesk: "_s), qPrintable(r.err));
        QVERIFY2(!QFile::exists(path), "a usage error must not create a database");
    }

    void checkFreshDatabase()
    {
        const QString path = db(u"fresh.sqlite"_s);
        const Run r = run({u"--database"_s, path, u"check"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"integrity ok"_s));
        QVERIFY(r.out.contains(u"schema version %1"_s.arg(SpineDesk::Database::currentSchemaVersion())));
    }

    void checkRefusesForeignFile()
    {
        const QString path = db(u"notes.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are not patient records.\n");
        f.close();
        const QByteArray before = sha256(path);
        const Run r = run({u"--database"_s, path, u"check"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"not a SpineDesk database"_s), qPrintable(r.err));
        QCOMPARE(sha256(path), before);
    }

    void checkRefusesNewerSchema()
    {
        const QString path = db(u"newer.sqlite"_s);
        {
            auto opened = SpineDesk::Database::open(path);
            QVERIFY(opened.database);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const QByteArray before = sha256(path);
        const Run r = run({u"--database"_s, path, u"visits"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"99"_s) && r.err.contains(QString::number(SpineDesk::Database::currentSchemaVersion())), qPrintable(r.err));
        QCOMPARE(sha256(path), before);
    }

    void demoAndVisits()
    {
        const QString path = db(u"demo.sqlite"_s);
        Run r = run({u"--database"_s, path, u"demo"_s, u"--patients"_s, u"40"_s, u"--seed"_s, u"5"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"Added 40 demo patients"_s), qPrintable(r.out));

        r = run({u"--database"_s, path, u"demo"_s, u"--patients"_s, u"40"_s, u"--seed"_s, u"5"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"--seed"_s));

        r = run({u"--database"_s, path, u"visits"_s});
        QCOMPARE(r.code, 0);
        const QStringList all = lines(r.out);
        QVERIFY(all.size() >= 40);
        QString previousDate = u"9999-12-31"_s;
        for (const QString &line : all) {
            const QStringList f = line.split(u'\t');
            QCOMPARE(f.size(), 5);
            QVERIFY(f[0].toLongLong() > 0);
            QVERIFY(QDate::fromString(f[1], Qt::ISODate).isValid());
            QVERIFY(QStringList({u"initial"_s, u"follow-up"_s, u"pt"_s}).contains(f[2]));
            QVERIFY(QStringList({u"draft"_s, u"signed"_s}).contains(f[3]));
            QVERIFY(f[4].contains(u"(DEMO5-"_s));
            QVERIFY2(f[1] <= previousDate, "newest first");
            previousDate = f[1];
        }

        r = run({u"--database"_s, path, u"visits"_s, u"--kind"_s, u"pt"_s, u"--status"_s, u"signed"_s});
        QCOMPARE(r.code, 0);
        for (const QString &line : lines(r.out)) {
            QCOMPARE(line.split(u'\t')[2], u"pt"_s);
            QCOMPARE(line.split(u'\t')[3], u"signed"_s);
        }
        r = run({u"--database"_s, path, u"visits"_s, u"--limit"_s, u"3"_s});
        QCOMPARE(lines(r.out).size(), 3);
        QCOMPARE(lines(r.out), all.mid(0, 3));
    }

    void demoIsDeterministic()
    {
        QStringList outputs;
        for (const auto &name : {u"a.sqlite"_s, u"b.sqlite"_s}) {
            QCOMPARE(run({u"--database"_s, db(name), u"demo"_s, u"--patients"_s, u"25"_s, u"--seed"_s, u"11"_s}).code, 0);
            outputs << run({u"--database"_s, db(name), u"visits"_s}).out;
        }
        QVERIFY(!outputs[0].isEmpty());
        QCOMPARE(outputs[0], outputs[1]);
    }

    void backupAndRestore()
    {
        const QString path = db(u"live.sqlite"_s);
        const QString backup = db(u"live-backup.sqlite"_s);
        QCOMPARE(run({u"--database"_s, path, u"demo"_s, u"--patients"_s, u"10"_s, u"--seed"_s, u"2"_s}).code, 0);
        const QString visitsBefore = run({u"--database"_s, path, u"visits"_s}).out;

        Run r = run({u"--database"_s, path, u"backup"_s, u"--out"_s, backup});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(backup));
        QCOMPARE(run({u"--database"_s, backup, u"check"_s}).code, 0);
        r = run({u"--database"_s, path, u"backup"_s, u"--out"_s, backup});
        QCOMPARE(r.code, 1); // never overwrites an earlier backup

        QCOMPARE(run({u"--database"_s, path, u"demo"_s, u"--patients"_s, u"10"_s, u"--seed"_s, u"3"_s}).code, 0);
        QVERIFY(run({u"--database"_s, path, u"visits"_s}).out != visitsBefore);

        r = run({u"--database"_s, path, u"restore"_s, backup});
        QCOMPARE(r.code, 0);
        const QRegularExpression kept(u"kept at (\\S+)\\."_s);
        const auto m = kept.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        QVERIFY(QFile::exists(m.captured(1)));
        QCOMPARE(run({u"--database"_s, path, u"visits"_s}).out, visitsBefore);
        // The kept file still has the later demo patients.
        QVERIFY(run({u"--database"_s, m.captured(1), u"visits"_s}).out.contains(u"DEMO3-"_s));

        r = run({u"--database"_s, path, u"restore"_s, db(u"missing.sqlite"_s)});
        QCOMPARE(r.code, 1);
        QCOMPARE(run({u"--database"_s, path, u"visits"_s}).out, visitsBefore);
    }

    void scorePrintsOneJsonObject_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("PHQ-9 with item 9") << QStringList{u"phq9"_s, u"--answers"_s, u"3,3,3,3,3,0,0,0,1"_s}
            << u"\"complete\":true,\"scales\":{\"total\":16},\"band\":\"moderately-severe\",\"alerts\":[\"self-harm\"]}"_s;
        QTest::newRow("ODI one section missing") << QStringList{u"odi"_s, u"--answers"_s, u"1,2,1,2,1,2,1,-,3,3"_s}
            << u"\"complete\":true,\"scales\":{\"total\":35.6},\"band\":\"moderate\",\"alerts\":[]}"_s;
        QTest::newRow("STarT Back incomplete") << QStringList{u"startback"_s, u"--answers"_s, u"1,1,1,1,1,1,1,1,-"_s}
            << u"\"complete\":false,\"scales\":{\"psychosocial\":null,\"total\":null},\"band\":null,\"alerts\":[]}"_s;
        QTest::newRow("ORT female") << QStringList{u"ort"_s, u"--answers"_s, u"0,0,0,0,0,0,1,0,0,1"_s, u"--sex"_s, u"female"_s}
            << u"\"scales\":{\"total\":2},\"band\":\"low\""_s;
    }
    void scorePrintsOneJsonObject()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = run(QStringList{u"score"_s} + args);
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QCOMPARE(lines(r.out).size(), 1);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().keys(), (QStringList{u"alerts"_s, u"band"_s, u"complete"_s, u"instrument"_s, u"scales"_s, u"version"_s}));
        QCOMPARE(doc.object().value(u"instrument"_s).toString(), args.first());
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        QVERIFY(r.out.startsWith(u"{\"instrument\":"_s));
    }

    void instrumentsListAndContentCheck()
    {
        const QString path = db(u"instruments.sqlite"_s);
        Run r = run({u"--database"_s, path, u"instruments"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(lines(r.out).size(), 12);
        for (const QString &id : {u"startback"_s, u"peg"_s, u"nrs-back"_s, u"nrs-leg"_s, u"phq2"_s, u"phq9"_s, u"gad2"_s, u"gad7"_s,
                                  u"fabq"_s, u"ort"_s, u"odi"_s, u"sure"_s})
            QVERIFY2(r.out.contains(id + u'\t'), qPrintable(id));
        QVERIFY(r.out.contains(u"odi\t2.1a\tclass C, wording not installed"_s));
        r = run({u"--database"_s, path, u"content"_s, u"check"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"All 12 instrument definitions, the flag checklists, the evidence registry, the decision aids, the diagnosis codes, the handouts and the exercises are valid."_s),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"ok      evidence registry"_s));
        QVERIFY(r.out.contains(u"ok      decision aid sciatica-disc-herniation 1.0 (IPDAS checklist met)"_s));
        QVERIFY(r.out.contains(u"ok      red-flag checklist (7 conditions)"_s));
        QVERIFY(r.out.contains(u"ok      diagnosis codes"_s));
        QVERIFY(r.out.contains(u"ok      handouts"_s));
    }

    void aidsList()
    {
        const Run r = run({u"--database"_s, db(u"aids.sqlite"_s), u"aids"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(lines(r.out).size(), 5);
        QVERIFY2(r.out.contains(u"sciatica-disc-herniation\t1.0\treviewed 2026-11-22\tnext review 2027-11-22"_s), qPrintable(r.out));
        for (const QString &id : {u"lumbar-stenosis"_s, u"degenerative-spondylolisthesis"_s, u"chronic-low-back-pain"_s, u"epidural-steroid-injection"_s})
            QVERIFY2(r.out.contains(id + u"\t1.0\t"_s), qPrintable(id));
    }

    void renderDecisionSummary()
    {
        const QString path = db(u"render.sqlite"_s);
        QCOMPARE(run({u"--database"_s, path, u"demo"_s, u"--patients"_s, u"60"_s, u"--seed"_s, u"4"_s}).code, 0);
        QString visit;
        {
            SpineDesk::Database::OpenResult opened = SpineDesk::Database::open(path);
            QVERIFY(opened.database);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(u"SELECT visit_id FROM decisions ORDER BY visit_id LIMIT 1"_s) && q.next());
            visit = q.value(0).toString();
        }
        const QString out = db(u"decision.pdf"_s);
        Run r = run({u"--database"_s, path, u"render"_s, u"decision-summary"_s, u"--visit"_s, visit, u"--out"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"archived as document"_s));
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // Archived byte for byte.
        SpineDesk::Database::OpenResult opened = SpineDesk::Database::open(path);
        QSqlQuery q(opened.database->connection());
        QVERIFY(q.exec(u"SELECT kind, sha256 FROM documents ORDER BY id DESC"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"decision-summary"_s);
        QCOMPARE(q.value(1).toString(), QString::fromLatin1(sha256(out).toHex()));
        // A visit without a record is a failure with a reason, not an empty PDF.
        r = run({u"--database"_s, path, u"render"_s, u"decision-summary"_s, u"--visit"_s, u"999999"_s, u"--out"_s, db(u"none.pdf"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"There is no visit 999999."_s));
        QVERIFY(!QFile::exists(db(u"none.pdf"_s)));
    }

    // The demo signs plans and archives documents; render letter, handout and PA summary write a
    // PDF, archive the same bytes, and say DRAFT for an unsigned plan.
    void renderVisitDocuments()
    {
        const QString path = db(u"letters.sqlite"_s);
        Run r = run({u"--database"_s, path, u"demo"_s, u"--patients"_s, u"40"_s, u"--seed"_s, u"4"_s, u"--documents"_s, u"2"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"archived 4 documents"_s), qPrintable(r.out));
        QString signedVisit, draftVisit;
        {
            SpineDesk::Database::OpenResult opened = SpineDesk::Database::open(path);
            QVERIFY(opened.database);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(u"SELECT count(*) FROM documents WHERE kind IN ('letter', 'handout') AND route = 'demo'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 4);
            QVERIFY(q.exec(u"SELECT visit_id FROM plans WHERE status = 'signed' ORDER BY visit_id LIMIT 1"_s) && q.next());
            signedVisit = q.value(0).toString();
            // A follow-up visit has no plan of its own yet: its documents are drafts.
            QVERIFY(q.exec(u"SELECT id FROM visits WHERE kind = 'follow-up' ORDER BY id LIMIT 1"_s) && q.next());
            draftVisit = q.value(0).toString();
        }
        for (const QString &kind : {u"letter"_s, u"handout"_s, u"pa-summary"_s}) {
            const QString out = db(kind + u".pdf"_s);
            r = run({u"--database"_s, path, u"render"_s, kind, u"--visit"_s, signedVisit, u"--out"_s, out});
            QVERIFY2(r.code == 0, qPrintable(kind + u": "_s + r.err));
            QVERIFY(!r.err.contains(u"DRAFT"_s));
            SpineDesk::Database::OpenResult opened = SpineDesk::Database::open(path);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(u"SELECT kind, sha256 FROM documents ORDER BY id DESC LIMIT 1"_s) && q.next());
            QCOMPARE(q.value(0).toString(), kind);
            QCOMPARE(q.value(1).toString(), QString::fromLatin1(sha256(out).toHex()));
        }
        {
            // Issue 8: with the clinic working in Spanish, the letter from this English program is
            // Spanish throughout, including the sentences worked out while the visit is read (the
            // red-flag screen's status); the PA summary's readiness criteria likewise.
            SpineDesk::Database::OpenResult opened = SpineDesk::Database::open(path);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(u"SELECT count(*) FROM clinic_profile"_s) && q.next());
            QVERIFY(q.value(0).toInt() == 1
                        ? q.exec(u"UPDATE clinic_profile SET working_language = 'es'"_s)
                        : q.exec(u"INSERT INTO clinic_profile (id, name, working_language) VALUES (1, 'Clínica', 'es')"_s));
        }
        for (const QString &kind : {u"letter"_s, u"pa-summary"_s}) {
            const QString out = db(kind + u"-es.pdf"_s);
            r = run({u"--database"_s, path, u"render"_s, kind, u"--visit"_s, signedVisit, u"--out"_s, out});
            QVERIFY2(r.code == 0, qPrintable(kind + u": "_s + r.err));
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = SpineDesk::PdfTools::allText(file.readAll());
            QVERIFY2(text.contains(u"Página 1 de"_s), qPrintable(text.left(300)));
            for (const QString &english : {u"Red-flag screen"_s, u"Diagnosis with concordant imaging"_s, u"Neurological examination"_s,
                                           u"not documented"_s, u"documented"_s})
                QVERIFY2(!text.contains(english), qPrintable(kind + u": English left: "_s + english));
        }
        {
            SpineDesk::Database::OpenResult opened = SpineDesk::Database::open(path);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(u"UPDATE clinic_profile SET working_language = 'en'"_s));
        }
        r = run({u"--database"_s, path, u"render"_s, u"letter"_s, u"--visit"_s, draftVisit, u"--fax-cover"_s, u"--out"_s, db(u"draft.pdf"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(u"DRAFT"_s));
        r = run({u"--database"_s, path, u"render"_s, u"library-handout"_s, u"--handout"_s, u"when-to-get-help"_s, u"--visit"_s,
                 signedVisit, u"--out"_s, db(u"help.pdf"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({u"--database"_s, path, u"render"_s, u"library-handout"_s, u"--handout"_s, u"no-such-handout"_s, u"--visit"_s,
                 signedVisit, u"--out"_s, db(u"none.pdf"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(db(u"none.pdf"_s)));
    }

    // A physical-therapy first visit from the demo: the plan of care (with a fax cover) and the
    // home exercise programme in large print are written, archived as the same bytes, and read
    // back; a Spanish exercise sheet and a plan of care for a visit that is not a PT visit refuse.
    void renderPtDocuments()
    {
        const QString path = db(u"pt.sqlite"_s);
        Run r = run({u"--database"_s, path, u"demo"_s, u"--patients"_s, u"30"_s, u"--seed"_s, u"4"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString ptVisit, initialVisit;
        {
            SpineDesk::Database::OpenResult opened = SpineDesk::Database::open(path);
            QVERIFY(opened.database);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(u"SELECT v.id FROM visits v JOIN therapy_records t ON t.visit_id = v.id "
                           "WHERE v.kind = 'pt' AND v.status = 'signed' ORDER BY v.id LIMIT 1"_s));
            QVERIFY2(q.next(), "the demo has a signed PT visit with a therapy record");
            ptVisit = q.value(0).toString();
            QVERIFY(q.exec(u"SELECT id FROM visits WHERE kind = 'initial' ORDER BY id LIMIT 1"_s) && q.next());
            initialVisit = q.value(0).toString();
        }
        const auto archived = [&](const QString &kind, const QString &out) {
            SpineDesk::Database::OpenResult opened = SpineDesk::Database::open(path);
            QSqlQuery q(opened.database->connection());
            if (!q.exec(u"SELECT kind, sha256, visit_id, language FROM documents ORDER BY id DESC LIMIT 1"_s) || !q.next())
                return false;
            return q.value(0).toString() == kind && q.value(1).toString() == QString::fromLatin1(sha256(out).toHex())
                && q.value(2).toString() == ptVisit && q.value(3).toString() == u"en";
        };

        const QString plan = db(u"pt-plan.pdf"_s);
        r = run({u"--database"_s, path, u"render"_s, u"pt-plan"_s, u"--visit"_s, ptVisit, u"--fax-cover"_s, u"--out"_s, plan});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.err.contains(u"DRAFT"_s));
        QVERIFY(archived(u"pt-plan"_s, plan));
        QFile planFile(plan);
        QVERIFY(planFile.open(QIODevice::ReadOnly));
        const QString planText = SpineDesk::PdfTools::allText(planFile.readAll());
        for (const QString &words : {u"Physical therapy plan of care"_s, u"Diagnoses"_s, u"Long-term functional goals"_s,
                                     u"Type, amount, frequency and duration of therapy"_s,
                                     u"I have reviewed this plan of care and certify that the services are needed."_s,
                                     u"Plan of care to be sent within 30 days of the first treatment"_s})
            QVERIFY2(planText.contains(words), qPrintable(words));

        const QString sheet = db(u"exercises.pdf"_s);
        r = run({u"--database"_s, path, u"render"_s, u"exercises"_s, u"--visit"_s, ptVisit, u"--large-print"_s, u"--out"_s, sheet});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(archived(u"exercises"_s, sheet));
        QFile sheetFile(sheet);
        QVERIFY(sheetFile.open(QIODevice::ReadOnly));
        QVERIFY(SpineDesk::PdfTools::allText(sheetFile.readAll()).contains(u"When to stop and call"_s));

        // Issue 8: in Spanish, with the notice of a translation pending review.
        r = run({u"--database"_s, path, u"--lang"_s, u"es"_s, u"render"_s, u"exercises"_s, u"--visit"_s, ptVisit, u"--out"_s,
                 db(u"ejercicios.pdf"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile spanishSheet(db(u"ejercicios.pdf"_s));
        QVERIFY(spanishSheet.open(QIODevice::ReadOnly));
        const QString spanishText = SpineDesk::PdfTools::allText(spanishSheet.readAll());
        QVERIFY2(spanishText.contains(u"Cuándo parar y llamar"_s), qPrintable(spanishText.left(300)));
        QVERIFY(spanishText.contains(u"Traducción pendiente de revisión por un traductor médico calificado."_s));
        {
            // The archive records that notice with the document; the English sheet has none.
            SpineDesk::Database::OpenResult opened = SpineDesk::Database::open(path);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(u"SELECT language, notice FROM documents WHERE kind = 'exercises' ORDER BY id"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"en"_s);
            QCOMPARE(q.value(1).toString(), QString());
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"es"_s);
            QCOMPARE(q.value(1).toString(), u"Traducción pendiente de revisión por un traductor médico calificado."_s);
        }

        r = run({u"--database"_s, path, u"render"_s, u"pt-plan"_s, u"--visit"_s, initialVisit, u"--out"_s, db(u"not-pt.pdf"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"physical-therapy first visits"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(db(u"not-pt.pdf"_s)));
    }

    // `export fhir` on a demo database: a document Bundle on disk, the export in the audit log,
    // accepted by the offline validator (tests/fhir/validate.mjs); a missing visit writes nothing.
    void exportFhir()
    {
        const QString path = db(u"export.sqlite"_s);
        QCOMPARE(run({u"--database"_s, path, u"demo"_s, u"--patients"_s, u"30"_s, u"--seed"_s, u"4"_s}).code, 0);
        QString signedVisit;
        {
            SpineDesk::Database::OpenResult opened = SpineDesk::Database::open(path);
            QVERIFY(opened.database);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(u"SELECT visit_id FROM plans WHERE status = 'signed' ORDER BY visit_id LIMIT 1"_s) && q.next());
            signedVisit = q.value(0).toString();
        }
        const QString out = db(u"visit.json"_s);
        Run r = run({u"--database"_s, path, u"export"_s, u"fhir"_s, u"--visit"_s, signedVisit, u"--out"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), out);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(bundle.value(u"resourceType"_s).toString(), u"Bundle"_s);
        QCOMPARE(bundle.value(u"type"_s).toString(), u"document"_s);
        const QJsonObject composition = bundle.value(u"entry"_s)[0][u"resource"_s].toObject();
        QCOMPARE(composition.value(u"resourceType"_s).toString(), u"Composition"_s);
        QCOMPARE(composition.value(u"status"_s).toString(), u"final"_s);
        {
            SpineDesk::Database::OpenResult opened = SpineDesk::Database::open(path);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(u"SELECT entity_id, detail FROM audit_log WHERE action = 'export'"_s) && q.next());
            QCOMPARE(q.value(0).toString(), signedVisit);
            QVERIFY(q.value(1).toString().startsWith(u"fhir "_s + out));
        }
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(QStringLiteral(SPINEDESK_NODE), {QStringLiteral(SPINEDESK_FHIR_VALIDATOR), out});
        QVERIFY(node.waitForFinished(180000));
        QVERIFY2(node.exitCode() == 0, node.readAll().constData());

        r = run({u"--database"_s, path, u"export"_s, u"fhir"_s, u"--visit"_s, u"999999"_s, u"--out"_s, db(u"none.json"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"There is no visit 999999."_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(db(u"none.json"_s)));
    }

    // `report outcomes` on a demo database: the PDF (archived with no visit) and the CSV, both
    // audited, neither with a demo patient's name, record number or birth date.
    void reportOutcomes()
    {
        const QString path = db(u"report.sqlite"_s);
        QCOMPARE(run({u"--database"_s, path, u"demo"_s, u"--patients"_s, u"40"_s, u"--seed"_s, u"4"_s, u"--documents"_s, u"0"_s}).code, 0);
        QStringList identifiers;
        {
            SpineDesk::Database::OpenResult opened = SpineDesk::Database::open(path);
            QVERIFY(opened.database);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(u"SELECT mrn, given_name, family_name, birth_date FROM patients"_s));
            while (q.next()) {
                identifiers << q.value(0).toString() << q.value(2).toString() + u", "_s + q.value(1).toString()
                            << q.value(1).toString() + u' ' + q.value(2).toString();
                if (!q.value(3).toString().isEmpty())
                    identifiers << q.value(3).toString();
            }
        }
        QVERIFY(identifiers.size() >= 40 * 3);
        const QStringList period = {u"--from"_s, u"2020-01-01"_s, u"--to"_s, u"2026-12-31"_s};

        const QString pdfPath = db(u"outcomes.pdf"_s);
        Run r = run(QStringList{u"--database"_s, path, u"report"_s, u"outcomes"_s} + period + QStringList{u"--out"_s, pdfPath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"Wrote "_s + pdfPath), qPrintable(r.out));
        QFile pdfFile(pdfPath);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdf = pdfFile.readAll();
        const QString text = SpineDesk::PdfTools::allText(pdf);
        QVERIFY2(text.contains(u"Clinic outcome report"_s), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"2020-01-01 to 2026-12-31"_s));
        QVERIFY(!text.contains(u"Episodes of care: 0"_s));
        for (const QString &id : identifiers)
            QVERIFY2(!text.contains(id), qPrintable(id));

        const QString csvPath = db(u"outcomes.csv"_s);
        r = run(QStringList{u"--database"_s, path, u"report"_s, u"outcomes"_s} + period + QStringList{u"--out"_s, csvPath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(csvFile.readAll());
        QVERIFY(csv.startsWith(u"section,measure,group,numerator,denominator,percent,definition\r\n"_s));
        QVERIFY(csv.contains(u"\r\nsummary,episodes,,"_s));
        QVERIFY(csv.contains(u"\r\noutcomes,mcid-reached,odi-12w,"_s));
        QVERIFY(!csv.contains(u"DEMO4-"_s));
        for (const QString &id : identifiers)
            QVERIFY2(!csv.contains(id), qPrintable(id));

        {
            SpineDesk::Database::OpenResult opened = SpineDesk::Database::open(path);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(u"SELECT visit_id, sha256 FROM documents WHERE kind = 'outcome-report'"_s) && q.next());
            QVERIFY2(q.value(0).isNull(), "a clinic report belongs to no visit");
            QCOMPARE(q.value(1).toString(), QString::fromLatin1(sha256(pdfPath).toHex()));
            QVERIFY(!q.next());
            QVERIFY(q.exec(u"SELECT detail FROM audit_log WHERE action = 'export' AND entity = 'outcomes' ORDER BY id"_s));
            QStringList details;
            while (q.next())
                details << q.value(0).toString();
            QCOMPARE(details.size(), 2);
            QVERIFY2(details.at(0).startsWith(u"outcomes pdf 2020-01-01..2026-12-31 "_s + pdfPath), qPrintable(details.at(0)));
            QVERIFY2(details.at(1).startsWith(u"outcomes csv 2020-01-01..2026-12-31 "_s + csvPath), qPrintable(details.at(1)));
        }

        // A period without episodes still makes a report: every share says "no patients".
        r = run({u"--database"_s, path, u"report"_s, u"outcomes"_s, u"--from"_s, u"1990-01-01"_s, u"--to"_s, u"1990-03-31"_s,
                 u"--out"_s, db(u"empty.csv"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // An unwritable file fails with a message (exit 1).
        r = run(QStringList{u"--database"_s, path, u"report"_s, u"outcomes"_s} + period
                + QStringList{u"--out"_s, m_dir.filePath(u"no/such/folder/r.csv"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"spinedesk: "_s), qPrintable(r.err));
    }

    void importMadeUpOdiWording()
    {
        const QString path = db(u"licensed.sqlite"_s);
        const auto library = SpineDesk::Instruments::Library::load(SpineDesk::Instruments::Library::bundledDirectory());
        const auto *odi = library.find(u"odi"_s);
        QVERIFY(odi);
        QJsonObject items, sets;
        for (const auto *item : odi->allItems())
            items.insert(item->linkId, QString(u"Made-up wording for "_s + item->linkId));
        for (const auto &set : odi->answerSets) {
            QJsonObject labels;
            for (const auto &o : set.options)
                labels.insert(o.code, QString(u"Made-up statement "_s + o.code));
            sets.insert(set.id, labels);
        }
        QJsonObject wording{{u"instrument"_s, u"odi"_s}, {u"language"_s, u"en"_s}, {u"source"_s, u"Test clinic, made-up licence"_s},
                            {u"items"_s, items}, {u"answerSets"_s, sets}};
        const QString file = db(u"odi-wording.json"_s);
        auto write = [&](const QJsonObject &o) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(o).toJson());
        };
        // Incomplete wording is refused and installs nothing.
        QJsonObject partial = wording;
        QJsonObject fewer = items;
        fewer.remove(items.keys().first());
        partial.insert(u"items"_s, fewer);
        write(partial);
        Run r = run({u"--database"_s, path, u"instruments"_s, u"import"_s, file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"items."_s + items.keys().first() + u": missing"_s), qPrintable(r.err));
        QVERIFY(run({u"--database"_s, path, u"instruments"_s}).out.contains(u"odi\t2.1a\tclass C, wording not installed"_s));

        write(wording);
        r = run({u"--database"_s, path, u"instruments"_s, u"import"_s, file});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(SpineDesk::Database::wordingDirectoryFor(path) + u"/odi.en.json"_s));
        QVERIFY(run({u"--database"_s, path, u"instruments"_s}).out.contains(u"odi\t2.1a\tclass C, licensed wording installed"_s));
        QCOMPARE(run({u"--database"_s, path, u"content"_s, u"check"_s}).code, 0);
        r = run({u"--database"_s, path, u"instruments"_s, u"import"_s, db(u"missing.json"_s)});
        QCOMPARE(r.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
