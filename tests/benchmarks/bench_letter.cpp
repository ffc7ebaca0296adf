// Rendering the letter to the referring clinician to PDF: two pages with the score trend chart,
// as the Documents step and the command line do it (layout, keep-together moves, painting).
#include "../documents/dossierfixture.h"

#include "documents/letter.h"
#include "documents/visitdocuments.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class BenchLetter : public QObject
{
    Q_OBJECT

private slots:
    void twoPagesWithChart()
    {
        // The fixture trimmed to a typical two-page letter: a follow-up without a decision aid or
        // an injection, one conservative-care entry, no prior medications, a shorter plan.
        VisitDossier dossier = Fixture::dossier(true);
        dossier.intake.medications.clear();
        dossier.intake.conservativeCare.removeLast();
        dossier.decisions.clear();
        dossier.esi.reset();
        dossier.summary.instruments.resize(1);    // the ODI, which the chart shows
        dossier.summary.pathway.reset();
        const QStringList kept{u"rule:pathway"_s, u"rule:non-drug"_s, u"item-2"_s, u"rule:follow-up"_s};
        dossier.plan->items.removeIf([&](const Plans::PlanItem &i) { return !kept.contains(i.id); });
        dossier.plan->goals.removeLast();
        dossier.summary.yellowFlagDomains.clear();
        dossier.plan->problems.removeLast();
        dossier.plan->copiesTo.clear();
        dossier.plan->bottomLine = u"Left L5 radiculopathy from an L4-5 disc extrusion, improving with physical therapy."_s;
        QVERIFY(letterTrendChart(dossier)); // the chart is part of what is measured
        DocumentRequest request;
        QString error;
        DocumentReport report;
        QByteArray pdf;
        QBENCHMARK {
            pdf = renderVisitDocumentPdf(dossier, nullptr, request, &error, &report);
        }
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        // SPINEDESK_SCREENSHOTS=DIR keeps the PDF to look at.
        if (const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS"); !dir.isEmpty()) {
            QFile f(dir + u"/bench-letter.pdf"_s);
            if (f.open(QIODevice::WriteOnly))
                f.write(pdf);
        }
        QCOMPARE(report.pages, 2);
    }
};

QTEST_MAIN(BenchLetter)
#include "bench_letter.moc"
