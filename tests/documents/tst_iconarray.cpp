// Icon arrays (shared-decisions.md §9): exactly N whole icons carry the outcome colour, as one
// block from the top-left; the array survives greyscale (rule 8); the text equivalent says the
// same numbers; counts outside 0–100 draw nothing (rule 7). The grid is measured here from
// the image, not from the painter's own geometry helpers.
#include "documents/iconarray.h"
#include "documents/scaleshift.h"
#include "i18n/language.h"

#include <QImage>
#include <QSet>
#include <QPainter>
#include <QtTest>
#include <climits>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {
constexpr int kSide = 500; // 10 × 10 cells of 50 px
constexpr int kCell = kSide / 10;

IconArraySpec spec(int affected, IconStyle style = IconStyle::Person)
{
    IconArraySpec s;
    s.affected = affected;
    s.colour = outcomeColour(Aids::OutcomeKind::Harm);
    s.style = style;
    s.affectedLabel = u"had an operation"_s;
    s.unaffectedLabel = u"did not"_s;
    return s;
}

QImage render(const IconArraySpec &s, bool *painted = nullptr)
{
    QImage image(kSide, kSide, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    const bool ok = paintIconArray(p, QRectF(0, 0, kSide, kSide), s);
    if (painted)
        *painted = ok;
    return image;
}

bool near(QRgb a, const QColor &b, int tolerance = 24)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance
        && std::abs(qBlue(a) - b.blue()) <= tolerance;
}

// Pixels of cell `index` (row by row from the top-left) satisfying `test`.
template<typename Test>
int cellPixels(const QImage &image, int index, Test test)
{
    const int x0 = (index % 10) * kCell;
    const int y0 = (index / 10) * kCell;
    int n = 0;
    for (int y = y0; y < y0 + kCell; ++y)
        for (int x = x0; x < x0 + kCell; ++x)
            if (test(image.pixel(x, y)))
                ++n;
    return n;
}

QList<bool> colouredCells(const QImage &image, const QColor &colour)
{
    QList<bool> cells;
    for (int i = 0; i < 100; ++i)
        // A whole filled figure is several hundred pixels; anti-aliased edges are never that many.
        cells << (cellPixels(image, i, [&](QRgb px) { return near(px, colour); }) > kCell * kCell / 5);
    return cells;
}
} // namespace

class TestIconArray : public QObject
{
    Q_OBJECT

private slots:
    void countsColouredIcons_data()
    {
        QTest::addColumn<int>("affected");
        QTest::addColumn<int>("style");
        for (int n : {0, 1, 39, 61, 100}) {
            QTest::addRow("person %d", n) << n << int(IconStyle::Person);
            QTest::addRow("square %d", n) << n << int(IconStyle::Square);
        }
    }

    void countsColouredIcons()
    {
        QFETCH(int, affected);
        QFETCH(int, style);
        const IconArraySpec s = spec(affected, IconStyle(style));
        bool painted = false;
        const QImage image = render(s, &painted);
        QVERIFY(painted);
        const QList<bool> cells = colouredCells(image, s.colour);
        QCOMPARE(cells.count(true), affected);
        // One contiguous block from the top-left, row by row (rule 4).
        for (int i = 0; i < 100; ++i)
            QVERIFY2(cells.at(i) == (i < affected), qPrintable(u"cell %1"_s.arg(i)));
        // Every cell holds an icon: the unaffected ones are drawn, in the neutral outline.
        for (int i = affected; i < 100; ++i)
            QVERIFY2(cellPixels(image, i, [](QRgb px) { return qGray(px) < 200; }) > 0, qPrintable(u"cell %1 empty"_s.arg(i)));
        // Nothing is drawn outside the 10 × 10 grid's cells' icons: the margins of each cell stay white.
        for (int i = 0; i < 100; ++i) {
            const int x0 = (i % 10) * kCell, y0 = (i / 10) * kCell;
            QCOMPARE(image.pixel(x0, y0), qRgb(255, 255, 255));
        }
    }

    void greyscaleStillDistinguishes()
    {
        for (Aids::OutcomeKind kind : Aids::outcomeKinds()) {
            IconArraySpec s = spec(39);
            s.colour = outcomeColour(kind);
            const QImage grey = render(s).convertToFormat(QImage::Format_Grayscale8);
            auto dark = [&](int i) { return cellPixels(grey, i, [](QRgb px) { return qGray(px) < 200; }); };
            int minAffected = INT_MAX, maxUnaffected = 0;
            for (int i = 0; i < 100; ++i) {
                if (i < 39)
                    minAffected = qMin(minAffected, dark(i));
                else
                    maxUnaffected = qMax(maxUnaffected, dark(i));
            }
            // Filled figures against outlines (measured: about 730 against 350 dark pixels per cell).
            QVERIFY2(minAffected > 1.5 * maxUnaffected,
                     qPrintable(u"%1: affected %2, unaffected %3"_s.arg(Aids::outcomeKindCode(kind)).arg(minAffected).arg(maxUnaffected)));
        }
    }

