#include "storage/assessmentloader.h"

#include "core/durationclass.h"
#include "storage/intakerepository.h"
#include "storage/redflagrepository.h"
#include "storage/responserepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct LoaderText {
    Q_DECLARE_TR_FUNCTIONS(AssessmentLoader)
};

ScoreRecord record(const StoredResponse &r)
{
    return {r.instrumentId, r.visitDate, r.complete, r.scales, r.band, r.alerts};
}
} // namespace

QList<ScoreRecord> loadScoreRecords(const QSqlDatabase &db, qint64 visitId)
{
    QList<ScoreRecord> out;
    for (const StoredResponse &r : ResponseRepository(db).forVisit(visitId))
        out << record(r);
    return out;
}

AssessmentSummary loadAssessmentSummary(const QSqlDatabase &db, const Instruments::Library &library, const Visit &visit,
                                        QStringList *errors)
{
    const ResponseRepository responses(db);
    QList<ScoreRecord> current;
    QMap<QString, ScoreRecord> baselines;
    for (const StoredResponse &r : responses.forVisit(visit.id)) {
        current << record(r);
        const auto series = responses.forEpisode(visit.episodeId, r.instrumentId);
        if (!series.isEmpty())
            baselines.insert(r.instrumentId, record(series.first()));
    }
    QStringList acknowledged;
    for (const AlertAcknowledgement &a : AlertRepository(db).forVisit(visit.id))
        acknowledged << a.source + u':' + a.alertCode;
    const Intake intake = IntakeRepository(db).load(visit.id);
    AssessmentSummary summary =
        summarize(library, current, baselines, durationClass(intake.onsetDate, visit.visitDate), acknowledged);

    QStringList contentErrors;
    static const auto redFlags = RedFlagChecklist::load(RedFlagChecklist::bundledPath(), &contentErrors);
    static const auto yellowFlags = YellowFlagChecklist::load(YellowFlagChecklist::bundledPath(), &contentErrors);
    QString error;
    const auto screen = RedFlagRepository(db).load(visit.id, &error);
    if (screen && redFlags) {
        addFlags(summary, *redFlags, screen->redFlags, yellowFlags ? &*yellowFlags : nullptr, &screen->yellowFlags);
    } else {
        const QString why = !screen ? error : LoaderText::tr("the red-flag checklist cannot be loaded");
        summary.redFlagStatus = LoaderText::tr("Red-flag screen unavailable: %1").arg(why);
        if (errors)
            *errors << summary.redFlagStatus;
    }
    return summary;
}

} // namespace SpineDesk
