#include "storage/follow_up_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {
namespace {

const QString kTypicalColumns = QStringLiteral(
    "SELECT t.complaint_id, c.case_number, t.title, t.summary, t.marked_by, t.marked_at, cat.name, b.name,"
    " c.amount_fen, c.recovered_fen FROM typical_cases t JOIN complaints c ON c.id = t.complaint_id"
    " JOIN categories cat ON cat.id = c.category_id JOIN businesses b ON b.id = c.business_id ");

TypicalCase typicalFrom(const QSqlQuery &q)
{
    TypicalCase t;
    t.complaintId = q.value(0).toLongLong();
    t.caseNumber = q.value(1).toString();
    t.title = q.value(2).toString();
    t.summary = q.value(3).toString();
    t.markedBy = q.value(4).toString();
    t.markedAt = dateTimeFromStored(q.value(5));
    t.categoryName = q.value(6).toString();
    t.businessName = q.value(7).toString();
    t.amountFen = q.value(8).toLongLong();
    t.recoveredFen = q.value(9).toLongLong();
    return t;
}

} // namespace

Result<qint64> FollowUpRepository::add(const FollowUp &v)
{
    auto q = insertReturningId(m_db,
                      QStringLiteral("INSERT INTO follow_ups(complaint_id, at, recorded_at, actor, reached, result,"
                                     " attitude, comment, spot_check) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {v.complaintId, storedDateTime(v.at), storedDateTime(v.recordedAt), v.actor, v.reached ? 1 : 0,
                       bindable(codeOf(v.result)), v.attitude, bindable(v.comment), v.spotCheck ? 1 : 0});
    if (!q)
        return q.error();
    return q.value();
}

Result<QList<FollowUp>> FollowUpRepository::forCase(qint64 complaintId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, at, recorded_at, actor, reached, result, attitude, comment, spot_check"
                                     " FROM follow_ups WHERE complaint_id = ? ORDER BY at, id"),
                      {complaintId});
    if (!q)
        return q.error();
    QList<FollowUp> visits;
    while (q->next()) {
        FollowUp v;
        v.id = q->value(0).toLongLong();
        v.complaintId = complaintId;
        v.at = dateTimeFromStored(q->value(1));
        v.recordedAt = dateTimeFromStored(q->value(2));
        v.actor = q->value(3).toString();
        v.reached = q->value(4).toInt() != 0;
        v.result = followUpResultFromCode(q->value(5).toString()).value_or(FollowUpResult::None);
        v.attitude = q->value(6).toInt();
        v.comment = q->value(7).toString();
        v.spotCheck = q->value(8).toInt() != 0;
        visits.append(v);
    }
    return visits;
}

Result<QMap<QString, QList<qint64>>> FollowUpRepository::closedCasesByCaseworker(QDate monthStart) const
{
    const QDate first(monthStart.year(), monthStart.month(), 1);
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT assignee, id FROM complaints WHERE status = 'closed' AND closed_at >= ?"
                                     " AND closed_at < ? AND assignee <> '' ORDER BY assignee, id"),
                      {first.toString(Qt::ISODate), first.addMonths(1).toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QMap<QString, QList<qint64>> byCaseworker;
    while (q->next())
        byCaseworker[q->value(0).toString()].append(q->value(1).toLongLong());
    return byCaseworker;
}

Status FollowUpRepository::addSpotCheck(const QString &month, qint64 complaintId, const QString &caseworker,
                                        const QDateTime &drawnAt, const QString &drawnBy)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO spot_checks(month, complaint_id, caseworker, drawn_at, drawn_by)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      {month, complaintId, caseworker, storedDateTime(drawnAt), drawnBy});
    if (!q)
        return q.error();
    return {};
}

Result<QList<SpotCheck>> FollowUpRepository::spotChecks(const QString &month) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT s.complaint_id, c.case_number, s.caseworker, s.drawn_at, s.drawn_by,"
                                     " EXISTS (SELECT 1 FROM follow_ups f WHERE f.complaint_id = s.complaint_id"
                                     "  AND f.spot_check = 1 AND f.reached = 1)"
                                     " FROM spot_checks s JOIN complaints c ON c.id = s.complaint_id"
                                     " WHERE s.month = ? ORDER BY s.caseworker, c.case_number"),
                      {month});
    if (!q)
        return q.error();
    QList<SpotCheck> checks;
    while (q->next()) {
        SpotCheck s;
        s.month = month;
        s.complaintId = q->value(0).toLongLong();
        s.caseNumber = q->value(1).toString();
        s.caseworker = q->value(2).toString();
        s.drawnAt = dateTimeFromStored(q->value(3));
        s.drawnBy = q->value(4).toString();
        s.done = q->value(5).toInt() != 0;
        checks.append(s);
    }
    return checks;
}

Result<bool> FollowUpRepository::awaitsSpotCheck(qint64 complaintId) const
{
    auto drawn = queryScalar(m_db,
                             QStringLiteral("SELECT COUNT(*) FROM spot_checks s WHERE s.complaint_id = ? AND NOT EXISTS"
                                            " (SELECT 1 FROM follow_ups f WHERE f.complaint_id = s.complaint_id"
                                            "  AND f.spot_check = 1 AND f.reached = 1)"),
                             {complaintId});
    if (!drawn)
        return drawn.error();
    return drawn->toLongLong() > 0;
}

Status FollowUpRepository::saveTypical(const TypicalCase &t)
{
    // UPDATE, then INSERT if there was nothing to update: portable, unlike INSERT OR REPLACE.
    auto updated =
        runQuery(m_db,
                 QStringLiteral("UPDATE typical_cases SET title = ?, summary = ?, marked_by = ?, marked_at = ?"
                                " WHERE complaint_id = ?"),
                 {t.title, t.summary, t.markedBy, storedDateTime(t.markedAt), t.complaintId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() > 0)
        return {};
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO typical_cases(complaint_id, title, summary, marked_by, marked_at)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      {t.complaintId, t.title, t.summary, t.markedBy, storedDateTime(t.markedAt)});
    if (!q)
        return q.error();
    return {};
}

Result<bool> FollowUpRepository::removeTypical(qint64 complaintId)
{
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM typical_cases WHERE complaint_id = ?"), {complaintId});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<std::optional<TypicalCase>> FollowUpRepository::typical(qint64 complaintId) const
{
    auto q = runQuery(m_db, kTypicalColumns + QStringLiteral("WHERE t.complaint_id = ?"), {complaintId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<TypicalCase>();
    return std::optional<TypicalCase>(typicalFrom(q.value()));
}

Result<QList<TypicalCase>> FollowUpRepository::typicalCases(QDate from, QDate to) const
{
    QString sql = kTypicalColumns;
    QVariantList values;
    if (from.isValid() && to.isValid()) {
        sql += QStringLiteral("WHERE t.marked_at >= ? AND t.marked_at < ? ");
        values = {from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)};
    }
    auto q = runQuery(m_db, sql + QStringLiteral("ORDER BY t.marked_at DESC, t.complaint_id DESC"), values);
    if (!q)
        return q.error();
    QList<TypicalCase> cases;
    while (q->next())
        cases.append(typicalFrom(q.value()));
    return cases;
}

} // namespace casedesk