    void onePaletteColourPerKind()
    {
        QSet<QRgb> colours;
        for (Aids::OutcomeKind kind : Aids::outcomeKinds())
            colours.insert(outcomeColour(kind).rgb());
        QCOMPARE(colours.size(), Aids::outcomeKinds().size());
    }

    void outcomeArraysShareTheColourAndKeepOptionOrder()
    {
        Aids::DecisionAid aid;
        aid.options = {{u"surgery"_s, {{u"en"_s, u"Surgery"_s}}, {}, false},
                       {u"injection"_s, {{u"en"_s, u"Injection"_s}}, {}, false},
                       {u"conservative"_s, {{u"en"_s, u"Keep going with exercise"_s}}, {}, true}};
        Aids::Outcome o;
        o.id = u"reoperation"_s;
        o.kind = Aids::OutcomeKind::Harm;
        o.affected = {{u"en"_s, u"had another operation"_s}};
        o.unaffected = {{u"en"_s, u"did not"_s}};
        o.per100 = {{u"conservative"_s, 3}, {u"surgery"_s, 9}}; // injection: no evidence
        const QList<OptionIconArray> arrays = outcomeIconArrays(aid, o, u"en"_s);
        QCOMPARE(arrays.size(), 3);
        QCOMPARE(arrays.at(0).optionId, u"surgery"_s);
        QCOMPARE(arrays.at(1).optionId, u"injection"_s);
        QCOMPARE(arrays.at(2).optionId, u"conservative"_s);
        QVERIFY(!arrays.at(1).spec); // never drawn as zero
        QCOMPARE(arrays.at(0).spec->affected, 9);
        QCOMPARE(arrays.at(2).spec->affected, 3);
        QCOMPARE(arrays.at(0).spec->colour, arrays.at(2).spec->colour);
        QCOMPARE(arrays.at(0).spec->colour, outcomeColour(Aids::OutcomeKind::Harm));
        QCOMPARE(outcomeIconArrays(aid, o, u"en"_s, {u"conservative"_s}).size(), 1);
    }

    void accessibleText()
    {
        QCOMPARE(iconArrayText(spec(39)), u"39 of 100 people had an operation; 61 of 100 did not."_s);
        QCOMPARE(iconArrayText(spec(0)), u"0 of 100 people had an operation; 100 of 100 did not."_s);
        QCOMPARE(iconArrayCountLine(39, u"had an operation"_s, u"en"_s), u"Thirty-nine (39) of 100 people had an operation"_s);
        QCOMPARE(iconArrayCountLine(100, u"did not"_s, u"en"_s), u"One hundred (100) of 100 people did not"_s);
    }

    // Issue 8: a figure speaks its own language on a screen in another (an aid in Spanish on an
    // English screen): its sentences are the ones the Spanish program would write, and an English
    // figure stays English on a Spanish screen.
    void wordedInTheFigureLanguage()
    {
        IconArraySpec es = spec(39);
        es.affectedLabel = u"se operaron"_s;
        es.unaffectedLabel = u"no se operaron"_s;
        es.language = u"es"_s;
        ScaleShiftSpec shift;
        shift.scale = u"Dolor de pierna"_s;
        shift.difference = -7.55;
        shift.low = -11.4;
        shift.high = -3.74;
        shift.mcid = 15;
        shift.higherIsBetter = false;
        shift.favoursLabel = u"Inyección"_s;
        shift.comparedWithLabel = u"Sin inyección"_s;
        shift.language = u"es"_s;
        QVERIFY(installLanguage(u"en"_s));
        const QString line = iconArrayCountLine(39, es.affectedLabel, u"es"_s);
        const QString text = iconArrayText(es);
        const QString shiftText = SpineDesk::scaleShiftText(shift);
        QString spanishLine, spanishText, spanishShift, englishOnSpanish;
        {
            const TextLanguage program(u"es"_s);
            QVERIFY(program.ok());
            spanishLine = iconArrayCountLine(39, es.affectedLabel, u"es"_s);
            spanishText = iconArrayText(es);
            spanishShift = SpineDesk::scaleShiftText(shift);
            englishOnSpanish = iconArrayText(spec(39));
        }
        QCOMPARE(currentLanguage(), u"en"_s);
        QCOMPARE(line, spanishLine);
        QCOMPARE(text, spanishText);
        QCOMPARE(shiftText, spanishShift);
        QVERIFY(line.startsWith(u"Treinta y nueve (39)"_s));
        QVERIFY(shiftText.contains(u"7.55"_s)); // US Spanish: a decimal point, as the aids' texts write it
        QVERIFY(!shiftText.contains(u"7,55"_s));
        QCOMPARE(englishOnSpanish, u"39 of 100 people had an operation; 61 of 100 did not."_s);
    }

