#include "ui/patientmode.h"

#include "core/instruments/screening.h"
#include "i18n/language.h"
#include "ui/accessibility.h"
#include "ui/largeprint.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Instruments;

namespace {

bool sameAnswer(const Answer &a, const Answer &b)
{
    return a.code == b.code && a.codes == b.codes && a.number == b.number && a.text == b.text;
}

bool sameAnswers(const Response &a, const Response &b)
{
    if (a.answers.size() != b.answers.size())
        return false;
    for (auto it = a.answers.begin(); it != a.answers.end(); ++it) {
        const auto other = b.answers.constFind(it.key());
        if (other == b.answers.cend() || !sameAnswer(*it, *other))
            return false;
    }
    return true;
}

bool isChoiceLike(ItemType t)
{
    return t == ItemType::Choice || t == ItemType::YesNo || t == ItemType::MultiChoice;
}

// High-contrast buttons; the chosen answer changes colour and also gains a tick in its
// text, so the choice does not rest on colour alone (WCAG 1.4.1).
QString patientStyleSheet(const LargePrint::Colours &c)
{
    return uR"(
QPushButton[answer="true"] { text-align: left; padding: 6px 20px; border: 2px solid %3; border-radius: 8px; background: %1; color: %2; }
QPushButton[rating="true"] { padding: 6px; border: 2px solid %3; border-radius: 8px; background: %1; color: %2; }
QPushButton[answer="true"]:checked, QPushButton[rating="true"]:checked { background: %4; color: %5; border: 3px solid %6; }
QPushButton[answer="true"]:focus, QPushButton[rating="true"]:focus { border: 3px dashed %7; }
QPushButton[answer="true"]:checked:focus, QPushButton[rating="true"]:checked:focus { border: 3px dashed %5; }
QPushButton#nextButton { background: %13; color: %14; border: 2px solid %6; border-radius: 8px; padding: 10px 32px; }
QPushButton#nextButton:focus { border: 3px dashed %14; }
QPushButton#nextButton:disabled { background: %12; color: %11; border: 2px dashed %3; }
QPushButton#backButton, QPushButton#thankYouBack, QPushButton#unlockButton, QPushButton#returnButton
    { border: 2px solid %3; border-radius: 8px; padding: 10px 24px; background: %8; color: %2; }
QLabel#attribution, QLabel#recall { color: %9; }
QLabel#problem, QLabel#unlockError { color: %10; }
)"_s.arg(c.button.name(), c.buttonText.name(), c.border.name(), c.chosen.name(), c.chosenText.name(), c.chosenBorder.name(),
         c.focus.name(), c.secondaryButton.name(), c.muted.name(), c.problem.name(), c.disabledText.name(), c.disabled.name(),
         c.action.name(), c.actionText.name());
}

} // namespace

PatientModeWindow::PatientModeWindow(QSqlDatabase db, const Library &library, qint64 visitId, const QString &language,
                                     const QStringList &instrumentIds, const QString &unlockCode, qint64 clinicianId, QWidget *parent)
    : QWidget(parent)
    , m_texts(std::make_unique<TextLanguage>(supportedLanguageOr(language)))
    , m_db(std::move(db))
    , m_visitId(visitId)
    , m_language(m_texts->ok() ? supportedLanguageOr(language) : currentLanguage())
    , m_unlockCode(unlockCode)
    , m_clinicianId(clinicianId)
    , m_library(library)
{
    m_existing = ResponseRepository(m_db, m_clinicianId).forVisit(m_visitId);
    QStringList seen;
    for (const QString &id : instrumentIds) {
        if (seen.contains(id))
            continue;
        seen << id;
        const Definition *def = m_library.find(id);
        // Patient mode asks only what a patient can answer alone, in wording that is installed.
        if (!def || def->wording == WordingStatus::NotInstalled || def->mode == u"clinician" || def->needsSex()) {
            m_skipped << id;
            continue;
        }
        addForm(*def, {}, int(m_forms.size()));
    }
    for (int i = 0; i < m_forms.size(); ++i)
        if (m_forms[i].screenId.isEmpty())
            updateChain(i);
    rebuildSteps();
    buildUi();
    goToFirstUnanswered();
}

PatientModeWindow::~PatientModeWindow() = default;

void PatientModeWindow::addForm(const Definition &def, const QString &screenId, int at)
{
    Form f;
    f.def = &def;
    f.screenId = screenId;
    f.language = presentationLanguage(def, m_language);
    // Resume: a response this visit already has for the instrument is continued, not duplicated.
    for (const StoredResponse &r : std::as_const(m_existing))
        if (r.instrumentId == def.id && r.id > f.stored.id)
            f.stored = r;
    if (f.stored.id) {
        f.response.answers = f.stored.answers;
        f.response.sex = f.stored.sex;
        for (const QString &a : std::as_const(f.stored.alerts))
            f.alertsSignalled.insert(a);
    }
    m_forms.insert(at, f);
}

