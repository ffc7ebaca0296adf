#include "ui/homeprogrameditor.h"

#include "core/handoutcontent.h"
#include "i18n/language.h"
#include "ui/exercisefigurewidget.h"
#include "ui/fielderrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SpineDesk {

using namespace Therapy;

namespace {
int ExercisePrescription::*doseMember(const QString &field)
{
    if (field == u"sets")
        return &ExercisePrescription::sets;
    if (field == u"repetitions")
        return &ExercisePrescription::repetitions;
    if (field == u"holdSeconds")
        return &ExercisePrescription::holdSeconds;
    if (field == u"minutes")
        return &ExercisePrescription::minutes;
    if (field == u"timesPerDay")
        return &ExercisePrescription::timesPerDay;
    return &ExercisePrescription::daysPerWeek;
}
} // namespace

HomeProgramEditor::HomeProgramEditor(const ExerciseLibrary &library, QWidget *parent)
    : TherapySection(parent)
    , m_library(library)
{
    auto *box = new QGroupBox(tr("Home exercise programme"), this);
    auto *bl = new QVBoxLayout(box);

    auto *pick = new QHBoxLayout;
    m_picker = new QComboBox(box);
    m_picker->setObjectName(u"exercisePicker"_s);
    m_picker->setAccessibleName(tr("Exercise from the library"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(18);
    TherapyUi::guardWheel(m_picker);
    auto *pickLabel = new QLabel(tr("E&xercise"), box);
    pickLabel->setBuddy(m_picker);
    m_add = new QPushButton(tr("Add to the &programme"), box);
    m_add->setObjectName(u"addExercise"_s);
    m_add->setAccessibleName(tr("Add the exercise to the home programme with its starting dose"));
    connect(m_add, &QPushButton::clicked, this, [this] { addExercise(m_picker->currentData().toString()); });
    pick->addWidget(pickLabel);
    pick->addWidget(m_picker, 1);
    pick->addWidget(m_add);
    bl->addLayout(pick);
    m_suggestionLabel = TherapyUi::sectionHint(QString(), box);
    m_suggestionLabel->setObjectName(u"suggestionNote"_s);
    bl->addWidget(m_suggestionLabel);
    m_libraryErrors = makeErrorLabel(box);
    m_libraryErrors->setObjectName(u"libraryErrors"_s);
    bl->addWidget(m_libraryErrors);
    if (!m_library.errors().isEmpty())
        TherapyUi::setError(m_libraryErrors, nullptr, tr("Problems in the exercise library (an exercise that could not be read "
                                                         "is not offered): %1")
                                                          .arg(m_library.errors().join(u"; "_s)));

    auto *middle = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(box);
    m_list->setObjectName(u"homeProgram"_s);
    m_list->setAccessibleName(tr("Exercises in the home programme, in print order"));
    m_list->setMinimumHeight(120);
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showDose();
        updateButtons();
    });
    auto *order = new QHBoxLayout;
    m_up = new QPushButton(tr("Move &up"), box);
    m_up->setAccessibleName(tr("Move the exercise up"));
    m_down = new QPushButton(tr("Move do&wn"), box);
    m_down->setAccessibleName(tr("Move the exercise down"));
    m_remove = new QPushButton(tr("Re&move"), box);
    m_remove->setObjectName(u"removeExercise"_s);
    m_remove->setAccessibleName(tr("Remove the exercise from the programme"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveExercise(m_list->currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveExercise(m_list->currentRow(), +1); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeExercise(m_list->currentRow()); });
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addStretch();
    order->addWidget(m_remove);
    left->addWidget(m_list, 1);
    left->addLayout(order);

    m_doseEditor = new QWidget(box);
    auto *right = new QVBoxLayout(m_doseEditor);
    right->setContentsMargins(0, 0, 0, 0);
    m_figure = new ExerciseFigureWidget(m_doseEditor);
    m_purpose = TherapyUi::sectionHint(QString(), m_doseEditor);
    m_purpose->setObjectName(u"exercisePurpose"_s);
    // The pending-review notice in the patient's language, or why that language is missing.
    m_translationNote = TherapyUi::sectionHint(QString(), m_doseEditor);
    m_translationNote->setObjectName(u"exerciseTranslationNote"_s);
    m_translationNote->setAccessibleName(tr("Translation of the exercise text"));
    m_translationNote->hide();
    auto *form = new QFormLayout;
    const std::array<std::tuple<QString, QString, QString, int>, 6> doses{{
        {u"sets"_s, tr("&Sets"), QString(), 999},
        {u"repetitions"_s, tr("&Repetitions"), QString(), 9999},
        {u"holdSeconds"_s, tr("&Hold"), tr(" s"), 9999},
        {u"minutes"_s, tr("M&inutes"), tr(" min"), 9999},
        {u"timesPerDay"_s, tr("&Times a day"), QString(), 99},
        {u"daysPerWeek"_s, tr("&Days a week"), QString(), 99},
    }};
    for (const auto &[field, label, suffix, maximum] : doses) {
        auto *spin = new QSpinBox(m_doseEditor);
        spin->setObjectName(u"dose."_s + field);
        spin->setAccessibleName(QString(label).remove(u'&'));
        spin->setRange(0, maximum); // past the valid range: validation explains instead of clamping
        spin->setSuffix(suffix);
        spin->setSpecialValueText(tr("—"));
        TherapyUi::guardWheel(spin);
        connect(spin, &QSpinBox::valueChanged, this, &HomeProgramEditor::storeDose);
        form->addRow(label, spin);
        m_doses.append({field, spin});
    }
    m_note = new QLineEdit(m_doseEditor);
    m_note->setObjectName(u"dose.note"_s);
    m_note->setAccessibleName(tr("Note for the patient on this exercise"));
    m_note->setPlaceholderText(tr("Printed under the exercise, e.g. stop if leg pain spreads"));
    m_note->setMaxLength(300);
    connect(m_note, &QLineEdit::textEdited, this, &HomeProgramEditor::storeDose);
    form->addRow(tr("N&ote"), m_note);
    m_doseError = makeErrorLabel(m_doseEditor);
    m_doseError->setObjectName(u"doseError"_s);
    m_doseError->setAccessibleName(tr("Problem with the dose"));
    right->addWidget(m_figure);
    right->addWidget(m_purpose);
    right->addWidget(m_translationNote);
    right->addLayout(form);
    right->addWidget(m_doseError);
    right->addStretch();
    middle->addLayout(left, 1);
    middle->addWidget(m_doseEditor, 1);
    bl->addLayout(middle);

    m_advice = new QPlainTextEdit(box);
    m_advice->setObjectName(u"homeProgramAdvice"_s);
    m_advice->setAccessibleName(tr("General advice on the exercise sheet"));
    m_advice->setPlaceholderText(tr("Optional general advice printed on the sheet"));
    m_advice->setTabChangesFocus(true);
    m_advice->setMaximumHeight(m_advice->fontMetrics().lineSpacing() * 3 + 12);
    connect(m_advice, &QPlainTextEdit::textChanged, this, &TherapySection::changed);
    auto *adviceLabel = new QLabel(tr("General &advice"), box);
    adviceLabel->setBuddy(m_advice);
    bl->addWidget(adviceLabel);
    bl->addWidget(m_advice);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    fillPicker();
    refreshList();
}

QString HomeProgramEditor::nameOf(const QString &id) const
{
    const Exercise *e = m_library.exercise(id);
    return e ? textOf(*e, e->name) : tr("%1 (not in the exercise library)").arg(id);
}

QString HomeProgramEditor::textOf(const Exercise &e, const ContentText &text) const
{
    return contentText(text, e.hasText(m_lang) ? m_lang : u"en"_s);
}

void HomeProgramEditor::setPatientLanguage(const QString &lang)
{
    const QString next = supportedLanguages().contains(lang) ? lang : u"en"_s;
    if (next == m_lang)
        return;
    m_lang = next;
    fillPicker();
    refreshList();
}

void HomeProgramEditor::setSuggestionContext(DirectionalPreference preference, TbcClass classification)
{
    if (preference == m_preference && classification == m_class && m_picker->count() > 0)
        return;
    m_preference = preference;
    m_class = classification;
    fillPicker();
}

void HomeProgramEditor::fillPicker()
{
    const QString current = m_picker->currentData().toString();
    m_picker->clear();
    m_suggested.clear();
    const QList<const Exercise *> suggestions = m_library.suggestions(m_preference, m_class);
    for (const Exercise *e : suggestions) {
        m_picker->addItem(u"★ "_s + tr("%1 (suggested)").arg(textOf(*e, e->name)), e->id);
        m_suggested << e->id;
    }
    if (!suggestions.isEmpty())
        m_picker->insertSeparator(m_picker->count());
    for (const Exercise &e : m_library.exercises())
        if (!m_suggested.contains(e.id))
            m_picker->addItem(textOf(e, e.name), e.id);
    const int again = m_picker->findData(current);
    m_picker->setCurrentIndex(again >= 0 ? again : 0);
    m_add->setEnabled(m_editable && m_picker->count() > 0);

    const bool known = m_preference != DirectionalPreference::NotAssessed || m_class != TbcClass::NotClassified;
    if (!known)
        m_suggestionLabel->setText(tr("Record the directional preference (Examination step) and the classification above "
                                      "to see the exercises that suit them first."));
    else if (suggestions.isEmpty())
        m_suggestionLabel->setText(tr("No library exercise is marked for directional preference “%1” and classification “%2”; "
                                      "choose from the whole library.")
                                       .arg(directionalPreferenceLabel(m_preference), tbcClassLabel(m_class)));
    else
        m_suggestionLabel->setText(tr("★ Suggested first (%1 of them): exercises for directional preference “%2” and "
                                      "classification “%3”. A suggestion only: you choose and dose.")
                                       .arg(suggestions.size())
                                       .arg(directionalPreferenceLabel(m_preference), tbcClassLabel(m_class)));
}

QList<std::pair<QString, QString>> HomeProgramEditor::programNames() const
{
    QList<std::pair<QString, QString>> out;
    for (const ExercisePrescription &p : m_program)
        out.append({p.exerciseId, nameOf(p.exerciseId)});
    return out;
}

QMap<QString, QString> HomeProgramEditor::libraryErrors() const
{
    QMap<QString, QString> out;
    for (int i = 0; i < m_program.size(); ++i)
        if (!m_program.at(i).exerciseId.isEmpty() && !m_library.exercise(m_program.at(i).exerciseId))
            out.insert(u"homeProgram.%1.exerciseId"_s.arg(i), tr("This exercise is not in the library and cannot be printed; remove it."));
    return out;
}

bool HomeProgramEditor::addExercise(const QString &exerciseId)
{
    if (!m_editable || !m_library.exercise(exerciseId))
        return false;
    m_program.append(m_library.defaultPrescription(exerciseId));
    refreshList();
    m_list->setCurrentRow(int(m_program.size()) - 1);
    emit programChanged();
    emit changed();
    return true;
}

void HomeProgramEditor::moveExercise(int row, int delta)
{
    const int to = row + delta;
    if (!m_editable || row < 0 || row >= m_program.size() || to < 0 || to >= m_program.size())
        return;
    m_program.move(row, to);
    refreshList();
    m_list->setCurrentRow(to);
    emit programChanged();
    emit changed();
}

void HomeProgramEditor::removeExercise(int row)
{
    if (!m_editable || row < 0 || row >= m_program.size())
        return;
    m_program.removeAt(row);
    refreshList();
    m_list->setCurrentRow(std::min(row, int(m_program.size()) - 1));
    emit programChanged();
    emit changed();
}

void HomeProgramEditor::selectRow(int row)
{
    m_list->setCurrentRow(row);
}

void HomeProgramEditor::refreshList()
{
    const int current = m_list->currentRow();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (int i = 0; i < m_program.size(); ++i) {
        const ExercisePrescription &p = m_program.at(i);
        const QString prefix = u"homeProgram.%1."_s.arg(i);
        const bool problem = std::any_of(m_errors.keyBegin(), m_errors.keyEnd(), [&](const QString &k) { return k.startsWith(prefix); });
        const QString text = tr("%1. %2 — %3").arg(i + 1).arg(nameOf(p.exerciseId), dosageText(p));
        auto *item = new QListWidgetItem(problem ? u"⚠ "_s + text : text, m_list);
        item->setData(Qt::AccessibleDescriptionRole, problem ? tr("has a problem; see the message beside the dose") : QString());
    }
    m_list->setCurrentRow(std::min(current, int(m_list->count()) - 1));
    showDose();
    updateButtons();
}

void HomeProgramEditor::showDose()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_program.size();
    m_doseEditor->setEnabled(any);
    m_showing = true;
    const ExercisePrescription p = any ? m_program.at(row) : ExercisePrescription{};
    for (const auto &[field, spin] : std::as_const(m_doses))
        spin->setValue(any ? p.*doseMember(field) : 0);
    if (m_note->text().trimmed() != p.note) // never under the cursor of someone typing
        m_note->setText(p.note);
    m_showing = false;
    const Exercise *e = any ? m_library.exercise(p.exerciseId) : nullptr;
    const QString shown = e && e->hasText(m_lang) ? m_lang : u"en"_s;
    m_figure->setExercise(e, shown);
    m_purpose->setText(e ? contentText(e->purpose, shown) : QString());
    QString note;
    if (e && m_lang != u"en") {
        switch (e->translationState(m_lang)) {
        case TranslationState::Pending: note = Handouts::pendingTranslationNotice(m_lang); break;
        case TranslationState::Missing:
        case TranslationState::OutOfDate:
            note = tr("Shown in English: this exercise has no current text in the patient's language (%1), so the exercise sheet "
                      "in that language will not print with it.")
                       .arg(languageName(m_lang));
            break;
        case TranslationState::Source:
        case TranslationState::Reviewed: break;
        }
    }
    m_translationNote->setText(note);
    m_translationNote->setVisible(!note.isEmpty());
    // The messages for this exercise, each named by its field.
    QStringList messages;
    const QString prefix = u"homeProgram.%1."_s.arg(row);
    for (auto it = m_errors.begin(); any && it != m_errors.end(); ++it)
        if (it.key().startsWith(prefix)) {
            const QString field = it.key().mid(prefix.size());
            QSpinBox *spin = doseBox(field);
            messages << (spin ? tr("%1: %2").arg(spin->accessibleName(), it.value()) : it.value());
        }
    for (const auto &[field, spin] : std::as_const(m_doses))
        spin->setAccessibleDescription(any ? m_errors.value(prefix + field) : QString());
    TherapyUi::setError(m_doseError, nullptr, messages.join(u' '));
}

