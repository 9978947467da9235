#pragma once

#include <QDialog>
#include <QSqlDatabase>

namespace casedesk {

class CalendarSettingsPage;
class RuleSettingsPage;

// Settings of the office's database: the working-day calendar and the deadline rules.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(QSqlDatabase db, QWidget *parent = nullptr);

    CalendarSettingsPage *calendarPage() const { return m_calendar; }
    RuleSettingsPage *rulePage() const { return m_rules; }

private:
    CalendarSettingsPage *m_calendar;
    RuleSettingsPage *m_rules;
};

} // namespace casedesk
