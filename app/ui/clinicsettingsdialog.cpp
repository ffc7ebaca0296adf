#include "ui/clinicsettingsdialog.h"

#include "core/validation.h"
#include "i18n/language.h"
#include "storage/clinicrepository.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

ClinicSettingsDialog::ClinicSettingsDialog(QSqlDatabase db, qint64 actorId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actorId(actorId)
{
    setWindowTitle(tr("Clinic letterhead"));
    setObjectName(u"clinicSettings"_s);
    auto *intro = new QLabel(tr("Printed at the top of every letter, handout and summary. Letters to referring clinicians "
                                "are written in the working language."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"clinicName"_s);
    m_name->setAccessibleName(tr("Clinic name"));
    m_name->setMaxLength(200);
    m_errors.addRow(form, tr("Clinic &name"), m_name, u"name"_s);
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(u"clinicAddress"_s);
    m_address->setAccessibleName(tr("Address, one line per line"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_errors.addRow(form, tr("&Address"), m_address, u"addressLines"_s);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"clinicPhone"_s);
    m_phone->setAccessibleName(tr("Clinic phone"));
    m_phone->setMaxLength(40);
    m_errors.addRow(form, tr("&Phone"), m_phone, u"phone"_s);
    m_fax = new QLineEdit(this);
    m_fax->setObjectName(u"clinicFax"_s);
    m_fax->setAccessibleName(tr("Clinic fax"));
    m_fax->setMaxLength(40);
    m_errors.addRow(form, tr("&Fax"), m_fax, u"fax"_s);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"workingLanguage"_s);
    m_language->setAccessibleName(tr("Working language of the clinic"));
    for (const QString &lang : supportedLanguages())
        m_language->addItem(QLocale(lang).nativeLanguageName(), lang);
    m_errors.addRow(form, tr("&Working language"), m_language, u"workingLanguage"_s);

    m_logo = new QLabel(this);
    m_logo->setObjectName(u"logoPreview"_s);
    m_logo->setAccessibleName(tr("Logo preview"));
    m_logo->setMinimumSize(200, 80);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    auto *chooseLogo = new QPushButton(tr("C&hoose logo…"), this);
    chooseLogo->setObjectName(u"chooseLogo"_s);
    chooseLogo->setAccessibleName(tr("Choose a logo image file"));
    connect(chooseLogo, &QPushButton::clicked, this, &ClinicSettingsDialog::chooseLogo);
    m_removeLogo = new QPushButton(tr("&Remove logo"), this);
    m_removeLogo->setObjectName(u"removeLogo"_s);
    m_removeLogo->setAccessibleName(tr("Remove the logo"));
    connect(m_removeLogo, &QPushButton::clicked, this, &ClinicSettingsDialog::clearLogo);
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch();
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addLayout(logoButtons);
    auto *logoLabel = new QLabel(tr("Logo"), this);
    form->addRow(logoLabel, logoRow);

    m_state = new QLabel(this);
    m_state->setObjectName(u"saveState"_s);
    m_state->setAccessibleName(tr("Save status"));
    m_state->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveClinic"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClinicSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    showProfile(ClinicRepository(m_db, m_actorId).load());
}

void ClinicSettingsDialog::showProfile(const ClinicProfile &p)
{
    m_rowVersion = p.rowVersion;
    m_name->setText(p.name);
    m_address->setPlainText(p.addressLines.join(u'\n'));
    m_phone->setText(p.phone);
    m_fax->setText(p.fax);
    m_language->setCurrentIndex(std::max(0, int(m_language->findData(p.workingLanguage))));
    m_logoPng = p.logoPng;
    updateLogo();
}

ClinicProfile ClinicSettingsDialog::profile() const
{
    ClinicProfile p;
    p.name = m_name->text().trimmed();
    for (const QString &line : m_address->toPlainText().split(u'\n'))
        if (const QString t = line.trimmed(); !t.isEmpty())
            p.addressLines << t;
    p.phone = m_phone->text().trimmed();
    p.fax = m_fax->text().trimmed();
    p.logoPng = m_logoPng;
    p.workingLanguage = m_language->currentData().toString();
    p.rowVersion = m_rowVersion;
    return p;
}

bool ClinicSettingsDialog::save()
{
    ClinicProfile p = profile();
    FieldErrors errors;
    if (p.name.isEmpty())
        errors.append({u"name"_s, tr("The letterhead needs the clinic's name.")});
    if (!p.phone.isEmpty() && !isValidPhone(p.phone))
        errors.append({u"phone"_s, tr("Enter a phone number of 7 to 15 digits.")});
    if (!p.fax.isEmpty() && !isValidPhone(p.fax))
        errors.append({u"fax"_s, tr("Enter a fax number of 7 to 15 digits.")});
    m_errors.show(errors);
    if (!errors.isEmpty())
        return false;
    const SaveResult result = ClinicRepository(m_db, m_actorId).save(p);
    if (!result.ok()) {
        m_state->setText(u"⚠ "_s + (result.status == SaveResult::Status::Conflict
                                        ? tr("%1 Close and open this dialog again to see the saved letterhead.").arg(result.message)
                                        : tr("Not saved: %1").arg(result.message)));
        return false;
    }
    m_rowVersion = p.rowVersion;
    m_state->setText(tr("Saved."));
    return true;
}

void ClinicSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool ClinicSettingsDialog::setLogoFile(const QString &path, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("“%1” cannot be read as an image: %2").arg(path, reader.errorString());
        return false;
    }
    if (image.width() > kMaxLogoWidth || image.height() > kMaxLogoHeight)
        image = image.scaled(kMaxLogoWidth, kMaxLogoHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        *error = tr("“%1” could not be converted to PNG.").arg(path);
        return false;
    }
    m_logoPng = png;
    updateLogo();
    return true;
}

void ClinicSettingsDialog::clearLogo()
{
    m_logoPng.clear();
    updateLogo();
}

void ClinicSettingsDialog::updateLogo()
{
    QPixmap pixmap;
    if (!m_logoPng.isEmpty() && pixmap.loadFromData(m_logoPng, "PNG")) {
        m_logo->setPixmap(pixmap.scaled(240, 100, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_logo->setAccessibleDescription(tr("Logo of %1 × %2 pixels").arg(pixmap.width()).arg(pixmap.height()));
    } else {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
        m_logo->setAccessibleDescription(tr("No logo"));
    }
    m_removeLogo->setEnabled(!m_logoPng.isEmpty());
}

void ClinicSettingsDialog::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << u"*."_s + QString::fromLatin1(format);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the clinic's logo"), QString(),
                                                      tr("Images (%1)").arg(patterns.join(u' ')));
    if (path.isEmpty())
        return;
    QString error;
    if (!setLogoFile(path, &error))
        m_state->setText(u"⚠ "_s + error);
}

} // namespace SpineDesk