void PatientModeWindow::updateChain(int formIndex)
{
    const Form &screen = m_forms[formIndex];
    const QString screenId = screen.def->id;
    int chained = -1;
    for (int j = 0; j < m_forms.size(); ++j)
        if (m_forms[j].screenId == screenId)
            chained = j;
    const auto followUp = followUpInstrument(screenId, score(*screen.def, screen.response));
    if (followUp && chained < 0) {
        const bool alreadyAsked = std::any_of(m_forms.cbegin(), m_forms.cend(), [&](const Form &f) { return f.def->id == *followUp; });
        const Definition *def = m_library.find(*followUp);
        if (alreadyAsked || !def || def->wording == WordingStatus::NotInstalled)
            return;
        addForm(*def, screenId, formIndex + 1);
        chained = formIndex + 1;
    }
    if (chained < 0)
        return;
    Form &f = m_forms[chained];
    if (!followUp && f.stored.id == 0) {
        // A screen changed back to negative before the follow-up was begun: nothing to ask.
        m_forms.removeAt(chained);
        return;
    }
    // Positive, or the follow-up is already under way (its answers are kept): the screen's
    // answers stay the follow-up's first answers.
    const Form &s = m_forms[formIndex];
    f.carried = carriedItems(*s.def, *f.def);
    const Response carried = carryOver(*s.def, s.response, *f.def, f.response);
    if (sameAnswers(carried, f.response))
        return;
    f.response = carried;
    // A follow-up is saved once the patient answers one of its own questions (the carried
    // answers go with it); one already saved is kept in step with the screen at once.
    if (f.stored.id) {
        f.dirty = true;
        save(chained);
    }
}

void PatientModeWindow::rebuildSteps()
{
    QString instrument, link;
    // The step on screen is found again by instrument and linkId; the form indices may have
    // moved. Callers change forms only after the current one, so its index is still valid.
    if (m_current >= 0 && m_current < m_steps.size()) {
        instrument = m_forms[m_steps[m_current].form].def->id;
        link = m_steps[m_current].linkId;
    }
    m_steps.clear();
    for (int f = 0; f < m_forms.size(); ++f) {
        const Form &form = m_forms[f];
        for (const Item *i : form.def->allItems()) {
            if (i->type == ItemType::Group)
                continue;
            if (form.carried.contains(i->linkId) && form.response.answers.contains(i->linkId))
                continue; // answered on the screen
            m_steps.append({f, i->linkId});
        }
    }
    if (m_current >= 0) {
        m_current = -1;
        for (int s = 0; s < m_steps.size(); ++s)
            if (m_steps[s].linkId == link && m_forms[m_steps[s].form].def->id == instrument)
                m_current = s;
    }
}

const Item *PatientModeWindow::item(const Step &step) const
{
    return step.form >= 0 && step.form < m_forms.size() ? m_forms[step.form].def->item(step.linkId) : nullptr;
}

bool PatientModeWindow::stepVisible(const Step &step) const
{
    const Item *i = item(step);
    return i && Instruments::isEnabled(*m_forms[step.form].def, *i, m_forms[step.form].response);
}

QList<int> PatientModeWindow::visibleSteps() const
{
    QList<int> out;
    for (int s = 0; s < m_steps.size(); ++s)
        if (stepVisible(m_steps[s]))
            out << s;
    return out;
}

bool PatientModeWindow::isAnswered(const Step &step) const
{
    const auto it = m_forms[step.form].response.answers.constFind(step.linkId);
    if (it == m_forms[step.form].response.answers.cend())
        return false;
    return !it->code.isEmpty() || !it->codes.isEmpty() || it->number.has_value() || !it->text.isEmpty();
}

QStringList PatientModeWindow::instrumentOrder() const
{
    QStringList out;
    for (const Form &f : m_forms)
        out << f.def->id;
    return out;
}

QString PatientModeWindow::currentInstrumentId() const
{
    return m_current >= 0 ? m_forms[m_steps[m_current].form].def->id : QString();
}

QString PatientModeWindow::currentLinkId() const
{
    return m_current >= 0 ? m_steps[m_current].linkId : QString();
}

int PatientModeWindow::questionNumber() const
{
    return m_current >= 0 ? int(visibleSteps().indexOf(m_current)) + 1 : 0;
}

