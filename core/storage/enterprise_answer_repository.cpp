#include "storage/enterprise_answer_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {

Status EnterpriseAnswerRepository::add(const EnterpriseAnswer &a)
{
    auto inserted = runQuery(m_db,
                             QStringLiteral("INSERT INTO enterprise_answers(forward_event_id, complaint_id, settled, "
                                            "text, amount_fen, answered_on, recorded_by, recorded_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {a.forwardEventId, a.complaintId, a.settled ? 1 : 0, a.text, a.amountFen,
                              storedDate(a.answeredOn), a.recordedBy, storedDateTime(a.recordedAt)});
    if (!inserted)
        return inserted.error();
    return {};
}

namespace {

const QString kSelectAnswer =
    QStringLiteral("SELECT a.forward_event_id, a.complaint_id, a.settled, a.text, a.amount_fen, a.answered_on, e.at, "
                   "a.recorded_by, a.recorded_at FROM enterprise_answers a "
                   "JOIN case_events e ON e.id = a.forward_event_id ");

EnterpriseAnswer answerFromRow(const QSqlQuery &q)
{
    EnterpriseAnswer a;
    a.forwardEventId = q.value(0).toLongLong();
    a.complaintId = q.value(1).toLongLong();
    a.settled = q.value(2).toInt() == 1;
    a.text = q.value(3).toString();
    a.amountFen = q.value(4).toLongLong();
    a.answeredOn = dateFromStored(q.value(5));
    a.forwardedOn = dateTimeFromStored(q.value(6)).date();
    a.recordedBy = q.value(7).toString();
    a.recordedAt = dateTimeFromStored(q.value(8));
    return a;
}

} // namespace

Result<QList<EnterpriseAnswer>> EnterpriseAnswerRepository::ofCase(qint64 caseId) const
{
    auto q = runQuery(m_db, kSelectAnswer + QStringLiteral("WHERE a.complaint_id = ? ORDER BY a.forward_event_id"),
                      {caseId});
    if (!q)
        return q.error();
    QList<EnterpriseAnswer> answers;
    while (q->next())
        answers.append(answerFromRow(q.value()));
    return answers;
}

Result<QHash<qint64, QList<EnterpriseAnswer>>> EnterpriseAnswerRepository::ofCases(const QList<qint64> &caseIds) const
{
    QHash<qint64, QList<EnterpriseAnswer>> answers;
    const Status read = runForIds(
        m_db, kSelectAnswer + QStringLiteral("WHERE a.complaint_id IN (%1) ORDER BY a.complaint_id, a.forward_event_id"),
        caseIds, [&answers](QSqlQuery &q) {
            while (q.next()) {
                EnterpriseAnswer a = answerFromRow(q);
                answers[a.complaintId].append(std::move(a));
            }
        });
    if (!read)
        return read.error();
    return answers;
}

} // namespace casedesk
