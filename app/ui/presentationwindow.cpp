#include "ui/presentationwindow.h"

#include "i18n/language.h"
#include "ui/aidlanguage.h"
#include "ui/aidsections.h"
#include "ui/aidvalues.h"
#include "ui/accessibilitycolours.h"
#include "ui/aidview.h"
#include "ui/iconarraywidget.h"
#include "ui/largeprint.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
QLabel *bigLabel(const QString &text, QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    LargePrint::setFont(l, PresentationWindow::kBasePointSize * scale, bold, PresentationWindow::kMaximumFontScale);
    return l;
}

// Labels made for the normal view carry their size relative to the base font.
void scaleFonts(QWidget *panel)
{
    for (QLabel *l : panel->findChildren<QLabel *>()) {
        const QVariant scale = l->property("fontScale");
        if (scale.isValid())
            LargePrint::setFont(l, PresentationWindow::kBasePointSize * scale.toReal(), l->font().bold(),
                                PresentationWindow::kMaximumFontScale);
    }
}

// A large handle for a finger or an unsteady hand, in colours that read on the window.
QString sliderStyle(const LargePrint::Colours &c)
{
    return u"QSlider::groove:horizontal { height: 12px; background: %1; border: 1px solid %2; border-radius: 6px; }"
           "QSlider::handle:horizontal { width: 40px; margin: -16px 0; background: %3; border: 2px solid %4; border-radius: 20px; }"
           "QSlider::handle:horizontal:disabled { background: %5; }"_s
        .arg(c.secondaryButton.name(), c.border.name(), c.chosen.name(), c.chosenBorder.name(), c.disabled.name());
}

QWidget *scrolling(QWidget *content)
{
    scaleFonts(content);
    return scrollingPage(content);
}
} // namespace

QString PresentationWindow::words(const char *source) const
{
    return textIn(m_lang, staticMetaObject.className(), source);
}