int PatientModeWindow::questionCount() const
{
    return int(visibleSteps().size());
}

bool PatientModeWindow::isCompleted() const
{
    for (int s : visibleSteps()) {
        const Item *i = item(m_steps[s]);
        if (i->type != ItemType::Display && i->required && !isAnswered(m_steps[s]))
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------- the screens

void PatientModeWindow::applyColours()
{
    // Style sheet first: setting it repolishes and would put back the palette it found.
    setStyleSheet(patientStyleSheet(LargePrint::colours()));
    setPalette(LargePrint::windowPalette(QApplication::palette()));
}

// The user changed the system's colours or font size while a patient is answering: the
// questions follow at once, nothing is rebuilt and no answer is touched.
bool PatientModeWindow::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
    else if (event->type() == QEvent::ApplicationFontChange)
        LargePrint::refreshFonts(this);
    return QWidget::event(event); // not changeEvent(): QWidget does not pass these two on to it
}

void PatientModeWindow::buildUi()
{
    setObjectName(u"patientMode"_s);
    setWindowTitle(tr("Questionnaire"));
    setAccessibleName(tr("Patient questionnaire"));
    setLocale(QLocale(m_language));
    setAutoFillBackground(true);
    LargePrint::setFont(this, kBasePointSize);
    applyColours();

    // Discreet, but a real button: staff find it, patients have no reason to.
    m_staff = new QPushButton(tr("Staff"), this);
    m_staff->setObjectName(u"staffButton"_s);
    m_staff->setAccessibleName(tr("Staff: leave patient mode"));
    m_staff->setFlat(true);
    LargePrint::setFont(m_staff, 12);
    m_staff->setFocusPolicy(Qt::TabFocus);
    connect(m_staff, &QPushButton::clicked, this, &PatientModeWindow::openStaffPanel);
    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(m_staff);

    m_pages = new QStackedWidget(this);
    m_questionPage = buildQuestionPage();
    m_thankYou = buildThankYouPage();
    m_unlockPage = buildUnlockPage();
    m_pages->addWidget(m_questionPage);
    m_pages->addWidget(m_thankYou);
    m_pages->addWidget(m_unlockPage);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 8, 32, 24);
    outer->addLayout(top);
    outer->addWidget(m_pages, 1);
}

QWidget *PatientModeWindow::buildQuestionPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"questionPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(8);

    m_title = new QLabel(page);
    m_title->setObjectName(u"instrumentTitle"_s);
    LargePrint::setFont(m_title, kBasePointSize + 2, true);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_languageNotice = new QLabel(tr("No validated version of this questionnaire in your language is installed, so it is shown "
                                     "in English. Please ask the staff if you need help."),
                                  page);
    m_languageNotice->setObjectName(u"languageNotice"_s);
    m_languageNotice->setWordWrap(true);
    m_languageNotice->setTextFormat(Qt::PlainText);
    m_languageNotice->setAccessibleName(m_languageNotice->text());
    m_languageNotice->hide();
    m_recall = new QLabel(page);
    m_recall->setObjectName(u"recall"_s);
    m_recall->setWordWrap(true);
    m_recall->setTextFormat(Qt::PlainText);

    m_progressLabel = new QLabel(page);
    m_progressLabel->setObjectName(u"progressLabel"_s);
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setAccessibleName(tr("Progress through the questions"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(18);

    m_question = new QLabel(page);
    m_question->setObjectName(u"questionText"_s);
    LargePrint::setFont(m_question, kQuestionPointSize, true);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_question->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_answerHolder = new QVBoxLayout;
    m_answerHolder->setContentsMargins(0, 0, 0, 0);

    m_problem = new QLabel(page);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    m_back = new QPushButton(tr("← Back"), page);
    m_back->setObjectName(u"backButton"_s);
    m_back->setAccessibleName(tr("Back to the previous question"));
    m_back->setMinimumHeight(kAnswerMinHeight);
    connect(m_back, &QPushButton::clicked, this, &PatientModeWindow::back);
    m_next = new QPushButton(tr("Next →"), page);
    m_next->setObjectName(u"nextButton"_s);
    m_next->setAccessibleName(tr("Next question"));
    m_next->setMinimumHeight(kAnswerMinHeight);
    LargePrint::setFont(m_next, kBasePointSize + 2, true);
    connect(m_next, &QPushButton::clicked, this, &PatientModeWindow::next);
    auto *nav = new QHBoxLayout;
    nav->addWidget(m_back);
    nav->addStretch();
    nav->addWidget(m_next);

    m_attribution = new QLabel(page);
    m_attribution->setObjectName(u"attribution"_s);
    m_attribution->setAccessibleName(tr("Copyright and attribution"));
    m_attribution->setWordWrap(true);
    m_attribution->setTextFormat(Qt::PlainText);
    LargePrint::setFont(m_attribution, 15);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addSpacing(16);
    progressRow->addWidget(m_progress, 1);

    // The question and its answers scroll when a long answer list does not fit the screen;
    // the title, progress, Back/Next and the attribution stay in place.
    auto *body = new QWidget(page);
    body->setObjectName(u"questionBody"_s);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 8, 0);
    bodyLayout->setSpacing(12);
    bodyLayout->addWidget(m_question);
    bodyLayout->addLayout(m_answerHolder);
    bodyLayout->addStretch(1);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(u"questionScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(body);
    scroll->viewport()->setAutoFillBackground(false);
    body->setAutoFillBackground(false);

    layout->addWidget(m_title);
    layout->addWidget(m_languageNotice);
    layout->addWidget(m_recall);
    layout->addLayout(progressRow);
    layout->addSpacing(8);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addLayout(nav);
    layout->addWidget(m_attribution);
    return page;
}

QWidget *PatientModeWindow::buildThankYouPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"thankYouPage"_s);
    auto *layout = new QVBoxLayout(page);
    auto *text = new QLabel(tr("Thank you — please hand the device back to the clinic staff."), page);
    text->setObjectName(u"thankYouText"_s);
    LargePrint::setFont(text, kQuestionPointSize + 4, true);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setTextFormat(Qt::PlainText);
    m_thankYouBack = new QPushButton(tr("← Change my last answer"), page);
    m_thankYouBack->setObjectName(u"thankYouBack"_s);
    m_thankYouBack->setAccessibleName(tr("Go back and change the last answer"));
    m_thankYouBack->setMinimumHeight(kAnswerMinHeight);
    connect(m_thankYouBack, &QPushButton::clicked, this, &PatientModeWindow::back);
    layout->addStretch();
    layout->addWidget(text);
    layout->addStretch();
    layout->addWidget(m_thankYouBack, 0, Qt::AlignLeft);
    return page;
}

