#pragma once

#include "storage/documentarchive.h"

#include <QHash>
#include <QTreeWidget>

namespace SpineDesk {

// The documents archived for a visit, newest first: date and time, kind, language, plan
// revision, recipient, route, who made it, and the SHA-256 (shortened; in full in the tooltip).
// Each row's Qt::UserRole holds the archive id.
class DocumentArchiveView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { When, Kind, Language, Notice, Revision, Recipient, Route, Who, Sha256, ColumnCount };

    explicit DocumentArchiveView(QWidget *parent = nullptr);
    // `names` maps clinician ids to the names shown in the "Who" column.
    void setDocuments(const QList<ArchivedDocument> &documents, const QHash<qint64, QString> &names);
    qint64 currentDocumentId() const; // 0 when none is selected

    static QString kindLabel(const QString &kindCode);
    static QString routeLabel(const QString &route);
};

} // namespace SpineDesk
