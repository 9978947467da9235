#pragma once

#include "domain/codes.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// What the quarterly notice on the networked enterprises counts (enterprises/quarterly_notice.h),
// each kind read for the whole quarter in one statement. SQL only: which step answered a
// forwarding and what counts as late are the notice's rules. Days are inclusive (`from` to `to`).
// One text serves both engines: times are ISO-8601 text on SQLite and PostgreSQL alike, so a day
// bound compares the same way on both.

namespace casedesk {

class QuarterlyNoticeRepository {
public:
    explicit QuarterlyNoticeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // A step of a case forwarded to an enterprise in the days, with what the notice needs of its case.
    struct CaseStep {
        qint64 caseId = 0;
        QDateTime at;
        std::optional<CaseStatus> to; // nullopt: a status this version does not know
        qint64 businessId = 0;
        QDateTime receivedAt;
        Channel channel = Channel::Phone;
    };
    // Every step of the cases forwarded to an enterprise in the days, per case in the order they
    // happened: the step after each forwarding is the one that answered it.
    Result<QList<CaseStep>> stepsOfCasesForwardedIn(const QDate &from, const QDate &to) const;

    // The businesses whose complaint-network agreement ran during some of the days → their names.
    Result<QHash<qint64, QString>> networkedIn(const QDate &from, const QDate &to) const;

    // Complaints received in the days, per business and category name.
    Result<QHash<qint64, QHash<QString, int>>> receivedIn(const QDate &from, const QDate &to) const;

    // The money the enterprises' own settlements recovered, per case forwarded in the days.
    Result<QHash<qint64, qint64>> enterpriseMoneyOfCasesForwardedIn(const QDate &from, const QDate &to) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
