#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// 先行赔付: a fund a mall or market keeps to pay consumers when a tenant disappears.

namespace casedesk {

struct Fund {
    qint64 id = 0;
    QString name;   // e.g. "某商场先行赔付金"
    QString holder; // the mall or market holding it
    QString note;
    QDateTime createdAt;
    qint64 balanceFen = 0; // top-ups minus payouts
    qint64 paidOutFen = 0;
    int payouts = 0;
};

enum class FundEntryKind { TopUp, Payout };

// One line of a fund's statement.
struct FundEntry {
    qint64 id = 0;
    FundEntryKind kind = FundEntryKind::TopUp;
    qint64 amountFen = 0;
    qint64 complaintId = 0; // payouts: the case paid
    QString caseNumber;
    QString consumerName;
    QDateTime at;
    QString actor;
    QString note;
    qint64 balanceAfterFen = 0; // running balance, filled by the statement
};

// A payout to one case, with the fund that made it (for the complainant's receipt).
struct CasePayout {
    qint64 entryId = 0;
    qint64 amountFen = 0;
    QDateTime at;
    QString fundName;
    QString fundHolder;
};

} // namespace casedesk