PresentationWindow::PresentationWindow(const Aids::DecisionAid &aid, const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_aid(aid)
    , m_lang(language)
{
    setObjectName(u"presentation"_s);
    setWindowTitle(words(QT_TR_NOOP("%1 — presentation")).arg(contentText(aid.title, language)));
    setAccessibleName(words(QT_TR_NOOP("Decision aid presentation")));
    LargePrint::setFont(this, kBasePointSize, false, kMaximumFontScale);
    // Colours by palette, not by a window-wide style sheet, which would stop the big font
    // from reaching the labels.
    setAutoFillBackground(true);

    m_title = bigLabel(QString(), this, 1.3, true);
    m_title->setObjectName(u"presentationTitle"_s);
    // On every page while the aid's texts in this language await a qualified medical
    // translator's review (issue 8).
    m_reviewMark = makeReviewMark(aid, language, this);
    m_reviewMark->setObjectName(u"presentationReviewMark"_s);
    m_pages = new QStackedWidget(this);

    // The decision and the option grid.
    auto *gridPage = new QWidget;
    auto *gv = new QVBoxLayout(gridPage);
    gv->addWidget(bigLabel(contentText(aid.decision, language), gridPage, 1.1, true));
    m_grid = new QTableWidget(gridPage);
    m_grid->setObjectName(u"presentationGrid"_s);
    m_grid->setAccessibleName(words(QT_TR_NOOP("Option grid")));
    fillOptionGrid(m_grid, aid, language);
    gv->addWidget(m_grid, 1);
    addPage(PageKind::Grid, words(QT_TR_NOOP("The options")), gridPage);

    for (const Aids::Outcome &o : aid.outcomes) {
        const int first = int(m_arrays.size());
        QWidget *panel = makeOutcomePanel(aid, o, language, &m_arrays, nullptr);
        for (qsizetype i = first; i < m_arrays.size(); ++i)
            m_arrays[i]->setMaximumArraySide(kArraySide);
        addPage(PageKind::Outcome, words(QT_TR_NOOP("What happened to people like you")), scrolling(panel));
    }
    for (const Aids::ScaleShift &s : aid.scaleShifts)
        addPage(PageKind::Outcome, words(QT_TR_NOOP("What happened to people like you")),
                scrolling(makeScaleShiftPanel(aid, s, language, &m_shifts, nullptr)));
    addPage(PageKind::Values, words(QT_TR_NOOP("What matters to you")), buildValuesPage());

    m_previous = new QPushButton(words(QT_TR_NOOP("◀ &Previous")), this);
    m_previous->setObjectName(u"presentationPrevious"_s);
    m_previous->setAccessibleName(words(QT_TR_NOOP("Previous page")));
    m_next = new QPushButton(words(QT_TR_NOOP("&Next ▶")), this);
    m_next->setObjectName(u"presentationNext"_s);
    m_next->setAccessibleName(words(QT_TR_NOOP("Next page")));
    m_position = new QLabel(this);
    m_position->setObjectName(u"presentationPosition"_s);
    m_fullScreen = new QPushButton(words(QT_TR_NOOP("&Full screen (F11)")), this);
    m_fullScreen->setAccessibleName(words(QT_TR_NOOP("Switch full screen on or off")));
    auto *close = new QPushButton(words(QT_TR_NOOP("&Close (Esc)")), this);
    close->setAccessibleName(words(QT_TR_NOOP("Close the presentation")));
    for (QPushButton *b : {m_previous, m_next, m_fullScreen, close})
        b->setMinimumHeight(56);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(currentPage() + 1); });
    connect(m_fullScreen, &QPushButton::clicked, this, &PresentationWindow::toggleFullScreen);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    // Window-wide, so they work whichever control has the focus.
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this, &QWidget::close);
    connect(new QShortcut(QKeySequence(Qt::Key_F11), this), &QShortcut::activated, this, &PresentationWindow::toggleFullScreen);
    connect(new QShortcut(QKeySequence(Qt::Key_PageDown), this), &QShortcut::activated, m_next, &QPushButton::click);
    connect(new QShortcut(QKeySequence(Qt::Key_PageUp), this), &QShortcut::activated, m_previous, &QPushButton::click);

    // The patient can switch the language here too, in plain sight (letter-and-handouts.md §5 rule 7).
    m_languageSwitch = new AidLanguageSwitch(aid, language, language, this);
    m_languageSwitch->setObjectName(u"presentationLanguage"_s);
    connect(m_languageSwitch, &AidLanguageSwitch::chosen, this, &PresentationWindow::languageRequested);

    // Two rows, so that large print and the longer Spanish labels still fit the width: the
    // page turning the patient follows, and below it the clinician's controls.
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_previous);
    pager->addWidget(m_position, 1, Qt::AlignCenter);
    pager->addWidget(m_next);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_languageSwitch);
    controls->addStretch(1);
    controls->addWidget(m_fullScreen);
    controls->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_reviewMark);
    layout->addWidget(m_pages, 1);
    layout->addLayout(pager);
    layout->addLayout(controls);
    resize(1280, 860);
    applyColours();
    showPage(0);
}

void PresentationWindow::applyColours()
{
    setPalette(LargePrint::windowPalette(QApplication::palette()));
    const QString slider = sliderStyle(LargePrint::colours());
    for (QSlider *s : std::as_const(m_sliders))
        s->setStyleSheet(slider);
    m_reviewMark->setStyleSheet(toneStyleSheet(m_reviewMark->objectName(), Tone::Caution, u"padding: 6px;"_s));
}

// The system's colours or font size changed while the patient looks at the aid.
bool PresentationWindow::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
    else if (event->type() == QEvent::ApplicationFontChange) {
        LargePrint::refreshFonts(this);
        fillOptionGrid(m_grid, m_aid, m_lang); // its columns are sized for the font
    }
    return QWidget::event(event); // not changeEvent(): QWidget does not pass these two on to it
}

void PresentationWindow::addPage(PageKind kind, const QString &title, QWidget *content)
{
    m_kinds << kind;
    m_titles << title;
    m_pages->addWidget(content);
}

