#pragma once

#include "core/instruments/scorer.h"
#include "core/patient.h"
#include "storage/responserepository.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;

namespace SpineDesk {

class ItemRow;

// Clinician entry: the whole instrument on one page for transcribing a paper form or
// asking aloud. Digit keys choose an answer and move on; "-" or Delete clears it.
class InstrumentForm : public QDialog
{
    Q_OBJECT
public:
    InstrumentForm(QSqlDatabase db, const Instruments::Definition &definition, qint64 visitId, const Patient &patient,
                   qint64 clinicianId, const std::optional<StoredResponse> &existing, QWidget *parent = nullptr);

    Instruments::Response response() const;
    Instruments::Result result() const;
    const StoredResponse &saved() const { return m_saved; }
    // Sets an answer by its position (or value, for numeric items), as a key press would.
    bool setAnswer(const QString &linkId, int positionOrValue);
    void accept() override;

private:
    void refresh();

    QSqlDatabase m_db;
    const Instruments::Definition &m_definition;
    qint64 m_visitId;
    qint64 m_clinicianId;
    StoredResponse m_saved;
    QList<ItemRow *> m_rows;
    QComboBox *m_sex = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace SpineDesk
