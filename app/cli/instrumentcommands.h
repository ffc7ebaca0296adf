#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace SpineDesk::Cli {

// score, instruments and content: what the command line does with instrument content.
// `wordingDir` holds licensed wording imported by the clinic.
int scoreCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int instrumentsCommand(const QStringList &args, const QString &wordingDir, QTextStream &out, QTextStream &err);
int contentCommand(const QStringList &args, const QString &wordingDir, QTextStream &out, QTextStream &err);

} // namespace SpineDesk::Cli
