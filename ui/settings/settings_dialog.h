#pragma once

#include <QDialog>
#include <QSqlDatabase>

namespace casedesk {

class CalendarSettingsPage;
class CouncilSettingsPage;
class LetterSettingsPage;
class PrivacySettingsPage;
class RuleSettingsPage;

// Settings of the office's database (working-day calendar, deadline rules, retention, the council's name
// for its documents) and
// of this desk (idle lock). `actor` is the signed-in user: what they may change follows
// their role (auth/permissions.h).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(QSqlDatabase db, const QString &actor, QWidget *parent = nullptr);

    CalendarSettingsPage *calendarPage() const { return m_calendar; }
    RuleSettingsPage *rulePage() const { return m_rules; }
    PrivacySettingsPage *privacyPage() const { return m_privacy; }
    CouncilSettingsPage *councilPage() const { return m_council; }
    LetterSettingsPage *letterPage() const { return m_letters; }

private:
    CalendarSettingsPage *m_calendar;
    RuleSettingsPage *m_rules;
    PrivacySettingsPage *m_privacy;
    CouncilSettingsPage *m_council;
    LetterSettingsPage *m_letters = nullptr;
};

} // namespace casedesk
