#pragma once

#include "storage/storageresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace SpineDesk {

struct ArchivedDocument {
    qint64 id = 0;
    qint64 visitId = 0;
    QString kind;     // "decision-summary", "letter", "handout", "pa-summary", "library-handout"
    QString language;
    int revision = 0; // the plan revision it was made from (0: as signed or draft)
    QString recipient; // e.g. the referring clinician, "patient"
    QString route;     // "print", "pdf", "fax" …
    QString notice;    // printed on every page, e.g. a translation pending review; empty: none
    qint64 createdBy = 0;
    QDateTime createdAt;
    QString sha256;
    QByteArray pdf;
};

// Every generated document is kept exactly as it was made (DESIGN.md): the PDF bytes, their
// SHA-256, kind, language, who made it and when. Rows are append-only; each is audited.
class DocumentArchive
{
    Q_DECLARE_TR_FUNCTIONS(DocumentArchive)
public:
    explicit DocumentArchive(QSqlDatabase db, qint64 actorId = 0);
    SaveResult add(ArchivedDocument &doc);
    QList<ArchivedDocument> forVisit(qint64 visitId) const; // newest first, with the bytes
    std::optional<ArchivedDocument> find(qint64 id) const;
    // Records that an archived document was printed or saved again, exactly as archived.
    bool recordReprint(const ArchivedDocument &doc, const QString &route);

private:
    QSqlDatabase m_db;
    qint64 m_actorId;
};

} // namespace SpineDesk
