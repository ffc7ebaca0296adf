#include "ui/aidview.h"

#include "i18n/language.h"
#include "storage/decisionrepository.h"
#include "ui/aidsections.h"
#include "ui/draftstatus.h"
#include "ui/presentationwindow.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <optional>

using namespace Qt::StringLiterals;

namespace SpineDesk {

AidView::AidView(QSqlDatabase db, qint64 clinicianId, const Visit &visit, const Aids::DecisionAid &aid,
                 const Aids::EvidenceRegistry &registry, const Instruments::Definition *sure, const QString &sureError,
                 const QString &language, const QString &clinicianName, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clinicianId(clinicianId)
    , m_visit(visit)
    , m_aid(aid)
    , m_registry(registry)
    , m_sureDefinition(sure)
    , m_sureError(sureError)
    , m_clinicianName(clinicianName)
    // The patient's language when the aid has it (letter-and-handouts.md §5 rule 5), else English.
    , m_lang(aid.hasLanguage(language) ? language : u"en"_s)
{
    setObjectName(u"aid-"_s + aid.id);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &AidView::saveNow);

    QPushButton *reloadButton = nullptr;
    m_conflictBanner = makeConflictBanner(this, tr("⚠ This decision record was changed in another window or on another workstation. "
                                                   "Your latest changes are still on screen but were not saved. Reload to see the "
                                                   "saved version."),
                                          tr("Reload the saved decision record"), &reloadButton);
    connect(reloadButton, &QPushButton::clicked, this, &AidView::reload);

    // Rule 7: the Spanish option is in plain sight, not in a menu.
    m_languageSwitch = new AidLanguageSwitch(m_aid, m_lang, currentLanguage(), this);
    connect(m_languageSwitch, &AidLanguageSwitch::chosen, this, &AidView::setLanguage);
    m_versionNotice = wrappedLabel(QString(), this);
    m_versionNotice->setObjectName(u"versionNotice"_s);
    m_versionNotice->hide();

    m_previous = new QPushButton(this);
    m_previous->setObjectName(u"previousSection"_s);
    connect(m_previous, &QPushButton::clicked, this, [this] { showSection(m_sections->currentIndex() - 1); });
    m_next = new QPushButton(this);
    m_next->setObjectName(u"nextSection"_s);
    connect(m_next, &QPushButton::clicked, this, [this] { showSection(m_sections->currentIndex() + 1); });
    m_present = new QPushButton(tr("P&resent to the patient…"), this);
    m_present->setObjectName(u"present"_s);
    m_present->setAccessibleDescription(tr("Opens a large, uncluttered window with this section, for turning the screen to "
                                           "the patient or showing it on a second monitor."));
    connect(m_present, &QPushButton::clicked, this, &AidView::present);
    m_save = new QPushButton(tr("Sa&ve record"), this);
    m_save->setObjectName(u"saveRecord"_s);
    m_save->setAccessibleDescription(tr("Saves the decision record now; changes are also saved automatically."));
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_dirty = true; // an explicit save records the defaults too
        saveNow();
    });
    m_state = new QLabel(this);
    m_state->setObjectName(u"saveState"_s);
    m_state->setAccessibleName(tr("Save status"));
    auto *nav = new QHBoxLayout;
    nav->addWidget(m_previous);
    nav->addWidget(m_next);
    nav->addStretch();
    nav->addWidget(m_state);
    nav->addWidget(m_present);
    nav->addWidget(m_save);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->addWidget(m_conflictBanner);
    m_layout->addWidget(m_languageSwitch);
    m_layout->addWidget(m_versionNotice);
    m_layout->addLayout(nav);
    buildBody();

    reload();
    updateNavigation();
}