    void numbersInWords()
    {
        QCOMPARE(numberInWords(0, u"en"_s), u"zero"_s);
        QCOMPARE(numberInWords(14, u"en"_s), u"fourteen"_s);
        QCOMPARE(numberInWords(40, u"en"_s), u"forty"_s);
        QCOMPARE(numberInWords(61, u"en"_s), u"sixty-one"_s);
        QCOMPARE(numberInWords(1, u"es"_s), u"una"_s);
        QCOMPARE(numberInWords(21, u"es"_s), u"veintiuna"_s);
        QCOMPARE(numberInWords(39, u"es"_s), u"treinta y nueve"_s);
        QCOMPARE(numberInWords(60, u"es"_s), u"sesenta"_s);
        QCOMPARE(numberInWords(100, u"es"_s), u"cien"_s);
        QCOMPARE(numberInWords(7, u"fr"_s), u"7"_s);
    }

    void refusesCountsOutsideTheArray()
    {
        for (int bad : {-1, 101}) {
            bool painted = true;
            const QImage image = render(spec(bad), &painted);
            QVERIFY(!painted);
            QCOMPARE(colouredCells(image, spec(bad).colour).count(true), 0);
            QVERIFY(!iconArraySpecValid(spec(bad)));
        }
        IconArraySpec thousand = spec(5);
        thousand.total = 1000; // rule 1: one denominator, 100
        QVERIFY(!iconArraySpecValid(thousand));
    }

    void legendDrawsBothKinds()
    {
        const IconArraySpec s = spec(39);
        QImage image(400, 200, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        const QFont font(u"DejaVu Sans"_s, 10);
        const qreal used = paintIconArrayLegend(p, QRectF(0, 0, 400, 200), s, font, u"Adults with sciatica, over 1 year"_s);
        p.end();
        QVERIFY(used > 0);
        QCOMPARE(used, iconArrayLegendHeight(s, font, 400, &image, u"Adults with sciatica, over 1 year"_s));
        int coloured = 0;
        for (int y = 0; y < 200; ++y)
            for (int x = 0; x < 400; ++x)
                coloured += near(image.pixel(x, y), s.colour) ? 1 : 0;
        QVERIFY(coloured > 20); // the filled key icon
    }

    void scaleShiftText()
    {
        ScaleShiftSpec s;
        s.scale = u"leg pain"_s;
        s.min = 0;
        s.max = 100;
        s.higherIsBetter = false;
        s.difference = -7.55;
        s.low = -11.4;
        s.high = -3.74;
        s.mcid = 15;
        s.favoursLabel = u"a steroid injection"_s;
        s.comparedWithLabel = u"a placebo injection"_s;
        const QString text = SpineDesk::scaleShiftText(s);
        QVERIFY2(text.contains(u"7.55 points better"_s), qPrintable(text));
        QVERIFY2(text.contains(u"from 3.74 points better to 11.4 points better"_s), qPrintable(text));
        QVERIFY2(text.contains(u"15 points"_s), qPrintable(text));
        QVERIFY2(text.contains(u"0 is best"_s), qPrintable(text));

        // Drawn: the arrow runs from the middle towards the better end (here: left, towards 0).
        QImage image(600, 300, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        const QFont font(u"DejaVu Sans"_s, 10);
        QVERIFY(paintScaleShift(p, QRectF(0, 0, 600, 300), s, font));
        p.end();
        int left = 0, right = 0;
        for (int y = 0; y < 30; ++y)
            for (int x = 0; x < 600; ++x)
                if (near(image.pixel(x, y), s.colour))
                    (x < 300 ? left : right) += 1;
        QVERIFY2(left > 50 && right == 0, qPrintable(u"left %1 right %2"_s.arg(left).arg(right)));

        s.max = s.min; // not a scale
        QVERIFY(!scaleShiftSpecValid(s));
    }
};

QTEST_MAIN(TestIconArray)
#include "tst_iconarray.moc"
