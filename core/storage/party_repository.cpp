#include "storage/party_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

Error notFound(const char *what)
{
    return Error{ErrorCode::NotFound, QCoreApplication::translate("Storage", what), {}};
}

} // namespace

Result<qint64> PartyRepository::saveConsumer(const Consumer &c)
{
    QVariant existing = c.id > 0 ? QVariant(c.id) : QVariant();
    if (existing.isNull()) {
        auto found = queryScalar(m_db, QStringLiteral("SELECT id FROM consumers WHERE phone = ? AND name = ? "
                                                      "ORDER BY id DESC LIMIT 1"),
                                 {c.phone.trimmed(), c.name.trimmed()});
        if (!found)
            return found.error();
        existing = found.value();
    }
    if (!existing.isNull()) {
        auto updated = runQuery(m_db,
                                // An empty ID number keeps the one on file: the intake form does not
                                // show a returning complainant's ID in full (privacy/personal_data.h).
                                QStringLiteral("UPDATE consumers SET name = ?, phone = ?, "
                                               "id_number = COALESCE(NULLIF(?, ''), id_number), address = ? "
                                               "WHERE id = ?"),
                                {c.name.trimmed(), c.phone.trimmed(), c.idNumber.trimmed().toUpper(),
                                 c.address.trimmed(), existing});
        if (!updated)
            return updated.error();
        return existing.toLongLong();
    }
    auto inserted = runQuery(m_db,
                             QStringLiteral("INSERT INTO consumers(name, phone, id_number, address, created_at) "
                                            "VALUES (?, ?, ?, ?, ?)"),
                             {c.name.trimmed(), c.phone.trimmed(), c.idNumber.trimmed().toUpper(),
                              c.address.trimmed(), storedNow()});
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
}

Result<qint64> PartyRepository::saveBusiness(const Business &b)
{
    QVariant existing = b.id > 0 ? QVariant(b.id) : QVariant();
    if (existing.isNull()) {
        auto found = b.creditCode.isEmpty()
                         ? queryScalar(m_db, QStringLiteral("SELECT id FROM businesses WHERE name = ? AND address = ? "
                                                            "ORDER BY id LIMIT 1"),
                                       {b.name.trimmed(), b.address.trimmed()})
                         : queryScalar(m_db, QStringLiteral("SELECT id FROM businesses WHERE credit_code = ? "
                                                            "ORDER BY id LIMIT 1"),
                                       {b.creditCode});
        if (!found)
            return found.error();
        existing = found.value();
    }
    const QVariantList values = {b.name.trimmed(), b.creditCode.trimmed(), b.address.trimmed(),
                                 b.district.trimmed(), b.street.trimmed()};
    if (!existing.isNull()) {
        auto updated = runQuery(m_db,
                                QStringLiteral("UPDATE businesses SET name = ?, credit_code = ?, address = ?, "
                                               "district = ?, street = ? WHERE id = ?"),
                                values + QVariantList{existing});
        if (!updated)
            return updated.error();
        return existing.toLongLong();
    }
    auto inserted = runQuery(m_db,
                             QStringLiteral("INSERT INTO businesses(name, credit_code, address, district, street, "
                                            "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                             values + QVariantList{storedNow()});
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
}

Result<Consumer> PartyRepository::consumer(qint64 id) const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT id, name, phone, id_number, address FROM consumers WHERE id = ?"),
                          {id});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound("The complainant was not found.");
    return Consumer{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                    query->value(3).toString(), query->value(4).toString()};
}

Result<Business> PartyRepository::business(qint64 id) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT id, name, credit_code, address, district, street "
                                         "FROM businesses WHERE id = ?"),
                          {id});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound("The business was not found.");
    return Business{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                    query->value(3).toString(), query->value(4).toString(), query->value(5).toString()};
}

} // namespace casedesk
