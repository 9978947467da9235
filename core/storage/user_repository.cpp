#include "storage/user_repository.h"

#include "storage/engine.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "text/text_checks.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

Error nameError(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("name"), message}}};
}

Status checkName(const QString &name)
{
    if (name.isEmpty())
        return nameError(Msg::tr("A user needs a name."));
    if (name.size() > UserRepository::kMaxNameLength)
        return nameError(Msg::tr("A user name has at most %1 characters.").arg(UserRepository::kMaxNameLength));
    if (const QString problem = textProblem(name); !problem.isEmpty())
        return nameError(problem);
    if (name.contains(QLatin1Char('\n')) || name.contains(QLatin1Char('\t')))
        return nameError(Msg::tr("A user name is one line of text."));
    return {};
}

User userFromRow(const QSqlQuery &q)
{
    User user;
    user.id = q.value(0).toLongLong();
    user.name = q.value(1).toString();
    // An unknown code (a newer release's role) acts with the least: read-only auditor.
    user.role = roleFromCode(q.value(2).toString()).value_or(Role::Auditor);
    user.active = q.value(3).toBool();
    user.createdAt = dateTimeFromStored(q.value(4));
    user.hasPassword = q.value(5).toBool();
    user.failedSignIns = q.value(6).toInt();
    user.lockedUntil = q.value(7).isNull() ? QDateTime() : dateTimeFromStored(q.value(7));
    return user;
}

// Whether a user has a password. A server's logins may not read the hashes (server_rights.h):
// there a function that may answers.
QString hasPassword(const QSqlDatabase &db)
{
    return engineOf(db) == Engine::Postgres ? QStringLiteral("casedesk_has_password(id)")
                                            : QStringLiteral("password_hash <> ''");
}

QString selectUser(const QSqlDatabase &db)
{
    return QStringLiteral("SELECT id, name, role, active, created_at, %1, failed_sign_ins, locked_until FROM users ")
        .arg(hasPassword(db));
}

Error noSuchUser(const QString &name)
{
    return Error{ErrorCode::NotFound, Msg::tr("There is no user named \"%1\".").arg(name.trimmed()), {}};
}

} // namespace

Result<User> UserRepository::add(const QString &rawName, Role role, const QDateTime &now, const QString &passwordHash)
{
    const QString name = rawName.trimmed();
    if (auto valid = checkName(name); !valid)
        return valid.error();
    // No transaction of its own: callers (UserAdministration) check the actor and write the
    // desk event in theirs; the UNIQUE constraint still guards against a racing insert.
    auto exists = queryScalar(m_db, QStringLiteral("SELECT id FROM users WHERE name = ?"), {name});
    if (!exists)
        return exists.error();
    if (!exists->isNull())
        return nameError(Msg::tr("There is already a user named \"%1\".").arg(name));
    auto inserted = runQuery(
        m_db, QStringLiteral("INSERT INTO users(name, role, active, created_at, password_hash) VALUES (?, ?, 1, ?, ?)"),
        {name, codeOf(role), storedDateTime(now), passwordHash});
    if (!inserted)
        return inserted.error();
    return findByName(name);
}

Result<QList<User>> UserRepository::list(bool includeInactive) const
{
    auto query = runQuery(m_db, selectUser(m_db) + (includeInactive ? QString() : QStringLiteral("WHERE active = 1 ")) +
                                    QStringLiteral("ORDER BY name"));
    if (!query)
        return query.error();
    QList<User> users;
    while (query->next())
        users.append(userFromRow(query.value()));
    return users;
}

Result<User> UserRepository::findByName(const QString &name) const
{
    auto query = runQuery(m_db, selectUser(m_db) + QStringLiteral("WHERE name = ?"), {name.trimmed()});
    if (!query)
        return query.error();
    if (!query->next())
        return noSuchUser(name);
    return userFromRow(query.value());
}

Status UserRepository::setRole(const QString &name, Role role)
{
    return change(name, QStringLiteral("role = ?"), codeOf(role));
}

Status UserRepository::setActive(const QString &name, bool active)
{
    return change(name, QStringLiteral("active = ?"), active ? 1 : 0);
}

Status UserRepository::change(const QString &name, const QString &assignment, const QVariant &value)
{
    auto updated = runQuery(m_db, QStringLiteral("UPDATE users SET %1 WHERE name = ?").arg(assignment),
                            {value, name.trimmed()});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return noSuchUser(name);
    return {};
}

Result<QString> UserRepository::passwordHashOf(const QString &name) const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT password_hash FROM users WHERE name = ?"), {name.trimmed()});
    if (!query)
        return query.error();
    if (!query->next())
        return noSuchUser(name);
    return query->value(0).toString();
}

Status UserRepository::setPasswordHash(const QString &name, const QString &hash)
{
    return change(name, QStringLiteral("password_hash = ?, failed_sign_ins = 0, locked_until = NULL"), hash);
}

Status UserRepository::recordFailedSignIn(const QString &name, const QDateTime &lockedUntil)
{
    // Locking starts the count again, so after the lock-out the user has the full number of tries.
    if (lockedUntil.isValid())
        return change(name, QStringLiteral("failed_sign_ins = 0, locked_until = ?"), storedDateTime(lockedUntil));
    return change(name, QStringLiteral("failed_sign_ins = failed_sign_ins + 1, locked_until = ?"), QVariant());
}

Status UserRepository::clearFailedSignIns(const QString &name)
{
    return change(name, QStringLiteral("failed_sign_ins = 0, locked_until = ?"), QVariant());
}

Result<int> UserRepository::countActiveWithPassword() const
{
    auto count = queryScalar(m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE active = 1 AND %1").arg(hasPassword(m_db)));
    if (!count)
        return count.error();
    return count->toInt();
}

Result<int> UserRepository::countAdministratorsWhoCanSignIn(qint64 exceptId) const
{
    auto count = queryScalar(m_db,
                             QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator' AND active = 1"
                                            " AND %1 AND id <> ?")
                                 .arg(hasPassword(m_db)),
                             {exceptId});
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace casedesk
