#pragma once

// Reading rendered PDFs back with poppler-utils (pdftotext, pdffonts, pdfinfo) for the
// document tests.

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

namespace SpineDesk::PdfTools {

using namespace Qt::StringLiterals;

inline QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

// The PDF written to a file in `dir`; empty when it cannot be written.
inline QString writePdf(const QTemporaryDir &dir, const QByteArray &pdf)
{
    const QString file = dir.filePath(u"document.pdf"_s);
    QFile f(file);
    return f.open(QIODevice::WriteOnly) && f.write(pdf) == pdf.size() ? file : QString();
}

inline QString run(const QString &program, const QStringList &arguments, const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString file = writePdf(dir, pdf);
    if (file.isEmpty())
        return {};
    QProcess p;
    p.start(tool(program), arguments + QStringList{file} + (program == u"pdftotext" ? QStringList{u"-"_s} : QStringList{}));
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of one page (1-based), whitespace collapsed, ligatures unfolded.
inline QString pageText(const QByteArray &pdf, int page)
{
    const QString text = run(u"pdftotext"_s,
                             {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page)}, pdf);
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

inline QString allText(const QByteArray &pdf)
{
    return run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s}, pdf).normalized(QString::NormalizationForm_KC).simplified();
}

inline int pageCount(const QByteArray &pdf)
{
    const QString info = run(u"pdfinfo"_s, {}, pdf);
    for (const QString &line : info.split(u'\n'))
        if (line.startsWith(u"Pages:"))
            return line.mid(6).trimmed().toInt();
    return -1;
}

inline QString info(const QByteArray &pdf, const QStringList &extra = {})
{
    return run(u"pdfinfo"_s, extra, pdf);
}

// pdffonts rows after the two header lines; each row's "emb" column must say "yes".
struct FontRow {
    QString name;
    bool embedded = false;
};
inline QList<FontRow> fonts(const QByteArray &pdf)
{
    const QStringList lines = run(u"pdffonts"_s, {}, pdf).split(u'\n', Qt::SkipEmptyParts);
    QList<FontRow> rows;
    if (lines.size() < 2)
        return rows;
    // The "emb" column starts where the header says it does.
    const int emb = int(lines.first().indexOf(u" emb "_s)) + 1;
    for (int i = 2; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        rows.append({l.section(u' ', 0, 0), l.mid(emb, 3) == u"yes"});
    }
    return rows;
}

// SPINEDESK_SCREENSHOTS=DIR keeps a copy of a rendered PDF to look at (pdftoppm -png).
inline void keepForLooking(const QByteArray &pdf, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("SPINEDESK_SCREENSHOTS"); !dir.isEmpty()) {
        QFile f(dir + u'/' + name);
        if (f.open(QIODevice::WriteOnly))
            f.write(pdf);
    }
}

} // namespace SpineDesk::PdfTools
