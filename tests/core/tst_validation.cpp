// Field validation: which field each message is attached to, the boundaries of every rule,
// and that valid input produces no message at all.
#include "core/validation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpineDesk;

namespace {

const QDate kToday(2026, 6, 15);

QStringList fields(const FieldErrors &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << e.field;
    return out;
}

Patient validPatient()
{
    Patient p;
    p.familyName = u"Núñez"_s;
    p.givenName = u"María"_s;
    p.birthDate = QDate(1961, 4, 2);
    p.sex = Sex::Female;
    p.mrn = u"MRN-1001"_s;
    p.phone = u"+1 (612) 555-0101"_s;
    p.preferredLanguage = u"es"_s;
    return p;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void phone_data();
    void phone();
    void directAddress_data();
    void directAddress();
    void mrn_data();
    void mrn();

    void validPatientHasNoErrors();
    void patientFields_data();
    void patientFields();
    void patientCollectsEveryError();
    void patientAgeLimit();
    void messageForField();

    void referringClinician();
    void referral();
    void clinician();
    void onset();
    void careEntry();
    void medication();
    void injection();
    void imaging();
};

void TestValidation::phone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");
    QTest::newRow("7 digits") << u"555-0101"_s << true;
    QTest::newRow("international") << u"+1 (612) 555-0101"_s << true;
    QTest::newRow("dots") << u"612.555.0101"_s << true;
    QTest::newRow("15 digits") << u"+123456789012345"_s << true;
    QTest::newRow("6 digits") << u"555-010"_s << false;
    QTest::newRow("16 digits") << u"1234567890123456"_s << false;
    QTest::newRow("letter") << u"555-01O1"_s << false;
    QTest::newRow("extension text") << u"555-0101 ext 2"_s << false;
    QTest::newRow("plus in the middle") << u"555+0101"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValidation::phone()
{
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    QCOMPARE(isValidPhone(phone), valid);
}

void TestValidation::directAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"polson@direct.lakeview.example"_s << true;
    QTest::newRow("short") << u"a@b.org"_s << true;
    QTest::newRow("no domain dot") << u"a@localhost"_s << false;
    QTest::newRow("two at signs") << u"a@@b.org"_s << false;
    QTest::newRow("space") << u"a b@c.org"_s << false;
    QTest::newRow("no local part") << u"@b.org"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValidation::directAddress()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(isValidDirectAddress(address), valid);
}

void TestValidation::mrn_data()
{
    QTest::addColumn<QString>("mrn");
    QTest::addColumn<bool>("valid");
    QTest::newRow("one character") << u"A"_s << true;
    QTest::newRow("with hyphen") << u"MRN-1001"_s << true;
    QTest::newRow("20 characters") << u"ABCDEFGHIJ0123456789"_s << true;
    QTest::newRow("21 characters") << u"ABCDEFGHIJ01234567890"_s << false;
    QTest::newRow("leading hyphen") << u"-1001"_s << false;
    QTest::newRow("space") << u"MRN 1001"_s << false;
    QTest::newRow("underscore") << u"MRN_1001"_s << false;
    QTest::newRow("accented") << u"Ñ1001"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValidation::mrn()
{
    QFETCH(QString, mrn);
    QFETCH(bool, valid);
    QCOMPARE(isValidMrn(mrn), valid);
}

void TestValidation::validPatientHasNoErrors()
{
    QCOMPARE(validatePatient(validPatient(), kToday).size(), 0);
    Patient p = validPatient();
    p.phone.clear(); // the phone is optional
    p.preferredLanguage = u"en"_s;
    QCOMPARE(validatePatient(p, kToday).size(), 0);
    p.mrn = u"  MRN-1001  "_s; // surrounding space is trimmed before the check
    QCOMPARE(validatePatient(p, kToday).size(), 0);
}

void TestValidation::patientFields_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field"); // the field the one message is attached to

    QTest::newRow("family name empty") << u"familyName"_s << QString() << u"familyName"_s;
    QTest::newRow("family name blank") << u"familyName"_s << u"   "_s << u"familyName"_s;
    QTest::newRow("given name empty") << u"givenName"_s << QString() << u"givenName"_s;
    QTest::newRow("no birth date") << u"birthDate"_s << QString() << u"birthDate"_s;
    QTest::newRow("birth tomorrow") << u"birthDate"_s << u"2026-06-16"_s << u"birthDate"_s;
    QTest::newRow("born today") << u"birthDate"_s << u"2026-06-15"_s << QString();
    QTest::newRow("mrn empty") << u"mrn"_s << u"  "_s << u"mrn"_s;
    QTest::newRow("mrn bad") << u"mrn"_s << u"MRN 1001"_s << u"mrn"_s;
    QTest::newRow("phone bad") << u"phone"_s << u"call me"_s << u"phone"_s;
    QTest::newRow("language fr") << u"preferredLanguage"_s << u"fr"_s << u"preferredLanguage"_s;
    QTest::newRow("language empty") << u"preferredLanguage"_s << QString() << u"preferredLanguage"_s;
}

