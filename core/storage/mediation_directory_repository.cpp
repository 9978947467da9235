#include "storage/mediation_directory_repository.h"

#include "storage/sql_helpers.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Mediation)
};

const QString kMediatorColumns = QStringLiteral("id, name, kind, office, phone, email, active");
const QString kCourtColumns = QStringLiteral("id, name, kind, address, active");

Mediator mediatorFrom(const QSqlQuery &query)
{
    Mediator m;
    m.id = query.value(0).toLongLong();
    m.name = query.value(1).toString();
    m.kind = mediatorKindFromCode(query.value(2).toString()).value_or(MediatorKind::Staff);
    m.office = query.value(3).toString();
    m.phone = query.value(4).toString();
    m.email = query.value(5).toString();
    m.active = query.value(6).toBool();
    return m;
}

Court courtFrom(const QSqlQuery &query)
{
    Court c;
    c.id = query.value(0).toLongLong();
    c.name = query.value(1).toString();
    c.kind = courtKindFromCode(query.value(2).toString()).value_or(CourtKind::Court);
    c.address = query.value(3).toString();
    c.active = query.value(4).toBool();
    return c;
}

} // namespace

Result<QList<Mediator>> MediationDirectoryRepository::mediators(bool includeInactive) const
{
    auto query =
        runQuery(m_db, QStringLiteral("SELECT %1 FROM mediators %2 ORDER BY active DESC, name, id")
                           .arg(kMediatorColumns, includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    if (!query)
        return query.error();
    QList<Mediator> all;
    while (query->next())
        all.append(mediatorFrom(query.value()));
    return all;
}

Result<Mediator> MediationDirectoryRepository::mediator(qint64 id) const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT %1 FROM mediators WHERE id = ?").arg(kMediatorColumns), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorCode::NotFound, Msg::tr("There is no mediator with id %1.").arg(id), {}};
    return mediatorFrom(query.value());
}

Result<qint64> MediationDirectoryRepository::insertMediator(const Mediator &m)
{
    auto query =
        insertReturningId(m_db,
                 QStringLiteral("INSERT INTO mediators(name, kind, office, phone, email, active) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {m.name, codeOf(m.kind), bindable(m.office), bindable(m.phone), bindable(m.email), m.active ? 1 : 0});
    if (!query)
        return query.error();
    return query.value();
}

Status MediationDirectoryRepository::updateMediator(const Mediator &m)
{
    auto query = runQuery(
        m_db,
        QStringLiteral("UPDATE mediators SET name = ?, kind = ?, office = ?, phone = ?, email = ?, "
                       "active = ? WHERE id = ?"),
        {m.name, codeOf(m.kind), bindable(m.office), bindable(m.phone), bindable(m.email), m.active ? 1 : 0, m.id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, Msg::tr("There is no mediator with id %1.").arg(m.id), {}};
    return {};
}

Result<QList<Court>> MediationDirectoryRepository::courts(bool includeInactive) const
{
    auto query =
        runQuery(m_db, QStringLiteral("SELECT %1 FROM courts %2 ORDER BY active DESC, name, id")
                           .arg(kCourtColumns, includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    if (!query)
        return query.error();
    QList<Court> all;
    while (query->next())
        all.append(courtFrom(query.value()));
    return all;
}

Result<Court> MediationDirectoryRepository::court(qint64 id) const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT %1 FROM courts WHERE id = ?").arg(kCourtColumns), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorCode::NotFound, Msg::tr("There is no court with id %1.").arg(id), {}};
    return courtFrom(query.value());
}

Result<Court> MediationDirectoryRepository::courtByName(const QString &name) const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT %1 FROM courts WHERE name = ?").arg(kCourtColumns), {name});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorCode::NotFound, Msg::tr("There is no court named \"%1\".").arg(name), {}};
    return courtFrom(query.value());
}

Result<qint64> MediationDirectoryRepository::insertCourt(const Court &c)
{
    auto query = insertReturningId(m_db, QStringLiteral("INSERT INTO courts(name, kind, address, active) VALUES (?, ?, ?, ?)"),
                          {c.name, codeOf(c.kind), bindable(c.address), c.active ? 1 : 0});
    if (!query)
        return query.error();
    return query.value();
}

Status MediationDirectoryRepository::updateCourt(const Court &c)
{
    auto query =
        runQuery(m_db, QStringLiteral("UPDATE courts SET name = ?, kind = ?, address = ?, active = ? WHERE id = ?"),
                 {c.name, codeOf(c.kind), bindable(c.address), c.active ? 1 : 0, c.id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, Msg::tr("There is no court with id %1.").arg(c.id), {}};
    return {};
}

} // namespace casedesk