void AidView::buildBody()
{
    // The aid in its language: its title, the pending-review mark while that language is a
    // translation nobody has reviewed yet (issue 8), the sections and the footer.
    m_body = new QWidget(this);
    auto *v = new QVBoxLayout(m_body);
    v->setContentsMargins(0, 0, 0, 0);
    auto *title = wrappedLabel(contentText(m_aid.title, m_lang), m_body, true, 1.3);
    title->setObjectName(u"aidTitle"_s);
    m_reviewMark = makeReviewMark(m_aid, m_lang, m_body);

    m_sections = new QTabWidget(m_body);
    m_sections->setObjectName(u"aidSections"_s);
    m_sections->setAccessibleName(tr("Decision aid sections"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(buildOptions(), tr("1. Options"));
    m_sections->addTab(buildOutcomes(), tr("2. Outcomes"));
    m_values = new AidValuesSection(m_aid, m_lang);
    m_sections->addTab(scrollingPage(m_values), tr("3. What matters"));
    m_knowledge = new AidKnowledgeCheck(m_aid.knowledge, m_lang);
    m_sections->addTab(scrollingPage(m_knowledge), tr("4. Understanding"));
    m_choice = new AidChoiceSection(m_aid.options, m_lang, m_clinicianName);
    m_sections->addTab(scrollingPage(m_choice), tr("5. Choice"));
    m_sure = new AidSureSection(m_sureDefinition, m_sureError, m_lang);
    m_sections->addTab(scrollingPage(m_sure), tr("6. SURE"));
    const QStringList sectionNames{tr("The options side by side"), tr("What happened to people like you"),
                                   tr("What matters to you"), tr("Check your understanding"), tr("The patient's choice"),
                                   tr("SURE test for decisional conflict")};
    for (int i = 0; i < sectionNames.size(); ++i)
        m_sections->setTabToolTip(i, sectionNames[i]);
    connect(m_sections, &QTabWidget::currentChanged, this, &AidView::updateNavigation);
    connect(m_values, &AidValuesSection::edited, this, [this] {
        if (m_presentation)
            m_presentation->setValues(m_values->marked());
        markChanged();
    });
    connect(m_knowledge, &AidKnowledgeCheck::edited, this, &AidView::markChanged);
    connect(m_choice, &AidChoiceSection::edited, this, &AidView::markChanged);
    connect(m_sure, &AidSureSection::edited, this, &AidView::markChanged);
    v->addWidget(title);
    v->addWidget(m_reviewMark);
    v->addWidget(m_sections, 1);
    // Between the version notice and the navigation; the footer goes last.
    m_layout->insertWidget(m_layout->indexOf(m_versionNotice) + 1, m_body, 1);
    m_footer = new AidFooter(m_aid, m_registry, m_lang, this);
    m_layout->addWidget(m_footer);
    // Rebuilt in a shown view, they would otherwise wait for a queued show.
    m_body->show();
    m_footer->show();
}

void AidView::setLanguage(const QString &lang)
{
    if (lang == m_lang || !m_aid.hasLanguage(lang)) {
        m_languageSwitch->setCurrent(m_lang);
        return;
    }
    // What was marked is kept: the draft is saved first, and shown again from the record.
    if (m_dirty && !m_readOnly && !saveNow()) {
        m_languageSwitch->setCurrent(m_lang);
        return;
    }
    const int section = m_sections->currentIndex();
    struct Presented {
        QScreen *screen = nullptr;
        QRect geometry;
        bool fullScreen = false;
        int page = 0;
    };
    std::optional<Presented> presented;
    if (m_presentation) {
        if (m_presentation->isVisible())
            presented = Presented{m_presentation->screen(), m_presentation->geometry(), m_presentation->isFullScreen(),
                                  m_presentation->currentPage()};
        m_presentation->close();
        m_presentation->deleteLater(); // the request may come from inside it
        m_presentation = nullptr;
    }
    m_lang = lang;
    m_layout->removeWidget(m_body);
    m_layout->removeWidget(m_footer);
    delete m_body;
    delete m_footer;
    buildBody();
    reload();
    showSection(section);
    updateNavigation();
    m_languageSwitch->setCurrent(m_lang);
    if (presented) {
        openPresentation(presented->screen, presented->fullScreen);
        if (!presented->fullScreen)
            m_presentation->setGeometry(presented->geometry);
        m_presentation->showPage(presented->page);
    }
    emit languageChanged(m_lang);
}

AidView::~AidView()
{
    if (m_presentation)
        m_presentation->close();
    blockSignals(true); // the page that listens may be half destroyed already
    if (m_dirty && !m_readOnly)
        saveNow();
}

QWidget *AidView::buildOptions()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    auto *condition = wrappedLabel(contentText(m_aid.condition, m_lang), page);
    condition->setObjectName(u"condition"_s);
    condition->setAccessibleName(tr("The condition"));
    auto *decision = wrappedLabel(contentText(m_aid.decision, m_lang), page, true, 1.15);
    decision->setObjectName(u"decisionQuestion"_s);
    decision->setAccessibleName(tr("The decision"));
    m_grid = new QTableWidget(page);
    m_grid->setObjectName(u"optionGrid"_s);
    m_grid->setAccessibleName(tr("Option grid: the options in columns, your questions in rows"));
    fillOptionGrid(m_grid, m_aid, m_lang);
    v->addWidget(condition);
    v->addWidget(decision);
    v->addWidget(m_grid, 1);
    return page;
}

QWidget *AidView::buildOutcomes()
{
    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    if (!m_aid.outcomes.isEmpty())
        v->addWidget(wrappedLabel(tr("Each picture shows 100 people like you. The coloured block shows how many had this outcome; "
                                     "every option is shown out of the same 100."),
                                  content));
    if (!m_aid.scaleShifts.isEmpty())
        v->addWidget(wrappedLabel(tr("Where the studies give an average difference on a scale, a line shows the scale and an arrow "
                                     "shows how far one option came out ahead on average."),
                                  content));
    for (const Aids::Outcome &o : m_aid.outcomes)
        v->addWidget(makeOutcomePanel(m_aid, o, m_lang, &m_arrays, content));
    for (const Aids::ScaleShift &s : m_aid.scaleShifts)
        v->addWidget(makeScaleShiftPanel(m_aid, s, m_lang, &m_shifts, content));
    v->addStretch();
    return scrollingPage(content);
}

void AidView::showSection(int section)
{
    if (section >= 0 && section < m_sections->count())
        m_sections->setCurrentIndex(section);
}

void AidView::updateNavigation()
{
    const int i = m_sections->currentIndex();
    auto name = [this](int s) { return m_sections->tabText(s).section(u". "_s, 1); };
    m_previous->setEnabled(i > 0);
    m_next->setEnabled(i + 1 < m_sections->count());
    m_previous->setText(i > 0 ? tr("◀ Back: %1").arg(name(i - 1)) : tr("◀ Back"));
    m_next->setText(i + 1 < m_sections->count() ? tr("Next: %1 ▶").arg(name(i + 1)) : tr("Next ▶"));
    m_previous->setAccessibleName(tr("Previous section"));
    m_next->setAccessibleName(tr("Next section"));
}

void AidView::reload()
{
    m_autosave.stop();
    m_loading = true;
    QString error;
    const auto loaded = DecisionRepository(m_db, m_clinicianId).load(m_visit.id, m_aid.id, &error);
    // A stored record that cannot be read is said, and never written over.
    m_loadError = loaded ? QString() : error;
    Aids::DecisionRecord r = loaded.value_or(Aids::DecisionRecord{});
    r.visitId = m_visit.id;
    r.aidId = m_aid.id;
    m_record = r;
    const bool fresh = r.rowVersion == 0;

    m_values->setMarked(r.values);
    m_knowledge->setAnswers(r.knowledge);
    m_choice->load(r);
    m_sure->setAnswers(r.sure);
    const bool oldVersion = !fresh && !r.aidVersion.isEmpty() && r.aidVersion != m_aid.version;
    m_versionNotice->setText(oldVersion ? u"ℹ "_s + tr("This record was made with version %1 of the aid; it is now version %2. "
                                                       "Saving records it against version %2.").arg(r.aidVersion, m_aid.version)
                                        : QString());
    m_versionNotice->setVisible(oldVersion);
    m_loading = false;
    m_dirty = false;
    m_conflict = false;
    m_conflictBanner->hide();
    if (!m_loadError.isEmpty())
        m_state->setText(u"⚠ "_s + m_loadError);
    else if (m_readOnly)
        m_state->setText(tr("This visit is signed. Changes are recorded as addenda."));
    else
        m_state->setText(fresh ? tr("Not recorded yet.")
                               : tr("Recorded %1.").arg(QLocale().toString(r.recordedAt.toLocalTime(), QLocale::ShortFormat)));
    setReadOnly(m_readOnly);
}

Aids::DecisionRecord AidView::record() const
{
    Aids::DecisionRecord r = m_record;
    r.visitId = m_visit.id;
    r.aidId = m_aid.id;
    r.aidVersion = m_aid.version;
    r.aidSha256 = m_aid.sha256;
    r.values = m_values->marked();
    r.knowledge = m_knowledge->answers();
    r.sure = m_sure->answers();
    m_choice->store(r);
    return r;
}

void AidView::markChanged()
{
    if (m_loading || m_readOnly || !m_loadError.isEmpty())
        return;
    m_dirty = true;
    if (!m_conflict) {
        m_state->setText(tr("Saving…"));
        m_autosave.start();
    }
    emit changed();
}

bool AidView::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || m_readOnly || m_conflict || !m_loadError.isEmpty())
        return !m_conflict && m_loadError.isEmpty();
    Aids::DecisionRecord r = record();
    const SaveResult result = DecisionRepository(m_db, m_clinicianId).save(r);
    m_conflict = showSaveResult(result, m_state, m_conflictBanner);
    if (!result.ok())
        return false;
    m_record = r;
    m_dirty = false;
    m_versionNotice->hide();
    emit saved();
    return true;
}