QWidget *PatientModeWindow::buildUnlockPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"unlockPage"_s);
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(tr("For clinic staff"), page);
    LargePrint::setFont(heading, kBasePointSize + 2, true);
    auto *explain = new QLabel(tr("Type the unlock code to leave the questionnaire. Patients: please tap \"Return to the questions\"."), page);
    explain->setWordWrap(true);
    m_code = new QLineEdit(page);
    m_code->setObjectName(u"unlockCode"_s);
    m_code->setAccessibleName(tr("Unlock code"));
    m_code->setEchoMode(QLineEdit::Password);
    m_code->setMinimumHeight(56);
    m_code->setMaximumWidth(420);
    connect(m_code, &QLineEdit::returnPressed, this, &PatientModeWindow::tryUnlock);
    auto *codeLabel = new QLabel(tr("&Unlock code"), page);
    codeLabel->setBuddy(m_code);
    m_unlockError = new QLabel(page);
    m_unlockError->setObjectName(u"unlockError"_s);
    m_unlockError->setAccessibleName(tr("Unlock message"));
    m_unlockError->setWordWrap(true);
    auto *unlock = new QPushButton(tr("Unlock"), page);
    unlock->setObjectName(u"unlockButton"_s);
    unlock->setAccessibleName(tr("Unlock and leave patient mode"));
    unlock->setMinimumHeight(kAnswerMinHeight);
    connect(unlock, &QPushButton::clicked, this, &PatientModeWindow::tryUnlock);
    auto *ret = new QPushButton(tr("Return to the questions"), page);
    ret->setObjectName(u"returnButton"_s);
    ret->setAccessibleName(tr("Return to the questions"));
    ret->setMinimumHeight(kAnswerMinHeight);
    connect(ret, &QPushButton::clicked, this, [this] {
        m_code->clear();
        m_pages->setCurrentWidget(m_returnPage ? m_returnPage : m_questionPage);
        m_staff->show();
        showCurrentPage();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(unlock);
    buttons->addWidget(ret);
    buttons->addStretch();
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(explain);
    layout->addWidget(codeLabel);
    layout->addWidget(m_code);
    layout->addWidget(m_unlockError);
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

void PatientModeWindow::goToFirstUnanswered()
{
    const QList<int> visible = visibleSteps();
    for (int k = 0; k < visible.size(); ++k) {
        const Step &s = m_steps[visible[k]];
        if (item(s)->type == ItemType::Display || isAnswered(s))
            continue;
        // Start at the introduction that leads to it, if any.
        while (k > 0 && m_steps[visible[k - 1]].form == s.form && item(m_steps[visible[k - 1]])->type == ItemType::Display)
            --k;
        showStep(visible[k]);
        return;
    }
    showThankYou();
}

void PatientModeWindow::showStep(int index)
{
    m_current = index;
    const Step &step = m_steps[index];
    const Form &form = m_forms[step.form];
    const Definition &def = *form.def;
    const Item &it = *item(step);

    m_formLanguage = form.language;
    m_title->setText(localized(def.title, m_formLanguage));
    // Validated translations only (letter-and-handouts.md §5 rule 1): otherwise English, said so.
    m_languageNotice->setVisible(m_formLanguage != m_language);
    const QString recall = localized(def.recall, m_formLanguage);
    m_recall->setText(tr("Time period: %1").arg(recall));
    m_recall->setVisible(!recall.isEmpty());
    // Licence classes A and B require the attribution wherever the questions are shown.
    const QString attribution = localized(def.licence.attribution, m_formLanguage);
    m_attribution->setText(attribution);
    m_attribution->setVisible(!attribution.isEmpty());
    // The paraphrase notice (wording status) is for clinicians and is deliberately not shown here.

    const QList<int> visible = visibleSteps();
    const int number = int(visible.indexOf(index)) + 1;
    const int count = int(visible.size());
    const QString progress = tr("Question %1 of %2").arg(number).arg(count);
    m_progressLabel->setText(progress);
    m_progress->setRange(0, count);
    m_progress->setValue(number);
    m_progress->setAccessibleDescription(progress);

    m_question->setText(localized(it.text, m_formLanguage));
    m_question->setAccessibleName(tr("Question"));
    m_problem->hide();

    buildAnswers(it);
    m_back->setEnabled(number > 1);
    m_next->setText(number == count ? tr("Finish") : tr("Next →"));
    m_next->setAccessibleName(number == count ? tr("Finish the questionnaire") : tr("Next question"));
    m_pages->setCurrentWidget(m_questionPage);
    m_staff->show();
    refreshAnswerButtons();
}

void PatientModeWindow::buildAnswers(const Item &it)
{
    if (m_answers) {
        m_answers->hide();
        m_answers->setParent(nullptr);
        m_answers->deleteLater();
    }
    m_answers = new QWidget(m_questionPage);
    m_answers->setObjectName(u"answers"_s);
    // Set explicitly: widgets made after the style sheet was applied do not pick up the
    // window's large font on their own.
    LargePrint::setFont(m_answers, kBasePointSize);
    m_answers->setAccessibleName(localized(it.text, m_formLanguage));
    m_answerHolder->addWidget(m_answers);
    m_group = new QButtonGroup(m_answers);
    const Form &form = m_forms[m_steps[m_current].form];
    const QString question = localized(it.text, m_formLanguage);

    if (isChoiceLike(it.type)) {
        m_group->setExclusive(it.type != ItemType::MultiChoice);
        auto *layout = new QVBoxLayout(m_answers);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(10);
        if (const AnswerSet *set = form.def->answerSet(it.answerSet)) {
            for (int i = 0; i < set->options.size(); ++i) {
                const AnswerOption &o = set->options[i];
                if (o.missing)
                    continue; // "not answered" markers are for transcription, not for the patient
                const QString label = localized(o.label, m_formLanguage);
                auto *b = new QPushButton(label, m_answers);
                b->setObjectName(u"answer-%1"_s.arg(i));
                b->setProperty("answer", true);
                b->setProperty("label", label);
                b->setCheckable(true);
                b->setAccessibleName(label);
                b->setAccessibleDescription(question);
                b->setMinimumHeight(kAnswerMinHeight);
                b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
                m_group->addButton(b, i);
                layout->addWidget(b);
            }
        }
        connect(m_group, &QButtonGroup::idClicked, this, [this, type = it.type](int i) {
            if (type == ItemType::MultiChoice) {
                toggleMulti(i);
                return;
            }
            const Form &f = m_forms[m_steps[m_current].form];
            Answer a;
            a.code = f.def->answerSet(f.def->item(m_steps[m_current].linkId)->answerSet)->options[i].code;
            select(a);
        });
    } else if (it.type == ItemType::NumericRating) {
        auto *layout = new QVBoxLayout(m_answers);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        const int lo = int(it.min.value_or(0)), hi = int(it.max.value_or(10));
        for (int v = lo; v <= hi; ++v) {
            auto *b = new QPushButton(QString::number(v), m_answers);
            b->setObjectName(u"rating-%1"_s.arg(v));
            b->setProperty("rating", true);
            b->setProperty("label", QString::number(v));
            b->setCheckable(true);
            const QString anchor = localized(it.anchors.value(QString::number(v)), m_formLanguage);
            b->setAccessibleName(anchor.isEmpty() ? QString::number(v) : tr("%1, %2").arg(v).arg(anchor));
            b->setAccessibleDescription(question);
            b->setMinimumHeight(kAnswerMinHeight + 8);
            b->setMinimumWidth(48);
            b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            m_group->addButton(b, v);
            row->addWidget(b);
        }
        auto *anchors = new QHBoxLayout;
        auto *left = new QLabel(localized(it.anchors.value(QString::number(lo)), m_formLanguage), m_answers);
        left->setObjectName(u"anchorLow"_s);
        auto *right = new QLabel(localized(it.anchors.value(QString::number(hi)), m_formLanguage), m_answers);
        right->setObjectName(u"anchorHigh"_s);
        right->setAlignment(Qt::AlignRight | Qt::AlignTop);
        for (auto *l : {left, right}) {
            l->setWordWrap(true);
            l->setTextFormat(Qt::PlainText);
        }
        anchors->addWidget(left, 1);
        anchors->addStretch(1);
        anchors->addWidget(right, 1);
        layout->addLayout(row);
        layout->addLayout(anchors);
        markRatingScale(m_answers, m_group, lo, hi); // read as one scale with the chosen number
        connect(m_group, &QButtonGroup::idClicked, this, [this](int v) {
            Answer a;
            a.number = v;
            select(a);
        });
    } else if (it.type == ItemType::Integer) {
        auto *layout = new QHBoxLayout(m_answers);
        auto *spin = new QSpinBox(m_answers);
        spin->setObjectName(u"integerAnswer"_s);
        spin->setAccessibleName(question);
        const int lo = int(it.min.value_or(0)), hi = int(it.max.value_or(999));
        spin->setRange(lo - 1, hi);
        spin->setSpecialValueText(tr("–")); // below the minimum: not answered yet
        const auto given = form.response.answers.value(it.linkId);
        spin->setValue(given.number ? int(*given.number) : lo - 1);
        spin->setMinimumHeight(kAnswerMinHeight);
        spin->setMinimumWidth(200);
        LargePrint::setFont(spin, kQuestionPointSize);
        layout->addWidget(spin);
        layout->addStretch();
        connect(spin, &QSpinBox::valueChanged, this, [this, lo](int v) {
            if (v < lo)
                return unselect();
            Answer a;
            a.number = v;
            select(a);
        });
    } else if (it.type == ItemType::Text) {
        auto *layout = new QVBoxLayout(m_answers);
        auto *edit = new QPlainTextEdit(m_answers);
        edit->setObjectName(u"textAnswer"_s);
        edit->setAccessibleName(question);
        edit->setTabChangesFocus(true);
        edit->setPlainText(form.response.answers.value(it.linkId).text);
        edit->setMinimumHeight(160);
        layout->addWidget(edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            const QString t = edit->toPlainText().trimmed();
            if (t.isEmpty())
                return unselect();
            Answer a;
            a.text = t;
            select(a);
        });
    } else if (it.type == ItemType::Date) {
        auto *layout = new QHBoxLayout(m_answers);
        auto *edit = new QDateEdit(m_answers);
        edit->setObjectName(u"dateAnswer"_s);
        edit->setAccessibleName(question);
        edit->setCalendarPopup(true);
        edit->setMinimumHeight(kAnswerMinHeight);
        const QDate given = QDate::fromString(form.response.answers.value(it.linkId).text, Qt::ISODate);
        edit->setDate(given.isValid() ? given : QDate::currentDate());
        layout->addWidget(edit);
        layout->addStretch();
        connect(edit, &QDateEdit::dateChanged, this, [this](QDate d) {
            Answer a;
            a.text = d.toString(Qt::ISODate);
            select(a);
        });
    }
    for (QWidget *child : m_answers->findChildren<QWidget *>())
        if (!child->testAttribute(Qt::WA_SetFont))
            LargePrint::setFont(child, kBasePointSize);
    m_answers->show(); // built after the page may already be on screen
}

void PatientModeWindow::refreshAnswerButtons()
{
    if (m_current < 0)
        return;
    const Step &step = m_steps[m_current];
    const Item &it = *item(step);
    const Answer a = m_forms[step.form].response.answers.value(step.linkId);
    const AnswerSet *set = m_forms[step.form].def->answerSet(it.answerSet);
    for (QAbstractButton *b : m_group->buttons()) {
        const int id = m_group->id(b);
        bool on = false;
        if (it.type == ItemType::NumericRating)
            on = a.number && int(*a.number) == id;
        else if (set && id >= 0 && id < set->options.size())
            on = it.type == ItemType::MultiChoice ? a.codes.contains(set->options[id].code) : a.code == set->options[id].code;
        b->setChecked(on);
        const QString label = b->property("label").toString();
        b->setText(on && it.type != ItemType::NumericRating ? u"✓  "_s + label : label);
    }
    const bool answered = isAnswered(step);
    m_next->setEnabled(answered || !it.required || it.type == ItemType::Display);
    if (m_answers->isAncestorOf(focusWidget()) && m_group->checkedButton() && it.type != ItemType::MultiChoice) {
        m_group->checkedButton()->setFocus(); // focus follows a choice made with a digit key
    } else if (!m_answers->isAncestorOf(focusWidget()) && isVisible()) {
        QAbstractButton *target = m_group->checkedButton();
        if (!target && !m_group->buttons().isEmpty())
            target = m_group->buttons().constFirst();
        if (target)
            target->setFocus();
        else if (auto *editor = m_answers->findChild<QWidget *>())
            editor->setFocus();
        else
            m_next->setFocus();
    }
}

void PatientModeWindow::select(const Answer &answer)
{
    if (m_current < 0)
        return;
    Form &form = m_forms[m_steps[m_current].form];
    const QString &link = m_steps[m_current].linkId;
    const auto old = form.response.answers.constFind(link);
    if (old == form.response.answers.cend() || !sameAnswer(*old, answer)) {
        form.response.answers.insert(link, answer);
        form.dirty = true;
    }
    refreshAnswerButtons();
}

void PatientModeWindow::unselect()
{
    if (m_current < 0)
        return;
    Form &form = m_forms[m_steps[m_current].form];
    if (form.response.answers.remove(m_steps[m_current].linkId))
        form.dirty = true;
    refreshAnswerButtons();
}

void PatientModeWindow::toggleMulti(int optionIndex)
{
    const Form &form = m_forms[m_steps[m_current].form];
    const AnswerSet *set = form.def->answerSet(item(m_steps[m_current])->answerSet);
    if (!set || optionIndex < 0 || optionIndex >= set->options.size())
        return;
    Answer a = form.response.answers.value(m_steps[m_current].linkId);
    const QString code = set->options[optionIndex].code;
    if (a.codes.contains(code))
        a.codes.removeAll(code);
    else
        a.codes << code;
    if (a.codes.isEmpty())
        unselect();
    else
        select(a);
}

bool PatientModeWindow::pickPosition(int position)
{
    if (m_current < 0)
        return false;
    const Item &it = *item(m_steps[m_current]);
    if (it.type == ItemType::NumericRating) {
        // On a 0–10 scale the digit is the rating itself: "3" means 3, not the third button.
        if (QAbstractButton *b = m_group->button(position)) {
            b->click();
            return true;
        }
        return false;
    }
    const QList<QAbstractButton *> buttons = m_group->buttons();
    if (position < 1 || position > buttons.size())
        return false;
    buttons[position - 1]->click();
    return true;
}

void PatientModeWindow::showThankYou()
{
    m_current = -1;
    m_pages->setCurrentWidget(m_thankYou);
    m_staff->show();
    m_thankYouBack->setEnabled(!visibleSteps().isEmpty());
    m_thankYouBack->setVisible(!visibleSteps().isEmpty());
}

void PatientModeWindow::showCurrentPage()
{
    if (m_pages->currentWidget() == m_questionPage && m_current >= 0)
        showStep(m_current);
}

// ---------------------------------------------------------------------------- saving, moving

bool PatientModeWindow::save(int formIndex)
{
    Form &form = m_forms[formIndex];
    StoredResponse r = scoredResponse(*form.def, form.response, m_visitId, u"patient"_s, m_clinicianId);
    r.id = form.stored.id;
    r.rowVersion = form.stored.rowVersion;
    const SaveResult result = ResponseRepository(m_db, m_clinicianId).save(r);
    if (!result.ok()) {
        // Nothing alarming and nothing technical for the patient; the staff get the reason.
        if (m_problem) {
            m_problem->setText(tr("Your answer could not be saved. Please ask the clinic staff for help."));
            m_problem->show();
        }
        emit saveFailed(result.message);
        return false;
    }
    form.stored = r;
    form.dirty = false;
    const QString instrument = form.def->id;
    QStringList raised;
    for (const QString &code : std::as_const(r.alerts))
        if (!form.alertsSignalled.contains(code)) {
            form.alertsSignalled.insert(code);
            raised << code;
        }
    for (const QString &code : std::as_const(raised)) // the form may change in a slot
        emit safetyAlertRaised(instrument, code);
    return true;
}

bool PatientModeWindow::commitCurrent()
{
    if (m_current < 0)
        return true;
    const int formIndex = m_steps[m_current].form;
    if (!m_forms[formIndex].dirty)
        return true;
    if (!save(formIndex))
        return false;
    if (m_forms[formIndex].screenId.isEmpty()) {
        updateChain(formIndex);
        rebuildSteps();
    }
    return true;
}

bool PatientModeWindow::next()
{
    if (m_current < 0 || m_pages->currentWidget() != m_questionPage || !m_next->isEnabled())
        return false;
    if (!commitCurrent())
        return false;
    const QList<int> visible = visibleSteps();
    const int at = int(visible.indexOf(m_current));
    if (at + 1 < visible.size())
        showStep(visible[at + 1]);
    else
        showThankYou();
    return true;
}

void PatientModeWindow::back()
{
    if (m_pages->currentWidget() == m_thankYou) {
        const QList<int> visible = visibleSteps();
        if (!visible.isEmpty()) {
            showStep(visible.constLast());
        }
        return;
    }
    if (m_current < 0 || m_pages->currentWidget() != m_questionPage)
        return;
    if (!commitCurrent())
        return;
    const QList<int> visible = visibleSteps();
    const int at = int(visible.indexOf(m_current));
    if (at > 0)
        showStep(visible[at - 1]);
}

bool PatientModeWindow::answerCurrent(int optionIndexOrValue)
{
    if (m_current < 0 || m_pages->currentWidget() != m_questionPage)
        return false;
    const Step step = m_steps[m_current];
    const Item &it = *item(step);
    const Definition &def = *m_forms[step.form].def;
    Answer a;
    switch (it.type) {
    case ItemType::Choice:
    case ItemType::YesNo:
    case ItemType::MultiChoice: {
        const AnswerSet *set = def.answerSet(it.answerSet);
        if (!set || optionIndexOrValue < 0 || optionIndexOrValue >= set->options.size() || set->options[optionIndexOrValue].missing)
            return false;
        if (it.type == ItemType::MultiChoice)
            a.codes << set->options[optionIndexOrValue].code;
        else
            a.code = set->options[optionIndexOrValue].code;
        break;
    }
    case ItemType::NumericRating:
    case ItemType::Integer:
        if ((it.min && optionIndexOrValue < *it.min) || (it.max && optionIndexOrValue > *it.max))
            return false;
        a.number = optionIndexOrValue;
        break;
    case ItemType::Display:
        return next();
    default:
        return false;
    }
    select(a);
    return next();
}

// ---------------------------------------------------------------------------- locking

void PatientModeWindow::openStaffPanel()
{
    m_returnPage = m_pages->currentWidget() == m_unlockPage ? m_returnPage : m_pages->currentWidget();
    m_code->clear();
    m_unlockError->clear();
    m_pages->setCurrentWidget(m_unlockPage);
    m_staff->hide();
    m_code->setFocus();
}

void PatientModeWindow::tryUnlock()
{
    if (m_unlocked)
        return;
    const QString typed = m_code->text();
    m_code->clear();
    if (typed != m_unlockCode) {
        m_unlockError->setText(tr("That code is not correct. Nothing has changed."));
        m_code->setFocus();
        return;
    }
    commitCurrent(); // an answer chosen but not yet confirmed is kept
    m_unlocked = true;
    m_unlockError->setText(tr("Unlocked. Patient mode can now be closed."));
    emit finished(isCompleted());
}

void PatientModeWindow::closeEvent(QCloseEvent *event)
{
    if (m_unlocked)
        event->accept();
    else
        event->ignore();
}

void PatientModeWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        if (m_unlocked)
            close();
        event->accept(); // never leaves the mode while locked
        return;
    }
    const bool goBack = key == Qt::Key_Backspace || (key == Qt::Key_Left && (event->modifiers() & Qt::AltModifier));
    QWidget *page = m_pages->currentWidget();
    if (page == m_questionPage && m_current >= 0) {
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        if (key >= Qt::Key_0 && key <= Qt::Key_9 && mods == Qt::NoModifier) {
            pickPosition(key - Qt::Key_0);
            event->accept();
            return;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            next();
            event->accept();
            return;
        }
        if (goBack) {
            back();
            event->accept();
            return;
        }
    } else if (page == m_thankYou && goBack) {
        back();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace SpineDesk