void TestValidation::patientFields()
{
    QFETCH(QString, member);
    QFETCH(QString, value);
    QFETCH(QString, field);
    Patient p = validPatient();
    if (member == u"familyName")
        p.familyName = value;
    else if (member == u"givenName")
        p.givenName = value;
    else if (member == u"birthDate")
        p.birthDate = QDate::fromString(value, Qt::ISODate);
    else if (member == u"mrn")
        p.mrn = value;
    else if (member == u"phone")
        p.phone = value;
    else if (member == u"preferredLanguage")
        p.preferredLanguage = value;
    const FieldErrors errors = validatePatient(p, kToday);
    if (field.isEmpty()) {
        QCOMPARE(errors.size(), 0);
        return;
    }
    QCOMPARE(fields(errors), QStringList{field});
    QVERIFY(!errors.first().message.isEmpty());
}

void TestValidation::patientCollectsEveryError()
{
    Patient p;
    p.preferredLanguage = u"de"_s;
    p.phone = u"12"_s;
    const FieldErrors errors = validatePatient(p, kToday);
    QCOMPARE(fields(errors), (QStringList{u"familyName"_s, u"givenName"_s, u"birthDate"_s, u"mrn"_s, u"phone"_s, u"preferredLanguage"_s}));
    QCOMPARE(messageFor(errors, u"familyName"), u"Enter the family name."_s);
    QCOMPARE(messageFor(errors, u"mrn"), u"Enter the medical record number."_s);
}

void TestValidation::patientAgeLimit()
{
    Patient p = validPatient();
    p.birthDate = kToday.addYears(-120); // exactly 120 is still accepted
    QCOMPARE(validatePatient(p, kToday).size(), 0);
    p.birthDate = kToday.addYears(-120).addDays(-1);
    const FieldErrors errors = validatePatient(p, kToday);
    QCOMPARE(fields(errors), QStringList{u"birthDate"_s});
    QVERIFY2(errors.first().message.contains(u"120"_s), qPrintable(errors.first().message));
}

void TestValidation::messageForField()
{
    const FieldErrors errors = {{u"a"_s, u"first"_s}, {u"b"_s, u"second"_s}, {u"a"_s, u"third"_s}};
    QCOMPARE(messageFor(errors, u"a"), u"first"_s); // the first message for a field wins
    QCOMPARE(messageFor(errors, u"b"), u"second"_s);
    QCOMPARE(messageFor(errors, u"c"), QString());
    QCOMPARE(messageFor({}, u"a"), QString());
}

void TestValidation::referringClinician()
{
    ReferringClinician c;
    c.name = u"Dr. Paul Olson"_s;
    QCOMPARE(validateReferringClinician(c).size(), 0); // contact details are optional
    c.phone = u"555-0101"_s;
    c.fax = u"555-0201"_s;
    c.directAddress = u"polson@direct.lakeview.example"_s;
    QCOMPARE(validateReferringClinician(c).size(), 0);

    ReferringClinician bad;
    bad.name = u" "_s;
    bad.phone = u"555"_s;
    bad.fax = u"fax"_s;
    bad.directAddress = u"polson"_s;
    QCOMPARE(fields(validateReferringClinician(bad)), (QStringList{u"name"_s, u"phone"_s, u"fax"_s, u"directAddress"_s}));
}

void TestValidation::referral()
{
    Referral r;
    r.receivedDate = kToday;
    r.reason = u"Low back pain"_s;
    QCOMPARE(validateReferral(r, kToday).size(), 0);
    r.receivedDate = kToday.addDays(1);
    QCOMPARE(fields(validateReferral(r, kToday)), QStringList{u"receivedDate"_s});
    r.receivedDate = QDate();
    QCOMPARE(fields(validateReferral(r, kToday)), QStringList{u"receivedDate"_s});
    r.receivedDate = kToday.addDays(-3);
    r.reason = u"  "_s;
    QCOMPARE(fields(validateReferral(r, kToday)), QStringList{u"reason"_s});
}