void AidView::setReadOnly(bool readOnly)
{
    if (readOnly && m_dirty)
        saveNow();
    m_readOnly = readOnly;
    const bool editable = !readOnly && m_loadError.isEmpty();
    m_values->setEditable(editable);
    m_knowledge->setEditable(editable);
    m_choice->setEditable(editable);
    m_sure->setEditable(editable);
    m_save->setEnabled(editable);
    if (m_presentation) {
        m_presentation->setValues(m_values->marked());
        m_presentation->setValuesEditable(editable);
    }
    if (readOnly)
        m_state->setText(tr("This visit is signed. Changes are recorded as addenda."));
}

PresentationWindow *AidView::presentation() const
{
    return m_presentation.data();
}

void AidView::present()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *mine = screen();
    QScreen *other = nullptr;
    for (QScreen *s : screens)
        if (s != mine)
            other = s;
    if (!other) {
        openPresentation(mine, false);
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Presentation mode"),
                    tr("A second screen (%1) is connected. Show the presentation there, full screen?").arg(other->name()),
                    QMessageBox::NoButton, this);
    QPushButton *there = ask.addButton(tr("On the &second screen"), QMessageBox::AcceptRole);
    QPushButton *here = ask.addButton(tr("On &this screen"), QMessageBox::RejectRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(there);
    ask.exec();
    if (ask.clickedButton() == there)
        openPresentation(other, true);
    else if (ask.clickedButton() == here)
        openPresentation(mine, false);
}

void AidView::openPresentation(QScreen *target, bool fullScreen)
{
    if (!m_presentation) {
        m_presentation = new PresentationWindow(m_aid, m_lang, this);
        connect(m_presentation, &PresentationWindow::valueChanged, this,
                [this](const QString &id, int value) { m_values->mark(id, value); });
        connect(m_presentation, &PresentationWindow::languageRequested, this, &AidView::setLanguage);
    }
    m_presentation->setValues(m_values->marked());
    m_presentation->setValuesEditable(!m_readOnly && m_loadError.isEmpty());
    m_presentation->showSection(m_sections->currentIndex());
    if (target) {
        m_presentation->setScreen(target);
        m_presentation->setGeometry(target->availableGeometry().adjusted(40, 40, -40, -40));
    }
    if (fullScreen)
        m_presentation->showFullScreen();
    else
        m_presentation->show();
    m_presentation->raise();
    m_presentation->activateWindow();
}

} // namespace SpineDesk
