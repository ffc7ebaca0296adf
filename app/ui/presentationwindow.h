#pragma once

#include "core/decisionaids/aid.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;
class QStackedWidget;
class QTableWidget;

namespace SpineDesk {

class AidLanguageSwitch;
class IconArrayWidget;
class ScaleShiftWidget;

// Presentation mode for a decision aid: a large, uncluttered window to turn towards the
// patient or show on a second monitor. One page at a time in big type: the option grid, each
// outcome's icon arrays (or scale shift), then the value statements, which the patient can
// mark here too. Next/Previous (Page Down/Up, arrow keys), F11 full screen, Esc closes.
// Everything in it is in the aid's language, the fixed texts too, with the languages the aid
// has as buttons and the pending-review mark on every page while that language awaits review.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kBasePointSize = 20;
    // Already twice the usual size: a larger system font grows it by at most this much, so
    // the page and its buttons still fit a 1280-pixel-wide window in Spanish too.
    static constexpr qreal kMaximumFontScale = 1.4;
    static constexpr int kArraySide = 380;

    PresentationWindow(const Aids::DecisionAid &aid, const QString &language, QWidget *parent = nullptr);

    int pageCount() const;
    int currentPage() const;
    QString pageTitle(int page) const;
    void showPage(int page);
    // Opens the page for an AidView::Section: options, outcomes or values.
    void showSection(int section);
    void toggleFullScreen();

    void setValues(const QMap<QString, int> &marked); // value id -> 0–10; absent = not marked
    void setValuesEditable(bool editable);

    QTableWidget *optionGrid() const { return m_grid; }
    QList<IconArrayWidget *> iconArrays() const { return m_arrays; }
    QSlider *valueSlider(const QString &valueId) const { return m_sliders.value(valueId); }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    QLabel *reviewMark() const { return m_reviewMark; }
    AidLanguageSwitch *languageSwitch() const { return m_languageSwitch; }
    QString language() const { return m_lang; }

signals:
    void valueChanged(const QString &valueId, int value);
    void languageRequested(const QString &lang); // the aid view rebuilds it in that language

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void applyColours();
    QString words(const char *source) const; // a fixed text in the aid's language (textIn, i18n/language.h)
    enum class PageKind { Grid, Outcome, Values };
    void addPage(PageKind kind, const QString &title, QWidget *content);
    QWidget *buildValuesPage();
    void updateMarks();

    Aids::DecisionAid m_aid;
    QString m_lang;
    QList<PageKind> m_kinds;
    QStringList m_titles;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_title = nullptr, *m_position = nullptr, *m_reviewMark = nullptr;
    AidLanguageSwitch *m_languageSwitch = nullptr;
    QPushButton *m_previous = nullptr, *m_next = nullptr, *m_fullScreen = nullptr;
    QTableWidget *m_grid = nullptr;
    QList<IconArrayWidget *> m_arrays;
    QList<ScaleShiftWidget *> m_shifts;
    QHash<QString, QSlider *> m_sliders;
    QHash<QString, QLabel *> m_marks;
    QMap<QString, int> m_marked;
    bool m_loading = false;
};

} // namespace SpineDesk