void TestValidation::clinician()
{
    Clinician c;
    QCOMPARE(fields(validateClinician(c)), QStringList{u"name"_s});
    c.name = u"Dr. Ana Rivera"_s;
    QCOMPARE(validateClinician(c).size(), 0);
}

void TestValidation::onset()
{
    const QDate birth(1961, 4, 2);
    const QDate visit(2026, 6, 1);
    QCOMPARE(validateOnset(QDate(), birth, visit).size(), 0); // onset may be unknown
    QCOMPARE(validateOnset(visit, birth, visit).size(), 0);
    QCOMPARE(validateOnset(birth, birth, visit).size(), 0);
    QCOMPARE(fields(validateOnset(visit.addDays(1), birth, visit)), QStringList{u"onsetDate"_s});
    QCOMPARE(fields(validateOnset(birth.addDays(-1), birth, visit)), QStringList{u"onsetDate"_s});
    QCOMPARE(validateOnset(QDate(2026, 1, 1), QDate(), QDate()).size(), 0); // nothing to compare with
}

void TestValidation::careEntry()
{
    ConservativeCareEntry e;
    e.modality = u"Physical therapy"_s;
    e.startDate = QDate(2026, 3, 1);
    QCOMPARE(validateCareEntry(e, kToday).size(), 0); // ongoing, sessions not known
    e.endDate = e.startDate;
    e.sessionsAttended = 0;
    QCOMPARE(validateCareEntry(e, kToday).size(), 0);
    e.sessionsAttended = 500;
    QCOMPARE(validateCareEntry(e, kToday).size(), 0);

    ConservativeCareEntry bad = e;
    bad.sessionsAttended = 501;
    QCOMPARE(fields(validateCareEntry(bad, kToday)), QStringList{u"sessionsAttended"_s});
    bad.sessionsAttended = -2;
    QCOMPARE(fields(validateCareEntry(bad, kToday)), QStringList{u"sessionsAttended"_s});

    bad = e;
    bad.endDate = e.startDate.addDays(-1);
    QCOMPARE(fields(validateCareEntry(bad, kToday)), QStringList{u"endDate"_s});
    bad.endDate = kToday.addDays(1);
    QCOMPARE(fields(validateCareEntry(bad, kToday)), QStringList{u"endDate"_s});

    bad = e;
    bad.modality = QString();
    bad.startDate = QDate();
    QCOMPARE(fields(validateCareEntry(bad, kToday)), (QStringList{u"modality"_s, u"startDate"_s}));
    bad.startDate = kToday.addDays(1);
    bad.endDate = QDate();
    QCOMPARE(fields(validateCareEntry(bad, kToday)), (QStringList{u"modality"_s, u"startDate"_s}));
}

void TestValidation::medication()
{
    MedicationTrial m;
    QCOMPARE(fields(validateMedication(m)), QStringList{u"name"_s});
    m.name = u"Naproxen"_s;
    QCOMPARE(validateMedication(m).size(), 0);
}

void TestValidation::injection()
{
    PriorInjection i;
    i.date = QDate(2026, 2, 10);
    i.type = u"Epidural steroid, transforaminal"_s;
    QCOMPARE(validateInjection(i, kToday).size(), 0); // relief not known
    for (int relief : {0, 50, 100}) {
        i.reliefPercent = relief;
        QCOMPARE(validateInjection(i, kToday).size(), 0);
    }
    i.reliefPercent = 101;
    QCOMPARE(fields(validateInjection(i, kToday)), QStringList{u"reliefPercent"_s});
    i.reliefPercent = -2;
    QCOMPARE(fields(validateInjection(i, kToday)), QStringList{u"reliefPercent"_s});

    PriorInjection empty;
    QCOMPARE(fields(validateInjection(empty, kToday)), (QStringList{u"date"_s, u"type"_s}));
    empty.date = kToday.addDays(1);
    empty.type = u"Facet joint injection"_s;
    QCOMPARE(fields(validateInjection(empty, kToday)), QStringList{u"date"_s});
}

void TestValidation::imaging()
{
    ImagingStudy s;
    QCOMPARE(fields(validateImaging(s, kToday)), (QStringList{u"date"_s, u"modality"_s, u"keyFinding"_s}));
    s.date = kToday;
    s.modality = u"MRI"_s;
    s.keyFinding = u"L4-5 disc protrusion"_s;
    QCOMPARE(validateImaging(s, kToday).size(), 0);
    s.date = kToday.addDays(1);
    QCOMPARE(fields(validateImaging(s, kToday)), QStringList{u"date"_s});
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
