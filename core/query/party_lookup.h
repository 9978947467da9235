#pragma once

#include "domain/complaint.h"
#include "query/case_list_query.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// A consumer who has complained before, found by phone while registering a new complaint.
struct ReturningConsumer {
    Consumer consumer;
    int complaints = 0;
    QString lastCaseNumber;
    QDateTime lastReceivedAt;
    QList<CaseListRow> recentCases; // their latest cases, newest first (at most 5)
};

// A known business offered while typing its name or credit code.
struct KnownBusiness {
    Business business;
    int openComplaints = 0; // not closed, refused or returned
    int allComplaints = 0;
};

// Look-ups the intake form makes while a caseworker types (all SQL, all bounded).
class PartyLookup {
public:
    explicit PartyLookup(QSqlDatabase db) : m_db(std::move(db)) {}

    // The most recent consumer with exactly this phone number, if any.
    Result<std::optional<ReturningConsumer>> consumerByPhone(const QString &phone) const;

    // Businesses whose name contains `text`, or whose credit code starts with it; those
    // with most complaints first. At most `limit`.
    Result<QList<KnownBusiness>> businessesMatching(const QString &text, int limit = 12) const;

    // Cases from the same phone against a business of the same name received within
    // `days` days before `received`: a likely duplicate registration.
    Result<QList<CaseListRow>> likelyDuplicates(const QString &phone, const QString &businessName,
                                                const QDateTime &received, int days = 30) const;

    // Open complaints against businesses with this exact name.
    Result<int> openComplaintsAgainst(const QString &businessName) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
