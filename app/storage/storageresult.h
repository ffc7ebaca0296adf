#pragma once

#include <QString>

namespace SpineDesk {

// The outcome of a save. Conflict: another window or workstation saved first (row_version
// moved on); nothing was written and the caller must tell the user.
struct SaveResult {
    enum class Status { Saved, Conflict, Failed };
    Status status = Status::Saved;
    QString message;

    static SaveResult saved() { return {}; }
    static SaveResult conflict(const QString &why) { return {Status::Conflict, why}; }
    static SaveResult failed(const QString &why) { return {Status::Failed, why}; }
    bool ok() const { return status == Status::Saved; }
};

} // namespace SpineDesk
