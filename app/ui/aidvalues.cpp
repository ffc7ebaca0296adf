#include "ui/aidvalues.h"

#include "i18n/language.h"
#include "ui/aidsections.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

QString AidValuesSection::words(const char *source) const
{
    return textIn(m_lang, staticMetaObject.className(), source);
}

AidValuesSection::AidValuesSection(const Aids::DecisionAid &aid, const QString &lang, QWidget *parent)
    : QWidget(parent)
    , m_options(aid.options)
    , m_values(aid.values)
    , m_lang(lang)
{
    auto *v = new QVBoxLayout(this);
    v->addWidget(wrappedLabel(words(QT_TR_NOOP("How much does each of these matter to you? There are no right or wrong answers. "
                                 "0 means it does not matter to you, 10 means it matters a lot.")),
                              this));
    auto *grid = new QGridLayout;
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 2);
    int row = 0;
    for (const Aids::ValueStatement &value : std::as_const(m_values)) {
        const QString statement = contentText(value.statement, m_lang);
        auto *label = wrappedLabel(statement, this, true);
        auto *slider = new QSlider(Qt::Horizontal, this);
        slider->setObjectName(u"value-"_s + value.id);
        slider->setRange(0, 10);
        slider->setPageStep(1);
        slider->setTickPosition(QSlider::TicksBelow);
        slider->setTickInterval(1);
        slider->setMinimumWidth(180);
        slider->setAccessibleName(words(QT_TR_NOOP("How much it matters: %1")).arg(statement));
        slider->setAccessibleDescription(
            words(QT_TR_NOOP("0 does not matter, 10 matters a lot. %1")).arg(pointsToText(aid, value, m_lang)));
        auto *mark = new QLabel(this);
        mark->setObjectName(u"valueMark-"_s + value.id);
        mark->setMinimumWidth(mark->fontMetrics().horizontalAdvance(words(QT_TR_NOOP("Not marked yet"))) + 8);
        auto *clear = new QToolButton(this);
        clear->setText(words(QT_TR_NOOP("Clear")));
        clear->setAccessibleName(words(QT_TR_NOOP("Clear the mark for: %1")).arg(statement));
        m_sliders.insert(value.id, slider);
        m_marks.insert(value.id, mark);
        m_clear.insert(value.id, clear);
        // Any use of the slider marks the value, even when it ends where it started.
        connect(slider, &QSlider::actionTriggered, this, [this, id = value.id] { markValue(id, true); });
        connect(slider, &QSlider::sliderPressed, this, [this, id = value.id] { markValue(id, true); });
        connect(slider, &QSlider::valueChanged, this, [this, id = value.id] {
            if (!m_loading)
                markValue(id, true);
        });
        connect(clear, &QToolButton::clicked, this, [this, id = value.id] { markValue(id, false); });
        grid->addWidget(label, row, 0, 1, 1);
        auto *scale = new QHBoxLayout;
        QLabel *low = smallLabel(words(QT_TR_NOOP("Does not matter")), this);
        QLabel *high = smallLabel(words(QT_TR_NOOP("Matters a lot")), this);
        low->setWordWrap(false);
        high->setWordWrap(false);
        scale->addWidget(low);
        scale->addWidget(slider, 1);
        scale->addWidget(high);
        grid->addLayout(scale, row, 1, 1, 2);
        grid->addWidget(mark, row, 3);
        grid->addWidget(clear, row, 4);
        grid->addWidget(smallLabel(pointsToText(aid, value, m_lang), this), row + 1, 0, 1, 5);
        row += 2;
    }
    v->addLayout(grid);

    // Beside the options: which marked values point to each one. Deliberately no totals.
    auto *beside = new QGroupBox(words(QT_TR_NOOP("Your values beside the options")), this);
    beside->setObjectName(u"valuesBesideOptions"_s);
    auto *bl = new QVBoxLayout(beside);
    bl->addWidget(smallLabel(
        words(QT_TR_NOOP("This is not a score. It shows which of the things you marked each option fits with.")), beside));
    auto *cols = new QHBoxLayout;
    for (const Aids::Option &o : std::as_const(m_options)) {
        auto *col = new QVBoxLayout;
        col->addWidget(wrappedLabel(contentText(o.label, m_lang), beside, true));
        auto *list = wrappedLabel(QString(), beside);
        list->setObjectName(u"beside-"_s + o.id);
        list->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_besideOption.insert(o.id, list);
        col->addWidget(list, 1);
        cols->addLayout(col, 1);
    }
    bl->addLayout(cols);
    v->addWidget(beside);
    v->addStretch();
}

QMap<QString, int> AidValuesSection::marked() const
{
    QMap<QString, int> out;
    for (const QString &id : m_marked)
        out.insert(id, m_sliders.value(id)->value());
    return out;
}

void AidValuesSection::setMarked(const QMap<QString, int> &marked)
{
    m_loading = true;
    m_marked.clear();
    for (const Aids::ValueStatement &value : std::as_const(m_values)) {
        QSlider *slider = m_sliders.value(value.id);
        if (marked.contains(value.id)) {
            slider->setValue(marked.value(value.id));
            m_marked.insert(value.id);
        } else {
            slider->setValue(kUnmarkedPosition);
        }
    }
    m_loading = false;
    updateLabels();
}

void AidValuesSection::mark(const QString &valueId, int value)
{
    if (QSlider *s = m_sliders.value(valueId)) {
        s->setValue(value);
        markValue(valueId, true);
    }
}

void AidValuesSection::setEditable(bool editable)
{
    m_editable = editable;
    for (QSlider *s : std::as_const(m_sliders))
        s->setEnabled(editable);
    updateLabels();
}

void AidValuesSection::markValue(const QString &valueId, bool marked)
{
    if (m_loading || !m_editable)
        return;
    if (marked)
        m_marked.insert(valueId);
    else {
        m_marked.remove(valueId);
        m_loading = true; // moving the handle back is not a new mark
        m_sliders.value(valueId)->setValue(kUnmarkedPosition);
        m_loading = false;
    }
    updateLabels();
    emit edited();
}

void AidValuesSection::updateLabels()
{
    for (const Aids::ValueStatement &value : std::as_const(m_values)) {
        const bool marked = m_marked.contains(value.id);
        QLabel *label = m_marks.value(value.id);
        label->setText(marked ? words(QT_TR_NOOP("%1 of 10")).arg(m_sliders.value(value.id)->value())
                              : words(QT_TR_NOOP("Not marked yet")));
        label->setAccessibleName(words(QT_TR_NOOP("Mark for: %1")).arg(contentText(value.statement, m_lang)));
        m_clear.value(value.id)->setVisible(marked && m_editable);
    }
    for (const Aids::Option &o : std::as_const(m_options)) {
        QStringList lines;
        for (const Aids::ValueStatement &value : std::as_const(m_values))
            if (value.pointsTo.contains(o.id) && m_marked.contains(value.id))
                lines << words(QT_TR_NOOP("• %1 — %2 of 10"))
                             .arg(contentText(value.statement, m_lang))
                             .arg(m_sliders.value(value.id)->value());
        m_besideOption.value(o.id)->setText(lines.isEmpty() ? words(QT_TR_NOOP("Nothing marked yet that points this way."))
                                                            : lines.join(u'\n'));
    }
}

} // namespace SpineDesk
