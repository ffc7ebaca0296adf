#pragma once

#include "core/therapy/certification.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace SpineDesk {

class DateField;

// "Record sent…": when, how and to whom the plan of care went, and which archived PDF.
class TransmissionDialog : public QDialog
{
    Q_OBJECT
public:
    // `linkedDocument` is the latest archived plan-of-care PDF (0: none), described in `documentText`.
    TransmissionDialog(const QString &recipient, qint64 linkedDocument, const QString &documentText, QWidget *parent = nullptr);
    Therapy::Transmission transmission() const; // visit and recorder are the caller's

    DateField *dateField() const { return m_date; }
    QComboBox *routeCombo() const { return m_route; }
    QLineEdit *recipientEdit() const { return m_recipient; }
    QCheckBox *linkBox() const { return m_link; }

private:
    void tryAccept();

    qint64 m_document = 0;
    DateField *m_date = nullptr;
    QComboBox *m_route = nullptr;
    QLineEdit *m_recipient = nullptr;
    QCheckBox *m_link = nullptr;
    QLabel *m_error = nullptr;
};

// "Record signed certification…": the referring clinician's signed and dated plan came back.
class CertificationReturnDialog : public QDialog
{
    Q_OBJECT
public:
    CertificationReturnDialog(const QString &signedBy, QDate firstSent, QWidget *parent = nullptr);
    Therapy::CertificationReturn certificationReturn() const;

    DateField *dateField() const { return m_date; }
    QLineEdit *signedByEdit() const { return m_signedBy; }
    QCheckBox *changesBox() const { return m_withChanges; }
    QPlainTextEdit *changesEdit() const { return m_changes; }

private:
    void tryAccept();

    QDate m_firstSent;
    DateField *m_date = nullptr;
    QLineEdit *m_signedBy = nullptr;
    QCheckBox *m_withChanges = nullptr;
    QPlainTextEdit *m_changes = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace SpineDesk
