#include "query/party_lookup.h"

#include "storage/personal_sources.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {
namespace {

// Statuses in which a case is finished with; everything else counts as open.
const QString kOpenCondition = QStringLiteral("c.status NOT IN ('closed', 'refused', 'returned')");

} // namespace

Result<std::optional<ReturningConsumer>> PartyLookup::consumerByPhone(const QString &phone) const
{
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return std::optional<ReturningConsumer>();
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT p.id, p.name, p.phone, p.id_number, p.address, "
                                         "(SELECT count(*) FROM complaints c WHERE c.consumer_id = p.id), "
                                         "(SELECT c.case_number FROM complaints c WHERE c.consumer_id = p.id "
                                         " ORDER BY c.received_at DESC LIMIT 1), "
                                         "(SELECT max(c.received_at) FROM complaints c WHERE c.consumer_id = p.id) "
                                         "FROM %1 p WHERE p.id IN (%2) ORDER BY p.id DESC LIMIT 1")
                              .arg(consumersSource(m_db), consumerIdsWithPhone(m_db)),
                          {trimmed});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<ReturningConsumer>();
    ReturningConsumer found;
    found.consumer = {query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                      query->value(3).toString(), query->value(4).toString()};
    found.complaints = query->value(5).toInt();
    found.lastCaseNumber = query->value(6).toString();
    found.lastReceivedAt = dateTimeFromStored(query->value(7));
    auto recent = runQuery(m_db,
                           QStringLiteral("SELECT c.id, c.case_number, c.received_at, c.status, b.name "
                                          "FROM complaints c JOIN businesses b ON b.id = c.business_id "
                                          "WHERE c.consumer_id = ? ORDER BY c.received_at DESC LIMIT 5"),
                           {found.consumer.id});
    if (!recent)
        return recent.error();
    while (recent->next()) {
        CaseListRow row;
        row.id = recent->value(0).toLongLong();
        row.caseNumber = recent->value(1).toString();
        row.receivedAt = dateTimeFromStored(recent->value(2));
        row.status = statusFromCode(recent->value(3).toString()).value_or(CaseStatus::Registered);
        row.businessName = recent->value(4).toString();
        row.consumerName = found.consumer.name;
        found.recentCases.append(row);
    }
    return std::optional<ReturningConsumer>(found);
}

Result<QList<KnownBusiness>> PartyLookup::businessesMatching(const QString &text, int limit) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QList<KnownBusiness>();
    auto query = runQuery(
        m_db,
        QStringLiteral("SELECT b.id, b.name, b.credit_code, b.address, b.district, b.street, "
                       "count(c.id), coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0) "
                       "FROM businesses b LEFT JOIN complaints c ON c.business_id = b.id "
                       "WHERE b.name LIKE ? ESCAPE '\\' OR (b.credit_code <> '' AND b.credit_code LIKE ? ESCAPE '\\') "
                       "GROUP BY b.id ORDER BY count(c.id) DESC, b.name LIMIT %2")
            .arg(kOpenCondition)
            .arg(limit),
        {QLatin1Char('%') + escapeLike(trimmed) + QLatin1Char('%'), escapeLike(trimmed.toUpper()) + QLatin1Char('%')});
    if (!query)
        return query.error();
    QList<KnownBusiness> found;
    while (query->next()) {
        KnownBusiness match;
        match.business = {query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                          query->value(3).toString(),   query->value(4).toString(), query->value(5).toString()};
        match.allComplaints = query->value(6).toInt();
        match.openComplaints = query->value(7).toInt();
        found.append(match);
    }
    return found;
}

Result<QList<CaseListRow>> PartyLookup::likelyDuplicates(const QString &phone, const QString &businessName,
                                                         const QDateTime &received, int days) const
{
    if (phone.trimmed().isEmpty() || businessName.trimmed().isEmpty() || !received.isValid())
        return QList<CaseListRow>();
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT c.id, c.case_number, c.received_at, c.status, b.name, p.name "
                                         "FROM complaints c JOIN consumers p ON p.id = c.consumer_id "
                                         "JOIN businesses b ON b.id = c.business_id "
                                         "WHERE p.id IN (%1) AND b.name = ? AND c.received_at >= ? "
                                         "AND c.received_at <= ? ORDER BY c.received_at DESC LIMIT 20")
                              .arg(consumerIdsWithPhone(m_db)),
                          {phone.trimmed(), businessName.trimmed(), storedDateTime(received.addDays(-days)),
                           storedDateTime(received.addDays(1))});
    if (!query)
        return query.error();
    QList<CaseListRow> rows;
    while (query->next()) {
        CaseListRow row;
        row.id = query->value(0).toLongLong();
        row.caseNumber = query->value(1).toString();
        row.receivedAt = dateTimeFromStored(query->value(2));
        row.status = statusFromCode(query->value(3).toString()).value_or(CaseStatus::Registered);
        row.businessName = query->value(4).toString();
        row.consumerName = query->value(5).toString();
        rows.append(row);
    }
    return rows;
}

Result<int> PartyLookup::openComplaintsAgainst(const QString &businessName) const
{
    auto open = queryScalar(m_db,
                            QStringLiteral("SELECT count(*) FROM complaints c JOIN businesses b ON b.id = c.business_id "
                                           "WHERE b.name = ? AND %1")
                                .arg(kOpenCondition),
                            {businessName.trimmed()});
    if (!open)
        return open.error();
    return open->toInt();
}

} // namespace casedesk
