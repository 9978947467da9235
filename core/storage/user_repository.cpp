#include "storage/user_repository.h"

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
    return {q.value(0).toLongLong(), q.value(1).toString(),
            roleFromCode(q.value(2).toString()).value_or(Role::Caseworker), q.value(3).toBool(),
            dateTimeFromStored(q.value(4))};
}

const QString kSelectUser = QStringLiteral("SELECT id, name, role, active, created_at FROM users ");

} // namespace

Result<User> UserRepository::add(const QString &rawName, Role role, const QDateTime &now)
{
    const QString name = rawName.trimmed();
    if (auto valid = checkName(name); !valid)
        return valid.error();
    Transaction transaction(m_db);
    if (auto started = transaction.begin(); !started)
        return started.error();
    auto exists = queryScalar(m_db, QStringLiteral("SELECT id FROM users WHERE name = ?"), {name});
    if (!exists)
        return exists.error();
    if (!exists->isNull())
        return nameError(Msg::tr("There is already a user named \"%1\".").arg(name));
    auto inserted = runQuery(m_db, QStringLiteral("INSERT INTO users(name, role, active, created_at) VALUES (?, ?, 1, ?)"),
                             {name, codeOf(role), storedDateTime(now)});
    if (!inserted)
        return inserted.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return findByName(name);
}

Result<QList<User>> UserRepository::list(bool includeInactive) const
{
    auto query = runQuery(m_db, kSelectUser + (includeInactive ? QString() : QStringLiteral("WHERE active = 1 ")) +
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
    auto query = runQuery(m_db, kSelectUser + QStringLiteral("WHERE name = ?"), {name.trimmed()});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorCode::NotFound, Msg::tr("There is no user named \"%1\".").arg(name.trimmed()), {}};
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
        return Error{ErrorCode::NotFound, Msg::tr("There is no user named \"%1\".").arg(name.trimmed()), {}};
    return {};
}

} // namespace casedesk
