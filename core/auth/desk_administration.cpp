#include "auth/desk_administration.h"

#include "auth/permissions.h"
#include "auth/sign_in_service.h"
#include "storage/deadline_rule_repository.h"
#include "storage/desk_event_repository.h"
#include "storage/settings_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "text/text_checks.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(DeskAdministration)
};

const QString kRetentionYears = QStringLiteral("retention_years");

} // namespace

Result<int> DeskAdministration::retentionYears() const
{
    auto stored = SettingsRepository(m_db).value(kRetentionYears);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int years = stored->toInt(&ok);
    return ok && years >= 1 && years <= kMaxRetentionYears ? years : kDefaultRetentionYears;
}

Status DeskAdministration::setRetentionYears(const QString &actor, int years, const QDateTime &now)
{
    if (years < 1 || years > kMaxRetentionYears) {
        const QString message =
            Msg::tr("Personal data is kept between 1 and %1 years after a case is closed.").arg(kMaxRetentionYears);
        return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("retention_years"), message}}};
    }
    return changeSetting(actor, kRetentionYears, QString::number(years), now);
}

Status DeskAdministration::setCaseNumberPrefix(const QString &actor, const QString &prefix, const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        if (auto allowed = authorize(m_db, actor, Permission::ManageSettings); !allowed)
            return allowed.error();
        SettingsRepository settings(m_db);
        const auto stored = settings.caseNumberPrefix();
        const QString old = stored ? stored.value() : QString();
        if (auto saved = settings.setCaseNumberPrefix(prefix); !saved)
            return saved;
        if (auto done = logged(actor, QStringLiteral("setting_changed"), SettingsRepository::kCaseNumberPrefix,
                               old + QStringLiteral(" → ") + prefix, now);
            !done)
            return done;
        return {};
    });
}

Status DeskAdministration::checkCouncilName(const QString &name)
{
    const QString trimmed = name.trimmed();
    QString message;
    if (trimmed.isEmpty() || trimmed.size() > kMaxCouncilNameLength)
        message = Msg::tr("The council's name is 1 to %1 characters, such as 上海市长宁区消费者权益保护委员会.")
                      .arg(kMaxCouncilNameLength);
    else if (trimmed.contains(QLatin1Char('\n')) || trimmed.contains(QLatin1Char('\r')))
        message = Msg::tr("The council's name is one line.");
    else
        message = textProblem(trimmed);
    if (!message.isEmpty())
        return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("council"), message}}};
    return {};
}

Status DeskAdministration::setCouncilName(const QString &actor, const QString &name, const QDateTime &now)
{
    if (auto checked = checkCouncilName(name); !checked)
        return checked;
    return changeSetting(actor, SettingsRepository::kCouncilName, name.trimmed(), now);
}

Status DeskAdministration::setUpDesk(const std::optional<QString> &prefix, const std::optional<QString> &councilName)
{
    if (councilName) {
        if (auto checked = checkCouncilName(*councilName); !checked)
            return checked;
    }
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto settingUp = SignInService(m_db).needsFirstAdministrator();
        if (!settingUp)
            return settingUp.error();
        if (!settingUp.value()) {
            return Error{ErrorCode::Forbidden,
                         Msg::tr("This desk has an administrator: its settings are changed by signing in."), {}};
        }
        SettingsRepository settings(m_db);
        if (prefix) {
            if (auto saved = settings.setCaseNumberPrefix(*prefix); !saved)
                return saved;
        }
        if (councilName) {
            if (auto saved = settings.setValue(SettingsRepository::kCouncilName, councilName->trimmed()); !saved)
                return saved;
        }
        return {};
    });
}

Status DeskAdministration::changeSetting(const QString &actor, const QString &key, const QString &value,
                                         const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        if (auto allowed = authorize(m_db, actor, Permission::ManageSettings); !allowed)
            return allowed.error();
        SettingsRepository settings(m_db);
        const auto stored = settings.value(key);
        const QString old = stored ? stored.value() : QString();
        if (auto saved = settings.setValue(key, value); !saved)
            return saved;
        if (auto done = logged(actor, QStringLiteral("setting_changed"), key, old + QStringLiteral(" → ") + value, now);
            !done)
            return done;
        return {};
    });
}

// The check, the change and its desk event in one transaction (the calendar and rule
// repositories join it), tried again whole when a server broke it off to resolve a deadlock.
Result<CalendarImportSummary> DeskAdministration::importCalendarFile(const QString &actor, const QString &path,
                                                                     const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Result<CalendarImportSummary> {
        if (auto allowed = authorize(m_db, actor, Permission::ManageDirectories); !allowed)
            return allowed.error();
        auto imported = CalendarRepository(m_db).importFile(path, now);
        if (!imported)
            return imported;
        if (auto done = logged(actor, QStringLiteral("calendar_imported"), QString::number(imported->year), path, now);
            !done)
            return done.error();
        return imported;
    });
}

Status DeskAdministration::setCalendarDay(const QString &actor, QDate date, bool working, const QString &name,
                                          const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        if (auto allowed = authorize(m_db, actor, Permission::ManageDirectories); !allowed)
            return allowed.error();
        if (auto set = CalendarRepository(m_db).setDay(date, working, name); !set)
            return set;
        return logged(actor, QStringLiteral("calendar_day_set"), date.toString(Qt::ISODate),
                      (working ? QStringLiteral("working ") : QStringLiteral("off ")) + name, now);
    });
}

Status DeskAdministration::clearCalendarDay(const QString &actor, QDate date, const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        if (auto allowed = authorize(m_db, actor, Permission::ManageDirectories); !allowed)
            return allowed.error();
        if (auto cleared = CalendarRepository(m_db).clearDay(date); !cleared)
            return cleared;
        return logged(actor, QStringLiteral("calendar_day_cleared"), date.toString(Qt::ISODate), {}, now);
    });
}

Result<DeadlineRuleSet> DeskAdministration::addRuleSet(const QString &actor, const DeadlineRuleSet &set,
                                                       const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Result<DeadlineRuleSet> {
        if (auto allowed = authorize(m_db, actor, Permission::ManageDirectories); !allowed)
            return allowed.error();
        auto added = DeadlineRuleRepository(m_db).add(set);
        if (!added)
            return added;
        if (auto done = logged(actor, QStringLiteral("rule_set_added"), added->name,
                               added->effectiveFrom.toString(Qt::ISODate), now);
            !done)
            return done.error();
        return added;
    });
}

Status DeskAdministration::logged(const QString &actor, const QString &action, const QString &subject,
                                  const QString &detail, const QDateTime &now)
{
    return DeskEventRepository(m_db).record({0, now, actor.trimmed(), action, subject, detail});
}

} // namespace casedesk
