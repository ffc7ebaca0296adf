#pragma once

// Qt Charts builders for the clinic's outcome figures (issue 7), shared by the dashboard
// (shown in a QChartView) and the outcome report (painted as vectors with paintChart). Each
// returns a new chart the caller owns, with no animations, its texts through tr(). Charts
// count episodes of care and carry no patient identifiers.

#include "core/outcomes/outcomefigures.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <functional>

class QChart;

namespace SpineDesk::OutcomeCharts {

// Words for the codes the figures are keyed by.
QString scaleLabel(const QString &instrumentId);        // "ODI", "PEG", "NRS back", "NRS leg"
QString timePointLabel(const Outcomes::TimePoint &at);  // "6 weeks"
QString stratumLabel(const QString &band);              // "Low risk"; "" → "not recorded"
QString durationLabel(const QString &durationCode);     // "Acute (< 4 weeks)" …; "" → "not recorded"
QString conditionLabel(const QString &diagnosisId);     // the catalogue's label, else the id
using KeyLabel = std::function<QString(const QString &key)>;

// "12 of 40, 30 %" (whole per cent; "< 1 %" and "> 99 %" rather than a rounded 0 or 100);
// "no patients" when the denominator is empty, never 0 %.
QString shareText(qsizetype numerator, qsizetype denominator);
QString shareText(const Outcomes::Proportion &p);
QString episodesText(qsizetype n); // "1 episode", "12 episodes"

// The keys of a count in reading order: `preferred` first (in that order), then the others
// alphabetically, "" (not recorded) last.
QStringList orderedKeys(const QMap<QString, QList<qint64>> &counts, const QStringList &preferred = {});
inline const QStringList kStratumOrder = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
inline const QStringList kDurationOrder = {QStringLiteral("acute"), QStringLiteral("subacute"), QStringLiteral("chronic"),
                                           QStringLiteral("unknown")};

// Days from referral received to first visit: the median and the 90th percentile as bars,
// the number of episodes counted and excluded in the title.
QChart *accessChart(const Outcomes::Distribution &access);

// Episodes per key (one bar each, in orderedKeys(counts, order), "not recorded" last). With
// `total` > 0 each category says its share of that many episodes.
QChart *caseMixChart(const QString &title, const QMap<QString, QList<qint64>> &counts, const KeyLabel &label, int total = 0,
                     const QStringList &order = {});

// Per scale and time point, the eligible episodes stacked as reached / not reached / missing
// follow-up, so the missing data shows beside the result. Scales in `unverified` (instrument
// ids whose MCID source is not verified, e.g. PEG) say so in their category.
QChart *mcidChart(const QList<Outcomes::McidFigure> &figures, const QStringList &unverified = {});

// Shares in per cent (0–100), one bar each; every category names its numerator and
// denominator, and an empty denominator says "no patients" instead of a bar.
QChart *proportionsChart(const QString &title, const QList<QPair<QString, Outcomes::Proportion>> &items);

} // namespace SpineDesk::OutcomeCharts
