#pragma once

#include "domain/codes.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace casedesk {

// What the case list shows: the filter bar's choices. Empty members do not filter.
struct CaseFilter {
    std::optional<CaseStatus> status;
    std::optional<qint64> categoryId;
    std::optional<Channel> channel;
    QDate receivedFrom; // inclusive
    QDate receivedTo;   // inclusive
    QString text;       // any substring of case number, complainant, phone, business, demand or facts
    QString assignee;   // exactly this caseworker ("My cases", or the dashboard's caseworker)
    QString district;   // the business's district (区), as the statistics count it

    bool operator==(const CaseFilter &other) const;
};

enum class CaseSortKey { ByReceivedAt, ByCaseNumber, ByStatus, ByCategory, ByChannel, ByConsumer, ByBusiness, ByAmount, ByAssignee };

struct CaseSort {
    CaseSortKey key = CaseSortKey::ByReceivedAt;
    bool descending = true;
};

// One line of the case list: only what the table shows, so a page stays small.
struct CaseListRow {
    qint64 id = 0;
    QString caseNumber;
    QDateTime receivedAt;
    CaseStatus status = CaseStatus::Registered;
    QString categoryName;
    QString categoryNameEn;
    Channel channel = Channel::Phone;
    QString consumerName;
    QString consumerPhone; // full: whoever shows it masks it (privacy/masking.h)
    QString businessName;
    qint64 amountFen = 0;
    QString assignee;
    QVariant sortValue; // the row's value of the sort key: the cursor for the next page
};

// What a case's registration holds beyond its list row (the Excel export's detail columns).
struct CaseRegistrationDetails {
    QString platformRef;
    QString consumerAddress;
    QString creditCode;
    QString businessAddress;
    QString demand;
    QString facts;
    Nature nature = Nature::Other;
    QDate incidentDate;
    QString district;
    QString street;
};

// Where the previous page ended (keyset paging: no OFFSET, so page 5,000 costs what page 1 does).
struct PageCursor {
    QVariant sortValue;
    qint64 id = 0;
};

// A statement with its positional values.
struct SqlText {
    QString sql;
    QVariantList values;
};

class CaseListQuery {
public:
    explicit CaseListQuery(QSqlDatabase db) : m_db(std::move(db)) {}

    // Up to `limit` rows after `after` (or from the start), in the given order.
    Result<QList<CaseListRow>> page(const CaseFilter &filter, const CaseSort &sort,
                                    const std::optional<PageCursor> &after, int limit) const;
    Result<qint64> count(const CaseFilter &filter) const;
    // The registration details of the cases with these ids (a page of the list), by id.
    Result<QHash<qint64, CaseRegistrationDetails>> detailsOf(const QList<qint64> &ids) const;
    // The count, read only up to `cap`: the answer is exact below `cap`, and means "at least
    // `cap`" at `cap`. It finds matches as a page does (a very common term with LIKE, which
    // meets `cap` matches within a few thousand cases), so it answers in milliseconds where
    // count() may read a million cases; the list shows "more than …" until count() is done.
    Result<qint64> countUpTo(const CaseFilter &filter, qint64 cap) const;

    // The statements page() and count() run; casedesk-bench runs them straight through
    // SQLite's C API to measure what the application adds.
    Result<SqlText> pageSql(const CaseFilter &filter, const CaseSort &sort, const std::optional<PageCursor> &after,
                            int limit) const;
    Result<SqlText> countSql(const CaseFilter &filter) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
