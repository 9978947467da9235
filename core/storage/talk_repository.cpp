#include "storage/talk_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Talks)
};

const QString kPromiseColumns =
    QStringLiteral("tp.id, tp.talk_id, tp.text, tp.due_on, tp.checked_on, tp.kept, tp.check_note, tp.checked_by");

TalkPromise promiseFromRow(const QSqlQuery &q, int first = 0)
{
    TalkPromise p;
    p.id = q.value(first).toLongLong();
    p.talkId = q.value(first + 1).toLongLong();
    p.text = q.value(first + 2).toString();
    p.dueOn = dateFromStored(q.value(first + 3));
    p.checkedOn = dateFromStored(q.value(first + 4));
    if (!q.value(first + 5).isNull())
        p.kept = q.value(first + 5).toInt() == 1;
    p.checkNote = q.value(first + 6).toString();
    p.checkedBy = q.value(first + 7).toString();
    return p;
}

} // namespace

Result<qint64> TalkRepository::add(const Talk &talk)
{
    auto inserted = runQuery(m_db,
                             QStringLiteral("INSERT INTO talks(business_id, held_on, place, council_attendees, "
                                            "business_attendees, reason, problems, recorded_by, recorded_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                             {talk.businessId, storedDate(talk.heldOn), talk.place, talk.councilAttendees,
                              talk.businessAttendees, talk.reason, talk.problems, talk.recordedBy,
                              storedDateTime(talk.recordedAt)});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error{ErrorCode::Storage, Msg::tr("The talk was not saved."), {}};
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    for (const TalkPromise &promise : talk.promises) {
        auto added = runQuery(m_db, QStringLiteral("INSERT INTO talk_promises(talk_id, text, due_on) VALUES (?, ?, ?)"),
                              {id, promise.text, storedDate(promise.dueOn)});
        if (!added)
            return added.error();
    }
    return id;
}

Result<QList<TalkPromise>> TalkRepository::promisesWhere(const QString &where, const QVariant &value) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1 FROM talk_promises tp WHERE %2 ORDER BY tp.due_on, tp.id")
                          .arg(kPromiseColumns, where),
                      {value});
    if (!q)
        return q.error();
    QList<TalkPromise> promises;
    while (q->next())
        promises.append(promiseFromRow(q.value()));
    return promises;
}

Result<QList<Talk>> TalkRepository::select(const QString &where, const QVariant &value) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT t.id, t.business_id, b.name, t.held_on, t.place, t.council_attendees, "
                                     "t.business_attendees, t.reason, t.problems, t.recorded_by, t.recorded_at "
                                     "FROM talks t JOIN businesses b ON b.id = t.business_id WHERE %1 "
                                     "ORDER BY t.held_on DESC, t.id DESC")
                          .arg(where),
                      {value});
    if (!q)
        return q.error();
    QList<Talk> talks;
    while (q->next()) {
        Talk t;
        t.id = q->value(0).toLongLong();
        t.businessId = q->value(1).toLongLong();
        t.businessName = q->value(2).toString();
        t.heldOn = dateFromStored(q->value(3));
        t.place = q->value(4).toString();
        t.councilAttendees = q->value(5).toString();
        t.businessAttendees = q->value(6).toString();
        t.reason = q->value(7).toString();
        t.problems = q->value(8).toString();
        t.recordedBy = q->value(9).toString();
        t.recordedAt = dateTimeFromStored(q->value(10));
        talks.append(t);
    }
    q->finish();
    for (Talk &talk : talks) {
        auto promises = promisesWhere(QStringLiteral("tp.talk_id = ?"), talk.id);
        if (!promises)
            return promises.error();
        talk.promises = promises.value();
    }
    return talks;
}

Result<QList<Talk>> TalkRepository::ofBusiness(qint64 businessId) const
{
    return select(QStringLiteral("t.business_id = ?"), businessId);
}

Result<Talk> TalkRepository::get(qint64 talkId) const
{
    auto talks = select(QStringLiteral("t.id = ?"), talkId);
    if (!talks)
        return talks.error();
    if (talks->isEmpty())
        return Error{ErrorCode::NotFound, Msg::tr("There is no talk %1.").arg(talkId), {}};
    return talks->first();
}

Result<TalkPromise> TalkRepository::promise(qint64 promiseId) const
{
    auto promises = promisesWhere(QStringLiteral("tp.id = ?"), promiseId);
    if (!promises)
        return promises.error();
    if (promises->isEmpty())
        return Error{ErrorCode::NotFound, Msg::tr("There is no promise %1.").arg(promiseId), {}};
    return promises->first();
}

Status TalkRepository::check(qint64 promiseId, const QDate &checkedOn, bool kept, const QString &note,
                             const QString &checkedBy)
{
    auto updated = runQuery(m_db,
                            QStringLiteral("UPDATE talk_promises SET checked_on = ?, kept = ?, check_note = ?, "
                                           "checked_by = ? WHERE id = ?"),
                            {storedDate(checkedOn), kept ? 1 : 0, note, checkedBy, promiseId});
    if (!updated)
        return updated.error();
    return {};
}

Result<QList<DuePromise>> TalkRepository::dueBy(const QDate &until, const QString &recordedBy) const
{
    QString sql = QStringLiteral("SELECT %1, t.business_id, b.name, t.held_on, t.recorded_by FROM talk_promises tp "
                                 "JOIN talks t ON t.id = tp.talk_id JOIN businesses b ON b.id = t.business_id "
                                 "WHERE tp.checked_on IS NULL AND tp.due_on <= ?")
                      .arg(kPromiseColumns);
    QVariantList values{storedDate(until)};
    if (!recordedBy.isEmpty()) {
        sql += QStringLiteral(" AND t.recorded_by = ?");
        values << recordedBy;
    }
    auto q = runQuery(m_db, sql + QStringLiteral(" ORDER BY tp.due_on, tp.id"), values);
    if (!q)
        return q.error();
    QList<DuePromise> due;
    while (q->next())
        due.append({promiseFromRow(q.value()), q->value(8).toLongLong(), q->value(9).toString(),
                    dateFromStored(q->value(10)), q->value(11).toString()});
    return due;
}

} // namespace casedesk