void HomeProgramEditor::storeDose()
{
    const int row = m_list->currentRow();
    if (m_showing || !m_editable || row < 0 || row >= m_program.size())
        return;
    ExercisePrescription &p = m_program[row];
    for (const auto &[field, spin] : std::as_const(m_doses))
        p.*doseMember(field) = spin->value();
    p.note = m_note->text().trimmed();
    if (QListWidgetItem *item = m_list->item(row)) {
        const bool problem = item->text().startsWith(u"⚠ "_s);
        const QString text = tr("%1. %2 — %3").arg(row + 1).arg(nameOf(p.exerciseId), dosageText(p));
        item->setText(problem ? u"⚠ "_s + text : text);
    }
    emit changed();
}

void HomeProgramEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(m_editable && row > 0);
    m_down->setEnabled(m_editable && row >= 0 && row + 1 < m_program.size());
    m_remove->setEnabled(m_editable && row >= 0);
}

QSpinBox *HomeProgramEditor::doseBox(const QString &field) const
{
    for (const auto &[f, spin] : m_doses)
        if (f == field)
            return spin;
    return nullptr;
}

void HomeProgramEditor::setRecord(const TherapyRecord &record)
{
    m_program = record.homeProgram;
    m_errors.clear();
    refreshList();
    if (!m_program.isEmpty())
        m_list->setCurrentRow(0);
    m_advice->setPlainText(record.homeProgramAdvice);
}

void HomeProgramEditor::applyTo(TherapyRecord &record) const
{
    record.homeProgram = m_program;
    record.homeProgramAdvice = m_advice->toPlainText().trimmed();
}

QStringList HomeProgramEditor::showErrors(const QMap<QString, QString> &errors)
{
    QMap<QString, QString> mine;
    for (auto it = errors.begin(); it != errors.end(); ++it)
        if (it.key().startsWith(u"homeProgram."))
            mine.insert(it.key(), it.value());
    if (mine != m_errors) {
        m_errors = mine;
        refreshList();
    }
    return mine.keys();
}

void HomeProgramEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_picker->setEnabled(editable);
    m_add->setEnabled(editable && m_picker->count() > 0);
    for (const auto &[field, spin] : std::as_const(m_doses))
        spin->setReadOnly(!editable);
    m_note->setReadOnly(!editable);
    m_advice->setReadOnly(!editable);
    updateButtons();
}

} // namespace SpineDesk
