#pragma once

#include "core/decisionaids/aid.h"

#include <QList>
#include <QString>

class QButtonGroup;
class QLabel;
class QTableWidget;
class QWidget;

namespace SpineDesk {

class IconArrayWidget;
class ScaleShiftWidget;

// The parts of a decision aid that the aid view and presentation mode both show, and the
// label helpers its sections share. The parts are worded in the aid's language `lang`, fixed
// texts included, whatever language the program is in (issue 8: one language per screen the
// patient reads).

// Plain, wrapped, selectable text. A `scale` other than 1 is kept as the "fontScale"
// property, so presentation mode can re-apply it to its larger base font.
QLabel *wrappedLabel(const QString &text, QWidget *parent, bool bold = false, qreal scale = 1.0);
QLabel *smallLabel(const QString &text, QWidget *parent);
// `content` in a frameless scroll area that resizes it.
QWidget *scrollingPage(QWidget *content);
// Leaves an exclusive group with nothing checked.
void uncheckAll(QButtonGroup *group);

// The option grid: options as columns in the aid's fixed order, the patient's questions as
// rows, the evidence IDs of each row in the last column.
void fillOptionGrid(QTableWidget *table, const Aids::DecisionAid &aid, const QString &lang);
// One outcome: title, population, horizon and design above; one icon array per option side
// by side (the same 100 for each); statement, uncertainty and evidence ID below.
QWidget *makeOutcomePanel(const Aids::DecisionAid &aid, const Aids::Outcome &outcome, const QString &lang,
                          QList<IconArrayWidget *> *arrays, QWidget *parent);
QWidget *makeScaleShiftPanel(const Aids::DecisionAid &aid, const Aids::ScaleShift &shift, const QString &lang,
                             QList<ScaleShiftWidget *> *shifts, QWidget *parent);
// "Points towards: Surgery, Injection".
QString pointsToText(const Aids::DecisionAid &aid, const Aids::ValueStatement &value, const QString &lang);
// The "pending review by a qualified medical translator" mark (issue 8), in `lang`: shown
// while the aid's texts in `lang` are a translation no reviewer has recorded, hidden otherwise.
QLabel *makeReviewMark(const Aids::DecisionAid &aid, const QString &lang, QWidget *parent);

} // namespace SpineDesk
