#include "calendar_settings_page.h"

#include "notice_bar.h"

#include "auth/desk_administration.h"

#include "storage/calendar_repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

CalendarSettingsPage::CalendarSettingsPage(QSqlDatabase db, const QString &actor, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_actor(actor), m_year(new QComboBox(this)), m_coverage(new QLabel(this)),
      m_days(new QTableWidget(this)), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_working(new QRadioButton(tr("Working day"), this)), m_off(new QRadioButton(tr("Day off"), this)),
      m_name(new QLineEdit(this)), m_message(new NoticeBar(this))
{
    setObjectName(QStringLiteral("calendarSettingsPage"));
    const int thisYear = QDate::currentDate().year();
    for (int year = thisYear - 3; year <= thisYear + 2; ++year)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(m_year->findData(thisYear));
    m_days->setObjectName(QStringLiteral("calendarDaysTable"));
    m_days->setColumnCount(4);
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Weekday"), tr("Working?"), tr("Name")});
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setStretchLastSection(true);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_off->setChecked(true);
    m_name->setPlaceholderText(tr("Why, e.g. 区政府调休"));

    auto *importButton = new QPushButton(tr("Import a Year's Notice..."), this);
    auto *setButton = new QPushButton(tr("Set This Day"), this);
    auto *clearButton = new QPushButton(tr("Clear My Setting"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year"), this));
    top->addWidget(m_year);
    top->addWidget(m_coverage, 1);
    top->addWidget(importButton);
    auto *dayRow = new QHBoxLayout;
    dayRow->addWidget(m_date);
    dayRow->addWidget(m_working);
    dayRow->addWidget(m_off);
    dayRow->addWidget(m_name, 1);
    dayRow->addWidget(setButton);
    dayRow->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(top);
    layout->addWidget(m_days, 1);
    layout->addLayout(dayRow);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] { showYear(m_year->currentData().toInt()); });
    connect(m_days, &QTableWidget::cellClicked, this, [this](int row) {
        m_date->setDate(QDate::fromString(m_days->item(row, 0)->text(), Qt::ISODate));
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a Year's Notice"), {},
                                                          tr("Holiday schedules (*.json)"));
        if (!path.isEmpty())
            (void)importFile(path); // the outcome is shown on the page
    });
    connect(setButton, &QPushButton::clicked, this,
            [this] { (void)setDay(m_date->date(), m_working->isChecked(), m_name->text()); });
    connect(clearButton, &QPushButton::clicked, this, [this] { (void)clearDay(m_date->date()); });
    showYear(thisYear);
}

void CalendarSettingsPage::showYear(int year)
{
    const QSignalBlocker blocker(m_year);
    if (m_year->findData(year) < 0)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(m_year->findData(year));
    auto calendar = CalendarRepository(m_db).load();
    m_days->setRowCount(0);
    if (!calendar) {
        m_coverage->clear();
        m_message->showError(tr("The calendar could not be loaded: %1").arg(calendar.error().message));
        return;
    }
    m_coverage->setText(calendar->coversYear(year)
                            ? tr("The published schedule of %1 is known.").arg(year)
                            : tr("No schedule for %1 yet: only weekends are days off. Import the notice when "
                                 "it is published.")
                                  .arg(year));
    const QList<SpecialDay> days = calendar->specialDays(year);
    const QLocale locale;
    m_days->setRowCount(int(days.size()));
    for (int row = 0; row < days.size(); ++row) {
        const SpecialDay &day = days.at(row);
        const QStringList cells = {day.date.toString(Qt::ISODate), locale.dayName(day.date.dayOfWeek()),
                                   day.working ? tr("Make-up working day") : tr("Day off"), day.name};
        for (int column = 0; column < cells.size(); ++column)
            m_days->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_days->resizeColumnsToContents();
}

void CalendarSettingsPage::report(const Status &done, const QString &success)
{
    if (done)
        m_message->showMessage(success, NoticeBar::Kind::Information);
    else
        m_message->showError(done.error().message);
}

Status CalendarSettingsPage::importFile(const QString &path)
{
    auto imported = DeskAdministration(m_db).importCalendarFile(m_actor, path);
    if (!imported) {
        report(imported.error(), {});
        return imported.error();
    }
    report({}, tr("Imported the schedule of %1: %2 days off, %3 make-up working days.")
                   .arg(imported->year)
                   .arg(imported->daysOff)
                   .arg(imported->makeUpDays));
    showYear(imported->year);
    return {};
}

Status CalendarSettingsPage::setDay(QDate date, bool working, const QString &name)
{
    const Status done = DeskAdministration(m_db).setCalendarDay(m_actor, date, working, name.trimmed());
    report(done, working ? tr("%1 is now a working day.").arg(date.toString(Qt::ISODate))
                         : tr("%1 is now a day off.").arg(date.toString(Qt::ISODate)));
    if (done)
        showYear(date.year());
    return done;
}

Status CalendarSettingsPage::clearDay(QDate date)
{
    const Status done = DeskAdministration(m_db).clearCalendarDay(m_actor, date);
    report(done, tr("%1 follows the published schedule again.").arg(date.toString(Qt::ISODate)));
    if (done)
        showYear(date.year());
    return done;
}

} // namespace casedesk
