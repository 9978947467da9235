#include "storage/party_repository.h"

#include "storage/personal_sources.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

const char *const kNoConsumer = QT_TRANSLATE_NOOP("Storage", "The complainant was not found.");
const char *const kNoBusiness = QT_TRANSLATE_NOOP("Storage", "The business was not found.");

Error notFound(const char *what)
{
    return Error{ErrorCode::NotFound, QCoreApplication::translate("Storage", what), {}};
}

// Writes only the columns of row `id` whose stored value differs from the one given, and
// nothing at all when none does. Why: the search index and the statistics have triggers on
// a party's name, phone, district and street (schema v11, v12) that re-index or re-count
// every case of that party; writing an unchanged value fires them all the same, so saving
// the 2,500th case of a business cost seconds instead of milliseconds.
//
// `source` is where the row is read: for a complainant consumersSource(), so a phone or ID number
// given back masked, as it was read, equals what was read and is not written.
Status writeChanged(const QSqlDatabase &db, const QString &table, const QString &source, qint64 id,
                    const QList<std::pair<QString, QVariant>> &wanted, const char *missing)
{
    QStringList columns;
    for (const auto &column : wanted)
        columns << column.first;
    auto stored = runQuery(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(u','), source), {id});
    if (!stored)
        return stored.error();
    if (!stored->next())
        return notFound(missing);
    QStringList assignments;
    QVariantList values;
    for (int i = 0; i < wanted.size(); ++i) {
        if (stored->value(i).toString() == wanted.at(i).second.toString())
            continue;
        assignments << wanted.at(i).first + QStringLiteral(" = ?");
        values << wanted.at(i).second;
    }
    if (assignments.isEmpty())
        return {};
    auto updated = runQuery(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(u',')),
                            values + QVariantList{id});
    if (!updated)
        return updated.error();
    return {};
}

} // namespace

Result<qint64> PartyRepository::saveConsumer(const Consumer &c)
{
    QVariant existing = c.id > 0 ? QVariant(c.id) : QVariant();
    if (existing.isNull()) {
        auto found = queryScalar(m_db,
                                 QStringLiteral("SELECT id FROM consumers WHERE id IN (%1) AND name = ? "
                                                "ORDER BY id DESC LIMIT 1")
                                     .arg(consumerIdsWithPhone(m_db)),
                                 {c.phone.trimmed(), c.name.trimmed()});
        if (!found)
            return found.error();
        existing = found.value();
    }
    if (!existing.isNull()) {
        QList<std::pair<QString, QVariant>> wanted = {{QStringLiteral("name"), c.name.trimmed()},
                                                      {QStringLiteral("phone"), c.phone.trimmed()},
                                                      {QStringLiteral("address"), c.address.trimmed()}};
        // An empty ID number keeps the one on file: the intake form does not show a
        // returning complainant's ID in full (privacy/personal_data.h).
        if (const QString idNumber = c.idNumber.trimmed().toUpper(); !idNumber.isEmpty())
            wanted.append({QStringLiteral("id_number"), idNumber});
        if (auto written = writeChanged(m_db, QStringLiteral("consumers"), consumersSource(m_db),
                                        existing.toLongLong(), wanted, kNoConsumer);
            !written)
            return written.error();
        return existing.toLongLong();
    }
    auto inserted = insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO consumers(name, phone, id_number, address, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {c.name.trimmed(), c.phone.trimmed(), c.idNumber.trimmed().toUpper(), c.address.trimmed(), storedNow()});
    if (!inserted)
        return inserted.error();
    return inserted.value();
}

Result<qint64> PartyRepository::saveBusiness(const Business &b)
{
    QVariant existing = b.id > 0 ? QVariant(b.id) : QVariant();
    if (existing.isNull()) {
        auto found = b.creditCode.isEmpty()
                         ? queryScalar(m_db,
                                       QStringLiteral("SELECT id FROM businesses WHERE name = ? AND address = ? "
                                                      "ORDER BY id LIMIT 1"),
                                       {b.name.trimmed(), b.address.trimmed()})
                         : queryScalar(m_db,
                                       QStringLiteral("SELECT id FROM businesses WHERE credit_code = ? "
                                                      "ORDER BY id LIMIT 1"),
                                       {b.creditCode});
        if (!found)
            return found.error();
        existing = found.value();
    }
    const QVariantList values = {b.name.trimmed(), b.creditCode.trimmed(), b.address.trimmed(), b.district.trimmed(),
                                 b.street.trimmed()};
    if (!existing.isNull()) {
        const QStringList columns = {QStringLiteral("name"), QStringLiteral("credit_code"), QStringLiteral("address"),
                                     QStringLiteral("district"), QStringLiteral("street")};
        QList<std::pair<QString, QVariant>> wanted;
        for (int i = 0; i < columns.size(); ++i)
            wanted.append({columns.at(i), values.at(i)});
        if (auto written = writeChanged(m_db, QStringLiteral("businesses"), QStringLiteral("businesses"),
                                        existing.toLongLong(), wanted, kNoBusiness);
            !written)
            return written.error();
        return existing.toLongLong();
    }
    auto inserted = insertReturningId(m_db,
                             QStringLiteral("INSERT INTO businesses(name, credit_code, address, district, street, "
                                            "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                             values + QVariantList{storedNow()});
    if (!inserted)
        return inserted.error();
    return inserted.value();
}

Result<Consumer> PartyRepository::consumer(qint64 id) const
{
    auto query =
        runQuery(m_db, QStringLiteral("SELECT id, name, phone, id_number, address FROM %1 WHERE id = ?")
                           .arg(consumersSource(m_db)),
                 {id});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(kNoConsumer);
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
        return notFound(kNoBusiness);
    return Business{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                    query->value(3).toString(),   query->value(4).toString(), query->value(5).toString()};
}

} // namespace casedesk
