#pragma once

#include "result.h"
#include "storage/talk_repository.h"
#include "talks/talk.h"

#include <QSqlDatabase>

namespace casedesk {

// Talks (约谈) with businesses: recorded with the promises the business made, each promise
// checked later; the promises falling due appear in the due list. Recording and checking
// need Permission::ManageGroups (work on a business rather than one case); reading,
// Permission::ViewCases. Each is noted in the desk log.
class TalkService {
public:
    explicit TalkService(QSqlDatabase db) : m_db(std::move(db)) {}

    static constexpr int kMaxLine = 200;
    static constexpr int kMaxText = 20000;

    // Checks the talk (a business, a day not in the future, who attended on each side, the
    // problems raised, each promise with a text and a day not before the talk) and records it.
    Result<Talk> record(Talk talk, const QString &actor, const QDateTime &now = QDateTime::currentDateTime());
    // The finding of a promise's check (kept or not, on a day between the talk and today).
    Result<TalkPromise> checkPromise(qint64 promiseId, bool kept, const QDate &checkedOn, const QString &note,
                                     const QString &actor, const QDateTime &now = QDateTime::currentDateTime());

    Result<QList<Talk>> talksOf(qint64 businessId, const QString &actor) const;
    Result<Talk> talk(qint64 talkId, const QString &actor) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
