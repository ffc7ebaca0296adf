#include "ui/documentarchiveview.h"

#include "documents/visitdocuments.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace SpineDesk {

DocumentArchiveView::DocumentArchiveView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"documentArchive"_s);
    setAccessibleName(tr("Archived documents"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Date and time"), tr("Document"), tr("Language"), tr("Notice on every page"), tr("Plan revision"), tr("Recipient"),
                     tr("Route"), tr("Made by"), tr("SHA-256")});
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

QString DocumentArchiveView::kindLabel(const QString &kindCode)
{
    if (const auto kind = documentKindFromCode(kindCode))
        return documentKindLabel(*kind);
    if (kindCode == u"decision-summary")
        return tr("Decision summary");
    return kindCode;
}

QString DocumentArchiveView::routeLabel(const QString &route)
{
    if (route == u"print")
        return tr("printed");
    if (route == u"pdf")
        return tr("saved as PDF");
    if (route == u"preview-print")
        return tr("printed from the preview");
    if (route == u"fax")
        return tr("faxed");
    return route;
}

void DocumentArchiveView::setDocuments(const QList<ArchivedDocument> &documents, const QHash<qint64, QString> &names)
{
    const qint64 selected = currentDocumentId();
    clear();
    const QLocale locale;
    for (const ArchivedDocument &d : documents) {
        auto *item = new QTreeWidgetItem(this);
        item->setData(0, Qt::UserRole, d.id);
        item->setText(When, locale.toString(d.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(Kind, kindLabel(d.kind));
        item->setText(Language, d.language);
        // As printed, e.g. that the translation awaits a qualified medical translator's review.
        item->setText(Notice, d.notice);
        item->setToolTip(Notice, d.notice);
        item->setText(Revision, d.revision == 0 ? tr("original plan") : tr("addendum %1").arg(d.revision));
        item->setText(Recipient, d.recipient == u"patient" ? tr("patient") : d.recipient);
        item->setText(Route, routeLabel(d.route));
        item->setText(Who, names.value(d.createdBy, d.createdBy ? tr("clinician %1").arg(d.createdBy) : tr("unknown")));
        item->setText(Sha256, d.sha256.left(12) + u'…');
        item->setToolTip(Sha256, d.sha256);
        item->setData(Sha256, Qt::AccessibleDescriptionRole, d.sha256);
        if (d.id == selected)
            setCurrentItem(item);
    }
    if (!currentItem() && topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
}

qint64 DocumentArchiveView::currentDocumentId() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

} // namespace SpineDesk
