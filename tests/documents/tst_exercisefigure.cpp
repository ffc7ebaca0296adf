// The exercise-figure painter: every bundled figure draws ink inside its box and nothing outside,
// keeps the 100 : 60 shape in any box, scales its lines with the size and gives arrows a head.
// With SPINEDESK_FIGURE_DIR set, every figure is also saved there as a PNG for a human to look at.
#include "documents/exercisefigure.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;
using namespace SpineDesk::Therapy;

namespace {

bool isInk(QRgb p)
{
    return qGray(p) < 200;
}

// Paints `figure` into `box` on a white canvas of `canvas`.
QImage paint(const ExerciseFigure &figure, const QSize &canvas, const QRectF &box)
{
    QImage image(canvas, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    paintExerciseFigure(&p, box, figure);
    p.end();
    return image;
}

struct InkCount {
    int inside = 0;
    int outside = 0;
};

InkCount countInk(const QImage &image, const QRect &box)
{
    InkCount c;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (isInk(image.pixel(x, y)))
                ++(box.contains(x, y) ? c.inside : c.outside);
    return c;
}

FigureStroke stroke(FigureStroke::Kind kind, QList<QPointF> points)
{
    FigureStroke s;
    s.kind = kind;
    s.points = std::move(points);
    return s;
}

// The thickest run of ink down column x.
int inkRun(const QImage &image, int x)
{
    int best = 0;
    int run = 0;
    for (int y = 0; y < image.height(); ++y) {
        run = isInk(image.pixel(x, y)) ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}

} // namespace

class TestExerciseFigure : public QObject
{
    Q_OBJECT

private slots:
    void everyBundledFigureStaysInItsBox()
    {
        const ExerciseLibrary &lib = ExerciseLibrary::bundled();
        QVERIFY2(lib.errors().isEmpty(), qPrintable(lib.errors().join(u'\n')));
        QVERIFY(!lib.exercises().isEmpty());
        const QString dir = qEnvironmentVariable("SPINEDESK_FIGURE_DIR");
        if (!dir.isEmpty())
            QDir().mkpath(dir);
        // A wide and a tall box on a larger canvas: the margin around must stay white.
        const QList<QRect> boxes = {QRect(40, 40, 500, 300), QRect(40, 40, 300, 420), QRect(10, 10, 120, 72)};
        for (const Exercise &e : lib.exercises()) {
            for (int i = 0; i < e.figures.size(); ++i) {
                for (const QRect &box : boxes) {
                    const QImage image = paint(e.figures.at(i), QSize(box.right() + 41, box.bottom() + 41), box);
                    const InkCount ink = countInk(image, box);
                    const QString what = u"%1 figure %2 in %3×%4"_s.arg(e.id).arg(i + 1).arg(box.width()).arg(box.height());
                    QVERIFY2(ink.outside == 0, qPrintable(what + u": %1 pixels outside the box"_s.arg(ink.outside)));
                    // A stick figure covers a few per cent of its box; less means little or nothing was drawn.
                    const QRectF drawn = exerciseFigureRect(box);
                    QVERIFY2(ink.inside > drawn.width() * drawn.height() * 0.01, qPrintable(what + u": almost no ink"_s));
                }
                if (!dir.isEmpty()) {
                    const QImage large = paint(e.figures.at(i), QSize(600, 360), QRectF(0, 0, 600, 360));
                    QVERIFY(large.save(QDir(dir).filePath(u"%1-%2.png"_s.arg(e.id).arg(i + 1))));
                }
            }
        }
    }

    void keepsTheAspectRatio()
    {
        QCOMPARE(exerciseFigureRect(QRectF(0, 0, 500, 300)), QRectF(0, 0, 500, 300));
        QCOMPARE(exerciseFigureRect(QRectF(0, 0, 500, 500)), QRectF(0, 100, 500, 300));
        QCOMPARE(exerciseFigureRect(QRectF(10, 0, 1000, 300)), QRectF(260, 0, 500, 300));

        // A floor across the drawing spans the fitted width, not the whole box.
        ExerciseFigure f;
        FigureStroke floor;
        floor.kind = FigureStroke::Kind::Floor;
        floor.y = 30;
        f.strokes = {floor};
        const QImage image = paint(f, QSize(1000, 300), QRectF(0, 0, 1000, 300));
        int left = image.width();
        int right = -1;
        for (int x = 0; x < image.width(); ++x)
            if (isInk(image.pixel(x, 150))) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        QVERIFY2(left >= 250 && left <= 265, qPrintable(QString::number(left)));
        QVERIFY2(right >= 735 && right <= 750, qPrintable(QString::number(right)));
    }

    void lineWidthScalesWithSize()
    {
        ExerciseFigure f;
        f.strokes = {stroke(FigureStroke::Kind::Line, {QPointF(10, 30), QPointF(90, 30)})};
        const QImage small = paint(f, QSize(200, 120), QRectF(0, 0, 200, 120));
        const QImage large = paint(f, QSize(800, 480), QRectF(0, 0, 800, 480));
        const int thin = inkRun(small, 100);
        const int thick = inkRun(large, 400);
        QVERIFY(thin >= 2);
        QVERIFY2(thick >= 3 * thin && thick <= 5 * thin, qPrintable(u"%1 px vs %2 px"_s.arg(thin).arg(thick)));
    }

    void arrowsHaveAHead()
    {
        ExerciseFigure f;
        f.strokes = {stroke(FigureStroke::Kind::Arrow, {QPointF(10, 30), QPointF(90, 30)})};
        const QImage image = paint(f, QSize(500, 300), QRectF(0, 0, 500, 300));
        const int shaft = inkRun(image, 150);
        const int head = inkRun(image, 430); // inside the head, which runs from x 421.8 to the tip
        QVERIFY2(head > 2 * shaft, qPrintable(u"shaft %1 px, head %2 px"_s.arg(shaft).arg(head)));
        // The tip reaches the end point (x 443.6 in this box) and not beyond it.
        QVERIFY(isInk(image.pixel(440, 150)));
        QVERIFY(!isInk(image.pixel(452, 150)));
    }

    void inkColourIsUsed()
    {
        ExerciseFigure f;
        FigureStroke head;
        head.kind = FigureStroke::Kind::Circle;
        head.points = {QPointF(50, 30)};
        head.radius = 10;
        f.strokes = {head};
        QImage image(500, 300, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        paintExerciseFigure(&p, QRectF(0, 0, 500, 300), f, QColor(0, 0, 200));
        p.end();
        // The left edge of the circle, on the centre line: x = 250 − 50 × scale.
        bool blue = false;
        for (int x = 190; x < 215; ++x) {
            const QColor c = image.pixelColor(x, 150);
            blue = blue || (c.blue() > 150 && c.red() < 80 && c.green() < 80);
        }
        QVERIFY(blue);
        QVERIFY(!isInk(image.pixel(250, 150))); // a head is an outline
    }

    void emptyOrDegenerateInputDrawsNothing()
    {
        ExerciseFigure f;
        f.strokes = {stroke(FigureStroke::Kind::Line, {QPointF(10, 30)}),   // too few points
                     stroke(FigureStroke::Kind::Arrow, {QPointF(5, 5), QPointF(5, 5)})};
        const QImage image = paint(f, QSize(200, 120), QRectF(0, 0, 200, 120));
        QCOMPARE(countInk(image, QRect(0, 0, 200, 120)).inside, 0);
        QImage untouched(50, 50, QImage::Format_ARGB32);
        untouched.fill(Qt::white);
        QPainter p(&untouched);
        paintExerciseFigure(&p, QRectF(0, 0, 0, 0), ExerciseLibrary::bundled().exercises().value(0).figures.value(0));
        paintExerciseFigure(nullptr, QRectF(0, 0, 50, 50), f);
        p.end();
        QCOMPARE(countInk(untouched, QRect(0, 0, 50, 50)).inside, 0);
    }
};

QTEST_MAIN(TestExerciseFigure)
#include "tst_exercisefigure.moc"
