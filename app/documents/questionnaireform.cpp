#include "documents/questionnaireform.h"

#include "documents/documentfont.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
struct FormText {
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireForm)
};

QTextCharFormat font(qreal size, bool bold = false)
{
    QTextCharFormat f;
    f.setFont(documentFont(size));
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return f;
}

void paragraph(QTextCursor &c, const QString &text, const QTextCharFormat &format, qreal spaceAfter = 4)
{
    QTextBlockFormat block;
    block.setBottomMargin(spaceAfter);
    c.insertBlock(block, format);
    c.insertText(text, format); // plain text: nothing in it is read as markup
}
} // namespace

std::unique_ptr<QTextDocument> questionnaireDocument(const Instruments::Definition &d, const QString &patientLanguage,
                                                     const std::optional<BlankFormPatient> &patient)
{
    using namespace Instruments;
    const QString wanted = patientLanguage.isEmpty() ? u"en"_s : patientLanguage;
    const QString lang = presentationLanguage(d, wanted);
    const TextLanguage scope(lang); // the form's fixed texts in the form's language
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(documentFont(11));
    QTextCursor c(doc.get());
    c.insertText(localized(d.title, lang), font(16, true));
    paragraph(c, FormText::tr("Version %1").arg(d.version), font(9));
    if (lang != wanted)
        paragraph(c, textIn(wanted, "QuestionnaireForm",
                            QT_TRANSLATE_NOOP("QuestionnaireForm", "No validated version of this questionnaire in your language is "
                                                                   "installed, so it is printed in English. Please ask the staff "
                                                                   "if you need help.")),
                  font(11, true));
    if (patient)
        paragraph(c, FormText::tr("Patient: %1    Date of birth: %2    MRN: %3")
                         .arg(patient->name, QLocale(lang).toString(patient->birthDate, QLocale::ShortFormat), patient->mrn),
                  font(11, true));
    if (!d.recall.isEmpty())
        paragraph(c, FormText::tr("Time period: %1").arg(localized(d.recall, lang)), font(11));
    if (d.wording == WordingStatus::NotInstalled)
        paragraph(c, FormText::tr("The licensed wording of this questionnaire is not installed. Use the clinic's licensed paper form; "
                                  "this sheet lists the sections and answer positions only."), font(10, true));
    else if (d.wording == WordingStatus::Paraphrase)
        paragraph(c, FormText::tr("Item texts are summaries from the clinical reference, not the published wording."), font(9));

    for (const Item *item : d.allItems()) {
        const QString number = item->number.isEmpty() ? QString() : item->number + u". "_s;
        QTextBlockFormat block;
        block.setTopMargin(8);
        block.setNonBreakableLines(true);
        c.insertBlock(block, font(11, true));
        c.insertText(number + localized(item->text, lang), font(11, true));
        if (const AnswerSet *set = d.answerSet(item->answerSet)) {
            for (const auto &o : set->options)
                paragraph(c, u"☐  "_s + localized(o.label, lang), font(11), 1);
        } else if (item->type == ItemType::NumericRating || item->type == ItemType::Integer) {
            QStringList scale;
            for (int v = int(*item->min); v <= int(*item->max); ++v)
                scale << QString::number(v);
            paragraph(c, scale.join(u"   "_s), font(12), 1);
            QStringList anchors;
            for (auto it = item->anchors.begin(); it != item->anchors.end(); ++it)
                anchors << it.key() + u" = "_s + localized(it.value(), lang);
            if (!anchors.isEmpty())
                paragraph(c, anchors.join(u";  "_s), font(9), 1);
        } else if (item->type == ItemType::Text || item->type == ItemType::Date) {
            paragraph(c, u"______________________________________________"_s, font(11), 1);
        }
    }
    const QString attribution = localized(d.licence.attribution, lang);
    if (!attribution.isEmpty()) {
        QTextBlockFormat block;
        block.setTopMargin(14);
        c.insertBlock(block, font(9));
        c.insertText(attribution, font(9));
    }
    return doc;
}

bool writeQuestionnairePdf(const Instruments::Definition &d, const QString &patientLanguage,
                           const std::optional<BlankFormPatient> &patient, const QString &file, QString *error)
{
    if (documentFontFamily().isEmpty()) {
        *error = FormText::tr("No font is installed, so the form would print without text.");
        return false;
    }
    QPdfWriter pdf(file);
    pdf.setPageSize(QPageSize(QPageSize::Letter));
    pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    pdf.setTitle(Instruments::localized(d.title, Instruments::presentationLanguage(d, patientLanguage)));
    pdf.setCreator(u"SpineDesk"_s);
    auto doc = questionnaireDocument(d, patientLanguage, patient);
    doc->print(&pdf); // paginates to the writer's page and numbers the pages
    return true;
}

} // namespace SpineDesk
