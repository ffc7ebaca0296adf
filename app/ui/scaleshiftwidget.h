#pragma once

#include "documents/scaleshift.h"

#include <QWidget>

namespace SpineDesk {

// A mean difference drawn as a shift along its scale, by the same painter as the printed
// page (documents/scaleshift.h); its accessible description is the text equivalent.
class ScaleShiftWidget : public QWidget
{
    Q_OBJECT
public:
    ScaleShiftWidget(const ScaleShiftSpec &spec, const QString &accessibleName, QWidget *parent = nullptr);

    const ScaleShiftSpec &spec() const { return m_spec; }
    QString text() const { return scaleShiftText(m_spec); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ScaleShiftSpec m_spec;
};

} // namespace SpineDesk
