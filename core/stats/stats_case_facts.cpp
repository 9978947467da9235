#include "stats/stats_case_facts.h"

#include "stats/on_time.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk::summary {
namespace {

const QString kFactsFromCases = QStringLiteral(
    "SELECT c.id, b.district, substr(c.received_at, 1, 7),"
    " CASE WHEN c.status = 'closed' THEN substr(c.closed_at, 1, 7) END,"
    " c.category_id, c.nature, c.channel, b.district, b.district || '/' || b.street, c.business_id, c.assignee,"
    " c.amount_fen, c.recovered_fen,"
    // resolved: the last closing came after an agreement or an enterprise settlement
    " CASE WHEN c.status = 'closed' AND (SELECT e.from_status FROM case_events e WHERE e.complaint_id = c.id"
    "  AND e.to_status = 'closed' ORDER BY e.id DESC LIMIT 1) IN ('agreement_reached', 'forwarded') THEN 1 ELSE 0 END,"
    " c.received_at, c.accepted_at, c.closed_at,"
    " CASE WHEN c.status IN ('registered', 'refused', 'returned') THEN 1 ELSE 0 END,"
    " c.first_contact_at, c.status"
    " FROM complaints c JOIN businesses b ON b.id = c.business_id");

// The columns both the case tables and stored facts are read with, in this order: id,
// district, received month, finished month, the groups of kDimensions, amount, recovered
// money, resolved.
CaseFacts commonFacts(const QSqlQuery &q)
{
    CaseFacts f;
    f.id = q.value(0).toLongLong();
    f.district = q.value(1).toString();
    f.receivedMonth = q.value(2).toString();
    f.finishedMonth = q.value(3).toString();
    for (int i = 0; i < kDimensionCount; ++i)
        f.groups[i] = q.value(4 + i).toString();
    f.amountFen = q.value(11).toLongLong();
    f.recoveredFen = q.value(12).toLongLong();
    f.resolved = q.value(13).toInt() == 1;
    return f;
}

} // namespace

Result<QList<CaseFacts>> FactReader::read(const QSqlDatabase &db, const QString &where,
                                          const QVariantList &values) const
{
    auto q = runQuery(db, kFactsFromCases + where, values);
    if (!q)
        return q.error();
    QList<CaseFacts> all;
    while (q->next()) {
        CaseFacts f = commonFacts(q.value());
        f.hotline = f.groups[2] == QLatin1String("12345");
        f.notAccepted = q->value(17).toInt() == 1;
        ReceivedCase received;
        received.receivedAt = dateTimeFromStored(q->value(14));
        received.channel = channelFromCode(f.groups[2]).value_or(Channel::Phone);
        received.acceptedAt = dateTimeFromStored(q->value(15));
        received.closedAt = dateTimeFromStored(q->value(16));
        received.firstContactAt = dateTimeFromStored(q->value(18));
        received.status = statusFromCode(q->value(19).toString()).value_or(CaseStatus::Registered);
        judge(f, received);
        all.append(f);
    }
    return all;
}

void FactReader::judge(CaseFacts &f, const ReceivedCase &received) const
{
    if (!f.finishedMonth.isEmpty()) {
        FinishedCase c;
        c.receivedAt = received.receivedAt;
        c.acceptedAt = received.acceptedAt;
        c.closedAt = received.closedAt;
        c.channel = received.channel;
        f.onTime = finishedOnTime(c, m_ruleSets, m_calendar);
    }
    f.contactInTime = firstResponseInTime(received, m_ruleSets, m_calendar);
}

