#include "query/case_list_query.h"

#include "storage/case_search.h"
#include "storage/personal_sources.h"
#include "storage/engine.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QStringList>

namespace casedesk {
namespace {

QString sortColumn(CaseSortKey key)
{
    switch (key) {
    case CaseSortKey::ByReceivedAt: return QStringLiteral("c.received_at");
    case CaseSortKey::ByCaseNumber: return QStringLiteral("c.case_number");
    case CaseSortKey::ByStatus: return QStringLiteral("c.status");
    case CaseSortKey::ByCategory: return QStringLiteral("cat.sort_order");
    case CaseSortKey::ByChannel: return QStringLiteral("c.channel");
    case CaseSortKey::ByConsumer: return QStringLiteral("p.name");
    case CaseSortKey::ByBusiness: return QStringLiteral("b.name");
    case CaseSortKey::ByAmount: return QStringLiteral("c.amount_fen");
    case CaseSortKey::ByAssignee: return QStringLiteral("c.assignee");
    }
    return QStringLiteral("c.received_at");
}

struct WhereClause {
    QStringList conditions;
    QVariantList values;

    QString sql() const
    {
        return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

struct FilterSql {
    WhereClause where;
    bool needsPartyJoin = false; // the text condition reads consumers and businesses
};

Result<FilterSql> whereFor(const QSqlDatabase &db, const CaseFilter &filter, TextUse use)
{
    FilterSql result;
    WhereClause &where = result.where;
    if (filter.status) {
        where.conditions << QStringLiteral("c.status = ?");
        where.values << codeOf(*filter.status);
    }
    if (filter.categoryId) {
        where.conditions << QStringLiteral("c.category_id = ?");
        where.values << *filter.categoryId;
    }
    if (filter.channel) {
        where.conditions << QStringLiteral("c.channel = ?");
        where.values << codeOf(*filter.channel);
    }
    // received_at is ISO text: compare with the first instant of the day and of the day after.
    if (filter.receivedFrom.isValid()) {
        where.conditions << QStringLiteral("c.received_at >= ?");
        where.values << filter.receivedFrom.toString(Qt::ISODate);
    }
    if (filter.receivedTo.isValid()) {
        where.conditions << QStringLiteral("c.received_at < ?");
        where.values << filter.receivedTo.addDays(1).toString(Qt::ISODate);
    }
    if (!filter.assignee.isEmpty()) {
        where.conditions << QStringLiteral("c.assignee = ?");
        where.values << filter.assignee;
    }
    // A subquery rather than the business join, so that a count still reads complaints alone.
    if (!filter.district.isEmpty()) {
        where.conditions << QStringLiteral("c.business_id IN (SELECT id FROM businesses WHERE district = ?)");
        where.values << filter.district;
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        auto condition = caseTextCondition(db, text, use);
        if (!condition)
            return condition.error();
        where.conditions << condition->sql;
        where.values << condition->values;
        result.needsPartyJoin = condition->needsPartyJoin;
    }
    return result;
}

// The complainants through consumersSource(): a full phone only for those who may see it.
QString plainFrom(Engine engine)
{
    return QStringLiteral(" FROM complaints c JOIN %1 p ON p.id = c.consumer_id JOIN businesses b ON b.id = c.business_id "
                          "JOIN categories cat ON cat.id = c.category_id")
        .arg(consumersSource(engine));
}

// Sorted by a party's name, the list walks that party's name index and each party's cases:
// CROSS JOIN tells SQLite to take the party table first (without it, it may sort every case
// to show 200). Same rows as plainFrom. PostgreSQL's CROSS JOIN takes no ON, and its planner
// chooses the order itself.
QString fromFor(CaseSortKey key, Engine engine)
{
    const QString join = engine == Engine::Sqlite ? QStringLiteral("CROSS JOIN") : QStringLiteral("JOIN");
    if (key == CaseSortKey::ByConsumer)
        return QStringLiteral(" FROM %2 p %1 complaints c ON p.id = c.consumer_id "
                              "JOIN businesses b ON b.id = c.business_id JOIN categories cat ON cat.id = c.category_id")
            .arg(join, consumersSource(engine));
    if (key == CaseSortKey::ByBusiness)
        return QStringLiteral(" FROM businesses b %1 complaints c ON b.id = c.business_id "
                              "JOIN %2 p ON p.id = c.consumer_id JOIN categories cat ON cat.id = c.category_id")
            .arg(join, consumersSource(engine));
    return plainFrom(engine);
}

} // namespace

bool CaseFilter::operator==(const CaseFilter &other) const
{
    return status == other.status && categoryId == other.categoryId && channel == other.channel &&
           receivedFrom == other.receivedFrom && receivedTo == other.receivedTo && text == other.text &&
           assignee == other.assignee && district == other.district;
}

Result<SqlText> CaseListQuery::pageSql(const CaseFilter &filter, const CaseSort &sort,
                                       const std::optional<PageCursor> &after, int limit) const
{
    auto filterSql = whereFor(m_db, filter, TextUse::Page);
    if (!filterSql)
        return filterSql.error();
    WhereClause &where = filterSql->where;
    const QString column = sortColumn(sort.key);
    const QString direction = sort.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (after) {
        // Row-value comparison: SQLite 3.15+ and PostgreSQL both support it.
        where.conditions << QStringLiteral("(%1, c.id) %2 (?, ?)")
                                .arg(column, sort.descending ? QStringLiteral("<") : QStringLiteral(">"));
        where.values << after->sortValue << after->id;
    }
    const QString sql =
        QStringLiteral("SELECT c.id, c.case_number, c.received_at, c.status, cat.name, cat.name_en, c.channel, "
                       "p.name, b.name, c.amount_fen, c.assignee, %1, p.phone")
            .arg(column) +
        fromFor(sort.key, engineOf(m_db)) + where.sql() +
        QStringLiteral(" ORDER BY %1 %2, c.id %2 LIMIT %3").arg(column, direction).arg(limit);
    return SqlText{sql, where.values};
}

Result<SqlText> CaseListQuery::countSql(const CaseFilter &filter) const
{
    auto filterSql = whereFor(m_db, filter, TextUse::Count);
    if (!filterSql)
        return filterSql.error();
    // Unless a text condition reads them, only complaint columns are filtered: skip the joins.
    const QString from = filterSql->needsPartyJoin ? plainFrom(engineOf(m_db)) : QStringLiteral(" FROM complaints c");
    return SqlText{QStringLiteral("SELECT count(*)") + from + filterSql->where.sql(), filterSql->where.values};
}

Result<QList<CaseListRow>> CaseListQuery::page(const CaseFilter &filter, const CaseSort &sort,
                                               const std::optional<PageCursor> &after, int limit) const
{
    auto statement = pageSql(filter, sort, after, limit);
    if (!statement)
        return statement.error();
    auto query = runQuery(m_db, statement->sql, statement->values);
    if (!query)
        return query.error();
    QList<CaseListRow> rows;
    rows.reserve(limit);
    while (query->next()) {
        CaseListRow row;
        row.id = query->value(0).toLongLong();
        row.caseNumber = query->value(1).toString();
        row.receivedAt = dateTimeFromStored(query->value(2));
        row.status = statusFromCode(query->value(3).toString()).value_or(CaseStatus::Registered);
        row.categoryName = query->value(4).toString();
        row.categoryNameEn = query->value(5).toString();
        row.channel = channelFromCode(query->value(6).toString()).value_or(Channel::Phone);
        row.consumerName = query->value(7).toString();
        row.businessName = query->value(8).toString();
        row.amountFen = query->value(9).toLongLong();
        row.assignee = query->value(10).toString();
        row.sortValue = query->value(11);
        row.consumerPhone = query->value(12).toString();
        rows.append(row);
    }
    return rows;
}

Result<qint64> CaseListQuery::count(const CaseFilter &filter) const
{
    auto statement = countSql(filter);
    if (!statement)
        return statement.error();
    auto total = queryScalar(m_db, statement->sql, statement->values);
    if (!total)
        return total.error();
    return total->toLongLong();
}

Result<QHash<qint64, CaseRegistrationDetails>> CaseListQuery::detailsOf(const QList<qint64> &ids) const
{
    QHash<qint64, CaseRegistrationDetails> details;
    constexpr int kChunk = 500; // well under any engine's limit of parameters
    for (int from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        QVariantList values;
        for (qint64 id : chunk)
            values << id;
        auto rows = runQuery(m_db,
                             QStringLiteral("SELECT c.id, c.platform_ref, p.address, b.credit_code, b.address, c.demand, "
                                            "c.facts, c.nature, c.incident_date, b.district, b.street") +
                                 plainFrom(engineOf(m_db)) +
                                 QStringLiteral(" WHERE c.id IN (%1)")
                                     .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                             values);
        if (!rows)
            return rows.error();
        while (rows->next())
            details.insert(rows->value(0).toLongLong(),
                           {rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString(),
                            rows->value(4).toString(), rows->value(5).toString(), rows->value(6).toString(),
                            natureFromCode(rows->value(7).toString()).value_or(Nature::Other),
                            dateFromStored(rows->value(8)), rows->value(9).toString(), rows->value(10).toString()});
    }
    return details;
}

Result<qint64> CaseListQuery::countUpTo(const CaseFilter &filter, qint64 cap) const
{
    auto filterSql = whereFor(m_db, filter, TextUse::Page);
    if (!filterSql)
        return filterSql.error();
    const QString from = filterSql->needsPartyJoin ? plainFrom(engineOf(m_db)) : QStringLiteral(" FROM complaints c");
    auto total = queryScalar(m_db,
                             QStringLiteral("SELECT count(*) FROM (SELECT 1") + from + filterSql->where.sql() +
                                 QStringLiteral(" LIMIT ?) capped"), // PostgreSQL wants the subquery named
                             filterSql->where.values + QVariantList{cap});
    if (!total)
        return total.error();
    return total->toLongLong();
}

} // namespace casedesk
