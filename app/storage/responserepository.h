#pragma once

#include "core/instruments/scorer.h"
#include "storage/storageresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

namespace SpineDesk {

// A completed (or partly completed) questionnaire as stored: the answer codes, the scores
// computed then, and the SHA-256 of the definition that computed them.
struct StoredResponse {
    qint64 id = 0;
    qint64 visitId = 0;
    QString instrumentId;
    QString instrumentVersion;
    QString definitionSha256;
    QHash<QString, Instruments::Answer> answers;
    QString sex; // the sex the scoring used, where it depends on it
    bool complete = false;
    QMap<QString, std::optional<double>> scales; // unrounded
    std::optional<QString> band;
    QStringList alerts;
    QString mode; // "patient" (self-entry) or "clinician" (transcribed or asked)
    qint64 enteredBy = 0;
    QDateTime completedAt;
    QDate visitDate; // filled when read
    int rowVersion = 0;
};

// The JSON the answers and scores columns hold (also written in bulk by the demo writer).
QString responseAnswersJson(const QHash<QString, Instruments::Answer> &answers);
QString responseScoresJson(const StoredResponse &r);

// Builds a stored response from a definition and answers, scoring it now.
StoredResponse scoredResponse(const Instruments::Definition &d, const Instruments::Response &answers, qint64 visitId,
                              const QString &mode, qint64 enteredBy);

class ResponseRepository
{
    Q_DECLARE_TR_FUNCTIONS(ResponseRepository)
public:
    explicit ResponseRepository(QSqlDatabase db, qint64 actorId = 0);
    // Inserts, or replaces the visit's earlier response to the same instrument (row_version).
    SaveResult save(StoredResponse &r);
    QList<StoredResponse> forVisit(qint64 visitId) const;
    // Every response to the instrument in the episode, oldest first (baseline first).
    QList<StoredResponse> forEpisode(qint64 episodeId, const QString &instrumentId) const;

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

// A safety alert acknowledged with the action taken (red-flags.md rule 4 and 11).
struct AlertAcknowledgement {
    qint64 id = 0;
    qint64 visitId = 0;
    QString source;    // instrument id, or "red-flags"
    QString alertCode; // e.g. "self-harm"
    QString reference; // e.g. the item linkId
    QString action;
    qint64 acknowledgedBy = 0;
    QDateTime acknowledgedAt;
};

class AlertRepository
{
    Q_DECLARE_TR_FUNCTIONS(AlertRepository)
public:
    explicit AlertRepository(QSqlDatabase db, qint64 actorId = 0);
    SaveResult acknowledge(AlertAcknowledgement &a);
    QList<AlertAcknowledgement> forVisit(qint64 visitId) const;

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
