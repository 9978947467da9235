#pragma once

#include <QDialog>
#include <QSqlDatabase>

namespace casedesk {

class CalendarSettingsPage;
class CouncilSettingsPage;
class RuleSettingsPage;

// Settings of the office's database: the working-day calendar, the deadline rules and the
// council's name for its documents.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(QSqlDatabase db, QWidget *parent = nullptr);

    CalendarSettingsPage *calendarPage() const { return m_calendar; }
    RuleSettingsPage *rulePage() const { return m_rules; }
    CouncilSettingsPage *councilPage() const { return m_council; }

private:
    CalendarSettingsPage *m_calendar;
    RuleSettingsPage *m_rules;
    CouncilSettingsPage *m_council;
};

} // namespace casedesk
