#pragma once

#include "core/clinic.h"
#include "ui/fielderrors.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace SpineDesk {

// The clinic's letterhead (letter-and-handouts.md §3 row 1: centre name, address, phone, fax)
// and its working language (§5: the letter to the primary clinician is in that language).
// The logo is kept as PNG bytes, whatever format the file was.
class ClinicSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxLogoWidth = 1200; // larger images are reduced; a letterhead needs no more
    static constexpr int kMaxLogoHeight = 600;

    ClinicSettingsDialog(QSqlDatabase db, qint64 actorId, QWidget *parent = nullptr);

    ClinicProfile profile() const; // what the form shows now
    // Checks and saves; false with the problems shown beside the fields (or a conflict).
    bool save();
    // Reads an image file as the logo; false with the reason when it is not an image.
    bool setLogoFile(const QString &path, QString *error);
    void clearLogo();

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *addressEdit() const { return m_address; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *faxEdit() const { return m_fax; }
    QComboBox *languageCombo() const { return m_language; }
    QLabel *logoPreview() const { return m_logo; }
    QLabel *stateLabel() const { return m_state; }
    QString errorText(const QString &field) const { return m_errors.messageFor(field); }

public slots:
    void accept() override;

private:
    void showProfile(const ClinicProfile &profile);
    void updateLogo();
    void chooseLogo();

    QSqlDatabase m_db;
    qint64 m_actorId;
    int m_rowVersion = 0;
    QByteArray m_logoPng;
    FieldErrorLabels m_errors;
    QLineEdit *m_name = nullptr, *m_phone = nullptr, *m_fax = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_logo = nullptr, *m_state = nullptr;
    QPushButton *m_removeLogo = nullptr;
};

} // namespace SpineDesk
