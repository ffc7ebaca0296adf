#pragma once

#include "documents/iconarray.h"

#include <QWidget>

namespace SpineDesk {

// One icon array on screen: the 100 icons and their legend, drawn by the same painter as the
// printed page (documents/iconarray.h). Its accessible description is the text equivalent
// ("39 of 100 people had an operation; 61 of 100 did not."), its accessible value the legend
// (ui/accessibilitywidgets.h).
class IconArrayWidget : public QWidget
{
    Q_OBJECT
public:
    IconArrayWidget(const IconArraySpec &spec, const QString &accessibleName, QWidget *parent = nullptr);

    const IconArraySpec &spec() const { return m_spec; }
    QString text() const { return iconArrayText(m_spec); }
    // The legend's sentences as the printed page words them, read out as the array's value:
    // "Thirty-nine (39) of 100 people had an operation; Sixty-one (61) of 100 people did not".
    QString legendText() const;
    // Larger in presentation mode; the array never grows past this side length.
    void setMaximumArraySide(int pixels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int arraySide(int width) const;

    IconArraySpec m_spec;
    int m_maxSide = 240;
};

} // namespace SpineDesk
