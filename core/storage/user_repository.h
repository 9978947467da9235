#pragma once

#include "domain/roles.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace casedesk {

// A person who works at this desk. The name is what assignee and audit columns record,
// so it is unique and never reused for someone else.
struct User {
    qint64 id = 0;
    QString name;
    Role role = Role::Caseworker;
    bool active = true; // people who left stay on their old cases but cannot act
    QDateTime createdAt;
};

class UserRepository {
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Refused with a field error on "name" if it is empty, too long, unreadable or taken.
    Result<User> add(const QString &name, Role role, const QDateTime &now = QDateTime::currentDateTime());
    Result<QList<User>> list(bool includeInactive = true) const;
    // ErrorCode::NotFound if there is no such user.
    Result<User> findByName(const QString &name) const;
    Status setRole(const QString &name, Role role);
    Status setActive(const QString &name, bool active);

    // The longest name accepted.
    static constexpr int kMaxNameLength = 40;

private:
    Status change(const QString &name, const QString &assignment, const QVariant &value);

    QSqlDatabase m_db;
};

} // namespace casedesk
