#include "ui/outcomefilterbar.h"

#include "documents/outcomecharts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace SpineDesk {

namespace {
// A date edit at its minimum shows "any" and means an open end.
const QDate kOpen(1900, 1, 1);

QDateEdit *dateEdit(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kOpen);
    edit->setSpecialValueText(OutcomeFilterBar::tr("any"));
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setDate(kOpen);
    return edit;
}

QComboBox *combo(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}
} // namespace

OutcomeFilterBar::OutcomeFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"outcomeFilters"_s);
    setAccessibleName(tr("Filters"));
    m_period = combo(this, u"filterPeriod"_s, tr("Period of the first visit"));
    m_period->addItem(tr("All dates"), int(Period::All));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Last quarter"), int(Period::LastQuarter));
    m_period->addItem(tr("Custom dates"), int(Period::Custom));
    m_from = dateEdit(this, u"filterFrom"_s, tr("First visit from"));
    m_to = dateEdit(this, u"filterTo"_s, tr("First visit to"));
    m_clinician = combo(this, u"filterClinician"_s, tr("Clinician at the first visit"));
    m_clinician->addItem(tr("Every clinician"), qint64(0));
    m_kind = combo(this, u"filterKind"_s, tr("Kind of first visit"));
    m_kind->addItem(tr("Every kind of first visit"), -1);
    m_kind->addItem(visitKindLabel(VisitKind::Initial), int(VisitKind::Initial));
    m_kind->addItem(visitKindLabel(VisitKind::PhysicalTherapy), int(VisitKind::PhysicalTherapy));
    m_condition = combo(this, u"filterCondition"_s, tr("Condition"));
    m_condition->addItem(tr("Every condition"), QString());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        layout->addWidget(label);
        layout->addWidget(w);
    };
    labelled(tr("&Period:"), m_period);
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    labelled(tr("C&linician:"), m_clinician);
    labelled(tr("&Visit:"), m_kind);
    labelled(tr("Co&ndition:"), m_condition);
    layout->addStretch();

    const auto notify = [this] {
        if (!m_quiet)
            emit changed();
    };
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const auto p = Period(m_period->currentData().toInt());
        if (!m_quiet && p != Period::Custom)
            setPeriod(p);
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this, notify] {
            if (m_quiet)
                return;
            m_quiet = true;
            m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
            m_quiet = false;
            notify();
        });
    for (QComboBox *box : {m_clinician, m_kind, m_condition})
        connect(box, &QComboBox::currentIndexChanged, this, notify);
}

void OutcomeFilterBar::setClinicians(const QList<Clinician> &clinicians)
{
    const qint64 current = m_clinician->currentData().toLongLong();
    m_quiet = true;
    while (m_clinician->count() > 1)
        m_clinician->removeItem(1);
    for (const Clinician &c : clinicians)
        m_clinician->addItem(c.active ? c.signatureName() : tr("%1 (inactive)").arg(c.signatureName()), c.id);
    m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(current)));
    m_quiet = false;
}

void OutcomeFilterBar::setConditions(const QStringList &diagnosisIds)
{
    const QString current = m_condition->currentData().toString();
    QList<QPair<QString, QString>> labelled;
    for (const QString &id : diagnosisIds)
        if (!id.isEmpty())
            labelled.append({OutcomeCharts::conditionLabel(id), id});
    std::sort(labelled.begin(), labelled.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    m_quiet = true;
    while (m_condition->count() > 1)
        m_condition->removeItem(1);
    for (const auto &[label, id] : labelled)
        m_condition->addItem(label, id);
    m_condition->setCurrentIndex(std::max(0, m_condition->findData(current)));
    m_quiet = false;
}

Outcomes::Filter OutcomeFilterBar::filter() const
{
    Outcomes::Filter f;
    f.from = dateOf(m_from);
    f.to = dateOf(m_to);
    f.clinicianId = m_clinician->currentData().toLongLong();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        f.firstVisitKind = VisitKind(kind);
    f.condition = m_condition->currentData().toString();
    return f;
}

QDate OutcomeFilterBar::dateOf(const QDateEdit *edit) const
{
    return edit->date() == kOpen ? QDate() : edit->date();
}

QPair<QDate, QDate> OutcomeFilterBar::lastQuarter(QDate today)
{
    const int quarterStartMonth = (today.month() - 1) / 3 * 3 + 1;
    const QDate thisQuarter(today.year(), quarterStartMonth, 1);
    return {thisQuarter.addMonths(-3), thisQuarter.addDays(-1)};
}

QPair<QDate, QDate> OutcomeFilterBar::thisYear(QDate today)
{
    return {QDate(today.year(), 1, 1), today};
}

void OutcomeFilterBar::setPeriod(Period period, QDate today)
{
    QPair<QDate, QDate> range;
    if (period == Period::ThisYear)
        range = thisYear(today);
    else if (period == Period::LastQuarter)
        range = lastQuarter(today);
    else if (period == Period::Custom)
        range = {dateOf(m_from), dateOf(m_to)};
    m_quiet = true;
    m_period->setCurrentIndex(m_period->findData(int(period)));
    applyDates(range.first, range.second);
    m_quiet = false;
    emit changed();
}

void OutcomeFilterBar::setDates(QDate from, QDate to)
{
    m_quiet = true;
    m_period->setCurrentIndex(m_period->findData(int(!from.isValid() && !to.isValid() ? Period::All : Period::Custom)));
    applyDates(from, to);
    m_quiet = false;
    emit changed();
}

void OutcomeFilterBar::applyDates(QDate from, QDate to)
{
    m_from->setDate(from.isValid() ? from : kOpen);
    m_to->setDate(to.isValid() ? to : kOpen);
}

void OutcomeFilterBar::setClinician(qint64 clinicianId)
{
    m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(clinicianId)));
}

void OutcomeFilterBar::setFirstVisitKind(std::optional<VisitKind> kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind ? int(*kind) : -1)));
}

void OutcomeFilterBar::setCondition(const QString &diagnosisId)
{
    m_condition->setCurrentIndex(std::max(0, m_condition->findData(diagnosisId)));
}

} // namespace SpineDesk
