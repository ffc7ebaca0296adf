#pragma once

#include "core/decisionaids/aid.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpineDesk::Aids {

// The IPDAS criteria every aid must meet (shared-decisions.md §1.2–1.3): six qualifying
// (Q1–Q6) and six general certification criteria (C1–C6). Wording there is a paraphrase [R].
QStringList ipdasCriteria();
QString ipdasCriterionText(const QString &id);

struct ChecklistItem {
    QString criterion; // "Q1"
    QStringList where; // JSON paths in the aid
    QString how;
};

struct Checklist {
    QString aid;
    QList<ChecklistItem> items;
    QString notApplicable;
};

std::optional<Checklist> parseChecklist(const QByteArray &json, const QString &fileName, QStringList *errors);

// Checks the aid against its checklist: every criterion listed, every path present and not
// empty, and the structural rule behind each criterion (e.g. Q3: a conservative option;
// C1: every option answered in every grid row). Errors name the checklist file.
QStringList checkAid(const DecisionAid &aid, const Checklist &checklist, const QString &checklistFile);

// The value at a path such as "grid[2].answers" in `root`; undefined when absent.
QJsonValue valueAtPath(const QJsonObject &root, const QString &path);

} // namespace SpineDesk::Aids
