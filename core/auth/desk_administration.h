#pragma once

#include "calendar/holiday_schedule.h"
#include "deadlines/deadline_rules.h"
#include "result.h"
#include "storage/calendar_repository.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// The desk's settings, working-day calendar and deadline rule sets, changed by a user
// allowed to (settings: Permission::ManageSettings; calendar and rules:
// Permission::ManageDirectories). Each change writes a desk event. The repositories
// underneath stay plain storage; the windows and the CLI come through here.
class DeskAdministration {
public:
    explicit DeskAdministration(QSqlDatabase db) : m_db(std::move(db)) {}

    // Settings.
    static constexpr int kDefaultRetentionYears = 3;
    static constexpr int kMaxRetentionYears = 30;
    Result<int> retentionYears() const; // years after closing that personal data is kept
    Status setRetentionYears(const QString &actor, int years, const QDateTime &now = QDateTime::currentDateTime());
    Status setCaseNumberPrefix(const QString &actor, const QString &prefix,
                               const QDateTime &now = QDateTime::currentDateTime());
    // The council's name as its documents print it (调解协议书, 诉调对接移送函): one line of 1 to
    // kMaxCouncilNameLength readable characters, stored trimmed. The rule lives here only;
    // checkCouncilName() is it without the write (the CLI's set-up, when nobody can sign in yet).
    static constexpr int kMaxCouncilNameLength = 60;
    static Status checkCouncilName(const QString &name);
    Status setCouncilName(const QString &actor, const QString &name, const QDateTime &now = QDateTime::currentDateTime());
    // A new desk's case number prefix and council name (each when given) before anyone can sign
    // in (casedesk-cli init without --admin): both checked first, then written in one
    // transaction, with no desk event, as nobody acts yet. Refused once an administrator exists.
    Status setUpDesk(const std::optional<QString> &prefix, const std::optional<QString> &councilName);

    // Working-day calendar.
    Result<CalendarImportSummary> importCalendarFile(const QString &actor, const QString &path,
                                                     const QDateTime &now = QDateTime::currentDateTime());
    Status setCalendarDay(const QString &actor, QDate date, bool working, const QString &name,
                          const QDateTime &now = QDateTime::currentDateTime());
    Status clearCalendarDay(const QString &actor, QDate date, const QDateTime &now = QDateTime::currentDateTime());

    // Deadline rule sets.
    Result<DeadlineRuleSet> addRuleSet(const QString &actor, const DeadlineRuleSet &set,
                                       const QDateTime &now = QDateTime::currentDateTime());

private:
    Status changeSetting(const QString &actor, const QString &key, const QString &value, const QDateTime &now);
    Status logged(const QString &actor, const QString &action, const QString &subject, const QString &detail,
                  const QDateTime &now);

    QSqlDatabase m_db;
};

} // namespace casedesk