QWidget *PresentationWindow::buildValuesPage()
{
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setVerticalSpacing(12);
    grid->addWidget(bigLabel(words(QT_TR_NOOP("How much does each of these matter to you? 0 means it does not matter, "
                                              "10 means it matters a lot.")),
                             content),
                    0, 0, 1, 3);
    int row = 1;
    for (const Aids::ValueStatement &value : m_aid.values) {
        const QString statement = contentText(value.statement, m_lang);
        grid->addWidget(bigLabel(statement, content, 1.0, true), row, 0, 1, 3);
        auto *slider = new QSlider(Qt::Horizontal, content);
        slider->setObjectName(u"presentationValue-"_s + value.id);
        slider->setRange(0, 10);
        slider->setPageStep(1);
        slider->setMinimumHeight(56);
        slider->setAccessibleName(words(QT_TR_NOOP("How much it matters: %1")).arg(statement));
        auto *mark = bigLabel(QString(), content);
        mark->setMinimumWidth(mark->fontMetrics().horizontalAdvance(words(QT_TR_NOOP("Not marked yet"))) + 16);
        m_sliders.insert(value.id, slider);
        m_marks.insert(value.id, mark);
        auto emitValue = [this, id = value.id, slider] {
            if (!m_loading)
                emit valueChanged(id, slider->value());
        };
        connect(slider, &QSlider::valueChanged, this, emitValue);
        connect(slider, &QSlider::sliderPressed, this, emitValue);
        auto *scale = new QHBoxLayout;
        scale->addWidget(bigLabel(words(QT_TR_NOOP("Does not matter")), content, 0.8));
        scale->addWidget(slider, 1);
        scale->addWidget(bigLabel(words(QT_TR_NOOP("Matters a lot")), content, 0.8));
        scale->addSpacing(16);
        grid->addLayout(scale, row + 1, 0, 1, 2);
        grid->addWidget(mark, row + 1, 2);
        grid->addWidget(bigLabel(pointsToText(m_aid, value, m_lang), content, 0.8), row + 2, 0, 1, 3);
        row += 3;
    }
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(0, 1);
    updateMarks();
    return scrolling(content);
}

int PresentationWindow::pageCount() const
{
    return m_pages->count();
}

int PresentationWindow::currentPage() const
{
    return m_pages->currentIndex();
}

QString PresentationWindow::pageTitle(int page) const
{
    return m_titles.value(page);
}

void PresentationWindow::showPage(int page)
{
    if (page < 0 || page >= pageCount())
        return;
    m_pages->setCurrentIndex(page);
    m_title->setText(m_titles[page]);
    m_position->setText(words(QT_TR_NOOP("%1 of %2")).arg(page + 1).arg(pageCount()));
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < pageCount());
}

void PresentationWindow::showSection(int section)
{
    const PageKind wanted = section == AidView::Outcomes ? PageKind::Outcome
                          : section == AidView::Values   ? PageKind::Values
                                                         : PageKind::Grid;
    const int page = int(m_kinds.indexOf(wanted));
    showPage(page < 0 ? 0 : page);
}

void PresentationWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void PresentationWindow::setValues(const QMap<QString, int> &marked)
{
    m_marked = marked;
    m_loading = true;
    for (auto it = m_sliders.begin(); it != m_sliders.end(); ++it)
        it.value()->setValue(marked.value(it.key(), AidValuesSection::kUnmarkedPosition));
    m_loading = false;
    updateMarks();
}

void PresentationWindow::setValuesEditable(bool editable)
{
    for (QSlider *s : std::as_const(m_sliders))
        s->setEnabled(editable);
}

void PresentationWindow::updateMarks()
{
    for (auto it = m_marks.begin(); it != m_marks.end(); ++it)
        it.value()->setText(m_marked.contains(it.key()) ? words(QT_TR_NOOP("%1 of 10")).arg(m_marked.value(it.key()))
                                                        : words(QT_TR_NOOP("Not marked yet")));
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    // Arrow keys turn pages unless a slider (which uses them itself) has the focus.
    if (event->key() == Qt::Key_Right)
        showPage(currentPage() + 1);
    else if (event->key() == Qt::Key_Left)
        showPage(currentPage() - 1);
    else
        QWidget::keyPressEvent(event);
}

} // namespace SpineDesk
