#pragma once

#include "result.h"
#include "talks/talk.h"

#include <QSqlDatabase>

namespace casedesk {

// A promise from a talk still to check by a day, with its talk's business (the due list).
struct DuePromise {
    TalkPromise promise;
    qint64 businessId = 0;
    QString businessName;
    QDate heldOn;
    QString recordedBy; // who recorded the talk: the promise is theirs to check
};

// Talks with businesses and their promises (tables talks, talk_promises: schema step 21).
class TalkRepository {
public:
    explicit TalkRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inside the caller's transaction: the talk and its promises; the talk's id.
    Result<qint64> add(const Talk &talk);
    // A business's talks, newest first, each with its promises.
    Result<QList<Talk>> ofBusiness(qint64 businessId) const;
    // One talk with its promises; NotFound if there is none.
    Result<Talk> get(qint64 talkId) const;
    // One promise; NotFound if there is none.
    Result<TalkPromise> promise(qint64 promiseId) const;
    // Inside the caller's transaction: the check of a promise.
    Status check(qint64 promiseId, const QDate &checkedOn, bool kept, const QString &note, const QString &checkedBy);
    // The promises not checked yet that fall due by `until` (all earlier ones too), soonest first;
    // only the talks `recordedBy` recorded when it is not empty.
    Result<QList<DuePromise>> dueBy(const QDate &until, const QString &recordedBy = {}) const;

private:
    Result<QList<Talk>> select(const QString &where, const QVariant &value) const;
    Result<QList<TalkPromise>> promisesWhere(const QString &where, const QVariant &value) const;
    QSqlDatabase m_db;
};

} // namespace casedesk