CaseFacts FactReader::facts(const KnownCase &k) const
{
    // The same facts kFactsFromCases selects, from the values the case is written with.
    CaseFacts f;
    f.id = k.id;
    f.district = k.district;
    f.receivedMonth = k.receivedAt.left(7);
    const bool closed = k.status == CaseStatus::Closed;
    if (closed && k.closedAt.isValid())
        f.finishedMonth = storedDateTime(k.closedAt).left(7);
    const QString values[kDimensionCount] = {QString::number(k.categoryId), codeOf(k.nature), codeOf(k.channel),
                                             k.district, k.district + QLatin1Char('/') + k.street,
                                             QString::number(k.businessId), k.assignee};
    for (int i = 0; i < kDimensionCount; ++i)
        f.groups[i] = values[i];
    f.amountFen = k.amountFen;
    f.recoveredFen = k.recoveredFen;
    f.resolved = closed && k.closedAfterSettlement;
    f.hotline = k.channel == Channel::Hotline12345;
    f.notAccepted = k.status == CaseStatus::Registered || k.status == CaseStatus::Refused ||
                    k.status == CaseStatus::Returned;
    ReceivedCase received;
    received.receivedAt = dateTimeFromStored(k.receivedAt);
    received.channel = k.channel;
    received.acceptedAt = k.acceptedAt;
    received.closedAt = k.closedAt;
    received.firstContactAt = k.firstContactAt;
    received.status = k.status;
    judge(f, received);
    return f;
}

Result<QList<CaseFacts>> storedFacts(const QSqlDatabase &db, const QString &ids)
{
    QString columns;
    for (const DimensionColumn &d : kDimensions)
        columns += QStringLiteral(", ") + QLatin1String(d.column);
    auto q = runQuery(db, QStringLiteral("SELECT complaint_id, district, received_month, finished_month") + columns +
                              QStringLiteral(", amount_fen, recovered_fen, resolved, hotline, on_time, not_accepted, contact_in_time"
                                             " FROM stats_case_facts WHERE complaint_id IN (%1)")
                                  .arg(ids));
    if (!q)
        return q.error();
    QList<CaseFacts> all;
    while (q->next()) {
        CaseFacts f = commonFacts(q.value());
        f.hotline = q->value(14).toInt() == 1;
        if (!q->value(15).isNull())
            f.onTime = q->value(15).toInt() == 1;
        f.notAccepted = q->value(16).toInt() == 1;
        if (!q->value(17).isNull())
            f.contactInTime = q->value(17).toInt() == 1;
        all.append(f);
    }
    return all;
}

QString factInsertSql()
{
    return upsertSql(QStringLiteral("stats_case_facts"), QStringLiteral("complaint_id"),
                     QStringLiteral("district, received_month, finished_month, category, nature, channel, street,"
                                    " business, caseworker, amount_fen, hotline, resolved, recovered_fen, on_time, not_accepted,"
                                    " contact_in_time"));
}

QVariantList factRow(const CaseFacts &f)
{
    QVariantList values;
    values.reserve(17);
    values << f.id << f.district << f.receivedMonth << (f.finishedMonth.isEmpty() ? QVariant() : QVariant(f.finishedMonth));
    for (int i = 0; i < kDimensionCount; ++i) {
        // Not the district again (its own column); a null text is stored as '' (PreparedInsert::run).
        if (kDimensions[i].dimension != StatsDimension::District)
            values.append(f.groups[i]);
    }
    values << f.amountFen << (f.hotline ? 1 : 0) << (f.resolved ? 1 : 0) << f.recoveredFen
           << (f.onTime ? QVariant(*f.onTime ? 1 : 0) : QVariant()) << (f.notAccepted ? 1 : 0)
           << (f.contactInTime ? QVariant(*f.contactInTime ? 1 : 0) : QVariant());
    Q_ASSERT(values.at(kFactRowRecovered).toLongLong() == f.recoveredFen);
    return values;
}

Status storeFacts(PreparedInsert &insert, const CaseFacts &f)
{
    return storeFactRow(insert, factRow(f));
}

Status storeFactRow(PreparedInsert &insert, const QVariantList &row)
{
    if (auto stored = insert.run(row); !stored)
        return stored.error();
    return {};
}

} // namespace casedesk::summary
