#include "ui/instrumentform.h"

#include "documents/questionnaireform.h"
#include "documents/visitdocuments.h"
#include "ui/fielderrors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace SpineDesk::Instruments;

namespace SpineDesk {

// One item: its text and its answer controls, keyboard-first.
class ItemRow : public QWidget
{
public:
    ItemRow(const Definition &d, const Item &item, const QString &lang, QWidget *parent)
        : QWidget(parent), m_item(item), m_set(d.answerSet(item.answerSet))
    {
        setFocusPolicy(Qt::StrongFocus);
        setObjectName(u"item-"_s + item.linkId);
        setAccessibleName(item.number.isEmpty() ? localized(item.text, lang) : item.number + u". "_s + localized(item.text, lang));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(4, 2, 4, 2);
        auto *text = new QLabel((item.number.isEmpty() ? QString() : item.number + u". "_s) + localized(item.text, lang), this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        if (item.type == ItemType::Display || item.type == ItemType::Group) {
            QFont f = text->font();
            f.setBold(true);
            text->setFont(f);
        }
        layout->addWidget(text);
        auto *answers = new QHBoxLayout;
        layout->addLayout(answers);
        if (m_set && item.type != ItemType::MultiChoice) {
            m_group = new QButtonGroup(this);
            for (int i = 0; i < m_set->options.size(); ++i) {
                auto *b = new QRadioButton(u"%1 %2"_s.arg(i).arg(localized(m_set->options[i].label, lang)), this);
                b->setFocusPolicy(Qt::NoFocus); // the row takes the keys
                b->setAccessibleName(localized(m_set->options[i].label, lang));
                m_group->addButton(b, i);
                answers->addWidget(b);
            }
            m_group->setExclusive(true);
        } else if (m_set) {
            for (int i = 0; i < m_set->options.size(); ++i) {
                auto *c = new QCheckBox(localized(m_set->options[i].label, lang), this);
                m_checks << c;
                answers->addWidget(c);
            }
        } else if (item.type == ItemType::NumericRating || item.type == ItemType::Integer) {
            m_spin = new QSpinBox(this);
            m_spin->setRange(int(*item.min) - 1, int(*item.max));
            m_spin->setSpecialValueText(InstrumentForm::tr("not answered"));
            m_spin->setValue(int(*item.min) - 1);
            m_spin->setAccessibleName(accessibleName());
            answers->addWidget(m_spin);
            if (!item.anchors.isEmpty()) {
                QStringList anchors;
                for (auto it = item.anchors.begin(); it != item.anchors.end(); ++it)
                    anchors << it.key() + u" = "_s + localized(it.value(), lang);
                answers->addWidget(new QLabel(anchors.join(u"; "_s), this));
            }
        } else if (item.type == ItemType::Text || item.type == ItemType::Date) {
            m_text = new QLineEdit(this);
            m_text->setAccessibleName(accessibleName());
            answers->addWidget(m_text);
        }
        answers->addStretch();
    }

    const Item &item() const { return m_item; }
    void onChange(const std::function<void()> &f)
    {
        if (m_group)
            connect(m_group, &QButtonGroup::idClicked, this, f);
        for (auto *c : m_checks)
            connect(c, &QCheckBox::toggled, this, f);
        if (m_spin)
            connect(m_spin, &QSpinBox::valueChanged, this, f);
        if (m_text)
            connect(m_text, &QLineEdit::textChanged, this, f);
    }

    std::optional<Answer> answer() const
    {
        Answer a;
        if (m_group) {
            if (m_group->checkedId() < 0)
                return std::nullopt;
            a.code = m_set->options[m_group->checkedId()].code;
        } else if (!m_checks.isEmpty()) {
            for (int i = 0; i < m_checks.size(); ++i)
                if (m_checks[i]->isChecked())
                    a.codes << m_set->options[i].code;
            if (a.codes.isEmpty())
                return std::nullopt;
        } else if (m_spin) {
            if (m_spin->value() < m_spin->minimum() + 1)
                return std::nullopt;
            a.number = m_spin->value();
        } else if (m_text) {
            if (m_text->text().trimmed().isEmpty())
                return std::nullopt;
            a.text = m_text->text().trimmed();
        } else {
            return std::nullopt;
        }
        return a;
    }

    void setAnswer(const Answer &a)
    {
        if (m_group && m_set->indexOf(a.code) >= 0)
            m_group->button(m_set->indexOf(a.code))->setChecked(true);
        for (int i = 0; i < m_checks.size(); ++i)
            m_checks[i]->setChecked(a.codes.contains(m_set->options[i].code));
        if (m_spin && a.number)
            m_spin->setValue(int(*a.number));
        if (m_text)
            m_text->setText(a.text);
    }

    bool choose(int positionOrValue)
    {
        if (m_group) {
            if (auto *b = m_group->button(positionOrValue)) {
                b->setChecked(true);
                emit m_group->idClicked(positionOrValue);
                return true;
            }
            return false;
        }
        if (m_spin && positionOrValue >= m_spin->minimum() + 1 && positionOrValue <= m_spin->maximum()) {
            m_spin->setValue(positionOrValue);
            return true;
        }
        return false;
    }

    void clear()
    {
        if (m_group) {
            m_group->setExclusive(false);
            for (auto *b : m_group->buttons())
                b->setChecked(false);
            m_group->setExclusive(true);
            emit m_group->idClicked(-1);
        }
        if (m_spin)
            m_spin->setValue(m_spin->minimum());
    }

protected:
    void keyPressEvent(QKeyEvent *e) override
    {
        const QString t = e->text();
        if (m_group && t.size() == 1 && t.at(0).isDigit()) {
            if (choose(t.toInt()))
                focusNextChild();
            return;
        }
        if (m_group && (e->key() == Qt::Key_Minus || e->key() == Qt::Key_Delete)) {
            clear();
            return;
        }
        QWidget::keyPressEvent(e);
    }
    void focusInEvent(QFocusEvent *e) override
    {
        setStyleSheet(u"#%1 { background: palette(highlight); } #%1 QLabel, #%1 QRadioButton { color: palette(highlighted-text); }"_s
                          .arg(objectName()));
        if (m_spin)
            m_spin->setFocus();
        else if (m_text)
            m_text->setFocus();
        QWidget::focusInEvent(e);
    }
    void focusOutEvent(QFocusEvent *e) override
    {
        setStyleSheet({});
        QWidget::focusOutEvent(e);
    }

private:
    const Item &m_item;
    const AnswerSet *m_set;
    QButtonGroup *m_group = nullptr;
    QList<QCheckBox *> m_checks;
    QSpinBox *m_spin = nullptr;
    QLineEdit *m_text = nullptr;
};

InstrumentForm::InstrumentForm(QSqlDatabase db, const Definition &definition, qint64 visitId, const Patient &patient,
                               qint64 clinicianId, const std::optional<StoredResponse> &existing, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_definition(definition)
    , m_visitId(visitId)
    , m_clinicianId(clinicianId)
{
    const QString lang = u"en"_s; // the clinician's form; the patient's language is for patient mode
    setWindowTitle(tr("%1 — clinician entry").arg(localized(definition.shortTitle, lang)));
    if (existing)
        m_saved = *existing;

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<b>%1</b> (%2)"_s.arg(localized(definition.title, lang).toHtmlEscaped(), definition.version.toHtmlEscaped()), this);
    layout->addWidget(title);
    if (!definition.recall.isEmpty())
        layout->addWidget(new QLabel(tr("Recall period: %1").arg(localized(definition.recall, lang)), this));
    if (definition.wording != WordingStatus::Verbatim) {
        auto *notice = new QLabel(definition.wording == WordingStatus::NotInstalled
                                      ? tr("⚠ Licensed wording is not installed: transcribe from the clinic's licensed paper form.")
                                      : tr("⚠ Item texts are summaries from the clinical reference, not the published wording; "
                                           "ask from the published form until verbatim wording is installed."),
                                  this);
        notice->setWordWrap(true);
        notice->setObjectName(u"wordingNotice"_s);
        layout->addWidget(notice);
    }
    if (definition.needsSex()) {
        auto *sexRow = new QFormLayout;
        m_sex = new QComboBox(this);
        m_sex->setObjectName(u"scoringSex"_s);
        m_sex->addItem(tr("Choose…"), QString());
        m_sex->addItem(sexLabel(Sex::Female), u"female"_s);
        m_sex->addItem(sexLabel(Sex::Male), u"male"_s);
        const QString recorded = existing && !existing->sex.isEmpty() ? existing->sex
                               : patient.sex == Sex::Female ? u"female"_s
                               : patient.sex == Sex::Male ? u"male"_s : QString();
        m_sex->setCurrentIndex(std::max(0, int(m_sex->findData(recorded))));
        m_sex->setAccessibleName(tr("Sex used for scoring"));
        sexRow->addRow(tr("Scored for &sex"), m_sex);
        layout->addLayout(sexRow);
        connect(m_sex, &QComboBox::currentIndexChanged, this, &InstrumentForm::refresh);
    }

    auto *content = new QWidget;
    auto *rows = new QVBoxLayout(content);
    for (const Item *item : definition.allItems()) {
        auto *row = new ItemRow(definition, *item, lang, content);
        if (existing && existing->answers.contains(item->linkId))
            row->setAnswer(existing->answers.value(item->linkId));
        row->onChange([this] { refresh(); });
        rows->addWidget(row);
        m_rows << row;
    }
    rows->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);

    auto *attribution = new QLabel(localized(definition.licence.attribution, lang), this);
    attribution->setObjectName(u"attribution"_s);
    attribution->setWordWrap(true);
    attribution->setTextFormat(Qt::PlainText);
    attribution->setVisible(!attribution->text().isEmpty());
    layout->addWidget(attribution);
    m_result = new QLabel(this);
    m_result->setObjectName(u"liveResult"_s);
    m_result->setAccessibleName(tr("Score so far"));
    m_result->setTextFormat(Qt::PlainText);
    layout->addWidget(m_result);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *print = buttons->addButton(tr("&Print blank form…"), QDialogButtonBox::ActionRole);
    print->setObjectName(u"printBlankForm"_s);
    connect(print, &QPushButton::clicked, this, [this, patient] {
        QPrintPreviewDialog preview(this);
        preview.setWindowTitle(tr("Print %1").arg(localized(m_definition.shortTitle, u"en"_s)));
        // On paper in the patient's language where a validated translation is installed.
        const BlankFormPatient who{patient.displayName(), patient.birthDate, patient.mrn};
        const QString lang = patientDocumentLanguage(patient);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, who, lang](QPrinter *printer) {
            questionnaireDocument(m_definition, lang, who)->print(printer);
        });
        preview.exec();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &InstrumentForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 700);
    refresh();
    if (!m_rows.isEmpty())
        m_rows.first()->setFocus();
}

Response InstrumentForm::response() const
{
    Response r;
    r.sex = m_sex ? m_sex->currentData().toString() : QString();
    for (const ItemRow *row : m_rows)
        if (const auto a = row->answer())
            r.answers.insert(row->item().linkId, *a);
    return r;
}

Result InstrumentForm::result() const
{
    return score(m_definition, response());
}

bool InstrumentForm::setAnswer(const QString &linkId, int positionOrValue)
{
    for (ItemRow *row : std::as_const(m_rows))
        if (row->item().linkId == linkId)
            return row->choose(positionOrValue);
    return false;
}

void InstrumentForm::refresh()
{
    const Response r = response();
    const Result res = score(m_definition, r);
    for (ItemRow *row : std::as_const(m_rows))
        row->setEnabled(Instruments::isEnabled(m_definition, row->item(), r));
    QStringList parts;
    for (auto it = res.scales.begin(); it != res.scales.end(); ++it) {
        const Scale *s = m_definition.scale(it.key());
        parts << u"%1: %2"_s.arg(localized(s->label, u"en"_s),
                                it.value() ? QString::number(s->rounded(*it.value()), 'f', s->decimals) : tr("not computable yet"));
    }
    QString text = parts.join(u"; "_s);
    if (res.band)
        for (const auto &rule : m_definition.strata->rules)
            if (rule.code == *res.band)
                text += u" — "_s + localized(rule.label, u"en"_s);
    for (const auto &a : res.alerts)
        text += u"\n⚠ "_s + localized(a.message, u"en"_s);
    if (res.problems.contains(u"sex"_s))
        text += u"\n"_s + tr("Choose the sex used for scoring.");
    m_result->setText(text);
}

void InstrumentForm::accept()
{
    StoredResponse r = scoredResponse(m_definition, response(), m_visitId, u"clinician"_s, m_clinicianId);
    r.id = m_saved.id;
    r.rowVersion = m_saved.rowVersion;
    const SaveResult saved = ResponseRepository(m_db, m_clinicianId).save(r);
    if (!saved.ok()) {
        m_error->setText(u"⚠ "_s + saved.message);
        m_error->show();
        return;
    }
    m_saved = r;
    QDialog::accept();
}

} // namespace SpineDesk
