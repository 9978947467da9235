#include "auth/user_administration.h"

#include "auth/permissions.h"
#include "storage/desk_event_repository.h"
#include "storage/login_accounts.h"
#include "storage/sql_helpers.h"

#include <QCoreApplication>

#include <functional>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(UserAdministration)
};

// Runs `change` for an authorized actor inside one transaction, with its desk event.
Result<User> administer(const QSqlDatabase &db, const QString &actor, const QString &name, const DeskEvent &event,
                        const std::function<Status(UserRepository &)> &change)
{
    return inRetriedTransaction(db, [&]() -> Result<User> {
        auto admin = authorize(db, actor, Permission::ManageUsers);
        if (!admin)
            return admin.error();
        UserRepository users(db);
        if (auto changed = change(users); !changed)
            return changed.error();
        DeskEvent logged = event;
        logged.actor = admin->name;
        if (auto recorded = DeskEventRepository(db).record(logged); !recorded)
            return recorded.error();
        return users.findByName(name);
    });
}

// Refuses to take away the last active administrator who can sign in.
Status keepsAnAdministrator(const QSqlDatabase &db, const User &user)
{
    if (user.role != Role::Administrator || !user.active || !user.hasPassword)
        return {};
    auto others = UserRepository(db).countAdministratorsWhoCanSignIn(user.id);
    if (!others)
        return others.error();
    if (others.value() > 0)
        return {};
    return Error{ErrorCode::Conflict,
                 Msg::tr("%1 is the only administrator who can sign in; make someone else an administrator first.")
                     .arg(user.name),
                 {}};
}

} // namespace

Result<User> UserAdministration::addUser(const QString &actor, const QString &name, Role role, const QString &password,
                                         HashCost cost, const QDateTime &now)
{
    auto hash = hashPassword(password, cost);
    if (!hash)
        return hash.error();
    return administer(m_db, actor, name.trimmed(), {0, now, {}, QStringLiteral("user_added"), name.trimmed(), codeOf(role)},
                      [&](UserRepository &users) -> Status {
                          auto added = users.add(name, role, now, hash.value());
                          if (!added)
                              return added.error();
                          return LoginAccounts(m_db).setPassword(name, hash.value(), password);
                      });
}

Result<User> UserAdministration::setRole(const QString &actor, const QString &name, Role role, const QDateTime &now)
{
    return administer(m_db, actor, name, {0, now, {}, QStringLiteral("role_changed"), name.trimmed(), codeOf(role)},
                      [&](UserRepository &users) -> Status {
                          auto user = users.findByName(name);
                          if (!user)
                              return user.error();
                          if (role != Role::Administrator) {
                              if (auto kept = keepsAnAdministrator(m_db, user.value()); !kept)
                                  return kept;
                          }
                          return users.setRole(name, role);
                      });
}

Result<User> UserAdministration::setActive(const QString &actor, const QString &name, bool active, const QDateTime &now)
{
    const QString action = active ? QStringLiteral("user_activated") : QStringLiteral("user_deactivated");
    return administer(m_db, actor, name, {0, now, {}, action, name.trimmed(), {}}, [&](UserRepository &users) -> Status {
        auto user = users.findByName(name);
        if (!user)
            return user.error();
        if (!active) {
            if (auto kept = keepsAnAdministrator(m_db, user.value()); !kept)
                return kept;
        }
        return users.setActive(name, active);
    });
}

Result<User> UserAdministration::resetPassword(const QString &actor, const QString &name, const QString &password,
                                               HashCost cost, const QDateTime &now)
{
    auto hash = hashPassword(password, cost);
    if (!hash)
        return hash.error();
    return administer(m_db, actor, name, {0, now, {}, QStringLiteral("password_reset"), name.trimmed(), {}},
                      [&](UserRepository &) { return LoginAccounts(m_db).setPassword(name, hash.value(), password); });
}

Result<User> UserAdministration::unlock(const QString &actor, const QString &name, const QDateTime &now)
{
    return administer(m_db, actor, name, {0, now, {}, QStringLiteral("unlocked"), name.trimmed(), {}},
                      [&](UserRepository &users) { return users.clearFailedSignIns(name); });
}

} // namespace casedesk
