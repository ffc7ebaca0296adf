// The clinic letterhead: saved and read back (name, address lines, phone, fax, logo as PNG,
// working language), checked before saving, a lost race reported, reachable from the menu.
#include "storage/clinicrepository.h"
#include "ui/clinicsettingsdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

#include "clinicfixture.h"

using namespace Qt::StringLiterals;
using namespace SpineDesk;

class TestClinicSettings : public QObject, protected SpineDeskTest::ClinicFixture
{
    Q_OBJECT

private:
    // A 3000 × 1000 JPEG, so the dialog has to convert it and reduce it.
    QString logoFile()
    {
        QImage image(3000, 1000, QImage::Format_RGB32);
        image.fill(QColor(20, 80, 160));
        const QString path = m_dir.filePath(u"logo.jpg"_s);
        if (!image.save(path, "JPG"))
            QTest::qFail("the test logo could not be written", __FILE__, __LINE__);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openClinic(Clinician{0, u"Ida Berg"_s, u"MD"_s, ClinicianRole::Physiatrist, true},
                           Patient{0, u"Holm"_s, u"Per"_s, QDate(1970, 1, 5), Sex::Male, u"MRN-12"_s, {}, u"en"_s, 0}));
    }

    void savesAndReloadsTheLetterhead()
    {
        {
            ClinicSettingsDialog dialog(m_db->connection(), m_clinicianId);
            QVERIFY(dialog.nameEdit()->text().isEmpty()); // nothing saved yet
            QVERIFY(!dialog.findChild<QPushButton *>(u"removeLogo"_s)->isEnabled());
            QTest::keyClicks(dialog.nameEdit(), u"Lakeside Spine Center"_s);
            dialog.addressEdit()->setPlainText(u"12 Harbor Road\n\n  Suite 4  \nDuluth, MN 55802"_s);
            QTest::keyClicks(dialog.phoneEdit(), u"(218) 555-0100"_s);
            QTest::keyClicks(dialog.faxEdit(), u"(218) 555-0101"_s);
            dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"es"_s));
            QString error;
            QVERIFY(!dialog.setLogoFile(m_dir.filePath(u"missing.png"_s), &error));
            QVERIFY(!error.isEmpty());
            QVERIFY2(dialog.setLogoFile(logoFile(), &error), qPrintable(error));
            QVERIFY(!dialog.logoPreview()->pixmap().isNull());
            QVERIFY(dialog.logoPreview()->accessibleDescription().contains(u"1200"_s));
            dialog.findChild<QPushButton *>(u"saveClinic"_s)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const ClinicProfile p = ClinicRepository(m_db->connection()).load();
        QCOMPARE(p.name, u"Lakeside Spine Center"_s);
        QCOMPARE(p.addressLines, (QStringList{u"12 Harbor Road"_s, u"Suite 4"_s, u"Duluth, MN 55802"_s}));
        QCOMPARE(p.phone, u"(218) 555-0100"_s);
        QCOMPARE(p.fax, u"(218) 555-0101"_s);
        QCOMPARE(p.workingLanguage, u"es"_s);
        QVERIFY(p.logoPng.startsWith("\x89PNG"));
        QImage logo;
        QVERIFY(logo.loadFromData(p.logoPng, "PNG"));
        QCOMPARE(logo.size(), QSize(1200, 400)); // reduced, aspect kept
        QVERIFY(p.rowVersion > 0);

        // Opened again: the form shows what was saved; removing the logo is saved too.
        ClinicSettingsDialog again(m_db->connection(), m_clinicianId);
        QCOMPARE(again.nameEdit()->text(), p.name);
        QCOMPARE(again.addressEdit()->toPlainText(), p.addressLines.join(u'\n'));
        QCOMPARE(again.languageCombo()->currentData().toString(), u"es"_s);
        QVERIFY(!again.logoPreview()->pixmap().isNull());
        again.findChild<QPushButton *>(u"removeLogo"_s)->click();
        QVERIFY(again.save());
        QVERIFY(ClinicRepository(m_db->connection()).load().logoPng.isEmpty());
        QCOMPARE(ClinicRepository(m_db->connection()).load().name, p.name);
    }

    void checksTheFieldsBeforeSaving()
    {
        ClinicSettingsDialog dialog(m_db->connection(), m_clinicianId);
        dialog.show(); // the messages show beside their fields
        dialog.nameEdit()->clear();
        dialog.phoneEdit()->setText(u"12"_s);
        QVERIFY(!dialog.save());
        QVERIFY(!dialog.errorText(u"name"_s).isEmpty());
        QVERIFY(!dialog.errorText(u"phone"_s).isEmpty());
        QVERIFY(dialog.errorText(u"fax"_s).isEmpty());
        QCOMPARE(ClinicRepository(m_db->connection()).load().name, u"Lakeside Spine Center"_s);
    }

    void lostRaceIsReported()
    {
        ClinicSettingsDialog first(m_db->connection(), m_clinicianId);
        ClinicSettingsDialog second(m_db->connection(), m_clinicianId);
        first.faxEdit()->setText(u"(218) 555-0199"_s);
        QVERIFY(first.save());
        second.faxEdit()->setText(u"(218) 555-0188"_s);
        QVERIFY(!second.save());
        QVERIFY(second.stateLabel()->text().startsWith(u"⚠"_s));
        QCOMPARE(ClinicRepository(m_db->connection()).load().fax, u"(218) 555-0199"_s);
    }

    void everyFieldHasAnAccessibleName()
    {
        ClinicSettingsDialog dialog(m_db->connection(), m_clinicianId);
        for (QWidget *w : std::initializer_list<QWidget *>{dialog.nameEdit(), dialog.addressEdit(), dialog.phoneEdit(), dialog.faxEdit(),
                                                           dialog.languageCombo(), dialog.logoPreview()})
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        for (QPushButton *b : dialog.findChildren<QPushButton *>(u"chooseLogo"_s) + dialog.findChildren<QPushButton *>(u"removeLogo"_s))
            QVERIFY(!b->accessibleName().isEmpty());
    }

    void reachableFromTheMainWindow()
    {
        MainWindow window(*m_db, m_clinicianId);
        auto *action = window.findChild<QAction *>(u"clinicLetterhead"_s);
        QVERIFY(action);
        QVERIFY(!action->text().isEmpty());
    }
};

QTEST_MAIN(TestClinicSettings)
#include "tst_clinicsettings.moc"
